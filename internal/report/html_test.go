package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestHTMLEscapesArticles: text from the articles is shown as text, never
// as markup, and the page fetches nothing.
func TestHTMLEscapesArticles(t *testing.T) {
	r := New("t")
	r.Articles = []Article{{ID: "a.txt", Title: `<script>alert(1)</script> & "x"`, URL: "javascript:alert(1)", Outlet: `<b>Wire</b>`}}
	r.Entities = []Entity{{Name: `<img src=x onerror=alert(1)>`, Type: "PERSON", Articles: []string{"a.txt"}, Mentions: 1}}
	var buf bytes.Buffer
	if err := RenderHTML(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script>", "<img", "<b>Wire", `href="javascript:`} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;x&#34;", "&lt;img src=x onerror=alert(1)&gt;",
		`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, fetch := range []string{"<link rel=\"stylesheet\"", "<script", "@import", "url(http"} {
		if strings.Contains(page, fetch) {
			t.Errorf("page fetches something: %q", fetch)
		}
	}
}
