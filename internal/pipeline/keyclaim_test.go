package pipeline

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// Invented names: the key claim lists the winners by their entity names
// and the body named after the list, in the main language.
func TestKeyClaim(t *testing.T) {
	arts := []corpus.Article{{ID: "a", Language: "en"}, {ID: "b", Language: "en"}, {ID: "c", Language: "sv"}}
	ents := []report.Entity{
		{Name: "Ana Reyes", Type: "PERSON"}, {Name: "Tom Lind", Type: "PERSON", Variants: []report.Variant{{Text: "Lind"}}},
		{Name: "Harbour Party", Type: "ORG"}, {Name: "Port Board", Type: "ORG"},
	}
	win := report.Claim{Subject: claims.SubjectEvent, Measure: claims.MeasureWinners, Status: "agree", Values: []report.ClaimValue{
		{Article: "a", Text: "Ana Reyes and Lind", Sentence: "Harbour Party backed Ana Reyes and Lind won places on the Port Board."},
		{Article: "b", Text: "two", Sentence: "The two won."},
	}}
	got, ok := KeyClaim(arts, ents, []report.Claim{win}, lexicon.Default())
	if want := "Ana Reyes and Tom Lind won seats on the Port Board"; !ok || got != want {
		t.Errorf("KeyClaim = %q, %v; want %q", got, ok, want)
	}
	win.Status = "conflict"
	if got, ok := KeyClaim(arts, ents, []report.Claim{win}, lexicon.Default()); ok {
		t.Errorf("disputed winners gave a key claim %q", got)
	}
}
