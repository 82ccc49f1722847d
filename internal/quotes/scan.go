package quotes

import (
	"github.com/nec-analyse/nec-analyse/internal/lexicon"

	"strings"
	"unicode"
	"unicode/utf8"
)

// Closing marks for each kind of opening mark.
const (
	closeStraight = "\"”"
	closeCurly    = "”\""
	closeLow      = "“”\"" // „...“ and „...”
	closeSwedish  = "”"    // ”...”
	closeGuillemR = "«»"   // »...« and Swedish »...»
	closeGuillemL = "»«"   // «...» and «...«
	closeSingleC  = "’"    // ‘...’ and ’...’
	closeSingleS  = "'"    // '...'
)

// doubleOpeners and singleOpeners may start a continued paragraph.
const (
	doubleOpeners = "\"“„”»«"
	singleOpeners = "‘'’"
)

// runeBefore is the rune before i (not before lo), or -1.
func runeBefore(src string, lo, i int) rune {
	if i <= lo {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(src[lo:i])
	return r
}

// runeAt is the rune at i (before hi), or -1.
func runeAt(src string, i, hi int) rune {
	if i >= hi {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(src[i:hi])
	return r
}

// contractionAt reports a contraction word starting at i ("em", "n",
// "tis"): the apostrophe before it is not a quote mark.
func (x *extractor) contractionAt(src string, i, hi int) bool {
	j := i
	for j < hi {
		r, n := utf8.DecodeRuneInString(src[j:hi])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j > i && x.lx.Has(lexicon.ApostropheContractionsEn, strings.ToLower(src[i:j]))
}

// opener reports whether the rune r (n bytes) at i, in the paragraph
// [ps,pe), opens a quote, with the marks that may close it.
func (x *extractor) opener(i int, r rune, n, ps, pe int) (closers string, single, ok bool) {
	prev, next := runeBefore(x.src, ps, i), runeAt(x.src, i+n, pe)
	openCtx := prev == -1 || unicode.IsSpace(prev) || strings.ContainsRune("([{–—-/:;,\"“‘'„«»", prev)
	nextOK := next != -1 && !unicode.IsSpace(next)
	switch r {
	case '"':
		return closeStraight, false, openCtx && nextOK
	case '“':
		return closeCurly, false, nextOK || x.on(infoSpill) && spaceAfterCurly(x.src, i+n, pe)
	case '„':
		return closeLow, false, nextOK
	case '”':
		return closeSwedish, false, openCtx && nextOK && (isWordRune(next) || strings.ContainsRune("‘'’.…(", next))
	case '»':
		return closeGuillemR, false, nextOK
	case '«':
		return closeGuillemL, false, nextOK
	case '‘':
		ok := (prev == -1 || !isWordRune(prev)) && nextOK && !unicode.IsDigit(next) && !x.contractionAt(x.src, i+n, pe)
		return closeSingleC, true, ok
	case '\'', '’':
		ok := openCtx && unicode.IsLetter(next) && !x.contractionAt(x.src, i+n, pe)
		if r == '\'' {
			return closeSingleS, true, ok
		}
		return closeSingleC, true, ok
	}
	return "", false, false
}

// infoTwoApostrophes: two straight apostrophes close a straight double
// quote.
var infoTwoApostrophes = info("two-apostrophe-close", `Two straight apostrophes after a punctuation mark close a quote opened with a straight double mark ("“…Tiger,'' Olsen told …" written with a straight opening mark): wire copy writes the closing mark so.`)

// findCloser finds the closing mark of a quote whose words start at
// from, before pe; it returns its offset and length, or -1. A single
// closing mark must follow a non-space and not precede a letter or digit
// (so "don't" and "Tidewatch’s" never close a quote).
func (x *extractor) findCloser(from, pe int, closers string, single bool) (int, int) {
	twoApos := !single && closers == closeStraight && x.on(infoTwoApostrophes)
	for j := from; j < pe; {
		r, n := utf8.DecodeRuneInString(x.src[j:pe])
		if twoApos && strings.HasPrefix(x.src[j:pe], "''") {
			if prev, next := runeBefore(x.src, from, j), runeAt(x.src, j+2, pe); prev != -1 && !unicode.IsSpace(prev) && !isWordRune(prev) && (next == -1 || !isWordRune(next)) {
				return j, 2
			}
		}
		if strings.ContainsRune(closers, r) {
			if !single {
				return j, n
			}
			prev, next := runeBefore(x.src, from, j), runeAt(x.src, j+n, pe)
			if prev != -1 && !unicode.IsSpace(prev) && (next == -1 || !isWordRune(next)) {
				return j, n
			}
		}
		j += n
	}
	return -1, 0
}

// continues reports whether paragraph k+1 starts with an opening mark of
// the same family, continuing an unclosed quote of paragraph k.
func (x *extractor) continues(k int, single bool) bool {
	if k+1 >= len(x.paras) {
		return false
	}
	ps, pe := x.paras[k+1].Start, x.paras[k+1].End
	q := firstNonSpace(x.src, ps, pe)
	if q >= pe {
		return false
	}
	r, n := utf8.DecodeRuneInString(x.src[q:pe])
	fam := doubleOpeners
	if single {
		fam = singleOpeners
	}
	_, s, ok := x.opener(q, r, n, ps, pe)
	return strings.ContainsRune(fam, r) && ok && s == single
}

// findPieces finds every quote piece of the article, in order.
func (x *extractor) findPieces() {
	dash := x.dashRuns()
	for k, from := 0, -1; k < len(x.paras); {
		if pcs, ok := dash[k]; ok {
			x.pieces = append(x.pieces, pcs...)
			k, from = k+1, -1
			continue
		}
		k, from = x.scanParaFrom(k, from)
	}
}

// add appends a piece, linking it to an unclosed quote of the previous
// paragraph when it opens this one.
func (x *extractor) add(p *piece) {
	p.chain = -1
	if n := len(x.pieces); n > 0 {
		last := x.pieces[n-1]
		first := firstNonSpace(x.src, x.paras[p.para].Start, x.paras[p.para].End)
		if last.cont && (last.para == p.para-1 && p.open == first || last.inline && last.after == p.open) {
			if last.chain < 0 {
				last.chain = n - 1
			}
			p.chain = last.chain
		}
	}
	x.pieces = append(x.pieces, p)
}

// scanParaFrom finds the marked quotes of paragraph k from offset from
// (-1: its start). A quote opened inside another is part of it and is not
// reported on its own. It returns the paragraph to scan next and the
// offset to scan it from (-1: its start): k+1, unless an unclosed quote
// runs on into later paragraphs (split-line-quote).
func (x *extractor) scanParaFrom(k, from int) (int, int) {
	ps, pe := x.paras[k].Start, x.paras[k].End
	if from < ps {
		from = ps
	}
	for i := from; i < pe; {
		r, n := utf8.DecodeRuneInString(x.src[i:pe])
		closers, single, ok := x.opener(i, r, n, ps, pe)
		if !ok {
			i += n
			continue
		}
		if j, cn := x.findCloser(i+n, pe, closers, single); j >= 0 {
			if !single && x.inlineContinues(i+n, j) {
				// said: "A. "B.": the piece ends, the quote goes on at j.
				if s, e := trimSpan(x.src, i+n, j); e > s && hasWord(x.src, s, e) {
					x.add(&piece{para: k, open: i, start: s, end: e, after: j, cont: true, inline: true})
				}
				i = j
				continue
			}
			if s, e := trimSpan(x.src, i+n, j); e > s && hasWord(x.src, s, e) {
				x.add(&piece{para: k, open: i, start: s, end: e, after: j + cn, closed: true})
			}
			i = j + cn
			continue
		}
		// Unclosed: a double mark runs to the paragraph end (and may
		// continue in the next one); a single one was an apostrophe
		// unless the next paragraph continues it.
		cont := x.continues(k, single)
		var plan spillPlan
		spill := false
		if !cont && !single {
			plan, spill = x.spill(k)
		}
		if cont || spill || !single {
			if s, e := trimSpan(x.src, i+n, pe); e > s && hasWord(x.src, s, e) {
				x.add(&piece{para: k, open: i, start: s, end: e, after: pe, cont: cont || spill})
			}
			if spill {
				return x.addSpill(plan)
			}
			return k + 1, -1
		}
		i += n
	}
	return k + 1, -1
}

// dashStart reports whether paragraph k opens with a dialogue dash and
// returns the dash offset, the offset of the words after it, and whether
// the dash is a plain hyphen.
func (x *extractor) dashStart(k int) (dash, words int, hyphen, ok bool) {
	if x.lang == "en" {
		return 0, 0, false, false
	}
	ps, pe := x.paras[k].Start, x.paras[k].End
	q := firstNonSpace(x.src, ps, pe)
	r, n := utf8.DecodeRuneInString(x.src[q:pe])
	if q >= pe || !(r == '–' || r == '—' || r == '-' && x.lang == "sv") {
		return 0, 0, false, false
	}
	if next := runeAt(x.src, q+n, pe); next == -1 || !unicode.IsSpace(next) {
		return 0, 0, false, false
	}
	w := firstNonSpace(x.src, q+n, pe)
	return q, w, r == '-', w < pe
}

// dashPara splits dialogue-dash paragraph k into speech pieces: each runs
// from a dash to ", <verb> <speaker>" (or to the paragraph end); a dash
// right after an attribution starts another piece.
func (x *extractor) dashPara(k, dash, pos int) []*piece {
	pe := x.paras[k].End
	var out []*piece
	for pos < pe {
		toks := tokenize(x.src, pos, pe)
		var found *piece
		for i := 0; i+1 < len(toks) && found == nil; i++ {
			if toks[i].text != "," {
				continue
			}
			vi, vEnd, ok := x.verbAt(toks, i+1)
			if !ok {
				continue
			}
			segEnd, c, ok := x.afterVerb(toks, vEnd+1, false)
			if !ok {
				continue
			}
			s, e := trimSpan(x.src, pos, toks[i].s)
			if e > s && hasWord(x.src, s, e) {
				found = &piece{para: k, open: dash, start: s, end: e, after: toks[i].s, closed: true, dash: true,
					attr: &attrib{s: toks[vi].s, e: segEnd, c: c, at: dash}, own: true}
			} else {
				return out
			}
		}
		if found == nil {
			if s, e := trimSpan(x.src, pos, pe); e > s && hasWord(x.src, s, e) {
				p := &piece{para: k, open: dash, start: s, end: e, after: pe, closed: true, dash: true}
				if len(out) > 0 {
					p.attr = out[len(out)-1].attr // "– A, säger X. – B."
				}
				out = append(out, p)
			}
			return out
		}
		out = append(out, found)
		// "– A, säger X. – B": another piece.
		q := firstNonSpace(x.src, found.attr.e, pe)
		for q < pe && strings.ContainsRune(".!?", runeAt(x.src, q, pe)) {
			q++
		}
		q = firstNonSpace(x.src, q, pe)
		r, n := utf8.DecodeRuneInString(x.src[q:pe])
		if q >= pe || !(r == '–' || r == '—') || !unicode.IsSpace(runeAt(x.src, q+n, pe)) {
			return out
		}
		dash, pos = q, firstNonSpace(x.src, q+n, pe)
	}
	return out
}

// dashRuns finds the dialogue-dash paragraphs that are speech: runs of
// consecutive dash paragraphs with at least one attribution once the
// dash-run passes have run. A run with no attribution is not speech (it
// may be a list) and is scanned for quote marks instead.
func (x *extractor) dashRuns() map[int][]*piece {
	res := map[int][]*piece{}
	cand := map[int][]*piece{}
	for k := range x.paras {
		dash, pos, hyphen, ok := x.dashStart(k)
		if !ok {
			continue
		}
		pcs := x.dashPara(k, dash, pos)
		if len(pcs) == 0 || hyphen && pcs[0].attr == nil {
			continue
		}
		cand[k] = pcs
	}
	for k := 0; k < len(x.paras); k++ {
		if _, ok := cand[k]; !ok {
			continue
		}
		var run []*piece
		a := k
		for ; a < len(x.paras); a++ {
			pcs, ok := cand[a]
			if !ok {
				break
			}
			run = append(run, pcs...)
		}
		for _, rp := range dashRunPasses {
			if x.on(rp.Info) {
				rp.Run(x, run, a)
			}
		}
		if firstAttr(run) != nil {
			for i := k; i < a; i++ {
				res[i] = cand[i]
			}
		}
		k = a
	}
	return res
}

// firstAttr is the first attribution of a run's pieces, or nil.
func firstAttr(run []*piece) *attrib {
	for _, p := range run {
		if p.attr != nil {
			return p.attr
		}
	}
	return nil
}

// dashDet gives the unattributed end of a run the attribution of a "Det
// säger X." paragraph after it (paragraph next).
func dashDet(x *extractor, run []*piece, next int) {
	if det := x.detAttrib(next); det != nil {
		for i := len(run) - 1; i >= 0 && run[i].attr == nil; i-- {
			run[i].attr = det
		}
	}
}

// dashShare gives each unattributed piece of a run the nearest earlier
// attribution of the run, else the first later one.
func dashShare(_ *extractor, run []*piece, _ int) {
	first := firstAttr(run)
	if first == nil {
		return
	}
	cur := first
	for _, p := range run {
		if p.attr != nil {
			cur = p.attr
		} else {
			p.attr = cur
		}
	}
}

// detAttrib reads a Swedish "Det säger X." opening paragraph k, which
// attributes the speech just before it.
func (x *extractor) detAttrib(k int) *attrib {
	if k >= len(x.paras) || x.lang == "en" {
		return nil
	}
	toks := tokenize(x.src, x.paras[k].Start, x.paras[k].End)
	if len(toks) < 3 || !x.lx.Has(lexicon.SpeechBackOpenersSv, toks[0].text) {
		return nil
	}
	vi, vEnd, ok := x.verbAt(toks, 1)
	if !ok || !x.lx.Has(lexicon.ReportingVerbsSv, strings.ToLower(toks[vi].text)) {
		return nil
	}
	segEnd, c, ok := x.afterVerb(toks, vEnd+1, false)
	if !ok {
		return nil
	}
	return &attrib{s: toks[0].s, e: segEnd, c: c, at: toks[0].s}
}
