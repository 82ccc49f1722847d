package pipeline_test

// Throughput benchmarks on a real news corpus (by default the BBC politics
// articles in ../shared/data/news-throughput/bbc/politics, relative to the
// module root). They are skipped when the corpus is missing. Run them with
// scripts/bench.sh (make bench), which also prints the ratios.
//
// Both benchmarks report words/s over the same word count: the
// whitespace-separated words of the raw files, so their ratio compares
// like with like.

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// defaultCorpus is the corpus folder relative to this package's folder
// (the working directory of go test).
const defaultCorpus = "../../../shared/data/news-throughput/bbc/politics"

// benchCorpus is the loaded corpus shared by the benchmarks.
type benchCorpus struct {
	dir   string   // absolute folder
	texts []string // raw file contents, in corpus.Load order
	words int      // whitespace-separated words of texts
	kept  int      // words of the text kept after cleaning (Article.Words)
}

var (
	corpusOnce sync.Once
	corpusData *benchCorpus
	corpusErr  error
	corpusSkip string
)

// corpusDir returns the absolute corpus folder: BENCH_CORPUS when set (a
// relative value is taken from the module root, like scripts/bench.sh
// does), else defaultCorpus.
func corpusDir() (string, error) {
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		return filepath.Abs(defaultCorpus)
	}
	if filepath.IsAbs(dir) {
		return filepath.Clean(dir), nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, dir), nil
}

// moduleRoot returns the nearest folder at or above the working directory
// holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// loadBenchCorpus reads the corpus once. It skips the benchmark when the
// folder is missing and fails it when the folder cannot be read.
func loadBenchCorpus(b *testing.B) *benchCorpus {
	b.Helper()
	corpusOnce.Do(func() {
		dir, err := corpusDir()
		if err != nil {
			corpusErr = err
			return
		}
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			corpusSkip = "corpus folder " + dir + " not found (set BENCH_CORPUS)"
			return
		}
		// The files the pipeline reads are exactly those corpus.Load lists.
		batch, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
		if err != nil {
			corpusErr = err
			return
		}
		c := &benchCorpus{dir: dir}
		for _, a := range batch.Articles {
			c.kept += a.Words()
			raw, err := os.ReadFile(a.Path)
			if err != nil {
				corpusErr = err
				return
			}
			c.texts = append(c.texts, string(raw))
			c.words += len(strings.Fields(string(raw)))
		}
		corpusData = c
	})
	switch {
	case corpusSkip != "":
		b.Skip(corpusSkip)
	case corpusErr != nil:
		b.Fatal(corpusErr)
	}
	return corpusData
}

// reportThroughput reports words/s over the timed loop and the corpus size.
func reportThroughput(b *testing.B, c *benchCorpus) {
	b.ReportMetric(float64(c.words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(c.words), "words")
	b.ReportMetric(float64(len(c.texts)), "articles")
}

// BenchmarkRawProse is the baseline: prose alone (tokenize, tag, NER) on
// each article's raw text, one goroutine, the model built once.
func BenchmarkRawProse(b *testing.B) {
	c := loadBenchCorpus(b)
	doc, err := prose.NewDocument("", prose.WithSegmentation(false))
	if err != nil {
		b.Fatal(err)
	}
	model := doc.Model
	tokens := 0
	for b.Loop() {
		tokens = 0
		for _, text := range c.texts {
			d, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model))
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens())
		}
	}
	if tokens == 0 {
		b.Fatal("prose returned no tokens")
	}
	reportThroughput(b, c)
}

// BenchmarkPipeline is the full analysis: load, clean, per-article
// extraction on runtime.NumCPU() workers, merge and JSON rendering.
func BenchmarkPipeline(b *testing.B) {
	benchPipeline(b, runtime.NumCPU())
}

// BenchmarkPipelineOneWorker is BenchmarkPipeline with one worker.
func BenchmarkPipelineOneWorker(b *testing.B) {
	benchPipeline(b, 1)
}

func benchPipeline(b *testing.B, workers int) {
	c := loadBenchCorpus(b)
	model, err := ner.NewModel()
	if err != nil {
		b.Fatal(err)
	}
	opts := pipeline.Options{Workers: workers, ToolVersion: "bench"}
	ctx := context.Background()
	for b.Loop() {
		batch, err := corpus.Load([]string{c.dir}, corpus.LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		rep, err := pipeline.Run(ctx, batch, model, opts)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Articles) != len(c.texts) {
			b.Fatalf("report has %d articles, want %d", len(rep.Articles), len(c.texts))
		}
		if err := report.RenderJSON(io.Discard, rep, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(workers), "workers")
	// The extraction stages see only the kept text.
	b.ReportMetric(float64(c.kept), "kept-words")
	reportThroughput(b, c)
}

// BenchmarkLoad is corpus.Load alone (read, decode, clean, detect the
// language), the serial part of BenchmarkPipeline that runs before the
// worker pool starts. scripts/bench.sh does not run it.
func BenchmarkLoad(b *testing.B) {
	c := loadBenchCorpus(b)
	for b.Loop() {
		if _, err := corpus.Load([]string{c.dir}, corpus.LoadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	reportThroughput(b, c)
}
