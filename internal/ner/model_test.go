package ner

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// TestWithModels checks that WithTyper and WithEnglish return a copy
// holding the given model and leave the model they copy as it was.
func TestWithModels(t *testing.T) {
	m, err := testModel()
	if err != nil {
		t.Fatal(err)
	}
	sent := nertag.Sentence{
		Tokens: []nertag.Token{{Text: "Varnel", POS: "NNP"}, {Text: "spoke", POS: "VBD"}},
		Labels: []string{"B-PER", "O"},
	}
	tagger := nertag.Train([]nertag.Sentence{sent}, nertag.TrainOptions{Epochs: 1})
	if c := m.WithTyper(tagger); c.typer != tagger || m.typer == tagger {
		t.Error("WithTyper: the copy lacks the typing model, or the original changed")
	}
	if c := m.WithTyper(nil); c.typer != nil || m.typer == nil {
		t.Error("WithTyper(nil): the copy keeps a typing model, or the original lost its own")
	}
	if c := m.WithEnglish(tagger); c.english != tagger || m.english == tagger {
		t.Error("WithEnglish: the copy lacks the tagger, or the original changed")
	}
}
