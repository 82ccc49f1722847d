package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// learntKey is the lexicon form of a mention's text for the learnt whole
// names: lower case, one space between words, no space around a hyphen.
func learntKey(text string) string {
	return strings.ToLower(strings.Join(strings.Fields(text), " "))
}

// learntPlaces makes a person whose whole name is a place name learnt
// from labelled data (places_learned) a place, unless a given name or a
// learnt person-name word is in it or a person word comes before it; or
// one learnt from news datelines (places_learned_news), unless a given
// name is in it, a person word comes before it or the text writes it
// after a person's cue anywhere.
func learntPlaces(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		if m.Type != span.Person || personCue(t.lx, t.src, *m) {
			continue
		}
		k := learntKey(m.Text)
		if t.lx.Has(lexicon.PlacesLearned, k) && !holdsNameWord(t.lx, m.Text) ||
			t.lx.Has(lexicon.PlacesLearnedNews, k) && !holdsGivenName(t.lx, m.Text) && !personCuedElsewhere(t.lx, t.src, m.Text) {
			m.Type = span.GPE
		}
	}
}

// holdsGivenName reports a name with a word the lexicon lists as a given
// name.
func holdsGivenName(lx *lexicon.Lexicon, name string) bool {
	for _, w := range strings.Fields(name) {
		if givenName(lx, w) {
			return true
		}
	}
	return false
}

// learntOrgs makes a person or a place whose whole name is an
// organisation name learnt from labelled data (orgs_learned) or from
// news (orgs_learned_news; a person only when the text never writes the
// name after a person's cue) an organisation, unless a given name or a learnt person-name word is in
// it, a person word comes before it (its own first word may be one:
// "General Tarnworks"), or it is a known place or after a place cue.
func learntOrgs(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		switch m.Type {
		case span.Person, span.GPE, span.Location:
		default:
			continue
		}
		k := learntKey(m.Text)
		news := t.lx.Has(lexicon.OrgsLearnedNews, k)
		if !t.lx.Has(lexicon.OrgsLearned, k) && !news || holdsNameWord(t.lx, m.Text) || t.lx.Has(lexicon.NerPersonWords, wordBefore(t.src, m.Start)) {
			continue
		}
		if news && m.Type == span.Person && personCuedElsewhere(t.lx, t.src, m.Text) {
			continue
		}
		if m.Type != span.Person && (t.lx.IsPlace(m.Text) || placeCued(t.lx, t.src, *m)) {
			continue
		}
		m.Type = span.Org
	}
}

// learntOrgLed makes a person whose first word is an organisation learnt
// from labelled data or news (orgs_learned, orgs_learned_news) an
// organisation (a firm's product or
// division: "Quorvex Phone"), unless a given name or a learnt person-name
// word is in it or a person word comes before it.
func learntOrgLed(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		first, rest, ok := strings.Cut(m.Text, " ")
		if m.Type != span.Person || !ok || rest == "" || !t.lx.Has(lexicon.OrgsLearned, strings.ToLower(first)) && !t.lx.Has(lexicon.OrgsLearnedNews, strings.ToLower(first)) ||
			holdsNameWord(t.lx, m.Text) || t.lx.Has(lexicon.NerPersonWords, wordBefore(t.src, m.Start)) {
			continue
		}
		m.Type = span.Org
	}
}

// personCuedElsewhere reports a name the text writes somewhere right
// after a person's word or a given name ("Mr Quill", "Ada Quill").
func personCuedElsewhere(lx *lexicon.Lexicon, src, name string) bool {
	for from := 0; from < len(src); {
		i := strings.Index(src[from:], name)
		if i < 0 {
			return false
		}
		at := from + i
		w := wordBefore(src, at)
		if lx.Has(lexicon.NerPersonWords, w) || lx.Has(lexicon.GivenNamesMale, w) || lx.Has(lexicon.GivenNamesFemale, w) {
			return true
		}
		from = at + len(name)
	}
	return false
}
