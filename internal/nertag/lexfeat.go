package nertag

import (
	"strings"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Lexicon classes of a token, from the embedded lexicon (English models
// only): the tagger learns how far to trust each list, instead of a rule
// deciding.
const (
	lexGiven     byte = 1 << iota // a given name
	lexPlace                      // a country, large city or region, alone or in a two-word name
	lexDemonym                    // "American"
	lexOrgWord                    // an organisation head, company head or suffix, organisation noun
	lexPersonCue                  // a title, honorific or person word
	lexOrgCue                     // a word that announces an organisation
	lexAgency                     // a news agency
	lexNameWord                   // a person-name word learnt from labelled data and news (person_names_learned)
)

// lexPlaceFirst and lexPlaceSecond mark the words of two-word place names
// in the table only ("new", "york"); a token has lexPlace when it and a
// neighbour form such a pair.
const (
	lexPlaceFirst  uint16 = 1 << 8
	lexPlaceSecond uint16 = 1 << 9
)

var (
	lexOnce  sync.Once
	lexWords map[string]uint16
)

// lexTable maps lower-case words to their lexicon classes, built once
// from the embedded lexicon.
func lexTable() map[string]uint16 {
	lexOnce.Do(func() {
		lx := lexicon.Default()
		lexWords = map[string]uint16{}
		mark := func(c uint16, names ...lexicon.Name) {
			for _, n := range names {
				for _, w := range lx.Words(n) {
					if c == uint16(lexPlace) {
						if first, second, ok := strings.Cut(w, " "); ok {
							if !strings.Contains(second, " ") {
								lexWords[first] |= lexPlaceFirst
								lexWords[second] |= lexPlaceSecond
							}
							continue
						}
					}
					lexWords[w] |= c
				}
			}
		}
		mark(uint16(lexGiven), lexicon.GivenNamesMale, lexicon.GivenNamesFemale)
		mark(uint16(lexPlace), lexicon.Countries, lexicon.Cities, lexicon.Regions)
		mark(uint16(lexDemonym), lexicon.Demonyms)
		mark(uint16(lexOrgWord), lexicon.OrgHeads, lexicon.CompanyHeads, lexicon.CompanySuffixes, lexicon.OrgNouns)
		mark(uint16(lexPersonCue), lexicon.NerPersonWords, lexicon.PersonTitles, lexicon.Honorifics)
		mark(uint16(lexOrgCue), lexicon.OrgCues)
		mark(uint16(lexAgency), lexicon.NerNewsAgencies)
		mark(uint16(lexNameWord), lexicon.PersonNamesLearned)
	})
	return lexWords
}

// lexKey is the form of a word looked up in the table: lower case,
// without a possessive ending or a final full stop.
func lexKey(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.ToLower(strings.TrimSuffix(w, "."))
}

// lexClasses returns the lexicon classes of every token of toks; names
// false leaves out lexNameWord (models trained before that class).
func lexClasses(toks []Token, names bool) []byte {
	table := lexTable()
	raw := make([]uint16, len(toks))
	for i, t := range toks {
		raw[i] = table[lexKey(t.Text)]
	}
	out := make([]byte, len(toks))
	for i, c := range raw {
		b := byte(c)
		if c&lexPlaceFirst != 0 && i+1 < len(raw) && raw[i+1]&lexPlaceSecond != 0 ||
			c&lexPlaceSecond != 0 && i > 0 && raw[i-1]&lexPlaceFirst != 0 {
			b |= lexPlace
		}
		if !names {
			b &^= lexNameWord
		}
		out[i] = b
	}
	return out
}
