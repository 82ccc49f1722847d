package nertag

import (
	"bytes"
	"embed"
	"fmt"
)

// models holds the trained models, written by internal/tools/trainner
// (make train-ner).
//
//go:embed model/*.gob.gz
var models embed.FS

func embedded(name string) (*Model, error) {
	b, err := models.ReadFile("model/" + name)
	if err != nil {
		return nil, fmt.Errorf("nertag: embedded model: %w", err)
	}
	m, err := Read(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("nertag: embedded model %s: %w", name, err)
	}
	return m, nil
}

// English returns a fresh copy of the embedded English model, trained on
// WikiANN en train, UNER en_ewt dev and unlabelled news (see
// internal/tools/trainner and make train-ner). It expects tokens with
// prose's part-of-speech tags. Load it once and share it: a Model is safe
// for concurrent use.
func English() (*Model, error) { return embedded("en.gob.gz") }

// EnglishTyping returns a fresh copy of the embedded English typing
// model: the same tagger with prose's entity labels (hidden in half of
// its training sentences), lexicon classes and word classes as features,
// trained on WikiANN en train, WNUT-17 train, the Broad Twitter Corpus
// train split, most of wikigold, the even documents of UNER en_ewt dev
// and unlabelled news. It expects tokens with prose's part-of-speech tags
// and entity labels (see ProseEntTokens); the NER asks it for people and
// places on prose's names and for names nothing else found
// (ner/tagger-types, ner/typer-names). Load it once and share it.
func EnglishTyping() (*Model, error) { return embedded("en-typing.gob.gz") }

// Swedish returns a fresh copy of the embedded Swedish model, trained on
// the Swedish NER corpus and UNER sv_talbanken train. It takes tokens
// without part-of-speech tags. Load it once and share it.
func Swedish() (*Model, error) { return embedded("sv.gob.gz") }
