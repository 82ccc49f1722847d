package ner

import (
	"strings"

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
