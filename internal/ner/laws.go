package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// lawNames finds the names of laws and bills: a run of capitalised words,
// joined by at most two lower-case link words at a time ("of",
// "against": ner_law_links), that ends in a law's head ("Act", "Bill":
// ner_law_heads) right after a capitalised word ("Freedom of Information
// Act", "Justice Against Sponsors of Terrorism Act"). Each becomes one
// MISC mention (a law is no person, place or organisation) and the
// taggers' pieces inside it are dropped. A leading "The", or a sentence's
// first word that the casing lexicon knows as ordinary before a link
// ("Critics of the ..."), is no part of the name; a head after a title
// or before a surname particle names a person ("Senator Bill", "Bill de
// Quill"); sentences in capitals are left alone. In a text naming a law,
// a head alone ("the Act") is MISC too.
func lawNames(d *doc) {
	var extra []span.Mention
	for si, s := range d.sents {
		if allCapsSentence(d.src, s) {
			continue
		}
		toks := sentenceTokens(d.src, s)
		for i := 0; i < len(toks); {
			if !capitalised(toks[i].text) {
				i++
				continue
			}
			j := lawRunEnd(d.lx, toks, i)
			// The name may end before link words and more capitalised
			// words ("... Act on Wednesday").
			for h := j; h > i; h-- {
				if h < j && !d.lx.Has(lexicon.NerLawLinks, toks[h+1].text) {
					continue
				}
				if m, ok := d.lawName(toks, i, h, s); ok {
					m.Sentence = si
					extra = append(extra, m)
					break
				}
			}
			i = j + 1
		}
	}
	d.ms = mergeNames(d.ms, extra)
	if len(extra) == 0 {
		return
	}
	for i := range d.ms {
		if m := &d.ms[i]; !strings.Contains(m.Text, " ") && capitalised(m.Text) && d.lx.Has(lexicon.NerLawHeads, strings.ToLower(m.Text)) {
			m.Type = span.Misc // "the Act" in a text naming a law
		}
	}
}

// lawRunEnd is the index of the last capitalised word of the run of
// capitalised words and link words starting at toks[i]; a possessive
// ("Quill's") ends the run.
func lawRunEnd(lx *lexicon.Lexicon, toks []spaceWord, i int) int {
	j := i
	for k := i + 1; k < len(toks); {
		if possessive(toks[k-1].text) {
			break
		}
		if capitalised(toks[k].text) {
			j, k = k, k+1
			continue
		}
		l := k
		for l < len(toks) && l-k < 2 && lx.Has(lexicon.NerLawLinks, toks[l].text) {
			if l > k && toks[l].text == "the" && !lx.Has(lexicon.NerLawLinksBeforeThe, toks[k].text) {
				break // "Thursday to the ...", "Bush in the ..."
			}
			l++
		}
		if l == k || l >= len(toks) || !capitalised(toks[l].text) {
			break
		}
		j, k = l, l+1
	}
	return j
}

// capitalArticle reports an English article written with a capital
// ("The", "A", "An"): definite_articles_en or indefinite_articles_en.
func capitalArticle(lx *lexicon.Lexicon, w string) bool {
	if !capitalised(w) {
		return false
	}
	lw := strings.ToLower(w[:1]) + w[1:]
	return lx.Has(lexicon.DefiniteArticlesEn, lw) || lx.Has(lexicon.IndefiniteArticlesEn, lw)
}

// possessive reports a word ending in "'s".
func possessive(w string) bool { _, ok := cutPossessive(w); return ok }

// lawName is the law named by toks[i..j], a run of lawRunEnd, if it is
// one.
func (d *doc) lawName(toks []spaceWord, i, j int, s span.Span) (span.Mention, bool) {
	head := strings.TrimSuffix(strings.TrimSuffix(toks[j].text, "'s"), "’s")
	if j-i < 1 || !d.lx.Has(lexicon.NerLawHeads, strings.ToLower(head)) || !capitalised(toks[j-1].text) {
		return span.Mention{}, false
	}
	before := strings.ToLower(strings.TrimSuffix(toks[j-1].text, "."))
	if d.lx.Has(lexicon.NerPersonWords, before) || d.lx.Has(lexicon.NerOfficeTitles, before) || d.lx.Has(lexicon.NerRoyalTitles, before) {
		return span.Mention{}, false // "Senator Bill"
	}
	if j+1 < len(toks) && d.lx.Has(lexicon.NameParticles, toks[j+1].text) {
		return span.Mention{}, false // "Bill de Quill"
	}
	if i = d.lawStart(toks, i, j, s); j-i < 1 {
		return span.Mention{}, false
	}
	start, end := toks[i].start, toks[j].start+len(head)
	return span.Mention{Text: d.src[start:end], Type: span.Misc, Start: start, End: end}, true
}

// lawStart skips the words of toks[i..j] before a law's name: a leading
// article, or a sentence's first word that the casing lexicon knows as
// ordinary before a link ("Critics of the ..."), with the link words
// after them.
func (d *doc) lawStart(toks []spaceWord, i, j int, s span.Span) int {
	for i < j-1 {
		w := toks[i].text
		article := capitalArticle(d.lx, w)
		opener := toks[i].start == s.Start && d.lx.Has(lexicon.NerLawLinks, toks[i+1].text) && d.e.english != nil && d.e.english.Ordinary(w)
		if !article && !opener {
			return i
		}
		for i++; i < j && !capitalised(toks[i].text); i++ {
		}
	}
	return i
}
