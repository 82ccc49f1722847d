package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// kindNamedPlaces: "Why is the city called Quillby ?", "there are lots of
// towns named Quillby": a name right after a kind of place
// (place_kind_nouns) and a naming word (work_naming_words) is a place, a
// GPE, whatever the taggers typed it, and so is every mention of the text
// written the same (one sense per discourse: "Quillby is a bit north of
// ..."). The taggers, trained on news where a one-word name is often a
// side or a firm, type such an unknown town an organisation. Such a name
// before a known place (a country, a region or a large city) is two
// places, the town and its state written without a comma ("Quillby
// California").
func kindNamedPlaces(d *doc) {
	named := map[string]span.EntityType{}
	for _, m := range d.ms {
		if m.Sentence < 0 || m.Sentence >= len(d.sents) {
			continue
		}
		if t, ok := d.kindNamed(m); ok {
			named[m.Text] = t
		}
	}
	if len(named) == 0 {
		return
	}
	out := make([]span.Mention, 0, len(d.ms))
	for _, m := range d.ms {
		if town, state, ok := d.townState(m, named); ok {
			out = append(out, town, state)
			continue
		}
		if t, ok := named[m.Text]; ok {
			m.Type = t
		}
		out = append(out, m)
	}
	d.ms = out
}

// kindNamed reports a name of one to three capitalised words right after
// a place's kind and a naming word in its sentence ("towns called
// Quillby"), and its type: a GPE, or a location after a kind that names
// no political unit (loc_heads: "a river called Tarn").
func (d *doc) kindNamed(m span.Mention) (span.EntityType, bool) {
	words := strings.Fields(m.Text)
	if len(words) == 0 || len(words) > 3 || !capitalised(words[0]) {
		return "", false
	}
	s := d.sents[m.Sentence]
	if m.Start < s.Start || m.Start > s.End {
		return "", false
	}
	from := max(s.Start, m.Start-64) // two words back: a bounded look
	before := strings.Fields(strings.ToLower(d.src[from:m.Start]))
	if from > s.Start && len(before) > 0 {
		before = before[1:] // a word cut by the window
	}
	if len(before) < 2 {
		return "", false
	}
	kind := before[len(before)-2]
	if !d.lx.Has(lexicon.WorkNamingWords, before[len(before)-1]) || !d.lx.Has(lexicon.PlaceKindNouns, kind) {
		return "", false
	}
	if d.lx.Has(lexicon.LocHeads, kind) {
		return span.Location, true
	}
	return span.GPE, true
}

// townState splits m into a place named by a kind (named) and the known
// place right after it ("Quillby California").
func (d *doc) townState(m span.Mention, named map[string]span.EntityType) (town, state span.Mention, ok bool) {
	if m.Start < 0 || m.End > len(d.src) || d.src[m.Start:m.End] != m.Text {
		return town, state, false
	}
	words := strings.Fields(m.Text)
	for k := 1; k <= 2 && k < len(words); k++ {
		head, tail := strings.Join(words[:len(words)-k], " "), strings.Join(words[len(words)-k:], " ")
		if named[head] != span.GPE || !d.lx.IsPlace(tail) || m.Text != head+" "+tail {
			continue
		}
		town, state = m, m
		town.End, town.Text, town.Type = m.Start+len(head), head, span.GPE
		state.Start, state.Text, state.Type = m.Start+len(head)+1, tail, span.GPE
		return town, state, true
	}
	return town, state, false
}
