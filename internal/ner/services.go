package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// servicePlaces: a name the taggers typed an organisation or a person,
// written right before a public service in lower case (place_service_words:
// "Tarnby police", "the Tarnby fire department"), is the place the service
// belongs to: a GPE. Capitalised, the service is part of the name ("Tarnby
// Police", an organisation) and the mention already holds it. Not an
// acronym ("UN police", "U.N. police"), an ordinary word ("Riot police", "Transit
// police") nor a name ending in an organisation's head.
func servicePlaces(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if (m.Type != span.Org && m.Type != span.Person) || !d.serviceAfter(m.End) || !d.servicePlaceName(m.Text) {
			continue
		}
		m.Type = span.GPE
	}
}

// serviceAfter reports a public service of place_service_words written in
// lower case right after one space at offset end of d's text.
func (d *doc) serviceAfter(end int) bool {
	if end >= len(d.src) || d.src[end] != ' ' {
		return false
	}
	w1 := leadingWord(d.src[end+1:])
	rest := d.src[end+1+len(w1):]
	if c, _ := utf8.DecodeRuneInString(w1); w1 == "" || !unicode.IsLower(c) {
		return false
	}
	if d.lx.Has(lexicon.PlaceServiceWords, w1) {
		return true
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w2 := leadingWord(rest[1:])
	return w2 != "" && d.lx.Has(lexicon.PlaceServiceWords, w1+" "+w2)
}

// servicePlaceName reports a name of one to three capitalised words that
// may be a place's before its service: no acronym, no ordinary word by the
// casing lexicon, not ending in an organisation's head.
func (d *doc) servicePlaceName(text string) bool {
	ws := strings.Fields(text)
	if len(ws) == 0 || len(ws) > 3 || orgHeadWord(d.lx, ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		if !capitalised(w) || isAcronymWord(strings.ReplaceAll(w, ".", "")) || d.e.english != nil && d.e.english.Ordinary(w) {
			return false
		}
	}
	return true
}
