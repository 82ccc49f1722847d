package main

import (
	"bufio"
	"bytes"
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
var checkFormats = []string{"table", "json", "github", "line"}

// checkOptions are the check command's inputs.
type checkOptions struct {
	analysisFlags
	Facts string
	// Previous is an earlier 'report --format json'.
	Previous string
	// Accept is the accept file.
	Accept string
	FailOn string
	Format string
	// ShowConfig prints the effective settings instead of checking.
	ShowConfig bool
}

// checkLong is check's help text; the findings table comes from the
// catalogue (report.Kinds), so it lists every kind.
var checkLong = `Analyse a batch of articles and gate on what it finds: figures that
contradict the facts file, contradictions inside the batch, misspellings of
known names, unreadable articles and new entities. Every fact is checked
or reported: one whose subject or measure matches nothing is a
fact-unmatched warning naming the nearest ("did you mean ..."), one with
no figure in the batch is listed as not stated. Findings listed in the
accept file (--accept; 'baseline --accept-current' writes one) are
reported as accepted and never fail. With --previous (an earlier
'report --format json'), only what is new relative to it counts.

Findings and their default severities:
` + report.KindsTable("  ", true) + `

Config file: the first ` + configName + ` in the folder of the first
path or one of its parents holds default flags, one per key (facts,
accept, previous, fail-on, format, lexicon, cache-dir, no-cache,
cache-max-bytes, max-bytes; paths relative to the file's folder):

  facts: facts.yaml
  accept: accepted.yaml
  fail-on: warning
  format: github

A flag given on the command line wins over the file; an unknown key is an
error naming its line. baseline reads the same file (lexicon, cache and
max-bytes). --show-config prints the effective settings and where each
came from.

Exit status:
  0        nothing reached the --fail-on threshold
  1        a finding reached the threshold
  2        usage or input error (bad flag, missing path, malformed facts
           or accept file, --previous given no report), or the output
           cannot be written
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
  nec-analyse check --facts facts.yaml --accept accepted.yaml --fail-on warning --format github articles/
  nec-analyse check --format line articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			path, settings, err := applyConfig(cmd, args)
			if err != nil {
				return err
			}
			if opts.ShowConfig {
				return writeOutput(d, "config", func(w io.Writer) error { return showConfig(w, path, settings) })
			}
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
	cmd.Flags().BoolVar(&opts.ShowConfig, "show-config", false, "print the effective settings and where each came from ("+configName+", a flag or the default), and exit")
	cmd.Flags().StringVar(&opts.Facts, "facts", "", "facts file (YAML or JSON) of established figures and known entities")
	cmd.Flags().StringVar(&opts.Previous, "previous", "", "an earlier 'report --format json': report only what is new")
	cmd.Flags().StringVar(&opts.Previous, "baseline", "", "the old name of --previous")
	cmd.Flags().SetOutput(d.IO.ErrOut) // the deprecation notice
	_ = cmd.Flags().MarkDeprecated("baseline", "use --previous REPORT.json (the facts file 'baseline' writes goes to --facts)")
	cmd.Flags().StringVar(&opts.Accept, "accept", "", "accept file: findings the team accepted (kind, text, reason), reported as accepted and never failing")
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
	if opts.Previous != "" {
		prev, err := loadPrevious(opts.Previous)
		if err != nil {
			return err
		}
		copts.Previous = prev
	}
	if opts.Accept != "" {
		acc, err := check.LoadAccepted(opts.Accept)
		if err != nil {
			return err
		}
		copts.Accepted = acc
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
	accepted := res.Accepted
	for i := range accepted {
		pipeline.FillPaths([]report.Finding{accepted[i].Finding}, batch)
	}
	v := &report.Verdict{SchemaVersion: report.SchemaVersion, ToolVersion: d.Version, FailOn: opts.FailOn,
		Failed: res.Failed, Counts: res.Counts, Findings: nonNil(res.Findings), Accepted: nonNil(accepted), NotStated: nonNil(res.NotStated)}
	err = writeOutput(d, "check result", func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return report.RenderVerdictJSON(w, v)
		case "line":
			return report.RenderLine(w, v, locator(batch))
		case "github":
			return renderGitHub(d, w, v, locator(batch))
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

// nonNil returns s, or an empty slice for nil (JSON [] rather than null).
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// renderGitHub writes the annotations on w and, when
// $GITHUB_STEP_SUMMARY names a file, appends the step summary to it.
func renderGitHub(d *deps, w io.Writer, v *report.Verdict, locate report.Locator) error {
	path := d.IO.getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return report.RenderGitHub(w, nil, v, locate)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("step summary: %w", err)
	}
	bw := bufio.NewWriter(f)
	err = report.RenderGitHub(w, bw, v, locate)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("step summary: %w", cerr)
	}
	return err
}

// loadPrevious reads --previous: an earlier 'report --format json'. A
// facts file (what baseline writes) or a check result is named as such.
func loadPrevious(path string) (*report.Report, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read --previous: %w", err)
	}
	var prev report.Report
	jerr := json.Unmarshal(b, &prev)
	if jerr == nil && prev.SchemaVersion == report.SchemaVersion && prev.Articles != nil {
		return &prev, nil
	}
	var probe map[string]json.RawMessage
	switch {
	case json.Unmarshal(b, &probe) == nil && probe["fail_on"] != nil:
		return nil, fmt.Errorf("--previous %s is a 'check --format json' result; --previous takes an earlier 'report --format json'", path)
	case jerr == nil && prev.SchemaVersion != report.SchemaVersion && prev.SchemaVersion != 0:
		return nil, fmt.Errorf("--previous %s: schema_version %d, want %d", path, prev.SchemaVersion, report.SchemaVersion)
	}
	if f, err := check.ParseFacts(path, bytes.NewReader(b)); err == nil && len(f.Facts)+len(f.Entities) > 0 {
		return nil, fmt.Errorf("--previous %s is a facts file (as 'baseline' writes): give it to --facts; --previous takes an earlier 'report --format json'", path)
	}
	return nil, fmt.Errorf("--previous %s is not a 'report --format json' file", path)
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
	// AcceptCurrent is the accept file to write today's warnings to.
	AcceptCurrent string
}

// newBaselineCmd builds `baseline`.
func newBaselineCmd(d *deps, g *globalOptions, runF func(*baselineOptions) error) *cobra.Command {
	opts := &baselineOptions{analysisFlags: analysisFlags{Global: g}}
	cmd := &cobra.Command{
		Use:   "baseline DIR|FILE...",
		Short: "Write a facts file from the figures the corpus agrees on",
		Long: `Analyse the articles and write a facts file (YAML) holding every figure
that two or more sources agree on and every entity named by two or more
sources, for you to review and commit, then use with 'check --facts'.
With --accept-current FILE, it also writes an accept file listing every
finding at warning or above that 'check' would report today against those
facts (give each a reason, commit it, and use it with 'check --accept').
Existing output files are refused before any analysis.`,
		Example: `  nec-analyse baseline -o facts.yaml --accept-current accepted.yaml articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, _, err := applyConfig(cmd, args); err != nil {
				return err
			}
			if err := opts.analysisFlags.validate("baseline", args, opts.validate); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			d.started = true
			return runBaseline(cmd, d, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write the facts file here (default: stdout)")
	cmd.Flags().StringVar(&opts.AcceptCurrent, "accept-current", "", "also write an accept file listing today's findings at warning or above, for 'check --accept'")
	opts.analysisFlags.bind(cmd, defaultCacheDir())
	return cmd
}

// runBaseline analyses the paths and writes the facts file and, with
// --accept-current, the accept file.
func runBaseline(cmd *cobra.Command, d *deps, opts *baselineOptions) error {
	rep, batch, err := opts.analyse(cmd, d, nil)
	if err != nil {
		return err
	}
	facts := check.Baseline(rep)
	if opts.AcceptCurrent != "" {
		lex, err := opts.lexicon()
		if err != nil {
			return err
		}
		res := check.Run(rep, check.Options{Facts: facts, Lexicon: claims.NewLexicon(lex)})
		pipeline.FillPaths(res.Findings, batch)
		if err := writeNew(opts.AcceptCurrent, check.AcceptCurrent(res.Findings)); err != nil {
			return fmt.Errorf("write accept file: %w", err)
		}
	}
	if opts.Output == "" || opts.Output == "-" {
		return writeOutput(d, "facts", facts.Marshal)
	}
	if err := writeNew(opts.Output, facts); err != nil {
		return fmt.Errorf("write facts: %w", err)
	}
	return nil
}

// validate refuses, before any analysis, an output file that exists:
// baseline never overwrites one.
func (o *baselineOptions) validate() error {
	if o.AcceptCurrent == "-" {
		return flagErrorf("--accept-current needs a file name")
	}
	if o.AcceptCurrent != "" && o.AcceptCurrent == o.Output {
		return flagErrorf("--accept-current and --output name the same file")
	}
	for _, p := range []string{o.Output, o.AcceptCurrent} {
		if p == "" || p == "-" {
			continue
		}
		if _, err := os.Lstat(p); err == nil {
			return flagErrorf("%s exists; remove it or write elsewhere", p)
		}
	}
	return nil
}

// marshaler is a file baseline writes.
type marshaler interface{ Marshal(io.Writer) error }

// writeNew writes v to path, refusing to overwrite an existing file.
func writeNew(path string, facts marshaler) error {
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
