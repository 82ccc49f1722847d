package nertag

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Lexicon classes of a token, from the embedded lexicon (English models
// only): the tagger learns how far to trust each list, instead of a rule
// deciding.
const (
	lexGiven     byte = 1 << iota // a given name
	lexPlace                      // a country, large city or region, alone or with a neighbour
	lexDemonym                    // "American"
	lexOrgWord                    // an organisation head, company head or suffix
	lexPersonCue                  // a title, honorific or person word
	lexOrgCue                     // a word that announces an organisation
	lexAgency                     // a news agency
)

// lexClasses returns the lexicon classes of toks[i].
func lexClasses(toks []Token, i int) byte {
	lx := lexicon.Default()
	w := toks[i].Text
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	var c byte
	if lx.Has(lexicon.GivenNamesMale, lw) || lx.Has(lexicon.GivenNamesFemale, lw) {
		c |= lexGiven
	}
	if lx.IsPlace(w) || i+1 < len(toks) && lx.IsPlace(w+" "+toks[i+1].Text) || i > 0 && lx.IsPlace(toks[i-1].Text+" "+w) {
		c |= lexPlace
	}
	if lx.IsDemonym(w) {
		c |= lexDemonym
	}
	if lx.Has(lexicon.OrgHeads, lw) || lx.Has(lexicon.CompanyHeads, lw) || lx.Has(lexicon.CompanySuffixes, lw) || lx.Has(lexicon.OrgNouns, lw) {
		c |= lexOrgWord
	}
	if lx.Has(lexicon.NerPersonWords, lw) || lx.Has(lexicon.PersonTitles, lw) || lx.Has(lexicon.Honorifics, lw) || lx.Has(lexicon.Honorifics, lw+".") {
		c |= lexPersonCue
	}
	if lx.Has(lexicon.OrgCues, lw) {
		c |= lexOrgCue
	}
	if lx.Has(lexicon.NerNewsAgencies, lw) {
		c |= lexAgency
	}
	return c
}
