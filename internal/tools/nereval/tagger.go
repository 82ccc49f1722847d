package main

import (
	"github.com/nec-analyse/nec-analyse/internal/nerrun"

	"fmt"
	"io"
	"os"

	"github.com/jdkato/prose/v2"

	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// loadTaggers loads the embedded nertag models by language, or the
// English model from the file enPath when it is not empty.
func loadTaggers(enPath string) (map[string]*nertag.Model, error) {
	en, err := nertag.English()
	if enPath != "" {
		var f *os.File
		if f, err = os.Open(enPath); err == nil {
			en, err = nertag.Read(f)
			f.Close()
		}
	}
	if err != nil {
		return nil, err
	}
	sv, err := nertag.Swedish()
	if err != nil {
		return nil, err
	}
	return map[string]*nertag.Model{"en": en, "sv": sv}, nil
}

// loadModel reads an English tagger file; "none" is no model.
func loadModel(path string) (*nertag.Model, error) {
	if path == "none" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return nertag.Read(f)
}

// posModel is the prose model that tags parts of speech for lang, or nil
// when the tagger takes no POS tags.
func posModel(lang string, m *prose.Model) *prose.Model {
	if lang == "en" {
		return m
	}
	return nil
}

// tagSentence runs the tagger on gold tokens (with prose POS tags when pm
// is set) and returns its entities as predictions with byte offsets into
// the tokens joined by single spaces.
func tagSentence(m *nertag.Model, pm *prose.Model, words []string) []Pred {
	toks := make([]nertag.Token, len(words))
	for i, w := range words {
		toks[i].Text = w
	}
	if pm != nil {
		var err error
		if toks, err = nertag.ProseEntTokens(pm, words); err != nil {
			return nil
		}
	}
	_, starts, ends := nerrun.JoinTokens(words)
	var out []Pred
	for _, sp := range nerdata.Decode(m.Tag(toks), nerdata.BIO) {
		out = append(out, Pred{Start: starts[sp.Start], End: ends[sp.End-1], Label: sp.Label, Raw: sp.Label})
	}
	return out
}

// readSwedishHeldOut reads the Swedish NER corpus train split and keeps
// the tail that nertag's Swedish model does not train on.
func readSwedishHeldOut(r io.Reader) ([]Document, error) {
	docs, err := ReadIO(r)
	if err != nil {
		return nil, fmt.Errorf("swedish held-out: %w", err)
	}
	_, held := nerdata.SplitSwedishHeldOut(docs)
	return held, nil
}
