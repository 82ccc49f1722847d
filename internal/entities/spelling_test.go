package entities

import "testing"

func TestFormsOfOneName(t *testing.T) {
	r := &resolver{vocab: newVocab(nil)}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Chris", "Christopher", true}, // one group of name forms
		{"Mark", "Marcus", true},       // one group of name forms
		{"Chris", "Christmas", false},  // a given name against a word that is none
		{"Andrea", "Andy", false},      // two given names of no one group
		{"Vassilli", "Vassilis", true}, // neither known: the spelling test decides
		{"Anderson", "Andersen", true}, // neither known
		{"Steve", "Stephen", true},     // one group
	} {
		if got := r.formsOfOneName(tc.a, tc.b); got != tc.want {
			t.Errorf("formsOfOneName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
