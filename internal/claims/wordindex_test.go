package claims

import "testing"

// wordIndex finds a word on word boundaries; an empty word is nowhere
// (it once stepped past the end of a text ending in a letter).
func TestVocabWordIndex(t *testing.T) {
	v := &vocab{}
	for _, tc := range []struct {
		s, w string
		want int
	}{
		{"the quay shut yesterday", "yesterday", 14},
		{"the quay shut yesterdays", "yesterday", -1},
		{"quayside quay", "quay", 9},
		{"the quay shut", "", -1},
		{"", "", -1},
	} {
		if got := v.wordIndex(tc.s, tc.w); got != tc.want {
			t.Errorf("wordIndex(%q, %q) = %d, want %d", tc.s, tc.w, got, tc.want)
		}
	}
}
