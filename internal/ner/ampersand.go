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
		toks := sentenceTokens(src, s)
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].text != "&" || !capitalised(toks[k-1].text) || !capitalised(toks[k+1].text) {
				continue
			}
			first := k - 1
			for first > 0 && k-first < 3 && capitalised(toks[first-1].text) && !lx.Has(lexicon.NerCalendarWords, strings.ToLower(toks[first-1].text)) {
				first--
			}
			if toks[first].text == "The" || toks[first].text == "A" || sentenceInitialOrdinary(lx, src, s, toks[first].start, toks[first].text) {
				first++
			}
			last := k + 1
			for last+1 < len(toks) && last-k < 4 && capitalised(toks[last+1].text) && !possessive(toks[last].text) {
				last++
			}
			if first >= k {
				continue
			}
			start, end := toks[first].start, toks[last].end
			if w, ok := cutPossessive(toks[last].text); ok {
				end = toks[last].start + len(w)
			}
			left, right := src[start:toks[k].start-1], src[toks[k].end+1:end]
			if lx.IsPlace(strings.TrimSpace(left)) || lx.IsPlace(strings.TrimSpace(right)) || fullPersonName(lx, left) || fullPersonName(lx, right) ||
				givenName(lx, strings.TrimSpace(left)) && givenName(lx, strings.TrimSpace(right)) || allOrdinary(left, ordinary) && allOrdinary(right, ordinary) {
				continue
			}
			if !overlapsAny(span.Mention{Start: start, End: end}, ms) || placeInside(ms, start, end) || isAcronymWord(strings.TrimSpace(left)) && isAcronymWord(strings.TrimSpace(right)) {
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

// fullPersonName reports two words or more opening with a given name or
// a learnt person-name word ("Ada Quill").
func fullPersonName(lx *lexicon.Lexicon, name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && (givenName(lx, f[0]) || learntName(lx, f[0]))
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
