package quotes

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"unicode"
	"unicode/utf8"
)

// Quotes split over lines: sources that put each sentence on a line of
// its own (and so make each a paragraph) cut a quote's words and its
// closing mark apart ("“I can see a car on its roof." / "The driver is still
// inside,” said X."). The spill pass lets an unclosed double quote run on into the next
// paragraphs when these open no quote of their own.

var infoInline = info("inline-continuing-quote", `A straight mark opening a new sentence inside a quote (a space before it, a word after, a full stop before the space) continues the quote, not closes it: paragraphs run together keep the continuing-quote convention (said: "A. "B. "C."); the pieces share one attribution.`)

// inlineFunc reports whether the mark at j, found as the closer of a
// quote whose words start at from, opens a continued quote instead.
type inlineFunc func(x *extractor, from, j int) bool

var inlinePasses = []rules.Pass[inlineFunc]{
	{Info: infoInline, Run: (*extractor).inlineOpener},
}

// inlineContinues runs the inline passes.
func (x *extractor) inlineContinues(from, j int) bool {
	for _, p := range inlinePasses {
		if x.on(p.Info) && p.Run(x, from, j) {
			return true
		}
	}
	return false
}

// inlineOpener reports a straight double mark at j after a space and a
// sentence end, before a word: the next sentence of the same quote.
func (x *extractor) inlineOpener(from, j int) bool {
	if x.src[j] != '"' || j+1 >= len(x.src) || !isWordRune(runeAt(x.src, j+1, len(x.src))) {
		return false
	}
	k := j
	for k > from && x.src[k-1] == ' ' {
		k--
	}
	if k == j || k <= from {
		return false
	}
	r := runeBefore(x.src, from, k)
	return r == '.' || r == '?' || r == '!'
}

var infoSpill = info("split-line-quote", `An unclosed double quote runs on into the next paragraph (sentence) up to a closing mark there ("“I can see a car on its roof." / "The driver is still inside,” said X."), or over one paragraph with no mark to a paragraph continuing it ("“A." / "B." / "“C.”"); the pieces share one attribution.`)

// spillFunc plans how an unclosed double quote ending paragraph k runs
// on, if it does; the first pass giving a plan wins.
type spillFunc func(x *extractor, k int) (spillPlan, bool)

var spillPasses = []rules.Pass[spillFunc]{
	{Info: infoSpill, Run: (*extractor).planSpill},
}

// spill runs the spill passes for paragraph k.
func (x *extractor) spill(k int) (spillPlan, bool) {
	for _, p := range spillPasses {
		if x.on(p.Info) {
			if plan, ok := p.Run(x, k); ok {
				return plan, true
			}
		}
	}
	return spillPlan{}, false
}

// spillPlan is where an unclosed double quote of a paragraph runs on.
type spillPlan struct {
	paras []int // the paragraphs it covers, in order
	end   int   // offset of the closing mark in the last, or -1 (it continues to the paragraph end)
	n     int   // the closing mark's length
}

// planSpill finds how an unclosed double quote ending paragraph k runs
// on, if it does.
func (x *extractor) planSpill(k int) (spillPlan, bool) {
	if k+1 >= len(x.paras) {
		return spillPlan{}, false
	}
	m, n, closing := x.firstDoubleMark(k + 1)
	switch {
	case m >= 0 && closing:
		return spillPlan{paras: []int{k + 1}, end: m, n: n}, true
	case m < 0 && k+2 < len(x.paras) && x.continues(k+1, false):
		return spillPlan{paras: []int{k + 1}, end: -1}, true
	case m < 0 && k+2 < len(x.paras):
		if m2, n2, c2 := x.firstDoubleMark(k + 2); m2 >= 0 && c2 {
			return spillPlan{paras: []int{k + 1, k + 2}, end: m2, n: n2}, true
		}
	}
	return spillPlan{}, false
}

// firstDoubleMark is the first double quote mark of paragraph k (-1 if
// none), its length, and whether it is shaped as a closing mark: a right
// curly mark, or a straight one after a non-space or before no word.
func (x *extractor) firstDoubleMark(k int) (int, int, bool) {
	ps, pe := x.paras[k].Start, x.paras[k].End
	for i := ps; i < pe; {
		r, n := utf8.DecodeRuneInString(x.src[i:pe])
		if r == '"' || r == '“' || r == '”' || r == '»' || r == '«' || r == '„' {
			prev, next := runeBefore(x.src, ps, i), runeAt(x.src, i+n, pe)
			closing := r == '”' || r == '"' && (prev != -1 && !unicode.IsSpace(prev) || next == -1 || !isWordRune(next) && next != ' ')
			if r == '"' && prev != -1 && unicode.IsSpace(prev) && next != -1 && unicode.IsSpace(next) {
				closing = i > firstNonSpace(x.src, ps, pe) // "…, " he said
			}
			return i, n, closing && i > firstNonSpace(x.src, ps, pe)
		}
		i += n
	}
	return -1, 0, false
}

// addSpill adds the pieces of a quote running on by plan; it returns the
// paragraph to scan next and the offset to scan it from (-1: its start).
func (x *extractor) addSpill(plan spillPlan) (int, int) {
	last := plan.paras[len(plan.paras)-1]
	for _, k := range plan.paras {
		ps, pe := x.paras[k].Start, x.paras[k].End
		open := firstNonSpace(x.src, ps, pe)
		if k == last && plan.end >= 0 {
			if s, e := trimSpan(x.src, open, plan.end); e > s && hasWord(x.src, s, e) {
				x.add(&piece{para: k, open: open, start: s, end: e, after: plan.end + plan.n, closed: true})
			}
			return k, plan.end + plan.n
		}
		if s, e := trimSpan(x.src, open, pe); e > s && hasWord(x.src, s, e) {
			x.add(&piece{para: k, open: open, start: s, end: e, after: pe, cont: true})
		}
	}
	return last + 1, -1
}

// spaceAfterCurly reports a left curly mark followed by spaces and a word
// ("“ We talked"): tokenised sources put a space inside the marks.
func spaceAfterCurly(src string, i, pe int) bool {
	j := i
	for j < pe && src[j] == ' ' {
		j++
	}
	return j > i && j < pe && isWordRune(runeAt(src, j, pe)) && !strings.HasPrefix(src[j:pe], "s ")
}
