package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// TestReleaseKeepsReport: merge drops the per-article results stage by
// stage, and the report is the one merge builds holding them to the end,
// on the demo corpus with a copy of one of its articles (so that the
// copies' kept results are released too).
func TestReleaseKeepsReport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("..", "..", "testdata", "demo")
	files, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
		if f.Name() == "01-riverside-herald.txt" {
			if err := os.WriteFile(filepath.Join(dir, "07-copy.txt"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	batch, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	model, err := ner.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := model.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	copts := claims.ExtractOptions{Lexicon: claims.NewLexicon(lexicon.Default())}
	extractAll := func() []extraction {
		results := make([]extraction, len(batch.Articles))
		for i := range batch.Articles {
			results[i] = extract(ex, &batch.Articles[i], copts)
		}
		return results
	}
	render := func(results []extraction, release bool) []byte {
		t.Helper()
		releaseResults = release
		defer func() { releaseResults = true }()
		rep, err := merge(context.Background(), batch, results, Options{ToolVersion: "test", Lexicon: lexicon.Default()})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := report.RenderJSON(&buf, rep, report.Options{}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}

	held := extractAll()
	want := render(held, false)
	released := extractAll()
	got := render(released, true)
	if !bytes.Equal(got, want) {
		t.Errorf("the report differs when merge releases the results:\n%s\nwant\n%s", got, want)
	}
	dups := 0
	for i, x := range released {
		if x.mentions != nil || x.figures != nil || x.sentences != nil {
			t.Errorf("article %s: results not released", batch.Articles[i].ID)
		}
		if len(held[i].mentions) == 0 {
			t.Errorf("article %s: no mentions to release", batch.Articles[i].ID)
		}
	}
	for _, a := range bytes.Split(want, []byte("\n")) {
		if bytes.Contains(a, []byte(`"duplicate_of"`)) {
			dups++
		}
	}
	if dups == 0 {
		t.Error("no duplicate in the test corpus: the copies' results are not exercised")
	}
}

func TestClipped(t *testing.T) {
	grown := append(make([]int, 3, 3), 4) // capacity doubled
	for _, c := range []struct {
		name string
		in   []int
	}{
		{"grown", grown},
		{"exact", []int{1, 2}},
		{"empty with capacity", make([]int, 0, 8)},
		{"nil", nil},
	} {
		got := clipped(c.in)
		if cap(got) != len(c.in) || !slices.Equal(got, c.in) || (got == nil) != (c.in == nil) {
			t.Errorf("%s: clipped(%v) = %v (cap %d, nil %t)", c.name, c.in, got, cap(got), got == nil)
		}
	}
}
