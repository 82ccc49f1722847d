package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// landmarkPeople: "Tarn Heights", "Quillan County", "Lindale Mall": a
// person's name whose last word only ends places' names, or whose first
// word only opens them ("Mount Calder"), is a place, whatever the models
// or the passes before typed it; an honorific before it or opening it
// keeps a person ("Mr Valley"), and so does a given name opening it when
// the text names its last word alone ("Ada Valley ... Valley said"). A
// political unit's is a GPE ("Quillan County"), the rest a LOC.
func landmarkPeople(d *doc) {
	alone := map[string]bool{}
	for _, m := range d.ms {
		if !strings.Contains(m.Text, " ") {
			alone[m.Text] = true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		first, _, _ := strings.Cut(m.Text, " ")
		if m.Type != span.Person || !landmarkName(d.lx, m.Text) || honorific(d.lx, first) || honorific(d.lx, wordBefore(d.src, m.Start)) ||
			d.lx.IsLearntGivenName(first) && alone[textutil.LastField(m.Text)] {
			continue
		}
		m.Type = span.Location
		if d.lx.Has(lexicon.PlaceUnitHeads, strings.ToLower(textutil.LastField(m.Text))) {
			m.Type = span.GPE
		}
	}
}

// honorific reports an honorific, with or without its full stop ("Mr.").
func honorific(lx *lexicon.Lexicon, w string) bool {
	return lx.Has(lexicon.Honorifics, strings.ToLower(strings.TrimSuffix(w, ".")))
}
