package ner

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// lowerCasePlaces finds the known places (countries, large cities,
// regions) that informal text writes in lower case ("moved to mexico",
// "san francisco"), when the casing lexicon has every word of the name
// capitalised nine times in ten mid-sentence (not "turkey", "nice") and
// no mention covers them. Function words are never read so ("us").
func lowerCasePlaces(d *doc) {
	if d.e.english == nil {
		return
	}
	var extra []span.Mention
	for si, s := range d.sents {
		toks := sentenceTokens(d.src, s)
		for i := 0; i < len(toks); i++ {
			for n := min(3, len(toks)-i); n >= 1; n-- {
				if m, ok := d.lowerPlace(toks[i:i+n], si); ok {
					extra = append(extra, m)
					i += n - 1
					break
				}
			}
		}
	}
	if len(extra) > 0 {
		d.ms = appendSorted(d.ms, extra)
	}
}

// lowerPlace reports the words ws of sentence si as a lower-case known
// place that no mention overlaps.
func (d *doc) lowerPlace(ws []spaceWord, si int) (span.Mention, bool) {
	for _, w := range ws {
		if !strings.ContainsFunc(w.text, unicode.IsLetter) || strings.ContainsFunc(w.text, func(r rune) bool { return !unicode.IsLower(r) }) ||
			d.lx.Has(lexicon.StopwordsEn, w.text) || !d.e.english.NameLike(w.text) {
			return span.Mention{}, false
		}
	}
	m := span.Mention{Type: span.GPE, Start: ws[0].start, End: ws[len(ws)-1].end, Sentence: si}
	m.Text = d.src[m.Start:m.End]
	if !d.lx.IsPlace(m.Text) || overlapsAny(m, d.ms) {
		return span.Mention{}, false
	}
	return m, true
}
