// Command trainstance trains the FNC-1 stance model embedded by
// internal/stance, or scores it on FNC-1's competition test set.
//
//	go run ./internal/tools/trainstance -data ../shared/data            # train, write the model
//	go run ./internal/tools/trainstance -data ../shared/data -eval      # score on the test set
//	go run ./internal/tools/trainstance -data ../shared/data -grid      # also try a small hyper-parameter grid
//	go run ./internal/tools/trainstance -data ../shared/data -ecb testdata/stance/ecbplus-claims.jsonl  # claims on real clusters
//
// Training reads only train_stances.csv and train_bodies.csv. A fifth of
// the training bodies (chosen by a fixed seed) is held out to choose the
// decision threshold and class biases (and, with -grid, hyper-parameters);
// the final model is then refitted on all training pairs with those
// settings. The competition test files are read only by -eval.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/stance"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding fnc-1/")
	out := flag.String("out", filepath.Join("internal", "stance", stance.ModelPath), "model file to write (train) or read (-eval; the embedded model when absent)")
	eval := flag.Bool("eval", false, "score the model on the FNC-1 competition test set")
	grid := flag.Bool("grid", false, "try a small hyper-parameter grid on the held-out split")
	needsCue := flag.Bool("disagree-needs-cue", true, "label a pair disagree only when the body holds a refuting cue word")
	ecb := flag.String("ecb", "", "claims file (JSON Lines: cluster, claim, true) to classify the ecbplus-dev clusters against, e.g. testdata/stance/ecbplus-claims.jsonl")
	verbose := flag.Bool("v", false, "with -ecb: print every wrong-way pair to stderr")
	hidden := flag.Int("hidden", stance.DefaultTrainOptions().Hidden, "hidden units of the stance network (0: the linear model alone)")
	hiddenEpochs := flag.Int("hidden-epochs", stance.DefaultTrainOptions().HiddenEpochs, "epochs of the stance network")
	hiddenRate := flag.Float64("hidden-rate", stance.DefaultTrainOptions().HiddenRate, "AdaGrad rate of the stance network")
	flag.Parse()
	var err error
	switch {
	case *ecb != "":
		err = runECB(*data, *ecb, *verbose)
	case *eval:
		err = runEval(*data, *out)
	default:
		opts := stance.DefaultTrainOptions()
		opts.Hidden, opts.HiddenEpochs, opts.HiddenRate = *hidden, *hiddenEpochs, *hiddenRate
		err = runTrain(*data, *out, *grid, *needsCue, opts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
}

// readPairs joins a stances file with its bodies file.
func readPairs(stancesPath, bodiesPath string) ([]stance.Pair, []int, error) {
	bodies := map[int]string{}
	rows, err := readCSV(bodiesPath)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows[1:] {
		id, err := strconv.Atoi(r[0])
		if err != nil || len(r) < 2 {
			return nil, nil, fmt.Errorf("%s: bad row %q", bodiesPath, r)
		}
		bodies[id] = r[1]
	}
	rows, err = readCSV(stancesPath)
	if err != nil {
		return nil, nil, err
	}
	var pairs []stance.Pair
	var ids []int
	for _, r := range rows[1:] {
		if len(r) < 3 {
			return nil, nil, fmt.Errorf("%s: bad row %q", stancesPath, r)
		}
		id, err := strconv.Atoi(r[1])
		b, ok := bodies[id]
		if err != nil || !ok {
			return nil, nil, fmt.Errorf("%s: unknown body %q", stancesPath, r[1])
		}
		pairs = append(pairs, stance.Pair{Claim: r[0], Body: b, Label: strings.TrimSpace(r[2])})
		ids = append(ids, id)
	}
	return pairs, ids, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rows = append(rows, rec)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return rows, nil
}

func runTrain(data, out string, grid, needsCue bool, opts stance.TrainOptions) error {
	t0 := time.Now()
	dir := filepath.Join(data, "fnc-1")
	pairs, ids, err := readPairs(filepath.Join(dir, "train_stances.csv"), filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		return err
	}
	// Hold out a fifth of the bodies (seeded shuffle of the sorted ids).
	uniq := map[int]bool{}
	for _, id := range ids {
		uniq[id] = true
	}
	var all []int
	for id := range uniq {
		all = append(all, id)
	}
	sort.Ints(all)
	rng := rand.New(rand.NewPCG(2017, 1))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	held := map[int]bool{}
	for _, id := range all[:len(all)/5] {
		held[id] = true
	}
	var tr, dev []stance.Pair
	for i, p := range pairs {
		if held[ids[i]] {
			dev = append(dev, p)
		} else {
			tr = append(tr, p)
		}
	}
	fmt.Printf("FNC-1 train: %d pairs, %d bodies; fitting on %d pairs, holding out %d pairs (%d bodies)\n",
		len(pairs), len(all), len(tr), len(dev), len(held))

	trainer := stance.NewTrainer(tr, opts)
	fmt.Printf("featurised in %s\n", time.Since(t0).Round(time.Millisecond))
	candidates := []stance.TrainOptions{opts}
	if grid {
		for _, l2 := range []float64{1e-6, 1e-5, 1e-4} {
			for _, dw := range []float64{1, 2, 4} {
				for _, ep := range []int{8, 16} {
					o := opts
					o.L2, o.ClassWeight[1], o.Epochs = l2, dw, ep
					candidates = append(candidates, o)
				}
			}
		}
	}
	var best *stance.Model
	bestObj := -1.0
	for _, o := range candidates {
		m := trainer.Fit(o)
		if needsCue {
			// Also show what the rule costs on held-out pairs.
			fnc, macro := m.Tune(dev, false)
			e := stance.Evaluate(labels(dev), m.Predict(dev))
			fmt.Printf("held-out: L2=%g disagree-weight=%g epochs=%d hidden=%d/%d/%g, disagree without cue allowed -> FNC %.2f%% macro-F1 %.4f disagree-F1 %.4f\n",
				o.L2, o.ClassWeight[1], o.Epochs, o.Hidden, o.HiddenEpochs, o.HiddenRate, fnc, macro, e.F1[1])
		}
		fnc, macro := m.Tune(dev, needsCue)
		e := stance.Evaluate(labels(dev), m.Predict(dev))
		fmt.Printf("held-out: L2=%g disagree-weight=%g epochs=%d hidden=%d/%d/%g, disagree-needs-cue=%t -> FNC %.2f%% macro-F1 %.4f disagree-F1 %.4f\n",
			o.L2, o.ClassWeight[1], o.Epochs, o.Hidden, o.HiddenEpochs, o.HiddenRate, needsCue, fnc, macro, e.F1[1])
		if obj := fnc/100 + macro; obj > bestObj {
			bestObj, best, opts = obj, m, o
		}
	}
	devEval := stance.Evaluate(labels(dev), best.Predict(dev))

	// Refit on every training pair with the chosen settings.
	final := stance.NewTrainer(pairs, opts).Fit(opts).WithDecision(best)
	final.SetInfo(map[string]string{
		"data":            "FNC-1 train_stances.csv + train_bodies.csv (all pairs)",
		"pairs":           strconv.Itoa(len(pairs)),
		"heldout":         fmt.Sprintf("%d pairs / %d bodies, seed 2017", len(dev), len(held)),
		"heldout_fnc":     fmt.Sprintf("%.2f", devEval.Relative),
		"heldout_macroF1": fmt.Sprintf("%.4f", devEval.MacroF1),
		"options":         fmt.Sprintf("%+v", opts),
	})
	b, err := final.Encode()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("chosen %+v\nwrote %s (%d bytes) in %s\n", opts, out, len(b), time.Since(t0).Round(time.Millisecond))
	return nil
}

func labels(ps []stance.Pair) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Label
	}
	return out
}

func runEval(data, modelPath string) error {
	var m *stance.Model
	src := "embedded model"
	if b, err := os.ReadFile(modelPath); err == nil {
		if m, err = stance.Parse(b); err != nil {
			return err
		}
		src = modelPath
	} else {
		var err error
		if m, err = stance.Load(); err != nil {
			return err
		}
	}
	dir := filepath.Join(data, "fnc-1")
	test, _, err := readPairs(filepath.Join(dir, "competition_test_stances.csv"), filepath.Join(dir, "competition_test_bodies.csv"))
	if err != nil {
		return err
	}
	t0 := time.Now()
	pred := m.Predict(test)
	el := time.Since(t0)
	e := stance.Evaluate(labels(test), pred)
	fmt.Printf("FNC-1 competition test set: %d pairs, %s (%s, %.0f pairs/s with GOMAXPROCS=%d)\n\n", len(test), src, el.Round(time.Millisecond), float64(len(test))/el.Seconds(), runtime.GOMAXPROCS(0))
	fmt.Println("| system | FNC-1 score |")
	fmt.Println("| --- | --- |")
	fmt.Println("| FNC-1 baseline (published) | 79.53% |")
	fmt.Println("| UCL Machine Reading (published) | 81.72% |")
	fmt.Println("| 2017 winner, SOLAT in the SWEN (published) | 82.02% |")
	fmt.Printf("| **nec-analyse stance** | **%.2f%%** (%.2f of %.2f; all-unrelated %.2f) |\n\n", e.Relative, e.Score, e.Max, e.Null)
	fmt.Println("Confusion matrix (rows gold, columns predicted):")
	fmt.Println()
	fmt.Println("| gold \\ pred | agree | disagree | discuss | unrelated |")
	fmt.Println("| --- | --- | --- | --- | --- |")
	for g, l := range stance.Labels {
		fmt.Printf("| %s | %d | %d | %d | %d |\n", l, e.Confusion[g][0], e.Confusion[g][1], e.Confusion[g][2], e.Confusion[g][3])
	}
	fmt.Println()
	fmt.Printf("F1: agree %.4f, disagree %.4f, discuss %.4f, unrelated %.4f\n", e.F1[0], e.F1[1], e.F1[2], e.F1[3])
	fmt.Printf("macro-F1 %.4f, accuracy %.4f\n", e.MacroF1, e.Accuracy)
	fmt.Printf("targets: FNC >= 82.1%% (%s), macro-F1 >= 0.61 (%s), disagree F1 >= 0.20 (%s)\n",
		mark(e.Relative >= 82.1), mark(e.MacroF1 >= 0.61), mark(e.F1[1] >= 0.20))
	return nil
}

func mark(ok bool) string {
	if ok {
		return "met"
	}
	return "not met"
}
