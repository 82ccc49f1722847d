// Command evalframing trains and evaluates the framing tone toward people
// on NewsMTSC (../shared/data/newsmtsc: English news sentences, each with
// one or more target people and the sentiment toward each, MIT licence).
//
//	go run ./internal/tools/evalframing -data ../shared/data          # evaluate (make eval-framing)
//	go run ./internal/tools/evalframing -data ../shared/data -train   # retrain (make train-framing)
//
// Training reads train.jsonl only; hyper-parameters and the labelling
// threshold are chosen on the dev splits (mt/dev.jsonl, rw/dev.jsonl);
// the test splits are only ever evaluated.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

type mention struct {
	From int `json:"from"`
	To   int `json:"to"`
}

type target struct {
	From     int       `json:"from"`
	To       int       `json:"to"`
	Polarity float64   `json:"polarity"`
	Further  []mention `json:"further_mentions"`
}

type line struct {
	Sentence string   `json:"sentence_normalized"`
	Targets  []target `json:"targets"`
}

// item is one sentence with its targets (spans as byte offsets).
type item struct {
	text    string
	targets [][]span.Span
	labels  []int
}

func main() {
	data := flag.String("data", "../shared/data", "folder holding newsmtsc/")
	train := flag.Bool("train", false, "retrain the embedded tone model from train.jsonl (choices on dev)")
	out := flag.String("out", "internal/stance/"+stance.ToneModelPath, "where -train writes the model")
	flag.Parse()
	if err := run(filepath.Join(*data, "newsmtsc"), *train, *out); err != nil {
		fmt.Fprintln(os.Stderr, "evalframing:", err)
		os.Exit(1)
	}
}

// byteOffsets maps rune offsets (as NewsMTSC counts characters) to bytes.
func byteOffsets(s string) []int {
	var offs []int
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

func load(path string) ([]item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		offs := byteOffsets(l.Sentence)
		at := func(i int) int {
			if i < 0 {
				return 0
			}
			if i >= len(offs) {
				return len(l.Sentence)
			}
			return offs[i]
		}
		it := item{text: l.Sentence}
		for _, t := range l.Targets {
			ms := []span.Span{{Start: at(t.From), End: at(t.To)}}
			for _, m := range t.Further {
				ms = append(ms, span.Span{Start: at(m.From), End: at(m.To)})
			}
			it.targets = append(it.targets, ms)
			it.labels = append(it.labels, int(t.Polarity/2)-1) // 2, 4, 6 -> 0, 1, 2
		}
		items = append(items, it)
	}
	return items, sc.Err()
}

func examples(items []item) []stance.ToneExample {
	var out []stance.ToneExample
	for _, it := range items {
		for i, ms := range it.targets {
			var names []span.Span
			for j, o := range it.targets {
				if j != i {
					names = append(names, o...)
				}
			}
			out = append(out, stance.ToneExample{Label: it.labels[i], In: stance.ToneInput{
				Text: it.text, Sentence: span.Span{Start: 0, End: len(it.text)}, Target: ms, Names: names}})
		}
	}
	return out
}

// score is macro-F1 and accuracy of pred against gold (classes 0..2).
func score(gold, pred []int) (macro, acc float64, f1 [3]float64) {
	var tp, fp, fn [3]float64
	right := 0
	for i, g := range gold {
		p := pred[i]
		if p == g {
			tp[g]++
			right++
		} else {
			fp[p]++
			fn[g]++
		}
	}
	for c := 0; c < 3; c++ {
		if d := 2*tp[c] + fp[c] + fn[c]; d > 0 {
			f1[c] = 2 * tp[c] / d
		}
		macro += f1[c] / 3
	}
	return macro, float64(right) / float64(max(len(gold), 1)), f1
}

func labelIndex(l string) int {
	for i, x := range stance.ToneLabels {
		if x == l {
			return i
		}
	}
	return 1
}

// framePredict labels every target as the report does: Framer.Frame on
// the sentence as an article, every target's mentions masked, the tone
// labelled by the model's threshold.
func framePredict(fm *stance.Framer, items []item) (gold, pred []int) {
	for _, it := range items {
		var ts []stance.Target
		for i, ms := range it.targets {
			ts = append(ts, stance.Target{Name: fmt.Sprint(i), Mentions: ms})
		}
		f := fm.Frame(it.text, "en", ts)
		for i, t := range f.Targets {
			gold = append(gold, it.labels[i])
			pred = append(pred, labelIndex(t.Label))
		}
	}
	return gold, pred
}

func run(dir string, train bool, out string) error {
	splits := []string{"mt/dev.jsonl", "rw/dev.jsonl", "mt/test.jsonl", "rw/test.jsonl"}
	sets := map[string][]item{}
	for _, s := range append([]string{"train.jsonl"}, splits...) {
		items, err := load(filepath.Join(dir, s))
		if err != nil {
			return fmt.Errorf("%w (NewsMTSC missing? see docs)", err)
		}
		sets[s] = items
	}
	if train {
		return trainModel(sets, out)
	}
	tm, err := stance.LoadTone()
	if err != nil {
		return err
	}
	fm := stance.NewFramer(stance.DefaultLexicon())
	fmt.Printf("NewsMTSC target tone (framing), threshold %.2f; all-neutral baseline beside it\n", tm.Threshold())
	fmt.Printf("%-14s %6s %9s %9s %7s %7s %7s %12s %12s\n", "split", "n", "macro-F1", "accuracy", "F1 neg", "F1 neu", "F1 pos", "neutral mF1", "neutral acc")
	for _, s := range splits {
		gold, pred := framePredict(fm, sets[s])
		m, a, f1 := score(gold, pred)
		neu := make([]int, len(gold))
		for i := range neu {
			neu[i] = 1
		}
		bm, ba, _ := score(gold, neu)
		fmt.Printf("%-14s %6d %9.3f %9.3f %7.3f %7.3f %7.3f %12.3f %12.3f\n", s, len(gold), m, a, f1[0], f1[1], f1[2], bm, ba)
	}
	return nil
}

func trainModel(sets map[string][]item, out string) error {
	train := examples(sets["train.jsonl"])
	dev := append(examples(sets["mt/dev.jsonl"]), examples(sets["rw/dev.jsonl"])...)
	type cand struct {
		opts stance.ToneTrainOptions
		thr  float64
		m    float64
	}
	var best cand
	for _, l2 := range []float64{1e-5, 1e-4, 1e-3} {
		for _, ep := range []int{5, 10} {
			opts := stance.DefaultToneTrainOptions()
			opts.L2, opts.Epochs = l2, ep
			tm := stance.TrainTone(train, opts)
			thr, m := bestThreshold(tm, dev)
			fmt.Printf("L2 %g epochs %d: dev macro-F1 %.3f at threshold %.2f\n", l2, ep, m, thr)
			if m > best.m {
				best = cand{opts, thr, m}
			}
		}
	}
	tm := stance.TrainTone(train, best.opts)
	tm.SetThreshold(best.thr)
	tm.SetInfo(map[string]string{
		"data":      "NewsMTSC train.jsonl (hyper-parameters and threshold on mt/dev + rw/dev)",
		"l2":        fmt.Sprint(best.opts.L2),
		"epochs":    fmt.Sprint(best.opts.Epochs),
		"min_count": fmt.Sprint(best.opts.MinCount),
		"dev_macro": fmt.Sprintf("%.3f", best.m),
	})
	b, err := tm.Encode()
	if err != nil {
		return err
	}
	fmt.Printf("chosen: L2 %g epochs %d threshold %.2f (dev macro-F1 %.3f); wrote %s (%d bytes)\n",
		best.opts.L2, best.opts.Epochs, best.thr, best.m, out, len(b))
	return os.WriteFile(out, b, 0o644)
}

// bestThreshold picks the labelling threshold with the best dev macro-F1.
func bestThreshold(tm *stance.ToneModel, dev []stance.ToneExample) (float64, float64) {
	tones := make([]float64, len(dev))
	gold := make([]int, len(dev))
	for i, e := range dev {
		p, _ := tm.Probabilities(e.In)
		tones[i] = p[2] - p[0]
		gold[i] = e.Label
	}
	var thrs []float64
	for t := 0.0; t <= 0.8; t += 0.05 {
		thrs = append(thrs, t)
	}
	sort.Float64s(thrs)
	bestT, bestM := 0.0, -1.0
	for _, t := range thrs {
		tm.SetThreshold(t)
		pred := make([]int, len(dev))
		for i, x := range tones {
			pred[i] = labelIndex(tm.Label(x))
		}
		m, _, _ := score(gold, pred)
		if m > bestM {
			bestT, bestM = t, m
		}
	}
	return bestT, bestM
}
