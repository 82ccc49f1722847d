package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// ampersandPass runs ampersandNames with the English casing lexicon's
// ordinary words.
func ampersandPass(d *doc) {
	var ordinary func(string) bool
	if d.e.english != nil {
		ordinary = d.e.english.Ordinary
	}
	d.ms = ampersandNames(d.lx, d.src, d.sents, d.ms, ordinary)
}

// ampersandNames finds the names that join capitalised words by "&"
// ("Harbour & Lind", "Quill & Sons Co"), which the taggers cut into two
// names, often people. A name and a name of a company or a firm: each
// becomes one ORG mention and the pieces inside it are dropped. Not
// where either side is a known place ("Trinidad & Tobago") or a person's
// full name opening with a given name ("Ada Quill & Bo Lind"), nor
// between two given names ("Ada & Bo"), two sides of ordinary words
// only ("News & Events") or where no mention of the taggers touches it.
func ampersandNames(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention, ordinary func(string) bool) []span.Mention {
	var extra []span.Mention
	for si, s := range sents {
		if !strings.Contains(src[s.Start:s.End], "&") {
			continue
		}
		toks := sentenceTokens(src, s)
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].text != "&" || !capitalised(toks[k-1].text) || !capitalised(toks[k+1].text) {
				continue
			}
			start, end, ok := ampersandBounds(lx, src, s, toks, k)
			if !ok {
				continue
			}
			left, right := strings.TrimSpace(src[start:toks[k].start-1]), strings.TrimSpace(src[toks[k].end+1:end])
			right, _ = cutPossessive(right) // "Ada & Bo's": the names, not their possessive
			if twoNames(lx, left, right, ordinary) || !overlapsAny(span.Mention{Start: start, End: end}, ms) || placeInside(ms, start, end) {
				continue
			}
			if n := len(extra); n > 0 && extra[n-1].End > start {
				continue
			}
			extra = append(extra, span.Mention{Text: src[start:end], Type: span.Org, Start: start, End: end, Sentence: si})
		}
	}
	return mergeNames(ms, extra)
}

// ampersandBounds returns the offsets of the name around the "&" that is
// toks[k]: up to three capitalised words before it (no calendar word, no
// "The" or ordinary word opening the sentence) and up to four after it,
// the last with its possessive ending, if any ("Quill & Lind's": the
// entities stage's possessive passes decide whether it is the name's);
// ok is false when no word before is left.
func ampersandBounds(lx *lexicon.Lexicon, src string, s span.Span, toks []spaceWord, k int) (start, end int, ok bool) {
	first := k - 1
	for first > 0 && k-first < 3 && capitalised(toks[first-1].text) && !lx.Has(lexicon.NerCalendarWords, strings.ToLower(toks[first-1].text)) {
		first--
	}
	if capitalArticle(lx, toks[first].text) || sentenceInitialOrdinary(lx, src, s, toks[first].start, toks[first].text) {
		first++
	}
	last := k + 1
	for last+1 < len(toks) && last-k < 4 && capitalised(toks[last+1].text) && !possessive(toks[last].text) {
		last++
	}
	if first >= k {
		return 0, 0, false
	}
	return toks[first].start, toks[last].end, true
}

// twoNames reports the sides of an "&" that name two things, not one
// organisation: a known place or a person's full name on either side,
// two given names, two sides of ordinary words only, or two acronyms.
func twoNames(lx *lexicon.Lexicon, left, right string, ordinary func(string) bool) bool {
	return lx.IsPlace(left) || lx.IsPlace(right) || fullPersonName(lx, left) || fullPersonName(lx, right) ||
		lx.IsGivenName(left) && lx.IsGivenName(right) || allOrdinary(left, ordinary) && allOrdinary(right, ordinary) ||
		isAcronymWord(left) && isAcronymWord(right)
}

// fullPersonName reports two words or more opening with a given name or
// a learnt person-name word ("Ada Quill").
func fullPersonName(lx *lexicon.Lexicon, name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && lx.IsPersonNameWord(f[0])
}

// allOrdinary reports words that the casing lexicon (ordinary; nil:
// none) all knows as ordinary words.
func allOrdinary(words string, ordinary func(string) bool) bool {
	f := strings.Fields(words)
	if ordinary == nil || len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !ordinary(w) {
			return false
		}
	}
	return true
}

// placeInside reports mentions inside [start, end) that are all places.
func placeInside(ms []span.Mention, start, end int) bool {
	places := 0
	for _, m := range ms {
		if m.Start >= start && m.End <= end {
			if m.Type != span.GPE && m.Type != span.Location {
				return false
			}
			places++
		}
	}
	return places > 0
}
