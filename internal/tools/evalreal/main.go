// Command evalreal measures the analysis on real multi-outlet news that
// nobody on the team wrote: the ecbplus-dev clusters in ../shared/data
// (topics 1-22 of ECB+, with gold cross-document chains). It reads the
// data in place and writes nothing but its report (stdout) and notes
// (stderr).
//
//	go run ./internal/tools/evalreal -data ../shared/data [-cluster 01-ecb] [-plant 3] [-findings FILE] [-misses FILE] [-v]
//
// Entity chains: for every gold person and organisation chain named in
// two or more articles of a cluster, whether one entity of the report
// holds all its named mentions (whole), several do (split), or some are
// not found (missed); and the entities that merge two gold chains. The
// fair score leaves out the mentions in an article the report counts once
// as a copy and the common nouns for people a headline capitalises
// (fairGold); the strict score keeps them; -v lists the fair one's chains.
//
// Name mentions: every gold mention written as a name (isName) with a
// person, organisation or place tag (goldClass), whatever its chain:
// whether a report entity's span has the same span or overlaps it, and
// whether that entity's type fits (PER: PERSON, ORG: ORG, LOC: GPE, LOC,
// FAC), with the confusion of gold class against report type. Gold marks
// only the names taking part in the events, so this is recall and typing,
// not precision; -misses FILE lists the misses, other spans and wrong
// types with their sentences.
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
	"slices"
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding the datasets (shared/data)")
	only := flag.String("cluster", "", "run only clusters whose name contains this")
	verbose := flag.Bool("v", false, "print every split, missed and merged chain and every planted result to stderr")
	seeds := flag.Int("plant", 0, "plant contradictions with this many seeds per cluster (0: none)")
	tool := flag.String("tool", "../shared/tools/plant.py", "plant.py")
	findings := flag.String("findings", "", "write the error and warning findings of the unplanted clusters, with evidence, to this file")
	misses := flag.String("misses", "", "write the gold name mentions missed, given another span or a wrong type, with their sentences, to this file")
	ablate := flag.Bool("ablate", false, "run once per named pass with that pass off and print each pass's effect on the chains and findings")
	off := flag.String("off", "", "comma-separated pass IDs to switch off (e.g. entities/surname)")
	stages := flag.String("stages", "", "with -ablate: comma-separated stages whose passes are ablated (e.g. entities,claims,quotes; default every stage)")
	flag.Parse()
	o := options{data: *data, only: *only, verbose: *verbose, seeds: *seeds, tool: *tool, findings: *findings, misses: *misses, stages: *stages}
	var err error
	if o.off, err = rules.ParseOff(*off, pipeline.Rules()); err != nil {
		fmt.Fprintln(os.Stderr, "evalreal:", err)
		os.Exit(2)
	}
	if *ablate {
		err = runAblation(os.Stdout, o)
	} else {
		err = run(os.Stdout, os.Stderr, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalreal:", err)
		os.Exit(1)
	}
}

type options struct {
	data, only, tool, findings string
	misses                     string
	stages                     string
	verbose                    bool
	seeds                      int
	off                        rules.Off
	cache                      *memCache
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
	var total, strict chainScore
	var planted plantScore
	names := newMentionScore()
	kinds := map[string]int{}
	var judged []string
	for _, c := range clusters {
		dir := filepath.Join(o.data, "ecbplus-dev", "clusters", c)
		rep, err := analyse(dir, model, o)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		gold, err := goldChains(o.data, c)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		total.add(scoreChains(c, rep, fairGold(rep, gold)))
		strict.add(scoreChains(c, rep, gold))
		tm, err := goldNames(o.data, c)
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
		names.add(scoreMentions(c, rep, tm))
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
			prep, err := analyse(filepath.Join(tmp, "cluster"), model, o)
			os.RemoveAll(tmp)
			if err != nil {
				return fmt.Errorf("%s seed %d: %w", c, seed, err)
			}
			planted.add(scorePlant(fmt.Sprintf("%s seed %d", c, seed), m, prep, rep))
		}
	}
	writeChains(w, len(clusters), total, strict)
	writeMentions(w, names)
	writeKinds(w, kinds)
	if o.misses != "" {
		if err := os.WriteFile(o.misses, []byte(strings.Join(names.Misses, "\n")+"\n"), 0o644); err != nil {
			return err
		}
	}
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
		for _, n := range strict.Notes {
			if !slices.Contains(total.Notes, n) {
				fmt.Fprintln(errw, "strict only: "+n)
			}
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

// analyse runs the whole analysis on one folder, as `report` does, with
// o's passes off (and o's in-memory extraction cache, when set).
func analyse(dir string, model *ner.Model, o options) (*report.Report, error) {
	batch, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
	if err != nil {
		return nil, err
	}
	popts := pipeline.Options{Workers: 2, ToolVersion: "evalreal", Off: o.off}
	if o.cache != nil {
		popts.Cache = o.cache
	}
	return pipeline.Run(context.Background(), batch, model, popts)
}

// memCache keeps extraction results in memory between the runs of an
// ablation (a pass that changes extraction is part of the keys).
type memCache struct{ m map[string][]byte }

func (c *memCache) Get(k string) ([]byte, bool) { b, ok := c.m[k]; return b, ok }
func (c *memCache) PutAll(kv map[string][]byte) error {
	for k, v := range kv {
		c.m[k] = v
	}
	return nil
}

// summary is what an ablation compares: the chains and the error and
// warning findings of the unplanted clusters.
type summary struct {
	chains           chainScore
	errors, warnings int
}

// measure runs every cluster once with o's passes off.
func measure(o options, model *ner.Model, clusters []string) (summary, error) {
	var s summary
	for _, c := range clusters {
		rep, err := analyse(filepath.Join(o.data, "ecbplus-dev", "clusters", c), model, o)
		if err != nil {
			return s, fmt.Errorf("%s: %w", c, err)
		}
		gold, err := goldChains(o.data, c)
		if err != nil {
			return s, err
		}
		s.chains.add(scoreChains(c, rep, fairGold(rep, gold)))
		for _, f := range rep.Findings {
			switch f.Severity {
			case report.Error:
				s.errors++
			case report.Warning:
				s.warnings++
			}
		}
	}
	return s, nil
}

// runAblation prints, for every named pass, the change in chains kept
// whole, entities merging chains and error and warning findings when that
// pass alone is off.
func runAblation(w io.Writer, o options) error {
	clusters, err := listClusters(o.data, o.only)
	if err != nil {
		return err
	}
	model, err := ner.NewModel()
	if err != nil {
		return err
	}
	o.cache = &memCache{m: map[string][]byte{}}
	base, err := measure(o, model, clusters)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "all passes on: %d of %d chains whole, %d merges, %d errors, %d warnings\n\n", base.chains.Whole, base.chains.Chains, base.chains.Merges, base.errors, base.warnings)
	fmt.Fprintf(w, "| pass off | whole chains | merges | errors | warnings |\n|---|---:|---:|---:|---:|\n")
	for _, p := range pipeline.Rules() {
		if !inStages(p.ID(), o.stages) {
			continue
		}
		o.off = rules.Off{p.ID(): true}
		s, err := measure(o, model, clusters)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "| %s | %+d | %+d | %+d | %+d |\n", p.ID(), s.chains.Whole-base.chains.Whole, s.chains.Merges-base.chains.Merges, s.errors-base.errors, s.warnings-base.warnings)
	}
	return nil
}

// inStages reports whether the pass id ("stage/name") belongs to one of
// the comma-separated stages (every stage when stages is empty).
func inStages(id, stages string) bool {
	if stages == "" {
		return true
	}
	stage, _, _ := strings.Cut(id, "/")
	for _, s := range strings.Split(stages, ",") {
		if strings.TrimSpace(s) == stage {
			return true
		}
	}
	return false
}

// writeChains writes the fair score (fairGold) and the strict one (every
// gold mention written as a name, as before session 8).
func writeChains(w io.Writer, clusters int, fair, strict chainScore) {
	fmt.Fprintf(w, "| score (%d clusters) | chains named in 2+ articles | whole | split | missed | entities merging 2+ chains |\n", clusters)
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|\n")
	for _, r := range []struct {
		name string
		s    chainScore
	}{{"fair (no copies, no common nouns)", fair}, {"strict (every capitalised mention)", strict}} {
		s := r.s
		pct := func(n int) string {
			if s.Chains == 0 {
				return "-"
			}
			return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(s.Chains))
		}
		fmt.Fprintf(w, "| %s | %d | %d (%s) | %d (%s) | %d (%s) | %d |\n", r.name, s.Chains, s.Whole, pct(s.Whole), s.Split, pct(s.Split), s.Missed, pct(s.Missed), s.Merges)
	}
}
