package main

import (
	"fmt"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// counts are entity-level exact-match counts per label.
type counts struct {
	tp, fp, fn [len(nerdata.Labels)]int
}

func labelOf(l string) int {
	for i, n := range nerdata.Labels {
		if n == l {
			return i
		}
	}
	return -1
}

// add scores predicted spans against a gold sentence. A prediction exactly
// on an excluded (MISC) span is ignored.
func (c *counts) add(s *nerdata.Sentence, pred []nerdata.TokenSpan) {
	gold := map[nerdata.TokenSpan]bool{}
	for _, g := range s.Gold {
		gold[g] = true
	}
	excl := map[[2]int]bool{}
	for _, e := range s.Excluded {
		excl[[2]int{e.Start, e.End}] = true
	}
	for _, p := range pred {
		l := labelOf(p.Label)
		switch {
		case l < 0 || excl[[2]int{p.Start, p.End}]:
		case gold[p]:
			c.tp[l]++
			delete(gold, p)
		default:
			c.fp[l]++
		}
	}
	for g := range gold {
		c.fn[labelOf(g.Label)]++
	}
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	return 200 * float64(tp) / float64(2*tp+fp+fn)
}

func (c *counts) String() string {
	var b strings.Builder
	var tp, fp, fn int
	for l, n := range nerdata.Labels {
		fmt.Fprintf(&b, "%s %5.1f  ", n, f1(c.tp[l], c.fp[l], c.fn[l]))
		tp, fp, fn = tp+c.tp[l], fp+c.fp[l], fn+c.fn[l]
	}
	fmt.Fprintf(&b, "micro %5.1f", f1(tp, fp, fn))
	return b.String()
}

// evaluate tags every sentence of docs and scores it.
func evaluate(m *nertag.Model, pm *tokeniser, docs []nerdata.Document, workers int) (*counts, error) {
	preds := make([][][]nerdata.TokenSpan, len(docs))
	err := parallel(len(docs), workers, func(i int) error {
		doc := make([][]nertag.Token, len(docs[i].Sents))
		for k := range docs[i].Sents {
			toks, err := tokens(pm, docs[i].Sents[k].Tokens)
			if err != nil {
				return err
			}
			doc[k] = toks
		}
		preds[i] = make([][]nerdata.TokenSpan, len(doc))
		for k, toks := range doc {
			preds[i][k] = nerdata.Decode(m.Tag(toks), nerdata.BIO)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	c := &counts{}
	for i := range docs {
		for k := range docs[i].Sents {
			c.add(&docs[i].Sents[k], preds[i][k])
		}
	}
	return c, nil
}
