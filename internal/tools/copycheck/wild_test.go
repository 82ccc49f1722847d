package main

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func wordList(w *words) string {
	var out []string
	for i := 0; i < w.len(); i++ {
		out = append(out, string(w.word(i)))
	}
	return strings.Join(out, " ")
}

func TestWildcard(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		lines            []int32
	}{
		{"names and numbers become one wildcard each run",
			"Mayor Edda Quist closed the Tarnby quay for 3 weeks.", "* closed the * quay for * weeks", []int32{1, 1, 1, 1, 1, 1, 1, 1}},
		{"a sentence start is a capital too", "The barge sank. Nobody was hurt.", "* barge sank * was hurt", nil},
		{"words with a digit are numbers", "covid19 and 3rd-place finishers", "* and * place finishers", nil},
		{"a capital inside a word is no name", "the iPad and eBay", "the ipad and ebay", nil},
		{"letters of other scripts", "Färjan gick till Åmål i går", "* gick till * i går", nil},
		{"the run's first line is kept", "quay\nOskelby\nFerry board", "quay * board", []int32{1, 2, 3}},
		{"title case", "ǅemal ran", "* ran", nil},
		{"nothing", "", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w, ww words
			tokenize(&w, []byte(tc.text))
			wildcard(&ww, &w)
			if got := wordList(&ww); got != tc.want {
				t.Errorf("wildcard(%q) = %q, want %q", tc.text, got, tc.want)
			}
			if tc.lines != nil && !reflect.DeepEqual(ww.line, tc.lines) {
				t.Errorf("lines %v, want %v", ww.line, tc.lines)
			}
		})
	}
}

func TestWildText(t *testing.T) {
	for _, tc := range []struct {
		name, path, text string
		want             string // words, "|" ending a segment
		lines            []int32
	}{
		{"go test file: its strings only, a sum of strings is one text", "a/b_test.go",
			"package a\n\n// Comment Words here.\nvar x = []string{\"the Oskelby \" +\n\t\"ferry ran\", `late again`}\n",
			"the * ferry ran | late again |", []int32{4, 4, 5, 5, 5, 5, 5, 5}},
		{"go strings: escapes as in the exact mode", "x_test.go", `f("quay\nClosed", 'c', "two\u00e9")`,
			"quay * | twoé |", nil},
		{"go file that is not a test is out of scope", "a/b.go", `var s = "the quay"`, "", nil},
		{"lexicon list: its comment lines", "internal/lexicon/data/places/x.txt",
			"# Words after \"the Tarnby harbour\"\n# lang: en\nharbour\nquay\n# later note\n",
			"* after the * harbour lang en | later note |", nil},
		{"testdata text whole", "internal/x/testdata/passes/p/input.txt", "Bo Lind sold the mill.\nIt shut.",
			"* sold the mill * shut |", []int32{1, 1, 1, 1, 2, 2, 2}},
		{"testdata json: values, not keys", "testdata/golden/g.json",
			"{\"text\": \"Ada Quill spoke\", \"start\": 3,\n \"list\": [\"one \\\"two\\\"\", \"three\"]}",
			"* spoke | one two | three |", []int32{1, 1, 1, 2, 2, 2, 2, 2}},
		{"other files are out of scope", "README.md", "the quay closed", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w words
			wildText(&w, tc.path, []byte(tc.text))
			if got := wordList(&w); got != tc.want {
				t.Errorf("wildText(%s) = %q, want %q", tc.path, got, tc.want)
			}
			if tc.lines != nil && !reflect.DeepEqual(w.line, tc.lines) {
				t.Errorf("lines %v, want %v", w.line, tc.lines)
			}
		})
	}
}

func TestContentWords(t *testing.T) {
	stop := map[string]struct{}{"the": {}, "said": {}, "that": {}, "was": {}}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Ada Quill said that the quay was closed", 2}, // quay, closed
		{"the quay quay quay was closed", 2},           // distinct
		{"Bo of Ek in the Al of Ny", 0},                // names, short or function words
		{"the ferry board voted to sell the pier", 5},  // ferry board voted sell pier
		{"an ox is by me", 0},                          // words under three bytes
		{"Barge sank near Tarnby after the storm", 4},  // capitalised words are names
		{"en färja sjönk vid kajen i går", 5},          // en, i: under three letters
	} {
		var w, ww words
		tokenize(&w, []byte(strings.ReplaceAll(tc.text, "|", "")))
		wildcard(&ww, &w)
		if got := contentWords(&ww, 0, ww.len(), stop); got != tc.want {
			t.Errorf("contentWords(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// The invented text of the wildcard mode's cases: a shared sentence and
// a copy with its names and a figure swapped.
const (
	wildShared = "Harbour master Bo Lind told Tarnby council the crane at Pier 4 was dismantled by welders from Arland overnight."
	wildCopied = "Harbour master Ada Quill told Oskelby council the crane at Pier 9 was dismantled by welders from Veskaria overnight."
	wantRun    = "* master * told * council the crane at * was dismantled by welders from * overnight"
)

// FuzzWildcard reads untrusted text (a shared file) as the wildcard mode
// does, and a repository file's Go strings and JSON values: no panic, and
// the words keep their invariants.
func FuzzWildcard(f *testing.F) {
	for _, s := range []string{
		"Mayor Edda Quist closed the Tarnby quay for 3 weeks.",
		"{\"text\": \"Ada \\\"Quill\\\" spoke\", \"n\": [1, \"two\"]}",
		"package a\nvar s = \"one \" + `two\nthree` + 'c'\n",
		"caf\\u00e9 \\u12 \\n \"unterminated",
		"ǅ\u0301 ÅÄÖ ٣ 𝟘",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var w, ww words
		tokenize(&w, b)
		wildcard(&ww, &w)
		check := func(what string, w *words, noDoubleStar bool) {
			if len(w.line) != w.len() || len(w.shape) != w.len() {
				t.Fatalf("%s: %d words, %d lines, %d shapes", what, w.len(), len(w.line), len(w.shape))
			}
			for i := 0; i < w.len(); i++ {
				tok := w.word(i)
				if len(tok) == 0 || !utf8.Valid(tok) && utf8.Valid(b) {
					t.Fatalf("%s: word %d is %q", what, i, tok)
				}
				if i > 0 && w.line[i] < w.line[i-1] {
					t.Fatalf("%s: lines go back at word %d: %v", what, i, w.line)
				}
				if noDoubleStar && i > 0 && bytes.Equal(tok, wildTok) && bytes.Equal(w.word(i-1), wildTok) {
					t.Fatalf("%s: two wildcards in a row at %d", what, i)
				}
			}
		}
		check("tokenize", &w, false)
		check("wildcard", &ww, true)
		if ww.len() > w.len() {
			t.Fatalf("wildcard made %d words of %d", ww.len(), w.len())
		}
		if n := contentWords(&ww, 0, ww.len(), nil); n > ww.len() {
			t.Fatalf("%d content words of %d", n, ww.len())
		}
		for _, p := range []string{"x_test.go", "testdata/x.json", "internal/lexicon/data/a/b.txt"} {
			var fw words
			wildText(&fw, p, b)
			check(p, &fw, false)
		}
	})
}
