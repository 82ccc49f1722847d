package entities

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// copulaPlace reports a mention that the words after it say is a place: a
// form of "be" (be_forms_en), a negation allowed (negation_cues), then
// "in" (copula_place_prepositions_en) and a known place
// ("X is in Tarnia"), or an indefinite article and up to five words ending
// the clause in a kind of place (place_kind_nouns: "X is a quiet little
// town ?", "X is not a country .").
func (v vocab) copulaPlace(after string) bool {
	ws := strings.Fields(after)
	if len(ws) < 3 || !v.lx.Has(lexicon.BeFormsEn, ws[0]) {
		return false
	}
	ws = ws[1:]
	if v.lx.Has(lexicon.NegationCues, strings.ToLower(ws[0])) {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return false
	}
	if v.lx.Has(lexicon.CopulaPlacePrepositionsEn, ws[0]) {
		w := strings.TrimRight(ws[1], ".,;:!?)")
		return v.lx.IsPlace(w) || len(ws) > 2 && v.lx.IsPlace(w+" "+strings.TrimRight(ws[2], ".,;:!?)"))
	}
	if !v.lx.Has(lexicon.IndefiniteArticlesEn, ws[0]) {
		return false
	}
	for i := 1; i < len(ws) && i <= 6; i++ {
		w := ws[i]
		trimmed := strings.TrimRightFunc(w, unicode.IsPunct)
		if trimmed == "" {
			return false // punctuation before any kind
		}
		if trimmed != strings.ToLower(trimmed) {
			return false // a name inside: "a Tarnby town"
		}
		ends := trimmed != w || i+1 >= len(ws) || strings.TrimFunc(ws[i+1], unicode.IsPunct) == ""
		if ends {
			return v.lx.Has(lexicon.PlaceKindNouns, trimmed)
		}
	}
	return false
}
