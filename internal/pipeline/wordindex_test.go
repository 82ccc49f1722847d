package pipeline

import "testing"

// wordIndex and lastWordIndex find whole words; an empty word is nowhere
// (it once stepped past the end of a text ending in a letter).
func TestWordIndex(t *testing.T) {
	for _, tc := range []struct {
		text, w     string
		first, last int
	}{
		{"Varnell met Varnell's aide", "Varnell", 0, 12},
		{"Varnells met", "Varnell", -1, -1},
		{"the Varnell", "", -1, -1},
		{"", "", -1, -1},
	} {
		if got := wordIndex(tc.text, tc.w); got != tc.first {
			t.Errorf("wordIndex(%q, %q) = %d, want %d", tc.text, tc.w, got, tc.first)
		}
		if got := lastWordIndex(tc.text, tc.w); got != tc.last {
			t.Errorf("lastWordIndex(%q, %q) = %d, want %d", tc.text, tc.w, got, tc.last)
		}
	}
}
