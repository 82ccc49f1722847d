package main

import (
	"github.com/nec-analyse/nec-analyse/internal/nerrun"
)

// Scored labels.
const (
	PER = iota
	LOC
	ORG
	nLabels
)

var labelNames = [nLabels]string{"PER", "LOC", "ORG"}

func labelIndex(l string) int {
	for i, n := range labelNames {
		if n == l {
			return i
		}
	}
	return -1
}

// Pred is one predicted mention (see nerrun.Pred).
type Pred = nerrun.Pred

// Counts are exact-match counts per label.
type Counts struct {
	TP, FP, FN [nLabels]int
	// Ignored predictions lay exactly on an excluded (MISC) gold span.
	Ignored int
	// OffGrid predictions did not start and end on token boundaries; they
	// are included in FP.
	OffGrid int
	// Dropped predictions had no scored label (untyped / MISC); they are
	// not scored. DroppedHits of them lay exactly on a scored gold span.
	Dropped, DroppedHits int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	for l := 0; l < nLabels; l++ {
		c.TP[l] += o.TP[l]
		c.FP[l] += o.FP[l]
		c.FN[l] += o.FN[l]
	}
	c.Ignored += o.Ignored
	c.OffGrid += o.OffGrid
	c.Dropped += o.Dropped
	c.DroppedHits += o.DroppedHits
}

// Micro sums the counts over the labels.
func (c Counts) Micro() (tp, fp, fn int) {
	for l := 0; l < nLabels; l++ {
		tp += c.TP[l]
		fp += c.FP[l]
		fn += c.FN[l]
	}
	return
}

// prf computes precision, recall and F1; each is 0 when undefined.
func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scoreSentence counts exact matches of preds against the sentence's
// gold entities. starts and ends are the token offsets from joinTokens.
// A prediction counts once per (span, label).
func scoreSentence(s *Sentence, starts, ends []int, preds []Pred) Counts {
	var c Counts
	gold := map[Span]bool{}
	goldSpan := map[[2]int]bool{}
	for _, g := range s.Gold {
		gold[g] = true
		goldSpan[[2]int{g.Start, g.End}] = true
	}
	excl := map[[2]int]bool{}
	for _, x := range s.Excluded {
		excl[[2]int{x.Start, x.End}] = true
	}
	matched := map[Span]bool{}
	seen := map[Pred]bool{}
	for _, p := range preds {
		p.Raw = ""
		if seen[p] {
			continue
		}
		seen[p] = true
		l := labelIndex(p.Label)
		i, j, ok := nerrun.TokenSpan(starts, ends, p.Start, p.End)
		if l < 0 {
			c.Dropped++
			if ok && goldSpan[[2]int{i, j}] {
				c.DroppedHits++
			}
			continue
		}
		if !ok {
			c.FP[l]++
			c.OffGrid++
			continue
		}
		sp := Span{Start: i, End: j, Label: p.Label}
		switch {
		case gold[sp]:
			if !matched[sp] {
				c.TP[l]++
				matched[sp] = true
			}
		case excl[[2]int{i, j}]:
			c.Ignored++
		default:
			c.FP[l]++
		}
	}
	for _, g := range s.Gold {
		if !matched[g] {
			c.FN[labelIndex(g.Label)]++
		}
	}
	return c
}
