package ner

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestListOfPlaces: a one-word person that is no given name, in a list
// of places, is a place; a given name stays a person.
func TestListOfPlaces(t *testing.T) {
	src := "Seats include Dundee, Tarnby, Quillan, Valmora, Kestrel and Ada."
	var ms []span.Mention
	for _, w := range []struct{ text, typ string }{{"Dundee", span.GPE}, {"Tarnby", span.GPE}, {"Quillan", span.Person}, {"Valmora", span.GPE}, {"Kestrel", span.GPE}, {"Ada", span.Person}} {
		start := indexOf(src, w.text)
		ms = append(ms, span.Mention{Text: w.text, Type: w.typ, Start: start, End: start + len(w.text)})
	}
	listTypes(lexicon.Default(), src, ms)
	if ms[2].Type != span.GPE || ms[5].Type != span.Person {
		t.Errorf("got %s %s, want GPE PERSON", ms[2].Type, ms[5].Type)
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
