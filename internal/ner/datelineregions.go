package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// datelineRegions: "FARMINGTON HILLS, Mich., March 25 -": the region or
// state a wire dateline writes between its place in capitals and the
// date is a place, whatever the taggers typed its abbreviation ("Mich"
// is no person, "MINN" no acronym of an organisation). It runs after the
// other passes, over every name they found or added.
func datelineRegions(d *doc) {
	for i := range d.ms {
		if datelineRegion(d.lx, d.src, d.ms[i]) {
			d.ms[i].Type = span.GPE
		}
	}
}

// datelineRegion reports m written where a wire dateline writes its
// region: at the start of its line, only a place in capitals and a comma
// before it, and after it (its abbreviation's full stop allowed) a comma
// and a date, a dash before it allowed: a month (ner_calendar_words) or a
// written date ("1996-08-30").
func datelineRegion(lx *lexicon.Lexicon, src string, m span.Mention) bool {
	if strings.Count(m.Text, " ") > 1 {
		return false
	}
	lead := strings.TrimRight(src[strings.LastIndexByte(src[:m.Start], '\n')+1:m.Start], " ")
	place, ok := strings.CutSuffix(lead, ",")
	place = strings.TrimLeft(place, " \t")
	if !ok || !capitalsOnly(place) || strings.ContainsFunc(place, func(r rune) bool {
		return !unicode.IsLetter(r) && !strings.ContainsRune(" .-'", r)
	}) {
		return false
	}
	rest := strings.TrimPrefix(src[m.End:], ".")
	rest, ok = strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if r, ok := strings.CutPrefix(rest, "-"); ok {
		rest = strings.TrimLeft(r, " ") // "CHEVY CHASE, Md., - March 4 -"
	}
	word, _, _ := strings.Cut(rest, " ")
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) {
		return strings.ContainsAny(word, "-/")
	}
	return lx.Has(lexicon.NerCalendarWords, strings.ToLower(strings.Trim(word, ".,")))
}
