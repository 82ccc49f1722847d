package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const goodArticle = "Harbour council approves new ferry route\n\nThe Harbour Council voted on Tuesday to approve a ferry route between the old port and the island of Merrow. Councillor Amira Osei said the vote was a victory for residents who had campaigned for years.\n"

func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot lists every path under dir with its size and modification time.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var sb strings.Builder
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		fi, _ := os.Lstat(p)
		sb.WriteString(p + " " + fi.ModTime().Format(time.RFC3339Nano) + " " + fi.Mode().String() + "\n")
		return nil
	})
	return sb.String()
}

func TestReportBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"good.txt":         []byte(goodArticle),
		"sub/also-good.md": []byte("---\ntitle: Ferry route approved\npublished: 2024-05-07\n---\n" + goodArticle),
		"empty.txt":        {},
		"binary.txt":       []byte("abc\x00\x01\x02def"),
		"latin1.txt":       []byte("Caf\xe9 owners in Merrow welcome the ferry\n\nThe owners of the Caf\xe9 Marin said the route would bring visitors from the mainland every day of the week.\n"),
		"big.txt":          []byte(strings.Repeat("word ", 400)),
		"notes.pdf":        []byte("%PDF-1.4"),
	})
	if err := os.Symlink(".", filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	r := runCmd(t, []string{"report", "--format", "json", "--max-bytes", "1000", dir}, false)
	if r.code != exitOK {
		t.Fatalf("exit %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"warning: " + filepath.ToSlash(filepath.Join(dir, "binary.txt")) + ": binary content",
		"warning: " + filepath.ToSlash(filepath.Join(dir, "empty.txt")) + ": empty file",
		"warning: " + filepath.ToSlash(filepath.Join(dir, "big.txt")) + ": file too large",
		"warning: " + filepath.ToSlash(filepath.Join(dir, "sub", "loop")) + ": symlink loop",
		"info: skipped " + filepath.ToSlash(filepath.Join(dir, "notes.pdf")),
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q; stderr:\n%s", want, r.stderr)
		}
	}
	var rep struct {
		Articles []struct {
			ID, Encoding string
			Published    *string
		}
		Findings []struct{ Kind, Severity string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	var ids []string
	for _, a := range rep.Articles {
		ids = append(ids, a.ID+"/"+a.Encoding)
	}
	if got, want := strings.Join(ids, " "), "good.txt/utf-8 latin1.txt/windows-1252 sub/also-good.md/utf-8"; got != want {
		t.Errorf("articles = %s, want %s", got, want)
	}
	unreadable := 0
	for _, f := range rep.Findings {
		if f.Kind == "unreadable-article" && f.Severity == "warning" {
			unreadable++
		}
	}
	if unreadable != 4 {
		t.Errorf("unreadable-article findings = %d, want 4", unreadable)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("input folder changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}

	strict := runCmd(t, []string{"report", "-q", "--strict", "--max-bytes", "1000", dir}, false)
	if strict.code != exitFail {
		t.Errorf("--strict with warnings: exit %d, want 1", strict.code)
	}
	if strings.Contains(strict.stderr, "info:") {
		t.Errorf("-q still printed info lines:\n%s", strict.stderr)
	}
}

func TestReportUsageErrors(t *testing.T) {
	empty := t.TempDir()
	writeFiles(t, empty, map[string][]byte{"readme.pdf": []byte("x")})
	for _, tc := range []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"missing path", []string{"report", "/nonexistent/nec-analyse-test"}, "error: load /nonexistent/nec-analyse-test: no such file or directory\n"},
		{"no articles", []string{"report", "-q", empty}, "error: no articles found in " + empty + "\n"},
		{"unknown command", []string{"summarise"}, `error: unknown command "summarise" for "nec-analyse"` + "\nRun 'nec-analyse --help' for usage.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(t, tc.args, false)
			if r.code != exitError {
				t.Errorf("exit %d, want 2", r.code)
			}
			if r.stderr != tc.wantStderr {
				t.Errorf("stderr = %q, want %q", r.stderr, tc.wantStderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want empty", r.stdout)
			}
		})
	}
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := 0; i < progressThreshold; i++ {
		files[filepath.Join("a", string(rune('a'+i%26))+string(rune('a'+i/26))+".txt")] = []byte(goodArticle)
	}
	writeFiles(t, dir, files)
	tty := runCmd(t, []string{"report", "-f", "json", dir}, true)
	if !strings.Contains(tty.stderr, "/50)") || !strings.Contains(tty.stderr, "analysing") {
		t.Errorf("no progress on a terminal; stderr %q", tty.stderr)
	}
	// Then the corpus-level stages, in order, and the line cleared.
	at := 0
	for _, stage := range []string{"resolving entities", "cross-referencing claims", "matching quotes", "stance", "framing"} {
		line := "\r\033[Kanalysed 50 articles; corpus level: " + stage
		k := strings.Index(tty.stderr[at:], line)
		if k < 0 {
			t.Errorf("progress does not show %q after the articles; stderr %q", line, tty.stderr)
			break
		}
		at += k + len(line)
	}
	if !strings.HasSuffix(tty.stderr, "corpus level: framing\r\033[K") {
		t.Errorf("the progress line is not cleared at the end; stderr %q", tty.stderr)
	}
	if q := runCmd(t, []string{"-q", "report", "-f", "json", dir}, true); q.stderr != "" {
		t.Errorf("--quiet on a terminal still shows %q", q.stderr)
	}
	pipe := runCmd(t, []string{"report", "-f", "json", dir}, false)
	if pipe.stderr != "" {
		t.Errorf("stderr not empty without a terminal: %q", pipe.stderr)
	}
	if tty.stdout != pipe.stdout {
		t.Error("stdout differs between terminal and pipe runs")
	}
}

// TestMaxArticles checks that --max-articles analyses the first N articles
// in id order, as a batch of those N alone would be, on report and check,
// and says on stderr how many it left out and which.
func TestMaxArticles(t *testing.T) {
	dir, first := t.TempDir(), t.TempDir()
	all := map[string][]byte{}
	for _, n := range []string{"d.txt", "b.txt", "a.txt", "c.txt"} {
		all[n] = []byte(goodArticle)
	}
	writeFiles(t, dir, all)
	writeFiles(t, first, map[string][]byte{"a.txt": []byte(goodArticle), "b.txt": []byte(goodArticle)})
	for _, tc := range []struct {
		name     string
		n        string
		wantInfo string
	}{
		{"two left out", "2", "info: --max-articles 2: analysed the first 2 of 4 articles (in id order); left out 2: from c.txt to d.txt\n"},
		{"one left out", "3", "info: --max-articles 3: analysed the first 3 of 4 articles (in id order); left out 1: d.txt\n"},
		{"none left out", "4", ""},
		{"all", "0", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := runCmd(t, []string{"report", "-f", "json", "--max-articles", tc.n, dir}, false)
			if got.stderr != tc.wantInfo {
				t.Errorf("stderr %q, want %q", got.stderr, tc.wantInfo)
			}
			if q := runCmd(t, []string{"-q", "report", "-f", "json", "--max-articles", tc.n, dir}, false); q.stderr != "" || q.stdout != got.stdout {
				t.Errorf("--quiet: stderr %q (want none), or another report", q.stderr)
			}
			chk := runCmd(t, []string{"check", "-f", "line", "--max-articles", tc.n, dir}, false)
			if chk.code != exitOK || !strings.HasPrefix(chk.stderr, tc.wantInfo) {
				t.Errorf("check: exit %d, stderr %q, want it to begin with %q", chk.code, chk.stderr, tc.wantInfo)
			}
		})
	}
	got := runCmd(t, []string{"report", "-q", "-f", "json", "--max-articles", "2", dir}, false)
	want := runCmd(t, []string{"report", "-q", "-f", "json", first}, false)
	if got.code != want.code || strings.ReplaceAll(got.stdout, dir, first) != want.stdout {
		t.Errorf("--max-articles 2 (exit %d) differs from a batch of the first two articles (exit %d):\n%s\nwant\n%s", got.code, want.code, got.stdout, want.stdout)
	}
	if whole := runCmd(t, []string{"report", "-q", "-f", "json", dir}, false); whole.stdout == got.stdout {
		t.Error("--max-articles 2 gives the report of all four articles")
	}
}
