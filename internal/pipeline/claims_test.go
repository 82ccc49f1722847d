package pipeline

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/quotes"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

func TestWithHead(t *testing.T) {
	ents := []report.Entity{
		{Name: "Valmora Health Board", Type: "ORG", Articles: []string{"a", "b"}, Spans: []report.Evidence{{Article: "a", Start: 10, End: 30}, {Article: "b", Start: 500, End: 520}}},
		{Name: "Harbour Party", Type: "ORG", Articles: []string{"c"}, Spans: []report.Evidence{{Article: "c", Start: 0, End: 13}}},
	}
	ix := newEntityIndex(ents)
	for _, tc := range []struct {
		article, head string
		at            int
		want          string
	}{
		{"a", "board", 100, "Valmora Health Board"}, // named before the figure
		{"b", "board", 100, ""},                     // named only later in the article
		{"d", "board", 100, "Valmora Health Board"}, // not in the article: the corpus's one
		{"a", "party", 100, "Harbour Party"},
	} {
		got, _ := ix.WithHead(tc.article, tc.head, tc.at)
		if got != tc.want {
			t.Errorf("WithHead(%s, %s, %d) = %q, want %q", tc.article, tc.head, tc.at, got, tc.want)
		}
	}
}

// TestFindingKindsCatalogued checks that the finding kinds the quotes
// package names are in the catalogue with the severities used.
func TestFindingKindsCatalogued(t *testing.T) {
	for _, tc := range []struct {
		kind string
		sev  report.Severity
	}{
		{quotes.AttributionConflict, report.Warning},
		{quotes.Source, report.Info},
	} {
		k, ok := report.LookupKind(tc.kind)
		if !ok || k.Severity != tc.sev {
			t.Errorf("LookupKind(%s) = %+v, %v; want severity %s", tc.kind, k, ok, tc.sev)
		}
	}
}
