// Command evalreal measures the analysis on real multi-outlet news that
// nobody on the team wrote: the ecbplus-dev clusters in ../shared/data
// (topics 1-22 of ECB+, with gold cross-document chains). It reads the
// data in place and writes nothing but its report (stdout) and notes
// (stderr).
//
//	go run ./internal/tools/evalreal -data ../shared/data [-cluster 01-ecb] [-plant 3] [-findings FILE] [-v]
//
// Entity chains: for every gold person and organisation chain named in
// two or more articles of a cluster, whether one entity of the report
// holds all its named mentions (whole), several do (split), or some are
// not found (missed); and the entities that merge two gold chains.
//
// Findings: the error and warning findings on the unplanted clusters, by
// kind; -findings FILE writes each with its evidence, to be judged by
// reading.
//
// Planted contradictions (-plant N, N seeds per cluster): plant.py
// (../shared/tools) copies each cluster to a temporary folder, changes
// one figure that two or more articles share in one article and misspells
// one person's name once; the harness counts the planted figures reported
// by a conflict finding (at any severity, and at error level), the
// misspellings reported as a spelling variant, and the warning and error
// findings the planting caused besides.
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
	verbose := flag.Bool("v", false, "print every split, missed and merged chain and every planted result to stderr")
	seeds := flag.Int("plant", 0, "plant contradictions with this many seeds per cluster (0: none)")
	tool := flag.String("tool", "../shared/tools/plant.py", "plant.py")
	findings := flag.String("findings", "", "write the error and warning findings of the unplanted clusters, with evidence, to this file")
	flag.Parse()
	o := options{data: *data, only: *only, verbose: *verbose, seeds: *seeds, tool: *tool, findings: *findings}
	if err := run(os.Stdout, os.Stderr, o); err != nil {
		fmt.Fprintln(os.Stderr, "evalreal:", err)
		os.Exit(1)
	}
}

type options struct {
	data, only, tool, findings string
	verbose                    bool
	seeds                      int
}

func run(w, errw io.Writer, o options) error {
	clusters, err := listClusters(o.data, o.only)
	if err != nil {
		return err
	}
	model, err := ner.NewModel()
	if err != nil {
		return err
	}
	var total chainScore
	var planted plantScore
	kinds := map[string]int{}
	var judged []string
	for _, c := range clusters {
		dir := filepath.Join(o.data, "ecbplus-dev", "clusters", c)
		rep, err := analyse(dir, model)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		gold, err := goldChains(o.data, c)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		total.add(scoreChains(c, rep, gold))
		for _, f := range rep.Findings {
			if f.Severity >= report.Warning {
				kinds[f.Severity.String()+" "+f.Kind]++
				judged = append(judged, describeFinding(c, f, dir))
			}
		}
		for seed := 1; seed <= o.seeds; seed++ {
			tmp, m, err := plant(o.tool, dir, seed)
			if err != nil {
				return err
			}
			prep, err := analyse(filepath.Join(tmp, "cluster"), model)
			os.RemoveAll(tmp)
			if err != nil {
				return fmt.Errorf("%s seed %d: %w", c, seed, err)
			}
			planted.add(scorePlant(fmt.Sprintf("%s seed %d", c, seed), m, prep, rep))
		}
	}
	writeChains(w, len(clusters), total)
	writeKinds(w, kinds)
	if o.seeds > 0 {
		writePlanted(w, o.seeds, planted)
	}
	if o.findings != "" {
		if err := os.WriteFile(o.findings, []byte(strings.Join(judged, "\n")), 0o644); err != nil {
			return err
		}
	}
	if o.verbose {
		for _, n := range total.Notes {
			fmt.Fprintln(errw, n)
		}
		for _, n := range planted.Notes {
			fmt.Fprintln(errw, n)
		}
	}
	return nil
}

// describeFinding writes a finding with the sentence around each piece of
// evidence, for judging by reading.
func describeFinding(cluster string, f report.Finding, dir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s: %s %s\n%s\n", cluster, f.Severity, f.Kind, f.Message)
	for _, ev := range f.Evidence {
		src, err := os.ReadFile(filepath.Join(dir, ev.Article))
		ctx := ""
		if err == nil && ev.Start >= 0 && ev.End <= len(src) && ev.Start <= ev.End {
			a := max(0, ev.Start-160)
			z := min(len(src), ev.End+160)
			ctx = strings.ReplaceAll(string(src[a:ev.Start])+"[["+string(src[ev.Start:ev.End])+"]]"+string(src[ev.End:z]), "\n", " / ")
		}
		fmt.Fprintf(&b, "- %s: %s\n", ev.Article, ctx)
	}
	return b.String()
}

func writeKinds(w io.Writer, kinds map[string]int) {
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Fprintf(w, "\n| error and warning findings on the unplanted clusters | count |\n|---|---:|\n")
	for _, k := range ks {
		fmt.Fprintf(w, "| %s | %d |\n", k, kinds[k])
	}
}

func writePlanted(w io.Writer, seeds int, p plantScore) {
	pct := func(n, d int) string {
		if d == 0 {
			return "-"
		}
		return fmt.Sprintf("%d/%d (%.0f%%)", n, d, 100*float64(n)/float64(d))
	}
	fmt.Fprintf(w, "\n| planted (%d seeds x clusters = %d runs) | found |\n|---|---:|\n", seeds, p.Runs)
	fmt.Fprintf(w, "| contradicted figures reported as a conflict (any severity) | %s |\n", pct(p.Found, p.Numbers))
	fmt.Fprintf(w, "| ... at error level | %s |\n", pct(p.FoundError, p.Numbers))
	fmt.Fprintf(w, "| class A figures (money, casualties, votes, seats, people) reported | %s |\n", pct(p.FoundA, p.NumbersA))
	fmt.Fprintf(w, "| ... at error level | %s |\n", pct(p.FoundErrorA, p.NumbersA))
	fmt.Fprintf(w, "| misspelt names reported as a spelling variant | %s |\n", pct(p.NamesFound, p.Names))
	fmt.Fprintf(w, "| other warning and error findings the planting caused | %d (%d errors) |\n", p.NewFindings, p.NewErrors)
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
