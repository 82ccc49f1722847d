package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsGivenName reports a word of given_names_male or given_names_female,
// in any case ("Ada", "ADA"). Compare GivenName: a place's name that is
// also a given name ("Chad").
func (l *Lexicon) IsGivenName(w string) bool {
	lw := strings.ToLower(w)
	return l.Has(GivenNamesMale, lw) || l.Has(GivenNamesFemale, lw)
}

// IsPersonNameWord reports a given name (IsGivenName) or a person-name
// word learnt from labelled data and news (person_names_learned), in any
// case.
func (l *Lexicon) IsPersonNameWord(w string) bool {
	return l.IsGivenName(w) || l.Has(PersonNamesLearned, strings.ToLower(w))
}

// IsLearntGivenName reports a given name of given_names_male or
// given_names_female or one learnt from labelled data (given_names_learned),
// in any case. The learnt names carry no sex: pronoun gender reads the
// listed names only.
func (l *Lexicon) IsLearntGivenName(w string) bool {
	return l.IsGivenName(w) || l.Has(GivenNamesLearned, strings.ToLower(w))
}

// ParticleHyphenName reports a surname written as a lower-case particle
// of name_particles joined by one hyphen to a capitalised name ("al-Sadr",
// "el-Baz", "bin-Zayed"; not "al-" alone nor "de-escalate"). Derived words
// pass too ("de-Stalinization"): callers read it only beside a person's
// name or as the end of one.
func (l *Lexicon) ParticleHyphenName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && l.Has(NameParticles, p) && unicode.IsUpper(r) && !strings.Contains(rest, "-")
}

// PartyTag reports the two parts of a politician's party tag cut at its
// hyphen ("D-Tarn", "R-Valmora"): a party's letter (party_tag_letters,
// any case) and a capitalised state, short (five letters or fewer, an
// abbreviation) or a known place (IsPlace).
func (l *Lexicon) PartyTag(party, state string) bool {
	r, _ := utf8.DecodeRuneInString(state)
	return l.Has(PartyTagLetters, strings.ToLower(party)) && unicode.IsUpper(r) &&
		(utf8.RuneCountInString(state) <= 5 || l.IsPlace(state))
}
