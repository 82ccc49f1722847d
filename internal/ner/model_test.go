package ner

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// TestRefusesDocumentFeatureModels checks that a tagger trained with
// document features is refused as the English tagger or typing model:
// the pipeline tags sentence by sentence and would run it without them.
func TestRefusesDocumentFeatureModels(t *testing.T) {
	m, err := testModel()
	if err != nil {
		t.Fatal(err)
	}
	sent := nertag.Sentence{
		Tokens: []nertag.Token{{Text: "Varnel", POS: "NNP"}, {Text: "spoke", POS: "VBD"}},
		Labels: []string{"B-PER", "O"},
	}
	for _, tc := range []struct {
		doc  bool
		want string
	}{{false, ""}, {true, "document features"}} {
		tagger := nertag.Train([]nertag.Sentence{sent}, nertag.TrainOptions{Epochs: 1, DocFeats: tc.doc})
		_, errTyper := m.WithTyper(tagger)
		_, errEnglish := m.WithEnglish(tagger)
		for _, err := range []error{errTyper, errEnglish} {
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("sentence model refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("document-feature model: err %v, want one naming %q", err, tc.want)
			}
		}
	}
	if _, err := m.WithTyper(nil); err != nil {
		t.Errorf("no typing model: %v", err)
	}
}
