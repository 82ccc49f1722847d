package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

type inputReport struct {
	Articles []struct {
		ID, Format, Extractor, Title, Outlet string
		Published                            *string
	} `json:"articles"`
	Entities []struct{ Name string }          `json:"entities"`
	Findings []struct{ Kind, Message string } `json:"findings"`
}

func decodeInput(t *testing.T, r result) inputReport {
	t.Helper()
	var rep inputReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("exit %d, stderr %q: %v", r.code, r.stderr, err)
	}
	return rep
}

func TestStdinText(t *testing.T) {
	r := runCmdIn(t, []string{"report", "-f", "json", "-"}, goodArticle, false)
	rep := decodeInput(t, r)
	if r.code != exitOK || len(rep.Articles) != 1 || rep.Articles[0].ID != "-" || rep.Articles[0].Format != "text" {
		t.Errorf("stdin text: exit %d, articles %+v", r.code, rep.Articles)
	}
}

func TestStdinJSONLWithBadLine(t *testing.T) {
	in := `{"id": "a1", "title": "Ferry approved", "text": "The Harbour Council approved the ferry route, Amira Osei said on Tuesday."}
{"id": "a2", "text": unquoted}
{"id": "a3", "text": "Daniel Okoro of the Ferry Workers Union welcomed the new route on Tuesday."}
`
	r := runCmdIn(t, []string{"report", "-f", "json", "--stdin-format", "jsonl", "-"}, in, false)
	rep := decodeInput(t, r)
	var ids []string
	for _, a := range rep.Articles {
		ids = append(ids, a.ID)
	}
	if r.code != exitOK || strings.Join(ids, ",") != "-#a1,-#a3" {
		t.Errorf("articles %v, exit %d", ids, r.code)
	}
	if !strings.Contains(r.stderr, "line 2") {
		t.Errorf("stderr does not name line 2: %q", r.stderr)
	}
}

func TestHTMLAndJSONLFiles(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html><head><meta charset="utf-8"><title>Ferry route approved | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-05-07T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="cookie">We use cookies. <button>Accept all cookies</button></div>
<article><h1>Ferry route approved</h1>
<p>The Harbour Council voted on Tuesday to approve a ferry route between the old port and the island of Merrow.</p>
<p>Councillor Amira Osei said the vote was a victory for residents who had campaigned for years for a reliable crossing.</p>
<p>The first ferry is expected to sail in the spring, after the harbour master has inspected the new landing stage.</p>
</article><aside><h3>Related</h3><a href="/x">Lighthouse keeper retires</a></aside>
<footer>Copyright Harbour Gazette. All rights reserved.</footer></body></html>`
	writeFiles(t, dir, map[string][]byte{
		"page.html":  []byte(page),
		"feed.jsonl": []byte(`{"body": "Daniel Okoro of the Ferry Workers Union welcomed the new route on Tuesday, saying crews were ready.", "headline": "Union welcomes ferry"}` + "\n"),
	})
	r := runCmd(t, []string{"report", "-f", "json", "--jsonl-text-field", "body", "--jsonl-title-field", "headline", dir}, false)
	rep := decodeInput(t, r)
	if len(rep.Articles) != 2 {
		t.Fatalf("articles %+v; stderr %q", rep.Articles, r.stderr)
	}
	jl, html := rep.Articles[0], rep.Articles[1]
	if jl.ID != "feed.jsonl#1" || jl.Format != "jsonl" || jl.Title != "Union welcomes ferry" {
		t.Errorf("jsonl article %+v", jl)
	}
	if html.Format != "html" || html.Extractor != "trafilatura" || html.Outlet != "Harbour Gazette" ||
		html.Published == nil || *html.Published != "2024-05-07" {
		t.Errorf("html article %+v", html)
	}
	for _, e := range rep.Entities {
		if strings.Contains(e.Name, "Lighthouse") {
			t.Errorf("related link leaked into entities: %s", e.Name)
		}
	}
	if r := runCmd(t, []string{"report", "-", filepath.Join(dir, "page.html")}, false); r.code != exitError {
		t.Errorf("'-' with another path: exit %d", r.code)
	}
	if r := runCmd(t, []string{"report", "--stdin-format", "pdf", "-"}, false); r.code != exitError ||
		!strings.Contains(r.stderr, `unknown --stdin-format "pdf"`) {
		t.Errorf("bad --stdin-format: exit %d %q", r.code, r.stderr)
	}
	if r := runCmd(t, []string{"report", "--html-extractor", "lynx", dir}, false); r.code != exitError {
		t.Errorf("bad --html-extractor: exit %d", r.code)
	}
}

// TestSameArticleInEveryFormat analyses one article as .txt, .html and a
// JSONL line: the entities and claims must be the same.
func TestSameArticleInEveryFormat(t *testing.T) {
	title := "Harbour Board grows to 21 seats"
	paras := []string{
		"The Harbour Council voted on Tuesday to enlarge the Harbour Board, which now has 21 seats.",
		"Councillor Amira Osei, who proposed the change, received 4,210 votes in the council ballot.",
		"Daniel Okoro of the Ferry Workers Union said the larger board would give crews a stronger voice.",
	}
	txt := title + "\n\n" + strings.Join(paras, "\n\n") + "\n"
	html := "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" + title +
		"</h1><p>" + strings.Join(paras, "</p><p>") + "</p></article></body></html>"
	line, _ := json.Marshal(map[string]string{"title": title, "text": strings.Join(paras, "\n\n")})
	summary := func(file string, data []byte) string {
		dir := t.TempDir()
		writeFiles(t, dir, map[string][]byte{file: data})
		r := runCmd(t, []string{"report", "-q", "-f", "json", dir}, false)
		var rep struct {
			Entities []struct{ Name, Type string } `json:"entities"`
			Claims   []struct {
				Subject, Measure string
				Values           []struct{ Value string }
			} `json:"claims"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("%s: %v (stderr %q)", file, err, r.stderr)
		}
		var parts []string
		for _, e := range rep.Entities {
			parts = append(parts, e.Name+"/"+e.Type)
		}
		for _, c := range rep.Claims {
			if c.Measure == "date" {
				continue // the HTML and JSONL copies have no publication date either way
			}
			parts = append(parts, c.Subject+" "+c.Measure+"="+c.Values[0].Value)
		}
		return strings.Join(parts, "; ")
	}
	want := summary("a.txt", []byte(txt))
	if !strings.Contains(want, "Amira Osei") || !strings.Contains(want, "votes=4,210") {
		t.Fatalf("text version found too little: %s", want)
	}
	for file, data := range map[string][]byte{"a.html": []byte(html), "a.jsonl": append(line, '\n')} {
		if got := summary(file, data); got != want {
			t.Errorf("%s:\n got %s\nwant %s", file, got, want)
		}
	}
}
