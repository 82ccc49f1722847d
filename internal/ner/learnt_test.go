package ner

import "testing"

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
