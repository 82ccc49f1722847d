package claims

import (
	"strings"
	"testing"
)

// FuzzLoadLexicon: a --lexicon file is untrusted input. Loading never
// panics; a failure names the lexicon; a success keeps every built-in
// measure the file does not remap, and never makes an
// empty or punctuation-only word count as a measure.
func FuzzLoadLexicon(f *testing.F) {
	f.Add("measures:\n  votes: [ballots cast]\n  turbines: [turbine, turbines]\n")
	f.Add("measures:\n  seats: ['', ' ']\n")
	f.Add("measures: {x: [y], '': [z]}\n")
	f.Add("measure:\n  x: [y]\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := LoadLexicon(strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "read lexicon") {
				t.Fatalf("error %q does not name the lexicon", err)
			}
			return
		}
		for _, w := range []string{"", "...", "\"", "()"} {
			if m, ok := l.Measure(w); ok {
				t.Fatalf("Measure(%q) = %q: an empty word counts as a measure", w, m)
			}
		}
		if !strings.Contains(in, "votes") {
			if m, ok := l.Measure("votes"); !ok || m != "votes" {
				t.Fatalf("built-in measure lost: Measure(votes) = %q, %v", m, ok)
			}
		}
	})
}
