// Package dateline reads a wire story's dateline, the place that opens
// its lead in capitals and what follows it ("TARNBY, Conn., March 3
// (Agency) - "): one reading for the NER, which types the place, and
// for the entity stage, which keeps it apart from names of other kinds.
package dateline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// maxRegions is how many regions may follow the place ("TARNBY, Conn.,
// Norland, March 3"); maxRegion is the longest a region may be, in bytes.
const (
	maxRegions = 3
	maxRegion  = 20
)

// Place reports a name written as a wire dateline's place or one of its
// regions. before and after are the text of the name's sentence before
// and after it (either may be clipped). The place opens its sentence in
// capitals (before is empty and name has no lower-case letter); a region
// follows the place and a comma (regionPosition: not a list of names, as
// in "Dudek, Finnan, Carragher (Smith 70)", nor one under a heading). After the name come up to three regions, each after a
// comma, then the dateline's end: a bracket (the agency), a dash, a
// written date ("2031-04-02", "3/4") or a month or day name.
func Place(lx *lexicon.Lexicon, before, name, after string) bool {
	if before = strings.TrimSpace(before); before != "" {
		if !regionPosition(before) {
			return false
		}
	} else if !CapitalsOnly(name) {
		return false
	}
	a := after
	for range maxRegions + 1 {
		a = strings.TrimLeft(strings.TrimLeft(a, "."), " \t")
		r, comma := strings.CutPrefix(a, ",")
		if !comma {
			return end(lx, a)
		}
		r = strings.TrimLeft(r, " \t")
		n := region(lx, r)
		if n == 0 {
			return end(lx, r)
		}
		a = r[n:]
	}
	return false
}

// regionPosition reports before, the text of a sentence before a name,
// as a dateline's place in capitals and the regions after it, each
// followed by a comma ("TARNBY," or "TARNBY, Conn.,"): not a list of
// names ("Dudek, Finnan,") nor one under a heading ("ENGLAND: Quill,").
func regionPosition(before string) bool {
	rest, ok := strings.CutSuffix(before, ",")
	if !ok {
		return false
	}
	parts := strings.Split(rest, ",")
	if len(parts) > maxRegions {
		return false
	}
	place := strings.TrimSpace(parts[0])
	if !CapitalsOnly(place) || strings.ContainsFunc(place, func(c rune) bool { return !unicode.IsLetter(c) && !strings.ContainsRune(" .-'", c) }) {
		return false
	}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > maxRegion || !capitalisedWords(p) {
			return false
		}
	}
	return true
}

// region returns the length in bytes of the region opening r: one or
// more capitalised words of letters, dots and hyphens ("Conn.", "New
// South Wales"), none a month or day name, at most maxRegion bytes; 0
// when r opens with none or the run is longer.
func region(lx *lexicon.Lexicon, r string) int {
	n := 0
	for {
		w := r[n:]
		if i := strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '.' && c != '-' }); i >= 0 {
			w = w[:i]
		}
		if first, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(first) || calendar(lx, w) {
			break
		}
		n += len(w)
		if !strings.HasPrefix(r[n:], " ") {
			break
		}
		next := strings.TrimLeft(r[n:], " ")
		if first, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(first) {
			break
		}
		n = len(r) - len(next)
	}
	n = len(strings.TrimRight(r[:n], " "))
	if n > maxRegion {
		return 0
	}
	return n
}

// end reports a dateline's end opening a: a bracket (the agency's name),
// a dash, a written date ("2031-04-02", "30/8"; not a bare number, as in
// "ACME 2030 results") or a month or day name.
func end(lx *lexicon.Lexicon, a string) bool {
	if a == "" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(a)
	word, _, _ := strings.Cut(a, " ")
	switch {
	case c == '(', c == '-', c == '–', c == '—':
		return true
	case unicode.IsDigit(c):
		return strings.ContainsAny(word, "-/.")
	}
	return calendar(lx, word)
}

// calendar reports a month or day name (ner_calendar_words), dots and
// commas around it aside ("Jan.").
func calendar(lx *lexicon.Lexicon, w string) bool {
	return lx.Has(lexicon.NerCalendarWords, strings.ToLower(strings.Trim(w, ".,")))
}

// CapitalsOnly reports text with letters and no lower-case one.
func CapitalsOnly(text string) bool {
	letters := false
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// capitalisedWords reports text whose every word opens with a capital
// letter ("TARNBY, Conn.,").
func capitalisedWords(text string) bool {
	for _, w := range strings.Fields(text) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
