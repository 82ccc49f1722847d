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

// voteEventContext: a one-word name the taggers took for a person or a
// place, written at three mentions or more and at a quarter of them
// before a competition's noun (event_role_nouns_after: "the Tarnby
// champion", "a Tarnby semi-finalist") or in a list beside an event's
// name ("the Quill Open, Tarnby and the Lind Cup"), names a competition:
// MISC. No honorific stands before a mention; an organisation's
// cluster only with a form typed MISC, an event's name ("the Tarnbiads"
// beside "Tarnbiad champion"): a side has none.
func voteEventContext(c *cluster, t string) (string, bool) {
	if t != span.Person && t != span.GPE && t != span.Location && (t != span.Org || !c.miscForm()) {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) != 1 || c.lx.IsCountry(f.tokens[0]) {
			return t, false
		}
	}
	events := 0
	for _, i := range c.idx {
		m := c.ms[i]
		if c.honorificBefore(m) && isCapitalWord(lastField(m.Before)) {
			return t, false // "Miss Tarnby"; not "to miss Tarnby"
		}
		if c.eventRoleAfter(m.After) || c.eventListed(m) {
			events++
		}
	}
	if events >= 3 && events*4 >= len(c.idx) {
		return span.Misc, true
	}
	return t, false
}

// miscForm reports a form of the cluster mostly typed MISC, an event's
// name ("Tarnbiads" beside "Tarnbiad" typed an organisation).
func (c *cluster) miscForm() bool {
	for _, f := range c.fs {
		if c.typeOf(f) == span.Misc {
			return true
		}
	}
	return false
}

// eventRoleAfter reports a noun of event_role_nouns_after right after a
// mention, one space between, in lower case ("Tarnby champion").
func (v vocab) eventRoleAfter(a string) bool {
	if !strings.HasPrefix(a, " ") {
		return false
	}
	w, _, _ := strings.Cut(a[1:], " ")
	w = strings.TrimRight(w, ".,;:!?\"'’”)")
	return w != "" && w == strings.ToLower(w) && v.lx.Has(lexicon.EventRoleNounsAfter, w)
}

// eventListed reports a mention in a list beside an event's name: the
// name before it, past a comma or "and" and an article, or the one after
// it, ends in an event's head ("the Quill Open, Tarnby", "Tarnby and the
// Lind Cup").
func (v vocab) eventListed(m Mention) bool {
	b := strings.Fields(m.Before)
	if n := len(b); n > 0 && v.lx.HasLower(lexicon.DefiniteArticlesEn, b[n-1]) {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && v.lx.Has(lexicon.AndForms, b[n-1]) {
		b = b[:n-1]
	} else if n > 0 && strings.HasSuffix(b[n-1], ",") {
		b[n-1] = strings.TrimSuffix(b[n-1], ",")
	} else {
		b = nil
	}
	if n := len(b); n > 0 && v.eventHead(b[n-1]) {
		return true
	}
	a := strings.TrimLeft(m.After, " ")
	if w, rest, _ := strings.Cut(a, " "); v.lx.Has(lexicon.AndForms, w) {
		a = rest
	} else if strings.HasPrefix(a, ",") {
		a = a[1:]
	} else {
		return false
	}
	ws := strings.Fields(a)
	if len(ws) > 0 && v.lx.HasLower(lexicon.DefiniteArticlesEn, ws[0]) {
		ws = ws[1:]
	}
	for i, w := range ws {
		if i == 3 || !isCapitalWord(strings.TrimRight(w, ".,;:")) {
			return false
		}
		if v.eventHead(strings.TrimRight(w, ".,;:")) && i > 0 {
			return true
		}
	}
	return false
}

// eventHead reports a capitalised event's head (ner_event_heads: "Open",
// "Cup").
func (v vocab) eventHead(w string) bool {
	return isCapitalWord(w) && v.lx.Has(lexicon.NerEventHeads, strings.ToLower(w))
}

// lastField is the last word of s, "" when s holds none.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// votePluralGroup: a one-word plural name the taggers took for a place
// that no place list knows, written at two mentions or more, after "the"
// at half of them or more and never after a place's word or "in the",
// names a group by its members (a band, a side, a firm's people): an
// organisation ("the Quillers played", "a song by the Quillers"); a
// place named in the plural is written "in the", "to the" ("in the
// Tarn Hills").
func votePluralGroup(c *cluster, t string) (string, bool) {
	if t != span.GPE && t != span.Location || len(c.idx) < 2 {
		return t, false
	}
	plural := false
	for _, f := range c.fs {
		if len(f.tokens) != 1 || c.lx.IsPlace(f.tokens[0]) || c.lx.IsDemonym(f.tokens[0]) {
			return t, false
		}
		w := f.tokens[0]
		plural = plural || pluralWord(w)
	}
	if !plural {
		return t, false
	}
	the := 0
	for _, i := range c.idx {
		m := c.ms[i]
		b := strings.Fields(strings.ToLower(m.Before))
		n := len(b)
		if c.placeContext(m) || c.placeAfter(m) || n >= 2 && c.lx.Has(lexicon.DefiniteArticlesEn, b[n-1]) && c.lx.Has(lexicon.PlaceThePrepositions, b[n-2]) {
			return t, false
		}
		if n > 0 && c.lx.Has(lexicon.DefiniteArticlesEn, b[n-1]) {
			the++
		}
	}
	if the*2 >= len(c.idx) {
		return span.Org, true
	}
	return t, false
}

// pluralWord reports a capitalised word that ends in a plural -s after a
// letter that no singular noun or name ends in so ("Quillers"; not
// "Tarnbass", "Quillus", "Tarnis", "Quillas").
func pluralWord(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || !isCapitalWord(w) {
		return false
	}
	prev := w[len(w)-2]
	return unicode.IsLower(rune(prev)) && !strings.ContainsRune("suia", rune(prev))
}
