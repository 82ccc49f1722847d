package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// headNames: "Socialist Appeal supporters", where the taggers found only
// "Appeal": a one-word mention that is an organisation's head word
// (org_heads, ner_campaign_heads) takes back the capitalised words right
// before it in its sentence and is an organisation, unless the longer
// name is a known place ("Soviet Union"). A word in ner_common_initial
// ("However"), one the casing lexicon knows as ordinary ("The"), an
// acronym or one a mention already holds stops the walk.
func headNames(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if strings.Contains(m.Text, " ") || !capitalised(m.Text) || !orgHeadWord(d.lx, m.Text) {
			continue
		}
		s, ok := sentenceHolding(d.sents, m.Start, m.End)
		if !ok {
			continue
		}
		start := m.Start
		for {
			w, at := wordBeforeSpace(d.src, s.Start, start)
			if w == "" || !capitalised(w) || d.lx.Has(lexicon.NerCommonInitial, strings.ToLower(w)) || coveredBy(d.ms, at, start-1) || isAcronymWord(w) ||
				d.e.english == nil || d.e.english.Ordinary(w) {
				break
			}
			start = at
		}
		if start == m.Start || start < 0 || start > m.End || d.lx.IsPlace(d.src[start:m.End]) {
			continue
		}
		m.Start, m.Text, m.Type = start, d.src[start:m.End], span.Org
	}
}

// orgHeadWord reports a word that heads organisations' names.
func orgHeadWord(lx *lexicon.Lexicon, w string) bool {
	lw := strings.ToLower(w)
	return lx.Has(lexicon.OrgHeads, lw) || lx.Has(lexicon.NerCampaignHeads, lw)
}

// sentenceHolding returns the sentence of sents that holds [start, end).
func sentenceHolding(sents []span.Span, start, end int) (span.Span, bool) {
	for _, s := range sents {
		if s.Start <= start && end <= s.End {
			return s, true
		}
	}
	return span.Span{}, false
}

// wordBeforeSpace returns the word of letters that ends one space before
// at, and its start, not before from; "" when there is none (another
// character than one space before at, or no letters).
func wordBeforeSpace(src string, from, at int) (string, int) {
	if at-1 < from || at > len(src) || src[at-1] != ' ' {
		return "", at
	}
	end := at - 1
	i := end
	for i > from {
		r, n := utf8.DecodeLastRuneInString(src[from:i])
		if !isLetterRune(r) {
			break
		}
		i -= n
	}
	if i == end {
		return "", at
	}
	return src[i:end], i
}

// isLetterRune reports a letter or an apostrophe inside a name
// ("O'Brien").
func isLetterRune(r rune) bool {
	return r == '\'' || r == '’' || unicode.IsLetter(r)
}

// coveredBy reports whether a mention of ms holds byte offset at or the
// byte at to.
func coveredBy(ms []span.Mention, at, to int) bool {
	for _, m := range ms {
		if m.Start <= to && at < m.End {
			return true
		}
	}
	return false
}
