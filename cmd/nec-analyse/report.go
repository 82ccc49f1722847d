package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

// progressThreshold is the number of articles from which a progress line
// is shown (on a terminal only).
const progressThreshold = 50

// reportOptions are the report command's inputs. Paths, MaxBytes,
// Lexicon, Cache and Input are filled through analyseFlags.
type reportOptions struct {
	Paths    []string
	Format   string
	MaxBytes int64
	Strict   bool
	// Lexicon is a YAML file of extra counted nouns per measure.
	Lexicon string
	// Claims are extra claims to classify each article's stance against.
	Claims []string
	// FramingLexicon is a YAML file extending the framing lexicon.
	FramingLexicon string
	Cache          cacheFlags
	Input          inputFlags
	Global         *globalOptions
}

// cacheFlags are --cache-dir and --no-cache.
type cacheFlags struct {
	Dir string
	Off bool
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

// bind declares --cache-dir, defaulting to def, and --no-cache on cmd.
func (c *cacheFlags) bind(cmd *cobra.Command, def string) {
	cmd.Flags().StringVar(&c.Dir, "cache-dir", def, "folder of the extraction cache (results of unchanged articles are reused)")
	cmd.Flags().BoolVar(&c.Off, "no-cache", false, "neither read nor write the extraction cache")
}

// newReportCmd builds `report`. runF, when set, replaces the real run
// (tests use it to check flag parsing alone).
func newReportCmd(d *deps, g *globalOptions, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{Global: g}
	af := &analyseFlags{Paths: &opts.Paths, MaxBytes: &opts.MaxBytes, Lexicon: &opts.Lexicon, Input: &opts.Input, Cache: &opts.Cache,
		Global: g, LexiconUsage: lexiconUsage + " (measures: {votes: [ballots]})"}
	cmd := &cobra.Command{
		Use:   "report DIR|FILE...|-",
		Short: "Analyse articles and print the report",
		Long: `Analyse every article (.txt, .md, .html, .htm, .jsonl, .ndjson) under the
given folders (recursively) or files, or standard input given as '-', and
print the report on stdout.

Warnings about unreadable files go to stderr and the rest of the batch is
still analysed. Exit status: 0 when at least one article was analysed
(1 with --strict when there was any warning), 2 on usage or input errors.`,
		Example: `  nec-analyse report testdata/demo
  nec-analyse report --format json articles/ | jq '.entities[0]'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := af.validate("report", args, opts.validate); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			d.started = true
			return runReport(cmd, d, opts, af)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: "+strings.Join(report.Formats(), ", "))
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "exit 1 when any warning was reported")
	cmd.Flags().StringArrayVar(&opts.Claims, "claim", nil, "a claim to classify every article's stance against (repeatable; default: the other articles' headlines, up to 30 articles)")
	cmd.Flags().StringVar(&opts.FramingLexicon, "framing-lexicon", "", "YAML file extending the framing lexicon (same shape as internal/stance/framing.yaml)")
	af.bind(cmd)
	return cmd
}

// validate checks report's own flags (--format); analyseFlags checks the
// shared ones.
func (o *reportOptions) validate() error {
	if _, err := report.Lookup(o.Format); err != nil {
		return &flagError{err}
	}
	return nil
}

// lexiconUsage is the help text of --lexicon.
const lexiconUsage = "YAML file of extra counted nouns per measure"

// analyseFlags declares, validates and turns into analyseOptions what the
// analysing commands (report, check, baseline) share: the paths,
// --max-bytes, --lexicon, the input-format flags and, for a command with
// an extraction cache, --cache-dir and --no-cache. Its pointers point into
// the command's options struct, which holds the parsed values (so a test's
// runF sees them there).
type analyseFlags struct {
	Paths    *[]string
	MaxBytes *int64
	Lexicon  *string
	Input    *inputFlags
	// Cache is nil for a command without an extraction cache.
	Cache  *cacheFlags
	Global *globalOptions
	// LexiconUsage is the help text of --lexicon ("": lexiconUsage).
	LexiconUsage string
	// CacheDefault is the default of --cache-dir ("": no cache unless
	// --cache-dir is given).
	CacheDefault string
}

// bind declares the shared flags on cmd.
func (a *analyseFlags) bind(cmd *cobra.Command) {
	usage := a.LexiconUsage
	if usage == "" {
		usage = lexiconUsage
	}
	cmd.Flags().Int64Var(a.MaxBytes, "max-bytes", corpus.DefaultMaxBytes, "skip article files larger than this many bytes")
	cmd.Flags().StringVar(a.Lexicon, "lexicon", "", usage)
	if a.Cache != nil {
		a.Cache.bind(cmd, a.CacheDefault)
	}
	a.Input.bind(cmd)
}

// validate checks the command line of cmdName before any work, in this
// order: at least one path, then own (the command's own flags; nil when
// it has none), then --max-bytes and the input flags. On success it
// stores args as the paths. Every error is a usage error.
func (a *analyseFlags) validate(cmdName string, args []string, own func() error) error {
	if len(args) == 0 {
		return flagErrorf("%s needs at least one folder or file", cmdName)
	}
	if own != nil {
		if err := own(); err != nil {
			return err
		}
	}
	if *a.MaxBytes < 1 {
		return flagErrorf("--max-bytes must be positive, got %d", *a.MaxBytes)
	}
	if err := a.Input.validate(args); err != nil {
		return err
	}
	*a.Paths = args
	return nil
}

// options loads the --lexicon file and returns the shared inputs of
// analyse. The caller sets what is its own (Stance, Claims,
// FramingLexicon).
func (a *analyseFlags) options() (analyseOptions, error) {
	lex, err := loadLexicon(*a.Lexicon)
	if err != nil {
		return analyseOptions{}, err
	}
	o := analyseOptions{Input: *a.Input, Paths: *a.Paths, MaxBytes: *a.MaxBytes, Lexicon: lex, Global: a.Global}
	if a.Cache != nil {
		o.CacheDir = a.Cache.dir()
	}
	return o, nil
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

// loadLexicon reads the measures lexicon: the built-in one extended by
// the YAML file at path ("" for none).
func loadLexicon(path string) (*claims.Lexicon, error) {
	if path == "" {
		return claims.DefaultLexicon(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	lex, err := claims.LoadLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return lex, nil
}

// analyseOptions are the inputs every analysing command shares.
type analyseOptions struct {
	Input    inputFlags
	Paths    []string
	MaxBytes int64
	// Lexicon maps counted nouns to measures (nil: the built-in one).
	Lexicon *claims.Lexicon
	// CacheDir is the extraction cache folder; "" disables the cache.
	CacheDir string
	// Stance runs stance and framing; Claims and FramingLexicon feed them.
	Stance         bool
	Claims         []string
	FramingLexicon string
	Global         *globalOptions
}

// analyse loads o.Paths (standard input for a lone '-') and runs the
// pipeline over them. Per-file warnings go to stderr, and so do info lines
// unless --quiet. It returns the report and the loaded batch; it is shared
// by the commands that need a report.
func analyse(cmd *cobra.Command, d *deps, o analyseOptions) (*report.Report, *corpus.Batch, error) {
	errOut := d.IO.ErrOut
	paths, maxBytes, lex, g := o.Paths, o.MaxBytes, o.Lexicon, o.Global
	if lex == nil {
		lex = claims.DefaultLexicon()
	}
	var err error
	lopts := corpus.LoadOptions{MaxBytes: maxBytes, Extractor: o.Input.HTMLExtractor, JSONLFields: o.Input.JSONL, Workers: g.Jobs}
	var store *cache.Store
	if o.CacheDir != "" {
		var err error
		store, err = cache.Open(o.CacheDir)
		if errors.Is(err, cache.ErrRebuilt) {
			fmt.Fprintf(errOut, "warning: %s: %v\n", o.CacheDir, err)
		} else if err != nil {
			return nil, nil, err
		}
		defer store.Close()
		lopts.Cache, lopts.CacheSalt = store, d.Version+"|"+pipeline.BuildRevision()
	}
	var batch *corpus.Batch
	if len(paths) == 1 && paths[0] == "-" {
		batch, err = corpus.LoadReader("-", d.IO.In, o.Input.StdinFormat, lopts)
	} else {
		batch, err = corpus.Load(paths, lopts)
	}
	var pe *corpus.PathError
	if errors.As(err, &pe) {
		return nil, nil, fmt.Errorf("load %s: %w", pe.Path, pe.Err)
	}
	if batch != nil {
		if !g.Quiet {
			for _, s := range batch.Skipped {
				fmt.Fprintf(errOut, "info: skipped %s (not a .txt, .md, .html or .jsonl article)\n", s)
			}
		}
		for _, e := range batch.Errors {
			fmt.Fprintf(errOut, "warning: %v\n", e)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	// The models load only when an article must be extracted: a batch
	// whose report is cached never pays for them.
	popts := pipeline.Options{Workers: g.Jobs, ToolVersion: d.Version, Lexicon: lex, LoadModel: d.Model}
	showProgress := d.IO.ErrTTY && !g.Quiet && len(batch.Articles) >= progressThreshold
	if showProgress {
		popts.Progress = func(done, total int) {
			fmt.Fprintf(errOut, "\ranalysed %d/%d articles", done, total)
			if done == total {
				fmt.Fprint(errOut, "\r\033[K")
			}
		}
	}
	if o.Stance {
		lex := stance.DefaultLexicon()
		if o.FramingLexicon != "" {
			b, err := os.ReadFile(o.FramingLexicon)
			if err != nil {
				return nil, nil, fmt.Errorf("read framing lexicon: %w", err)
			}
			popts.CacheSalt = fmt.Sprintf("framing %x", sha256.Sum256(b))
			user, err := stance.ParseLexicon(b)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", o.FramingLexicon, err)
			}
			lex.Merge(user)
		}
		popts.LoadStance, popts.Claims, popts.Framer = d.Stance, o.Claims, stance.NewFramer(lex)
	}
	var stats pipeline.Stats
	popts.Stats = &stats
	if store != nil {
		popts.Cache = store
	}
	rep, err := pipeline.Run(cmd.Context(), batch, nil, popts)
	if err != nil {
		return nil, nil, err
	}
	if o.CacheDir != "" {
		if stats.CacheError != nil {
			fmt.Fprintf(errOut, "warning: could not store results in the cache: %v\n", stats.CacheError)
		}
		if !g.Quiet {
			fmt.Fprintf(errOut, "info: %d articles extracted, %d from the cache\n", stats.Extracted, stats.Cached)
		}
	}
	for _, a := range batch.Articles {
		for _, p := range a.Problems {
			fmt.Fprintf(errOut, "warning: %s: %v\n", a.Path, p)
		}
	}
	return rep, batch, nil
}

// runReport analyses the paths, with stance, and renders the report on
// stdout; with --strict, a warning fails the gate.
func runReport(cmd *cobra.Command, d *deps, opts *reportOptions, af *analyseFlags) error {
	o, err := af.options()
	if err != nil {
		return err
	}
	o.Stance, o.Claims, o.FramingLexicon = true, opts.Claims, opts.FramingLexicon
	rep, _, err := analyse(cmd, d, o)
	if err != nil {
		return err
	}
	render, _ := report.Lookup(opts.Format)
	if err := render(d.IO.Out, rep, report.Options{Width: d.IO.Width}); err != nil {
		return fmt.Errorf("write %s report: %w", opts.Format, err)
	}
	if opts.Strict {
		for _, f := range rep.Findings {
			if f.Severity >= report.Warning {
				return &gateError{reason: "warnings reported (--strict)"}
			}
		}
	}
	return nil
}
