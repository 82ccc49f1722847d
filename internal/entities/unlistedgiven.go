package entities

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// unlistedGivenNames reports one word (head) cut off a person's run
// before the full name tail that reads as a given name no list holds: it
// is a name the news capitalises (news_capitalised_words) and no place,
// demonym, title, role, honorific, organisation's head or acronym, while
// tail ends in no organisation's head ("Quill Lind Corp") and opens with
// no given name, initial nor name particle ("van Quill" is a surname
// alone), so the full name is a double surname ("Odila Quill Lind"
// beside "Mrs Quill Lind"). A role before a full name ("Referee Ada
// Quill") opens with a given name, or the role word is no name the news
// capitalises.
func (r *resolver) unlistedGivenNames(head, tail []string) bool {
	return len(head) == 1 && r.notGivenTail(head, tail, true)
}

// notGivenTail holds unlistedGivenNames' tests of head and tail, but the
// number of words in head; news asks each word of head to be one the
// news capitalises.
func (r *resolver) notGivenTail(head, tail []string, news bool) bool {
	next := tail[0]
	if r.orgHead(tail[len(tail)-1]) || isInitial(next) || r.lx.IsLearntGivenName(next) ||
		r.lx.Has(lexicon.NameParticles, strings.ToLower(next)) || r.titleWords(head) > 0 {
		return false
	}
	for _, w := range head {
		lw := strings.ToLower(w)
		if isAcronym(w) || news && !r.lx.Has(lexicon.NewsCapitalisedWords, lw) || r.lx.IsPlace(w) || r.lx.IsDemonym(w) ||
			r.lx.Has(lexicon.Honorifics, lw) || r.lx.Has(lexicon.RoleNouns, lw) || r.lx.Has(lexicon.RoleModifiers, lw) ||
			r.lx.Has(lexicon.SpeakerTitles, lw) || r.orgHead(w) {
			return false
		}
	}
	return true
}

// storyLonger narrows the longer names ls that end in the person's name p
// ("Ida Quill Lind", "Ada Quill Lind" for "Quill Lind") to those written
// in every article that writes p: a story names the person in full before
// it shortens the name. One name or none is returned as it is.
func (r *resolver) storyLonger(p *form, ls []*form) []*form {
	if len(ls) < 2 {
		return ls
	}
	arts := map[string]bool{}
	for _, i := range p.mentions {
		arts[r.ms[i].Article] = true
	}
	var out []*form
	for _, l := range ls {
		if articlesWithin(arts, r.ms, l) {
			out = append(out, l)
		}
	}
	return out
}

// midSentenceGivenNames reports the one or two words (head) cut off a
// person's run c before the full name tail as given names no list holds,
// part of one longer name, on unlistedGivenNames' evidence but for the
// news capitalising them ("winners included Corvina Talmo Quirante"
// beside "Talmo Quirante"): the run
// stands inside its sentence, where an ordinary word would be written in
// lower case, and each word cut off is of letters, lower case after its
// first, and written alone nowhere in the corpus. The whole name is one
// of four words at most, as a person's full name is (findPersons), which
// the tail then joins (middle-names).
func (r *resolver) midSentenceGivenNames(c *nameCut, head, tail []string) bool {
	if c.m.Type != span.Person || len(head) > 2 || len(head)+len(tail) > 4 || c.start == 0 && strings.TrimLeft(c.m.Before, " \"'“‘([") == "" || r.writtenAlone(head) {
		return false
	}
	for _, w := range head {
		for i, ch := range w {
			if i == 0 && !unicode.IsUpper(ch) || i > 0 && !unicode.IsLower(ch) {
				return false
			}
		}
		if r.writtenAlone([]string{w}) {
			return false
		}
	}
	return r.notGivenTail(head, tail, false)
}
