package stance

import (
	"strings"
	"testing"
)

// A text without stops is cut into sentences of maxSentenceTokens words,
// and a sentence of prose is left whole.
func TestTokenizeBoundsSentences(t *testing.T) {
	for _, tt := range []struct {
		name  string
		text  string
		sents int
	}{
		{"prose", "Varnell said the board met. It voted on Tuesday.", 2},
		{"no stops", strings.Repeat("Harbour Board Kelmouth ", 1000), 3},
		{"exactly the bound", strings.Repeat("quay ", maxSentenceTokens), 1},
		{"one over", strings.Repeat("quay ", maxSentenceTokens+1), 2},
	} {
		toks := tokenize(tt.text)
		if got := toks[len(toks)-1].sent + 1; got != tt.sents {
			t.Errorf("%s: %d sentences, want %d", tt.name, got, tt.sents)
		}
		n := map[int]int{}
		for _, tk := range toks {
			n[tk.sent]++
			if n[tk.sent] > maxSentenceTokens {
				t.Fatalf("%s: sentence %d holds more than %d words", tt.name, tk.sent, maxSentenceTokens)
			}
		}
	}
}
