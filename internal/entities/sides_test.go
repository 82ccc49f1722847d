package entities

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"23-17", true},
		{"108-3", true},
		{"64", false},      // a model's number ("Tarnix 64")
		{"2004-05", false}, // a season: four digits
		{"-3", false},
		{"a-b", false},
	} {
		if got := score(tc.w); got != tc.want {
			t.Errorf("score(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestSideCue(t *testing.T) {
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"", " 23-17 Valmora", true},
		{"a win over", " on Saturday", true},
		{"", "'s coach said", true},
		{"", " have signed a striker", true},
		{"Tarnby and", " have signed", false}, // two names before a plural verb
		{"the", " are proud", false},
		{"A Quill (", "), B Lind (Valmora)", true}, // a squad list
		{"referee P Quill (", ").", false},         // a referee's county
		{"he lives in", " with his wife", false},
	} {
		m := Mention{Before: tc.before, After: tc.after}
		if got := testVocab.sideCue(m); got != tc.want {
			t.Errorf("sideCue(%q ... %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

func TestSideCuesPlaceFirst(t *testing.T) {
	// A plural verb after a place's preposition is the place's sentence
	// ("Schools in Tarnby have closed"), not a side's: no side cue counts
	// for that mention, so two of them leave the place a place.
	ms := []Mention{
		{Mention: span.Mention{Text: "Tarnby", Type: span.GPE, End: 6}, Article: "a", Before: "Schools in", After: " have closed"},
		{Mention: span.Mention{Text: "Tarnby", Type: span.GPE, End: 6}, Article: "b", Before: "Prices in", After: " are rising"},
	}
	res := ResolveWith(ms, Options{})
	if len(res.Entities) != 1 || res.Entities[0].Type != span.GPE {
		t.Fatalf("got %+v, want Tarnby a GPE", res.Entities)
	}
}

func TestMajorityTypeTie(t *testing.T) {
	for _, tc := range []struct {
		name  string
		types []string
		want  string
	}{
		{"a person's majority", []string{span.Person, span.Person, span.Org}, span.Person},
		{"a person's tie with one other type", []string{span.Person, span.Org}, span.Person},
		{"the other types outnumber a tied person", []string{span.Person, span.Org, span.GPE}, span.Org},
		{"a place tied with a person, and an organisation", []string{span.GPE, span.Person, span.Person, span.GPE, span.Org}, span.GPE},
		{"no person", []string{span.GPE, span.Org}, span.Org},
		{"untyped mentions count for no type", []string{span.Person, "", ""}, ""},
		{"untyped mentions beside a tie", []string{span.Person, span.Org, ""}, span.Person},
	} {
		ms := make([]Mention, len(tc.types))
		idx := make([]int, len(tc.types))
		for i, typ := range tc.types {
			ms[i].Type = typ
			idx[i] = i
		}
		if got := majorityType(ms, idx); got != tc.want {
			t.Errorf("%s: majorityType(%q) = %q, want %q", tc.name, tc.types, got, tc.want)
		}
	}
}
