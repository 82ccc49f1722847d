// Command evalreal measures the analysis on real multi-outlet news that
// nobody on the team wrote: the ecbplus-dev clusters in ../shared/data
// (topics 1-22 of ECB+, with gold cross-document chains). It reads the
// data in place and writes nothing but its report (stdout) and notes
// (stderr).
//
//	go run ./internal/tools/evalreal -data ../shared/data [-cluster 01-ecb] [-v]
//
// Entity chains: for every gold person and organisation chain named in
// two or more articles of a cluster, whether one entity of the report
// holds all its named mentions (whole), several do (split), or some are
// not found (missed); and the entities that merge two gold chains.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding the datasets (shared/data)")
	only := flag.String("cluster", "", "run only clusters whose name contains this")
	verbose := flag.Bool("v", false, "print every split, missed and merged chain to stderr")
	flag.Parse()
	if err := run(os.Stdout, os.Stderr, *data, *only, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "evalreal:", err)
		os.Exit(1)
	}
}

func run(w, errw io.Writer, data, only string, verbose bool) error {
	clusters, err := listClusters(data, only)
	if err != nil {
		return err
	}
	model, err := ner.NewModel()
	if err != nil {
		return err
	}
	var total chainScore
	for _, c := range clusters {
		rep, err := analyse(filepath.Join(data, "ecbplus-dev", "clusters", c), model)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		gold, err := goldChains(data, c)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		total.add(scoreChains(c, rep, gold))
	}
	writeChains(w, len(clusters), total)
	if verbose {
		for _, n := range total.Notes {
			fmt.Fprintln(errw, n)
		}
	}
	return nil
}

// listClusters names the dev clusters, sorted.
func listClusters(data, only string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(data, "ecbplus-dev", "clusters"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && strings.Contains(e.Name(), only) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no cluster matches %q", only)
	}
	return out, nil
}

// analyse runs the whole analysis on one folder, as `report` does.
func analyse(dir string, model *ner.Model) (*report.Report, error) {
	batch, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
	if err != nil {
		return nil, err
	}
	return pipeline.Run(context.Background(), batch, model, pipeline.Options{Workers: 2, ToolVersion: "evalreal"})
}

func writeChains(w io.Writer, clusters int, s chainScore) {
	pct := func(n int) string {
		if s.Chains == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(s.Chains))
	}
	fmt.Fprintf(w, "| clusters | chains named in 2+ articles | whole | split | missed | entities merging 2+ chains |\n")
	fmt.Fprintf(w, "|---:|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| %d | %d | %d (%s) | %d (%s) | %d (%s) | %d |\n", clusters, s.Chains, s.Whole, pct(s.Whole), s.Split, pct(s.Split), s.Missed, pct(s.Missed), s.Merges)
}
