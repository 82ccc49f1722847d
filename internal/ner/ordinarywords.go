package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// ordinaryOneWords: prose and the taggers take a capitalised common word
// for a place or a person, most of all in reviews, posts and titles
// ("the Epic", "in Word format", "Bars", "Anybody"). A one-word place or
// person written mid-sentence that the casing lexicon knows as an
// ordinary word (capitalised under half of the times news writes it
// mid-sentence), neither a known place, a given name nor an acronym, in
// no capitals line, is no name: each such mention is dropped, unless the
// text names it inside a longer name ("Ada Player" makes "Player" the
// person), after a person's word ("Mr Law"), as an organisation, in
// capitals, or capitalised mid-sentence twice or more ("for Respect ...
// Respect said": a party's name, as prose-alone-words keeps it). Organisations stay: sides
// and bodies are named by ordinary words ("Nice", "Brewers", "Unite").
func ordinaryOneWords(d *doc) {
	if d.e.english == nil || len(d.ms) == 0 {
		return
	}
	inLonger := map[string]bool{}
	for _, m := range d.ms {
		if ws := strings.Fields(m.Text); len(ws) > 1 {
			for _, w := range ws {
				inLonger[w] = true
			}
		}
	}
	// spared: the words the text names after a person's word, as an
	// organisation, or in capitals ("NICE" beside "Nice": a side).
	spared := map[string]bool{}
	for _, m := range d.ms {
		if personCue(d.lx, d.src, m) || m.Type == span.Org || strings.ToUpper(m.Text) == m.Text {
			spared[strings.ToLower(m.Text)] = true
		}
	}
	out := d.ms[:0]
	for _, m := range d.ms {
		if !d.ordinaryOneWord(m) || inLonger[m.Text] || spared[strings.ToLower(m.Text)] || d.capCount[m.Text] > 1 {
			out = append(out, m)
		}
	}
	d.ms = out
}

// ordinaryOneWord reports a one-word place or person, written
// mid-sentence (opening neither a sentence nor a quote) outside a
// capitals line, that the casing lexicon knows as
// an ordinary word and that is neither a known place, a given name nor
// an acronym.
func (d *doc) ordinaryOneWord(m span.Mention) bool {
	if m.Type != span.GPE && m.Type != span.Location && m.Type != span.Person || strings.ContainsAny(m.Text, " -'’.") {
		return false
	}
	if m.Sentence < 0 || m.Sentence >= len(d.sents) {
		return false
	}
	s := d.sents[m.Sentence]
	if isAcronymWord(m.Text) || strings.ToUpper(m.Text) == m.Text || allCapsSentence(d.src, s) || sentenceInitialWord(d.src, s, m) || quoteInitial(d.src, m.Start) {
		return false
	}
	return d.e.english.Ordinary(m.Text) && !d.lx.IsPlace(m.Text) && !givenName(d.lx, m.Text)
}
