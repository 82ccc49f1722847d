package main

import (
	"math"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// TestMemoryLimit checks the soft memory limit: a floor plus a share per
// byte of text, at most maxMemoryLimit, and GOMEMLIMIT, when set, left to
// the runtime.
func TestMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	batch := func(bytes ...int) *corpus.Batch {
		b := &corpus.Batch{}
		for _, n := range bytes {
			b.Articles = append(b.Articles, corpus.Article{Source: strings.Repeat("x", n)})
		}
		return b
	}
	none := memoryLimiter{getenv: func(string) string { return "" }}
	for _, tc := range []struct {
		name  string
		batch *corpus.Batch
		want  int64
	}{
		{"empty", batch(), baseMemoryLimit},
		{"two articles", batch(1000, 3000), baseMemoryLimit + 4000*memoryPerByte},
		{"large", batch(20 << 20), maxMemoryLimit},
	} {
		if got := none.batch(tc.batch); got != tc.want || debug.SetMemoryLimit(-1) != tc.want {
			t.Errorf("%s: limit %d (runtime %d), want %d", tc.name, got, debug.SetMemoryLimit(-1), tc.want)
		}
	}
	none.start()
	if got := debug.SetMemoryLimit(-1); got != maxMemoryLimit {
		t.Errorf("while loading: limit %d, want %d", got, int64(maxMemoryLimit))
	}
	debug.SetMemoryLimit(math.MaxInt64) // as GOMEMLIMIT=off leaves it
	off := memoryLimiter{getenv: func(k string) string {
		if k == "GOMEMLIMIT" {
			return "off"
		}
		return ""
	}}
	off.start()
	if got := off.batch(batch(1000)); got != math.MaxInt64 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Errorf("GOMEMLIMIT=off: limit %d, want none", got)
	}
}
