package corpus

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// line is one line of an article body, without its line terminator.
type line struct {
	start, end int // byte offsets in Article.Source
	text       string
	para       int // paragraph index; blank lines separate paragraphs
	blank      bool
	kind       string // "" = kept, else a Kind* constant
}

// splitLines cuts src[from:] into lines and numbers paragraphs.
func splitLines(src string, from int) []line {
	var out []line
	para, prevBlank := 0, true
	pos := from
	for pos <= len(src) {
		// A line ends at LF, CRLF or a lone CR (old Mac files).
		nl := strings.IndexAny(src[pos:], "\r\n")
		end := len(src)
		next := len(src) + 1
		if nl >= 0 {
			end = pos + nl
			next = end + 1
			if src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
				next = end + 2
			}
		}
		e := end
		text := src[pos:e]
		blank := strings.TrimSpace(text) == ""
		if !blank && prevBlank && len(out) > 0 {
			para++
		}
		out = append(out, line{start: pos, end: e, text: text, para: para, blank: blank})
		prevBlank = blank
		if nl < 0 {
			break
		}
		pos = next
	}
	return out
}

// wordCount counts whitespace-separated words.
func wordCount(s string) int { return len(strings.Fields(s)) }

// normSpace collapses runs of white space and trims the ends.
func normSpace(s string) string { return textutil.OneSpace(s) }

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)]")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(s, "…")
}
