package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

func TestGivenNameWords(t *testing.T) {
	doc := func(words string, label string, spans ...[2]int) nerdata.Document {
		return nerdata.Document{Sents: []nerdata.Sentence{sent(strings.Fields(words), label, spans...)}}
	}
	docs := []nerdata.Document{
		doc("Then Orvella Tarvesh left .", "PER", [2]int{1, 3}),
		doc("Then Orvella Quindle left .", "PER", [2]int{1, 3}),
		doc("Then Orvella Brask left .", "PER", [2]int{1, 3}),
		// "Tarvesh" opens names as often as it ends them.
		doc("Then Tarvesh Quindle left .", "PER", [2]int{1, 3}),
		doc("Then Tarvesh Brask left .", "PER", [2]int{1, 3}),
		doc("Then Tarvesh Orrin left .", "PER", [2]int{1, 3}),
		// "Pellam" opens names in one document only.
		doc("Then Pellam Orrin and Pellam Brask and Pellam Quindle left .", "PER", [2]int{1, 3}, [2]int{4, 6}, [2]int{7, 9}),
		// "Kessa" is as often a place's word.
		doc("Then Kessa Orrin left .", "PER", [2]int{1, 3}),
		doc("Then Kessa Brask left .", "PER", [2]int{1, 3}),
		doc("Then Kessa Quindle left .", "PER", [2]int{1, 3}),
		doc("In Kessa Bay .", "LOC", [2]int{1, 3}),
	}
	counts := map[string]*givenCounts{}
	countGiven(docs, counts, 3)
	var got []string
	for w, c := range counts {
		if c.passes(defaultGivenOptions) {
			got = append(got, w)
		}
	}
	if want := []string{"orvella"}; !slices.Equal(got, want) {
		t.Errorf("passing %v, want %v (tarvesh %+v, pellam %+v, kessa %+v)", got, want, *counts["tarvesh"], *counts["pellam"], *counts["kessa"])
	}
	// A word must also be a learnt person-name word: none of these is.
	if got := givenNameWords(lexicon.Default(), nil, counts, defaultGivenOptions); len(got) != 0 {
		t.Errorf("givenNameWords = %v, want none", got)
	}
}

// TestGivenNameWordsExcluded: a learnt person-name word that passes the
// thresholds is left out when given_names_excluded holds it, directly or
// through surnames_first (a family name written first).
func TestGivenNameWordsExcluded(t *testing.T) {
	lx, err := lexicon.Default().Extend(strings.NewReader("person_names_learned: [orvella, quenmar, tolvik]\nsurnames_first: [quenmar]\ngiven_names_excluded: [tolvik]\n"), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]*givenCounts{}
	for _, w := range []string{"orvella", "quenmar", "tolvik"} {
		counts[w] = &givenCounts{firstDocs: 3, first: 3}
	}
	if got, want := givenNameWords(lx, nil, counts, defaultGivenOptions), []string{"orvella"}; !slices.Equal(got, want) {
		t.Errorf("givenNameWords = %v, want %v", got, want)
	}
}
