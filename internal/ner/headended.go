package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// headEndedPeople: "Tarnmoor Bible Church", "Quillan Creamery", "Harrowby
// Petroleum": a person's name of two words or more ending in a company's
// head or a congregation's (company_heads, ner_person_org_heads; not
// org_heads, whose bodies the entities stage joins by other evidence),
// with no given or learnt person-name word in it, no person's word
// before or opening it and no initial, not written in capitals, whose
// last word the text does not name alone as a person, nor opening a
// sentence with an ordinary word, is an organisation ("Ada Church",
// "Mr Dairy" stay people).
func headEndedPeople(d *doc) {
	alone := lonePeople(d.ms)
	for i := range d.ms {
		m := &d.ms[i]
		if !titleCasePerson(*m) {
			continue
		}
		last := textutil.LastField(m.Text)
		if lw := strings.ToLower(last); !d.lx.Has(lexicon.CompanyHeads, lw) && !d.lx.Has(lexicon.NerPersonOrgHeads, lw) ||
			personEvidence(d, *m, alone) || ordinaryOpened(d, *m) {
			continue
		}
		m.Type = span.Org
	}
}

// headEndedPlaces retypes the people of two words or more that end in a
// place's head (ner_location_heads, ner_venue_heads: "Quillmere Hall",
// "Tarnby Tower") as places, a GPE for a political unit's head, and
// those ending in a band's, a shop's or an organisation's head
// (ner_group_heads, ner_shop_heads, org_heads: "Tarnby Quill Band",
// "Harbour Grill") as organisations, on the evidence
// head-ended-people reads: no given or learnt person-name word, no
// person's word before or in it, no initial, no possessive inside, no
// capitals throughout, no ordinary word opening it at a sentence's start
// and no last word the text names alone as a person ("Ada Hall" stays);
// a name holding a known place is left to the entities' votes
// ("Tarnby City" may be a side), and so is one with a lower-case word or
// a stop word first (plainTitleCase).
func headEndedPlaces(d *doc) {
	alone := lonePeople(d.ms)
	for i := range d.ms {
		m := &d.ms[i]
		if !titleCasePerson(*m) || personEvidence(d, *m, alone) || ordinaryOpened(d, *m) || holdsPlaceWord(d.lx, m.Text) || !plainTitleCase(d.lx, m.Text) {
			continue
		}
		switch last := strings.ToLower(textutil.LastField(m.Text)); {
		case d.lx.Has(lexicon.PlaceUnitHeads, last):
			m.Type = span.GPE
		case locationHead(d.lx, last) || d.lx.Has(lexicon.NerVenueHeads, last):
			m.Type = span.Location
		case d.lx.Has(lexicon.NerGroupHeads, last) || d.lx.Has(lexicon.NerShopHeads, last) || orgHeadWord(d.lx, last):
			m.Type = span.Org
		}
	}
}

// plainTitleCase reports a name of capitalised words only, the first no
// stop word ("Quillmere Hall"; not "But The Office", "MPs on the Office":
// spans that cross a sentence's opener or a phrase).
func plainTitleCase(lx *lexicon.Lexicon, name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || lx.Has(lexicon.StopwordsEn, strings.ToLower(words[0])) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// articleOpeners: "A Tarnby Police spokeswoman said": an indefinite
// article opening a sentence is no part of the organisation's or the
// place's name of two words or more after it (one word after "A" may be
// a surname after an initial: "A Quill").
func articleOpeners(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		w, rest, ok := strings.Cut(m.Text, " ")
		if !ok || m.Type == span.Person || !d.lx.Has(lexicon.IndefiniteArticlesEn, strings.ToLower(w)) || !hasUpper(rest) ||
			m.Sentence < 0 || m.Sentence >= len(d.sents) || !opensSentence(d.src, d.sents[m.Sentence], *m) || allCapsSentence(d.src, d.sents[m.Sentence]) {
			continue
		}
		trimmed := strings.TrimLeft(rest, " ")
		if w == "A" && !strings.Contains(trimmed, " ") {
			continue // "A Quill", an initial, whatever its type
		}
		m.Start += len(m.Text) - len(trimmed)
		m.Text = trimmed
	}
}

// lonePeople holds the one-word people of ms ("Quill"): a longer name
// ending in one is a person's full name.
func lonePeople(ms []span.Mention) map[string]bool {
	alone := map[string]bool{}
	for _, m := range ms {
		if m.Type == span.Person && !strings.Contains(m.Text, " ") {
			alone[m.Text] = true
		}
	}
	return alone
}

// titleCasePerson reports a person's name of two words or more not
// written in capitals throughout.
func titleCasePerson(m span.Mention) bool {
	return m.Type == span.Person && strings.Contains(m.Text, " ") && strings.ToUpper(m.Text) != m.Text
}

// personEvidence reports what keeps a person's full name m a person's
// for the passes that retype names by their last word: its last word
// named alone as a person (alone, lonePeople), a person's word before or
// opening it, a given or learnt person-name word, an initial, or a
// possessive inside ("Labour's Tarnby Board": two names).
func personEvidence(d *doc, m span.Mention, alone map[string]bool) bool {
	return alone[textutil.LastField(m.Text)] || personCue(d.lx, d.src, m) || holdsNameWord(d.lx, m.Text) || holdsInitial(m.Text) ||
		strings.Contains(m.Text, "'s ") || strings.Contains(m.Text, "’s ")
}

// ordinaryOpened reports a name whose first word is an ordinary word and
// opens its sentence ("Crucial Tarnby Harbour Dairy"): capitalised only
// for that, it may stand before the name, which opener-names cuts later.
func ordinaryOpened(d *doc, m span.Mention) bool {
	first, _, _ := strings.Cut(m.Text, " ")
	return d.e.english != nil && d.e.english.Ordinary(first) &&
		m.Sentence >= 0 && m.Sentence < len(d.sents) && opensSentence(d.src, d.sents[m.Sentence], m)
}
