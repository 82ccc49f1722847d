package prosefast

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// benchSentences are the sentences of the BBC politics sample in ../shared
// (read in place), or, without it, a few invented ones.
func benchSentences(b *testing.B) []string {
	b.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "news-throughput", "bbc", "politics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return []string{
			"Theresa May met Angela Merkel in Berlin on Tuesday to discuss the Brexit talks.",
			"\"We will not stop,\" said Dr. Jane O'Neill, the chief executive of Acme Corp.",
			"The Bank of England lifted its base rate to 5.5% in August, up 0.25 percentage points.",
		}
	}
	seg, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			for _, s := range seg.Tokenize(para) {
				if t := strings.TrimSpace(s.Text); t != "" {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// words counts the whitespace-separated words of texts.
func words(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(strings.Fields(t))
	}
	return n
}

// BenchmarkProseNewDocument is what the pipeline ran per sentence before
// this package: prose.NewDocument with segmentation off and a shared model.
func BenchmarkProseNewDocument(b *testing.B) {
	_, pm := models(b)
	texts := benchSentences(b)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.WithSegmentation(false), prose.UsingModel(pm)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words(texts)*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnnotate is the same work through this package: prose's
// tokenizer, then prose's tagger and classifier weights scored here.
func BenchmarkAnnotate(b *testing.B) {
	m, _ := models(b)
	texts := benchSentences(b)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := m.Annotate(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words(texts)*b.N)/b.Elapsed().Seconds(), "words/s")
}
