package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Attributions read from the quote's context: the paragraph before it and
// the sentence before it.

var (
	infoNextPara          = info("after-attributed-paragraph", `A quote of four words or more opening its paragraph takes the attribution of the quote ending the paragraph before ("“A,” Quill said." / "“B.”"): a speaker's next paragraph.`)
	infoOwnSentencePerson = info("after-attributed-own-person", `For after-attributed-paragraph, a quote closed by a comma whose sentence names another person after its closing mark ("“…,” a beaming Sam Okafor is heard to reply on film") does not take the paragraph before's speaker: it stays unknown unless read otherwise.`)
	infoPrevSent          = info("previous-sentence", `A quote of four words or more opening its sentence takes a named person or pronoun that speaks in the sentence before it, with no quote in that sentence ("Ms Quill said patience was the only way. “We have to …”").`)
	infoPassive           = info("lead-passive-verb", `Before an opening mark, a reporting verb in the passive names no speaker: its subject is the listener ("Donnellon was asked: “…”").`)
	infoPassiveAfter      = info("after-passive-verb", `After a closing mark, a reporting verb in the passive names no speaker ("“…,” Donnellon was told.").`)
)

// findAfterAttributed gives a quote opening its paragraph the attribution
// of the quote ending the paragraph before.
func findAfterAttributed(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	ps, pe := x.paras[p.para].Start, x.paras[p.para].End
	if idx == 0 || p.para == 0 || p.open != firstNonSpace(x.src, ps, pe) || p.chain >= 0 && p.chain != idx || p.dash {
		return nil
	}
	q := x.pieces[idx-1]
	if q.para != p.para-1 || q.attr == nil || !q.own || q.dash || q.attr.c == nil || x.wordCount(p) < 4 {
		return nil
	}
	b := max(q.after, q.attr.e)
	if !x.onlyPunct(b, x.paras[q.para].End) {
		return nil
	}
	if x.on(infoOwnSentencePerson) && x.otherPersonAfter(p, q.attr.c) {
		return nil
	}
	c := *q.attr
	c.ctx = true
	return &c
}

// otherPersonAfter reports a person other than the earlier speaker sp
// named after the closing mark of p, closed by a comma, in its own
// sentence ("“…,” a beaming Sam Okafor is heard to reply on film"): the words are that person's, or at
// least not surely the earlier paragraph's speaker's.
func (x *extractor) otherPersonAfter(p *piece, sp *cand) bool {
	if x.closingRune(p) != ',' {
		return false // the quote ends its sentence: what follows is another
	}
	end := x.clauseEnd(p.after, x.paras[p.para].End)
	for _, c := range x.cands(tokenize(x.src, p.after, end)) {
		if c.typ == span.Person && (sp.typ != span.Person || c.name != sp.name) {
			return true
		}
	}
	return false
}

// findPrevSentence reads the attribution of a quote opening its sentence
// in the sentence before it.
func findPrevSentence(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	ps := x.paras[p.para].Start
	if p.chain >= 0 && p.chain != idx || p.dash || x.wordCount(p) < 4 {
		return nil
	}
	e := p.open
	for e > ps && (x.src[e-1] == ' ' || x.src[e-1] == '\n' || x.src[e-1] == '\t') {
		e--
	}
	if e <= ps || e == p.open && p.open > ps || !x.endsSentence(e-1, p.open) {
		return nil
	}
	s := x.lastTerminator(ps, e-1)
	for s < e && strings.ContainsRune("\"”’»' \n\t", runeAt(x.src, s, e)) {
		s += utf8.RuneLen(runeAt(x.src, s, e)) // the closing mark of a quote ending the sentence before
	}
	if x.pieceIx().marked.overlaps(s, e) {
		return nil // a quote in the sentence: its own attribution
	}
	a := x.leadIn(s, s, e, false)
	if a == nil || a.c == nil || a.c.typ != typPron && a.c.typ != span.Person {
		return nil
	}
	a.ctx = true
	return a
}

// wordCount is the number of words of a piece.
func (x *extractor) wordCount(p *piece) int {
	n := 0
	for _, t := range tokenize(x.src, p.start, p.end) {
		if t.word {
			n++
		}
	}
	return n
}

// readPassive reads a passive reporting verb ("was asked"): an
// attribution naming no one.
func readPassive(x *extractor, v *verbSite) (*attrib, bool) {
	if start, ok := x.sayingPhraseEnding(v.toks, v.vEnd); ok && start == v.vi {
		return nil, false // "Quill was quoted as saying": active, Quill speaks (saying-phrase)
	}
	k := v.vi - 1
	for k >= 0 && v.toks[k].word && x.isAux(v.toks[k].text) && !x.lx.Has(lexicon.PassiveAux, lower(v.toks[k].text)) {
		k--
	}
	if k < 0 || !v.toks[k].word || !x.lx.Has(lexicon.PassiveAux, lower(v.toks[k].text)) || x.postOnly(v.toks[v.vi]) {
		return nil, false
	}
	s := v.toks[k].s
	return &attrib{s: s, e: ext(v.toks, v.vEnd), at: s}, true
}
