package pipeline_test

import (
	"context"
	"io"
	"runtime"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// BenchmarkPipelineWarmCache is BenchmarkPipeline on a rerun of an
// unchanged batch, as `check` runs it: parsed articles and the merged
// report come from the bbolt cache (files are still read and hashed).
// Compare with BenchmarkPipeline (the cold run) for the speed-up.
func BenchmarkPipelineWarmCache(b *testing.B) {
	c := loadBenchCorpus(b)
	model, err := ner.NewModel()
	if err != nil {
		b.Fatal(err)
	}
	store, err := cache.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	run := func() pipeline.Stats {
		var st pipeline.Stats
		opts := pipeline.Options{Workers: runtime.NumCPU(), ToolVersion: "bench", Cache: store, Stats: &st}
		batch, err := corpus.Load([]string{c.dir}, corpus.LoadOptions{Cache: store, CacheSalt: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		rep, err := pipeline.Run(ctx, batch, model, opts)
		if err != nil {
			b.Fatal(err)
		}
		if err := report.RenderJSON(io.Discard, rep, report.Options{}); err != nil {
			b.Fatal(err)
		}
		return st
	}
	run() // fill the cache (untimed)
	b.ResetTimer()
	for b.Loop() {
		if st := run(); st.Extracted != 0 {
			b.Fatalf("warm run extracted %d articles", st.Extracted)
		}
	}
	reportThroughput(b, c)
}
