package entities

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// conflictDoubt is a conflict doubt pass: the reason why two role
// statements from different articles may speak of different times, so
// that their conflict is uncertain ("" when it sees none). ta and tb are
// the articles' texts (nil when not given).
type conflictDoubt func(a, b Role, ta, tb *Text) string

// conflictDoubts run in order on every role and holder conflict; the
// first reason wins.
var conflictDoubts = []rules.Pass[conflictDoubt]{
	{Info: info("dated-roles", `A role conflict whose two sentences do not name the same year ("when the country voted in 1979, party leader X ...") is uncertain: the role may have changed hands between the times.`), Run: datedRoles},
}

// doubtOf is the first reason a conflict doubt pass that off leaves on
// gives for the roles a and b.
func doubtOf(a, b Role, opts Options) string {
	ta, tb := textOf(opts.Texts, a.Article), textOf(opts.Texts, b.Article)
	for _, p := range conflictDoubts {
		if !opts.Off.Enabled(p.Info) {
			continue
		}
		if r := p.Run(a, b, ta, tb); r != "" {
			return r
		}
	}
	return ""
}

// textOf finds the text of article among texts (conflicts are rare: a
// scan is cheaper than an index built for every call).
func textOf(texts []Text, article string) *Text {
	for i := range texts {
		if texts[i].Article == article {
			return &texts[i]
		}
	}
	return nil
}

// datedRoles doubts a conflict whose sentences name years and share none:
// one side is dated and the other is not, or they are dated apart.
func datedRoles(a, b Role, ta, tb *Text) string {
	ya, yb := yearsIn(sentenceOf(ta, a)), yearsIn(sentenceOf(tb, b))
	if len(ya) == 0 && len(yb) == 0 {
		return ""
	}
	for _, y := range ya {
		if slices.Contains(yb, y) {
			return ""
		}
	}
	return fmt.Sprintf("the two sentences are not dated alike (%s: %s; %s: %s): the role may have changed hands between the times",
		a.Article, yearList(ya), b.Article, yearList(yb))
}

func yearList(ys []string) string {
	if len(ys) == 0 {
		return "no year"
	}
	return strings.Join(ys, ", ")
}

// sentenceOf is the sentence of t that holds the role r ("" when t does
// not give it).
func sentenceOf(t *Text, r Role) string {
	if t == nil {
		return ""
	}
	for _, s := range t.Sentences {
		if s.Start <= r.Start && r.End <= s.End && s.End <= len(t.Source) {
			return t.Source[s.Start:s.End]
		}
	}
	return ""
}

// yearsIn lists, in order and once each, the years (1800-2099) and
// decades ("1970s", as "1970s") a sentence names as numbers of their own:
// not part of a longer number, an amount or a figure with a unit sign.
func yearsIn(s string) []string {
	var out []string
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		y := s[i : i+4]
		if i+4 < len(s) && s[i+4] == 's' {
			y += "s"
		}
		if !slices.Contains(out, y) {
			out = append(out, y)
		}
		i += 3
	}
	return out
}

// isYearAt reports four digits at s[i:] from 1800 to 2099 that stand
// alone: no digit, letter, decimal or thousands separator or currency
// sign before; no digit, letter (but a decade's "s") or percent after.
func isYearAt(s string, i int) bool {
	for k := i; k < i+4; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	if c := s[i : i+2]; c != "18" && c != "19" && c != "20" {
		return false
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if wordRune(p) || p == '#' || unicode.Is(unicode.Sc, p) || (p == ',' || p == '.') && i > 1 && s[i-2] >= '0' && s[i-2] <= '9' {
			return false
		}
	}
	if j := i + 4; j < len(s) {
		n, size := utf8.DecodeRuneInString(s[j:])
		if n == 's' {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			return j+size >= len(s) || !wordRune(next)
		}
		if wordRune(n) || n == '%' || (n == ',' || n == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			return false
		}
	}
	return true
}

// wordRune is a letter or digit.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
