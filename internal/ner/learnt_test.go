package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestPersonCuedElsewhere(t *testing.T) {
	src := "Mr Tarnbyson spoke. Ada Tarnby-Lind left. Then Mr. Quill said so, as did Ada Orvik's aide. Velmoor grew."
	sd := &sentenceDoc{lx: testLex, src: src}
	for name, want := range map[string]bool{
		"Tarnby":      false, // inside "Tarnbyson", "Tarnby-Lind": no whole word
		"Quill":       true,  // after "Mr."
		"Orvik":       true,  // after a given name, before a possessive
		"Velmoor":     false, // opens a sentence
		"Tarnby-Lind": true,
	} {
		if got := sd.personCuedElsewhere(name); got != want {
			t.Errorf("personCuedElsewhere(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestWordCount(t *testing.T) {
	src := "Ada, Ada-Lind, Adams and Ada."
	for _, tc := range []struct {
		w    string
		most int
		want int
	}{
		{"Ada", 5, 2},
		{"Ada", 1, 1},
		{"Lind", 5, 0}, // after a hyphen
		{"Bo", 5, 0},
		{"", 5, 0},
	} {
		if got := wordCount(src, tc.w, tc.most); got != tc.want {
			t.Errorf("wordCount(%q, %d) = %d, want %d", tc.w, tc.most, got, tc.want)
		}
	}
}

func TestTaggerTypesKeepsTaggedOrgs(t *testing.T) {
	src := "Tidewick Vantra hired Ada Quellany, and Vantrex sued Quellmoor Holdings."
	at := func(text string, ty span.EntityType) span.Mention {
		i := strings.Index(src, text)
		return span.Mention{Start: i, End: i + len(text), Text: text, Type: ty}
	}
	names := []string{"Tidewick Vantra", "Ada Quellany", "Vantrex", "Quellmoor Holdings"}
	for _, tc := range []struct {
		name      string
		tagged    []string // the English tagger's organisations
		nameCased bool     // the casing lexicon knows "Vantrex" as a name
		want      []span.EntityType
	}{
		{"no tagger's organisation: the typing model decides", nil, true,
			[]span.EntityType{span.Person, span.Person, span.Person, span.Person}},
		{"the tagger's organisations stay, but one with a given name", names, true,
			[]span.EntityType{span.Org, span.Person, span.Org, span.Org}},
		{"one word the casing lexicon does not know as a name", names, false,
			[]span.EntityType{span.Org, span.Person, span.Person, span.Org}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sd := &sentenceDoc{lx: testLex, src: src, nameCased: func(w string) bool { return tc.nameCased && w == "Vantrex" }}
			for _, n := range names {
				sd.ms = append(sd.ms, at(n, span.Org))
				sd.typed = append(sd.typed, at(n, span.Person))
			}
			for _, n := range tc.tagged {
				sd.tagged = append(sd.tagged, at(n, span.Org))
			}
			taggerTypes(sd)
			for i, m := range sd.ms {
				if m.Type != tc.want[i] {
					t.Errorf("%q: %s, want %s", m.Text, m.Type, tc.want[i])
				}
			}
		})
	}
}

func TestInitialApostrophe(t *testing.T) {
	e := extractor(t)
	for _, tc := range []struct{ text, want string }{
		{"Ada O'Sellivan said the ferry was late.", "Ada O'Sellivan"}, // prose alone keeps "Ada O"
		{"Ada O’Sellivan said the ferry was late.", "Ada O’Sellivan"},
		{"Mr D'Shandry said the ferry was late.", "D'Shandry"},
		{"Ada O'Quellan said the ferry was late.", "Ada O'Quellan"},   // no "'S": prose's own token
		{"ADA O'SELLIVAN SAID THE FERRY WAS LATE.", "ADA O'SELLIVAN"}, // true-cased after the mapping
		{"ADA O’SELLIVAN SAID THE FERRY WAS LATE.", "ADA O’SELLIVAN"},
		{"Bram Feld met ADA O'SELLIVAN on the ferry.", "ADA O'SELLIVAN"},
		{"ADA O'SELLIVAN: We have had this debate before.", "ADA O'SELLIVAN"}, // not "ADA", an organisation
	} {
		var got []string
		for _, m := range e.Entities(tc.text, e.Segment(tc.text, whole(tc.text))) {
			got = append(got, m.Text)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: names %q, want %q among them", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"O'Sellivan", true},
		{"(O'Sellivan", true},
		{"TO'Sellivan", false}, // not a one-letter word
		{"IT'S", false},        // no lower-case letter after the "S"
		{"O's", false},
		{"o'Sellivan", false},
		{"O’Sellivan", true},
		{"(O’Sellivan", true},
		{"O’S", false},
		{"O'SELLIVAN", true}, // a word in capitals
		{"(O’SELLIVAN", true},
		{"O'SEllivan", false},
		{"O'S1", false},
		{"O'Reilly", true}, // prose reads "'Re" as the clitic "'re"
		{"O'Malley", true},
		{"O'Driscoll", false}, // prose keeps it whole
		{"I'LL", false},       // a pronoun and a verb in capitals
		{"O'REILLY", false},
	} {
		i := strings.IndexAny(tc.src, "'’")
		_, n := utf8.DecodeRuneInString(tc.src[i:])
		if got := initialApostrophe(tc.src, 0, len(tc.src), i, n); got != tc.want {
			t.Errorf("initialApostrophe(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestTaggerTypesTaggedOrgPlaces(t *testing.T) {
	// A tagged organisation the typing model calls a place becomes one
	// only when the gazetteer knows it.
	src := "Paris and Vantrex Sound signed the deal."
	for _, tc := range []struct {
		name string
		want span.EntityType
	}{
		{"Paris", span.GPE},
		{"Vantrex Sound", span.Org},
	} {
		i := strings.Index(src, tc.name)
		m := span.Mention{Start: i, End: i + len(tc.name), Text: tc.name, Type: span.Org}
		g := m
		g.Type = span.GPE
		sd := &sentenceDoc{lx: testLex, src: src, ms: []span.Mention{m}, tagged: []span.Mention{m}, typed: []span.Mention{g},
			nameCased: func(string) bool { return true }}
		taggerTypes(sd)
		if sd.ms[0].Type != tc.want {
			t.Errorf("%q: %s, want %s", tc.name, sd.ms[0].Type, tc.want)
		}
	}
}
