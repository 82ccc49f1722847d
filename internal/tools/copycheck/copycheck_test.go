package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		words      string // joined by spaces
		lines      []int32
	}{
		{"case and punctuation", "The Harbour-Board's VOTE, (again)!", "the harbour board s vote again", []int32{1, 1, 1, 1, 1, 1}},
		{"lines counted", "one\ntwo three\n\nfour", "one two three four", []int32{1, 2, 2, 4}},
		{"string escapes separate", `"pier\nclosed\tearly"`, "pier closed early", []int32{1, 1, 1}},
		{"unicode escape is its letter", `caf\u00e9 \u201cquay\u201d`, "café quay", []int32{1, 1}},
		{"digits are words", "£2,500 on 3.5%", "2 500 on 3 5", []int32{1, 1, 1, 1, 1}},
		{"letters of other scripts", "Färjan ÅTER i trafik", "färjan åter i trafik", []int32{1, 1, 1, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w words
			tokenize(&w, []byte(tc.text))
			var got []string
			for i := 0; i < w.len(); i++ {
				got = append(got, string(w.word(i)))
			}
			if strings.Join(got, " ") != tc.words || !reflect.DeepEqual(w.line, tc.lines) {
				t.Errorf("tokenize(%q) = %q lines %v, want %q lines %v", tc.text, got, w.line, tc.words, tc.lines)
			}
		})
	}
}

func TestSourceText(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><head><style>p { color: red }</style><script>var quay = 1;</script></head><body><p>The <b>ferry</b> ran late.</p></body></html>"))
	zw.Close()
	conll := "-DOCSTART- O\n\n"
	for _, w := range strings.Fields("The ferry to Oskelby ran late again on Monday morning , the operator said .") {
		conll += w + " NN O\n"
	}
	conll += "\n"
	for _, w := range strings.Fields("A second sentence follows here with some more words to read in it .") {
		conll += w + " NN O\n"
	}
	for _, tc := range []struct {
		name, path string
		data       []byte
		want       string // its words
	}{
		{"html.gz without tags, scripts and styles", "page.html.gz", gz.Bytes(), "the ferry ran late"},
		{"column file by its token column", "train.conll", []byte(conll),
			"docstart the ferry to oskelby ran late again on monday morning the operator said a second sentence follows here with some more words to read in it"},
		{"plain text as it is", "a.txt", []byte("The ferry ran late."), "the ferry ran late"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, err := sourceText(tc.path, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			var w words
			tokenize(&w, text)
			var got []string
			for i := 0; i < w.len(); i++ {
				got = append(got, string(w.word(i)))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("words %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}

// The invented text the repository cases share with the invented data.
const (
	sharedSentence = "The Oskelby ferry board voted on Tuesday to close the old quay for good."
	stock          = "according to a person who knows the ferry"
)

func TestRun(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not found:", err)
	}
	type files = map[string]string
	for _, tc := range []struct {
		name           string
		repo, tracked  files // tracked: committed; repo: left untracked
		data, seeds    files
		allow          string
		n, notesN      int
		wantOut        []string // lines of standard output, without the source
		wantErr        string   // in standard error
		wantBad        int
		wildN, wildMin int // the wildcard mode (off: 0)
	}{
		{
			name:    "copied sentence found with file, line and source",
			tracked: files{"doc.md": "# Notes\n\nOur own opening.\n" + sharedSentence + "\nOur own close.\n"},
			data:    files{"news/a.txt": "Headline\n\n" + sharedSentence + " Nothing else matches.\n"},
			wantOut: []string{`doc.md:4: 14 words shared with DATA/news/a.txt: "the oskelby ferry board voted on tuesday to close the old quay for good"`},
			wantBad: 1,
		},
		{
			name:    "case and punctuation do not hide a copy",
			tracked: files{"a.go": "// THE OSKELBY-FERRY board: voted on tuesday, to close\n"},
			data:    files{"b.txt": sharedSentence},
			wantOut: []string{`a.go:1: 9 words shared with DATA/b.txt: "the oskelby ferry board voted on tuesday to close"`},
			wantBad: 1,
		},
		{
			name:    "five shared words are no run",
			tracked: files{"a.txt": "Yesterday the ferry board voted on a new fare."},
			data:    files{"b.txt": "The ferry board voted on Tuesday."},
		},
		{
			name:    "a longer run length",
			tracked: files{"a.txt": sharedSentence},
			data:    files{"b.txt": "the Oskelby ferry board voted on Monday"},
			n:       7,
		},
		{
			name:    "seeds are read too",
			tracked: files{"a.txt": sharedSentence},
			seeds:   files{"001.txt": sharedSentence},
			wantOut: []string{`a.txt:1: 14 words shared with SEEDS/001.txt: "the oskelby ferry board voted on tuesday to close the old quay for good"`},
			wantBad: 1,
		},
		{
			name:    "new untracked file is checked",
			repo:    files{"new.txt": "x " + sharedSentence},
			data:    files{"b.txt": sharedSentence},
			wantOut: []string{`new.txt:1: 14 words shared with DATA/b.txt: "the oskelby ferry board voted on tuesday to close the old quay for good"`},
			wantBad: 1,
		},
		{
			name:    "allowlisted stock phrase",
			tracked: files{"a.txt": "It was sold, According to a person who knows the ferry."},
			data:    files{"b.txt": "Fares rise, according to a person who knows the ferry business."},
			allow:   "# stock\n" + stock + "\n",
			wantErr: "0 runs of 6+ words not allowlisted, 1 allowlisted",
		},
		{
			name:    "allowlist entry does not cover a longer run",
			tracked: files{"a.txt": "Fares rise, according to a person who knows the ferry business well."},
			data:    files{"b.txt": "Fares rise, according to a person who knows the ferry business."},
			allow:   stock + "\n",
			wantOut: []string{
				`a.txt:1: 7 words shared with DATA/b.txt: "fares rise according to a person who"`,
				`a.txt:1: 6 words shared with DATA/b.txt: "person who knows the ferry business"`,
			},
			wantBad: 2,
		},
		{
			name:    "unused allowlist entry is a warning",
			tracked: files{"a.txt": "nothing shared here at all today"},
			data:    files{"b.txt": "quite other words in this file"},
			allow:   "the harbour has no such words in it\n",
			wantErr: `allowlist entry "the harbour has no such words in it" accepts no shared run`,
		},
		{
			name:    "allowlist entry shorter than the run length accepts nothing",
			tracked: files{"a.txt": "the Oskelby ferry board voted on Tuesday"},
			data:    files{"b.txt": sharedSentence},
			allow:   "the Oskelby ferry board voted\n",
			wantOut: []string{`a.txt:1: 7 words shared with DATA/b.txt: "the oskelby ferry board voted on tuesday"`},
			wantErr: `allowlist entry "the oskelby ferry board voted" accepts no shared run`,
			wantBad: 1,
		},
		{
			name: "BENCHMARKS.md checked with notes-n",
			tracked: files{"BENCHMARKS.md": "The ferry board voted on Tuesday to close it.\n\n" +
				"Quoted whole: the Oskelby ferry board voted on Tuesday to close the old quay for good.\n"},
			data:    files{"b.txt": sharedSentence},
			notesN:  10,
			wantOut: []string{`BENCHMARKS.md:3: 14 words shared with DATA/b.txt: "the oskelby ferry board voted on tuesday to close the old quay for good"`},
			wantBad: 1,
		},
		{
			name: "learnt lexicon lists, binaries and the allowlist are not read",
			tracked: files{
				"internal/lexicon/data/places/places_learned.txt": sharedSentence,
				"model.gob": sharedSentence,
				"nul.txt":   sharedSentence + "\x00",
			},
			allow:   "# For example: " + sharedSentence + "\n",
			data:    files{"b.txt": sharedSentence},
			wantErr: "0 runs of 6+ words not allowlisted, 0 allowlisted",
		},
		{
			name:    "column data files",
			tracked: files{"fixture.txt": "Oskelby ferry board voted on Tuesday"},
			data: files{"ner/train.conll": strings.Repeat("Word NN O\n", 20) + "\n" +
				"Oskelby NNP B-ORG\nferry NN I-ORG\nboard NN I-ORG\nvoted VBD O\non IN O\nTuesday NNP O\n"},
			wantOut: []string{`fixture.txt:1: 6 words shared with DATA/ner/train.conll: "oskelby ferry board voted on tuesday"`},
			wantBad: 1,
		},
		{
			name:    "a copy with its names swapped is found in a fixture",
			tracked: files{"internal/x/testdata/passes/p/input.txt": "First line.\n" + wildCopied + "\n"},
			data:    files{"a.txt": wildShared},
			wildN:   6, wildMin: 3,
			wantOut: []string{`internal/x/testdata/passes/p/input.txt:2: 17 words shared (names and numbers as *) with DATA/a.txt: "` + wantRun + `"`},
			wantBad: 1,
		},
		{
			name:    "and in a test file's strings",
			tracked: files{"x_test.go": "package x\n\nvar s = \"" + wildCopied + "\"\n"},
			data:    files{"a.txt": wildShared},
			wildN:   6, wildMin: 3,
			wantOut: []string{`x_test.go:3: 17 words shared (names and numbers as *) with DATA/a.txt: "` + wantRun + `"`},
			wantBad: 1,
		},
		{
			name:    "off when wild-n is 0",
			tracked: files{"testdata/a.txt": wildCopied},
			data:    files{"a.txt": wildShared},
		},
		{
			name:    "files outside the fixtures are left to the exact mode",
			tracked: files{"doc.md": wildCopied},
			data:    files{"a.txt": wildShared},
			wildN:   6, wildMin: 3,
			wantErr: "wildcard mode, 0 fixture and test files: 0 runs",
		},
		{
			name:    "a run with too few content words is not reported",
			tracked: files{"testdata/a.txt": "Mayor Eva Ek said on Monday that the Harbour Board of Tarnby would meet."},
			data:    files{"a.txt": "Governor Bo Lind said on Friday that the Senate of Arland would vote."},
			wildN:   6, wildMin: 3,
			wantErr: "0 runs of 6+ words (names and numbers as *) not allowlisted, 0 allowlisted",
		},
		{
			name:    "a longer wildcard run length",
			tracked: files{"testdata/a.txt": "The Oskelby council said the crane at Pier 2 was dismantled by welders."},
			data:    files{"a.txt": wildShared},
			wildN:   9, wildMin: 3,
		},
		{
			name:    "a wildcard allowlist entry, unused by the exact mode",
			tracked: files{"testdata/a.txt": wildCopied},
			data:    files{"a.txt": wildShared},
			allow:   "# stock here\n" + wantRun + "\n",
			wildN:   6, wildMin: 3,
			wantErr: "0 runs of 6+ words (names and numbers as *) not allowlisted, 1 allowlisted",
		},
		{
			name:    "a wildcard entry accepts nothing in the exact mode",
			tracked: files{"doc.md": wildShared},
			data:    files{"a.txt": wildShared},
			allow:   wantRun + "\n",
			wildN:   6, wildMin: 3,
			wantOut: []string{`doc.md:1: 19 words shared with DATA/a.txt: "harbour master bo lind told tarnby council the crane at pier 4 was dismantled by welders from arland overnight"`},
			wantErr: `allowlist entry "` + wantRun + `" accepts no shared run`,
			wantBad: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			repo := filepath.Join(root, "repo")
			data := filepath.Join(root, "shared", "data")
			seeds := filepath.Join(root, "shared", "seeds")
			writeFiles(t, repo, tc.tracked)
			allow := tc.allow
			if allow == "" {
				allow = "# empty\n"
			}
			writeFiles(t, repo, files{"allowed.txt": allow})
			gitRun(t, repo, "init", "-q")
			gitRun(t, repo, "add", "-A")
			writeFiles(t, repo, tc.repo)
			writeFiles(t, data, tc.data)
			writeFiles(t, seeds, tc.seeds)
			for _, d := range []string{data, seeds} {
				if err := os.MkdirAll(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(repo)
			n := tc.n
			if n == 0 {
				n = 6
			}
			var stdout, stderr bytes.Buffer
			bad, err := run(&stdout, &stderr, options{data: data, seeds: seeds, n: n, notesN: tc.notesN, allow: "allowed.txt", wildN: tc.wildN, wildMin: tc.wildMin})
			if err != nil {
				t.Fatal(err)
			}
			out := strings.ReplaceAll(stdout.String(), data, "DATA")
			out = strings.ReplaceAll(out, seeds, "SEEDS")
			var got []string
			if out != "" {
				got = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			}
			if bad != tc.wantBad || !reflect.DeepEqual(got, tc.wantOut) {
				t.Errorf("bad = %d, output:\n%s\nwant %d:\n%s", bad, strings.Join(got, "\n"), tc.wantBad, strings.Join(tc.wantOut, "\n"))
			}
			if !strings.Contains(stderr.String(), tc.wantErr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tc.wantErr)
			}
		})
	}
}

func TestRunMissingFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := run(&bytes.Buffer{}, &bytes.Buffer{}, options{data: filepath.Join(dir, "nodata"), seeds: dir, n: 6, allow: "x"})
	if err == nil || !strings.Contains(err.Error(), "data folder") || !strings.Contains(err.Error(), "is missing") {
		t.Errorf("err = %v, want the missing data folder named", err)
	}
}

func writeFiles(t *testing.T, dir string, fs map[string]string) {
	t.Helper()
	for p, text := range fs {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gitRun(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
