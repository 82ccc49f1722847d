package quotes

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// orgPronounSpeaker names the speaker of an unnamed attribution whose
// subject is "it" ("…," it said; It added: "…") as an organisation,
// reading back from the attribution sentence by sentence: a sentence
// opening inside a quote is passed over unless it holds the attribution
// just before, which decides (an organisation's: its speaker; anyone
// else's: none); the first other sentence decides by its subject (an
// organisation: it; "the" and an organisation noun, "the firm denied
// …": the sentence before it decides, once; anything else, a person,
// a place, "the report", or none: ""). On "" the speaker stays unknown.
func (x *extractor) orgPronounSpeaker(a *attrib) string {
	toks := tokenize(x.src, a.s, min(a.e, len(x.src)))
	noun := false // "the company said": only an organisation that spoke
	if !x.neuterSubject(toks) {
		if noun = x.on(infoOrgNounSubject) && x.orgNounSubject(toks); !noun {
			return ""
		}
	}
	prev := x.attribBefore(a)
	cut := min(a.s, a.at)
	steps := 0
	for k := x.sentIndex(cut); k >= 0; k-- {
		s := x.sents[k]
		if prev != nil && s.Start <= prev.s && prev.s < s.End {
			if x.orgAttrib(prev) {
				return x.speaker(prev)
			}
			return ""
		}
		if s.Start <= a.s && a.s < s.End || x.inQuote(firstWordAt(x.src, s.Start, s.End)) {
			continue
		}
		m, orgNoun := x.sentenceSubject(s, cut)
		switch {
		case m != nil && m.Type == span.Org && (!noun || x.reportingVerbAfter(m)):
			return strings.TrimSpace(m.Entity)
		case m != nil || !orgNoun || steps > 0:
			return ""
		}
		steps++
	}
	return ""
}

// orgAttrib reports an attribution that names an organisation: its
// subject is an organisation's mention ("said Tarn Ferries"), or "it"
// named as one.
func (x *extractor) orgAttrib(b *attrib) bool {
	if b.c != nil {
		return b.c.typ == span.Org && x.speaker(b) != Unknown
	}
	return x.speaker(b) != Unknown && b.orgPron // speaker resolves b first
}

// neuterSubject reports an attribution opening with "it" and a
// reporting verb, maybe after auxiliaries and adverbs ("it said", "It
// has also confirmed").
func (x *extractor) neuterSubject(toks []tok) bool {
	if len(toks) < 2 || !toks[0].word || !x.lx.Has(lexicon.PronounsNeuterEn, lower(toks[0].text)) {
		return false
	}
	return x.reportingVerbOpens(toks[1:])
}

// orgNounSubject reports "the" and an organisation noun opening toks
// before a reporting verb ("the company said", "the bank added").
func (x *extractor) orgNounSubject(toks []tok) bool {
	return len(toks) >= 3 && toks[0].word && toks[1].word && x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[0].text)) &&
		x.lx.Has(lexicon.OrgNouns, lower(toks[1].text)) && x.mentionAt(toks[1].s) == nil && x.reportingVerbOpens(toks[2:])
}

// reportingVerbOpens reports a reporting verb within the first three
// words of ts, only auxiliaries before it ("said", "has also said").
func (x *extractor) reportingVerbOpens(ts []tok) bool {
	for k, t := range ts {
		switch {
		case k >= 3 || !t.word:
			return false
		case x.isVerb(t.text, x.lang):
			return true
		case !x.isAux(t.text):
			return false
		}
	}
	return false
}

// sentenceSubject is the mention that is the subject of sentence s
// (before offset before, outside quotes): the first one followed by a
// reporting verb and not by a preposition's object ("In a statement
// Tarn Ferries said", "…, the Harbour Board said."), else the first
// one opening a clause of it that a verb follows ("The Harbour Board
// welcomed"); nil when none is, or when a possessive opens the
// sentence. orgNoun reports a sentence opening with "the" and an
// organisation noun as its subject ("But the firm denied …").
func (x *extractor) sentenceSubject(s span.Span, before int) (m *span.Mention, orgNoun bool) {
	end := min(s.End, before)
	toks := tokenize(x.src, s.Start, min(end, s.Start+80))
	if len(toks) > 0 && toks[0].word && x.lx.Has(lexicon.ConjunctionsEnSv, lower(toks[0].text)) {
		toks = toks[1:] // "But the firm …"
	}
	if len(toks) >= 3 && toks[0].word && x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[0].text)) &&
		x.lx.Has(lexicon.OrgNouns, lower(toks[1].text)) && toks[2].word && isLowerWord(toks[2].text) && x.mentionAt(toks[1].s) == nil {
		return nil, true
	}
	first := x.mentionsBefore(s.Start)
	for i := first; i < len(x.ments) && x.ments[i].Start < end; i++ {
		if mm := &x.ments[i]; !x.inQuote(mm.Start) && !x.possessiveMention(mm) && x.reportingVerbAfter(mm) &&
			!x.prepositionBefore(tokenize(x.src, s.Start, mm.Start)) {
			return mm, false
		}
	}
	for i := first; i < len(x.ments) && x.ments[i].Start < end; i++ {
		mm := &x.ments[i]
		if x.inQuote(mm.Start) || !x.opensClause(tokenize(x.src, s.Start, mm.Start)) {
			continue
		}
		if x.possessiveMention(mm) || !x.verbAfter(mm) {
			return nil, false // "Tarn's chief met …": the subject is someone else
		}
		return mm, false
	}
	return nil, false
}

// possessiveMention reports a mention written as a possessive ("Tarn's").
func (x *extractor) possessiveMention(m *span.Mention) bool {
	_, poss := stripPossessive(x.src[m.Start:m.End])
	return poss || strings.HasPrefix(x.src[m.End:], "'s") || strings.HasPrefix(x.src[m.End:], "’s")
}

// prepositionBefore reports a preposition, maybe followed by "the",
// ending pre: the mention after it is its object ("critics of the
// Harbour Board said").
func (x *extractor) prepositionBefore(pre []tok) bool {
	n := len(pre)
	if n > 0 && pre[n-1].word && x.lx.Has(lexicon.DefiniteArticlesEn, lower(pre[n-1].text)) {
		n--
	}
	return n > 0 && pre[n-1].word && x.lx.Has(lexicon.PrepositionsEnSv, lower(pre[n-1].text))
}

// opensClause reports the words before a mention in its sentence as
// nothing, "the" (maybe after a conjunction), or an opening phrase
// ended by a comma ("In its filing, Tarn Ferries said").
func (x *extractor) opensClause(pre []tok) bool {
	if len(pre) > 0 && pre[0].word && x.lx.Has(lexicon.ConjunctionsEnSv, lower(pre[0].text)) {
		pre = pre[1:]
	}
	n := len(pre)
	return n == 0 || n == 1 && pre[0].word && x.lx.Has(lexicon.DefiniteArticlesEn, lower(pre[0].text)) || pre[n-1].text == ","
}

// wordsAfter are the tokens after a mention, a tag in brackets skipped.
func (x *extractor) wordsAfter(m *span.Mention) []tok {
	return (&subjectCtx{m: m}).next(x)
}

// reportingVerbAfter reports a reporting verb, maybe after
// auxiliaries, right after a mention ("Tarn Ferries has said").
func (x *extractor) reportingVerbAfter(m *span.Mention) bool {
	return x.reportingVerbOpens(x.wordsAfter(m))
}

// verbAfter reports a verb right after a mention (a tag in brackets
// skipped): a reporting verb, an auxiliary, or a lower-case word in
// "-ed" ("Tarn Ferries welcomed"; not "the Harbour Board report").
func (x *extractor) verbAfter(m *span.Mention) bool {
	next := x.wordsAfter(m)
	if len(next) == 0 || !next[0].word {
		return false
	}
	w := next[0].text
	return x.isVerb(w, x.lang) || x.isAux(w) || isLowerWord(w) && x.lx.EndsWithAny(lexicon.PastSuffixesEn, w)
}
