package corpus_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// teamPageBody is the article body of testdata/team-page.html (an
// invented page written for these tests).
var teamPageBody = []string{
	"The Harbour Board voted on Tuesday to build a new ferry terminal on the north quay, ending two years of debate about the future of the old cargo sheds.",
	"Board chair Tomas Ekholm said the 21-seat board had backed the plan by 15 votes to 6 after a four-hour meeting that ran late into the evening.",
	"\"This terminal will carry the town for the next forty years,\" Ekholm told reporters outside the harbour office.",
	"The plan still needs approval from the regional council, which is expected to vote on it in May. Opponents said they would ask the council to reject it.",
}

const teamPageTitle = "Harbour Board approves new ferry terminal"

func TestTeamHTMLPage(t *testing.T) {
	for _, ex := range []string{corpus.ExtractorTrafilatura, corpus.ExtractorReadability} {
		t.Run(ex, func(t *testing.T) {
			b, err := corpus.Load([]string{"testdata/team-page.html"}, corpus.LoadOptions{Extractor: ex})
			if err != nil || len(b.Articles) != 1 || len(b.Errors) != 0 {
				t.Fatalf("Load: %v, %d articles, errors %v", err, len(b.Articles), b.Errors)
			}
			a := b.Articles[0]
			want := teamPageTitle + "\n\n" + strings.Join(teamPageBody, "\n\n")
			if a.Source != want {
				t.Errorf("Source =\n%s\nwant\n%s", a.Source, want)
			}
			if a.Text() != want {
				t.Errorf("Text() =\n%s\nwant\n%s", a.Text(), want)
			}
			for _, junk := range []string{"cookie", "Sport", "Related", "Old bridge", "Copyright", "Privacy", "By Maria"} {
				if strings.Contains(a.Source, junk) {
					t.Errorf("Source holds page furniture %q", junk)
				}
			}
			if a.Title != teamPageTitle || a.Outlet != "Valley Times" || a.Published != "2024-03-05" ||
				a.Author != "Maria Lindqvist" || a.URL != "https://valley-times.example/news/harbour-ferry-terminal" {
				t.Errorf("metadata = title %q outlet %q published %q author %q url %q", a.Title, a.Outlet, a.Published, a.Author, a.URL)
			}
			if a.Format != "html" || a.Extractor != ex || a.Encoding != "utf-8" || a.Language != "en" {
				t.Errorf("Format %q Extractor %q Encoding %q Language %q", a.Format, a.Extractor, a.Encoding, a.Language)
			}
			if a.ID != "team-page.html" || a.Path != "testdata/team-page.html" {
				t.Errorf("ID %q Path %q", a.ID, a.Path)
			}
			if len(a.Blocks) == 0 || a.Blocks[0].Kind != "title" {
				t.Errorf("first block %+v, want the title", a.Blocks)
			}
			if p := spanProblem(a); p != "" {
				t.Error(p)
			}
		})
	}
}

// page builds an invented news page around body paragraphs.
func page(head, title string, paras ...string) string {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body>")
	sb.WriteString(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>` + title + "</h1>")
	for _, p := range paras {
		sb.WriteString("<p>" + p + "</p>\n")
	}
	sb.WriteString("</article><footer>Contact the newsroom</footer></body></html>")
	return sb.String()
}

var cafeParas = []string{
	"The café on the old market square reopened on Saturday after a year of repairs to its roof and façade.",
	"Owner Zoë Marchetti said the regulars had come back from the first morning, some of them queuing before the doors opened.",
	"The town's heritage officer praised the work, which kept the original tiles and the painted sign above the door.",
}

func TestHTMLDeclaredCharset(t *testing.T) {
	utf := page("", "Café reopens on the square", cafeParas...)
	enc := func(s string) []byte { // to Windows-1252 / Latin-1 (these texts only use Latin-1 letters)
		var out []byte
		for _, r := range s {
			out = append(out, byte(r))
		}
		return out
	}
	cases := []struct {
		name, enc string
		raw       []byte
	}{
		{"utf-8 undeclared", "utf-8", []byte(utf)},
		{"meta charset windows-1252", "windows-1252", enc(page(`<meta charset="windows-1252">`, "Café reopens on the square", cafeParas...))},
		{"http-equiv iso-8859-1", "windows-1252", enc(page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, "Café reopens on the square", cafeParas...))},
		{"undeclared latin-1 falls back to Decode", "windows-1252", enc(utf)},
		{"declared utf-8 but bytes are not", "windows-1252", enc(page(`<meta charset="utf-8">`, "Café reopens on the square", cafeParas...))},
		{"utf-8 bom", "utf-8-bom", append([]byte{0xEF, 0xBB, 0xBF}, utf...)},
	}
	want := "Café reopens on the square\n\n" + strings.Join(cafeParas, "\n\n")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := corpus.ParseHTML("p.html", "p.html", c.raw, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Encoding != c.enc || a.Text() != want {
				t.Errorf("Encoding %q Text\n%s\nwant %q\n%s", a.Encoding, a.Text(), c.enc, want)
			}
		})
	}
	// A declared charset other than Latin ones: ISO-8859-5 (Cyrillic).
	cyr := []byte(page(`<meta charset="iso-8859-5">`, "\xbd\xde\xd2\xde\xe1\xe2\xd8", "\xbc\xde\xe1\xe2 \xde\xe2\xda\xe0\xeb\xe2 \xde\xdf\xef\xe2\xec. The bridge over the river opened again on Sunday after months of repair work by the city."))
	a, err := corpus.ParseHTML("c.html", "c.html", cyr, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Encoding != "iso-8859-5" || a.Title != "Новости" || !strings.Contains(a.Source, "Мост открыт опять.") {
		t.Errorf("Encoding %q Title %q Source %q", a.Encoding, a.Title, a.Source)
	}
}

func TestHTMLBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "text" + strings.Repeat("</div>", 100000)
	cases := map[string]struct {
		raw  string
		want error
	}{
		"empty":            {"  \n", corpus.ErrEmpty},
		"binary":           {"<p>a\x00b</p>", corpus.ErrBinary},
		"no text":          {"<html><head><title></title></head><body><script>x()</script></body></html>", corpus.ErrNoText},
		"deeply nested":    {deep, nil},
		"unclosed nesting": {strings.Repeat("<span><b><i>", 30000) + "words", nil},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := corpus.ParseHTML("x.html", "x.html", []byte(c.raw), "")
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	if _, err := corpus.ParseHTML("x.html", "x.html", []byte(page("", "T", cafeParas...)), "nope"); err == nil {
		t.Error("unknown extractor accepted")
	}
}

// The same article as .txt, .html and a JSON Lines record keeps the same
// text, so the analysis sees the same words.
func TestSameArticleThreeFormats(t *testing.T) {
	title := "Café reopens on the square"
	txt := title + "\n\n" + strings.Join(cafeParas, "\n\n") + "\n"
	htm := page(`<meta property="og:site_name" content="Market Weekly"><meta property="article:published_time" content="2024-04-06T09:00:00Z">`, title, cafeParas...)
	rec := `{"id": "cafe-1", "title": "Café reopens on the square", "outlet": "Market Weekly", "published": "2024-04-06", "text": "` +
		strings.Join(cafeParas, `\n\n`) + `"}` + "\n"
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": txt, "b.html": htm, "c.jsonl": rec})
	b, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
	if err != nil || len(b.Errors) != 0 || len(b.Articles) != 3 {
		t.Fatalf("Load: %v, errors %v, %d articles", err, b.Errors, len(b.Articles))
	}
	want := b.Articles[0].Text()
	for _, a := range b.Articles {
		if a.Text() != want || a.Title != title || a.Language != "en" {
			t.Errorf("%s (%s): title %q language %q text\n%s\nwant\n%s", a.ID, a.Format, a.Title, a.Language, a.Text(), want)
		}
	}
	if got := []string{b.Articles[0].ID, b.Articles[1].ID, b.Articles[2].ID}; strings.Join(got, " ") != "a.txt b.html c.jsonl#cafe-1" {
		t.Errorf("ids %v", got)
	}
	for _, a := range b.Articles[1:] {
		if a.Outlet != "Market Weekly" || a.Published != "2024-04-06" {
			t.Errorf("%s: outlet %q published %q", a.ID, a.Outlet, a.Published)
		}
	}
}

func TestLoadSkipsNothingNew(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.htm": page("", "Bridge reopens", cafeParas...), "b.ndjson": `{"text":"The old bridge reopened to traffic on Sunday."}`, "c.json": "{}"})
	b, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
	if err != nil || len(b.Articles) != 2 || len(b.Skipped) != 1 || filepath.Base(b.Skipped[0]) != "c.json" {
		t.Fatalf("Load: %v, %d articles, skipped %v, errors %v", err, len(b.Articles), b.Skipped, b.Errors)
	}
	_ = os.Remove
}
