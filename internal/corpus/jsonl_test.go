package corpus_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

const threeRecords = `{"id": "a1", "title": "Bridge reopens", "outlet": "Valley Times", "url": "https://valley-times.example/bridge", "published": "2024-03-03", "text": "The old bridge reopened to traffic on Sunday after two years of repairs."}
{"id": "a2", "title": "Broken record", "text": "This line is cut short
{"title": "Ferry terminal approved", "language": "en", "text": "Ferry terminal approved\n\nThe Harbour Board voted on Tuesday to build a new ferry terminal."}
`

func TestJSONLMalformedLine(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"export.jsonl": threeRecords})
	b, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != 2 || len(b.Errors) != 1 {
		t.Fatalf("%d articles, errors %v; want 2 and 1", len(b.Articles), b.Errors)
	}
	e := b.Errors[0]
	if !strings.HasSuffix(e.Path, "export.jsonl") || !strings.HasPrefix(e.Err.Error(), "line 2: ") || !errors.Is(e, corpus.ErrBadRecord) {
		t.Errorf("error %q (path %q), want the file and line 2", e, e.Path)
	}
	a, c := b.Articles[0], b.Articles[1]
	if a.ID != "export.jsonl#3" || c.ID != "export.jsonl#a1" {
		t.Errorf("ids %q %q", a.ID, c.ID)
	}
	for _, x := range b.Articles {
		if !strings.HasSuffix(x.Path, "/export.jsonl") || x.Format != "jsonl" || x.Encoding != "utf-8" || x.Extractor != "" {
			t.Errorf("%s: path %q format %q encoding %q extractor %q", x.ID, x.Path, x.Format, x.Encoding, x.Extractor)
		}
		if p := spanProblem(x); p != "" {
			t.Errorf("%s: %s", x.ID, p)
		}
	}
	// The record with a title the text does not start with: the title
	// is put first, as the headline of a text file.
	if c.Source != "Bridge reopens\n\nThe old bridge reopened to traffic on Sunday after two years of repairs." ||
		c.Title != "Bridge reopens" || c.Outlet != "Valley Times" || c.URL != "https://valley-times.example/bridge" || c.Published != "2024-03-03" {
		t.Errorf("a1: source %q title %q outlet %q url %q published %q", c.Source, c.Title, c.Outlet, c.URL, c.Published)
	}
	// The text already starts with the title: Source is the text field.
	if a.Source != "Ferry terminal approved\n\nThe Harbour Board voted on Tuesday to build a new ferry terminal." || a.Language != "en" {
		t.Errorf("line 3: source %q language %q", a.Source, a.Language)
	}
}

func TestJSONLRecords(t *testing.T) {
	cases := []struct {
		name, line string
		ok         bool
		errPart    string
	}{
		{"minimal", `{"text":"The bridge reopened on Sunday."}`, true, ""},
		{"numeric id", `{"id": 42, "text":"The bridge reopened on Sunday."}`, true, ""},
		{"no text", `{"title":"x"}`, false, `no "text" field`},
		{"empty text", `{"text":"  "}`, false, `field "text" is empty`},
		{"text not a string", `{"text": 5}`, false, `field "text" is not a string`},
		{"title not a string", `{"text":"a b c", "title": ["x"]}`, false, `field "title" is not a string`},
		{"array", `["text"]`, false, "not a JSON object"},
		{"null", `null`, false, "not a JSON object"},
		{"two values", `{"text":"a"} {"text":"b"}`, false, "more than one JSON value"},
		{"truncated", `{"text":"a`, false, "truncated JSON"},
		{"garbage", `text: a`, false, "invalid JSON"},
		{"control in id", `{"id":"a\u0007b","text":"a b"}`, false, "control characters"},
		{"binary text", `{"text":"\u0000\u0001\u0002"}`, false, "text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			arts, errs := corpus.ParseJSONL("f.jsonl", "dir/f.jsonl", []byte("\n"+c.line+"\n"), corpus.JSONLFields{})
			if c.ok {
				if len(arts) != 1 || len(errs) != 0 {
					t.Fatalf("%d articles, errors %v", len(arts), errs)
				}
				return
			}
			if len(arts) != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Err.Error(), "line 2: ") || !strings.Contains(errs[0].Error(), c.errPart) {
				t.Fatalf("%d articles, errors %v; want one line 2 error with %q", len(arts), errs, c.errPart)
			}
		})
	}
	arts, _ := corpus.ParseJSONL("f.jsonl", "f.jsonl", []byte(`{"id": 42, "text":"a b c"}`), corpus.JSONLFields{})
	if len(arts) != 1 || arts[0].ID != "f.jsonl#42" {
		t.Errorf("numeric id: %+v", arts)
	}
}

func TestJSONLDuplicateIDsAndPaths(t *testing.T) {
	raw := `{"id":"../../etc/passwd","text":"First story about the harbour."}` + "\n" +
		`{"id":"../../etc/passwd","text":"Second story about the harbour."}` + "\n"
	arts, errs := corpus.ParseJSONL("f.jsonl", "in/f.jsonl", []byte(raw), corpus.JSONLFields{})
	if len(arts) != 1 || len(errs) != 1 || !errors.Is(errs[0], corpus.ErrDuplicateID) || !strings.HasPrefix(errs[0].Err.Error(), "line 2: ") {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	if arts[0].ID != "f.jsonl#../../etc/passwd" || arts[0].Path != "in/f.jsonl" {
		t.Errorf("ID %q Path %q: the record id is kept as given, the path is the file's", arts[0].ID, arts[0].Path)
	}
}

func TestJSONLFieldNames(t *testing.T) {
	raw := `{"body":"The bridge reopened on Sunday after repairs.","headline":"Bridge reopens","source":"Valley Times","link":"https://x.example/b","date":"Sun, 3 March 2024","uid":"b-1","lang":"en"}`
	f := corpus.JSONLFields{Text: "body", ID: "uid", Title: "headline", Outlet: "source", URL: "link", Published: "date", Language: "lang"}
	arts, errs := corpus.ParseJSONL("x.ndjson", "x.ndjson", []byte(raw), f)
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "x.ndjson#b-1" || a.Title != "Bridge reopens" || a.Outlet != "Valley Times" || a.URL != "https://x.example/b" || a.Published != "2024-03-03" || a.Language != "en" {
		t.Errorf("%+v", a)
	}
	// With the default names the record has no text field.
	if _, errs := corpus.ParseJSONL("x.ndjson", "x.ndjson", []byte(raw), corpus.JSONLFields{}); len(errs) != 1 {
		t.Errorf("errors %v", errs)
	}
	// An unreadable date is a problem, not a failure.
	arts, _ = corpus.ParseJSONL("x", "x", []byte(`{"text":"a b c","published":"soon"}`), corpus.JSONLFields{})
	if len(arts) != 1 || arts[0].Published != "" || len(arts[0].Problems) != 1 {
		t.Errorf("%+v", arts)
	}
}

func TestJSONLWholeFile(t *testing.T) {
	if _, errs := corpus.ParseJSONL("f", "f", []byte("\n\n  \n"), corpus.JSONLFields{}); len(errs) != 1 || !errors.Is(errs[0], corpus.ErrEmpty) {
		t.Errorf("blank file: %v", errs)
	}
	// UTF-16 with a byte-order mark is decoded first; CRLF line ends.
	u16 := []byte{0xFF, 0xFE}
	for _, r := range "{\"text\":\"Caf\u00e9 opens\"}\r\n{\"text\":\"Bridge opens\"}\r\n" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	arts, errs := corpus.ParseJSONL("f", "f", u16, corpus.JSONLFields{})
	if len(arts) != 2 || len(errs) != 0 || arts[0].Encoding != "utf-16le" || arts[0].Source != "Café opens" {
		t.Errorf("utf-16: %d articles %v", len(arts), errs)
	}
}

func TestLoadReader(t *testing.T) {
	b, err := corpus.LoadReader("", strings.NewReader(goodArticle), "text", corpus.LoadOptions{})
	if err != nil || len(b.Articles) != 1 || b.Articles[0].ID != "-" || b.Articles[0].Path != "-" || b.Articles[0].Title != "Bridge reopens" || b.Articles[0].Format != "text" {
		t.Fatalf("text: %v %+v", err, b)
	}
	b, err = corpus.LoadReader("", strings.NewReader(threeRecords), "jsonl", corpus.LoadOptions{})
	if err != nil || len(b.Articles) != 2 || len(b.Errors) != 1 || b.Errors[0].Path != "-" || b.Articles[0].ID != "-#3" || b.Articles[1].ID != "-#a1" {
		t.Fatalf("jsonl: %v %+v", err, b)
	}
	b, err = corpus.LoadReader("stdin", strings.NewReader(strings.Repeat("word ", 100)), "text", corpus.LoadOptions{MaxBytes: 50})
	if !errors.Is(err, corpus.ErrNoArticles) || len(b.Errors) != 1 || !errors.Is(b.Errors[0], corpus.ErrTooLarge) {
		t.Fatalf("too large: %v %+v", err, b)
	}
	if _, err := corpus.LoadReader("", strings.NewReader("x"), "pdf", corpus.LoadOptions{}); err == nil {
		t.Fatal("unknown format accepted")
	}
	b, err = corpus.LoadReader("", strings.NewReader(""), "text", corpus.LoadOptions{})
	if !errors.Is(err, corpus.ErrNoArticles) || len(b.Errors) != 1 || !errors.Is(b.Errors[0], corpus.ErrEmpty) {
		t.Fatalf("empty: %v %+v", err, b)
	}
}
