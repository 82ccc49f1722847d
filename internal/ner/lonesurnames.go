package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// pairedPeople types as a person a one-word place or organisation that
// "and" or "or" (list_conjunctions) alone joins to a person ("between
// Quorvane and Ada Lind"): two names paired so are of one kind.
//
// The person must hold a given or learnt person-name word (a lone word
// typed a person beside a place is no evidence: "Tarnshire and Valby",
// two sides), be only capitalised words after no article, "of" or
// possessive determiner ("House of Quill and Tarnco") and end in no
// ordinary word ("Ada Hotel and Tower"); a pair's first name after a
// place's cue is refused ("in Ostwyn and Ada Lind").
//
// The word must be able to be a surname alone (cueableWord: no known
// place, outlet, agency or organisation's head; no ordinary word by the
// casing lexicon), after no article, possessive determiner, "of", place
// cue or possessive ("Quill's Mandolin and Ada": a thing), before no
// "of" and a capital ("Kings of Tarn"), no place or organisation learnt
// from labelled data or news, and no word that ends an organisation's
// name of the text.
func pairedPeople(d *doc) {
	if d.e == nil || d.e.english == nil {
		return
	}
	person := make([]bool, len(d.ms))
	for i, m := range d.ms {
		person[i] = m.Type == span.Person && holdsNameWord(d.lx, m.Text) && allCapitalised(strings.Fields(m.Text)) && !d.ordinaryWord(textutil.LastField(m.Text)) &&
			cueableStart(d, m.Start)
	}
	orgLast := orgLastWords(d.ms)
	for i := range d.ms {
		m := &d.ms[i]
		if m.Type != span.GPE && m.Type != span.Location && m.Type != span.Org || strings.Contains(m.Text, " ") || m.Sentence < 0 || m.Sentence >= len(d.sents) ||
			!cueableWord(d, m.Text) || d.ordinaryWord(m.Text) || !cueableStart(d, m.Start) || orgLast[m.Text] || placeCued(d.lx, d.src, *m) || learntPlaceOrOrg(d.lx, m.Text) ||
			possessedName(d.src, m.Start) || nameGoesOn(d.lx, d.src[m.End:d.sents[m.Sentence].End]) {
			continue
		}
		if i > 0 && person[i-1] && pairJoined(d, d.ms[i-1], *m) && !placeCued(d.lx, d.src, d.ms[i-1]) ||
			i+1 < len(d.ms) && person[i+1] && pairJoined(d, *m, d.ms[i+1]) {
			m.Type = span.Person
		}
	}
}

// possessedName reports a name right after a possessive ("Quill's
// Mandolin", "the Linds' Harbour"): a thing, no person.
func possessedName(src string, at int) bool {
	before := src[:at]
	return strings.HasSuffix(before, "'s ") || strings.HasSuffix(before, "’s ") || strings.HasSuffix(before, "s' ") || strings.HasSuffix(before, "s’ ")
}

// nameGoesOn reports the rest of a sentence after a name going on with
// "of" (partitive_prepositions_en) and a capitalised word: the name is
// part of a longer one ("Kings of Tarn").
func nameGoesOn(lx *lexicon.Lexicon, rest string) bool {
	fs := leadingFields(rest, 2)
	return len(fs) == 2 && lx.Has(lexicon.PartitivePrepositionsEn, fs[0]) && capitalised(fs[1])
}

// pairJoined reports two mentions of one sentence that only "and" or
// "or" parts ("Quill and Lind"; not "Quill, Lind" nor "Quill and then
// Lind").
func pairJoined(d *doc, a, b span.Mention) bool {
	if a.Sentence != b.Sentence || a.End > b.Start {
		return false
	}
	between := d.src[a.End:b.Start]
	w, ok := strings.CutPrefix(between, " ")
	if !ok {
		return false
	}
	w, ok = strings.CutSuffix(w, " ")
	return ok && d.lx.Has(lexicon.ListConjunctions, strings.ToLower(w))
}

// learntPlaceOrOrg reports a name learnt from labelled data or news as a
// place or an organisation (places_learned, places_learned_news,
// orgs_learned, orgs_learned_news).
func learntPlaceOrOrg(lx *lexicon.Lexicon, name string) bool {
	k := learntKey(name)
	return lx.Has(lexicon.PlacesLearned, k) || lx.Has(lexicon.PlacesLearnedNews, k) || lx.Has(lexicon.OrgsLearned, k) || lx.Has(lexicon.OrgsLearnedNews, k)
}
