package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// cuedNames finds the names the taggers missed right after an
// organisation's noun in a noun phrase ("the moderate campaign group
// Tidewatch,", "a charity Harbour Aid"): one to three capitalised words
// mid-sentence, after a cue word (org_cues) in lower case that an article
// or a possessive opens within three words, none of them a person's
// word, a calendar word or a place, are an organisation.
func cuedNames(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	var extra []span.Mention
	for si, s := range sents {
		ws := sentenceWords(src, s)
		for k := 1; k+1 < len(ws); k++ {
			cue := ws[k].text
			if !lx.Has(lexicon.OrgCues, cue) || !determinedBefore(lx, ws, k) || ws[k+1].start != ws[k].end+1 {
				continue
			}
			end := k + 1
			for end < len(ws) && end-k <= 3 && capitalWord(ws[end].text) && (end == k+1 || ws[end].start == ws[end-1].end+1) {
				end++
			}
			if end == k+1 || end-k > 3 || end < len(ws) && capitalWord(ws[end].text) && ws[end].start == ws[end-1].end+1 {
				continue // no name, or a longer run than a name's
			}
			ok := true
			for _, w := range ws[k+1 : end] {
				lw := strings.ToLower(w.text)
				ok = ok && !lx.Has(lexicon.NerPersonWords, lw) && !lx.Has(lexicon.NerCalendarWords, lw) && w.text != "I"
			}
			start, stop := ws[k+1].start, ws[end-1].end
			if !ok || lx.IsPlace(src[start:stop]) {
				continue
			}
			covered := false
			for _, m := range ms {
				covered = covered || m.Start < stop && start < m.End
			}
			if !covered {
				extra = append(extra, span.Mention{Text: src[start:stop], Type: span.Org, Start: start, End: stop, Sentence: si})
			}
			k = end - 1
		}
	}
	return appendSorted(ms, extra)
}

// determinedBefore reports an article or a possessive determiner among
// the three words before ws[k] ("the moderate campaign group").
func determinedBefore(lx *lexicon.Lexicon, ws []outletWord, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		lw := strings.ToLower(ws[j].text)
		if lx.Has(lexicon.ArticlesEnSv, lw) || lx.Has(lexicon.PossessiveDeterminersEnSv, lw) {
			return true
		}
		if capitalWord(ws[j].text) {
			return false // "the Harbour group": a name's word
		}
	}
	return false
}

// capitalWord reports a word opening with a capital letter.
func capitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
