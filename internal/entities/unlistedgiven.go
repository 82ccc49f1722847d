package entities

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
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
	next := tail[0]
	if len(head) != 1 || r.orgHead(tail[len(tail)-1]) || isInitial(next) || r.lx.IsLearntGivenName(next) ||
		r.lx.Has(lexicon.NameParticles, strings.ToLower(next)) || r.titleWords(head) > 0 {
		return false
	}
	for _, w := range head {
		lw := strings.ToLower(w)
		if isAcronym(w) || !r.lx.Has(lexicon.NewsCapitalisedWords, lw) || r.lx.IsPlace(w) || r.lx.IsDemonym(w) ||
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
