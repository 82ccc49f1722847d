package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// lineUpNames: "A Quill (capt); B Lind, C Vane, D Tarrow": a name
// written as one capital and a surname, in a sentence naming two other
// people so (a team's line-up, a results list), is a person, whatever
// the taggers typed it, unless a word of it is a known place ("S Africa")
// or an organisation's head.
func lineUpNames(d *doc) {
	people := map[int]int{} // sentence -> initialled people
	for _, m := range d.ms {
		if m.Type == span.Person && initialledName(d.lx, m.Text) {
			people[m.Sentence]++
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.Type != span.Person && people[m.Sentence] >= 2 && initialledName(d.lx, m.Text) {
			m.Type = span.Person
		}
	}
}

// initialledName reports a name of one capital letter, a space and a
// capitalised word of letters (an apostrophe or a hyphen inside allowed:
// "P O'Connell"), neither a known place nor an organisation's head.
func initialledName(lx *lexicon.Lexicon, text string) bool {
	initial, surname, ok := strings.Cut(text, " ")
	if !ok || len(initial) != 1 || initial[0] < 'A' || initial[0] > 'Z' || utf8.RuneCountInString(surname) < 2 {
		return false
	}
	for i, r := range surname {
		if i == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) && !strings.ContainsRune("'-", r) {
			return false
		}
	}
	return !holdsPlaceWord(lx, text) && !lx.Has(lexicon.OrgHeads, strings.ToLower(surname)) && strings.ToUpper(surname) != surname
}
