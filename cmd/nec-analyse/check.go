package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/nec-analyse/nec-analyse/internal/check"
	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// checkFormats are the output formats of check.
var checkFormats = []string{"table", "json", "github"}

// checkOptions are the check command's inputs.
type checkOptions struct {
	analysisFlags
	Facts    string
	Baseline string
	FailOn   string
	Format   string
}

// checkLong is check's help text; the findings table comes from the
// catalogue (report.Kinds), so it lists every kind.
var checkLong = `Analyse a batch of articles and gate on what it finds: figures that
contradict the facts file, contradictions inside the batch, misspellings of
known names, unreadable articles and new entities. With --baseline (an
earlier 'report --format json'), only what is new relative to it counts.

Findings and their default severities:
` + report.KindsTable("  ", true) + `

Exit status:
  0        nothing reached the --fail-on threshold
  1        a finding reached the threshold
  2        usage or input error (bad flag, missing path, malformed facts
           file), or the output cannot be written
  130/143  interrupted by SIGINT/SIGTERM
A closed standard output (| head) keeps the status above (0 or 1), never
141. A cache that is busy, damaged or cannot be written is a warning, not
an error.`

// newCheckCmd builds `check`.
func newCheckCmd(d *deps, g *globalOptions, runF func(*checkOptions) error) *cobra.Command {
	opts := &checkOptions{analysisFlags: analysisFlags{Global: g}}
	cmd := &cobra.Command{
		Use:   "check DIR|FILE...",
		Short: "Gate a batch of articles for CI (exit 1 on findings at or above --fail-on)",
		Long:  checkLong,
		Example: `  nec-analyse check --facts facts.yaml articles/
  nec-analyse check --facts facts.yaml --fail-on warning --format github articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.analysisFlags.validate("check", args, opts.validate); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			d.started = true
			return runCheck(cmd, d, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Facts, "facts", "", "facts file (YAML or JSON) of established figures and known entities")
	cmd.Flags().StringVar(&opts.Baseline, "baseline", "", "earlier 'report --format json': report only what is new")
	cmd.Flags().StringVar(&opts.FailOn, "fail-on", "error", "lowest severity that fails: error, warning, info or none")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: "+strings.Join(checkFormats, ", "))
	opts.analysisFlags.bind(cmd, defaultCacheDir())
	return cmd
}

// validate checks check's own flags (--fail-on, --format); analysisFlags
// checks the shared ones.
func (o *checkOptions) validate() error {
	if _, err := check.ParseThreshold(o.FailOn); err != nil {
		return &flagError{err}
	}
	if !contains(checkFormats, o.Format) {
		return flagErrorf("unknown format %q (valid: %s)", o.Format, strings.Join(checkFormats, ", "))
	}
	return nil
}

// contains reports whether s is in list.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// runCheck loads the facts and the baseline, analyses the paths, renders
// the verdict on stdout and fails the gate when a finding reached
// --fail-on.
func runCheck(cmd *cobra.Command, d *deps, opts *checkOptions) error {
	threshold, _ := check.ParseThreshold(opts.FailOn)
	copts := check.Options{FailOn: threshold}
	if opts.Facts != "" {
		facts, err := check.LoadFacts(opts.Facts)
		if err != nil {
			return err
		}
		copts.Facts = facts
	}
	if opts.Baseline != "" {
		b, err := os.ReadFile(opts.Baseline)
		if err != nil {
			return fmt.Errorf("read baseline: %w", err)
		}
		var base report.Report
		if err := json.Unmarshal(b, &base); err != nil {
			return fmt.Errorf("read baseline %s: %w", opts.Baseline, err)
		}
		if base.SchemaVersion != report.SchemaVersion {
			return fmt.Errorf("read baseline %s: schema_version %d, want %d", opts.Baseline, base.SchemaVersion, report.SchemaVersion)
		}
		copts.Baseline = &base
	}
	lex, err := opts.lexicon()
	if err != nil {
		return err
	}
	copts.Lexicon = claims.NewLexicon(lex)
	rep, batch, err := opts.analyse(cmd, d, nil)
	if err != nil {
		return err
	}
	res := check.Run(rep, copts)
	pipeline.FillPaths(res.Findings, batch)
	v := &report.Verdict{SchemaVersion: report.SchemaVersion, ToolVersion: d.Version, FailOn: opts.FailOn,
		Failed: res.Failed, Counts: res.Counts, Findings: res.Findings}
	if v.Findings == nil {
		v.Findings = []report.Finding{}
	}
	err = writeOutput(d, "check result", func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return report.RenderVerdictJSON(w, v)
		case "github":
			return report.RenderGitHub(w, v, locator(batch))
		}
		ro := renderOptions(d.IO, opts.Global)
		ro.Labels = rep.Labels()
		return report.RenderVerdictTable(w, v, ro)
	})
	if err != nil {
		return err
	}
	if res.Failed {
		return &gateError{reason: "check failed"}
	}
	return nil
}

// locator finds the file, line and column of an offset in an article.
func locator(batch *corpus.Batch) report.Locator {
	byID := map[string]*corpus.Article{}
	for i := range batch.Articles {
		byID[batch.Articles[i].ID] = &batch.Articles[i]
	}
	return func(article string, offset int) (string, int, int, bool) {
		a, ok := byID[article]
		if !ok {
			return article, 0, 0, false
		}
		if offset < 0 || offset > len(a.Source) || a.Format != corpus.FormatText && a.Format != corpus.FormatMarkdown {
			// The text of a web page or a JSON Lines record is not the
			// file's: name the file, not a line in it.
			return a.Path, 0, 0, false
		}
		before := a.Source[:offset]
		line := strings.Count(before, "\n") + 1
		col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
		return a.Path, line, col, true
	}
}

// baselineOptions are the baseline command's inputs.
type baselineOptions struct {
	analysisFlags
	Output string
}

// newBaselineCmd builds `baseline`.
func newBaselineCmd(d *deps, g *globalOptions, runF func(*baselineOptions) error) *cobra.Command {
	opts := &baselineOptions{analysisFlags: analysisFlags{Global: g}}
	cmd := &cobra.Command{
		Use:   "baseline DIR|FILE...",
		Short: "Write a facts file from the figures the corpus agrees on",
		Long: `Analyse the articles and write a facts file (YAML) holding every figure
that two or more sources agree on and every entity named by two or more
sources, for you to review and commit, then use with 'check --facts'.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.analysisFlags.validate("baseline", args, opts.validate); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			d.started = true
			rep, _, err := opts.analyse(cmd, d, nil)
			if err != nil {
				return err
			}
			facts := check.Baseline(rep)
			if opts.Output == "" || opts.Output == "-" {
				return writeOutput(d, "facts", facts.Marshal)
			}
			if err := writeNew(opts.Output, facts); err != nil {
				return fmt.Errorf("write facts: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write the facts file here (default: stdout)")
	opts.analysisFlags.bind(cmd, defaultCacheDir())
	return cmd
}

// validate refuses, before any analysis, an output file that exists:
// baseline never overwrites one.
func (o *baselineOptions) validate() error {
	if o.Output == "" || o.Output == "-" {
		return nil
	}
	if _, err := os.Lstat(o.Output); err == nil {
		return flagErrorf("%s exists; remove it or write elsewhere", o.Output)
	}
	return nil
}

// writeNew writes facts to path, refusing to overwrite an existing file.
func writeNew(path string, facts *check.Facts) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; remove it or write elsewhere", path)
		}
		return err
	}
	if err := facts.Marshal(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
