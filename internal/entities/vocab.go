package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Options tune ResolveWith (and the role checks).
type Options struct {
	// Lexicon holds the word lists the passes read (honorifics, titles,
	// organisation heads, role nouns, places, ...); nil means
	// lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Off switches passes off by ID ("entities/surname"), for the
	// evaluation harnesses; see Rules.
	Off rules.Off
	// Texts are the articles' texts, for the passes that look for names
	// again in them (corpus-names); nil: none is looked for.
	Texts []Text
}

// vocab reads the stage's word lists from a lexicon.
type vocab struct{ lx *lexicon.Lexicon }

// newVocab reads lx, or the embedded lexicon when lx is nil.
func newVocab(lx *lexicon.Lexicon) vocab {
	if lx == nil {
		lx = lexicon.Default()
	}
	return vocab{lx}
}

// key identifies a form: lower case, accents and apostrophes folded
// ("Inés" is the house style of one outlet, "Ines" of another: one name,
// no variant), and the full stop ending an abbreviated word dropped
// ("St. Peter" and "St Peter", "Jr." and "Jr"; not in initials, "U.S.").
func key(tokens []string) string {
	s := strings.Join(tokens, " ")
	if strings.Contains(s, ".") {
		ws := make([]string, len(tokens))
		for i, t := range tokens {
			ws[i] = t
			if w, ok := strings.CutSuffix(t, "."); ok && w != "" && !strings.Contains(w, ".") {
				ws[i] = w
			}
		}
		s = strings.Join(ws, " ")
	}
	return textutil.FoldAccents(strings.ToLower(s))
}

// titleWords returns how many leading fields form a title (1 or 2), 0 if
// none.
func (v vocab) titleWords(fields []string) int {
	if len(fields) >= 1 && (v.lx.Has(lexicon.PersonTitles, strings.ToLower(fields[0])) || v.lx.Has(lexicon.InstitutionTitles, strings.ToLower(fields[0]))) {
		return 1
	}
	if len(fields) >= 2 && v.lx.Has(lexicon.TitleHeads, strings.ToLower(fields[1])) && isCapitalWord(fields[0]) {
		return 2
	}
	return 0
}

func isCapitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// orgHead reports a final word that makes a name an organisation, with
// or without full stops ("Inc.", "S.A."): an organisation's head or a
// company's.
func (v vocab) orgHead(w string) bool {
	return v.orgHeadWord(strings.ToLower(strings.ReplaceAll(w, ".", "")))
}

// orgHeadWord reports a lower-case word of org_heads or company_heads.
func (v vocab) orgHeadWord(lw string) bool {
	return v.lx.Has(lexicon.OrgHeads, lw) || v.lx.Has(lexicon.CompanyHeads, lw)
}

// orgNamed reports a name of two words or more ending in an
// organisation's head word ("Harbour Board"), or in one that a surname
// may be too (ner_person_org_heads) with no given or learnt person-name
// word in it ("Tarnby Bible Church", not "Ada Church"), unless the whole
// name is a place ("West Bank").
func (v vocab) orgNamed(f *form) bool {
	n := len(f.tokens)
	if n < 2 || v.lx.IsPlace(strings.Join(f.tokens, " ")) {
		return false
	}
	last := f.tokens[n-1]
	return v.orgHead(last) || v.lx.Has(lexicon.NerPersonOrgHeads, strings.ToLower(last)) && !slices.ContainsFunc(f.tokens, v.lx.IsPersonNameWord)
}

// holdsPlace reports tokens of which one before the last, or two in a
// row, name a country, a large city or a region that is not also a given
// name ("Seattle" in "Seattle Mariners", "San Diego" in "San Diego
// Padres", not "Jordan" in "Jordan Pickford"; in a name of two words only
// before a plural or a side's word: "London Breed" is a person); a place
// at the end may be
// a surname ("Jack London", "Jason Scotland": ner types "Air France" by
// its ordinary first word), and a peer's title keeps a place name a
// person's ("Baroness Scotland").
func (v vocab) holdsPlace(tokens []string) bool {
	if first := strings.ToLower(strings.TrimSuffix(tokens[0], ".")); v.lx.Has(lexicon.Honorifics, first) || v.lx.Has(lexicon.PeerTitles, first) {
		return false // "Baroness Scotland"
	}
	for i, t := range tokens {
		if i < len(tokens)-1 && v.lx.IsPlace(t) && !v.lx.GivenName(t) {
			if len(tokens) == 2 && !strings.HasSuffix(tokens[1], "s") && !v.lx.Has(lexicon.SideWords, strings.ToLower(tokens[1])) {
				continue // "London Breed", "Asia Argento": a place may be a given name
			}
			return true
		}
		if i+1 < len(tokens) && v.lx.IsPlace(t+" "+tokens[i+1]) {
			return true
		}
	}
	return false
}

// placeContext reports a place word right before a mention ("in X").
func (v vocab) placeContext(m Mention) bool {
	return v.endsInPhrase(lexicon.PlaceCues, strings.ToLower(strings.TrimSpace(m.Before)))
}

// endsInPhrase reports a text b that is an entry of concept n or ends in
// one after a space ("the mayor of" ends in "mayor of"): one set lookup
// for b and for each of its ends after a space.
func (v vocab) endsInPhrase(n lexicon.Name, b string) bool {
	for {
		if v.lx.Has(n, b) {
			return true
		}
		i := strings.IndexByte(b, ' ')
		if i < 0 {
			return false
		}
		b = b[i+1:]
	}
}

// placeAfter reports a one-word mention used as a place's name by the
// place noun after it ("a Valmora resident", "Valmora streets"; a longer
// name before "residents" may be a housing body's).
func (v vocab) placeAfter(m Mention) bool {
	if strings.ContainsRune(strings.TrimSpace(m.Text), ' ') {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(m.After, " "), " ")
	return v.lx.Has(lexicon.PlaceAfterWords, strings.ToLower(strings.TrimRight(next, ".,;:")))
}

// honorificBefore reports an honorific right before a mention ("Mr X").
func (v vocab) honorificBefore(m Mention) bool {
	words := strings.Fields(strings.ToLower(m.Before))
	return len(words) > 0 && v.lx.Has(lexicon.Honorifics, strings.TrimSuffix(words[len(words)-1], "."))
}

// allCapitals reports tokens without a lower-case letter.
func allCapitals(tokens []string) bool {
	for _, t := range tokens {
		if strings.ContainsFunc(t, unicode.IsLower) {
			return false
		}
	}
	return true
}

// isAcronym reports two to six capitals, with an ampersand inside
// ("NFU", "Q&L").
func isAcronym(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 6 {
		return false
	}
	for i, r := range s {
		if !unicode.IsUpper(r) && (r != '&' || i == 0 || i == len(s)-1) {
			return false
		}
	}
	return true
}

// pluralInitialism recognises plural initialisms such as "MPs", which end
// a group noun phrase, not a person's name.
func pluralInitialism(w string) bool {
	return len(w) >= 3 && strings.HasSuffix(w, "s") && isAcronym(w[:len(w)-1])
}
