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

func TestNearMiss(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"Jon", "Landsman"}, []string{"Jon", "Landsmann"}, true}, // a slip
		{[]string{"Tarn", "OS"}, []string{"Tarn", "OSX"}, false},          // two codes in capitals
		{[]string{"Tarn", "OS"}, []string{"Tarn", "Os"}, false},           // one word, case apart
		{[]string{"TARN", "QUILL"}, []string{"TARN", "QUILLS"}, false},    // a plural
		{[]string{"Ada", "Quill"}, []string{"Ada", "Quell"}, true},        // one letter
		{[]string{"Ada", "Quill"}, []string{"Bo", "Quill"}, false},        // another first name
	} {
		if got := nearMiss(tc.a, tc.b); got != tc.want {
			t.Errorf("nearMiss(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
