package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// recase reads the English model o.recase, rebuilds its casing lexicon
// from the text training would read (the -extra sets and -news
// sentences), keeps its weights and writes it to o.out.
func recase(o options) error {
	if o.out == "" {
		return errors.New("-recase needs -out, the file to write the recased model to")
	}
	f, err := os.Open(o.recase)
	if err != nil {
		return err
	}
	m, err := nertag.Read(f)
	f.Close()
	if err != nil {
		return err
	}
	lx := trainLex()
	var train []nerdata.Document
	err = addEnglish(o.extra, func(c corpus, isTrain bool) error {
		if !isTrain {
			return nil
		}
		docs, err := load(o.data, c)
		if err != nil {
			return err
		}
		if o.clean && c.path == wikiTrain.path {
			docs = slices.DeleteFunc(docs, func(d nerdata.Document) bool { return noisy(lx, d) })
		}
		train = append(train, docs...)
		return nil
	})
	if err != nil {
		return err
	}
	sents, err := toSentences(&tokeniser{}, train, o.workers)
	if err != nil {
		return err
	}
	var news [][]string
	if o.news > 0 {
		nc, err := readNewsCorpus(lx, o.data, newsDirs, o.news)
		if err != nil {
			return err
		}
		news = newsTokens(nc.docs(newsDirs, o.news))
		for _, s := range news {
			toks, err := tokens(&tokeniser{}, s)
			if err != nil {
				return err
			}
			sents = append(sents, nertag.Sentence{Tokens: toks})
		}
	}
	m.Recase(sents, news, o.opts.MinCasing)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "recased: %s\n", m)
	return os.WriteFile(o.out, buf.Bytes(), 0o644)
}
