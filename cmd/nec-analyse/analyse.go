package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

// analysisFlags are the arguments and flags every analysing command
// (report, check, baseline) shares: the paths, --max-bytes, --lexicon,
// the input-format flags and the cache flags. Each command's options
// struct embeds it, bind declares them, validate checks them, and analyse
// is the one analysis step the three commands run.
type analysisFlags struct {
	Paths    []string
	MaxBytes int64
	// MaxArticles, when positive, keeps the first this many articles of
	// the batch (in id order) and leaves out the rest.
	MaxArticles int
	// Lexicon is a YAML file extending the built-in word lists.
	Lexicon string
	Input   inputFlags
	Cache   cacheFlags
	Global  *globalOptions
	// Timings prints each stage's wall-clock time on stderr, and
	// CPUProfile names a file for a pprof CPU profile of the analysis
	// (hidden: developers' flags).
	Timings    bool
	CPUProfile string

	lex *lexicon.Lexicon // loaded by lexicon
}

// lexiconUsage is the help text of --lexicon.
const lexiconUsage = "YAML file adding entries to any built-in word list by its name (docs/lexicon.md), e.g. measure_votes: [ballots]"

// bind declares the shared flags on cmd; cacheDefault is the default of
// --cache-dir ("": no cache unless --cache-dir is given).
func (a *analysisFlags) bind(cmd *cobra.Command, cacheDefault string) {
	cmd.Flags().Int64Var(&a.MaxBytes, "max-bytes", corpus.DefaultMaxBytes, "skip article files larger than this many bytes")
	cmd.Flags().IntVar(&a.MaxArticles, "max-articles", 0, "analyse only the first N articles (in id order), for a quick look at a large folder; 0 for all")
	cmd.Flags().StringVar(&a.Lexicon, "lexicon", "", lexiconUsage)
	a.Cache.bind(cmd, cacheDefault)
	a.Input.bind(cmd)
	cmd.Flags().BoolVar(&a.Timings, "timings", false, "print each stage's wall-clock time on stderr (for developers)")
	cmd.Flags().StringVar(&a.CPUProfile, "cpuprofile", "", "write a CPU profile of the analysis to this file, for go tool pprof (for developers)")
	_ = cmd.Flags().MarkHidden("timings")
	_ = cmd.Flags().MarkHidden("cpuprofile")
}

// validate checks the command line of cmdName before any work, in this
// order: at least one path, then own (the command's own flags; nil when
// it has none), then --max-bytes and the input flags. On success it
// stores args as the paths. Every error is a usage error.
func (a *analysisFlags) validate(cmdName string, args []string, own func() error) error {
	if len(args) == 0 {
		return flagErrorf("%s needs at least one folder or file", cmdName)
	}
	if own != nil {
		if err := own(); err != nil {
			return err
		}
	}
	if a.MaxBytes < 1 {
		return flagErrorf("--max-bytes must be positive, got %d", a.MaxBytes)
	}
	if a.MaxArticles < 0 {
		return flagErrorf("--max-articles must be 0 (all) or positive, got %d", a.MaxArticles)
	}
	if err := a.Cache.validate(); err != nil {
		return err
	}
	if err := a.Input.validate(args); err != nil {
		return err
	}
	a.Paths = args
	return nil
}

// lexicon loads --lexicon (once): the built-in word lists, extended by
// the user's file.
func (a *analysisFlags) lexicon() (*lexicon.Lexicon, error) {
	if a.lex == nil {
		lex, err := loadLexicon(a.Lexicon)
		if err != nil {
			return nil, err
		}
		a.lex = lex
	}
	return a.lex, nil
}

// loadLexicon reads the built-in lexicon extended by the YAML file at
// path ("" for none). Errors name the file, line and column.
func loadLexicon(path string) (*lexicon.Lexicon, error) {
	if path == "" {
		return lexicon.Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	return lexicon.Default().Extend(f, path)
}

// loadStdin is corpus.LoadReader on standard input, given up when ctx is
// done: a read from a terminal or a silent pipe cannot be interrupted, so
// it is left to end with the process.
func loadStdin(ctx context.Context, in io.Reader, format string, opts corpus.LoadOptions) (*corpus.Batch, error) {
	type loaded struct {
		b   *corpus.Batch
		err error
	}
	done := make(chan loaded, 1)
	go func() {
		b, err := corpus.LoadReader("-", in, format, opts)
		done <- loaded{b, err}
	}()
	select {
	case l := <-done:
		return l.b, l.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// limit keeps the first --max-articles articles of the batch (sorted by
// id), saying on errOut (unless --quiet) how many it left out and which.
func (a *analysisFlags) limit(batch *corpus.Batch, errOut io.Writer) {
	n := len(batch.Articles)
	if a.MaxArticles <= 0 || n <= a.MaxArticles {
		return
	}
	left := batch.Articles[a.MaxArticles:]
	batch.Articles = batch.Articles[:a.MaxArticles:a.MaxArticles]
	if !a.Global.Quiet {
		which := left[0].ID
		if len(left) > 1 {
			which = "from " + left[0].ID + " to " + left[len(left)-1].ID
		}
		fmt.Fprintf(errOut, "info: --max-articles %d: analysed the first %d of %d articles (in id order); left out %d: %s\n",
			a.MaxArticles, a.MaxArticles, n, len(left), which)
	}
}

// prepare readies the loaded batch for analysis: --max-articles, the
// memory limit for what is left, and the progress on a terminal (nil
// when none is shown: not a terminal, --quiet, or a small batch).
func (a *analysisFlags) prepare(d *deps, batch *corpus.Batch) *progress {
	a.limit(batch, d.IO.ErrOut)
	if d.Memory != nil {
		d.Memory.batch(batch)
	}
	if !d.IO.ErrTTY || a.Global.Quiet || len(batch.Articles) < progressThreshold {
		return nil
	}
	return newProgress(d.IO.ErrOut, len(batch.Articles))
}

// stanceInputs turn stance and framing on for analyse (report only).
type stanceInputs struct {
	Claims         []string
	FramingLexicon string
}

// analyse loads the paths (standard input for a lone '-') and runs the
// pipeline over them, with stance when st is set. Per-file warnings go to
// stderr, and so do info lines unless --quiet. It returns the report and
// the loaded batch.
func (a *analysisFlags) analyse(cmd *cobra.Command, d *deps, st *stanceInputs) (*report.Report, *corpus.Batch, error) {
	errOut := d.IO.ErrOut
	g := a.Global
	clock, stop, err := a.developerTools(errOut)
	if err != nil {
		return nil, nil, err
	}
	defer stop()
	lex, err := a.lexicon()
	if err != nil {
		return nil, nil, err
	}
	lopts := corpus.LoadOptions{MaxBytes: a.MaxBytes, Extractor: a.Input.HTMLExtractor, JSONLFields: a.Input.JSONL, Workers: g.Jobs, Lexicon: lex}
	// The cache is an optimisation: whatever is wrong with it (busy,
	// damaged, not writable) is one warning, and the run goes on with
	// what can be used.
	var store *cache.Store
	if dir := a.Cache.dir(); dir != "" {
		co := d.CacheOptions
		co.MaxBytes, co.Done = a.Cache.MaxBytes, cmd.Context().Done()
		co.OnWait = func(path string) {
			if !g.Quiet {
				fmt.Fprintf(errOut, "info: waiting for the cache %s (in use by another nec-analyse run)\n", path)
			}
		}
		store, err = cache.OpenWith(dir, co)
		if err != nil {
			fmt.Fprintf(errOut, "warning: %v\n", err)
		}
		if store != nil {
			defer store.Close()
			lopts.Cache, lopts.CacheSalt = store, d.Version+"|"+pipeline.BuildRevision()
		}
	}
	var batch *corpus.Batch
	if len(a.Paths) == 1 && a.Paths[0] == "-" {
		batch, err = loadStdin(cmd.Context(), d.IO.In, a.Input.StdinFormat, lopts)
	} else {
		batch, err = corpus.LoadContext(cmd.Context(), a.Paths, lopts)
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
			for _, r := range batch.Repeats {
				fmt.Fprintf(errOut, "info: %s is the same file as %s (analysed once)\n", r.Path, r.Of)
			}
		}
		for _, e := range batch.Errors {
			fmt.Fprintf(errOut, "warning: %v\n", e)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	prog := a.prepare(d, batch)
	// The models load only when an article must be extracted: a batch
	// whose report is cached never pays for them.
	popts := pipeline.Options{Workers: g.Jobs, ToolVersion: d.Version, Lexicon: lex, LoadModel: d.Model}
	if prog != nil {
		popts.Progress, popts.Stage = prog.articles, prog.stage
	}
	clock.timeRun(&popts)
	if st != nil {
		flx := lex
		if st.FramingLexicon != "" {
			b, err := os.ReadFile(st.FramingLexicon)
			if err != nil {
				return nil, nil, fmt.Errorf("read framing lexicon: %w", err)
			}
			flx = lex.WithFraming(b, st.FramingLexicon)
		}
		flex, err := stance.LexiconFrom(flx)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", strings.Join(flx.Sources(), ", "), err)
		}
		// The report depends on the framing words (the rest of the
		// lexicon is in the extraction keys).
		popts.CacheSalt = "framing " + flx.Fingerprint()
		popts.LoadStance, popts.Claims, popts.Framer = d.Stance, st.Claims, stance.NewFramer(flex)
	}
	var stats pipeline.Stats
	popts.Stats = &stats
	if store != nil {
		popts.Cache = store
	}
	rep, err := pipeline.Run(cmd.Context(), batch, nil, popts)
	if prog != nil {
		prog.end()
	}
	if err != nil {
		return nil, nil, err
	}
	for _, e := range stats.Failed {
		fmt.Fprintf(errOut, "warning: %v\n", e)
	}
	if store != nil {
		if stats.CacheError != nil {
			fmt.Fprintf(errOut, "warning: could not store results in the cache: %v\n", stats.CacheError)
		}
		if !g.Quiet {
			fmt.Fprintf(errOut, "info: %d articles extracted, %d from the cache\n", stats.Extracted, stats.Cached)
		}
	}
	for _, art := range batch.Articles {
		for _, p := range art.Problems {
			fmt.Fprintf(errOut, "warning: %s: %v\n", art.Path, p)
		}
	}
	return rep, batch, nil
}

// stanceLeftOut says, in one info line, when stance was left out: no
// --claim and too many sources to compare every headline with every
// article.
func stanceLeftOut(w io.Writer, rep *report.Report, claims []string) {
	if n := keptSources(rep); len(claims) == 0 && n > pipeline.MaxHeadlineStance {
		fmt.Fprintf(w, "info: stance left out: %d sources are more than %d to compare every headline with every article; --claim TEXT (repeatable) classifies each article against TEXT\n",
			n, pipeline.MaxHeadlineStance)
	}
}

// keptSources counts the report's articles that are not a copy of
// another.
func keptSources(rep *report.Report) int {
	n := 0
	for _, a := range rep.Articles {
		if a.DuplicateOf == "" {
			n++
		}
	}
	return n
}
