package entities

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestOtherLinkWords(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Board of Harbour Works", "Board for Harbour Works", true},
		{"Quill & Lind Ferry Board", "Quill and Lind Ferry Board", false}, // one word written two ways
		{"Quill and Lind Ferry Board", "Quill and Lind Ferry Board", false},
		{"Quill of Lind Ferry Board", "Quill & Lind Ferry Board", true},
	} {
		if got := otherLinkWords(lx, strings.Fields(tc.a), strings.Fields(tc.b)); got != tc.want {
			t.Errorf("otherLinkWords(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
