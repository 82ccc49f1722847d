package entities

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// mergeEponymPlaces joins a person's full name (opening with a given
// name, listed or learnt, and no place's name) that most of its
// mentions, two or more, write after a place's cue (eponym_place_cues:
// "checked into Ada Quill", "a stay at Ada Quill") to the body named
// after the person that the corpus writes in full ("Ada Quill Clinic";
// see namedAfter; the most written one of several),
// unless a mention has an honorific before it or a speech verb after it,
// or a quarter of them a role (a headline's list may read as one); the
// cluster takes the body's type (voteEponym).
func mergeEponymPlaces(r *resolver) {
	idx := r.namedAfter()
	if len(idx) == 0 {
		return
	}
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) < 2 || len(f.tokens) > 3 || r.typeOf(f) != span.Person || !r.learntGivenNameOnly(f.tokens[0]) ||
			r.lx.IsPlace(strings.Join(f.tokens, " ")) || r.speaks(r.ms, f) {
			continue
		}
		var best *form
		for _, g := range idx[f.key] {
			if best == nil || len(g.mentions) > len(best.mentions) {
				best = g
			}
		}
		if best == nil {
			continue
		}
		cued, roled := 0, 0
		for _, i := range f.mentions {
			m := r.ms[i]
			if r.honorificBefore(m) {
				cued = 0
				break
			}
			if len(r.rolesOf(m, r.off)) > 0 {
				roled++
			}
			if r.endsInPhrase(lexicon.EponymPlaceCues, strings.ToLower(strings.TrimSpace(m.Before))) {
				cued++
			}
		}
		if cued >= 2 && cued*2 > len(f.mentions) && roled*4 <= len(f.mentions) {
			if r.eponyms == nil {
				r.eponyms = map[string]bool{}
			}
			r.eponyms[best.key] = true
			r.union(f.key, best.key)
		}
	}
}

// namedAfter indexes the forms of three to five words typed no person
// that end in a landmark's head (ner_landmark_heads: "Clinic", "Center";
// not an organisation's alone: "the Ada Quill Foundation gave grants"
// beside "tributes to Ada Quill" is two) by their first two or three
// words: the places that may be named after a person ("Ada Quill Clinic"
// under "ada quill").
func (r *resolver) namedAfter() map[string][]*form {
	idx := map[string][]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		n := len(g.tokens)
		if n < 3 || n > 5 || !isCapitalWord(g.tokens[n-1]) ||
			!r.lx.Has(lexicon.NerLandmarkHeads, strings.ToLower(g.tokens[n-1])) || r.typeOf(g) == span.Person {
			continue
		}
		for p := 2; p <= 3 && p < n; p++ {
			idx[key(g.tokens[:p])] = append(idx[key(g.tokens[:p])], g)
		}
	}
	return idx
}

// voteEponym types a cluster that eponym-place joined a person's name to
// as the body it joined it to ("Ada Quill" to "Ada Quill Clinic"): the
// person-name form and its cues no longer make it a person's.
func voteEponym(c *cluster, t string) (string, bool) {
	if len(c.eponyms) == 0 {
		return t, false
	}
	for _, f := range c.fs {
		if c.eponyms[f.key] {
			return c.typeOf(f), true
		}
	}
	return t, false
}
