package corpus_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// TestLoadOverlappingRoots: a file reached by two roots is analysed once
// (it was once two sources agreeing with themselves), and roots that
// share a name get the shortest distinct suffixes of their paths as id
// prefixes (the second was once dropped as duplicate ids).
func TestLoadOverlappingRoots(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"D/a.txt":                 goodArticle,
		"D/b.txt":                 goodArticle,
		"2024-01/articles/a.txt":  goodArticle,
		"2024-02/articles/a.txt":  goodArticle,
		"2024-02/articles/b.txt":  goodArticle,
		"x/same.txt":              goodArticle,
		"y/same.txt":              goodArticle,
		"deep/one/a/b/note.txt":   goodArticle,
		"deep/two/x/a/b/note.txt": goodArticle,
	})
	p := func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }
	cases := []struct {
		name    string
		roots   []string
		ids     []string
		repeats int
	}{
		{"folder and a file in it", []string{p("D"), p("D/a.txt")}, []string{"D/a.txt", "D/b.txt"}, 0},
		{"file, then its folder", []string{p("D/a.txt"), p("D")}, []string{"D/b.txt", "a.txt"}, 0},
		{"folder and a file in it, spelt differently", []string{p("D"), p("D") + "/./a.txt"}, []string{"D/a.txt", "D/b.txt"}, 1},
		{"two folders named articles", []string{p("2024-01/articles"), p("2024-02/articles")},
			[]string{"2024-01/articles/a.txt", "2024-02/articles/a.txt", "2024-02/articles/b.txt"}, 0},
		{"two files named alike", []string{p("x/same.txt"), p("y/same.txt")}, []string{"x/same.txt", "y/same.txt"}, 0},
		{"one path the end of the other", []string{p("deep/one/a/b"), p("deep/two/x/a/b")},
			[]string{"one/a/b/note.txt", "x/a/b/note.txt"}, 0},
		{"a folder and one of another name", []string{p("D"), p("2024-01/articles")}, []string{"D/a.txt", "D/b.txt", "articles/a.txt"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := load(t, c.roots, corpus.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := append([]string(nil), c.ids...)
			sort.Strings(want)
			if got := ids(b); !equalList(got, want) || len(b.Errors) != 0 {
				t.Errorf("Load(%q): IDs got %q, Errors %s; want %q and none", c.roots, got, errorList(b), want)
			}
			if len(b.Repeats) != c.repeats {
				t.Errorf("Load(%q): Repeats got %v, want %d", c.roots, b.Repeats, c.repeats)
			}
		})
	}
}

// cancellingCache cancels a context at its n-th Get and counts Gets: a
// Get is made for every file read.
type cancellingCache struct {
	n      int64
	gets   atomic.Int64
	cancel context.CancelFunc
}

func (c *cancellingCache) Get(string) ([]byte, bool) {
	if c.gets.Add(1) == c.n {
		c.cancel()
	}
	return nil, false
}

func (c *cancellingCache) PutAll(map[string][]byte) error { return nil }

// TestLoadContextCancelled: cancelling stops loading between files (SIGINT
// was only acted on once every file had been read).
func TestLoadContextCancelled(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 400 {
		files[fmt.Sprintf("f%03d.txt", i)] = goodArticle
	}
	writeTree(t, dir, files)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	if b, err := corpus.LoadContext(ctx, []string{dir}, corpus.LoadOptions{}); !errors.Is(err, context.Canceled) || b != nil {
		t.Errorf("LoadContext with a cancelled context = %v, %v; want nil, context.Canceled", b, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancelled load took %v", d)
	}

	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	const workers = 2
	cache := &cancellingCache{n: 10, cancel: cancel}
	b, err := corpus.LoadContext(ctx, []string{dir}, corpus.LoadOptions{Workers: workers, Cache: cache})
	if !errors.Is(err, context.Canceled) || b != nil {
		t.Errorf("LoadContext cancelled at the 10th file = %v, %v; want nil, context.Canceled", b, err)
	}
	if got := cache.gets.Load(); got > 10+workers {
		t.Errorf("%d files read after cancelling at the 10th (of 400), want at most %d", got, 10+workers)
	}
}
