// Package stance classifies where a text stands on a claim, as in the Fake
// News Challenge (FNC-1): agree, disagree, discuss or unrelated, and how an
// article frames the people in it (Frame).
//
// The stance model is trained offline on FNC-1's training pairs
// (internal/tools/trainstance) and embedded as model/stance.json.gz: a
// logistic regression separates related from unrelated pairs on overlap
// features (TF-IDF cosines, shared words, bigrams, numbers and names);
// then, on related pairs, a network with one hidden layer (or, in older
// model files, a second logistic regression) chooses agree, disagree or
// discuss from cue words (refuting, hedging, asserting, negation; English
// and Swedish) near the claim's words and in the sentences closest to it,
// claim words under negation, polarity, and bag-of-words of claim and
// body. Every feature is computed from the two texts alone, so Classify is
// safe for concurrent use.
package stance

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/jonreiter/govader"
)

// Labels, in the order of the model's outputs.
const (
	Agree     = "agree"
	Disagree  = "disagree"
	Discuss   = "discuss"
	Unrelated = "unrelated"
)

// Labels lists the four FNC-1 labels in the official order.
var Labels = []string{Agree, Disagree, Discuss, Unrelated}

// ModelPath is where the trained model lives, relative to this package.
const ModelPath = "model/stance.json.gz"

//go:embed model
var modelFS embed.FS

// Linear is a (multinomial) logistic regression: scores = W x + B, with W
// stored row-major, one row of Dim weights per class.
type Linear struct {
	Classes int       `json:"classes"`
	Dim     int       `json:"dim"`
	W       []float64 `json:"w"`
	B       []float64 `json:"b"`
}

// File is the JSON form of a trained model.
type File struct {
	FeatureVersion int                `json:"feature_version"`
	Dense          []string           `json:"dense"`
	Mean           []float64          `json:"mean"`
	Scale          []float64          `json:"scale"`
	Bins           [][]float64        `json:"bins"` // per dense feature, ascending thresholds
	IDF            map[string]float64 `json:"idf"`
	DefaultIDF     float64            `json:"default_idf"`
	HeadVocab      []string           `json:"head_vocab"`
	BodyVocab      []string           `json:"body_vocab"`
	// Related is binary: class 0 unrelated, class 1 related (dense and
	// binned features only).
	Related Linear `json:"related"`
	// Stance is 3-way over related pairs: agree, disagree, discuss.
	Stance Linear `json:"stance"`
	// StanceMLP, when present, replaces Stance: the same three classes
	// from a network with one hidden layer.
	StanceMLP *MLP `json:"stance_mlp,omitempty"`
	// Threshold on P(related) above which a pair is related.
	Threshold float64 `json:"threshold"`
	// Bias is added to the stance scores before the arg max (tuned on
	// held-out training pairs).
	Bias []float64 `json:"bias"`
	// DisagreeNeedsCue, when set, lets a pair be labelled disagree only if
	// the body holds a refuting cue word (deny, false, hoax, ...); a body
	// without one gets the better of agree and discuss. A contradiction is
	// then always backed by words a reader can be shown (Evidence), and a
	// body that merely quotes critics or negates in passing is not read as
	// a denial.
	DisagreeNeedsCue bool `json:"disagree_needs_cue,omitempty"`
	// Info records how the model was trained.
	Info map[string]string `json:"info"`
}

// Model is a loaded stance model.
type Model struct {
	f    File
	feat *featurizer
	nBin int // bins per dense feature (len(thresholds)+1), max over features
	off  layout
}

// layout gives the offsets of each block of the feature vector.
type layout struct {
	bins, head, body, dim int
	binOff                []int
}

var (
	vaderOnce sync.Once
	vaderLex  map[string]float64
)

// valences is VADER's lexicon (word -> valence, about -4..4).
func valences() map[string]float64 {
	vaderOnce.Do(func() {
		vaderLex = govader.NewSentimentIntensityAnalyzer().Lexicon
	})
	return vaderLex
}

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model (parsed once; the result is shared and
// read-only).
func Load() (*Model, error) {
	loadOnce.Do(func() {
		b, err := modelFS.ReadFile(ModelPath)
		if err != nil {
			loadErr = fmt.Errorf("stance: no embedded model (run make train-stance): %w", err)
			return
		}
		loadModel, loadErr = Parse(b)
	})
	return loadModel, loadErr
}

// Parse reads a model from its gzipped JSON form.
func Parse(b []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	return newModel(f)
}

func newModel(f File) (*Model, error) {
	if f.FeatureVersion != FeatureVersion || len(f.Dense) != nDense {
		return nil, errors.New("stance model: feature version mismatch (retrain with make train-stance)")
	}
	m := &Model{f: f}
	m.feat = &featurizer{idf: f.IDF, defaultIDF: f.DefaultIDF,
		headVocab: index(f.HeadVocab), bodyVocab: index(f.BodyVocab)}
	m.off = makeLayout(f.Bins, len(f.HeadVocab), len(f.BodyVocab))
	if f.Related.Dim != m.off.head || f.Stance.Dim != m.off.dim || len(f.Bias) != 3 ||
		f.StanceMLP != nil && (f.StanceMLP.Dim != m.off.dim || f.StanceMLP.Hidden > 64 || len(f.StanceMLP.W1) != f.StanceMLP.Dim*f.StanceMLP.Hidden) {
		return nil, errors.New("stance model: dimensions do not match its vocabulary")
	}
	return m, nil
}

func index(words []string) map[string]int {
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w] = i
	}
	return m
}

func makeLayout(bins [][]float64, nHead, nBody int) layout {
	l := layout{bins: nDense}
	o := nDense
	for _, b := range bins {
		l.binOff = append(l.binOff, o)
		o += len(b) + 1
	}
	l.head = o
	l.body = o + nHead
	l.dim = l.body + nBody
	return l
}

// sparse is a feature vector as parallel index and value slices.
type sparse struct {
	idx []int
	val []float64
	// refuted is whether the body holds a refuting cue (see
	// File.DisagreeNeedsCue).
	refuted bool
}

// vector builds the model's input from a pair's features.
func vector(pf pairFeatures, mean, scale []float64, bins [][]float64, l layout) sparse {
	var v sparse
	v.refuted = pf.refuted
	v.idx = make([]int, 0, 2*nDense+len(pf.head)+len(pf.body))
	v.val = make([]float64, 0, cap(v.idx))
	for i, x := range pf.dense {
		z := (x - mean[i]) / scale[i]
		z = math.Max(-5, math.Min(5, z))
		v.idx = append(v.idx, i)
		v.val = append(v.val, z)
	}
	for i, x := range pf.dense {
		b := 0
		for b < len(bins[i]) && x > bins[i][b] {
			b++
		}
		v.idx = append(v.idx, l.binOff[i]+b)
		v.val = append(v.val, 1)
	}
	for _, k := range pf.head {
		v.idx = append(v.idx, l.head+k)
		v.val = append(v.val, 1/math.Sqrt(float64(len(pf.head))))
	}
	for i, k := range pf.body {
		v.idx = append(v.idx, l.body+k)
		v.val = append(v.val, pf.bodyV[i])
	}
	return v
}

// scores returns W x + B for the features of x below lin.Dim.
func (lin *Linear) scores(x sparse, out []float64) []float64 {
	out = out[:0]
	for c := 0; c < lin.Classes; c++ {
		s := lin.B[c]
		row := lin.W[c*lin.Dim : (c+1)*lin.Dim]
		for i, k := range x.idx {
			if k < lin.Dim {
				s += row[k] * x.val[i]
			}
		}
		out = append(out, s)
	}
	return out
}

func softmax(s []float64) {
	mx := math.Inf(-1)
	for _, v := range s {
		mx = math.Max(mx, v)
	}
	sum := 0.0
	for i, v := range s {
		s[i] = math.Exp(v - mx)
		sum += s[i]
	}
	for i := range s {
		s[i] /= sum
	}
}

// Probabilities returns P(agree), P(disagree), P(discuss), P(unrelated)
// for a pair.
func (m *Model) Probabilities(claim, body string) [4]float64 {
	x := vector(m.feat.extract(claim, body), m.f.Mean, m.f.Scale, m.f.Bins, m.off)
	return m.probs(x)
}

func (m *Model) probs(x sparse) [4]float64 {
	var buf [3]float64
	r := m.f.Related.scores(x, buf[:0])
	softmax(r)
	pRel := r[1]
	s := m.stanceScores(x, buf[:0])
	softmax(s)
	return [4]float64{pRel * s[0], pRel * s[1], pRel * s[2], 1 - pRel}
}

// decide picks the label from a pair's vector.
func (m *Model) decide(x sparse) (string, float64) {
	var buf [3]float64
	r := m.f.Related.scores(x, buf[:0])
	softmax(r)
	pRel := r[1]
	if pRel < m.f.Threshold {
		return Unrelated, 1 - pRel
	}
	s := m.stanceScores(x, buf[:0])
	best := argmaxStance(s, m.f.Bias, m.f.DisagreeNeedsCue && !x.refuted)
	softmax(s)
	return Labels[best], pRel * s[best]
}

// stanceScores returns the agree, disagree and discuss scores of x.
func (m *Model) stanceScores(x sparse, out []float64) []float64 {
	if m.f.StanceMLP != nil {
		return m.f.StanceMLP.scores(x, out)
	}
	return m.f.Stance.scores(x, out)
}

// argmaxStance picks the stance class (0 agree, 1 disagree, 2 discuss)
// with the highest biased score; noDisagree rules disagree out.
func argmaxStance(s, bias []float64, noDisagree bool) int {
	best := 0
	for c := range s {
		if c == 1 && noDisagree {
			continue
		}
		if s[c]+bias[c] > s[best]+bias[best] {
			best = c
		}
	}
	return best
}

// Classify returns the stance of body toward claim (one of Labels) and
// the model's probability for that label. It is safe for concurrent use.
func (m *Model) Classify(claim, body string) (label string, score float64) {
	x := vector(m.feat.extract(claim, body), m.f.Mean, m.f.Scale, m.f.Bins, m.off)
	return m.decide(x)
}

// Info returns how the model was trained (data, sizes, held-out scores).
func (m *Model) Info() map[string]string { return m.f.Info }

// ClassifyLang is Classify for a body in language lang (ISO 639-1) and an
// English claim. English bodies go to the trained model. For any other
// language the model, trained on English, is trusted only for
// relatedness (which rests on shared names, figures and words), and the
// label comes from the body's own cue words in its first three sentences,
// read with the cue lists of both languages: refuting cues that outnumber
// hedges give disagree, hedges and predictions ("ser ut att", "tyder på",
// "väntas") that outnumber assertions give discuss, otherwise agree. The
// score is then the probability of being related.
func (m *Model) ClassifyLang(claim, body, lang string) (label string, score float64) {
	if lang == "en" || lang == "" {
		return m.Classify(claim, body)
	}
	pf := m.feat.extract(claim, body)
	x := vector(pf, m.f.Mean, m.f.Scale, m.f.Bins, m.off)
	var buf [3]float64
	r := m.f.Related.scores(x, buf[:0])
	softmax(r)
	if r[1] < m.f.Threshold {
		return Unrelated, r[0]
	}
	lead := func(g int) float64 { return pf.dense[15+6*g+3] } // log1p(count in lead)
	switch {
	case lead(cueRefute) > 0 && lead(cueRefute) > lead(cueHedge):
		return Disagree, r[1]
	case lead(cueHedge) > lead(cueAssert):
		return Discuss, r[1]
	}
	return Agree, r[1]
}
