package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"
)

// errDiskFull stands for a write error such as ENOSPC or EPIPE.
var errDiskFull = errors.New("no space left on device")

// failingWriter accepts budget bytes, then fails every write; it counts
// the writes it was asked to do after the first failure.
type failingWriter struct {
	budget     int
	failed     bool
	afterFirst int
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.failed {
		w.afterFirst++
		return 0, errDiskFull
	}
	if len(p) <= w.budget {
		w.budget -= len(p)
		return len(p), nil
	}
	n := w.budget
	w.budget, w.failed = 0, true
	return n, errDiskFull
}

// writeTestReport has a row in most sections, so every renderer makes
// many writes.
func writeTestReport() *Report {
	r := New("t")
	pub := "2024-05-07"
	for i := range 30 {
		id := fmt.Sprintf("a%02d.txt", i)
		r.Articles = append(r.Articles, Article{ID: id, Path: "news/" + id, Title: "Ferry route approved", Language: "en",
			Published: &pub, Encoding: "utf-8", Format: "text", Words: 42, Sentences: 3, NER: "prose-en", Removed: []Removed{}})
		r.Entities = append(r.Entities, Entity{Name: fmt.Sprintf("Harbour Council %d", i), Type: "ORG", Articles: []string{id}, Mentions: 2})
		r.Findings = append(r.Findings, Finding{Kind: FindingSpellingVariant, Severity: Warning, Message: "a spelling",
			Evidence: []Evidence{{Article: id, Path: "news/" + id, Start: 1, End: 4, Text: "Ferr"}}})
	}
	return r
}

// TestRenderersReturnWriteErrors: every renderer, cut off after any
// number of bytes, returns the writer's error and stops writing (a full
// disk or closed pipe was once exit 0 with nothing said).
func TestRenderersReturnWriteErrors(t *testing.T) {
	r := writeTestReport()
	v := &Verdict{SchemaVersion: SchemaVersion, ToolVersion: "t", FailOn: "error", Counts: map[string]int{"warning": len(r.Findings)}, Findings: r.Findings}
	locate := func(article string, offset int) (string, int, int, bool) {
		return "news/" + article, 1, offset + 1, true
	}
	renderers := []struct {
		name   string
		render func(w io.Writer) error
	}{
		{"table", func(w io.Writer) error { return RenderTable(w, r, Options{}) }},
		{"table narrow", func(w io.Writer) error { return RenderTable(w, r, Options{Width: 60}) }},
		{"markdown", func(w io.Writer) error { return RenderMarkdown(w, r, Options{}) }},
		{"json", func(w io.Writer) error { return RenderJSON(w, r, Options{}) }},
		{"check table", func(w io.Writer) error { return RenderVerdictTable(w, v, Options{}) }},
		{"check json", func(w io.Writer) error { return RenderVerdictJSON(w, v) }},
		{"check github", func(w io.Writer) error { return RenderGitHub(w, nil, v, locate) }},
		{"check github step summary", func(w io.Writer) error { return RenderGitHub(io.Discard, w, v, locate) }},
		{"check line", func(w io.Writer) error { return RenderLine(w, v, locate) }},
	}
	for _, rd := range renderers {
		var full bytes.Buffer
		if err := rd.render(&full); err != nil {
			t.Fatalf("%s: render to a buffer: %v", rd.name, err)
		}
		size := full.Len()
		for _, budget := range []int{0, 1, 17, 100, size / 3, size / 2, size - 1} {
			t.Run(fmt.Sprintf("%s/%d of %d bytes", rd.name, budget, size), func(t *testing.T) {
				w := &failingWriter{budget: budget}
				err := rd.render(w)
				if !errors.Is(err, errDiskFull) {
					t.Fatalf("render to a writer failing after %d bytes: error %v, want %v", budget, err, errDiskFull)
				}
				if w.afterFirst > 0 {
					t.Errorf("%d writes after the first failure, want none", w.afterFirst)
				}
			})
		}
		t.Run(rd.name+"/whole", func(t *testing.T) {
			if err := rd.render(&failingWriter{budget: size}); err != nil {
				t.Errorf("render with exactly enough room: %v", err)
			}
		})
	}
}
