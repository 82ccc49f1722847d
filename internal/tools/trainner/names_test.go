package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

func TestNameWord(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Quill", true}, {"O'Neill", true}, {"McCain", true}, {"Al-Sadr", true},
		{"quill", false}, {"Jo", false}, {"MathiasCormann", false}, {"J.", false}, {"Quill3", false}, {"-Quill", false},
	} {
		if got := nameWord(tt.in, 3); got != tt.want {
			t.Errorf("nameWord(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// sent builds a gold sentence of words with person spans [start, end).
func sent(words []string, label string, spans ...[2]int) nerdata.Sentence {
	s := nerdata.Sentence{Tokens: words}
	for _, sp := range spans {
		s.Gold = append(s.Gold, nerdata.TokenSpan{Start: sp[0], End: sp[1], Label: label})
	}
	return s
}

func TestPersonNameWords(t *testing.T) {
	docs := []nerdata.Document{
		{Sents: []nerdata.Sentence{sent([]string{"Yesterday", "Ada", "Tarvesh", "of", "Valmora", "spoke", "."}, "PER", [2]int{1, 5})}},
		{Sents: []nerdata.Sentence{sent([]string{"Then", "Bo", "Tarvesh", "left", "."}, "PER", [2]int{1, 3})}},
		// "Kettle" is once in a person's name and once in a place's.
		{Sents: []nerdata.Sentence{sent([]string{"Then", "Kettle", "Tarvesh", "left", "."}, "PER", [2]int{1, 3})}},
		{Sents: []nerdata.Sentence{sent([]string{"In", "Kettle", "Bay", "."}, "LOC", [2]int{1, 3})}},
		// "Pim" is written in lower case more often than not.
		{Sents: []nerdata.Sentence{sent([]string{"Then", "Pim", "Orrin", "left", "."}, "PER", [2]int{1, 3})}},
		{Sents: []nerdata.Sentence{sent(strings.Fields("a pim and a pim ."), "PER")}},
	}
	counts := map[string]*nameCounts{}
	countNames(docs, counts, 3)
	got := personNameWords(lexicon.Default(), counts, defaultNameOptions)
	// "Tarvesh": three documents; "Ada" (a listed given name) and "Bo"
	// (two letters) are left out; "Valmora" follows "of" inside the
	// name; "Kettle" is as often a place's word; "Orrin" opens no name
	// and is seen once; "Pim" is mostly lower case.
	if want := []string{"tarvesh"}; !slices.Equal(got, want) {
		t.Errorf("personNameWords = %v, want %v (tarvesh %+v)", got, want, *counts["tarvesh"])
	}
}

func TestCountNewsCues(t *testing.T) {
	news := []nerdata.Document{
		{Sents: []nerdata.Sentence{{Tokens: []string{"Later", "Mr", "Quillon", "said", "so", "."}}}},
		{Sents: []nerdata.Sentence{{Tokens: []string{"Later", "Robert", "Quillon", "said", "so", "."}}}},
		{Sents: []nerdata.Sentence{{Tokens: []string{"Later", "Mr", "Harbour", "Board", "said", "so", "."}}}},
	}
	counts := map[string]*nameCounts{}
	countNewsCasing(news, counts)
	lx := lexicon.Default()
	countNewsCues(lx, news, counts, func(w string) bool { return lx.Has(lexicon.GivenNamesMale, w) }, 3)
	if c := counts["quillon"]; c == nil || c.cuedDocs != 2 {
		t.Errorf("quillon: %+v, want 2 cued documents", c)
	}
	if c := counts["harbour"]; c != nil && c.cued > 0 {
		t.Errorf("harbour (not the last word of the name) counted as cued: %+v", c)
	}
}
