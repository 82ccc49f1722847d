package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nerrun"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// ablation runs the project's NER on each dev dataset with every NER and
// entity pass on, then once per pass with that pass alone off, and
// prints the change in micro F1 (and in the F1 of each type) per dataset:
// which rules help where. The models are -model's and -typer's; the
// passes -off names stay off in every run.
func ablation(out, logw io.Writer, sets []dataset, data string, limit, workers int, only string) error {
	pr, err := loadProject(workers) // -model and -typer apply; -off stays off throughout
	if err != nil {
		return err
	}
	exs := pr.exs
	type loaded struct {
		ds   dataset
		docs []nerdata.Document
	}
	var sets2 []loaded
	for _, ds := range sets {
		if !selected(ds.name, only) {
			continue
		}
		f, err := os.Open(filepath.Join(data, ds.path))
		if err != nil {
			return err
		}
		docs, err := ds.read(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", ds.path, err)
		}
		docs = nerdata.LimitSentences(docs, limit)
		if !ownText {
			dropText(docs)
		}
		sets2 = append(sets2, loaded{ds, docs})
	}
	score := func(l loaded, off rules.Off) Counts {
		for id := range pr.off {
			if off == nil {
				off = rules.Off{}
			}
			off[id] = true
		}
		for _, ex := range exs {
			ex.SetOff(off)
		}
		preds := make([][][]Pred, len(l.docs))
		parallel(len(l.docs), workers, func(w, i int) {
			preds[i] = nerrun.ProjectWith(exs[w], l.ds.lang, &l.docs[i], entities.Options{Off: off, Lexicon: lexData})
		})
		var c Counts
		for i := range l.docs {
			for k := range l.docs[i].Sents {
				s := &l.docs[i].Sents[k]
				_, starts, ends := nerrun.SentenceText(s)
				c.Add(scoreSentence(s, starts, ends, preds[i][k]))
			}
		}
		return c
	}
	base := make([]Counts, len(sets2))
	fmt.Fprintf(out, "| pass off |")
	for i, l := range sets2 {
		base[i] = score(l, nil)
		_, _, f := prf(base[i].Micro())
		fmt.Fprintf(out, " %s (micro %.1f) |", l.ds.name, 100*f)
	}
	fmt.Fprintf(out, "\n|---|")
	for range sets2 {
		fmt.Fprintf(out, "---:|")
	}
	fmt.Fprintln(out)
	infos := append(ner.Rules(), entities.Rules()...)
	for _, p := range infos {
		if !selected(p.ID(), ablateOnly) {
			continue
		}
		fmt.Fprintf(logw, "ablate %s\n", p.ID())
		fmt.Fprintf(out, "| %s |", p.ID())
		for i, l := range sets2 {
			c := score(l, rules.Off{p.ID(): true})
			fmt.Fprintf(out, " %s |", delta(base[i], c))
		}
		fmt.Fprintln(out)
	}
	return nil
}

// delta writes the change of micro F1 from base to c in points, with the
// per-type changes that reach 0.1 point.
func delta(base, c Counts) string {
	_, _, fc := prf(c.Micro())
	_, _, fb := prf(base.Micro())
	d := 100 * (fc - fb)
	s := fmt.Sprintf("%+.1f", d)
	if d > -0.05 && d < 0.05 {
		s = "0"
	}
	var parts []string
	for l := 0; l < nLabels; l++ {
		_, _, lc := prf(c.TP[l], c.FP[l], c.FN[l])
		_, _, lb := prf(base.TP[l], base.FP[l], base.FN[l])
		dl := 100 * (lc - lb)
		if dl >= 0.1 || dl <= -0.1 {
			parts = append(parts, fmt.Sprintf("%s %+.1f", labelNames[l], dl))
		}
	}
	if len(parts) > 0 && len(parts) < nLabels {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}
