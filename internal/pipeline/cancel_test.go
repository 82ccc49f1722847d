package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
)

// TestRunStopsBetweenStages: a context cancelled after extraction stops
// the run at the next corpus stage (an interrupt must not wait for
// entities, claims, quotes, stance and framing to finish), with the
// context's error and no report.
func TestRunStopsBetweenStages(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Harbour council approves bridge\n\nThe Harbour council voted 7 to 2 on Tuesday to build the bridge, said Mayor Ana Ruiz.\n",
		"b.txt": "Bridge vote splits town\n\nCouncillors backed the bridge by 7 votes to 2, Mayor Ana Ruiz said on Tuesday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
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
