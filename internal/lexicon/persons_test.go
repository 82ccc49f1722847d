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

func TestPartyTag(t *testing.T) {
	l, err := parseFS(fstest.MapFS{
		"data/people/party_tag_letters.txt": {Data: []byte("# Party letters.\nd\nr\n")},
		"data/places/countries.txt":         {Data: []byte("# Countries.\nvalmora\n")},
		"data/places/cities.txt":            {Data: []byte("# Cities.\n")},
		"data/places/regions.txt":           {Data: []byte("# Regions.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		party, state string
		want         bool
	}{
		{"D", "Tarn", true},
		{"r", "Valmora", true}, // a known place, however long
		{"R", "Quillshire", false},
		{"D", "tarn", false}, // the state is capitalised
		{"X", "Tarn", false},
		{"D", "", false},
	} {
		if got := l.PartyTag(tc.party, tc.state); got != tc.want {
			t.Errorf("PartyTag(%q, %q) = %v, want %v", tc.party, tc.state, got, tc.want)
		}
	}
}
