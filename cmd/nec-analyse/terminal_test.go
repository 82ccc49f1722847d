package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

// runTerm runs the command line with stdout a fake terminal of width
// columns (none when width is 0) and the environment env.
func runTerm(t *testing.T, args []string, width int, env map[string]string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	d := &deps{
		IO: &ioStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, OutTTY: width > 0, Width: width,
			Getenv: func(k string) string { return env[k] }},
		Version: "test",
		Model:   sharedModel,
		Stance:  sharedStance,
	}
	code := runWith(context.Background(), args, d)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestTableFitsTerminal: on an 80-column terminal every line of the
// report and of check's verdict fits, and no finding's message is cut.
func TestTableFitsTerminal(t *testing.T) {
	for _, args := range [][]string{
		{"report", demoDir},
		{"check", "--facts", "../../testdata/check/facts.yaml", "--no-cache", demoDir},
	} {
		t.Run(args[0], func(t *testing.T) {
			r := runTerm(t, args, 80, nil)
			if r.code == exitError {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, "\x1b[") {
				t.Error("no colour on a terminal without NO_COLOR")
			}
			plain := ansiEscape.ReplaceAllString(r.stdout, "")
			for _, l := range strings.Split(plain, "\n") {
				if w := runewidth.StringWidth(l); w > 80 {
					t.Errorf("line of %d columns on an 80-column terminal: %q", w, l)
				}
			}
			// Every word of every message is shown: messages wrap, never cut.
			json := runTerm(t, append([]string{args[0], "-f", "json"}, args[1:]...), 0, nil)
			words := strings.Fields(strings.NewReplacer("│", " ").Replace(plain))
			shown := map[string]bool{}
			for _, w := range words {
				shown[w] = true
			}
			var got struct{ Findings []report.Finding }
			if err := jsonUnmarshal(json.stdout, &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Findings) == 0 {
				t.Fatal("no findings to check")
			}
			for _, f := range got.Findings {
				for _, w := range strings.Fields(f.Message) {
					if strings.Contains(w, ".") && strings.Contains(f.Message, ".txt") || strings.Contains(w, ".md") {
						continue // file names are shown as labels
					}
					if !shown[w] {
						t.Errorf("word %q of the message %q is not shown", w, f.Message)
					}
				}
			}
			if strings.Contains(sectionOf(plain, "FINDINGS"), "…") {
				t.Errorf("a finding is cut:\n%s", sectionOf(plain, "FINDINGS"))
			}
		})
	}
}

// sectionOf is the text from the line starting with title to the next
// blank line.
func sectionOf(s, title string) string {
	i := strings.Index(s, "\n"+title)
	if i < 0 {
		return ""
	}
	s = s[i+1:]
	if j := strings.Index(s, "\n\n"); j >= 0 {
		s = s[:j]
	}
	return s
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

// TestColorAndBox: colour and table lines on a terminal only, no colour
// with NO_COLOR or TERM=dumb, and --color and --box override.
func TestColorAndBox(t *testing.T) {
	for _, tc := range []struct {
		name      string
		args      []string
		width     int
		env       map[string]string
		color     bool
		box       bool
		wantWidth bool
	}{
		{name: "terminal", width: 100, color: true, box: true},
		{name: "NO_COLOR", width: 100, env: map[string]string{"NO_COLOR": "1"}, box: true},
		{name: "TERM=dumb", width: 100, env: map[string]string{"TERM": "dumb"}, box: true},
		{name: "--color never", args: []string{"--color", "never"}, width: 100, box: true},
		{name: "piped"},
		{name: "piped --color always", args: []string{"--color", "always"}, color: true},
		{name: "piped --box", args: []string{"--box"}, box: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runTerm(t, append(append([]string{"report"}, tc.args...), demoDir), tc.width, tc.env)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if got := strings.Contains(r.stdout, "\x1b["); got != tc.color {
				t.Errorf("colour %t, want %t", got, tc.color)
			}
			if got := strings.Contains(r.stdout, "│"); got != tc.box {
				t.Errorf("table lines %t, want %t", got, tc.box)
			}
		})
	}
	r := runTerm(t, []string{"report", "--color", "sometimes", demoDir}, 0, nil)
	if r.code != exitError || !strings.Contains(r.stderr, `unknown --color "sometimes" (valid: auto, always, never)`) {
		t.Errorf("--color sometimes: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestStrictSaysWhy: --strict fails with the findings that made it fail
// on stderr, sources named by their labels.
func TestStrictSaysWhy(t *testing.T) {
	r := runCmd(t, []string{"report", "--strict", "-f", "json", demoDir}, false)
	if r.code != exitFail {
		t.Fatalf("exit %d, want 1; stderr %q", r.code, r.stderr)
	}
	want := "error: --strict: 2 findings at warning or above:\n" +
		"  warning spelling-variant: 03-morning-post: \"Maria Okafur\" looks like a misspelling of \"Maria Okafor\" (6 sources)\n" +
		"  warning spelling-variant: 05-stadsbladet-sv: \"Daniel Brant\" looks like a misspelling of \"Daniel Brandt\" (6 sources)\n"
	if r.stderr != want {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
}

// copyDemo copies the demo into a new folder and adds files.
func copyDemo(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(demoDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, e.Name()), string(b))
	}
	for name, text := range extra {
		write(t, filepath.Join(dir, name), text)
	}
	return dir
}

// TestDuplicateArticle: an identical or nearly identical copy counts as
// one source, with a duplicate-article finding; a copy that changes a
// figure is a source of its own.
func TestDuplicateArticle(t *testing.T) {
	herald, err := os.ReadFile(filepath.Join(demoDir, "01-riverside-herald.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(herald)
	if !strings.Contains(text, "came fourth") || !strings.Contains(text, "18,240") {
		t.Fatal("the demo's herald changed: update the copies")
	}
	for _, tc := range []struct {
		name, copy string
		dup        bool
		how        string
	}{
		{"identical", text, true, "identical text after cleaning"},
		{"one word changed", strings.Replace(text, "came fourth", "finished fourth", 1), true, "nearly identical text after cleaning: 2 words differ"},
		{"figure changed", strings.Replace(text, "18,240", "18,420", 1), false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(t, []string{"report", "-f", "json", "--no-cache", copyDemo(t, map[string]string{"07-copy.txt": tc.copy})}, false)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			var rep report.Report
			if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
				t.Fatal(err)
			}
			var msgs []string
			for _, f := range rep.Findings {
				if f.Kind == report.FindingDuplicate {
					msgs = append(msgs, f.Message)
				}
			}
			wantMsg := fmt.Sprintf("07-copy.txt repeats 01-riverside-herald.txt (%s", tc.how)
			if tc.dup && (len(msgs) != 1 || !strings.HasPrefix(msgs[0], wantMsg)) {
				t.Errorf("duplicate findings %q, want one starting %q", msgs, wantMsg)
			}
			if !tc.dup && len(msgs) != 0 {
				t.Errorf("duplicate findings %q, want none", msgs)
			}
			dupOf := ""
			for _, a := range rep.Articles {
				if a.ID == "07-copy.txt" {
					dupOf = a.DuplicateOf
				}
			}
			if want := map[bool]string{true: "01-riverside-herald.txt"}[tc.dup]; dupOf != want {
				t.Errorf("duplicate_of = %q, want %q", dupOf, want)
			}
			inClaims := false
			for _, c := range rep.Claims {
				for _, v := range c.Values {
					inClaims = inClaims || v.Article == "07-copy.txt"
				}
			}
			if inClaims == tc.dup {
				t.Errorf("the copy's figures in the claims: %t, want %t", inClaims, !tc.dup)
			}
		})
	}
}

// TestOutletLabels: every format names an article by its outlet and day
// when known, else by its file name, and keeps the file in the sources.
func TestOutletLabels(t *testing.T) {
	for _, f := range []string{"table", "markdown", "html", "json"} {
		t.Run(f, func(t *testing.T) {
			r := runCmd(t, []string{"report", "-f", f, demoDir}, false)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, want := range []string{"City Wire 10 Mar", "02-city-wire.md", "03-morning-post"} {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("no %q in the %s report", want, f)
				}
			}
			if f != "json" && strings.Contains(r.stdout, "03-morning-post.txt says") {
				t.Errorf("the %s report names an article by its file in a message", f)
			}
		})
	}
	r := runCmd(t, []string{"check", "--facts", "../../testdata/check/facts.yaml", "--no-cache", demoDir}, false)
	if !strings.Contains(r.stdout, "City Wire 10 Mar says 21") {
		t.Errorf("check's table does not name City Wire by its label:\n%s", r.stdout)
	}
}

// TestStanceLeftOutSaysSo: above the headline-stance limit, with no
// --claim, one info line says stance was left out and how to get it.
func TestStanceLeftOutSaysSo(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range 31 {
		files[fmt.Sprintf("a%02d.txt", i)] = fmt.Appendf(nil, "Harbour council approves route %d\n\nThe Harbour Council voted on Tuesday to approve ferry route %d between the old port and the island of Merrow, at a cost of %d,000 pounds.\n", i, i, 100+i)
	}
	writeFiles(t, dir, files)
	r := runCmd(t, []string{"report", "-f", "json", "--no-cache", dir}, false)
	want := "info: stance left out: 31 sources are more than 30 to compare every headline with every article; --claim TEXT (repeatable) classifies each article against TEXT\n"
	if r.code != exitOK || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q, want it to contain %q", r.code, r.stderr, want)
	}
	if q := runCmd(t, []string{"report", "-q", "-f", "json", "--no-cache", dir}, false); q.stderr != "" {
		t.Errorf("with -q, stderr %q, want empty", q.stderr)
	}
}
