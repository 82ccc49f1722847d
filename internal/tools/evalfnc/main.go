// Command evalfnc measures the findings on real multi-outlet news that
// nobody on the team wrote and that no rule was chosen on: the article
// bodies of FNC-1's training split (../shared/data/fnc-1), grouped into
// stories. Bodies related to one headline (agree, disagree or discuss)
// report one claim; headlines sharing a body are one story (the Emergent
// claims FNC-1 was built from), so the bodies of a story are several
// outlets on one event. Each story of three bodies or more (its first
// -max bodies by ID) is written to a temporary folder, analysed as
// `report` does, and its findings counted by severity and kind; -v
// prints every error and warning, to be judged by reading. It reads the
// data in place, writes only temporary folders (removed) and its report.
//
//	go run ./internal/tools/evalfnc -data ../shared/data [-v] [-max 12] [-limit N]
package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding fnc-1/")
	verbose := flag.Bool("v", false, "print every error and warning finding with its story")
	maxBodies := flag.Int("max", 12, "bodies per story at most (the lowest IDs)")
	limit := flag.Int("limit", 0, "stories to analyse (0 = all)")
	flag.Parse()
	if err := run(os.Stdout, *data, *maxBodies, *limit, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "evalfnc:", err)
		os.Exit(1)
	}
}

// record is one row of the stances file.
type record struct{ headline, body, stance string }

func run(w io.Writer, data string, maxBodies, limit int, verbose bool) error {
	dir := filepath.Join(data, "fnc-1")
	recs, err := readStances(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		return err
	}
	bodies, err := readBodies(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		return err
	}
	stories := groupStories(recs, 3)
	all := len(stories)
	if limit > 0 && limit < len(stories) {
		stories = stories[:limit]
	}
	model, err := ner.NewModel()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "evalfnc")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	counts := map[string]int{}
	articles := 0
	for i, st := range stories {
		if len(st) > maxBodies {
			st = st[:maxBodies]
		}
		name := fmt.Sprintf("s%03d", i)
		sdir := filepath.Join(tmp, name)
		if err := os.Mkdir(sdir, 0o755); err != nil {
			return err
		}
		for _, id := range st {
			if err := os.WriteFile(filepath.Join(sdir, "b"+id+".txt"), []byte(bodies[id]), 0o644); err != nil {
				return err
			}
		}
		articles += len(st)
		batch, err := corpus.Load([]string{sdir}, corpus.LoadOptions{})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		rep, err := pipeline.Run(context.Background(), batch, model, pipeline.Options{Workers: 2, ToolVersion: "evalfnc"})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for _, f := range rep.Findings {
			counts[f.Severity.String()+" "+f.Kind]++
			if verbose && f.Severity >= report.Warning {
				fmt.Fprintf(w, "%s (bodies %v) %s %s: %s\n", name, st, f.Severity, f.Kind, f.Message)
			}
		}
		if err := os.RemoveAll(sdir); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\n%d stories of %d, %d articles (FNC-1 train bodies)\n\n| severity kind | findings |\n| --- | ---: |\n", len(stories), all, articles)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "| %s | %d |\n", k, counts[k])
	}
	return nil
}

// groupStories returns the stories of recs with at least min bodies, each
// its body IDs in numeric order, the stories in the order of their first
// body: bodies related to one headline (any stance but unrelated) are one
// story, and so are two headlines sharing a body.
func groupStories(recs []record, min int) [][]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		if p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	first := map[string]string{} // a headline's first related body
	for _, r := range recs {
		if r.stance == "unrelated" {
			continue
		}
		find(r.body)
		if f, ok := first[r.headline]; ok {
			if a, b := find(f), find(r.body); a != b {
				parent[a] = b
			}
		} else {
			first[r.headline] = r.body
		}
	}
	groups := map[string][]string{}
	for b := range parent {
		root := find(b)
		groups[root] = append(groups[root], b)
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	var out [][]string
	for _, g := range groups {
		if len(g) < min {
			continue
		}
		sort.Slice(g, func(i, j int) bool { return num(g[i]) < num(g[j]) || num(g[i]) == num(g[j]) && g[i] < g[j] })
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i][0], out[j][0]
		return num(a) < num(b) || num(a) == num(b) && a < b
	})
	return out
}

// readStances reads FNC-1's stances file: Headline, Body ID, Stance.
func readStances(path string) ([]record, error) {
	rows, err := readCSV(path, 3)
	if err != nil {
		return nil, err
	}
	out := make([]record, 0, len(rows))
	for _, r := range rows {
		out = append(out, record{headline: r[0], body: r[1], stance: r[2]})
	}
	return out, nil
}

// readBodies reads FNC-1's bodies file: Body ID, articleBody.
func readBodies(path string) (map[string]string, error) {
	rows, err := readCSV(path, 2)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		out[r[0]] = r[1]
	}
	return out, nil
}

// readCSV reads a CSV file with a header line, each row of n fields.
func readCSV(path string, n int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = n
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return rows[1:], nil
}
