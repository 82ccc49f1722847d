package ner

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestPairJoined(t *testing.T) {
	src := "Quill and Lind met. Quill, Lind met. Quill and then Lind met. Quill OR Lind."
	d := &doc{src: src, lx: testLex}
	at := func(w string, from int) span.Mention {
		i := from + strings.Index(src[from:], w)
		return span.Mention{Text: w, Start: i, End: i + len(w)}
	}
	for _, tc := range []struct {
		from int
		want bool
	}{{0, true}, {20, false}, {36, false}, {62, true}} {
		a := at("Quill", tc.from)
		b := at("Lind", a.End)
		if got := pairJoined(d, a, b); got != tc.want {
			t.Errorf("pairJoined(%q) = %v, want %v", src[a.Start:b.End], got, tc.want)
		}
	}
}

func TestPossessedName(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"Ada Quill's Lantern", true},
		{"Ada Quill’s Lantern", true},
		{"the Linds' Lantern", true},
		{"and Lantern", false},
	} {
		if got := possessedName(tc.src, len(tc.src)-len("Lantern")); got != tc.want {
			t.Errorf("possessedName(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestNameGoesOn(t *testing.T) {
	for _, tc := range []struct {
		rest string
		want bool
	}{
		{" of Tarn played", true},
		{" of the night", false},
		{" and Ada Quill", false},
		{"", false},
	} {
		if got := nameGoesOn(testLex, tc.rest); got != tc.want {
			t.Errorf("nameGoesOn(%q) = %v, want %v", tc.rest, got, tc.want)
		}
	}
}
