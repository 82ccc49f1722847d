package stance

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jonreiter/govader"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// ToneModelPath is where the trained target-tone model lives, relative to
// this package.
const ToneModelPath = "model/tone.json.gz"

// ToneFeatureVersion changes whenever toneFeatures changes; a model of
// another version is refused.
const ToneFeatureVersion = 2

// Tone classes of the target-tone model, in its class order.
var ToneLabels = []string{"negative", "neutral", "positive"}

// ToneFile is the JSON form of a trained target-tone model: a 3-class
// logistic regression (negative, neutral, positive) over the features of
// toneFeatures, and the threshold that turns a tone into a label.
type ToneFile struct {
	FeatureVersion int      `json:"feature_version"`
	Vocab          []string `json:"vocab"`
	Linear         Linear   `json:"linear"`
	// Threshold: a tone (P(positive) - P(negative), averaged) above it is
	// positive, below its negative negative, neutral between (chosen on
	// NewsMTSC's dev splits).
	Threshold float64           `json:"threshold"`
	Info      map[string]string `json:"info"`
}

// ToneModel is a loaded target-tone model; read-only and safe for
// concurrent use.
type ToneModel struct {
	f     ToneFile
	vocab map[string]int
	sia   *govader.SentimentIntensityAnalyzer
}

var (
	toneOnce  sync.Once
	toneModel *ToneModel
	toneErr   error
)

// LoadTone returns the embedded target-tone model (parsed once, shared).
func LoadTone() (*ToneModel, error) {
	toneOnce.Do(func() {
		b, err := modelFS.ReadFile(ToneModelPath)
		if err != nil {
			toneErr = fmt.Errorf("stance: no embedded tone model (run make train-framing): %w", err)
			return
		}
		toneModel, toneErr = ParseTone(b)
	})
	return toneModel, toneErr
}

// ParseTone reads a target-tone model from its gzipped JSON form.
func ParseTone(b []byte) (*ToneModel, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("tone model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("tone model: %w", err)
	}
	var f ToneFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("tone model: %w", err)
	}
	return newToneModel(f)
}

func newToneModel(f ToneFile) (*ToneModel, error) {
	if f.FeatureVersion != ToneFeatureVersion {
		return nil, errors.New("tone model: feature version mismatch (retrain with make train-framing)")
	}
	if f.Linear.Classes != 3 || f.Linear.Dim != len(f.Vocab) || len(f.Linear.W) != 3*len(f.Vocab) {
		return nil, errors.New("tone model: dimensions do not match its vocabulary")
	}
	return &ToneModel{f: f, vocab: index(f.Vocab), sia: govader.NewSentimentIntensityAnalyzer()}, nil
}

// Encode returns the model's gzipped JSON form (deterministic bytes).
func (tm *ToneModel) Encode() ([]byte, error) {
	raw, err := json.Marshal(tm.f)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Threshold is the tone beyond which a target's tone is labelled.
func (tm *ToneModel) Threshold() float64 { return tm.f.Threshold }

// SetThreshold sets the labelling threshold (chosen on dev data).
func (tm *ToneModel) SetThreshold(t float64) { tm.f.Threshold = t }

// SetInfo records how the model was trained.
func (tm *ToneModel) SetInfo(info map[string]string) { tm.f.Info = info }

// Label names a tone: positive above the threshold, negative below its
// negative, neutral otherwise.
func (tm *ToneModel) Label(tone float64) string {
	switch {
	case tone > tm.f.Threshold:
		return "positive"
	case tone < -tm.f.Threshold:
		return "negative"
	}
	return "neutral"
}

// ToneInput is one sentence and the target whose tone is wanted. Spans
// are byte offsets into Text; Sentence bounds the sentence.
type ToneInput struct {
	Text     string
	Sentence span.Span
	Target   []span.Span // the target's mentions in the sentence
	Names    []span.Span // every other name mention (masked, never scored)
}

// ToneWord is a word of the sentence that moved the tone, with its
// weight toward positive (> 0) or negative (< 0).
type ToneWord struct {
	Start, End int
	Weight     float64
}

// feature is one active feature and, for word features, the token it
// came from (-1 otherwise).
type feature struct {
	name string
	tok  int
}

// toneFeatures lists the features of one target in one sentence. Words
// inside any name (the target's or another entity's), and capitalised
// words inside the sentence (names and titles), are never features: they
// become placeholders, so "Earnest" (Josh Earnest) carries no sentiment.
func toneFeatures(in ToneInput, toks []token, sia *govader.SentimentIntensityAnalyzer) []feature {
	var fs []feature
	add := func(name string, tok int) { fs = append(fs, feature{name, tok}) }
	words := make([]string, len(toks))
	isTarget := make([]bool, len(toks))
	target, names := newSpanSet(in.Target), newSpanSet(in.Names)
	for i, t := range toks {
		switch {
		case target.overlaps(t.start, t.end):
			words[i] = "<T>"
			isTarget[i] = true
		case names.overlaps(t.start, t.end) || nameLike(in.Text, toks, i):
			words[i] = "<E>"
		default:
			words[i] = t.lower
		}
	}
	// Distance of each token to the nearest target token.
	dist := make([]int, len(toks))
	last := -1 << 20
	for i := range toks {
		if isTarget[i] {
			last = i
		}
		dist[i] = i - last
	}
	last = 1 << 20
	for i := len(toks) - 1; i >= 0; i-- {
		if isTarget[i] {
			last = i
		}
		dist[i] = min(dist[i], last-i)
	}
	quoted := quotedMask(in.Text[in.Sentence.Start:in.Sentence.End])
	targetQuoted := false
	for i, t := range toks {
		if isTarget[i] && t.start-in.Sentence.Start < len(quoted) && quoted[t.start-in.Sentence.Start] {
			targetQuoted = true
		}
	}
	for i, w := range words {
		if w == "<T>" || w == "<E>" {
			continue
		}
		add("w:"+w, i)
		add("s:"+toks[i].stem, i)
		if dist[i] <= 3 {
			add("n:"+w, i)
			side := "r:"
			if i < len(toks)-1 && nearestTargetAfter(isTarget, i) {
				side = "l:"
			}
			add(side+toks[i].stem, i)
		}
		q := t2q(quoted, toks[i].start-in.Sentence.Start)
		if q {
			add("q:"+w, i)
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "<T>" && words[i+1] == "<T>" {
			continue
		}
		add("b:"+words[i]+" "+words[i+1], -1)
	}
	if targetQuoted {
		add("target-quoted", -1)
	}
	// VADER on the sentence with every name blanked.
	sent := []byte(in.Text[in.Sentence.Start:in.Sentence.End])
	win := make([]byte, 0, len(sent))
	for i, t := range toks {
		if words[i] == "<T>" || words[i] == "<E>" {
			for k := t.start; k < t.end; k++ {
				sent[k-in.Sentence.Start] = ' '
			}
			continue
		}
		if dist[i] <= 5 {
			win = append(append(win, in.Text[t.start:t.end]...), ' ')
		}
	}
	vs := sia.PolarityScores(string(sent))
	vw := sia.PolarityScores(string(win))
	add("vs:"+bin5(vs.Compound), -1)
	add("vw:"+bin5(vw.Compound), -1)
	add("bias", -1)
	return fs
}

// nearestTargetAfter reports whether a target token follows token i
// within three tokens (i is to the target's left).
func nearestTargetAfter(isTarget []bool, i int) bool {
	for k := i + 1; k < len(isTarget) && k <= i+3; k++ {
		if isTarget[k] {
			return true
		}
	}
	return false
}

func t2q(quoted []bool, off int) bool { return off >= 0 && off < len(quoted) && quoted[off] }

// bin5 buckets a compound score in [-1, 1].
func bin5(x float64) string {
	switch {
	case x <= -0.5:
		return "--"
	case x < -0.05:
		return "-"
	case x <= 0.05:
		return "0"
	case x < 0.5:
		return "+"
	}
	return "++"
}

// nameLike reports a capitalised word that does not open its sentence (or
// a quotation): a name or title, never a sentiment word.
func nameLike(text string, toks []token, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[toks[i].start:])
	if !unicode.IsUpper(r) || toks[i].end-toks[i].start < 2 {
		return false
	}
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	// After an opening quote or a colon, a capital opens a sentence.
	gap := text[toks[i-1].end:toks[i].start]
	for _, c := range gap {
		if c == '"' || c == '“' || c == ':' || c == '‘' {
			return false
		}
	}
	return true
}

// spanSet answers whether a range overlaps any of a set of spans in
// logarithmic time: the spans sorted by start, with the largest end up to
// each (a sentence run together without stops holds thousands of tokens
// and names; a scan of every name per token made the tone model
// quadratic in it).
type spanSet struct {
	starts, maxEnds []int
}

func newSpanSet(ms []span.Span) spanSet {
	sorted := append([]span.Span(nil), ms...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	s := spanSet{starts: make([]int, len(sorted)), maxEnds: make([]int, len(sorted))}
	for i, m := range sorted {
		s.starts[i], s.maxEnds[i] = m.Start, m.End
		if i > 0 {
			s.maxEnds[i] = max(m.End, s.maxEnds[i-1])
		}
	}
	return s
}

// overlaps reports a span with Start < end and start < End.
func (s spanSet) overlaps(start, end int) bool {
	j := sort.SearchInts(s.starts, end) // the spans before j start before end
	return j > 0 && s.maxEnds[j-1] > start
}

// sentenceTokens tokenises the sentence of in.
func sentenceTokens(in ToneInput) []token {
	toks := tokenize(in.Text[in.Sentence.Start:in.Sentence.End])
	for i := range toks {
		toks[i].start += in.Sentence.Start
		toks[i].end += in.Sentence.Start
		toks[i].sent = 0
	}
	return toks
}

// vectorOf turns features into the model's sparse input (unknown
// features dropped; each word feature keeps its token).
func (tm *ToneModel) vectorOf(fs []feature) (sparse, []int) {
	var x sparse
	var tokOf []int
	seen := map[int]bool{}
	for _, f := range fs {
		k, ok := tm.vocab[f.name]
		if !ok || seen[k] {
			continue
		}
		seen[k] = true
		x.idx = append(x.idx, k)
		x.val = append(x.val, 1)
		tokOf = append(tokOf, f.tok)
	}
	return x, tokOf
}

// Probabilities returns P(negative), P(neutral), P(positive) of the
// target's tone in the sentence, and the words that moved it most
// (strongest first, at most five; ties by position).
func (tm *ToneModel) Probabilities(in ToneInput) ([3]float64, []ToneWord) {
	toks := sentenceTokens(in)
	x, tokOf := tm.vectorOf(toneFeatures(in, toks, tm.sia))
	s := tm.f.Linear.scores(x, make([]float64, 0, 3))
	softmax(s)
	p := [3]float64{s[0], s[1], s[2]}
	// A word's push: its positive minus its negative weight, summed over
	// its features.
	push := map[int]float64{}
	d := tm.f.Linear.Dim
	for j, k := range x.idx {
		if t := tokOf[j]; t >= 0 {
			push[t] += tm.f.Linear.W[2*d+k] - tm.f.Linear.W[k]
		}
	}
	dir := p[2] - p[0]
	var out []ToneWord
	for t, w := range push {
		if math.Abs(dir) <= tm.f.Threshold || w*dir <= 0 || math.Abs(w) < 0.5 {
			continue // only a labelled sentence's words pushing its way
		}
		if isStopword(toks[t].lower) || len(toks[t].lower) < 3 {
			continue // function words are no evidence a reader can weigh
		}
		out = append(out, ToneWord{Start: toks[t].start, End: toks[t].end, Weight: round3(w)})
	}
	sort.Slice(out, func(a, b int) bool {
		if math.Abs(out[a].Weight) != math.Abs(out[b].Weight) {
			return math.Abs(out[a].Weight) > math.Abs(out[b].Weight)
		}
		return out[a].Start < out[b].Start
	})
	if len(out) > 5 {
		out = out[:5]
	}
	return p, out
}

// ToneExample is a labelled training or evaluation item.
type ToneExample struct {
	In    ToneInput
	Label int // index into ToneLabels
}

// ToneTrainOptions are the hyper-parameters of TrainTone.
type ToneTrainOptions struct {
	MinCount int // features seen fewer times are dropped
	Epochs   int
	Rate     float64
	L2       float64
	Seed     uint64
}

// DefaultToneTrainOptions are the options chosen on NewsMTSC's dev splits.
func DefaultToneTrainOptions() ToneTrainOptions {
	return ToneTrainOptions{MinCount: 2, Epochs: 10, Rate: 0.05, L2: 1e-4, Seed: 1}
}

// TrainTone fits a target-tone model on examples (deterministic).
func TrainTone(examples []ToneExample, opts ToneTrainOptions) *ToneModel {
	sia := govader.NewSentimentIntensityAnalyzer()
	feats := make([][]feature, len(examples))
	parallel(len(examples), func(i int) {
		in := examples[i].In
		feats[i] = toneFeatures(in, sentenceTokens(in), sia)
	})
	count := map[string]int{}
	for _, fs := range feats {
		seen := map[string]bool{}
		for _, f := range fs {
			if !seen[f.name] {
				seen[f.name] = true
				count[f.name]++
			}
		}
	}
	var vocab []string
	for k, c := range count {
		if c >= opts.MinCount {
			vocab = append(vocab, k)
		}
	}
	sort.Strings(vocab)
	tm := &ToneModel{f: ToneFile{FeatureVersion: ToneFeatureVersion, Vocab: vocab, Threshold: 0.2}, vocab: index(vocab), sia: sia}
	xs := make([]sparse, len(examples))
	ys := make([]int, len(examples))
	for i, fs := range feats {
		xs[i], _ = tm.vectorOf(fs)
		ys[i] = examples[i].Label
	}
	to := TrainOptions{Epochs: opts.Epochs, Rate: opts.Rate, L2: opts.L2, Seed: opts.Seed}
	tm.f.Linear = fitLinear(xs, ys, []float64{1, 1, 1}, 3, len(vocab), to)
	return tm
}

// ToneInfo returns the model's training record (sorted keys in JSON).
func (tm *ToneModel) ToneInfo() map[string]string { return tm.f.Info }
