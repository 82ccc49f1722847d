package main

import (
	"fmt"

	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nerrun"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// pseudoLabels labels every sentence of docs, in order, with the
// project's English NER (prose, the rules and document-level resolution)
// using tagger as its English tagger: self-training, so the next tagger
// learns from in-domain news what the whole system finds there.
// A nil tagger keeps the embedded models (the English tagger and the
// typing model): the news is labelled by the NER the reports use.
func pseudoLabels(tagger *nertag.Model, docs []nerdata.Document, workers int) ([][]string, error) {
	model, err := ner.NewModel()
	if err != nil {
		return nil, err
	}
	if tagger != nil {
		model = model.WithEnglish(tagger)
	}
	pool := make(chan *ner.Extractor, max(workers, 1))
	for range cap(pool) {
		ex, err := model.NewExtractor()
		if err != nil {
			return nil, err
		}
		pool <- ex
	}
	perDoc := make([][][]string, len(docs))
	err = parallel(len(docs), workers, func(i int) error {
		ex := <-pool
		defer func() { pool <- ex }()
		preds := nerrun.Project(ex, "en", &docs[i])
		if len(preds) != len(docs[i].Sents) {
			return fmt.Errorf("pseudo-label %s: %d sentences, %d predicted", docs[i].ID, len(docs[i].Sents), len(preds))
		}
		perDoc[i] = make([][]string, len(preds))
		for k := range docs[i].Sents {
			perDoc[i][k] = nerrun.IOB2(&docs[i].Sents[k], preds[k])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, d := range perDoc {
		out = append(out, d...)
	}
	return out, nil
}
