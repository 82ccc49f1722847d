package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/itchyny/gojq"
	"github.com/spf13/cobra"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// reportOptions are the report command's inputs.
type reportOptions struct {
	analysisFlags
	Format string
	Strict bool
	// Claims are extra claims to classify each article's stance against.
	Claims []string
	// FramingLexicon is a YAML file extending the framing lexicon.
	FramingLexicon string
	// JSONFields is --json: the top-level sections to print.
	JSONFields string
	// JQ is --jq: a jq program run on the JSON report.
	JQ string

	fields []string
	jq     *gojq.Code
}

// cacheFlags are --cache-dir, --no-cache and --cache-max-bytes.
type cacheFlags struct {
	Dir string
	Off bool
	// MaxBytes bounds the cache's stored values (least recently used
	// entries are evicted past it).
	MaxBytes int64
}

// dir is the cache folder to use: "" when --no-cache is set.
func (c cacheFlags) dir() string {
	if c.Off {
		return ""
	}
	return c.Dir
}

// defaultCacheDir is the extraction cache under the user cache folder,
// or "" when there is none.
func defaultCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "nec-analyse")
}

// bind declares --cache-dir, defaulting to def, --no-cache and
// --cache-max-bytes on cmd.
func (c *cacheFlags) bind(cmd *cobra.Command, def string) {
	cmd.Flags().StringVar(&c.Dir, "cache-dir", def, "folder of the extraction cache (results of unchanged articles are reused)")
	cmd.Flags().BoolVar(&c.Off, "no-cache", false, "neither read nor write the extraction cache")
	bindCacheMaxBytes(cmd, &c.MaxBytes)
}

// bindCacheMaxBytes declares --cache-max-bytes.
func bindCacheMaxBytes(cmd *cobra.Command, v *int64) {
	cmd.Flags().Int64Var(v, "cache-max-bytes", cache.DefaultMaxBytes, "bound on the extraction cache's stored results; the least recently used are evicted past it")
}

// validate checks --cache-max-bytes.
func (c cacheFlags) validate() error {
	if c.MaxBytes < 1 {
		return flagErrorf("--cache-max-bytes must be positive, got %d", c.MaxBytes)
	}
	return nil
}

// newReportCmd builds `report`. runF, when set, replaces the real run
// (tests use it to check flag parsing alone).
func newReportCmd(d *deps, g *globalOptions, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{analysisFlags: analysisFlags{Global: g}}
	cmd := &cobra.Command{
		Use:   "report DIR|FILE...|-",
		Short: "Analyse articles and print the report",
		Long: `Analyse every article (.txt, .md, .html, .htm, .jsonl, .ndjson) under the
given folders (recursively) or files, or standard input given as '-', and
print the report on stdout.

Warnings about unreadable files go to stderr and the rest of the batch is
still analysed. Exit status: 0 when at least one article was analysed
(1 with --strict when there was any warning), 2 on usage or input errors
or when the output cannot be written, 130/143 when interrupted by
SIGINT/SIGTERM. A closed standard output (| head) keeps the status (never
141); a cache problem is a warning.`,
		Example: `  nec-analyse report testdata/demo
  nec-analyse report --format json articles/ | jq '.entities[0]'
  nec-analyse report --json claims,findings articles/
  nec-analyse report --jq '.findings[] | select(.severity == "error") | .message' articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.analysisFlags.validate("report", args, opts.validate); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			d.started = true
			return runReport(cmd, d, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: "+strings.Join(report.Formats(), ", "))
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "exit 1 when any warning was reported")
	cmd.Flags().StringArrayVar(&opts.Claims, "claim", nil, "a claim to classify every article's stance against (repeatable; default: the corpus's key claim built from the agreed claims, else the other articles' headlines, up to 30 articles)")
	cmd.Flags().StringVar(&opts.FramingLexicon, "framing-lexicon", "", "YAML file extending the framing lexicon (same shape as internal/stance/framing.yaml)")
	cmd.Flags().StringVar(&opts.JSONFields, "json", "", "print only these top-level sections of the JSON report (comma-separated: "+strings.Join(reportFields(), ",")+")")
	cmd.Flags().StringVar(&opts.JQ, "jq", "", "run a jq program on the JSON report (or the --json sections) and print its results, strings unquoted")
	opts.analysisFlags.bind(cmd, "")
	return cmd
}

// validate checks report's own flags (--format, --json, --jq);
// analysisFlags checks the shared ones.
func (o *reportOptions) validate() error {
	if _, err := report.Lookup(o.Format); err != nil {
		return &flagError{err}
	}
	if (o.JSONFields != "" || o.JQ != "") && o.Format != "table" && o.Format != "json" {
		return flagErrorf("--json and --jq print JSON; they cannot be combined with --format %s", o.Format)
	}
	if o.JSONFields != "" {
		f, err := parseJSONFields(o.JSONFields)
		if err != nil {
			return &flagError{err}
		}
		o.fields = f
	}
	if o.JQ != "" {
		code, err := compileJQ(o.JQ)
		if err != nil {
			return &flagError{err}
		}
		o.jq = code
	}
	return nil
}

// inputFlags are the input-format flags every analysing command shares.
type inputFlags struct {
	StdinFormat   string
	HTMLExtractor string
	JSONL         corpus.JSONLFields
}

// bind declares the input-format flags on cmd.
func (f *inputFlags) bind(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.StdinFormat, "stdin-format", "text", "format of standard input given as '-': text, markdown, html or jsonl")
	fl.StringVar(&f.HTMLExtractor, "html-extractor", corpus.ExtractorTrafilatura, "main-text extractor for HTML pages: trafilatura or readability")
	fl.StringVar(&f.JSONL.Text, "jsonl-text-field", "text", "JSON Lines field holding the article text")
	fl.StringVar(&f.JSONL.ID, "jsonl-id-field", "id", "JSON Lines field holding the article id")
	fl.StringVar(&f.JSONL.Title, "jsonl-title-field", "title", "JSON Lines field holding the title")
	fl.StringVar(&f.JSONL.Outlet, "jsonl-outlet-field", "outlet", "JSON Lines field holding the outlet")
	fl.StringVar(&f.JSONL.URL, "jsonl-url-field", "url", "JSON Lines field holding the URL")
	fl.StringVar(&f.JSONL.Published, "jsonl-published-field", "published", "JSON Lines field holding the publication date")
	fl.StringVar(&f.JSONL.Language, "jsonl-language-field", "language", "JSON Lines field holding the language")
}

// validate checks the input flags and the use of '-' among paths.
func (f *inputFlags) validate(paths []string) error {
	switch f.StdinFormat {
	case corpus.FormatText, corpus.FormatMarkdown, corpus.FormatHTML, corpus.FormatJSONL:
	default:
		return flagErrorf("unknown --stdin-format %q (valid: text, markdown, html, jsonl)", f.StdinFormat)
	}
	switch f.HTMLExtractor {
	case corpus.ExtractorTrafilatura, corpus.ExtractorReadability:
	default:
		return flagErrorf("unknown --html-extractor %q (valid: trafilatura, readability)", f.HTMLExtractor)
	}
	for _, p := range paths {
		if p == "-" && len(paths) > 1 {
			return flagErrorf("'-' (standard input) cannot be combined with other paths")
		}
	}
	return nil
}

// runReport analyses the paths, with stance, and renders the report on
// stdout; with --strict, a warning fails the gate.
func runReport(cmd *cobra.Command, d *deps, opts *reportOptions) error {
	rep, _, err := opts.analyse(cmd, d, &stanceInputs{Claims: opts.Claims, FramingLexicon: opts.FramingLexicon})
	if err != nil {
		return err
	}
	if !opts.Global.Quiet {
		stanceLeftOut(d.IO.ErrOut, rep, opts.Claims)
	}
	render, _ := report.Lookup(opts.Format)
	what := opts.Format + " report"
	if opts.fields != nil || opts.jq != nil {
		what = "JSON report"
		render = func(w io.Writer, rep *report.Report, _ report.Options) error {
			return renderFields(w, rep, opts.fields, opts.jq)
		}
	}
	err = writeOutput(d, what, func(w io.Writer) error {
		return render(w, rep, renderOptions(d.IO, opts.Global))
	})
	var jqErr *jqError
	if errors.As(err, &jqErr) {
		return jqErr
	}
	if err != nil {
		return err
	}
	if opts.Strict {
		return strictGate(d.IO.ErrOut, rep)
	}
	return nil
}

// strictGate fails --strict when the report has a warning or an error,
// printing on w each finding that made it fail, its source named by its
// label.
func strictGate(w io.Writer, rep *report.Report) error {
	labels := rep.Labels()
	var failed []report.Finding
	for _, f := range rep.Findings {
		if f.Severity >= report.Warning {
			failed = append(failed, f)
		}
	}
	if len(failed) == 0 {
		return nil
	}
	noun := "findings"
	if len(failed) == 1 {
		noun = "finding"
	}
	fmt.Fprintf(w, "error: --strict: %d %s at warning or above:\n", len(failed), noun)
	for _, f := range failed {
		src := ""
		if len(f.Evidence) > 0 {
			src = f.Evidence[0].Article
			if l, ok := labels[src]; ok {
				src = l
			}
			src += ": "
		}
		fmt.Fprintf(w, "  %s %s: %s%s\n", f.Severity, f.Kind, src, report.LabelText(labels, f.Message))
	}
	return &gateError{reason: "warnings reported (--strict)"}
}
