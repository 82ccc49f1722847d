package stance

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"
)

// Pair is one labelled (claim, body) pair.
type Pair struct {
	Claim, Body, Label string
}

// TrainOptions are the hyper-parameters of Train.
type TrainOptions struct {
	HeadVocab, BodyVocab int     // bag-of-words sizes (most frequent stems)
	Bins                 int     // quantile bins per dense feature
	Epochs               int     // passes of AdaGrad
	Rate                 float64 // AdaGrad learning rate
	L2                   float64 // L2 penalty per update
	ClassWeight          [3]float64
	Seed                 uint64
	// Hidden, when above 0, adds a stance network with that many hidden
	// units (at most 64), trained for HiddenEpochs at HiddenRate.
	Hidden       int
	HiddenEpochs int
	HiddenRate   float64
}

// DefaultTrainOptions are the options chosen on held-out training pairs.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{HeadVocab: 2000, BodyVocab: 5000, Bins: 10, Epochs: 12, Rate: 0.05,
		L2: 1e-5, ClassWeight: [3]float64{1, 2, 1}, Seed: 1, Hidden: 32, HiddenEpochs: 10, HiddenRate: 0.02}
}

func labelIndex(l string) int {
	for i, x := range Labels {
		if x == l {
			return i
		}
	}
	return -1
}

// Trainer holds the featurised training set so that several models
// (hyper-parameters) can be fitted on it.
type Trainer struct {
	f    File
	off  layout
	feat *featurizer
	xs   []sparse
	ys   []int
}

// NewTrainer computes IDF, vocabularies, scaling and bins from the
// training pairs and featurises them (in parallel, deterministically).
func NewTrainer(train []Pair, opts TrainOptions) *Trainer {
	// Documents: distinct bodies and distinct claims, in input order.
	var docs []string
	seen := map[string]bool{}
	var bodies, claims []string
	for _, p := range train {
		if !seen["b\x00"+p.Body] {
			seen["b\x00"+p.Body] = true
			docs = append(docs, p.Body)
			bodies = append(bodies, p.Body)
		}
		if !seen["c\x00"+p.Claim] {
			seen["c\x00"+p.Claim] = true
			docs = append(docs, p.Claim)
			claims = append(claims, p.Claim)
		}
	}
	df := docFreq(docs)
	n := float64(len(docs))
	idf := map[string]float64{}
	for s, c := range df {
		if c >= 2 {
			idf[s] = round6(math.Log((n+1)/float64(c+1)) + 1)
		}
	}
	f := File{FeatureVersion: FeatureVersion, Dense: denseNames, IDF: idf,
		DefaultIDF: round6(math.Log((n+1)/2) + 1)}
	f.HeadVocab = topStems(docFreq(claims), opts.HeadVocab, 3)
	f.BodyVocab = topStems(docFreq(bodies), opts.BodyVocab, 3)
	feat := &featurizer{idf: f.IDF, defaultIDF: f.DefaultIDF,
		headVocab: index(f.HeadVocab), bodyVocab: index(f.BodyVocab)}

	pfs := make([]pairFeatures, len(train))
	parallel(len(train), func(i int) { pfs[i] = feat.extract(train[i].Claim, train[i].Body) })

	// Standardisation and quantile bins of the dense features.
	f.Mean = make([]float64, nDense)
	f.Scale = make([]float64, nDense)
	f.Bins = make([][]float64, nDense)
	col := make([]float64, len(pfs))
	for j := 0; j < nDense; j++ {
		sum, sq := 0.0, 0.0
		for i, pf := range pfs {
			col[i] = pf.dense[j]
			sum += col[i]
			sq += col[i] * col[i]
		}
		mean := sum / float64(len(pfs))
		sd := math.Sqrt(math.Max(sq/float64(len(pfs))-mean*mean, 0))
		if sd < 1e-9 {
			sd = 1
		}
		f.Mean[j], f.Scale[j] = round6(mean), round6(sd)
		sorted := append([]float64(nil), col...)
		sort.Float64s(sorted)
		var th []float64
		for b := 1; b < opts.Bins; b++ {
			v := round6(sorted[b*len(sorted)/opts.Bins])
			if len(th) == 0 || v > th[len(th)-1] {
				th = append(th, v)
			}
		}
		f.Bins[j] = th
	}
	t := &Trainer{f: f, feat: feat, off: makeLayout(f.Bins, len(f.HeadVocab), len(f.BodyVocab))}
	t.xs = make([]sparse, len(pfs))
	t.ys = make([]int, len(pfs))
	for i, pf := range pfs {
		t.xs[i] = vector(pf, f.Mean, f.Scale, f.Bins, t.off)
		t.ys[i] = labelIndex(train[i].Label)
	}
	return t
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// docFreq counts in how many documents each content stem occurs.
func docFreq(docs []string) map[string]int {
	df := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, t := range tokenize(d) {
			if content(t) && !seen[t.stem] {
				seen[t.stem] = true
				df[t.stem]++
			}
		}
	}
	return df
}

// topStems returns the k stems of highest document frequency (at least
// minDF), ties broken alphabetically.
func topStems(df map[string]int, k, minDF int) []string {
	var out []string
	for s, c := range df {
		if c >= minDF {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if df[out[i]] != df[out[j]] {
			return df[out[i]] > df[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > k {
		out = out[:k]
	}
	sort.Strings(out)
	return out
}

// parallel runs fn(0..n-1) on all CPUs; fn must write only its own slot.
func parallel(n int, fn func(i int)) {
	w := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for g := 0; g < w; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < n; i += w {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// Fit trains both stages with opts and returns the model (threshold 0.5,
// no bias; see Tune).
func (t *Trainer) Fit(opts TrainOptions) *Model {
	f := t.f
	// Stage 1: related (1) vs unrelated (0), dense and binned features.
	ys := make([]int, len(t.ys))
	for i, y := range t.ys {
		if y != 3 {
			ys[i] = 1
		}
	}
	f.Related = fitLinear(t.xs, ys, []float64{1, 1}, 2, t.off.head, opts)
	// Stage 2: agree/disagree/discuss on related pairs.
	var xs []sparse
	var y3 []int
	for i, y := range t.ys {
		if y != 3 {
			xs = append(xs, t.xs[i])
			y3 = append(y3, y)
		}
	}
	f.Stance = fitLinear(xs, y3, opts.ClassWeight[:], 3, t.off.dim, opts)
	if opts.Hidden > 0 {
		o := opts
		o.Epochs, o.Rate = opts.HiddenEpochs, opts.HiddenRate
		f.StanceMLP = fitMLP(xs, y3, opts.ClassWeight[:], 3, t.off.dim, opts.Hidden, o)
	}
	f.Threshold = 0.5
	f.Bias = []float64{0, 0, 0}
	return &Model{f: f, feat: t.feat, off: t.off}
}

// fitLinear trains a multinomial logistic regression with AdaGrad, in a
// seeded order: the same data and options give the same weights.
func fitLinear(xs []sparse, ys []int, cw []float64, classes, dim int, opts TrainOptions) Linear {
	lin := Linear{Classes: classes, Dim: dim, W: make([]float64, classes*dim), B: make([]float64, classes)}
	gw := make([]float64, len(lin.W))
	gb := make([]float64, classes)
	p := make([]float64, classes)
	const eps = 1e-8
	for ep := 0; ep < opts.Epochs; ep++ {
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(ep)))
		for _, i := range rng.Perm(len(xs)) {
			x := xs[i]
			p = lin.scores(x, p)
			softmax(p)
			for c := 0; c < classes; c++ {
				g := p[c]
				if c == ys[i] {
					g--
				}
				g *= cw[ys[i]]
				gb[c] += g * g
				lin.B[c] -= opts.Rate * g / math.Sqrt(gb[c]+eps)
				row := c * dim
				for j, k := range x.idx {
					if k >= dim {
						continue
					}
					gr := g*x.val[j] + opts.L2*lin.W[row+k]
					gw[row+k] += gr * gr
					lin.W[row+k] -= opts.Rate * gr / math.Sqrt(gw[row+k]+eps)
				}
			}
		}
	}
	for i := range lin.W {
		lin.W[i] = round6(lin.W[i])
	}
	for i := range lin.B {
		lin.B[i] = round6(lin.B[i])
	}
	return lin
}

// Featurise returns the model's input vectors for pairs (parallel).
func (m *Model) featurise(pairs []Pair) []sparse {
	xs := make([]sparse, len(pairs))
	parallel(len(pairs), func(i int) {
		xs[i] = vector(m.feat.extract(pairs[i].Claim, pairs[i].Body), m.f.Mean, m.f.Scale, m.f.Bins, m.off)
	})
	return xs
}

// Predict classifies every pair (in parallel).
func (m *Model) Predict(pairs []Pair) []string {
	xs := m.featurise(pairs)
	out := make([]string, len(pairs))
	parallel(len(xs), func(i int) { out[i], _ = m.decide(xs[i]) })
	return out
}

// Tune chooses the relatedness threshold and the stance biases that
// maximise FNC relative score + macro-F1 on held-out pairs (never the
// test set), with the disagree cue rule (File.DisagreeNeedsCue) on or off
// as asked.
func (m *Model) Tune(dev []Pair, disagreeNeedsCue bool) (fnc, macro float64) {
	m.f.DisagreeNeedsCue = disagreeNeedsCue
	xs := m.featurise(dev)
	gold := make([]string, len(dev))
	for i, p := range dev {
		gold[i] = p.Label
	}
	type sc struct {
		pRel    float64
		s       [3]float64
		refuted bool
	}
	scs := make([]sc, len(xs))
	for i, x := range xs {
		var buf [3]float64
		r := m.f.Related.scores(x, buf[:0])
		softmax(r)
		scs[i].pRel = r[1]
		scs[i].refuted = x.refuted
		copy(scs[i].s[:], m.stanceScores(x, buf[:0]))
	}
	best := math.Inf(-1)
	pred := make([]string, len(xs))
	for th := 0.2; th <= 0.801; th += 0.05 {
		for ba := -1.0; ba <= 2.001; ba += 0.25 {
			for bd := -1.0; bd <= 3.001; bd += 0.25 {
				bias := [3]float64{ba, bd, 0}
				for i, s := range scs {
					if s.pRel < th {
						pred[i] = Unrelated
						continue
					}
					pred[i] = Labels[argmaxStance(s.s[:], bias[:], disagreeNeedsCue && !s.refuted)]
				}
				e := Evaluate(gold, pred)
				obj := e.Relative/100 + e.MacroF1
				if obj > best+1e-12 {
					best = obj
					m.f.Threshold = round6(th)
					m.f.Bias = []float64{round6(ba), round6(bd), 0}
					fnc, macro = e.Relative, e.MacroF1
				}
			}
		}
	}
	return fnc, macro
}

// SetInfo records training details in the model file.
func (m *Model) SetInfo(info map[string]string) { m.f.Info = info }

// Encode returns the model as gzipped JSON (deterministic bytes).
func (m *Model) Encode() ([]byte, error) {
	raw, err := json.Marshal(m.f)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WithDecision returns a copy of m using the tuned decision parameters of
// other (threshold, bias and the disagree cue rule).
func (m *Model) WithDecision(other *Model) *Model {
	c := *m
	c.f.Threshold = other.f.Threshold
	c.f.Bias = append([]float64(nil), other.f.Bias...)
	c.f.DisagreeNeedsCue = other.f.DisagreeNeedsCue
	return &c
}

// Eval is the FNC-1 evaluation of predictions against gold labels.
type Eval struct {
	Score, Max, Null float64 // official weighted score, perfect, all-unrelated
	Relative         float64 // Score / Max * 100
	Confusion        [4][4]int
	F1               [4]float64 // per label, in Labels order
	MacroF1          float64
	Accuracy         float64
}

// Evaluate scores predictions as the official FNC-1 scorer does (0.25 for
// related/unrelated right, 0.75 more for the exact related label), plus
// per-class and macro F1.
func Evaluate(gold, pred []string) Eval {
	var e Eval
	ok := 0
	for i := range gold {
		g, p := labelIndex(gold[i]), labelIndex(pred[i])
		if g < 0 || p < 0 {
			panic(fmt.Sprintf("stance: unknown label %q or %q", gold[i], pred[i]))
		}
		e.Confusion[g][p]++
		if g == p {
			ok++
		}
		gRel, pRel := g != 3, p != 3
		if gRel == pRel {
			e.Score += 0.25
		}
		if gRel && g == p {
			e.Score += 0.75
		}
		if gRel {
			e.Max += 1
		} else {
			e.Max += 0.25
			e.Null += 0.25
		}
	}
	if e.Max > 0 {
		e.Relative = 100 * e.Score / e.Max
	}
	if len(gold) > 0 {
		e.Accuracy = float64(ok) / float64(len(gold))
	}
	for c := 0; c < 4; c++ {
		tp, fp, fn := e.Confusion[c][c], 0, 0
		for o := 0; o < 4; o++ {
			if o != c {
				fp += e.Confusion[o][c]
				fn += e.Confusion[c][o]
			}
		}
		if tp > 0 {
			pr := float64(tp) / float64(tp+fp)
			rc := float64(tp) / float64(tp+fn)
			e.F1[c] = 2 * pr * rc / (pr + rc)
		}
		e.MacroF1 += e.F1[c] / 4
	}
	return e
}
