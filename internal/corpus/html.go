package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/nec-analyse/nec-analyse/internal/dates"
)

// Extractors of the main text of an HTML page.
const (
	ExtractorTrafilatura = "trafilatura"
	ExtractorReadability = "readability"
	// DefaultExtractor is the extractor used when none is chosen: the one
	// that measured best on the article-extraction benchmark
	// (internal/tools/evalextract).
	DefaultExtractor = ExtractorTrafilatura
)

// Formats of article input (Article.Format, LoadReader's format).
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatJSONL    = "jsonl"
)

// maxHTMLDepth is the deepest element nesting an HTML page may have.
// Deeper pages (never written by hand or by a CMS) are refused rather
// than handed to the extractors, whose tree walks are recursive and, on
// some shapes, quadratic.
const maxHTMLDepth = 512

// ErrNoText reports an HTML page from which no main text was extracted.
var ErrNoText = errors.New("no article text found in the page")

// ErrTooDeep reports an HTML page nested more deeply than maxHTMLDepth.
var ErrTooDeep = fmt.Errorf("markup nested more than %d elements deep", maxHTMLDepth)

// Extracted is the main text and metadata of an HTML page.
type Extracted struct {
	// Text is the main text, paragraphs separated by blank lines, lines
	// within a paragraph (<br>) by single newlines. It does not hold the
	// title unless the extractor kept the page's headline in the body.
	Text      string
	Title     string
	Outlet    string // site name (og:site_name, JSON-LD publisher, ...)
	Author    string
	URL       string // canonical URL when the page gives one
	Published string // YYYY-MM-DD or ""
}

// DecodeHTML turns the raw bytes of an HTML page into UTF-8 text. A
// byte-order mark wins; otherwise a charset declared in the first 1024
// bytes (<meta charset> or <meta http-equiv="Content-Type">) is honoured
// when it decodes the page to valid text; otherwise the rules of Decode
// apply. The encoding name is Decode's, or the declared charset's
// canonical name ("windows-1252", "iso-8859-2", "shift_jis", ...).
func DecodeHTML(raw []byte) (text, encoding string, err error) {
	if len(raw) >= 2 && (bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF})) {
		return Decode(raw)
	}
	if name := declaredCharset(raw); name != "" && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
		if enc, canon := charset.Lookup(name); enc != nil {
			if bytes.IndexByte(raw, 0) >= 0 {
				return "", "", ErrBinary
			}
			out, derr := enc.NewDecoder().Bytes(raw)
			if derr == nil && utf8.Valid(out) {
				return finish(string(out), canon)
			}
		}
	}
	return Decode(raw)
}

// declaredCharset returns the lower-case charset named by a <meta> tag in
// the first 1024 bytes of raw, or "".
func declaredCharset(raw []byte) string {
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs != "" {
				return strings.ToLower(strings.TrimSpace(cs))
			}
			if httpEquiv == "content-type" {
				if m := contentCharset.FindStringSubmatch(content); m != nil {
					return strings.ToLower(m[1])
				}
			}
		}
	}
}

var contentCharset = regexp.MustCompile(`(?i)charset\s*=\s*["']?([\w.:-]+)`)

// ExtractHTML extracts the main text and metadata from a page already
// decoded to UTF-8, with the named extractor (ExtractorTrafilatura or
// ExtractorReadability; "" is DefaultExtractor). It never panics: a panic
// inside an extractor is returned as an error.
func ExtractHTML(page, extractor string) (ex Extracted, err error) {
	if extractor == "" {
		extractor = DefaultExtractor
	}
	// html.Parse is quadratic in the nesting depth (each tag looks through
	// the stack of open elements), so deep markup is refused before it.
	if markupDepth(page, maxMarkupDepth+1) > maxMarkupDepth {
		return Extracted{}, ErrTooDeep
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Extracted{}, err
	}
	if treeDepth(doc, maxHTMLDepth+1) > maxHTMLDepth {
		return Extracted{}, ErrTooDeep
	}
	defer func() {
		if r := recover(); r != nil {
			ex, err = Extracted{}, fmt.Errorf("%s failed on this page: %v", extractor, r)
		}
	}()
	switch extractor {
	case ExtractorTrafilatura:
		ex, err = extractTrafilatura(doc)
	case ExtractorReadability:
		ex, err = extractReadability(doc)
	default:
		return Extracted{}, fmt.Errorf("unknown HTML extractor %q (want %s or %s)", extractor, ExtractorTrafilatura, ExtractorReadability)
	}
	if err != nil {
		return Extracted{}, err
	}
	ex.Title = normSpace(ex.Title)
	ex.Outlet = normSpace(ex.Outlet)
	ex.Author = normSpace(ex.Author)
	ex.URL = strings.TrimSpace(ex.URL)
	if strings.TrimSpace(ex.Text) == "" {
		return ex, ErrNoText
	}
	return ex, nil
}

func extractTrafilatura(doc *html.Node) (Extracted, error) {
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		// Without the readability/distiller fallback: F1 .961 against
		// .959 with it on the benchmark, and faster.
		EnableFallback:  false,
		ExcludeComments: true,
		// Publication date from metadata and markup only: never guessed
		// from dates scattered in the text.
		HtmlDateMode: trafilatura.Fast,
	})
	if err != nil {
		return Extracted{}, fmt.Errorf("%w (%v)", ErrNoText, err)
	}
	m := res.Metadata
	ex := Extracted{
		Text:   nodeText(res.ContentNode),
		Title:  m.Title,
		Outlet: m.Sitename,
		Author: m.Author,
		URL:    m.URL,
	}
	if !m.Date.IsZero() {
		ex.Published = m.Date.Format("2006-01-02")
	}
	return ex, nil
}

func extractReadability(doc *html.Node) (Extracted, error) {
	p := readability.NewParser()
	art, err := p.ParseDocument(doc, nil)
	if err != nil {
		return Extracted{}, fmt.Errorf("%w (%v)", ErrNoText, err)
	}
	ex := Extracted{
		Text:   nodeText(art.Node),
		Title:  art.Title(),
		Outlet: art.SiteName(),
		Author: art.Byline(),
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		ex.Published = t.Format("2006-01-02")
	}
	ex.URL = metaContent(doc, "og:url")
	return ex, nil
}

// metaContent returns the content of the first <meta property|name=key>.
func metaContent(n *html.Node, key string) string {
	var found string
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if found != "" || depth > maxHTMLDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			var k, v string
			for _, a := range n.Attr {
				switch a.Key {
				case "property", "name":
					k = a.Val
				case "content":
					v = a.Val
				}
			}
			if strings.EqualFold(k, key) && strings.TrimSpace(v) != "" {
				found = strings.TrimSpace(v)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return found
}

// maxMarkupDepth bounds the nesting markupDepth may estimate: looser than
// maxHTMLDepth since the estimate counts elements the parser would close.
const maxMarkupDepth = 4 * maxHTMLDepth

// optionalEnd are elements whose end tag may be left out (or that are
// closed by the parser in other ways); markupDepth does not count them.
var optionalEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Option: true, atom.Optgroup: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Colgroup: true,
	atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Rtc: true,
	atom.Html: true, atom.Head: true, atom.Body: true,
}

// voidTags never have content.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true,
	atom.Embed: true, atom.Hr: true, atom.Img: true, atom.Input: true,
	atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true,
	atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// markupDepth estimates, in one linear pass of the tokenizer, how deeply
// the elements of page nest (open tags minus close tags, leaving out void
// elements and those with optional end tags), stopping at limit.
func markupDepth(page string, limit int) int {
	z := html.NewTokenizer(strings.NewReader(page))
	depth, max := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return max
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidTags[a] || optionalEnd[a] {
				continue
			}
			depth++
			if depth > max {
				max = depth
				if max >= limit {
					return max
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !voidTags[a] && !optionalEnd[a] && depth > 0 {
				depth--
			}
		}
	}
}

// treeDepth returns the element nesting depth of n, stopping at limit.
func treeDepth(n *html.Node, limit int) int {
	// Iterative, so that a pathological page cannot exhaust the stack.
	type item struct {
		n *html.Node
		d int
	}
	max := 0
	stack := []item{{n, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.d > max {
			max = it.d
			if max >= limit {
				return max
			}
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return max
}

// blockTags are the elements that start and end a paragraph of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Nav: true, atom.Figure: true, atom.Figcaption: true,
	atom.Main: true, atom.Hr: true, atom.Body: true, atom.Html: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Form: true,
	atom.Fieldset: true, atom.Caption: true,
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Object: true,
}

// nodeText renders the text of an extracted tree: each block element is a
// paragraph, paragraphs are separated by one blank line, <br> is a line
// break, table cells are separated by a space, runs of white space within
// a line collapse to one space. The result has no leading or trailing
// white space and never holds three newlines in a row.
func nodeText(root *html.Node) string {
	if root == nil {
		return ""
	}
	var paras []string
	var para []string // lines of the current paragraph
	var line strings.Builder
	flushLine := func() {
		if s := normSpace(line.String()); s != "" {
			para = append(para, s)
		}
		line.Reset()
	}
	flushPara := func() {
		flushLine()
		if len(para) > 0 {
			paras = append(paras, strings.Join(para, "\n"))
		}
		para = para[:0]
	}
	// Iterative walk with explicit enter/leave events.
	type item struct {
		n     *html.Node
		leave bool
	}
	stack := []item{{root, false}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if n.Type == html.ElementNode {
			if n.DataAtom == 0 {
				// Elements built by an extractor may carry only a name.
				n.DataAtom = atom.Lookup([]byte(strings.ToLower(n.Data)))
			}
			block := blockTags[n.DataAtom]
			if it.leave {
				if block {
					flushPara()
				} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
					line.WriteByte(' ')
				}
				continue
			}
			if skipTags[n.DataAtom] {
				continue
			}
			switch n.DataAtom {
			case atom.Br:
				flushLine()
				continue
			case atom.Img, atom.Input:
				continue
			}
			if block {
				flushPara()
			}
			stack = append(stack, item{n, true})
		} else if n.Type == html.TextNode {
			line.WriteString(n.Data)
			continue
		} else if n.Type != html.DocumentNode {
			continue
		}
		// Push children in reverse so the first is handled first.
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, item{kids[i], false})
		}
	}
	flushPara()
	return strings.Join(paras, "\n\n")
}

// ParseHTML decodes an HTML page (see DecodeHTML), extracts its main text
// and metadata with the named extractor ("" for DefaultExtractor) and
// cleans the text like a text file. Article.Source is the extracted text:
// the page title as its first paragraph (unless the extracted text
// already starts with it), then the extracted paragraphs separated by
// blank lines. Every offset refers to it. Title, outlet, author, URL and
// publication date come from the page's metadata; a date found by
// cleaning (a "Posted on" line) is used only when the metadata has none.
func ParseHTML(id, path string, raw []byte, extractor string) (Article, error) {
	return parseHTML(cleanerFor(nil), id, path, raw, extractor)
}

// parseHTML is ParseHTML with the cleaning rules of c.
func parseHTML(c *cleaner, id, path string, raw []byte, extractor string) (Article, error) {
	if extractor == "" {
		extractor = DefaultExtractor
	}
	page, enc, err := DecodeHTML(raw)
	if err != nil {
		return Article{}, err
	}
	ex, err := ExtractHTML(page, extractor)
	if err != nil {
		return Article{}, err
	}
	src := composeSource(ex.Title, ex.Text)
	a := parseDecoded(c, id, path, src, enc, false)
	a.Format, a.Extractor = FormatHTML, extractor
	a.applyMeta(ex.Title, ex.Outlet, ex.URL, ex.Published)
	a.Author = ex.Author
	return a, nil
}

// composeSource puts title as the first paragraph of body unless body
// already starts with it (ignoring case and white space).
func composeSource(title, body string) string {
	body = strings.TrimSpace(body)
	title = normSpace(title)
	if title == "" {
		return body
	}
	first := body
	if i := strings.Index(body, "\n"); i >= 0 {
		first = body[:i]
	}
	if strings.EqualFold(normSpace(first), title) {
		return body
	}
	if body == "" {
		return title
	}
	return title + "\n\n" + body
}

// applyMeta sets metadata given alongside the text (page metadata, JSON
// fields); empty values leave what cleaning found.
func (a *Article) applyMeta(title, outlet, url, published string) {
	if t := normSpace(title); t != "" {
		a.Title = t
	}
	if o := normSpace(outlet); o != "" {
		a.Outlet = o
	}
	if u := strings.TrimSpace(url); u != "" {
		a.URL = u
	}
	if published != "" {
		if d, ok := dates.Parse(published); ok {
			a.Published = d.String()
		} else {
			a.Problems = append(a.Problems, fmt.Errorf("publication date %q not understood", published))
		}
	}
}
