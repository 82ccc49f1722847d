package lexicon

import "testing"

func TestLookups(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		text                           string
		country, locality, place, name bool
	}{
		{"Britain's", true, false, true, false},
		{"Storbritannien", true, false, true, false},
		{"U.S.", true, false, true, false},
		{"New York", false, true, true, false},
		{"Göteborg", false, true, true, false},
		{"Chad", true, false, true, true},
		{"Sofia", false, true, true, true},
		{"Brightline", false, false, false, false},
		{"West Bank", true, false, true, false},
		{"Chechnya", false, true, true, false},
		{"California", false, true, true, false},
		{"Virginia", false, true, true, true},
	} {
		if l.IsCountry(tc.text) != tc.country || l.IsLocality(tc.text) != tc.locality || l.IsPlace(tc.text) != tc.place || l.GivenName(tc.text) != tc.name {
			t.Errorf("%q: country %v, locality %v, place %v, given name %v; want %v %v %v %v", tc.text,
				l.IsCountry(tc.text), l.IsLocality(tc.text), l.IsPlace(tc.text), l.GivenName(tc.text), tc.country, tc.locality, tc.place, tc.name)
		}
	}
}

func TestIsDemonym(t *testing.T) {
	l := Default()
	for w, want := range map[string]bool{"American": true, "Kurdish": true, "South African": true, "Sri Lankan": true,
		"Brian": false, "Roman": false, "Holloway": false, "Dane": true, "Scots": true} {
		if got := l.IsDemonym(w); got != want {
			t.Errorf("IsDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}
