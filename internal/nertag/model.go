// Package nertag is an averaged-perceptron named-entity tagger for English
// and Swedish. It labels tokens with IOB2 tags over PER, LOC and ORG,
// decoding greedily from left to right with the previous labels as
// features. Models are trained by Train (see internal/tools/trainner) and
// the trained English and Swedish models are embedded.
package nertag

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Token is one token of a sentence. POS is its Penn Treebank tag (as
// prose gives it) or "" when none is known, as for Swedish. Ent is prose's
// entity label of the token ("B-PERSON", "I-GPE", "O") or "" when prose's
// entity classifier did not run: an English model trained with those
// labels takes them as features, so prose's decision is one of its
// inputs.
type Token struct {
	Text, POS, Ent string
}

// Labels, in the order of a weight row. start marks the position before
// the sentence in previous-label features.
const (
	lO = iota
	lBPER
	lIPER
	lBLOC
	lILOC
	lBORG
	lIORG
	nLabels
	start = nLabels
)

var labelNames = [nLabels + 1]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "<s>"}

func labelIndex(s string) int {
	for i, n := range labelNames[:nLabels] {
		if n == s {
			return i
		}
	}
	return lO
}

// allowed reports whether label l may follow label prev in IOB2: an I-X
// only continues a B-X or an I-X.
func allowed(prev, l int) bool {
	if l == lIPER || l == lILOC || l == lIORG {
		return prev == l || prev == l-1
	}
	return true
}

// Model is a trained tagger. It is read-only once built or loaded, so one
// Model may be used by many goroutines at once.
type Model struct {
	// casing maps a normalised word to its casing class.
	casing map[string]byte
	// index maps a feature key (see key) to its row of weights while
	// training (nil once read: table holds it); table holds the same for
	// tagging once the model is trained or read (nil while training).
	index map[uint32]int32
	table *keyTable
	// weights holds nLabels weights per feature row.
	weights []float32
	// entities is true for a model trained with prose's entity labels
	// (Token.Ent); other models ignore them, so they tag as before.
	entities bool
	// lexicon turns on the lexicon-class features (lexClasses).
	lexicon bool
	// lexNames adds the learnt person-name words (lexNameWord) to the
	// lexicon classes.
	lexNames bool
	// clusters maps a normalised word to its distributional word class
	// (nil: no cluster features).
	clusters map[string]string
}

// Ordinary reports whether the casing lexicon knows word as an ordinary
// word: capitalised under half of the times it is seen mid-sentence
// ("Red", "National"; not "Theresa").
func (m *Model) Ordinary(word string) bool {
	c := m.casing[normalise(word)]
	return c == caseLower || c == caseMixed
}

// Features reports how many features have weights.
func (m *Model) Features() int {
	if m.index == nil && m.table != nil {
		return m.table.n
	}
	return len(m.index)
}

// rows returns the model's feature keys and their rows.
func (m *Model) rows() map[uint32]int32 {
	if m.index == nil && m.table != nil {
		return m.table.index()
	}
	return m.index
}

// Tag returns one IOB2 label per token ("O", "B-PER", "I-ORG", ...).
// The labels always form valid IOB2: an I-X follows a B-X or an I-X.
func (m *Model) Tag(toks []Token) []string {
	out := make([]string, len(toks))
	for i, l := range m.tag(m.prepare(toks)) {
		out[i] = labelNames[l]
	}
	return out
}

// tag decodes greedily and returns label indices.
func (m *Model) tag(s *sentence) []int {
	labels := make([]int, len(s.info))
	var dyn []uint64
	var scores [nLabels]float32
	prev, prev2 := start, start
	for i := range s.info {
		dyn = dynamic(dyn[:0], &s.info[i], prev, prev2)
		m.score(&scores, s.feats[i], dyn)
		l := best(&scores, prev)
		labels[i] = l
		prev, prev2 = l, prev
	}
	return labels
}

func (m *Model) score(scores *[nLabels]float32, feats ...[]uint64) {
	*scores = [nLabels]float32{}
	for _, fs := range feats {
		for _, f := range fs {
			var row int32
			var ok bool
			if m.table != nil {
				row, ok = m.table.row(key(f))
			} else {
				row, ok = m.index[key(f)]
			}
			if !ok {
				continue
			}
			w := m.weights[int(row)*nLabels : int(row)*nLabels+nLabels]
			for l := range scores {
				scores[l] += w[l]
			}
		}
	}
}

// best returns the highest-scoring label that may follow prev (ties go to
// the lower index, so O wins a tie).
func best(scores *[nLabels]float32, prev int) int {
	b, bs := lO, float32(math.Inf(-1))
	for l, s := range scores {
		if s > bs && allowed(prev, l) {
			b, bs = l, s
		}
	}
	return b
}

// key folds a 64-bit feature hash to the 32 bits a model stores. With a
// few hundred thousand features, collisions are rare enough not to matter.
func key(h uint64) uint32 { return uint32(h ^ h>>32) }

// file is the serialised form of a Model.
type file struct {
	Version int
	// Casing holds, for each casing class, its words sorted.
	Casing [][]string
	// KeyDeltas are the sorted feature keys, each as the difference from
	// the one before (small numbers, which gob and gzip store compactly).
	KeyDeltas []uint32
	// Scale times a quantised weight gives the weight; Weights holds the
	// quantised rows of the features in key order.
	Scale   float32
	Weights []int16
	// Entities is true when the model uses prose's entity labels.
	Entities bool
	// Lexicon is true when the model uses lexicon-class features.
	Lexicon bool
	// LexNames is true when the lexicon classes include the learnt
	// person-name words (absent, so false, in older files).
	LexNames bool
	// Clusters holds, for each word class, its words sorted; the class
	// names are the indexes.
	Clusters [][]string
	// DocFeats, Wide and Clusters2 marked feature sets tried in session
	// 11 and since removed (document features, wider context, a second
	// set of word classes): Read refuses a file that sets one, whose
	// features this code would not compute. WriteTo leaves them unset;
	// they stay in the struct so that the bytes it writes are unchanged.
	DocFeats  bool
	Wide      bool
	Clusters2 [][]string
}

const fileVersion = 2

// quantise rounds every weight to a multiple of scale, the step that maps
// the largest weight to the int16 range, and returns scale.
func quantise(ws []float32) float32 {
	var top float32
	for _, w := range ws {
		top = max(top, w, -w)
	}
	if top == 0 {
		return 1
	}
	scale := top / math.MaxInt16
	for i, w := range ws {
		ws[i] = float32(int16(math.Round(float64(w/scale)))) * scale
	}
	return scale
}

// WriteTo writes the model gzip-compressed. The same model always gives
// the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	f := file{Version: fileVersion, Casing: make([][]string, len(caseNames)), Entities: m.entities, Lexicon: m.lexicon, LexNames: m.lexNames, Clusters: clusterLists(m.clusters)}
	for word, c := range m.casing {
		f.Casing[c] = append(f.Casing[c], word)
	}
	for _, ws := range f.Casing {
		slices.Sort(ws)
	}
	index := m.rows()
	keys := make([]uint32, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var top float32
	for _, w := range m.weights {
		top = max(top, w, -w)
	}
	f.Scale = max(top/math.MaxInt16, math.SmallestNonzeroFloat32)
	f.KeyDeltas = make([]uint32, len(keys))
	f.Weights = make([]int16, 0, len(keys)*nLabels)
	var last uint32
	for i, k := range keys {
		f.KeyDeltas[i], last = k-last, k
		row := int(index[k])
		for _, w := range m.weights[row*nLabels : row*nLabels+nLabels] {
			f.Weights = append(f.Weights, int16(math.Round(float64(w/f.Scale))))
		}
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("nertag: write model: %w", err)
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return cw.n, fmt.Errorf("nertag: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("nertag: write model: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nertag: read model: %w", err)
	}
	defer zr.Close()
	var f file
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("nertag: read model: %w", err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("nertag: read model: version %d, want %d", f.Version, fileVersion)
	}
	if len(f.Weights) != len(f.KeyDeltas)*nLabels || len(f.Casing) > len(caseNames) {
		return nil, fmt.Errorf("nertag: read model: %d weights for %d features", len(f.Weights), len(f.KeyDeltas))
	}
	if f.DocFeats || f.Wide || len(f.Clusters2) > 0 {
		return nil, fmt.Errorf("nertag: read model: it uses document, wide-context or second word-class features, which this code no longer computes: retrain it")
	}
	m := &Model{casing: map[string]byte{}, weights: make([]float32, len(f.Weights))}
	index := make(map[uint32]int32, len(f.KeyDeltas))
	for i, q := range f.Weights {
		m.weights[i] = float32(q) * f.Scale
	}
	for c, ws := range f.Casing {
		for _, w := range ws {
			m.casing[w] = byte(c)
		}
	}
	m.entities, m.lexicon, m.lexNames, m.clusters = f.Entities, f.Lexicon, f.LexNames, clusterMap(f.Clusters)
	var k uint32
	for i, d := range f.KeyDeltas {
		k += d
		index[k] = int32(i)
	}
	m.table = newKeyTable(index)
	return m, nil
}

// String describes the model's size.
func (m *Model) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "nertag model: %d features, %d casing words, %d clustered words, entity labels %v, lexicon %v, learnt names %v", m.Features(), len(m.casing), len(m.clusters), m.entities, m.lexicon, m.lexNames)
	return b.String()
}

// Casing reports what the casing lexicon knows of word: known is false
// when the word was seen too rarely; capitalised is true when it is
// capitalised at least half of the times it is seen mid-sentence.
func (m *Model) Casing(word string) (capitalised, known bool) {
	c, ok := m.casing[normalise(word)]
	return c == caseMostly || c == caseUpper, ok
}

// NameLike reports whether the casing lexicon knows word as capitalised
// nine times in ten or more mid-sentence, as names are ("Jason"; not
// "Air", which opens names but is a word too).
func (m *Model) NameLike(word string) bool { return m.casing[normalise(word)] == caseUpper }
