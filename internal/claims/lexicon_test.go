package claims

import (
	"errors"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestMeasure(t *testing.T) {
	l := DefaultLexicon()
	for _, tc := range []struct{ word, want string }{
		{"votes", "votes"}, {"Ballots", "votes"}, {"rösterna", "votes"}, {"mandaten", "seats"}, {"seat-holders", ""},
		{"MPs", "mps"}, {"riksdagsledamöterna", "mps"}, {"people,", "people"}, {"turbines", ""}, {"...", ""},
	} {
		if got, _ := l.Measure(tc.word); got != tc.want {
			t.Errorf("Measure(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestLoadLexicon(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		word, want string
		err        string
	}{
		{"older shape", "measures:\n  turbines: [turbine, turbines]\n", "turbines", "turbines", ""},
		{"concept shape", "measure_turbines: [turbine]\n", "turbines", "turbines", ""},
		{"a user's form remaps a built-in one", "measures:\n  seats: [vote]\n", "vote", "seats", ""},
		{"two-word measure", "measures:\n  ballots cast: [tally]\n", "tally", "ballots cast", ""},
		{"the built-in forms stay", "measure_turbines: [turbine]\n", "votes", "votes", ""},
		{"a syntax error", "measures: [x\n", "", "", "read lexicon: yaml: line"},
		{"an unknown list", "# comment\norg_headz: [x]\n", "", "", "read lexicon: line 2: unknown list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := LoadLexicon(strings.NewReader(tc.file))
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("LoadLexicon(%q) error = %v, want %q...", tc.file, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := l.Measure(tc.word); got != tc.want {
				t.Errorf("Measure(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
	_, err := LoadLexicon(strings.NewReader("measures: {'': [x]}\n"))
	var fe *lexicon.FileError
	if !errors.As(err, &fe) || fe.Line != 1 {
		t.Errorf("LoadLexicon error %v: want a *lexicon.FileError at line 1", err)
	}
}

// DefaultLexicon values are independent: Add changes only its own.
func TestDefaultLexiconIsACopy(t *testing.T) {
	a, b := DefaultLexicon(), DefaultLexicon()
	a.Add("turbines", "turbine")
	if _, ok := b.Measure("turbine"); ok {
		t.Error("Add on one DefaultLexicon changed another")
	}
	if a.Fingerprint() == b.Fingerprint() {
		t.Error("Fingerprint does not see the added form")
	}
}
