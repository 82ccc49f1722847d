package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestStandsAlone(t *testing.T) {
	for _, tt := range []struct {
		src, w string
		want   bool
	}{
		{"Quorrick won. Quorrick's Harbour Board met.", "Quorrick", true},
		{"Quorrick's Harbour Board met.", "Quorrick", false},
		{"Quorricks won.", "Quorrick", false},
		{"Quorrick-led board", "Quorrick", false},
		{"Varnes 's Harbour Board met.", "", false}, // the stem of a lone "'s": no loop
		{"", "", false},
	} {
		if got := standsAlone(tt.src, tt.w); got != tt.want {
			t.Errorf("standsAlone(%q, %q) = %v, want %v", tt.src, tt.w, got, tt.want)
		}
	}
}

// A possessive written as its own token ("Varnes 's Harbour Board", as
// tokenised corpora and some feeds write it) once made institution-names
// look for an empty stem forever.
func TestInstitutionNamesLonePossessive(t *testing.T) {
	e := extractor(t)
	text := "Varnes 's Harbour Board met on Monday."
	done := make(chan []span.Mention, 1)
	go func() { done <- e.Entities(text, whole(text)) }()
	select {
	case ms := <-done:
		for _, m := range ms {
			if strings.Contains(m.Text, "'s") {
				t.Errorf("mention %q runs over the lone possessive", m.Text)
			}
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Entities did not return: institution-names loops on a lone \"'s\" token")
	}
}

func TestInnerEllipsis(t *testing.T) {
	tests := []struct {
		in   string
		i, j int
	}{
		{"…", -1, -1},
		{"Quill…", -1, -1},
		{"…Quill", -1, -1},
		{"A..", -1, -1},
		{"U.S. Army", -1, -1},
		{"Tarnco...although", 6, 9},
		{"Ada…Bo", 3, 6},
		{"a … b", 2, 5},
		{"Coke..........drink", 4, 14},
	}
	for _, tt := range tests {
		if i, j := innerEllipsis(tt.in); i != tt.i || j != tt.j {
			t.Errorf("innerEllipsis(%q) = %d, %d, want %d, %d", tt.in, i, j, tt.i, tt.j)
		}
	}
}

func TestOutsideBracketsEllipsis(t *testing.T) {
	tests := []struct {
		text, want string
		shift      int
	}{
		{"Tarnco...although", "Tarnco", 0},
		{"70k...Brindlers", "Brindlers", 6},
		{"Quill…", "Quill", 0},
		{"Ada Quill", "Ada Quill", 0},
	}
	for _, tt := range tests {
		m := outsideBrackets(span.Mention{Text: tt.text, Start: 10, End: 10 + len(tt.text)})
		if m.Text != tt.want || m.Start != 10+tt.shift || m.End != m.Start+len(m.Text) {
			t.Errorf("outsideBrackets(%q) = %q at %d-%d, want %q at %d", tt.text, m.Text, m.Start, m.End, tt.want, 10+tt.shift)
		}
	}
}
