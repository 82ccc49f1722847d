package nertag

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Sentence is one training sentence: its tokens and their IOB2 labels.
// Labels other than O and B-/I- PER, LOC, ORG are read as O, except ""
// which marks an unknown label: no update is made there (partial
// labelling, as for unlabelled text whose lower-case words are surely O).
type Sentence struct {
	Tokens []Token
	Labels []string
}

// TrainOptions control Train. The zero value is usable.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 10).
	Epochs int
	// Seed fixes the shuffling and the choice of augmented sentences, so
	// that training is deterministic.
	Seed uint64
	// UpperFrac is the fraction of sentences added a second time in upper
	// case, so the model meets headline casing.
	UpperFrac float64
	// MinCasing is how many times a word must be seen (not first in its
	// sentence) to enter the casing lexicon (default 2).
	MinCasing int
	// CasingText is extra unlabelled text, as tokenised sentences, for
	// the casing lexicon only.
	CasingText [][]string
	// Prune drops features whose averaged weights are all smaller than
	// this in absolute value.
	Prune float32
	// Lexicon turns on the lexicon-class features.
	Lexicon bool
	// LexNames adds the learnt person-name words to the lexicon classes
	// (with Lexicon).
	LexNames bool
	// Clusters maps normalised words to word classes (see Clusters);
	// nil for no cluster features.
	Clusters map[string]string
	// EntDrop is the fraction of sentences whose prose entity labels
	// (Token.Ent) are hidden in training, so that the model learns to
	// type names from its other features too, not only to copy prose.
	EntDrop float64
}

// Train learns an averaged perceptron from sents.
func Train(sents []Sentence, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.MinCasing <= 0 {
		opts.MinCasing = 2
	}
	m := &Model{casing: buildCasing(sents, opts.CasingText, opts.MinCasing), index: map[uint32]int32{}, lexicon: opts.Lexicon, lexNames: opts.LexNames, clusters: opts.Clusters}
	for _, s := range sents {
		for _, t := range s.Tokens {
			m.entities = m.entities || t.Ent != ""
		}
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572746167))

	type instance struct {
		s    *sentence
		gold []int
	}
	var data []instance
	add := func(toks []Token, labels []string) {
		gold := make([]int, len(toks))
		prev := start
		for i := range gold {
			if i < len(labels) {
				gold[i] = labelIndex(labels[i])
				if labels[i] == "" {
					gold[i] = unknown
				}
			}
			if gold[i] != unknown && prev != unknown && !allowed(prev, gold[i]) { // repair a stray I-X to B-X
				gold[i]--
			}
			prev = gold[i]
		}
		data = append(data, instance{m.prepare(toks), gold})
	}
	for _, s := range sents {
		toks := s.Tokens
		if opts.EntDrop > 0 && rng.Float64() < opts.EntDrop {
			toks = make([]Token, len(s.Tokens))
			for i, t := range s.Tokens {
				toks[i] = Token{Text: t.Text, POS: t.POS}
			}
		}
		add(toks, s.Labels)
		if opts.UpperFrac > 0 && rng.Float64() < opts.UpperFrac {
			up := make([]Token, len(toks))
			for i, t := range toks {
				up[i] = Token{Text: strings.ToUpper(t.Text), POS: t.POS, Ent: t.Ent}
			}
			add(up, s.Labels)
		}
	}

	t := &trainer{m: m}
	for range opts.Epochs {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for _, in := range data {
			t.learn(in.s, in.gold)
		}
	}
	t.average(opts.Prune)
	return m
}

// unknown marks a token whose gold label is not known.
const unknown = -1

// trainer holds the running and summed weights of the perceptron.
type trainer struct {
	m     *Model
	w     []float64 // current weights, as m.weights but in float64
	total []float64 // sum of each weight over past updates
	stamp []int     // update count when each total was last brought up to date
	now   int
}

func (t *trainer) learn(s *sentence, gold []int) {
	var dyn []uint64
	var scores [nLabels]float32
	prev, prev2 := start, start
	for i := range s.info {
		dyn = dynamic(dyn[:0], &s.info[i], prev, prev2)
		t.m.score(&scores, s.feats[i], dyn)
		guess := best(&scores, prev)
		t.now++
		if guess != gold[i] && gold[i] != unknown {
			t.update(s.feats[i], gold[i], guess)
			t.update(dyn, gold[i], guess)
		}
		prev, prev2 = guess, prev
	}
}

func (t *trainer) update(feats []uint64, gold, guess int) {
	for _, f := range feats {
		k := key(f)
		row, ok := t.m.index[k]
		if !ok {
			row = int32(len(t.m.index))
			t.m.index[k] = row
			for range nLabels {
				t.w = append(t.w, 0)
				t.total = append(t.total, 0)
				t.stamp = append(t.stamp, t.now)
				t.m.weights = append(t.m.weights, 0)
			}
		}
		t.bump(int(row)*nLabels+gold, 1)
		t.bump(int(row)*nLabels+guess, -1)
	}
}

func (t *trainer) bump(i int, d float64) {
	t.total[i] += float64(t.now-t.stamp[i]) * t.w[i]
	t.stamp[i] = t.now
	t.w[i] += d
	t.m.weights[i] = float32(t.w[i])
}

// average replaces the weights by their averages and drops the rows whose
// weights are all below prune in absolute value.
func (t *trainer) average(prune float32) {
	m := t.m
	n := float64(max(t.now, 1))
	keep := map[uint32]int32{}
	var weights []float32
	// Rows are visited in creation order, so the result is deterministic.
	keys := make([]uint32, len(m.index))
	for k, row := range m.index {
		keys[row] = k
	}
	for row, k := range keys {
		var avg [nLabels]float32
		big := false
		for l := range avg {
			i := row*nLabels + l
			tot := t.total[i] + float64(t.now-t.stamp[i])*t.w[i]
			avg[l] = float32(tot / n)
			if math.Abs(float64(avg[l])) >= float64(prune) && avg[l] != 0 {
				big = true
			}
		}
		if big {
			keep[k] = int32(len(keep))
			weights = append(weights, avg[:]...)
		}
	}
	// Quantise now, so a model tags the same before and after WriteTo.
	quantise(weights)
	m.index, m.weights = keep, weights
	m.table = newKeyTable(keep)
}

// buildCasing counts how often each word is capitalised when it is not
// the first token of its sentence, in sentences that are not all upper
// case, leaving out the capitalised words of lines in title case that
// are not labelled part of a name, and classes the words seen at least
// minCount times.
func buildCasing(sents []Sentence, extra [][]string, minCount int) map[string]byte {
	var all [][]string
	var labels [][]string
	for _, s := range sents {
		toks := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			toks[i] = t.Text
		}
		all = append(all, toks)
		labels = append(labels, s.Labels)
	}
	all = append(all, extra...)
	counts := map[string]*caseCount{}
	for _, toks := range all {
		countCasing(counts, toks, nil, 1)
	}
	// A title-case line ("Fast Servers - Complete Privacy by
	// Design") capitalises ordinary words: the capitalised words
	// of such a line (see titleLine, judged on the counts of the whole
	// text) are taken back, but for those labelled part of a name.
	small := func(w string) bool { return lexicon.Default().Has(lexicon.TitleCaseSmallWords, w) }
	var titles []int
	for i, toks := range all {
		if titleLine(toks, counts, small) {
			titles = append(titles, i)
		}
	}
	for _, i := range titles {
		keep := make([]bool, len(all[i]))
		for k, t := range all[i] {
			_, fl := shapeOf(t)
			keep[k] = fl&flagCap == 0 || i < len(labels) && k < len(labels[i]) && inName(labels[i][k])
		}
		countCasing(counts, all[i], keep, -1)
	}
	out := map[string]byte{}
	for w, c := range counts {
		if c.n < minCount || c.n == 0 {
			continue
		}
		r := float64(c.caps) / float64(c.n)
		switch {
		case r < 0.1:
			out[w] = caseLower
		case r < 0.5:
			out[w] = caseMixed
		case r < 0.9:
			out[w] = caseMostly
		default:
			out[w] = caseUpper
		}
	}
	return out
}

// caseCount is how often a word is seen past the first token of a
// sentence, and how often capitalised there.
type caseCount struct{ n, caps int }

// countCasing adds sign times the casing of toks past the first token,
// but for those keep marks (nil: none), to counts, unless most of its
// cased words are in capitals.
func countCasing(counts map[string]*caseCount, toks []string, keep []bool, sign int) {
	cased, upper := 0, 0
	for _, t := range toks {
		_, fl := shapeOf(t)
		if fl&flagPunct == 0 && fl&flagDigit == 0 {
			cased++
			if fl&flagAllCaps != 0 {
				upper++
			}
		}
	}
	if cased >= 2 && upper*2 > cased {
		return
	}
	for i, t := range toks {
		if i == 0 || keep != nil && keep[i] {
			continue
		}
		_, fl := shapeOf(t)
		if fl&(flagPunct|flagDigit) != 0 {
			continue
		}
		k := normalise(t)
		c := counts[k]
		if c == nil {
			c = &caseCount{}
			counts[k] = c
		}
		c.n += sign
		if fl&flagCap != 0 {
			c.caps += sign
		}
	}
}

// titleLine reports a sentence in title case, as headlines and
// advertising lines are: three words or more, each capitalised or one
// that title case leaves in lower case (small), and most of its
// capitalised words past the first (acronyms aside), two at least,
// ordinary words, which the counts see in lower case one time in ten or
// more.
func titleLine(toks []string, counts map[string]*caseCount, small func(string) bool) bool {
	words, capital, ordinary := 0, 0, 0
	for i, t := range toks {
		_, fl := shapeOf(t)
		if fl&(flagPunct|flagDigit) != 0 {
			continue
		}
		words++
		switch {
		case fl&flagCap == 0:
			if !small(strings.ToLower(t)) {
				return false
			}
		case i == 0 || fl&flagAllCaps != 0:
		default:
			capital++
			if c := counts[normalise(t)]; c != nil && (c.n-c.caps)*10 >= c.n {
				ordinary++
			}
		}
	}
	return words >= 3 && ordinary >= 2 && ordinary*2 > capital
}

// Recase rebuilds m's casing lexicon from sents and extra as Train would
// (minCount as TrainOptions.MinCasing), keeping its weights: a quick way
// to try another casing lexicon without retraining.
func (m *Model) Recase(sents []Sentence, extra [][]string, minCount int) {
	if minCount <= 0 {
		minCount = 2
	}
	m.casing = buildCasing(sents, extra, minCount)
}

// inName reports an IOB2 label of a word in a name (B- or I-, of any
// type).
func inName(label string) bool {
	return len(label) > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-'
}
