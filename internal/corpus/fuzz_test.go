package corpus_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/dates"
)

// Invented articles used as fuzz seeds.
var fuzzSeeds = []string{
	"Harbour plan approved after long debate\n\nPosted On:\nMarch 3, 2024\n\n" +
		"The council voted on Tuesday to approve the new harbour plan.\n\n" +
		"Share | Tweet | Email\n\n" +
		"Cyclists cross the harbour bridge\nAnna Berg/Northern Press\n\n" +
		"\"It is a good day,\" the mayor said.\n\n" +
		"The council voted on Tuesday to approve the new harbour plan.\n\n" +
		"Sign up for our morning newsletter\nGet the top stories in your inbox.\nClick here\n\n" +
		"-\nCouncil budget approved\nCouncillors agreed the plan.\nBy Jane Doe, Valley Times Published\n" +
		"-\nNew rail timetable\nTrains will run more often.\nBy John Roe, Valley Times Published\n-\n",
	"---\ntitle: \"Bridge reopens\"\noutlet: Valley Times\ndate: 2023-11-05\n---\n\n# Bridge reopens\n\n" +
		"![The bridge](b.jpg)\n\nThe bridge reopened on Sunday.\n\n## What changed\n\n- New railings.\n- New road.\n\n" +
		"> A quote line.\n\n***\n\n1. First point.\n#hashtag\n",
	"Rail strike called off\r\n\r\nPublished 3 March 2024\r\n\r\n" +
		"The union said on Thursday evening that the planned strike would\r\n" +
		"not go ahead after managers offered a new deal on pay and hours.\r\n" +
		"Members will vote on the offer over the next two weeks, and the\r\n" +
		"result is expected before the end of the month.\r\n",
	"Bron öppnar igen\n\nPublicerad 10 mars 2024\n\nBron öppnade på söndagen.\nFoto: Lars Holm\n\n" +
		"Prenumerera på vårt nyhetsbrev\nDela / Skriv ut\n",
	"---\ntitle: [broken\n",
	"\xef\xbb\xbfTitle\n\nBody with a BOM.\n",
	"\x93Caf\xe9\x94 opens\n\nThe caf\xe9 opened.\n",
	"\xff\xfeT\x00i\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00",
	"-\n-\n-\nBy A\nBy B\n---\n...\n",
	"#\n>\n- \n1.\n![](x)\n",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, raw []byte, markdown bool) {
		a, err := corpus.Parse("id", "path", raw, markdown)
		if err != nil {
			if !errors.Is(err, corpus.ErrEmpty) && !errors.Is(err, corpus.ErrBinary) && !errors.Is(err, corpus.ErrEncoding) {
				t.Fatalf("Parse(%q, %v): unexpected error %v", raw, markdown, err)
			}
			return
		}
		if p := spanProblem(a); p != "" {
			t.Fatalf("Parse(%q, %v): %s", raw, markdown, p)
		}
		for i, b := range a.Blocks {
			if b.Start == b.End {
				t.Fatalf("Parse(%q, %v): block %d is empty at %d", raw, markdown, i, b.Start)
			}
			if i > 0 && b.Para < a.Blocks[i-1].Para {
				t.Fatalf("Parse(%q, %v): block %d paragraph %d before %d", raw, markdown, i, b.Para, a.Blocks[i-1].Para)
			}
		}
		if a.Published != "" {
			if d, ok := dates.Parse(a.Published); !ok || d.String() != a.Published {
				t.Fatalf("Parse(%q, %v): Published %q is not a YYYY-MM-DD date", raw, markdown, a.Published)
			}
		}
		if strings.ContainsAny(a.Title, "\n\r") {
			t.Fatalf("Parse(%q, %v): Title %q spans lines", raw, markdown, a.Title)
		}
		if a.Language == "" {
			t.Fatalf("Parse(%q, %v): empty Language", raw, markdown)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte{})
	f.Add([]byte{0xFE, 0xFF, 0x00})
	f.Add([]byte("a\x00b"))
	f.Add([]byte("\x01\x02\x03"))
	f.Add([]byte("\x81\x8d caf\xe9"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, enc, err := corpus.Decode(raw)
		if err != nil {
			if !errors.Is(err, corpus.ErrEmpty) && !errors.Is(err, corpus.ErrBinary) && !errors.Is(err, corpus.ErrEncoding) {
				t.Fatalf("Decode(%q): unexpected error %v", raw, err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("Decode(%q) = %q: not valid UTF-8", raw, text)
		}
		if strings.TrimSpace(text) == "" || enc == "" || strings.ContainsRune(text, 0) {
			t.Fatalf("Decode(%q) = %q, %q: want non-blank text without NUL and an encoding name", raw, text, enc)
		}
	})
}

// Invented pages used as HTML fuzz seeds.
var htmlSeeds = []string{
	`<html><head><meta charset="utf-8"><title>Bridge reopens | Valley Times</title><meta property="og:site_name" content="Valley Times">` +
		`<meta property="article:published_time" content="2024-03-03T10:00:00Z"></head><body><nav><a href="/">Home</a></nav>` +
		`<article><h1>Bridge reopens</h1><p>The old bridge reopened to traffic on Sunday.</p><p>"It is a good day," the mayor said.</p></article>` +
		`<footer>Contact</footer></body></html>`,
	`<meta charset="windows-1252"><title>Caf` + "\xe9" + `</title><p>The caf` + "\xe9" + ` opened.<br>On Monday.</p>`,
	`<meta http-equiv="content-type" content="text/html; charset=iso-8859-5"><p>` + "\xbc\xde\xe1\xe2" + `</p>`,
	`<table><tr><td>a<td>b<tr><td>c</table><ul><li>one<li>two</ul><p>text`,
	`<div><div><div><span><b><i><p>unclosed`,
	`<html><body><script>document.write("<p>x</p>")</script><style>p{}</style><p>Body text here.</p>`,
	`<!DOCTYPE html><html><head><title></title></head><body></body></html>`,
	`<p>` + strings.Repeat("<b>", 200) + "deep",
	"\xff\xfe<\x00p\x00>\x00h\x00i\x00",
}

func FuzzHTML(f *testing.F) {
	for _, s := range htmlSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, raw []byte, readability bool) {
		ex := corpus.ExtractorTrafilatura
		if readability {
			ex = corpus.ExtractorReadability
		}
		start := time.Now()
		a, err := corpus.ParseHTML("id", "path", raw, ex)
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("ParseHTML(%q, %s) took %v", raw, ex, d)
		}
		if err != nil {
			for _, e := range []error{corpus.ErrEmpty, corpus.ErrBinary, corpus.ErrEncoding, corpus.ErrNoText, corpus.ErrTooDeep} {
				if errors.Is(err, e) {
					return
				}
			}
			t.Fatalf("ParseHTML(%q, %s): unexpected error %v", raw, ex, err)
		}
		if p := spanProblem(a); p != "" {
			t.Fatalf("ParseHTML(%q, %s): %s", raw, ex, p)
		}
		if !utf8.ValidString(a.Source) || strings.Contains(a.Source, "\n\n\n") {
			t.Fatalf("ParseHTML(%q, %s): Source %q not valid UTF-8 paragraphs", raw, ex, a.Source)
		}
		if a.Format != "html" || a.Extractor != ex {
			t.Fatalf("Format %q Extractor %q", a.Format, a.Extractor)
		}
		if a.Published != "" {
			if d, ok := dates.Parse(a.Published); !ok || d.String() != a.Published {
				t.Fatalf("ParseHTML(%q): Published %q is not a YYYY-MM-DD date", raw, a.Published)
			}
		}
		if strings.ContainsAny(a.Title, "\n\r") {
			t.Fatalf("ParseHTML(%q): Title %q spans lines", raw, a.Title)
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(threeRecords))
	f.Add([]byte(`{"id":1,"text":"a"}` + "\n" + `{"id":"1","text":"b"}`))
	f.Add([]byte(`{"text":"x\n\ny","title":"t","published":"2024-01-02","language":"sv"}` + "\r\n\r\n[]\nnull\n{\"text\":"))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Add([]byte(`{"text":"Posted On:\nMarch 3, 2024\n\nBody.","id":"a#b/../c"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		arts, errs := corpus.ParseJSONL("f.jsonl", "dir/f.jsonl", raw, corpus.JSONLFields{})
		ids := map[string]bool{}
		for _, a := range arts {
			if a.Path != "dir/f.jsonl" || !strings.HasPrefix(a.ID, "f.jsonl#") || ids[a.ID] {
				t.Fatalf("ParseJSONL(%q): article %q path %q", raw, a.ID, a.Path)
			}
			ids[a.ID] = true
			if p := spanProblem(a); p != "" {
				t.Fatalf("ParseJSONL(%q): %s", raw, p)
			}
			if a.Language == "" || a.Format != "jsonl" {
				t.Fatalf("ParseJSONL(%q): language %q format %q", raw, a.Language, a.Format)
			}
		}
		for _, e := range errs {
			if e.Path != "dir/f.jsonl" {
				t.Fatalf("ParseJSONL(%q): error path %q", raw, e.Path)
			}
			msg := e.Err.Error()
			if !strings.HasPrefix(msg, "line ") && !errors.Is(e, corpus.ErrEmpty) && !errors.Is(e, corpus.ErrBinary) &&
				!errors.Is(e, corpus.ErrEncoding) && !errors.Is(e, corpus.ErrNoRecords) {
				t.Fatalf("ParseJSONL(%q): error %q names no line", raw, msg)
			}
		}
		if len(arts) == 0 && len(errs) == 0 {
			t.Fatalf("ParseJSONL(%q): neither articles nor errors", raw)
		}
	})
}
