// Command evalextract measures the HTML main-text extractors that
// internal/corpus offers (go-trafilatura and go-readability) against the
// gold article bodies of the Zyte/Scrapinghub article-extraction benchmark
// (../shared/data/article-extraction-benchmark: ground-truth.json and
// html/<id>.html.gz).
//
// Pages go through the same code path as an .html file given to
// nec-analyse: corpus.DecodeHTML, then corpus.ExtractHTML, whose text
// (paragraphs separated by blank lines) is scored. Two scores are given:
//
//   - the benchmark's own metric (upstream evaluate.py): tokens are \w+
//     runs; gold and extracted text become multisets of 4-token shingles;
//     per page, tp, fp and fn are divided by their total; the pages'
//     precisions and recalls are averaged, and F1 comes from those means;
//     "exact" is the share of pages whose token lists are equal;
//   - the same with single tokens (a bag of words), as trafilatura's own
//     comparisons report token-level precision and recall.
//
// The benchmark's reference output of go-trafilatura
// (output-go_trafilatura.json, published F1 0.960) is scored with the same
// code as an anchor: it checks that this metric reproduces the published
// figure. Published figures for the benchmark: go_trafilatura 0.960,
// trafilatura 0.958, go_readability 0.934, html-text 0.665.
//
// Usage:
//
//	go run ./internal/tools/evalextract [-data DIR] [-out /tmp/eval-extract.md] [-limit N]
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

type gold struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

type score struct{ tp, fp, fn float64 }

// result accumulates one system's per-page scores.
type result struct {
	name           string
	shingle, token []score
	exact          int
	failed         int
	elapsed        time.Duration
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func tokens(s string) []string { return wordRE.FindAllString(s, -1) }

// match scores pred against gold on n-token shingles, normalised so that
// every page weighs the same.
func match(goldToks, predToks []string, n int) score {
	g, p := shingles(goldToks, n), shingles(predToks, n)
	var s score
	for k, gc := range g {
		pc := p[k]
		s.tp += float64(min(gc, pc))
		s.fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		s.fp += float64(max(0, pc-g[k]))
	}
	if sum := s.tp + s.fp + s.fn; sum > 0 {
		s.tp, s.fp, s.fn = s.tp/sum, s.fp/sum, s.fn/sum
	}
	return s
}

func shingles(toks []string, n int) map[string]int {
	m := map[string]int{}
	if len(toks) < n {
		// Short texts count as one shingle, as upstream does.
		if len(toks) > 0 {
			m[strings.Join(toks, " ")]++
		}
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

// prf averages precision and recall over pages (pages where the measure
// is undefined are left out, as upstream does) and derives F1.
func prf(ss []score) (p, r, f float64) {
	var np, nr int
	for _, s := range ss {
		if s.tp+s.fp > 0 {
			p += s.tp / (s.tp + s.fp)
			np++
		}
		if s.tp+s.fn > 0 {
			r += s.tp / (s.tp + s.fn)
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (r *result) add(goldText, pred string) {
	g, p := tokens(goldText), tokens(pred)
	r.shingle = append(r.shingle, match(g, p, 4))
	r.token = append(r.token, match(g, p, 1))
	if strings.Join(g, " ") == strings.Join(p, " ") {
		r.exact++
	}
}

func main() {
	data := flag.String("data", "../shared/data/article-extraction-benchmark", "benchmark folder")
	out := flag.String("out", "/tmp/eval-extract.md", "write the Markdown table here too (\"\" for none)")
	limit := flag.Int("limit", 0, "score only the first N pages (sorted by id; 0 for all)")
	flag.Parse()
	if err := run(*data, *out, *limit); err != nil {
		fmt.Fprintln(os.Stderr, "evalextract:", err)
		os.Exit(1)
	}
}

func run(dir, out string, limit int) error {
	var truth map[string]gold
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &truth); err != nil {
		return err
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if limit > 0 && limit < len(ids) {
		ids = ids[:limit]
	}

	var results []*result
	for _, ex := range []string{corpus.ExtractorTrafilatura, corpus.ExtractorReadability} {
		r := &result{name: "nec-analyse " + ex}
		start := time.Now()
		for _, id := range ids {
			raw, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
			if err != nil {
				return err
			}
			text := ""
			if page, _, err := corpus.DecodeHTML(raw); err == nil {
				if x, err := corpus.ExtractHTML(page, ex); err == nil {
					text = x.Text
				} else {
					r.failed++
				}
			} else {
				r.failed++
			}
			r.add(truth[id].ArticleBody, text)
		}
		r.elapsed = time.Since(start)
		results = append(results, r)
	}

	// Anchor: the benchmark's stored go-trafilatura output, same metric.
	var ref struct {
		Version string
		Output  map[string]gold
	}
	anchorName := "anchor: benchmark's go_trafilatura output"
	if err := readJSON(filepath.Join(dir, "output-go_trafilatura.json"), &ref); err == nil {
		r := &result{name: anchorName}
		if ref.Version != "" {
			r.name += " " + ref.Version
		}
		for _, id := range ids {
			r.add(truth[id].ArticleBody, ref.Output[id].ArticleBody)
		}
		results = append(results, r)
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "Article-extraction benchmark (Zyte), %d pages; text as nec-analyse extracts it (corpus.DecodeHTML + corpus.ExtractHTML).\n\n", len(ids))
	sb.WriteString("| extractor | F1 (4-shingle) | precision | recall | exact | F1 (bag of tokens) | precision | recall | failed pages | ms/page |\n")
	sb.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, r := range results {
		p, rc, f := prf(r.shingle)
		tp, tr, tf := prf(r.token)
		ms := "-"
		if r.elapsed > 0 {
			ms = fmt.Sprintf("%.1f", float64(r.elapsed.Milliseconds())/float64(len(ids)))
		}
		fmt.Fprintf(&sb, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %s |\n",
			r.name, f, p, rc, float64(r.exact)/float64(len(ids)), tf, tp, tr, r.failed, ms)
	}
	sb.WriteString("\nPublished F1 on this benchmark (upstream README, 4-shingle metric, 181 pages): " +
		"go_trafilatura 0.960, trafilatura 0.958, go_readability 0.934, html-text (whole page) 0.665.\n")
	fmt.Print(sb.String())
	if out != "" {
		return os.WriteFile(out, []byte(sb.String()), 0o644)
	}
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}
