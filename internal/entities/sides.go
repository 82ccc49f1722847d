package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// voteSideCues: a place named as a side ("Tarnby 23-17 Valmora", "beat
// Tarnby", "the Tarnby flanker", "Tarnby have signed") far more often
// than as a place ("in Tarnby") is a side, an organisation. Countries
// stay places: their sides are written as the country.
func voteSideCues(c *cluster, t string) (string, bool) {
	if t != span.GPE && t != span.Location {
		return t, false // people beat and play against each other too
	}
	if slices.ContainsFunc(c.fs, func(f *form) bool { return c.lx.IsCountry(strings.Join(f.tokens, " ")) }) {
		return t, false
	}
	sides, places := 0, 0
	for _, i := range c.idx {
		m := c.ms[i]
		switch { // a place's words outweigh a side's in one mention ("Schools in X have closed")
		case c.placeContext(m) && !possessed(m) || c.placeAfter(m) || c.venueAt(m):
			places++
		case c.sideCue(m):
			sides++
		}
	}
	if sides >= 2 && sides > 2*places {
		return span.Org, true
	}
	return t, false
}

// sideCue reports words around a mention that name it as a side: a
// score next to it, a side's player or staff after it or its
// possessive, a word setting it against another before it, a plural
// verb after it, or brackets after a person's name around it.
func (v vocab) sideCue(m Mention) bool {
	b := strings.TrimSpace(m.Before)
	a := strings.TrimLeft(m.After, " ")
	before := strings.Fields(strings.ToLower(b))
	if suf := afterPossessive(a); suf != "" {
		a = strings.TrimLeft(a[len(suf):], " ")
	} else if strings.HasPrefix(a, "' ") || strings.HasPrefix(a, "’ ") {
		a = a[strings.IndexByte(a, ' ')+1:] // a plural's possessive ("Wanderers' coach")
	}
	next, _, _ := strings.Cut(a, " ")
	next = strings.ToLower(strings.TrimRight(next, ".,;:"))
	last := ""
	if len(before) > 0 {
		last = before[len(before)-1]
	}
	switch {
	case score(next) || score(last):
		return true
	case v.lx.Has(lexicon.NerTeamMembers, next):
		return true
	case v.endsInPhrase(lexicon.SideCueWords, strings.Join(before, " ")) || v.lx.Has(lexicon.SideVersusWords, last) ||
		v.lx.Has(lexicon.SideVersusWords, next) || v.lx.Has(lexicon.SideResultVerbs, next):
		return true // "victory over X", "beat X", "X v Y", "X won"
	case v.lx.Has(lexicon.SideVerbs, next) && !v.lx.Has(lexicon.SideVerbStops, last) && !strings.HasSuffix(last, ","):
		return true // "X have", not "X and Y have", "the X are"
	}
	// "A Quill (Tarnby), Bo Lind (Valmora)": a player's side in a squad
	// list, not a referee's county ("P Quill (Tarnshire).").
	if rest, ok := strings.CutSuffix(b, "("); ok && (strings.HasPrefix(a, ")") || strings.HasPrefix(a, ",")) &&
		(strings.Contains(rest, ")") || strings.Contains(a[1:], "(")) {
		words := strings.Fields(rest)
		return len(words) >= 1 && isCapitalWord(words[len(words)-1]) && strings.ContainsFunc(words[len(words)-1], unicode.IsLower)
	}
	return false
}

// score reports a game's score or a side's total for its wickets: two
// numbers of one to three digits joined by a hyphen ("23-17", "108-3");
// a number alone may be a model's ("Tarnix 64").
func score(w string) bool {
	l, r, two := strings.Cut(w, "-")
	digits := func(s string) bool {
		return s != "" && len(s) <= 3 && strings.IndexFunc(s, func(c rune) bool { return !unicode.IsDigit(c) }) < 0
	}
	return two && digits(l) && digits(r)
}
