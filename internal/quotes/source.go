package quotes

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// A quote-source finding says "likely original" only when the other
// article's words are its own voice: unquoted (no quote mark in their
// paragraph or the paragraphs beside it: a scanner may miss a quote split
// over lines) and unattributed (no reporting verb in their sentence or
// the one after). Otherwise the articles share a quote.

// holdsFunc reports whether the words [s,e) of article src (paragraphs
// paras) are that article's own voice.
type holdsFunc func(mt *matcher, src string, paras []span.Span, s, e int) bool

var (
	infoOwnUnquoted = info("source-unquoted", `Words are an article's own voice only with no quote mark in their paragraph or the paragraphs beside it; else the articles share a quote (no "likely original").`)
	infoOwnUnattrib = info("source-unattributed", `Words are an article's own voice only with no reporting verb in their sentence or the one after ("…," the actress's rep tells PEOPLE); else the articles share a quote.`)
	quoteMarks      = "\"“”„«»‘’"
)

var ownVoicePasses = []rules.Pass[holdsFunc]{
	{Info: infoOwnUnquoted, Run: ownUnquoted},
	{Info: infoOwnUnattrib, Run: ownUnattributed},
}

// ownVoiceHolds runs the own-voice passes.
func (mt *matcher) ownVoiceHolds(src string, paras []span.Span, s, e int) bool {
	for _, p := range ownVoicePasses {
		if mt.on(p.Info) && !p.Run(mt, src, paras, s, e) {
			return false
		}
	}
	return true
}

// sourceMessage words a quote-source finding: the other article b is the
// likely original only when its words are its own voice.
func (mt *matcher) sourceMessage(in Instance, b string, src string, paras []span.Span, s, e int) string {
	if mt.ownVoiceHolds(src, paras, s, e) {
		return fmt.Sprintf("%s's quote from %s (%q) appears unattributed in %s's own voice; %s is the likely original",
			in.Article, in.Speaker, excerpt(in.Text), b, b)
	}
	return fmt.Sprintf("%s's quote from %s (%q) is also in %s, quoted or attributed there: the articles share a quote",
		in.Article, in.Speaker, excerpt(in.Text), b)
}

// paraAround is the index of the paragraph of paras holding off, or -1.
func paraAround(paras []span.Span, off int) int {
	for i, p := range paras {
		if p.Start <= off && off < p.End {
			return i
		}
	}
	return -1
}

// ownUnquoted: no quote mark in the paragraph of [s,e) or those beside.
func ownUnquoted(_ *matcher, src string, paras []span.Span, s, e int) bool {
	ps := cleanSpans(paras, len(src))
	lo, hi := max(0, s-200), min(len(src), e+200)
	if i := paraAround(ps, s); i >= 0 {
		lo, hi = ps[max(0, i-1)].Start, ps[min(len(ps)-1, i+1)].End
		if j := paraAround(ps, max(s, e-1)); j > i {
			hi = ps[min(len(ps)-1, j+1)].End
		}
	}
	for lo > 0 && !utf8.RuneStart(src[lo]) {
		lo--
	}
	return !strings.ContainsAny(src[lo:hi], quoteMarks) && !hasStraightSingleQuote(src[lo:hi])
}

// hasStraightSingleQuote reports a straight single mark opening or
// closing a quote (after or before a space), not an apostrophe.
func hasStraightSingleQuote(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] != '\'' {
			continue
		}
		before := i == 0 || t[i-1] == ' ' || t[i-1] == '\n'
		after := i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n'
		if before || after {
			return true
		}
	}
	return false
}

// ownUnattributed: no reporting verb in the sentence of [s,e) or the
// one after, within the paragraph.
func ownUnattributed(mt *matcher, src string, paras []span.Span, s, e int) bool {
	ps := cleanSpans(paras, len(src))
	lo, hi := 0, len(src)
	if i := paraAround(ps, s); i >= 0 {
		lo, hi = ps[i].Start, ps[i].End
		if j := paraAround(ps, max(s, e-1)); j > i {
			hi = ps[j].End
		}
	}
	// The sentence start before s, and the end of the sentence after e.
	a := s
	for a > lo && !strings.ContainsRune(".!?", rune(src[a-1])) {
		a--
	}
	z, ends := e, 0
	for z < hi && ends < 2 {
		if strings.ContainsRune(".!?", rune(src[z])) {
			ends++
		}
		z++
	}
	ws, _ := normWords(src, a, z)
	for _, w := range ws {
		if mt.lx.Has(lexicon.ReportingVerbs, w.w) || mt.lx.Has(lexicon.PostOnlyVerbs, w.w) {
			return false
		}
	}
	return true
}
