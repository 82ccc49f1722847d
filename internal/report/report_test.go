package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSeverity(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Severity
		err  bool
	}{
		{"info", Info, false}, {"warning", Warning, false}, {"error", Error, false}, {"fatal", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseSeverity(tc.name)
			if (err != nil) != tc.err || got != tc.want {
				t.Fatalf("ParseSeverity(%q) = %v, %v; want %v, err %v", tc.name, got, err, tc.want, tc.err)
			}
			if err != nil {
				return
			}
			b, _ := json.Marshal(got)
			var back Severity
			if err := json.Unmarshal(b, &back); err != nil || back != got || string(b) != `"`+tc.name+`"` {
				t.Errorf("round trip %s -> %s -> %v (%v)", tc.name, b, back, err)
			}
		})
	}
	if !(Info < Warning && Warning < Error) {
		t.Error("severities not ordered")
	}
}

func TestLookup(t *testing.T) {
	for _, f := range []string{"table", "json", "markdown", "html"} {
		if _, err := Lookup(f); err != nil {
			t.Errorf("Lookup(%q): %v", f, err)
		}
	}
	if _, err := Lookup("xml"); err == nil || err.Error() != `unknown format "xml" (valid: html, json, markdown, table)` {
		t.Errorf("Lookup(xml) error = %v", err)
	}
}

func TestMarkdownEscapesPipes(t *testing.T) {
	r := New("t")
	r.Entities = append(r.Entities, Entity{Name: "A|B", Type: "ORG", Articles: []string{"x"}, Mentions: 1})
	var buf bytes.Buffer
	if err := RenderMarkdown(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `A\|B`) {
		t.Errorf("pipe not escaped:\n%s", buf.String())
	}
}

func TestKindsCatalogue(t *testing.T) {
	names := map[string]bool{}
	for _, k := range Kinds() {
		if names[k.Name] {
			t.Errorf("kind %s listed twice", k.Name)
		}
		names[k.Name] = true
		if k.Meaning == "" || k.Stage == "" {
			t.Errorf("kind %s: no meaning or stage", k.Name)
		}
		if got, ok := LookupKind(k.Name); !ok || got != k {
			t.Errorf("LookupKind(%s) = %v, %v", k.Name, got, ok)
		}
	}
	for _, n := range []string{FindingUnreadable, FindingNoNER, FindingArticleProblem, FindingSpellingVariant, FindingConflict,
		FindingQuoteSource, FindingQuoteAttribution, FindingRoleConflict, FindingFactConflict, FindingNewEntity, FindingDuplicate, FindingBatchLanguage} {
		if !names[n] {
			t.Errorf("kind %s is not in the catalogue", n)
		}
	}
	ks := Kinds()
	for i := 1; i < len(ks); i++ {
		if ks[i].Severity > ks[i-1].Severity {
			t.Errorf("Kinds not sorted by severity: %s before %s", ks[i-1].Name, ks[i].Name)
		}
	}
	table := KindsTable("  ", true)
	if strings.Count(table, "\n")+1 != len(ks) || !strings.Contains(table, "  fact-conflict ") {
		t.Errorf("KindsTable:\n%s", table)
	}
	if strings.Contains(KindsTable("", false), FindingFactConflict) {
		t.Error("KindsTable without check kinds lists fact-conflict")
	}
}

// TestReadmeListsEveryKind checks the README's findings table against the
// catalogue: every kind with its default severity, so the two cannot
// drift.
func TestReadmeListsEveryKind(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range Kinds() {
		row := fmt.Sprintf("| `%s` | %s |", k.Name, k.Severity)
		if !strings.Contains(string(b), row) {
			t.Errorf("README.md has no findings row starting %q", row)
		}
	}
}

func TestAsOf(t *testing.T) {
	for _, tc := range []struct{ published, clock, want string }{
		{"2013-06-13", "16:59", "2013-06-13T16:59"},
		{"2013-06-13", "", "2013-06-13"},
		{"", "16:59", "unknown"},
		{"", "", "unknown"},
	} {
		if got := AsOf(tc.published, tc.clock); got != tc.want {
			t.Errorf("AsOf(%q, %q) = %q, want %q", tc.published, tc.clock, got, tc.want)
		}
	}
}
