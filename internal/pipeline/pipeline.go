// Package pipeline runs the analysis: it takes the loaded corpus, runs the
// per-article extraction stages on a bounded worker pool, cross-references
// the results at corpus level and returns one report.Report. Output does
// not depend on the number of workers: worker i writes only slot i, and
// every merged list is sorted.
package pipeline

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/report"
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
}

// nerEnglish names the extractor used for English text.
const nerEnglish = "prose-en"

// extraction is what the per-article stages found in one article.
type extraction struct {
	sentences []ner.Sentence
	mentions  []ner.Mention
	ner       string
}

// Run analyses the batch with the shared model and returns the report.
// It returns early with ctx's error when ctx is cancelled.
func Run(ctx context.Context, batch *corpus.Batch, model *ner.Model, opts Options) (*report.Report, error) {
	workers := max(opts.Workers, 1)
	arts := batch.Articles
	results := make([]extraction, len(arts))
	errs := make([]error, len(arts))

	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < min(workers, max(len(arts), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ex, err := model.NewExtractor()
			for i := range jobs {
				if err != nil {
					errs[i] = err
					continue
				}
				results[i] = extract(ex, &arts[i])
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, len(arts))
					mu.Unlock()
				}
			}
		}()
	}
	var ctxErr error
feed:
	for i := range arts {
		select {
		case jobs <- i:
		case <-ctx.Done():
			ctxErr = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if ctxErr != nil {
		return nil, ctxErr
	}
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("analyse %s: %w", arts[i].ID, err)
		}
	}
	return merge(batch, results, opts.ToolVersion), nil
}

// extract runs the per-article stages on one article.
func extract(ex *ner.Extractor, a *corpus.Article) extraction {
	spans := make([]ner.Span, len(a.Blocks))
	for i, b := range a.Blocks {
		spans[i] = ner.Span{Start: b.Start, End: b.End}
	}
	res := extraction{sentences: ex.Segment(a.Source, spans), ner: "none"}
	if a.Language == "en" {
		res.ner = nerEnglish
		res.mentions = ex.Entities(a.Source, res.sentences)
	}
	return res
}

// merge builds the report from the per-article results.
func merge(batch *corpus.Batch, results []extraction, version string) *report.Report {
	r := report.New(version)
	for i := range batch.Articles {
		a := &batch.Articles[i]
		ra := report.Article{
			ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
			Language: a.Language, Encoding: a.Encoding, Words: a.Words(),
			Sentences: len(results[i].sentences), NER: results[i].ner,
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
				Kind: report.FindingFrontMatter, Severity: report.Warning,
				Message:  fmt.Sprintf("%s: %v", a.Path, p),
				Evidence: []report.Evidence{{Article: a.ID}},
			})
		}
		if results[i].ner == "none" {
			r.Findings = append(r.Findings, report.Finding{
				Kind: report.FindingNoNER, Severity: report.Info,
				Message:  fmt.Sprintf("no NER for language %s in %s", a.Language, a.ID),
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
	r.Entities = groupEntities(batch.Articles, results)
	sortFindings(r.Findings)
	return r
}

// sortFindings orders findings by severity (highest first), article,
// offset, kind and message.
func sortFindings(fs []report.Finding) {
	key := func(f report.Finding) (string, int) {
		if len(f.Evidence) == 0 {
			return "", 0
		}
		return f.Evidence[0].Article, f.Evidence[0].Start
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		aa, as := key(a)
		ba, bs := key(b)
		if aa != ba {
			return aa < ba
		}
		if as != bs {
			return as < bs
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Message < b.Message
	})
}

// entityKey normalises a mention for grouping: case-folded, single
// spaces, straight apostrophes.
func entityKey(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// typeRank breaks ties between entity types.
var typeRank = map[string]int{ner.Person: 0, ner.Org: 1, ner.GPE: 2, ner.Location: 3, ner.Facility: 4}

// groupEntities groups mentions with the same normalised text across the
// corpus.
func groupEntities(arts []corpus.Article, results []extraction) []report.Entity {
	type variant struct {
		count    int
		articles map[string]bool
	}
	type group struct {
		types    map[string]int
		variants map[string]*variant
		spans    []report.Evidence
		articles map[string]bool
	}
	groups := map[string]*group{}
	for i, res := range results {
		id := arts[i].ID
		for _, m := range res.mentions {
			k := entityKey(m.Text)
			g := groups[k]
			if g == nil {
				g = &group{types: map[string]int{}, variants: map[string]*variant{}, articles: map[string]bool{}}
				groups[k] = g
			}
			g.types[m.Type]++
			v := g.variants[m.Text]
			if v == nil {
				v = &variant{articles: map[string]bool{}}
				g.variants[m.Text] = v
			}
			v.count++
			v.articles[id] = true
			g.articles[id] = true
			g.spans = append(g.spans, report.Evidence{Article: id, Start: m.Start, End: m.End, Text: m.Text})
		}
	}
	out := make([]report.Entity, 0, len(groups))
	for _, g := range groups {
		e := report.Entity{Articles: sortedKeys(g.articles), Mentions: len(g.spans), Spans: g.spans}
		bestType, bestN := "", -1
		for t, n := range g.types {
			if n > bestN || n == bestN && rank(t) < rank(bestType) {
				bestType, bestN = t, n
			}
		}
		e.Type = bestType
		for text, v := range g.variants {
			e.Variants = append(e.Variants, report.Variant{Text: text, Articles: sortedKeys(v.articles), Count: v.count})
		}
		sort.Slice(e.Variants, func(i, j int) bool {
			a, b := e.Variants[i], e.Variants[j]
			if len(a.Articles) != len(b.Articles) {
				return len(a.Articles) > len(b.Articles)
			}
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Text < b.Text
		})
		e.Name = e.Variants[0].Text
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Type < out[j].Type
	})
	return out
}

func rank(t string) int {
	if r, ok := typeRank[t]; ok {
		return r
	}
	return len(typeRank)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
