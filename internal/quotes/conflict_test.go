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

// TestJointAttribution checks that an attribution names two speakers together
// only when it names each: a shared surname with one given name names one.
func TestJointAttribution(t *testing.T) {
	for _, tc := range []struct {
		names []string
		attr  string
		joint bool
	}{
		{[]string{"Ada Quill", "Ben Tarrant"}, "said Quill and Tarrant jointly", true},
		{[]string{"Tom Reyes", "Ana Reyes"}, "Tom Reyes, 67, told the committee:", false},
		{[]string{"Tom Reyes", "Ana Reyes"}, "said Tom and Ana Reyes", true},
		{[]string{"Harbour", "Harbour Radio"}, "said Harbour Radio", false},
	} {
		got := jointAttribution(tc.names, []Instance{{Quote: Quote{Attribution: tc.attr}}}) != ""
		if got != tc.joint {
			t.Errorf("jointAttribution(%q, %q) = %v, want %v", tc.names, tc.attr, got, tc.joint)
		}
	}
}
