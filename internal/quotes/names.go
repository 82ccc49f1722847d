package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// A speaker's name is cleaned by the name passes once it is resolved: a
// nameFunc returns the name without what is no part of it, or "" when
// nothing of a name is left (the speaker is then unknown).
type nameFunc func(x *extractor, name string) string

var (
	infoNameTitles = info("speaker-titles", `A speaker's name loses the titles, honorifics and ranks opening it, the suffixes, party and state tags closing it, and an apposition after a comma ("said Gov. Perry" speaks as Perry; "Thibodeau (R)", "Schiff, Democrat of California", "Trump Jr."); a name of titles only is unknown.`)
	infoNamePlace  = info("speaker-not-place", `A place is no speaker ("…," said Banda Aceh): the speaker is unknown.`)
)

var namePasses = []rules.Pass[nameFunc]{
	{Info: infoNameTitles, Run: cleanTitles},
	{Info: infoNamePlace, Run: cleanPlace},
}

// cleanName runs the name passes on a resolved speaker.
func (x *extractor) cleanName(name string) string {
	if name == Unknown || name == "" {
		return name
	}
	for _, p := range namePasses {
		if x.on(p.Info) {
			if name = p.Run(x, name); name == "" {
				return Unknown
			}
		}
	}
	return name
}

// titleWord reports a title, honorific, rank or suffix ("Gov.", "Mr",
// "Jr.").
func (x *extractor) titleWord(w string) bool {
	lw := strings.ToLower(w)
	return x.lx.Has(lexicon.SpeakerTitles, lw) || x.lx.Has(lexicon.SpeakerTitles, strings.TrimSuffix(lw, ".")) || x.lx.Has(lexicon.SpeakerTitles, lw+".")
}

// partyTag reports a party or party-state tag: "R", "(D)", "D-N.Y.",
// "R-Texas", "(D-Mass.)".
func partyTag(w string) bool {
	w = strings.Trim(w, "(),")
	if w == "" {
		return true
	}
	p, rest, dash := strings.Cut(w, "-")
	if len(p) != 1 || !strings.ContainsAny(p, "RDI") {
		return false
	}
	if !dash {
		return true
	}
	r := []rune(rest)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// cleanTitles strips titles, honorifics and ranks opening a name (up to
// the last of them among its first capitalised words), and suffixes,
// party and state tags and an apposition closing it.
func cleanTitles(x *extractor, name string) string {
	if i := strings.Index(name, ","); i > 0 {
		name = name[:i] // "Schiff, Democrat of California"
	}
	if i := strings.Index(name, "("); i > 0 {
		name = name[:i] // "Thibodeau (R)", "Markey (D-Mass.)"
	}
	ws := strings.Fields(name)
	for len(ws) > 0 && (x.titleWord(ws[len(ws)-1]) || partyTag(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	last := -1
	for i, w := range ws {
		if i > 3 || !isCap(w) && !x.titleWord(w) {
			break
		}
		if x.titleWord(w) {
			last = i
		}
	}
	ws = ws[last+1:]
	if len(ws) == 0 {
		return ""
	}
	return strings.Join(ws, " ")
}

// cleanPlace drops a speaker that is a place: in the gazetteer, or an
// entity of the article typed as a place.
func cleanPlace(x *extractor, name string) string {
	if x.lx.IsPlace(name) {
		return ""
	}
	if x.mentIx().places[name] {
		return ""
	}
	return name
}

// sepAt reports punctuation ending a noun phrase at toks[j]; a full stop
// after a title ("Gov. Perry", "Dist. Atty. Ada Quill") is none.
func (x *extractor) sepAt(toks []tok, j int) bool {
	if !isSep(toks[j]) || possApostrophe(toks, j) {
		return false
	}
	if toks[j].text != "." || j == 0 || !toks[j-1].word {
		return true
	}
	w := toks[j-1].text
	initial := utf8.RuneCountInString(w) == 1 && isCap(w) && j+1 < len(toks) && toks[j+1].word && isCap(toks[j+1].text)
	return !initial && !x.dottedTitle(w)
}

// possApostrophe reports a lone apostrophe closing a word ending in s
// before a lower-case word: a possessive, no separator ("Reyes' lawyer").
func possApostrophe(toks []tok, j int) bool {
	t := toks[j]
	return (t.text == "'" || t.text == "’") && j > 0 && j+1 < len(toks) && toks[j-1].word && toks[j-1].e == t.s &&
		strings.HasSuffix(toks[j-1].text, "s") && toks[j+1].word && toks[j+1].s > t.e && isLowerWord(toks[j+1].text)
}

// dottedTitle reports a title written with a full stop after it ("Gov",
// "Atty", "Jr" before ".").
func (x *extractor) dottedTitle(w string) bool {
	return x.on(infoNameTitles) && x.lx.Has(lexicon.SpeakerTitles, strings.ToLower(w)+".")
}

// capAfterArticle reports a capitalised word at toks[k] or after the
// articles starting there ("Secretary of the Interior"): the preposition
// before it is inside a name.
func (x *extractor) capAfterArticle(toks []tok, k int) bool {
	for k < len(toks) && toks[k].word && x.lx.Has(lexicon.ArticlesEnSv, lower(toks[k].text)) {
		k++
	}
	return k < len(toks) && toks[k].word && isCap(toks[k].text)
}

// titleOnly reports a candidate that is only titles ("Gov", "Secretary",
// a mention of "Dist."): no speaker.
func (x *extractor) titleOnly(c cand) bool {
	return c.typ != typPron && x.on(infoNameTitles) && cleanTitles(x, c.name) == ""
}

// tagSegment reports a segment that is only a party or party-state tag
// ("Cornyn, R-Texas, said", "Thibodeau (R) said").
func (x *extractor) tagSegment(seg []tok) bool {
	words := 0
	for _, t := range seg {
		if !t.word {
			continue
		}
		if words == 0 && !partyTag(t.text) || !isCap(t.text) {
			return false
		}
		words++
	}
	return words > 0 && words <= 3 && x.on(infoNameTitles)
}

// titleEnds reports a sentence [s,e) ending in a title or suffix with its
// full stop ("... Trump Jr."): a sentence splitter cut there, inside a
// name.
func (x *extractor) titleEnds(s, e int) bool {
	toks := tokenize(x.src, s, e)
	n := len(toks)
	return n >= 2 && toks[n-1].text == "." && toks[n-2].word && isCap(toks[n-2].text) && x.dottedTitle(toks[n-2].text)
}
