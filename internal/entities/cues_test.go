package entities

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestEndsInPhrase(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"in", true},
		{"he lives in", true},
		{"the mayor of", true},
		{"the major of", false},
		{"within", false}, // "in" only after a space
		{"", false},
		{"han bor nära", true},
	} {
		if got := testVocab.endsInPhrase(lexicon.PlaceCues, tc.before); got != tc.want {
			t.Errorf("endsInPhrase(place_cues, %q) = %v, want %v", tc.before, got, tc.want)
		}
	}
	if !testVocab.thingBefore("Ada bought copies of ") || testVocab.thingBefore("Ada bought topies of ") {
		t.Error("thingBefore: want copies of, not topies of")
	}
}

func TestThingAfter(t *testing.T) {
	lx, err := lexicon.Default().Extend(strings.NewReader("thing_nouns_after: [écran]\n"), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	v := newVocab(lx)
	for a, want := range map[string]bool{
		" processor":        true,
		" operating system": true,
		" Processor":        false, // another name: "Tarnix Processor Works"
		" écran":            true,
		" Écran":            false, // upper case in two bytes, the first as in "é"
		", processor":       false,
		"processor":         false,
	} {
		if got := v.thingAfter(a); got != want {
			t.Errorf("thingAfter(%q) = %v, want %v", a, got, want)
		}
	}
}
