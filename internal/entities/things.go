package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// voteThingContext: a one-word name the taggers took for a place that no
// place list knows, written at three mentions or more and a quarter of
// them before a noun of made things (thing_nouns_after: "the Tarnix
// processor", "Tarnix programs") or after a phrase of copies and
// versions (thing_phrases_before: "copies of Tarnix"), and more often so
// than after a place's word or before a place's noun, names a product
// or a thing: MISC.
func voteThingContext(c *cluster, t string) (string, bool) {
	if t != span.GPE && t != span.Location {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) != 1 || c.lx.IsPlace(f.tokens[0]) {
			return t, false
		}
	}
	things, places := 0, 0
	for _, i := range c.idx {
		m := c.ms[i]
		switch {
		case c.placeContext(m) || c.placeAfter(m):
			places++
		case c.thingAfter(m.After) || c.thingBefore(m.Before):
			things++
		}
	}
	if things >= 3 && things*4 >= len(c.idx) && things > places {
		return span.Misc, true
	}
	return t, false
}

// thingAfter reports a noun (or two-word noun) of thing_nouns_after
// right after the mention, one space between.
func (v vocab) thingAfter(a string) bool {
	if !strings.HasPrefix(a, " ") {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(a[1:]), func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' })
	if len(ws) == 0 {
		return false
	}
	words := strings.Fields(ws[0])
	if len(words) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a[1:])
	if l, _ := utf8.DecodeRuneInString(words[0]); r != l {
		return false // capitalised ("Tarnix Media Player", "Tarnix Écran": another name) or after punctuation
	}
	return v.lx.Has(lexicon.ThingNounsAfter, words[0]) || len(words) > 1 && v.lx.Has(lexicon.ThingNounsAfter, words[0]+" "+words[1])
}

// thingBefore reports a phrase of thing_phrases_before right before the
// mention.
func (v vocab) thingBefore(b string) bool {
	return v.endsInPhrase(lexicon.ThingPhrasesBefore, strings.ToLower(strings.TrimSpace(b)))
}
