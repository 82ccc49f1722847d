package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// orgForm reports a form of two words or more that names an
// organisation: mostly typed one, or ending in an organisation's head.
func (r *resolver) orgForm(f *form) bool {
	return len(f.tokens) >= 2 && (r.typeOf(f) == span.Org || r.orgNamed(f))
}

// mergeOfPlaces joins an organisation's name "X of P", P a place of the
// gazetteer ("Central Board of Tarnland"), to the name X written alone
// when no other "X of Q" is named and every article writing X alone also
// names P: the place only says whose body it is.
func mergeOfPlaces(r *resolver) {
	type ofPlace struct {
		long  *form
		place string // key
	}
	byShort := map[string][]ofPlace{}
	for _, k := range r.order {
		g := r.forms[k]
		if i := r.ofPlaceAt(g); i > 0 {
			sk := key(g.tokens[:i])
			byShort[sk] = append(byShort[sk], ofPlace{g, key(g.tokens[i+1:])})
		}
	}
	if len(byShort) == 0 {
		return
	}
	var named map[string]map[string]bool // article -> keys of its mentions
	for _, k := range r.order {
		f := r.forms[k]
		ps := byShort[f.key]
		if len(ps) == 0 || !r.orgForm(f) {
			continue
		}
		one := true
		for _, p := range ps[1:] {
			one = one && p.place == ps[0].place
		}
		if !one {
			continue
		}
		if named == nil {
			named = map[string]map[string]bool{}
			for i, m := range r.ms {
				if named[m.Article] == nil {
					named[m.Article] = map[string]bool{}
				}
				named[m.Article][key(r.toks[i])] = true
			}
		}
		everywhere := true
		for _, i := range f.mentions {
			everywhere = everywhere && named[r.ms[i].Article][ps[0].place]
		}
		if everywhere {
			for _, p := range ps {
				r.union(p.long.key, f.key)
			}
		}
	}
}

// ofPlaceAt returns the index of the last "of" in an organisation's name
// "X of P" (X of two words or more) when P is a place of the gazetteer,
// else 0.
func (r *resolver) ofPlaceAt(g *form) int {
	if !r.orgForm(g) {
		return 0
	}
	for i := len(g.tokens) - 2; i >= 2; i-- {
		if g.tokens[i] == "of" {
			if r.lx.IsPlace(strings.Join(g.tokens[i+1:], " ")) {
				return i
			}
			return 0
		}
	}
	return 0
}

// ofPlace returns the key of P in an organisation's name "X of P" (see
// ofPlaceAt), else "".
func (r *resolver) ofPlace(g *form) string {
	if i := r.ofPlaceAt(g); i > 0 {
		return key(g.tokens[i+1:])
	}
	return ""
}

// mergeSameNameWords joins the organisation names of three capitalised words
// or more whose capitalised words are the same but for inflection
// (wordStem), in any order: "Tarnby Board for Ferries and Harbours" and
// "Tarnby Ferry and Harbour Board".
func mergeSameNameWords(r *resolver) {
	groups := map[string][]*form{}
	var keys []string
	for _, k := range r.order {
		g := r.forms[k]
		if !r.orgForm(g) {
			continue
		}
		var stems []string
		for _, t := range g.tokens {
			if isCapitalWord(t) {
				stems = append(stems, wordStem(r.lx, t))
			}
		}
		if len(stems) < 3 {
			continue
		}
		sort.Strings(stems)
		sk := strings.Join(stems, " ")
		if groups[sk] == nil {
			keys = append(keys, sk)
		}
		groups[sk] = append(groups[sk], g)
	}
	for _, sk := range keys {
		for _, g := range groups[sk][1:] {
			r.union(groups[sk][0].key, g.key)
			if otherLinkWords(r.lx, groups[sk][0].tokens, g.tokens) {
				if r.otherWords == nil {
					r.otherWords = map[string]bool{}
				}
				r.otherWords[groups[sk][0].key], r.otherWords[g.key] = true, true
				r.markSlip(groups[sk][0], g)
			}
		}
	}
}

// mergeCountryForms joins the organisation names that are one name after
// a country written in different forms ("U. S.", "U.S.", "US", "United
// States"): the country's initials and the rest of the name are their
// key (countryFormKey).
func mergeCountryForms(r *resolver) {
	first := map[string]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		if !r.orgForm(g) {
			continue
		}
		ck := r.countryFormKey(g.tokens)
		if ck == "" {
			continue
		}
		if f, ok := first[ck]; ok {
			r.union(f.key, g.key)
		} else {
			first[ck] = g
		}
	}
}

// countryFormKey returns the initials of the country opening a name of
// a country and capitalised words, a space and those words in lower
// case ("U. S. Tidal Survey", "United States Tidal Survey": "us tidal
// survey"), or "" when no country of two initials or more opens it.
func (v vocab) countryFormKey(tokens []string) string {
	for n := min(3, len(tokens)-1); n >= 1; n-- {
		name := strings.Join(tokens[:n], " ")
		if !v.lx.IsCountry(name) && !v.lx.IsCountry(strings.Join(tokens[:n], "")) {
			continue
		}
		var initials []rune
		for _, t := range tokens[:n] {
			if isAcronym(strings.ReplaceAll(t, ".", "")) {
				initials = append(initials, []rune(strings.ReplaceAll(t, ".", ""))...)
				continue
			}
			r, _ := utf8.DecodeRuneInString(t)
			initials = append(initials, r)
		}
		if len(initials) < 2 {
			return ""
		}
		for _, t := range tokens[n:] {
			if !isCapitalWord(t) && !v.lx.Has(lexicon.OrgNameConnectors, strings.ToLower(t)) {
				return ""
			}
		}
		return strings.ToLower(string(initials) + " " + strings.Join(tokens[n:], " "))
	}
	return ""
}

// otherLinkWords reports two names with the same capitalised words in
// the same order that differ only in their lower-case words ("Board of
// Harbour Works" and "Board for Harbour Works"): one name written two
// ways, one of them wrong, as a misspelling is. The forms of "and"
// (and_forms: "&") count as one word.
func otherLinkWords(lx *lexicon.Lexicon, a, b []string) bool {
	caps := func(ts []string) (cs, lows []string) {
		for _, t := range ts {
			if isCapitalWord(t) {
				cs = append(cs, strings.ToLower(t))
			} else if lt := strings.ToLower(t); lx.Has(lexicon.AndForms, lt) {
				lows = append(lows, "&") // one mark for every form
			} else {
				lows = append(lows, lt)
			}
		}
		return cs, lows
	}
	ca, la := caps(a)
	cb, lb := caps(b)
	return slices.Equal(ca, cb) && len(la) == len(lb) && !slices.Equal(la, lb)
}

// wordStem is a capitalised word in lower case without the inflections
// of English names: a plural (lexicon.Singular), and a Latin ending of
// latin_number_endings_en ("Referenda", "Referendum": "referend").
func wordStem(lx *lexicon.Lexicon, w string) string {
	s := key([]string{strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")})
	if utf8.RuneCountInString(s) > 4 {
		for _, e := range lx.InOrder(lexicon.LatinNumberEndingsEn) {
			if stem, ok := strings.CutSuffix(s, e); ok {
				return stem
			}
		}
	}
	return lx.Singular(s)
}

// mergeCoordinatedNames joins an organisation's name with a modifier
// coordinated by "and" before more of its name ("Tarnby Ferry and
// Harbour Board") to the one organisation's name without the second
// modifier ("Tarnby Ferry Board") when both are already joined to a name
// "... of P" of one place P: the same country's body, named by its first
// task alone. Without that the two may be two bodies (an "Economic and
// Social Research Council" beside an "Economic Research Council", two
// departments in "Interior and Commerce Departments").
func mergeCoordinatedNames(r *resolver) {
	placesOf := map[string]map[string]bool{} // root -> keys of P in its "X of P" names
	for _, k := range r.order {
		g := r.forms[k]
		if p := r.ofPlace(g); p != "" {
			root := r.find(k)
			if placesOf[root] == nil {
				placesOf[root] = map[string]bool{}
			}
			placesOf[root][p] = true
		}
	}
	if len(placesOf) == 0 {
		return
	}
	samePlace := func(a, b *form) bool {
		for p := range placesOf[r.find(a.key)] {
			if placesOf[r.find(b.key)][p] {
				return true
			}
		}
		return false
	}
	for _, k := range r.order {
		g := r.forms[k]
		if !r.orgForm(g) {
			continue
		}
		var short []*form
		for j := 1; j+2 < len(g.tokens); j++ {
			if g.tokens[j] != "and" || !isCapitalWord(g.tokens[j+1]) || !isCapitalWord(g.tokens[j+2]) {
				continue
			}
			t := append(append([]string{}, g.tokens[:j]...), g.tokens[j+2:]...)
			if f, ok := r.forms[key(t)]; ok && r.orgForm(f) && samePlace(f, g) {
				short = append(short, f)
			}
		}
		if len(short) == 1 {
			r.union(short[0].key, g.key)
		}
	}
}
