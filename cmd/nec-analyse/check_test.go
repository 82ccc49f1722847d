package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

const seedFacts = `facts:
  - subject: National Executive Committee
    measure: seats
    value: 39
  - subject: Eddie Izzard
    measure: votes
    value: 39508
  - subject: Labour
    measure: members
    low: 550000
    high: 650000
entities:
  - name: Jon Lansman
`

func TestSeedsCheck(t *testing.T) {
	dir := seedsDir(t)
	facts := filepath.Join(t.TempDir(), "facts.yaml")
	if err := os.WriteFile(facts, []byte(seedFacts), 0o644); err != nil {
		t.Fatal(err)
	}
	def := runCmd(t, []string{"check", "-q", "--facts", facts, dir}, false)
	if def.code != exitOK {
		t.Errorf("default --fail-on error: exit %d, want 0\n%s", def.code, def.stdout)
	}
	warn := runCmd(t, []string{"check", "-q", "--facts", facts, "--fail-on", "warning", "--format", "github", dir}, false)
	if warn.code != exitFail {
		t.Errorf("--fail-on warning: exit %d, want 1", warn.code)
	}
	var failing []string
	for _, l := range strings.Split(strings.TrimSpace(warn.stdout), "\n") {
		if strings.HasPrefix(l, "::error") || strings.HasPrefix(l, "::warning") {
			failing = append(failing, l)
		}
	}
	if len(failing) != 2 || !strings.Contains(failing[0], `"John Lansman"`) || !strings.Contains(failing[1], `"Jon Landsman"`) {
		t.Errorf("failing annotations = %q, want the two misspellings of Jon Lansman", failing)
	}
}

func TestCheckFactConflict(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"batch/a.txt": []byte("Harbour board grows\n\nThe reform leaves the 21-seat Harbour Board with a new chair.\n"),
		"batch/b.txt": []byte("Harbour board\n\nThe new chair of the Harbour Board spoke.\nCritics say the 25-seat Harbour Board is too big.\n"),
		"facts.yaml":  []byte("facts:\n  - subject: Harbour Board\n    measure: seats\n    value: 21\n"),
	})
	r := runCmd(t, []string{"check", "-q", "--facts", filepath.Join(dir, "facts.yaml"), "--format", "github", filepath.Join(dir, "batch")}, false)
	if r.code != exitFail {
		t.Fatalf("exit %d, want 1; stderr %s", r.code, r.stderr)
	}
	wantFile := filepath.ToSlash(filepath.Join(dir, "batch", "b.txt"))
	found := false
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(l, "::error file="+strings.ReplaceAll(wantFile, ":", "%3A")+",line=4,col=") &&
			strings.Contains(l, "title=fact-conflict::Harbour Board seats: b.txt says 25, the facts say 21 (facts line 2)") {
			found = true
		}
	}
	if !found {
		t.Errorf("no ::error annotation for b.txt line 4 against the fact:\n%s", r.stdout)
	}
}

func TestCheckBadFacts(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt":   []byte(goodArticle),
		"f1.yaml": []byte("facts:\n  - subject: Harbour Board\n    measure: seats\n"),
		"f2.yaml": []byte("facts:\n  - subject: Harbour Board\n    measure: seats\n    value: [21\n"),
		"f3.yaml": []byte("facts:\n  - subject: Harbour Board\n    mesure: seats\n    value: 21\n"),
		"f4.yaml": []byte("facts:\n  - subject: Harbour Board\n   measure: seats\n    value: 21\n"),
		"f5.yaml": []byte("facts:\n  subject: Harbour Board\n"),
	})
	for _, tc := range []struct{ file, want string }{
		{"f1.yaml", "f1.yaml:2:5: fact needs value, or low and high"},
		{"f2.yaml", "f2.yaml:4:5: did not find expected ',' or ']'"},
		{"f3.yaml", `f3.yaml:3:5: unknown key "mesure"`},
		{"f4.yaml", "f4.yaml:3:4: did not find expected '-' indicator"},
		{"f5.yaml", "f5.yaml:2:3: facts: expected a list (lines starting with '- ')"},
	} {
		r := runCmd(t, []string{"check", "--facts", filepath.Join(dir, tc.file), filepath.Join(dir, "a.txt")}, false)
		if r.code != exitError || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and %q", tc.file, r.code, r.stderr, tc.want)
		}
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte("Harbour board\n\nThe reform leaves the 21-seat Harbour Board with Amira Osei as chair.\n"),
		"b.txt": []byte("Harbour board\n\nAmira Osei now chairs the 21-seat Harbour Board.\n"),
	})
	out := filepath.Join(t.TempDir(), "facts.yaml")
	r := runCmd(t, []string{"baseline", "-q", "-o", out, dir}, false)
	if r.code != exitOK {
		t.Fatalf("baseline: exit %d: %s", r.code, r.stderr)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "subject: Harbour Board\n    measure: seats\n    value: 21") {
		t.Errorf("facts file lacks the agreed seat count:\n%s", b)
	}
	again := runCmd(t, []string{"baseline", "-q", "-o", out, dir}, false)
	if again.code != exitError || !strings.Contains(again.stderr, "exists") {
		t.Errorf("baseline overwrote %s: exit %d %q", out, again.code, again.stderr)
	}
	chk := runCmd(t, []string{"check", "-q", "--facts", out, "--fail-on", "warning", dir}, false)
	if chk.code != exitOK {
		t.Errorf("check against its own baseline: exit %d\n%s", chk.code, chk.stdout)
	}
}

func TestCheckFlags(t *testing.T) {
	for _, tc := range []struct {
		args, wantErr string
	}{
		{"check --fail-on fatal a", `unknown --fail-on "fatal" (valid: error, warning, info, none)`},
		{"check --format xml a", `unknown format "xml" (valid: table, json, github, line)`},
		{"baseline --accept-current - a", "--accept-current needs a file name"},
		{"baseline -o f.yaml --accept-current f.yaml a", "--accept-current and --output name the same file"},
		{"check", "check needs at least one folder or file"},
		{"check --max-bytes 0 a", "--max-bytes must be positive, got 0"},
		{"check --max-articles -2 a", "--max-articles must be 0 (all) or positive, got -2"},
		{"baseline", "baseline needs at least one folder or file"},
		{"baseline --max-bytes -4 a", "--max-bytes must be positive, got -4"},
		{"baseline --stdin-format pdf -", `unknown --stdin-format "pdf" (valid: text, markdown, html, jsonl)`},
	} {
		r := runCmd(t, strings.Fields(tc.args), false)
		if r.code != exitError || !strings.Contains(r.stderr, "error: "+tc.wantErr+"\n") {
			t.Errorf("%q: exit %d, stderr %q, want %q", tc.args, r.code, r.stderr, tc.wantErr)
		}
	}
}

func TestCheckCache(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte(goodArticle),
		"b.txt": []byte("Ferry route approved\n\nThe Harbour Council approved the ferry route on Tuesday, and Councillor Amira Osei welcomed the vote.\n"),
	})
	cacheDir := t.TempDir()
	args := []string{"check", "--fail-on", "none", "--format", "json", "--cache-dir", cacheDir, dir}
	cold := runCmd(t, args, false)
	warm := runCmd(t, args, false)
	if !strings.Contains(cold.stderr, "info: 2 articles extracted, 0 from the cache") {
		t.Errorf("cold run stderr %q", cold.stderr)
	}
	if !strings.Contains(warm.stderr, "info: 0 articles extracted, 2 from the cache") {
		t.Errorf("warm run did extraction: stderr %q", warm.stderr)
	}
	if cold.stdout != warm.stdout || cold.code != exitOK {
		t.Errorf("warm run output differs from cold run (exit %d)", cold.code)
	}
	// One new article: only it is extracted.
	writeFiles(t, dir, map[string][]byte{"c.txt": []byte("Ferry\n\nThe ferry will start in May, Amira Osei said on Friday.\n")})
	more := runCmd(t, args, false)
	if !strings.Contains(more.stderr, "info: 1 articles extracted, 2 from the cache") {
		t.Errorf("new article run stderr %q", more.stderr)
	}
	// A corrupt cache is rebuilt with one warning.
	if err := os.WriteFile(filepath.Join(cacheDir, cache.FileName), []byte("garbage, not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := runCmd(t, args, false)
	if bad.code != exitOK || strings.Count(bad.stderr, "warning:") != 1 || !strings.Contains(bad.stderr, "rebuilt") ||
		!strings.Contains(bad.stderr, "info: 3 articles extracted, 0 from the cache") {
		t.Errorf("corrupt cache: exit %d, stderr %q", bad.code, bad.stderr)
	}
	off := runCmd(t, append([]string{"check", "--no-cache"}, args[1:]...), false)
	if strings.Contains(off.stderr, "from the cache") {
		t.Errorf("--no-cache used the cache: %q", off.stderr)
	}
}

func TestCheckGolden(t *testing.T) {
	for _, tc := range []struct{ format, file string }{
		{"table", "check.txt"},
		{"json", "check.json"},
		{"github", "check.github"},
		{"line", "check.line"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			r := runCmd(t, []string{"check", "-q", "--no-cache", "--facts", "../../testdata/check/facts.yaml",
				"--fail-on", "warning", "--format", tc.format, demoDir}, false)
			if r.code != exitFail {
				t.Errorf("exit %d, want 1 (a fact conflict and a misspelt known name); stderr %q", r.code, r.stderr)
			}
			golden(t, tc.file, r.stdout)
		})
	}
}

// The same bytes read as Markdown and as plain text make different blocks,
// so the cache must not hand one the other's extraction.
func TestCacheKeepsFormatsApart(t *testing.T) {
	md := []byte("---\ntitle: Ferry route approved\n---\nThe Harbour Council approved the ferry route on Tuesday.\n\nCouncillor Amira Osei welcomed the vote.\n")
	cacheDir := t.TempDir()
	run := func(name string) string {
		dir := t.TempDir()
		writeFiles(t, dir, map[string][]byte{name: md})
		r := runCmd(t, []string{"report", "--format", "json", "--cache-dir", cacheDir, dir}, false)
		return r.stderr
	}
	if stderr := run("x.md"); !strings.Contains(stderr, "1 articles extracted, 0 from the cache") {
		t.Fatalf("first run: %q", stderr)
	}
	if stderr := run("x.txt"); !strings.Contains(stderr, "1 articles extracted, 0 from the cache") {
		t.Errorf("the .txt reading came from the .md one's cache: %q", stderr)
	}
}

func TestLocatorLinesOnlyInTextFiles(t *testing.T) {
	batch := &corpus.Batch{Articles: []corpus.Article{
		{ID: "a.txt", Path: "in/a.txt", Format: corpus.FormatText, Source: "Title\n\nBody line."},
		{ID: "b.html", Path: "in/b.html", Format: corpus.FormatHTML, Source: "Title\n\nBody line."},
	}}
	loc := locator(batch)
	if path, line, col, ok := loc("a.txt", 7); !ok || path != "in/a.txt" || line != 3 || col != 1 {
		t.Errorf("text file: %s:%d:%d %v, want in/a.txt:3:1", path, line, col, ok)
	}
	if path, _, _, ok := loc("b.html", 7); ok || path != "in/b.html" {
		t.Errorf("HTML file: %s %v, want the file without a line", path, ok)
	}
}

// TestCheckHelpListsEveryKind checks that `check --help` lists every
// finding kind of the catalogue with its default severity.
func TestCheckHelpListsEveryKind(t *testing.T) {
	r := runCmd(t, []string{"check", "--help"}, false)
	if r.code != 0 {
		t.Fatalf("check --help: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, k := range report.Kinds() {
		if !regexp.MustCompile(`(?m)^\s+` + regexp.QuoteMeta(k.Name) + `\s+` + k.Severity.String() + `\s`).MatchString(r.stdout) {
			t.Errorf("check --help does not list %s (%s):\n%s", k.Name, k.Severity, r.stdout)
		}
	}
}

// TestDateFactChecked checks that check compares a date fact with the
// articles' event date through the claims comparison: the date baseline
// writes passes, another day is a fact-conflict at each source that gives
// a resolved day.
func TestDateFactChecked(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, "facts.yaml")
	b := runCmd(t, []string{"baseline", "-q", "--no-cache", "-o", facts, demoDir}, false)
	if b.code != exitOK {
		t.Fatalf("baseline: exit %d, stderr %q", b.code, b.stderr)
	}
	written, err := os.ReadFile(facts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(written), "measure: date\n    value: \"2026-03-09\"") {
		t.Fatalf("baseline wrote no event date:\n%s", written)
	}
	count := func(path string) (int, exitCode) {
		r := runCmd(t, []string{"check", "-q", "--no-cache", "-f", "json", "--facts", path, demoDir}, false)
		var v report.Verdict
		if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
			t.Fatalf("check: %v\n%s", err, r.stderr)
		}
		n := 0
		for _, f := range v.Findings {
			if f.Kind == report.FindingFactConflict {
				n++
			}
		}
		return n, r.code
	}
	if n, code := count(facts); n != 0 || code != exitOK {
		t.Errorf("check against its own baseline: %d fact conflicts, exit %d; want 0, 0", n, code)
	}
	other := filepath.Join(dir, "other.yaml")
	if err := os.WriteFile(other, []byte("facts:\n  - subject: (lead event)\n    measure: date\n    value: 2026-03-12\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if n, code := count(other); n != 2 || code != exitFail {
		t.Errorf("check with another day: %d fact conflicts, exit %d; want 2 (the sources stating the day), 1", n, code)
	}
}
