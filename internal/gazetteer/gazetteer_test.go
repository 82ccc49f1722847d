package gazetteer

import "testing"

func TestLookups(t *testing.T) {
	for _, tc := range []struct {
		text                       string
		country, city, place, name bool
	}{
		{"Britain's", true, false, true, false},
		{"Storbritannien", true, false, true, false},
		{"U.S.", true, false, true, false},
		{"New York", false, true, true, false},
		{"Göteborg", false, true, true, false},
		{"Chad", true, false, true, true},
		{"Sofia", false, true, true, true},
		{"Brightline", false, false, false, false},
	} {
		if IsCountry(tc.text) != tc.country || IsCity(tc.text) != tc.city || IsPlace(tc.text) != tc.place || GivenName(tc.text) != tc.name {
			t.Errorf("%q: country %v, city %v, place %v, given name %v; want %v %v %v %v", tc.text,
				IsCountry(tc.text), IsCity(tc.text), IsPlace(tc.text), GivenName(tc.text), tc.country, tc.city, tc.place, tc.name)
		}
	}
}

func TestIsDemonym(t *testing.T) {
	for w, want := range map[string]bool{"American": true, "Kurdish": true, "South African": true, "Sri Lankan": true,
		"Brian": false, "Roman": false, "Holloway": false} {
		if got := IsDemonym(w); got != want {
			t.Errorf("IsDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}
