// Package pipeline runs the analysis: it takes the loaded corpus, runs the
// per-article extraction stages on a bounded worker pool, cross-references
// the results at corpus level and returns one report.Report. Output does
// not depend on the number of workers: worker i writes only slot i, and
// every merged list is sorted.
package pipeline

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/quotes"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/stance"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Options controls Run.
type Options struct {
	// Workers is the number of articles analysed at once (minimum 1).
	Workers int
	// ToolVersion is recorded in the report.
	ToolVersion string
	// Progress, when set, is called after each article with the number
	// done and the total. Calls are serialised.
	Progress func(done, total int)
	// Stage, when set, is called as each corpus-level stage begins, with
	// its name ("resolving entities", "cross-referencing claims",
	// "matching quotes", "stance", "framing").
	Stage func(name string)
	// Lexicon holds every word list the stages read, the built-in one
	// extended by the user's file (nil: lexicon.Default()).
	Lexicon *lexicon.Lexicon
	// Cache, when set, supplies per-article extraction results computed
	// by an earlier run and stores the new ones.
	Cache ExtractionCache
	// Stats, when set, is filled in by Run.
	Stats *Stats
	// Stance, when set, classifies every article against the key claims:
	// Claims when given, else the other articles' headlines (small
	// corpora only).
	Stance *stance.Model
	Claims []string
	// Framer, when set, reads each article's register and tone.
	Framer *stance.Framer
	// CacheSalt names whatever else the report depends on that Options
	// does not show (a user framing lexicon); it is part of cache keys.
	CacheSalt string
	// LoadModel, when Run is given no model, loads it; it is called only
	// when some article must be extracted (a fully cached batch never
	// pays for loading the models).
	LoadModel func() (*ner.Model, error)
	// LoadStance, when Stance is nil, loads the stance model on the same
	// terms; setting it turns stance on.
	LoadStance func() (*stance.Model, error)
	// Off switches named passes off, by ID ("entities/surname"): for the
	// evaluation harnesses (ablation), never a user option.
	Off rules.Off
}

// ExtractionCache stores serialized per-article extraction results.
type ExtractionCache interface {
	Get(key string) ([]byte, bool)
	PutAll(kv map[string][]byte) error
}

// Stats counts what Run did.
type Stats struct {
	// Extracted articles went through the extraction stages; Cached ones
	// were taken from the cache.
	Extracted, Cached int
	// CacheError is set when results could not be stored.
	CacheError error
	// Failed lists the articles left out of the report because their
	// analysis failed inside the tool (ErrExtraction), sorted by path.
	Failed []*corpus.ArticleError
}

// ErrExtraction marks an article whose analysis failed inside the tool (a
// bug, not bad input): the article is left out of the report, named as
// unreadable with the failure, and the rest of the batch is analysed.
var ErrExtraction = errors.New("internal error while analysing this article (please report it with the file)")

// extractHook, when set (tests only), runs before each article's
// extraction.
var extractHook func(*corpus.Article)

// extractJob is the parallel per-article stage of one Run: results[i]
// and errs[i] belong to arts[i]; cached articles are only counted.
type extractJob struct {
	arts     []corpus.Article
	cached   []bool
	results  []extraction
	errs     []error
	model    *ner.Model
	copts    claims.ExtractOptions
	progress func(done, total int)

	mu   sync.Mutex
	done int
}

// run extracts every article not cached on workers goroutines; it returns
// the context's error when the run was cancelled.
func (j *extractJob) run(ctx context.Context, workers int) error {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, max(len(j.arts), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j.work(jobs)
		}()
	}
	var ctxErr error
feed:
	for i := range j.arts {
		if j.cached[i] {
			j.tick()
			continue
		}
		select {
		case jobs <- i:
		case <-ctx.Done():
			ctxErr = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return ctxErr
}

// work extracts the articles it receives with one extractor; after a
// failure inside the tool it starts again from a fresh extractor, since
// the failed one's state is unknown.
func (j *extractJob) work(jobs <-chan int) {
	var ex *ner.Extractor
	for i := range jobs {
		if ex == nil {
			var err error
			if ex, err = j.newExtractor(); err != nil {
				j.errs[i] = err
				continue
			}
		}
		res, err := safeExtract(ex, &j.arts[i], j.copts)
		if err != nil {
			j.errs[i], ex = err, nil
		} else {
			j.results[i] = res
		}
		j.tick()
	}
}

func (j *extractJob) newExtractor() (*ner.Extractor, error) {
	if j.model == nil {
		return nil, errors.New("pipeline: no NER model")
	}
	ex, err := j.model.NewExtractor()
	if err != nil {
		return nil, err
	}
	ex.SetOff(j.copts.Off)
	return ex, nil
}

// tick counts one more article done on the progress callback.
func (j *extractJob) tick() {
	if j.progress == nil {
		return
	}
	j.mu.Lock()
	j.done++
	j.progress(j.done, len(j.arts))
	j.mu.Unlock()
}

// readCached fills results[i] and sets cached[i] for every article whose
// extraction the cache holds under keys[i].
func readCached(c ExtractionCache, keys []string, results []extraction, cached []bool) {
	for i, k := range keys {
		if b, ok := c.Get(k); ok {
			var e cachedExtraction
			if json.Unmarshal(b, &e) == nil {
				results[i] = extraction{sentences: e.Sentences, mentions: e.Mentions, ner: e.NER, figures: e.Figures}
				cached[i] = true
			}
		}
	}
}

// safeExtract runs extract and turns a panic into an ErrExtraction that
// names it.
func safeExtract(ex *ner.Extractor, a *corpus.Article, copts claims.ExtractOptions) (res extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrExtraction, r)
		}
	}()
	if extractHook != nil {
		extractHook(a)
	}
	return extract(ex, a, copts), nil
}

// leaveOutFailed returns the batch and results without the articles whose
// extraction failed (errs[i] set), those articles added to a copy of the
// batch's errors (sorted by path), and the failures alone. The caller's
// batch is not changed.
func leaveOutFailed(batch *corpus.Batch, results []extraction, errs []error) (*corpus.Batch, []extraction, []*corpus.ArticleError) {
	var failed []*corpus.ArticleError
	for i, err := range errs {
		if err != nil {
			failed = append(failed, &corpus.ArticleError{Path: batch.Articles[i].Path, Err: err})
		}
	}
	if len(failed) == 0 {
		return batch, results, nil
	}
	b := *batch
	b.Articles = make([]corpus.Article, 0, len(batch.Articles)-len(failed))
	kept := make([]extraction, 0, cap(b.Articles))
	for i := range batch.Articles {
		if errs[i] == nil {
			b.Articles = append(b.Articles, batch.Articles[i])
			kept = append(kept, results[i])
		}
	}
	b.Errors = append(slices.Clone(batch.Errors), failed...)
	sort.SliceStable(b.Errors, func(x, y int) bool { return b.Errors[x].Path < b.Errors[y].Path })
	sort.SliceStable(failed, func(x, y int) bool { return failed[x].Path < failed[y].Path })
	return &b, kept, failed
}

// cacheFormat is bumped whenever extraction results change shape or
// meaning without a tool version change.
const cacheFormat = "extraction-v178"

// cachedExtraction is the stored form of an extraction.
type cachedExtraction struct {
	Sentences []span.Span
	Mentions  []span.Mention
	NER       string
	Figures   []claims.Raw
}

// cacheKey hashes everything an article's extraction depends on.
func cacheKey(a *corpus.Article, version, lexicon, off string) string {
	h := sha256.New()
	// Extraction reads the blocks (sentences never cross one; the lead is
	// the first body sentences), which depend on the format, not only
	// on the text.
	blocks, _ := json.Marshal(a.Blocks)
	for _, part := range []string{cacheFormat, version, BuildRevision(), lexicon, off, a.Language, a.Published, a.PublishedTime, a.Source, string(blocks)} {
		fmt.Fprintf(h, "%d:%s", len(part), part)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cachedReport is a report as cached: the report's JSON, and the claim
// values as the claims stage extracted them, which the JSON leaves out
// (report.ClaimValue.Claim) and check compares facts with.
type cachedReport struct {
	Report *report.Report
	Values [][]claims.Value
}

func encodeCachedReport(rep *report.Report) ([]byte, error) {
	c := cachedReport{Report: rep, Values: make([][]claims.Value, len(rep.Claims))}
	for i, cl := range rep.Claims {
		for _, v := range cl.Values {
			c.Values[i] = append(c.Values[i], v.Claim)
		}
	}
	return json.Marshal(c)
}

// decodeCachedReport restores a cached report with its claim values; ok
// is false for a cache entry of another shape or schema version.
func decodeCachedReport(b []byte) (*report.Report, bool) {
	var c cachedReport
	if json.Unmarshal(b, &c) != nil || c.Report == nil || c.Report.SchemaVersion != report.SchemaVersion || len(c.Values) != len(c.Report.Claims) {
		return nil, false
	}
	for i := range c.Report.Claims {
		vs := c.Report.Claims[i].Values
		if len(c.Values[i]) != len(vs) {
			return nil, false
		}
		for j := range vs {
			vs[j].Claim = c.Values[i][j]
		}
	}
	return c.Report, true
}

// reportKey hashes everything a whole report depends on: every
// article's extraction key in order, each article's metadata and removed
// spans, the unreadable files, and the options that shape the merge.
func reportKey(batch *corpus.Batch, keys []string, opts Options) string {
	h := sha256.New()
	fmt.Fprintf(h, "report-v3|%s|%s|%s|stance=%t|framing=%t|", opts.ToolVersion, BuildRevision(), opts.CacheSalt,
		opts.Stance != nil || opts.LoadStance != nil, opts.Framer != nil)
	for _, c := range opts.Claims {
		fmt.Fprintf(h, "claim %d:%s|", len(c), c)
	}
	fmt.Fprintf(h, "off %s|", offKey(opts.Off, ""))
	for i := range batch.Articles {
		a := &batch.Articles[i]
		meta, _ := json.Marshal(struct {
			ID, Path, Title, Outlet, URL, Encoding, Format, Extractor, Author, PublishedTime string
			Removed                                                                          []corpus.Removed
			Blocks                                                                           []corpus.Block
		}{a.ID, a.Path, a.Title, a.Outlet, a.URL, a.Encoding, a.Format, a.Extractor, a.Author, a.PublishedTime, a.Removed, a.Blocks})
		fmt.Fprintf(h, "%s|%d:%s|", keys[i], len(meta), meta)
		for _, p := range a.Problems {
			fmt.Fprintf(h, "problem %s|", p)
		}
	}
	for _, e := range batch.Errors {
		fmt.Fprintf(h, "error %s|", e)
	}
	return "report:" + hex.EncodeToString(h.Sum(nil))
}

// offKey lists the passes switched off whose IDs start with one of
// prefixes, sorted, for cache keys (per-article extraction depends only
// on the NER and claim passes).
func offKey(off rules.Off, prefixes ...string) string {
	var ids []string
	for id, on := range off {
		for _, p := range prefixes {
			if on && strings.HasPrefix(id, p) {
				ids = append(ids, id)
				break
			}
		}
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}

// BuildRevision is the VCS revision the binary was built from, when the
// Go toolchain recorded one ("" otherwise, e.g. in tests). Cache keys
// include it, so a rebuilt tool never reuses another build's results. A
// build from a modified tree adds a hash of its own executable: two
// builds of one commit with different uncommitted changes share no
// results either.
func BuildRevision() string { return buildRevision() }

var buildRevision = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	return revisionOf(info.Settings, executableHash)
})

// revisionOf is the revision recorded in settings, with exeHash's value
// added when the tree was modified.
func revisionOf(settings []debug.BuildSetting, exeHash func() string) string {
	rev, modified := "", false
	for _, s := range settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			rev += s.Value
		}
		modified = modified || s.Key == "vcs.modified" && s.Value == "true"
	}
	if modified {
		rev += "+" + exeHash()
	}
	return rev
}

// executableHash is the SHA-256 of the running executable ("unknown"
// when it cannot be read).
func executableHash() string {
	path, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Extractors recorded per article.
const (
	nerEnglish     = "prose-en"    // prose's English model, with nertag's organisations
	nerSwedish     = "nertag-sv"   // the project's Swedish tagger
	nerCapitalised = "capitalised" // capitalised-run extraction, any other language
)

// nerFor names the entity model that reads a language: English and
// Swedish have one, any other language is read by capitalisation.
func nerFor(lang string) string {
	switch lang {
	case "en":
		return nerEnglish
	case "sv":
		return nerSwedish
	}
	return nerCapitalised
}

// extraction is what the per-article stages found in one article.
type extraction struct {
	sentences []span.Span
	mentions  []span.Mention
	ner       string
	figures   []claims.Raw
}

// Run analyses the batch with the shared model and returns the report.
// It returns early with ctx's error when ctx is cancelled.
func Run(ctx context.Context, batch *corpus.Batch, model *ner.Model, opts Options) (*report.Report, error) {
	workers := max(opts.Workers, 1)
	if opts.Lexicon == nil {
		opts.Lexicon = lexicon.Default()
	}
	clex := claims.NewLexicon(opts.Lexicon)
	batch = withBatchLanguage(batch)
	arts := batch.Articles
	results := make([]extraction, len(arts))
	errs := make([]error, len(arts))
	keys := make([]string, len(arts))
	cached := make([]bool, len(arts))
	var batchKey string
	if opts.Cache != nil {
		fp := opts.Lexicon.Fingerprint()
		for i := range arts {
			keys[i] = cacheKey(&arts[i], opts.ToolVersion, fp, offKey(opts.Off, "ner/", "claims/"))
		}
		// An unchanged batch with unchanged options gives the report a
		// previous run stored: nothing is extracted or merged again.
		batchKey = reportKey(batch, keys, opts)
		if b, ok := opts.Cache.Get(batchKey); ok {
			if r, ok := decodeCachedReport(b); ok {
				if opts.Stats != nil {
					*opts.Stats = Stats{Cached: len(arts)}
				}
				return r, nil
			}
		}
		readCached(opts.Cache, keys, results, cached)
	}

	if model == nil && slices.Contains(cached, false) {
		if opts.LoadModel == nil {
			return nil, errors.New("pipeline: no NER model and no LoadModel")
		}
		m, err := opts.LoadModel()
		if err != nil {
			return nil, err
		}
		model = m
	}
	if model != nil && opts.Lexicon != lexicon.Default() {
		model = model.WithLexicon(opts.Lexicon) // the user's words reach the NER rules
	}
	if opts.Stance == nil && opts.LoadStance != nil {
		sm, err := opts.LoadStance()
		if err != nil {
			return nil, err
		}
		opts.Stance = sm
	}

	job := extractJob{arts: arts, cached: cached, results: results, errs: errs, model: model,
		copts: claims.ExtractOptions{Lexicon: clex, Off: opts.Off}, progress: opts.Progress}
	if err := job.run(ctx, workers); err != nil {
		return nil, err
	}
	for i, err := range errs {
		if err != nil && !errors.Is(err, ErrExtraction) {
			return nil, fmt.Errorf("analyse %s: %w", arts[i].ID, err)
		}
	}
	var stats Stats
	fresh := map[string][]byte{}
	for i := range arts {
		if cached[i] {
			stats.Cached++
			continue
		}
		if errs[i] != nil {
			continue
		}
		stats.Extracted++
		if opts.Cache != nil {
			r := results[i]
			if b, err := json.Marshal(cachedExtraction{Sentences: r.sentences, Mentions: r.mentions, NER: r.ner, Figures: r.figures}); err == nil {
				fresh[keys[i]] = b
			}
		}
	}
	batch, results, stats.Failed = leaveOutFailed(batch, results, errs)
	if len(batch.Articles) == 0 {
		return nil, fmt.Errorf("%w: every article's analysis failed", corpus.ErrNoArticles)
	}
	rep, err := merge(ctx, batch, results, opts)
	if err != nil {
		return nil, err
	}
	if opts.Cache != nil {
		// A report with an article left out is not stored: the next run
		// tries that article again.
		if b, err := encodeCachedReport(rep); err == nil && len(stats.Failed) == 0 {
			fresh[batchKey] = b
		}
		stats.CacheError = opts.Cache.PutAll(fresh)
	}
	if opts.Stats != nil {
		*opts.Stats = stats
	}
	return rep, nil
}

// batchLanguage is the language of most of the batch's words when the
// analysis has an entity model for it, else "".
func batchLanguage(arts []corpus.Article) string {
	words := map[string]int{}
	for i := range arts {
		if l := arts[i].Language; l != "" && l != "unknown" {
			words[l] += arts[i].Words()
		}
	}
	if l := topKey(words); nerFor(l) != nerCapitalised {
		return l
	}
	return ""
}

// takesBatchLanguage reports whether a is analysed in the batch's main
// language: the detector could not name its language, and at least
// nine in ten of its letters are Latin, the script of the languages with
// an entity model (a short Japanese page is not read as English).
func takesBatchLanguage(a *corpus.Article) bool {
	if a.Language != "unknown" {
		return false
	}
	latin, letters := 0, 0
	for _, b := range a.Blocks {
		for _, r := range a.Source[b.Start:b.End] {
			if unicode.IsLetter(r) {
				letters++
				if unicode.Is(unicode.Latin, r) {
					latin++
				}
			}
		}
	}
	return letters > 0 && latin*10 >= letters*9
}

// withBatchLanguage gives each article whose language the detector could
// not name (a short text, a table of figures) the batch's main language,
// so that it is read with that language's entity model rather than by
// capitalisation only; the batch is returned unchanged when no article
// needs it.
func withBatchLanguage(batch *corpus.Batch) *corpus.Batch {
	var takes []int
	for i := range batch.Articles {
		if takesBatchLanguage(&batch.Articles[i]) {
			takes = append(takes, i)
		}
	}
	if len(takes) == 0 {
		return batch
	}
	lang := batchLanguage(batch.Articles)
	if lang == "" {
		return batch
	}
	b := *batch
	b.Articles = slices.Clone(batch.Articles)
	for _, i := range takes {
		a := &b.Articles[i]
		a.DetectedLanguage, a.Language = a.Language, lang
	}
	return &b
}

// extract runs the per-article stages on one article.
func extract(ex *ner.Extractor, a *corpus.Article, copts claims.ExtractOptions) extraction {
	spans := make([]span.Span, len(a.Blocks))
	for i, b := range a.Blocks {
		spans[i] = span.Span{Start: b.Start, End: b.End}
	}
	res := extraction{sentences: ex.Segment(a.Source, spans), ner: nerFor(a.Language)}
	switch res.ner {
	case nerEnglish:
		res.mentions = ex.Entities(a.Source, res.sentences)
	case nerSwedish:
		res.mentions = ex.Tagged(a.Source, res.sentences, a.Language)
	default:
		res.mentions = ex.Capitalised(a.Source, res.sentences, a.Language)
	}
	sents := res.sentences
	lead := leadSentences(a, sents)
	res.figures = claims.ExtractWith(a.Source, sents, lead, res.mentions, a.Language, copts)
	// The event date is the one of the lead's first sentence; past it a
	// date may belong to something else ("a premium to Friday's closing
	// price"), so it is only a guess that never conflicts.
	if ev, ok := claims.EventDateWith(a.Source, lead[:min(1, len(lead))], a.Published, copts); ok {
		res.figures = append(res.figures, ev)
	} else if ev, ok := claims.EventDateWith(a.Source, lead[min(1, len(lead)):], a.Published, copts); ok {
		ev.How = claims.ByEvent
		res.figures = append(res.figures, ev)
	} else if ev, ok := claims.EventDayWith(a.Source, bodySentences(a, sents), a.Published, copts); ok {
		ev.How = claims.ByEvent
		res.figures = append(res.figures, ev)
	}
	return res.compact()
}

// leadSentences are the first two sentences of the article's body (after
// the title and any standfirst line without a full stop).
func leadSentences(a *corpus.Article, sents []span.Span) []span.Span {
	bodyStart := -1
	for _, b := range a.Blocks {
		if b.Kind == "body" {
			bodyStart = b.Start
			break
		}
	}
	var out []span.Span
	for _, s := range sents {
		if bodyStart >= 0 && s.Start >= bodyStart {
			out = append(out, s)
			if len(out) == 2 {
				break
			}
		}
	}
	return out
}

// bodySentences are the sentences after the title.
func bodySentences(a *corpus.Article, sents []span.Span) []span.Span {
	for _, b := range a.Blocks {
		if b.Kind == "body" {
			for i, s := range sents {
				if s.Start >= b.Start {
					return sents[i:]
				}
			}
			break
		}
	}
	return nil
}

// merge builds the report from the per-article results.
func merge(ctx context.Context, batch *corpus.Batch, results []extraction, opts Options) (*report.Report, error) {
	r := report.New(opts.ToolVersion)
	for i := range batch.Articles {
		a := &batch.Articles[i]
		ra := report.Article{
			ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
			Language: cmp.Or(a.DetectedLanguage, a.Language), Encoding: a.Encoding, Format: a.Format, Extractor: a.Extractor, Author: a.Author,
			PublishedTime: a.PublishedTime,
			Words:         a.Words(),
			Sentences:     len(results[i].sentences), NER: results[i].ner,
			Removed: []report.Removed{},
		}
		if a.Published != "" {
			p := a.Published
			ra.Published = &p
		}
		for _, rm := range a.Removed {
			ra.Removed = append(ra.Removed, report.Removed{Kind: rm.Kind, Text: rm.Text, Start: rm.Start, End: rm.End})
		}
		r.Articles = append(r.Articles, ra)
		for _, p := range a.Problems {
			r.Findings = append(r.Findings, report.Finding{
				Kind: report.FindingArticleProblem, Severity: report.Warning,
				Message:  fmt.Sprintf("%s: %v", a.Path, p),
				Evidence: []report.Evidence{{Article: a.ID}},
			})
		}
		if a.DetectedLanguage != "" {
			r.Findings = append(r.Findings, report.Finding{
				Kind: report.FindingBatchLanguage, Severity: report.Info,
				Message:  fmt.Sprintf("language of %s not recognised (a short text or a table): analysed as %s, the batch's main language", a.ID, a.Language),
				Evidence: []report.Evidence{{Article: a.ID}},
			})
		}
		if results[i].ner == nerCapitalised {
			r.Findings = append(r.Findings, report.Finding{
				Kind: report.FindingNoNER, Severity: report.Info,
				Message:  fmt.Sprintf("no NER model for language %s in %s: names found by capitalisation only", a.Language, a.ID),
				Evidence: []report.Evidence{{Article: a.ID}},
			})
		}
	}
	for _, e := range batch.Errors {
		r.Findings = append(r.Findings, report.Finding{
			Kind: report.FindingUnreadable, Severity: report.Warning,
			Message:  e.Error(),
			Evidence: []report.Evidence{{Article: e.Path}},
		})
	}
	for i, l := range report.SourceLabels(r.Articles) {
		r.Articles[i].Label = l
	}
	// A copy counts as one source with the article it repeats: only the
	// kept articles are cross-referenced.
	arts, kept := batch.Articles, results
	if dups := findDuplicates(batch.Articles, results); slices.ContainsFunc(dups, func(d duplicate) bool { return d.of >= 0 }) {
		arts, kept = nil, nil
		for i, d := range dups {
			if d.of < 0 {
				arts, kept = append(arts, batch.Articles[i]), append(kept, results[i])
				continue
			}
			r.Articles[i].DuplicateOf = batch.Articles[d.of].ID
			r.Findings = append(r.Findings, duplicateFinding(batch.Articles, i, d))
		}
	}
	// stage announces the next stage, unless ctx is cancelled: an
	// interrupt stops the run between two stages, not only during
	// extraction.
	stage := func(name string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if opts.Stage != nil {
			opts.Stage(name)
		}
		return nil
	}
	if err := stage("resolving entities"); err != nil {
		return nil, err
	}
	var spelling []report.Finding
	// The story tests of spellings-apart and different-stories share one
	// reading of the kept articles.
	stories := &storyIndex{arts: arts, lx: opts.Lexicon}
	r.Entities, spelling = resolveEntities(arts, kept, entities.Options{Lexicon: opts.Lexicon, Off: opts.Off}, stories)
	r.Findings = append(r.Findings, spelling...)
	release(func(x *extraction) { x.mentions = nil }, results, kept) // the entities hold them now
	if err := stage("cross-referencing claims"); err != nil {
		return nil, err
	}
	var conflicts []report.Finding
	r.Claims, conflicts = crossReference(arts, kept, r.Entities, claims.NewLexicon(opts.Lexicon), stories, opts.Off)
	r.Findings = append(r.Findings, conflicts...)
	release(func(x *extraction) { x.figures = nil }, results, kept) // the claims hold theirs
	if err := stage("matching quotes"); err != nil {
		return nil, err
	}
	var quoteFindings []report.Finding
	r.Quotes, quoteFindings = findQuotes(arts, kept, r.Entities, quotes.Options{Lexicon: opts.Lexicon, Off: opts.Off})
	r.Findings = append(r.Findings, quoteFindings...)
	release(func(x *extraction) { x.sentences = nil }, results, kept) // stance and framing read none
	if opts.Stance != nil {
		if err := stage("stance"); err != nil {
			return nil, err
		}
		r.Stance = classifyStance(ctx, opts.Stance, arts, opts.Claims, r.Entities, r.Claims, opts.Lexicon)
	}
	if opts.Framer != nil {
		if err := stage("framing"); err != nil {
			return nil, err
		}
		r.Framing = frameArticles(ctx, opts.Framer, arts, r.Entities)
	}
	report.SortFindings(r.Findings)
	FillPaths(r.Findings, batch)
	return r, ctx.Err()
}

// resolveEntities resolves every article's mentions into corpus entities
// and reports misspellings; stories gets the entities, for the story
// tests of their findings and of the claims'.
func resolveEntities(arts []corpus.Article, results []extraction, eopts entities.Options, stories *storyIndex) ([]report.Entity, []report.Finding) {
	var ms []entities.Mention
	for i, res := range results {
		a := &arts[i]
		// Line breaks read as spaces once per article (hard-wrapped
		// text), so that the mentions' contexts share its one copy.
		flat := textutil.FlatLines(a.Source)
		for _, m := range res.mentions {
			s := res.sentences[m.Sentence]
			em := entities.NewMention(a.ID, flat, m.Type, m.Start, m.End, s.Start, s.End)
			em.Lang = a.Language
			ms = append(ms, em)
		}
		eopts.Texts = append(eopts.Texts, entities.Text{Article: a.ID, Source: flat, Sentences: res.sentences, Lang: a.Language})
	}
	res := entities.ResolveWith(ms, eopts)
	out := make([]report.Entity, 0, len(res.Entities))
	for _, e := range res.Entities {
		re := report.Entity{Name: e.Name, Type: e.Type, Mentions: len(e.Mentions), Spans: make([]report.Evidence, 0, len(e.Mentions))}
		arts := map[string]bool{}
		for _, m := range e.Mentions {
			arts[m.Article] = true
			re.Spans = append(re.Spans, report.Evidence{Article: m.Article, Start: m.Start, End: m.End, Text: m.Text})
		}
		re.Articles = sortedKeys(arts)
		for _, v := range e.Variants {
			re.Variants = append(re.Variants, report.Variant{Text: v.Text, Articles: v.Articles, Count: v.Count, Misspelling: v.Misspelling})
		}
		re.Roles = []report.Role{}
		for _, g := range e.Roles {
			rr := report.Role{Text: g.Text, Articles: g.Articles}
			for _, ev := range g.Evidence {
				rr.Evidence = append(rr.Evidence, report.Evidence{Article: ev.Article, Start: ev.Start, End: ev.End, Text: ev.Text})
			}
			re.Roles = append(re.Roles, rr)
		}
		out = append(out, re)
	}
	var fs []report.Finding
	for _, e := range res.Entities {
		for _, rc := range entities.RoleConflictsWith(e.Name, e.Roles, eopts) {
			fs = append(fs, roleFinding(fmt.Sprintf("%s: %s calls them %q, %s %q", rc.Person, rc.A.Article, rc.A.Text, rc.B.Article, rc.B.Text),
				rc.A, rc.B, rc.Doubt))
		}
	}
	people := map[string][]entities.RoleGroup{}
	for _, e := range res.Entities {
		if e.Type == span.Person && len(e.Roles) > 0 {
			people[e.Name] = e.Roles
		}
	}
	for _, hc := range entities.HolderConflictsWith(people, eopts) {
		fs = append(fs, roleFinding(fmt.Sprintf("%q: %s names %s, %s names %s", hc.A.Text, hc.A.Article, hc.PersonA, hc.B.Article, hc.PersonB),
			hc.A, hc.B, hc.Doubt))
	}
	stories.ents = out
	doubts := stories
	if !eopts.Off.Enabled(spellingsApart) {
		doubts = nil
	}
	for _, m := range res.Misspellings {
		f := spellingFinding(m, doubts)
		if !f.Uncertain && eopts.Off.Enabled(sharedSurname) {
			if reason := surnameDoubt(m, out); reason != "" {
				f.Severity, f.Uncertain, f.Reason = report.Info, true, reason
				f.Message += " (uncertain: " + reason + ")"
			}
		}
		fs = append(fs, f)
	}
	return out, fs
}

// roleFinding is a role conflict between the roles a and b: a warning,
// or an uncertain info finding giving the doubt.
func roleFinding(msg string, a, b entities.Role, doubt string) report.Finding {
	f := report.Finding{
		Kind: report.FindingRoleConflict, Severity: report.Warning, Message: msg,
		Evidence: []report.Evidence{
			{Article: a.Article, Start: a.Start, End: a.End, Text: a.Text},
			{Article: b.Article, Start: b.Start, End: b.End, Text: b.Text},
		},
	}
	if doubt != "" {
		f.Severity, f.Uncertain, f.Reason = report.Info, true, doubt
	}
	return f
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// FillPaths sets the file path on every finding's evidence, so a finding
// can be followed to its file without looking the article up (Run does
// it for the report's findings; check's own findings need it too).
func FillPaths(fs []report.Finding, batch *corpus.Batch) {
	paths := map[string]string{}
	for _, a := range batch.Articles {
		paths[a.ID] = a.Path
	}
	for i := range fs {
		for k := range fs[i].Evidence {
			ev := &fs[i].Evidence[k]
			if p, ok := paths[ev.Article]; ok {
				ev.Path = p
			}
		}
	}
}

// plural writes n and noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
