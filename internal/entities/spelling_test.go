package entities

import (
	"strings"
	"testing"
)

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
		{[]string{"Jon", "Landsman"}, []string{"Jon", "Landsmann"}, true},   // a slip
		{[]string{"Tarn", "OS"}, []string{"Tarn", "OSX"}, false},            // two codes in capitals
		{[]string{"Tarn", "OS"}, []string{"Tarn", "Os"}, false},             // one word, case apart
		{[]string{"TARN", "QUILL"}, []string{"TARN", "QUILLS"}, false},      // a plural
		{[]string{"Ada", "Quill"}, []string{"Ada", "Quell"}, true},          // one letter
		{[]string{"Ada", "Quill"}, []string{"Bo", "Quill"}, false},          // another first name
		{[]string{"Lin", "Sun-ok"}, []string{"Lin", "Sun-il"}, false},       // a part written wholly otherwise: another name
		{[]string{"Lin", "Sun-Okara"}, []string{"Lin", "Sun-Okarra"}, true}, // a slip in one part
		{[]string{"Lin", "Sung-ok"}, []string{"Lin", "Sun-ik"}, false},      // two letters apart in six: no slip
		{[]string{"Lin", "Joi-sun"}, []string{"Lin", "Jol-sun"}, true},      // one letter of a part
		{[]string{"Ada", "QuillIn"}, []string{"Ada", "Quill"}, false},       // glued to the next sentence's "In"
	} {
		if got := nearMiss(tc.a, tc.b); got != tc.want {
			t.Errorf("nearMiss(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestKeyFolds: one form for spellings that differ only in accents,
// apostrophes' typography or a word's final full stop.
func TestKeyFolds(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Inés Quill", "Ines Quill", true},
		{"Ada O’Quill", "Ada O'Quill", true},
		{"St. Tarnby", "St Tarnby", true},
		{"Bo Quill Jr.", "Bo Quill Jr", true},
		{"U.S. Tarnby", "US Tarnby", false}, // initials keep their stops
		{"U.S. Tarnby", "U.S Tarnby", false},
		{"Ada Quill", "Ada Quil", false},
	} {
		if got := key(strings.Fields(c.a)) == key(strings.Fields(c.b)); got != c.same {
			t.Errorf("key(%q) == key(%q) is %v, want %v", c.a, c.b, got, c.same)
		}
	}
}
