package pipeline

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md's passes section")

func TestRulesValid(t *testing.T) {
	if err := rules.Validate(Rules()); err != nil {
		t.Error(err)
	}
}

// TestRulesDoc checks that docs/rules.md lists every named pass, with its
// doc, in the generated section between the passes markers (rewritten
// with -update), so the page and the code cannot drift.
func TestRulesDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "rules.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- passes:begin -->\n", "<!-- passes:end -->"
	doc := string(b)
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the %q and %q markers", path, begin, end)
	}
	want := "\n## Named passes\n\nEvery rule of the NER, entity, claim and quote stages, in the order it runs. The\nevaluation harnesses switch each off in turn to measure it (BENCHMARKS.md,\nablation).\n\n" + RulesMarkdown() + "\n"
	if got := doc[i+len(begin) : j]; got != want {
		if *update {
			if err := os.WriteFile(path, []byte(doc[:i+len(begin)]+want+doc[j:]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("%s: the passes section differs from the code's pass tables; run go test ./internal/pipeline -run TestRulesDoc -update and review the diff", path)
	}
}
