package dateline

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestPlace(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		sentence, name string
		want           bool
	}{
		{"VALMORA 2031-04-02 - The port reopened.", "VALMORA", true},
		{"PORT ELLEN (Agency) - The harbour reopened.", "PORT ELLEN", true},
		{"DUNMORE — Police said nothing.", "DUNMORE", true},
		{"TARNBY - Quillco said on Monday.", "TARNBY", true},
		{"GENEVA, March 3 - Delegates arrived.", "GENEVA", true},
		{"TARNBY, Conn., March 3 - Quillco said.", "TARNBY", true}, // a region with a dot
		{"TARNBY, Conn., March 3 - Quillco said.", "Conn.", true},  // the region itself
		{"KESTREL, New Norland, March 3 - Talks began.", "New Norland", true},
		{"KESTREL, Norland, Westmark, March 3 - Talks began.", "KESTREL", true}, // two regions
		{"KESTREL, Norland (Agency) - Talks began.", "KESTREL", true},           // a region without a comma after it
		{"KESTREL, Norland said nothing.", "KESTREL", false},                    // nothing after the region
		{"NATO said on Friday it would meet.", "NATO", false},                   // no date, bracket or dash follows
		{"Valmora 2031-04-02 - The port reopened.", "Valmora", false},           // not in capitals
		{"Talks in VALMORA 2031-04-02", "VALMORA", false},                       // not at the start nor a region
		{"UNITE: members back the deal", "UNITE", false},                        // a headline label
		{"ACME 2030 results were strong, the board said.", "ACME", false},       // a bare number is no date
		{"TARNBY, Quill said on March 3.", "Quill", false},
		{"Lind, Quill, Okoro (Reyes 70), Berg.", "Okoro", false}, // a team's line-up, not a place and regions
		{"Lind, Quill, Okoro (Reyes 70), Berg.", "Lind", false},
		{"TARNBY: Quill, Lind, Okoro (Reyes 70), Berg.", "Lind", false}, // a line-up under a heading in capitals
		{"TARNBY: Quill, Lind, Okoro (Reyes 70), Berg.", "Okoro", false},
		{"TARNBY UNITED: Quill, Lind (Reyes 70), Berg.", "Lind", false},                 // a speaker after the place
		{"TARNBY, a port of the Westmark Coast, March 3 - ", "TARNBY", false},           // a lower-case apposition is no region
		{"KESTREL, The Very Long Region Name Of Norland, March 3 - ", "KESTREL", false}, // longer than a region
	} {
		i := strings.Index(tc.sentence, tc.name)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.name, tc.sentence)
		}
		if got := Place(lx, tc.sentence[:i], tc.name, tc.sentence[i+len(tc.name):]); got != tc.want {
			t.Errorf("Place(%q in %q) = %v, want %v", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// FuzzPlace: any text around any name reads without a panic or an
// endless loop.
func FuzzPlace(f *testing.F) {
	lx := lexicon.Default()
	for _, s := range []string{"TARNBY, Conn., March 3 - Quillco said.", "PORT ELLEN (Agency) -", "KESTREL, , ,", "A, B, C, D, E, March"} {
		f.Add(s, 0, 6)
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if a < 0 || b < a || b > len(s) {
			return
		}
		_ = Place(lx, s[:a], s[a:b], s[b:])
	})
}
