package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// possessedThings: prose types a capitalised common noun that names a
// thing or a yearly event a place ("the Budget"). A one-word name typed a
// place that is an ordinary word by the casing lexicon and no known
// place, that the text writes after a possessive, one lower-case word
// between allowed ("his Budget", "the minister's first Budget"), and
// never after a word that puts it in a place ("in X", "the town of X"),
// is a thing: each of its mentions is MISC. A place is seldom owned.
func possessedThings(d *doc) {
	state := map[string]int{} // 1: written after a possessive; -1: place-cued
	for _, m := range d.ms {
		if !d.ordinaryPlaceWord(m) || state[m.Text] < 0 {
			continue
		}
		switch {
		case placeCued(d.lx, d.src, m):
			state[m.Text] = -1
		case possessedAt(d.lx, d.src, m.Start):
			state[m.Text] = 1
		}
	}
	for i, m := range d.ms {
		if state[m.Text] > 0 && (m.Type == span.GPE || m.Type == span.Location) {
			d.ms[i].Type = span.Misc
		}
	}
}

// ordinaryPlaceWord reports a one-word mention typed a place, an ordinary
// word by the casing lexicon, neither a known place nor an acronym.
func (d *doc) ordinaryPlaceWord(m span.Mention) bool {
	return (m.Type == span.GPE || m.Type == span.Location) && !strings.ContainsAny(m.Text, " -'’") &&
		!isAcronymWord(m.Text) && !d.lx.IsPlace(m.Text) && d.e.english.Ordinary(m.Text)
}

// possessedAt reports a possessive right before byte offset at, or one
// word in lower case before it ("his Budget", "the Tories' first
// Budget"); not a contracted subject ("it's Budget").
func possessedAt(lx *lexicon.Lexicon, src string, at int) bool {
	w, i := wordBeforeSpace(src, 0, at)
	if w == "" {
		return false
	}
	if possessiveWord(lx, w) {
		return true
	}
	if strings.ToLower(w) != w || strings.ContainsAny(w, "'’") {
		return false
	}
	w, _ = wordBeforeSpace(src, 0, i)
	return possessiveWord(lx, w)
}

// possessiveWord reports a possessive determiner ("his") or a genitive
// ("minister's", "Tories'") that is no contracted subject ("it's").
func possessiveWord(lx *lexicon.Lexicon, w string) bool {
	lw := strings.ToLower(w)
	if lx.Has(lexicon.PossessiveDeterminersEnSv, lw) {
		return true
	}
	for _, end := range []string{"'s", "’s", "s'", "s’"} {
		if stem, ok := strings.CutSuffix(lw, end); ok && stem != "" {
			return !lx.Has(lexicon.ContractedSubjectsEn, stem)
		}
	}
	return false
}
