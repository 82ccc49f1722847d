package pipeline

import (
	"context"
	"errors"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

// TestRunStopsBetweenStages: a context cancelled after extraction stops
// the run at the next corpus stage (an interrupt must not wait for
// entities, claims, quotes, stance and framing to finish), with the
// context's error and no report.
func TestRunStopsBetweenStages(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"a.txt": "Harbour council approves bridge\n\nThe Harbour council voted 7 to 2 on Tuesday to build the bridge, said Mayor Ana Ruiz.\n",
		"b.txt": "Bridge vote splits town\n\nCouncillors backed the bridge by 7 votes to 2, Mayor Ana Ruiz said on Tuesday.\n",
	})
	model, err := ner.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, cancelAt := range []string{"resolving entities", "cross-referencing claims", "matching quotes"} {
		b, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		var seen []string
		rep, err := Run(ctx, b, model, Options{Workers: 1, Stage: func(name string) {
			seen = append(seen, name)
			if name == cancelAt {
				cancel()
			}
		}})
		cancel()
		if !errors.Is(err, context.Canceled) || rep != nil {
			t.Errorf("cancelled at %q: Run = %v, %v; want no report and context.Canceled", cancelAt, rep != nil, err)
		}
		if len(seen) == 0 || seen[len(seen)-1] != cancelAt {
			t.Errorf("cancelled at %q: stages begun %q; want none after it", cancelAt, seen)
		}
	}
}

// TestStanceAndFramingStopPerArticle: a context cancelled while the
// stance or framing stage runs stops it before the next article, so an
// interrupt need not wait for every article's tone to be read.
func TestStanceAndFramingStopPerArticle(t *testing.T) {
	arts := []corpus.Article{
		{ID: "a", Language: "en", Title: "Harbour council approves bridge", Source: "Harbour council approves bridge\n\nThe council voted 7 to 2 on Tuesday to build the bridge, a welcome and long overdue decision.\n"},
		{ID: "b", Language: "en", Title: "Bridge vote splits town", Source: "Bridge vote splits town\n\nCouncillors backed the bridge by 7 votes to 2 on Tuesday, a reckless and costly choice.\n"},
	}
	m, err := stance.Load()
	if err != nil {
		t.Fatal(err)
	}
	fr := stance.NewFramer(stance.DefaultLexicon())
	claim := []string{"The council approved the bridge"}
	live := context.Background()
	if got := classifyStance(live, m, arts, claim, nil, nil, lexicon.Default()); len(got) != len(arts) {
		t.Fatalf("live context: %d stances, want %d", len(got), len(arts))
	}
	if got := frameArticles(live, fr, arts, nil); len(got) != len(arts) {
		t.Fatalf("live context: %d framings, want %d", len(got), len(arts))
	}
	done, cancel := context.WithCancel(context.Background())
	cancel()
	if got := classifyStance(done, m, arts, claim, nil, nil, lexicon.Default()); len(got) != 0 {
		t.Errorf("cancelled context: %d stances, want none", len(got))
	}
	if got := frameArticles(done, fr, arts, nil); len(got) != 0 {
		t.Errorf("cancelled context: %d framings, want none", len(got))
	}
}
