package corpus

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"

	"github.com/nec-analyse/nec-analyse/internal/dates"
)

// minLanguageWords is the fewest words from which a language is named;
// maxLanguageWords is how many words of confident chunks are enough;
// agreedLanguageWords are enough when every confident chunk so far names
// one language; chunkWords is the size of the chunks classified in one
// call.
const (
	minLanguageWords    = 12
	agreedLanguageWords = 120
	maxLanguageWords    = 240
	chunkWords          = 60
)

// Parse decodes, cleans and describes one article. id and path are
// recorded as given; markdown enables front matter and Markdown block
// markers. The only errors are those of Decode.
func Parse(id, path string, raw []byte, markdown bool) (Article, error) {
	return parseText(cleanerFor(nil), id, path, raw, markdown)
}

// parseText is Parse with the cleaning rules of c.
func parseText(c *cleaner, id, path string, raw []byte, markdown bool) (Article, error) {
	src, enc, err := Decode(raw)
	if err != nil {
		return Article{}, err
	}
	a := parseDecoded(c, id, path, src, enc, markdown)
	a.Format = FormatText
	if markdown {
		a.Format = FormatMarkdown
	}
	return a, nil
}

// parseDecoded cleans and describes text already decoded to UTF-8.
func parseDecoded(c *cleaner, id, path, src, enc string, markdown bool) Article {
	a := Article{ID: id, Path: path, Source: src, Encoding: enc}
	body := 0
	var fm frontMatter
	if markdown {
		var ferr error
		fm, body, ferr = splitFrontMatter(src)
		if ferr != nil {
			a.Problems = append(a.Problems, ferr)
		}
		if body > 0 {
			a.Removed = append(a.Removed, Removed{Kind: KindFrontMatter, Start: 0, End: body, Text: src[:body]})
		}
	}
	res := c.cleanBody(src, body, markdown)
	if fm.Title != "" && res.titleLine >= 0 && !repeatsTitle(res.lines[res.titleLine].text, fm.Title) {
		// The front matter names the headline: the body's first line is
		// the lead, unless it is a heading or the headline again.
		res.titleLine = -1
	}
	blocks, removed := buildBlocks(src, res, markdown)
	a.Blocks = blocks
	a.Removed = append(a.Removed, removed...)

	a.Title, a.Outlet, a.URL = fm.Title, fm.Outlet, fm.URL
	if a.Title == "" && res.titleLine >= 0 {
		l := res.lines[res.titleLine]
		t := l.text
		if markdown {
			t = t[markdownPrefix(t):]
		}
		a.Title = normSpace(t)
	}
	if fm.Published != "" {
		if d, ok := dates.Parse(fm.Published); ok {
			a.Published = d.String()
		}
	}
	if a.Published == "" && res.published.Valid() {
		a.Published = res.published.String()
		if res.stamp.Hour >= 0 {
			a.PublishedTime = fmt.Sprintf("%02d:%02d", res.stamp.Hour, res.stamp.Minute)
		}
	}
	a.Language = c.detectLanguage(&a)
	return a
}

// repeatsTitle reports whether a body line is a Markdown heading or the
// front matter's title again.
func repeatsTitle(line, title string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "#") || strings.EqualFold(normSpace(t), normSpace(title))
}

// stopwordLanguage names an article's language from its function words:
// "en" or "sv" when one language has at least four of them and three
// times the other's count, else "unknown".
func (c *cleaner) stopwordLanguage(a *Article) string {
	en, sv, words := 0, 0, 0
	for _, b := range a.Blocks {
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Source[b.Start:b.End]), func(r rune) bool {
			return !unicode.IsLetter(r)
		}) {
			words++
			if _, ok := c.enFunction[w]; ok {
				en++
			}
			if _, ok := c.svFunction[w]; ok {
				sv++
			}
		}
	}
	switch {
	case words < minLanguageWords:
		return "unknown"
	case en >= 4 && en >= 3*sv:
		return "en"
	case sv >= 4 && sv >= 3*en:
		return "sv"
	}
	return "unknown"
}

// Text returns the kept text: the blocks joined by blank lines.
func (a *Article) Text() string {
	var sb strings.Builder
	for i, b := range a.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(a.Source[b.Start:b.End])
	}
	return sb.String()
}

// Words counts the words of the kept text.
func (a *Article) Words() int {
	n := 0
	for _, b := range a.Blocks {
		n += wordCount(a.Source[b.Start:b.End])
	}
	return n
}

// figureBlock reports a block whose words are a quarter figures or
// more (a table's rows: "Berths 41 vs 38"): the
// detector reads its few words as any language, so it does not vote.
func figureBlock(words []string) bool {
	figures := 0
	for _, w := range words {
		if hasDigit(w) && !strings.ContainsFunc(w, unicode.IsLetter) {
			figures++
		}
	}
	return figures*4 >= len(words)
}

// detectLanguage names the language of the kept text as an ISO 639-1 code
// (ISO 639-3 where there is none), or "unknown" for short or mixed text.
// Each block of six words or more votes with its word count when the
// detector is confident about it; a language needs 60% of the votes.
// (whatlanggo's confidence degrades on long inputs, so whole articles are
// not classified in one call.)
func (c *cleaner) detectLanguage(a *Article) string {
	votes := map[string]int{}
	total := 0
	vote := func(text string, n int) {
		info := whatlanggo.Detect(text)
		if !info.IsReliable() {
			return
		}
		code := info.Lang.Iso6391()
		if code == "" {
			code = info.Lang.Iso6393()
		}
		votes[code] += n
		total += n
	}
	// Blocks of six words or more are grouped into chunks of about
	// chunkWords words, each classified in one call (per-call cost is
	// what dominates; whole articles degrade whatlanggo's confidence).
	var chunk strings.Builder
	chunkN := 0
	for _, b := range a.Blocks {
		if total >= maxLanguageWords || total >= agreedLanguageWords && len(votes) == 1 {
			break // enough text to decide; the rest costs time only
		}
		text := a.Source[b.Start:b.End]
		words := strings.Fields(text)
		n := len(words)
		if n < 6 || figureBlock(words) {
			continue
		}
		chunk.WriteString(text)
		chunk.WriteString("\n")
		chunkN += n
		if chunkN >= chunkWords {
			vote(chunk.String(), chunkN)
			chunk.Reset()
			chunkN = 0
		}
	}
	if chunkN > 0 && total < maxLanguageWords {
		vote(chunk.String(), chunkN)
	}
	if total == 0 {
		// Short articles rarely give whatlanggo a reliable answer: count
		// the function words of the two languages the analysis supports.
		return c.stopwordLanguage(a)
	}
	best, bestN := "unknown", 0
	for code, n := range votes {
		if n > bestN || n == bestN && code < best {
			best, bestN = code, n
		}
	}
	if total < minLanguageWords || bestN*10 < total*6 {
		return "unknown"
	}
	return best
}
