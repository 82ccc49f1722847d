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
