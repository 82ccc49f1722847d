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

// lowerCasePeople finds the people informal text names in lower case
// ("max and jen are late", "saw amy quorvane live"): in a text written
// informally (informal), a word in lower case that is a given name,
// listed or learnt (IsLearntGivenName), that the casing lexicon has
// capitalised nine times in ten mid-sentence (NameLike: not "will",
// "mark", "grace"), no stop word, name particle, known place or ordinary
// word, and no clitic's stem or abbreviation ("don ’ t", "ed."), that no
// mention covers, is a person, with up to two lower-case words right
// after it that are name-like or person-name words and no ordinary words
// ("amy quorvane"). Edited text never writes a name so, and its
// lower-case given names are ordinary words ("frank talks", "carol
// singers", "the dean of").
func lowerCasePeople(d *doc) {
	if d.e.english == nil {
		return
	}
	if !d.informal() {
		return
	}
	var extra []span.Mention
	found := newMentionIndex(d.ms)
	for si, s := range d.sents {
		toks := sentenceTokens(d.src, s)
		for i := 0; i < len(toks); i++ {
			if !d.lowerNameWord(toks[i].text, false) || !d.lx.IsLearntGivenName(toks[i].text) || cliticOrAbbreviation(d.src, toks, i, s) {
				continue
			}
			j := d.lowerNameRun(toks, i, i+1)
			m := span.Mention{Type: span.Person, Start: toks[i].start, End: toks[j-1].end, Sentence: si}
			m.Text = d.src[m.Start:m.End]
			if found.overlaps(m) {
				continue
			}
			extra = append(extra, m)
			i = j - 1
		}
	}
	if len(extra) > 0 {
		d.ms = appendSorted(d.ms, extra)
	}
}

// informal reports a text that writes the pronoun "i" in lower case or
// opens a sentence with a word in lower case ("max and jen are late"):
// edited text (news) does neither, and its lower-case given names are
// ordinary words ("frank talks", "carol singers", "the dean of").
func (d *doc) informal() bool {
	for _, s := range d.sents {
		toks := sentenceTokens(d.src, s)
		for k, t := range toks {
			if d.lx.Has(lexicon.PronounIEn, t.text) {
				return true
			}
			if k == 0 && t.text != "" && strings.ContainsFunc(t.text, unicode.IsLetter) && !strings.ContainsFunc(t.text, func(r rune) bool { return !unicode.IsLower(r) }) {
				return true
			}
		}
	}
	return false
}

// cliticOrAbbreviation reports toks[i] before an apostrophe ("don ’ t"
// as informal text spaces it) or before a full stop that does not end
// the sentence s ("1943 ed. )").
func cliticOrAbbreviation(src string, toks []spaceWord, i int, s span.Span) bool {
	if i+1 < len(toks) && (toks[i+1].text == "'" || toks[i+1].text == "’") {
		return true
	}
	end := toks[i].end
	return end < s.End && src[end] == '.' && strings.TrimRight(src[end:s.End], " \n") != "."
}

// lowerNameRun returns the end of the run of lower-case name words from
// toks[j], at most three words from toks[i].
func (d *doc) lowerNameRun(toks []spaceWord, i, j int) int {
	for j < len(toks) && j-i < 3 && d.lowerNameWord(toks[j].text, true) {
		j++
	}
	return j
}

// lowerNameWord reports a word of lower-case letters only that is no
// stop word, name particle, known place or ordinary word, nor a clitic's
// stem before an apostrophe, and that the casing lexicon has capitalised
// nine times in ten mid-sentence (NameLike); after a name (rest), also a
// person-name word (IsPersonNameWord).
func (d *doc) lowerNameWord(w string, rest bool) bool {
	if w == "" || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) {
		return false
	}
	if d.lx.Has(lexicon.StopwordsEn, w) || d.lx.Has(lexicon.NameParticles, w) || d.lx.IsPlace(w) || d.e.english.Ordinary(w) {
		return false
	}
	return d.e.english.NameLike(w) || rest && d.lx.IsPersonNameWord(w)
}
