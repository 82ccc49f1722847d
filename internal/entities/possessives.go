package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// possessiveEnds are the endings the possessive pass strips.
var possessiveEnds = []string{"'s", "’s", "'", "’"}

// possessiveEnd returns the possessive ending of the word w, "" if none.
func possessiveEnd(w string) string {
	for _, suf := range possessiveEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return suf
		}
	}
	return ""
}

// keepPossessiveNames marks the names whose "'s" is their own, which the
// possessive pass then leaves on (see possessiveNames).
func keepPossessiveNames(r *resolver, c *nameCut) {
	if r.ownPossessive == nil {
		r.ownPossessive = r.possessiveNames()
	}
	c.ownS = r.ownPossessive[key(c.fields)]
	if r.ownPossessiveWords == nil {
		r.ownPossessiveWords, r.conditionWords = r.possessiveWords()
	}
	k := key(c.fields)
	if suf := afterPossessive(c.m.After); suf != "" && len(c.fields) == 1 && c.start == 0 && c.end == len(c.m.Text) && (r.ownPossessiveWords[k] || r.conditionWords[k]) {
		// "Quillby's": the tagger left the "'s" out of the name
		c.m.Text += suf
		c.m.End += len(suf)
		c.m.After = c.m.After[len(suf):]
		c.fields = []string{c.fields[0] + suf}
		c.end = len(c.m.Text)
		c.ownS = true
		if r.conditionWords[k] {
			c.m.Type = span.Misc // "Quillan's disease": no store nor person
		}
	}
}

// conditionAfter reports a, the text after a name's "'s", opening with a
// space and a noun of eponym_condition_nouns ("Quillan's disease").
func (v vocab) conditionAfter(a string) bool {
	w, ok := strings.CutPrefix(a, " ")
	if !ok {
		return false
	}
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return v.lx.HasLower(lexicon.EponymConditionNouns, w) // "Quillan's Disease" of a headline too
}

// afterPossessive returns the "'s" (or "’s") that opens a, the text
// after a mention, ending a word there; "" if none.
func afterPossessive(a string) string {
	for _, suf := range possessiveEnds[:2] {
		if rest, ok := strings.CutPrefix(a, suf); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return suf
			}
		}
	}
	return ""
}

// possessiveWords returns the keys of the one-word names written with
// "'s" right after the mention in two mentions or more, once at least
// before punctuation where no possessive can stand ("Quillby's, the
// grocer", "at Quillby's."), mostly typed no person and once an
// organisation, no known place nor given name, and never written alone
// but by a person ("Mr Quillby" is another entity): a company's name
// that ends in "'s". It also returns, apart, the one-word names some
// mention writes with "'s" before a condition's noun ("Quillan's
// disease"): a condition named after a person, whatever the other tests
// say.
func (r *resolver) possessiveWords() (stores, conditions map[string]bool) {
	type count struct {
		with, bare, before, org, person int
		known                           bool // a known place or given name
		condition                       bool
	}
	counts := map[string]*count{}
	for i := range r.cuts {
		c := &r.cuts[i]
		if !c.live() || len(c.fields) != 1 || possessiveEnd(c.fields[0]) != "" {
			continue
		}
		k := counts[key(c.fields)]
		if k == nil {
			k = &count{known: r.lx.IsPlace(c.fields[0]) || r.lx.IsGivenName(c.fields[0])}
			counts[key(c.fields)] = k
		}
		suf := afterPossessive(c.m.After)
		switch {
		case suf == "":
			if c.m.Type != span.Person {
				k.bare++
			}
			continue
		case c.m.Type == span.Org:
			k.org++
		case c.m.Type == span.Person:
			k.person++
		}
		k.with++
		a := c.m.After[len(suf):]
		if a == "" || strings.ContainsRune(",.;:)", rune(a[0])) {
			k.before++
		}
		k.condition = k.condition || r.conditionAfter(a)
	}
	stores, conditions = map[string]bool{}, map[string]bool{}
	for name, k := range counts {
		switch {
		case k.condition:
			conditions[name] = true
		case k.with >= 2 && k.before >= 1 && k.bare == 0 && k.org >= 1 && k.person*2 < k.with && !k.known:
			stores[name] = true
		}
	}
	return stores, conditions
}

// possessiveNames returns the keys of the names of two words or more
// written with "'s" on their last word in two mentions or more, never
// without it, once at least before punctuation where no possessive can
// stand ("Quill & Lind's, which ...", "Quill & Lind's."), and mostly
// typed no person: a company's name that ends in "'s".
func (r *resolver) possessiveNames() map[string]bool {
	type count struct{ with, bare, before, person int }
	counts := map[string]*count{}
	at := func(k string) *count {
		if counts[k] == nil {
			counts[k] = &count{}
		}
		return counts[k]
	}
	for i := range r.cuts {
		c := &r.cuts[i]
		n := len(c.fields)
		if !c.live() || n < 2 {
			continue
		}
		suf := possessiveEnd(c.fields[n-1])
		if suf != "'s" && suf != "’s" {
			at(key(c.fields)).bare++
			continue
		}
		k := at(key(append(append([]string{}, c.fields[:n-1]...), strings.TrimSuffix(c.fields[n-1], suf))))
		k.with++
		if c.m.Type == span.Person {
			k.person++
		}
		if a := c.m.After; a == "" || strings.ContainsRune(",.;:)", rune(a[0])) {
			k.before++
		}
	}
	out := map[string]bool{}
	for i := range r.cuts {
		c := &r.cuts[i]
		n := len(c.fields)
		if !c.live() || n < 2 {
			continue
		}
		if suf := possessiveEnd(c.fields[n-1]); suf == "'s" || suf == "’s" {
			base := key(append(append([]string{}, c.fields[:n-1]...), strings.TrimSuffix(c.fields[n-1], suf)))
			if k := counts[base]; k.with >= 2 && k.before >= 1 && k.person*2 < k.with && k.bare == 0 {
				out[key(c.fields)] = true
			}
		}
	}
	return out
}

// cutOwner cuts an owner's possessive off the start of a name of three
// words or more when the owner is a known place, an acronym or a
// weekday ("London's Tarnby Museum", "the UN's Harbour Office", "Sunday's
// Tarnby Mail" are "Tarnby Museum", "Harbour Office", "Tarnby Mail"); a
// place or an acronym stays a name of its own. Not before two words
// ending in a kind of body (org_nouns: "Tarnland's Finance Ministry",
// whose owner says which).
func cutOwner(r *resolver, c *nameCut) {
	n := len(c.fields)
	if n < 3 || !isCapitalWord(c.fields[1]) || n == 3 && r.lx.Has(lexicon.OrgNouns, strings.ToLower(c.fields[2])) {
		return // "Tarnland's Finance Ministry": a body named by its field alone is one in every country
	}
	suf := possessiveEnd(c.fields[0])
	if suf != "'s" && suf != "’s" {
		return
	}
	owner := strings.TrimSuffix(c.fields[0], suf)
	typ := ""
	switch {
	case r.lx.IsPlace(owner) || r.lx.IsCountry(owner):
		typ = span.GPE
	case isAcronym(owner):
		typ = span.Org
	case r.lx.Has(lexicon.WeekdaysEn, strings.ToLower(owner)):
	default:
		return
	}
	off := tokenOffset(c.m.Text[c.start:c.end], 1)
	if off <= len(owner) || r.aloneAcronym(lexicon.CapitalInitials(c.fields)) {
		return // "VNPC" beside "Valmora's National Petroleum Corporation": the owner is in the name
	}
	if typ != "" {
		m := c.m
		m.Start += c.start
		m.End = m.Start + len(owner)
		m.Text, m.Type = c.m.Text[c.start:c.start+len(owner)], typ
		r.heads = append(r.heads, nameCut{m: m, fields: []string{owner}, end: len(owner)})
	}
	c.start += off
	c.fields = c.fields[1:]
}

// aloneAcronym reports an acronym some mention is named by alone, as the
// cuts stand when first asked (own cache: writtenAlone's must wait for
// the passes before known-name-tail).
func (r *resolver) aloneAcronym(a string) bool {
	if r.acronyms == nil {
		r.acronyms = map[string]bool{}
		for i := range r.cuts {
			if c := &r.cuts[i]; c.live() && len(c.fields) == 1 && isAcronym(c.fields[0]) {
				r.acronyms[c.fields[0]] = true
			}
		}
	}
	return r.acronyms[a]
}
