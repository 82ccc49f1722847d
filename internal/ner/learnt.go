package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// learntKey is the lexicon form of a mention's text for the learnt whole
// names: lower case, one space between words, no space around a hyphen.
func learntKey(text string) string {
	return strings.ToLower(textutil.OneSpace(text))
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
			t.lx.Has(lexicon.PlacesLearnedNews, k) && !slices.ContainsFunc(strings.Fields(m.Text), t.lx.IsGivenName) && !t.personCuedElsewhere(m.Text) {
			m.Type = span.GPE
		}
	}
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
		if news && m.Type == span.Person && t.personCuedElsewhere(m.Text) {
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

// personCuedElsewhere reports a name the text writes somewhere, as a
// whole word, right after a person's word or a given name ("Mr Quill",
// "Ada Quill"; not "Ada Quillane" for "Quill"). The document's index of
// such words is built on the first call (see personCues).
func (t *sentenceDoc) personCuedElsewhere(name string) bool {
	if t.cues == nil {
		t.cues = &personCues{}
	}
	if t.cues.at == nil {
		t.cues.at = cuedWords(t.lx, t.src)
	}
	for _, p := range t.cues.at[name[:wordEnd(name, 0)]] {
		if strings.HasPrefix(t.src[p:], name) && !wordByteAfter(t.src, p+len(name)) {
			return true
		}
	}
	return false
}

// personCues is a document's index of the words written right after a
// person's word or a given name, shared by its sentences and filled on
// first use: at maps each such word (a run of letters, digits and
// hyphens) to the byte offsets it starts at.
type personCues struct{ at map[string][]int }

// cuedWords returns the offsets of the words of src that come right
// after a person's word or a given name (wordBefore), by word.
func cuedWords(lx *lexicon.Lexicon, src string) map[string][]int {
	at := map[string][]int{}
	for p := 0; p < len(src); {
		if !wordByteAfter(src, p) {
			_, n := utf8.DecodeRuneInString(src[p:])
			p += n
			continue
		}
		q := wordEnd(src, p)
		if w := wordBefore(src, p); lx.Has(lexicon.NerPersonWords, w) || lx.IsGivenName(w) {
			at[src[p:q]] = append(at[src[p:q]], p)
		}
		p = q
	}
	return at
}

// wordEnd returns the end of the run of letters, digits and hyphens
// that starts at byte offset p of s (p itself when none does).
func wordEnd(s string, p int) int {
	for p < len(s) && wordByteAfter(s, p) {
		_, n := utf8.DecodeRuneInString(s[p:])
		p += n
	}
	return p
}
