package pipeline

import (
	"context"
	"errors"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// TestFailedArticleLeftOut: an article whose analysis panics inside the
// tool is left out of the report and named as unreadable with the
// failure; the other articles are analysed as if it had never been
// there, at any worker count, and the caller's batch is unchanged.
func TestFailedArticleLeftOut(t *testing.T) {
	texts := map[string]string{
		"a.txt": "Harbour council approves bridge\n\nThe Harbour council voted 7 to 2 on Tuesday to build the bridge, said Mayor Ana Ruiz.\n",
		"b.txt": "Bridge vote splits town\n\nCouncillors backed the bridge by 7 votes to 2, Mayor Ana Ruiz said on Tuesday.\n",
		"c.txt": "Council backs bridge\n\nThe council voted 6 to 3 for the bridge on Tuesday, according to Ana Ruiz.\n",
	}
	dir := writeArticles(t, texts)
	model, err := ner.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	load := func(t *testing.T, skip string) *corpus.Batch {
		t.Helper()
		b, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if skip != "" {
			b.Articles = slicesDeleteID(b.Articles, skip)
		}
		return b
	}
	render := func(t *testing.T, r *report.Report) string {
		t.Helper()
		var sb strings.Builder
		if err := report.RenderJSON(&sb, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		return sb.String()
	}
	want := render(t, mustRun(t, load(t, "c.txt"), model, 1))

	extractHook = func(a *corpus.Article) {
		if a.ID == "c.txt" {
			var words []string
			_ = words[len(a.Source)] // an index out of range, as a bug would
		}
	}
	defer func() { extractHook = nil }()
	for _, workers := range []int{1, 2, 3} {
		batch := load(t, "")
		var stats Stats
		rep, err := Run(context.Background(), batch, model, Options{Workers: workers, Stats: &stats})
		if err != nil {
			t.Fatalf("-j %d: %v", workers, err)
		}
		if len(batch.Articles) != 3 || len(batch.Errors) != 0 {
			t.Errorf("-j %d: the caller's batch changed: %d articles, %d errors", workers, len(batch.Articles), len(batch.Errors))
		}
		if len(stats.Failed) != 1 || filepath.Base(stats.Failed[0].Path) != "c.txt" || !errors.Is(stats.Failed[0], ErrExtraction) ||
			!strings.Contains(stats.Failed[0].Error(), "index out of range") {
			t.Fatalf("-j %d: Failed = %v, want c.txt with ErrExtraction naming the panic", workers, stats.Failed)
		}
		if stats.Extracted != 2 {
			t.Errorf("-j %d: Extracted = %d, want 2", workers, stats.Extracted)
		}
		var unreadable []report.Finding
		for _, f := range rep.Findings {
			if f.Kind == report.FindingUnreadable {
				unreadable = append(unreadable, f)
			}
		}
		if len(unreadable) != 1 || unreadable[0].Severity != report.Warning || !strings.Contains(unreadable[0].Message, "c.txt") ||
			len(unreadable[0].Evidence) != 1 || filepath.Base(unreadable[0].Evidence[0].Article) != "c.txt" {
			t.Errorf("-j %d: unreadable findings %+v, want one warning naming c.txt", workers, unreadable)
		}
		// Apart from that finding, the report is the one of the batch
		// without the article.
		rep.Findings = slicesDeleteKind(rep.Findings, report.FindingUnreadable)
		if got := render(t, rep); got != want {
			t.Errorf("-j %d: the report of the other articles differs from theirs alone", workers)
		}
	}
}

func mustRun(t *testing.T, b *corpus.Batch, model *ner.Model, workers int) *report.Report {
	t.Helper()
	r, err := Run(context.Background(), b, model, Options{Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func slicesDeleteID(arts []corpus.Article, id string) []corpus.Article {
	var out []corpus.Article
	for _, a := range arts {
		if a.ID != id {
			out = append(out, a)
		}
	}
	return out
}

func slicesDeleteKind(fs []report.Finding, kind string) []report.Finding {
	out := []report.Finding{}
	for _, f := range fs {
		if f.Kind != kind {
			out = append(out, f)
		}
	}
	return out
}

func TestRevisionOf(t *testing.T) {
	hash := func() string { return "h1" }
	for _, tc := range []struct {
		settings []debug.BuildSetting
		want     string
	}{
		{nil, ""},
		{[]debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}, "abcfalse"},
		{[]debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "true"}}, "abctrue+h1"},
	} {
		if got := revisionOf(tc.settings, hash); got != tc.want {
			t.Errorf("revisionOf(%v) = %q, want %q", tc.settings, got, tc.want)
		}
	}
	if h := executableHash(); len(h) != 64 {
		t.Errorf("executableHash() = %q, want a SHA-256 in hex", h)
	}
}
