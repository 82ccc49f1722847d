package quotes

import "testing"

// TestGivenNamesMayMatch checks which speakers sharing a surname may be
// one person: given names equal, missing, an initial, a slip or forms of
// one name; two different given names are two people.
func TestGivenNamesMayMatch(t *testing.T) {
	mt := &matcher{lx: Options{}.lexicon()}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Dick Durbin", "Richard J. Durbin", true},
		{"Durbin", "Richard Durbin", true},
		{"R. Durbin", "Richard Durbin", true},
		{"Lis Smith", "Liz Smith", true},
		{"Tom Reyes", "Ana Reyes", false},
		{"Lars Brännström", "Leif Brännström", false},
	} {
		if got := mt.givenNamesMayMatch(tc.a, tc.b); got != tc.want {
			t.Errorf("givenNamesMayMatch(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
