package lexicon

import (
	"testing"
	"testing/fstest"
)

func TestPersonNameWords(t *testing.T) {
	l, err := parseFS(fstest.MapFS{
		"data/people/given_names_male.txt":     {Data: []byte("# Men's names.\nbram\n")},
		"data/people/given_names_female.txt":   {Data: []byte("# Women's names.\nada\n")},
		"data/people/given_names_learned.txt":  {Data: []byte("# Learnt given names.\ntarnell\n")},
		"data/people/person_names_learned.txt": {Data: []byte("# Learnt person-name words.\nada\ntarnell\nquillane\n")},
		"data/places/countries.txt":            {Data: []byte("# Countries.\nvalmora\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w                          string
		given, learntGiven, learnt bool
	}{
		{"Ada", true, true, true},
		{"BRAM", true, true, true}, // any case; the listed names need not be learnt
		{"Tarnell", false, true, true},
		{"Quillane", false, false, true},
		{"Valmora", false, false, false},
	} {
		got, gotGiven, gotLearnt := l.IsGivenName(tc.w), l.IsLearntGivenName(tc.w), l.IsPersonNameWord(tc.w)
		if got != tc.given || gotGiven != tc.learntGiven || gotLearnt != tc.learnt {
			t.Errorf("%q: given %v, learnt given %v, person-name word %v; want %v %v %v", tc.w, got, gotGiven, gotLearnt, tc.given, tc.learntGiven, tc.learnt)
		}
	}
}
