package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// spelling is how one full name is another's misspelling.
type spelling int

const (
	noVariant spelling = iota
	// slip: a typing error in one word ("Jon Landsman").
	slip
	// otherFirstName: another form of the first name ("Mark" for
	// "Marcus").
	otherFirstName
)

// spellingTest is a spelling test: how the full name c is a misspelling
// of the full name d, at least as well supported, if it is one.
type spellingTest func(r *resolver, c, d *form) spelling

// spellingTests run in order on each pair of full names; the first that
// finds a misspelling joins the pair.
var spellingTests = []rules.Pass[spellingTest]{
	{Info: info("spelling-variant", `Joins a one-source full name one or two letters off a better-supported one, as a misspelling: "Jon Landsman" for "Jon Landsmann"; never two words in capitals ("Tarn OS" and "Tarn OSX" are two codes), nor a word glued to a capitalised word after it ("Ada ReyesIn" for "Ada Reyes": a lost line break). Under one known given name in English text a surname lacking the other's final "s", adding one to a final "s", or lacking or adding a final "a" is a slip too, no plural, genitive or woman's form: "Ada Quiller" for "Ada Quillers", "Ada Tollan" for "Ada Tollana".`), Run: slipOf},
	{Info: info("first-name-variant", `Joins a one-source full name with another form of the first name (one group of name_forms, or two words the lexicon knows as no given name) to a name of several sources, as a misspelling: "Mark Feld" for "Marcus Feld"; never "Chris" against "Christmas" or "Andrea" against "Andy".`), Run: otherFirstNameOf},
}

// findMisspellings joins each person's full name that a spelling test
// finds a misspelling of a better-supported full name (the first such, in
// order of support; on a tie the spelling seen first is taken as
// dominant and the finding says neither is better supported).
func (r *resolver) findMisspellings() {
	r.misspelt = map[string]string{}
	r.firstNameVar = map[string]bool{}
	ix := spellingIndex{}
	for i, c := range r.persons {
		// Only the earlier persons sharing a spelling key can pass a
		// test (see spellingKeys), in the same order as all of them.
		for _, j := range ix.candidates(i, spellingKeys(c.tokens)) {
			d := r.persons[j]
			if r.find(d.key) != d.key || r.nameSources(d) < r.nameSources(c) || r.nameSources(d) == r.nameSources(c) && len(d.mentions) < len(c.mentions) {
				continue
			}
			if kind := r.spellingOf(c, d); kind != noVariant {
				r.union(c.key, d.key)
				r.misspelt[c.key] = d.key
				if kind == otherFirstName {
					r.firstNameVar[c.key] = true
				}
				break
			}
		}
	}
}

// spellingOf runs the spelling tests on c and d.
func (r *resolver) spellingOf(c, d *form) spelling {
	for _, p := range spellingTests {
		if !r.off.Enabled(p.Info) {
			continue
		}
		if kind := p.Run(r, c, d); kind != noVariant {
			return kind
		}
	}
	return noVariant
}

// slipOf finds a typing slip. A spelling written by two sources or more
// is more likely another person ("David Davies" beside "David Davis")
// than a slip; so are two names both used twice in one article, names of
// relatives, names in one sentence, and names one article gives different
// roles.
func slipOf(r *resolver, c, d *form) spelling {
	if (nearMiss(c.tokens, d.tokens) || r.lastLetterSlip(c, d)) && !coOccurAsPeers(r.ms, c, d) && r.sources(c) < 2 && !r.kin(r.ms, c, d) &&
		!sameSentence(r.ms, c, d) && !r.ownRoles(c, d) {
		return slip
	}
	return noVariant
}

// otherFirstNameOf finds another form of the first name. It is a weaker
// sign than a misspelling ("Mark" and "Martin" are two men): only a
// one-off form against a better supported one, never in one article.
func otherFirstNameOf(r *resolver, c, d *form) spelling {
	if firstNameVariant(c.tokens, d.tokens) && !coOccur(r.ms, c, d) && r.sources(c) == 1 && r.sources(d) > 1 &&
		r.formsOfOneName(c.tokens[0], d.tokens[0]) {
		return otherFirstName
	}
	return noVariant
}

// formsOfOneName reports two first names that may be forms of one: both
// in one group of the lexicon's name forms ("Chris", "Christopher"), or
// neither a given name nor a name form the lexicon knows (the spelling
// test alone decides). A known name against an unknown word ("Chris",
// "Christmas") or two known names of no one group ("Andrea", "Andy") are
// two names.
func (r *resolver) formsOfOneName(a, b string) bool {
	if r.formGroups == nil {
		r.formGroups = r.nameFormGroups()
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	ga, gb := r.formGroups[a], r.formGroups[b]
	if sharedGroup(ga, gb) {
		return true
	}
	known := func(w string, g []int) bool { return len(g) > 0 || r.givenNameOnly(w) }
	return !known(a, ga) && !known(b, gb)
}

// nearMiss reports whether two full names differ in exactly one token by
// a likely typing error: one or two edits (two only for long words), the
// same first letter, and high Jaro-Winkler similarity; a word in capitals
// in both (an acronym or a code) is never a slip of the other.
func nearMiss(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := -1
	for i := range a {
		// Accents folded: "Asa Lindquist" differs from "Åsa Lindqvist"
		// in the surname only.
		if !strings.EqualFold(textutil.FoldAccents(a[i]), textutil.FoldAccents(b[i])) {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	if isAcronym(a[diff]) && isAcronym(b[diff]) {
		return false // "Tarn OS" and "Tarn OSX", "ATP" and "ATPA": two codes, no slip
	}
	x, y := textutil.FoldAccents(strings.ToLower(a[diff])), textutil.FoldAccents(strings.ToLower(b[diff]))
	if diff == len(a)-1 && (x+"s" == y || y+"s" == x) {
		return false // a plural or genitive "-s" ("Awards", "Harriers"): joined as one name, no misspelling
	}
	if feminineForm(x, y) {
		return false // "Paul" and "Paula", "Kong" and "Konga": another name, no slip
	}
	if gluedWord(a[diff], b[diff]) || gluedWord(b[diff], a[diff]) {
		return false // "ReyesIn" for "Reyes": a name glued to the next sentence's first word, no slip
	}
	if px, py := strings.Split(x, "-"), strings.Split(y, "-"); len(px) > 1 && len(px) == len(py) {
		// A hyphenated name with a part written wholly otherwise is
		// another name: "Jong-un" and "Jong-il", not a slip of two
		// letters ("Jong-un" and "Jung-eun" may be one).
		for i := range px {
			if px[i] != py[i] && edlib.OSADamerauLevenshteinDistance(px[i], py[i]) >= min(utf8.RuneCountInString(px[i]), utf8.RuneCountInString(py[i])) {
				return false
			}
		}
	}
	rx, _ := utf8.DecodeRuneInString(x)
	ry, _ := utf8.DecodeRuneInString(y)
	if rx != ry {
		return false
	}
	d := edlib.OSADamerauLevenshteinDistance(x, y)
	limit := 1
	if min(utf8.RuneCountInString(x), utf8.RuneCountInString(y)) >= 7 {
		limit = 2
	}
	return d <= limit && edlib.JaroWinklerSimilarity(x, y) >= 0.85
}

// gluedWord reports a word that is w followed by a capitalised tail,
// glued on after a lower-case letter ("ReyesIn" for "Reyes"): text run
// together at a lost line break.
func gluedWord(long, w string) bool {
	tail, ok := strings.CutPrefix(long, w)
	if !ok || tail == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	first, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsLower(last) && unicode.IsUpper(first)
}

// lastLetterSlip reports a person's full name c, the rarer, that is the
// better-supported d but for the last letter of its surname, a slip that
// nearMiss leaves alone as another name: under one given name (a word
// the lexicon knows as one, so no game's or club's name: "Donkey Kong"
// and "Donkey Konga"), in English text, the surname of four letters or
// more, c's lacks d's final "s" ("Ada Quill" for "Ada Quills", no plural
// or genitive of it) or adds one to a surname ending in "s" ("Ada
// Quilss" for "Ada Quils"), or c's lacks or adds d's final "a" ("Ada
// Quill" for "Ada Quilla": one given name, so no woman's form of it).
func (r *resolver) lastLetterSlip(c, d *form) bool {
	n := len(c.tokens)
	if n < 2 || len(d.tokens) != n || !r.lx.IsGivenName(c.tokens[0]) || !r.allEnglish(c) || !r.allEnglish(d) {
		return false
	}
	for i := 0; i < n-1; i++ {
		if !strings.EqualFold(textutil.FoldAccents(c.tokens[i]), textutil.FoldAccents(d.tokens[i])) {
			return false
		}
	}
	x, y := textutil.FoldAccents(strings.ToLower(c.tokens[n-1])), textutil.FoldAccents(strings.ToLower(d.tokens[n-1]))
	if isAcronym(c.tokens[n-1]) || min(utf8.RuneCountInString(x), utf8.RuneCountInString(y)) < 4 {
		return false
	}
	return x+"s" == y || x == y+"s" && strings.HasSuffix(y, "s") || feminineForm(x, y)
}

// allEnglish reports a form every mention of which is in an English
// article.
func (r *resolver) allEnglish(f *form) bool {
	for _, i := range f.mentions {
		if r.ms[i].Lang != "en" {
			return false
		}
	}
	return true
}

// firstNameVariant reports whether two person names are the same but for
// the first name, one a short or alternative form of the other: a common
// prefix of three letters or more and Jaro-Winkler similarity of 0.8 or
// more ("Mark Feld" for "Marcus Feld", "Steve" for "Steven"; not "Ed" for
// "David"). The surname must be at least three letters.
func firstNameVariant(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 || utf8.RuneCountInString(a[len(a)-1]) < 3 {
		return false
	}
	for i := 1; i < len(a); i++ {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	x, y := []rune(strings.ToLower(a[0])), []rune(strings.ToLower(b[0]))
	if string(x) == string(y) || feminineForm(string(x), string(y)) {
		return false // "Daniel" and "Daniela" are two people
	}
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		p++
	}
	return p >= 3 && edlib.JaroWinklerSimilarity(string(x), string(y)) >= 0.8
}

// feminineForm reports two lower-case words one of which is the other
// with a final "a" ("daniel", "daniela"): another name, often a woman's.
func feminineForm(x, y string) bool {
	return x+"a" == y || y+"a" == x
}

// kin reports two forms in one article where either is written after a
// word of kinship: two relatives, not one name spelled two ways.
func (v vocab) kin(ms []Mention, c, d *form) bool {
	if !coOccur(ms, c, d) {
		return false
	}
	for _, f := range []*form{c, d} {
		for _, i := range f.mentions {
			words := strings.Fields(strings.ToLower(ms[i].Before))
			if n := len(words); n > 0 && v.lx.Has(lexicon.KinWords, strings.Trim(words[n-1], ",.")) {
				return true
			}
		}
	}
	return false
}

// ownRoles reports two forms that one article gives different roles
// ("Lars Pehrsson, chairman of the history society" beside "Councillor
// Lars Persson"): two people, not one name spelled two ways.
func (r *resolver) ownRoles(c, d *form) bool {
	ms := r.ms
	type roleSet struct {
		nouns map[string]bool   // role nouns
		orgs  map[string]string // role (before " of ") -> organisation
	}
	roles := func(f *form) map[string]*roleSet {
		out := map[string]*roleSet{} // article -> roles
		for _, i := range f.mentions {
			art := ms[i].Article
			for _, role := range r.rolesOf(ms[i], r.off) {
				rs := out[art]
				if rs == nil {
					rs = &roleSet{nouns: map[string]bool{}, orgs: map[string]string{}}
					out[art] = rs
				}
				for _, w := range strings.Fields(role.Key) {
					if r.isRoleNoun(w) {
						rs.nouns[w] = true
					}
				}
				if j := strings.LastIndex(role.Key, " of "); j >= 0 && r.namesOrganisation(role) {
					rs.orgs[role.Key[:j]] = role.Key[j+4:]
				}
			}
		}
		return out
	}
	rc, rd := roles(c), roles(d)
	for art, a := range rc {
		b, ok := rd[art]
		if !ok {
			continue
		}
		shared := false
		for n := range a.nouns {
			shared = shared || b.nouns[n]
		}
		if !shared {
			return true // "chairman of the history society" beside "Councillor"
		}
		for role, org := range a.orgs {
			if other, ok := b.orgs[role]; ok && other != org {
				return true // chief executive of A beside chief executive of B
			}
		}
	}
	return false
}

// sameSentence reports two forms written in one sentence: two people
// ("Karel Novak will meet the minister, Karel Nowak"), never one name
// spelled two ways.
func sameSentence(ms []Mention, c, d *form) bool {
	type at struct {
		article  string
		sentence int
	}
	seen := map[at]bool{}
	for _, i := range c.mentions {
		seen[at{ms[i].Article, ms[i].SentenceStart}] = true
	}
	for _, i := range d.mentions {
		if seen[at{ms[i].Article, ms[i].SentenceStart}] && ms[i].SentenceText != "" {
			return true
		}
	}
	return false
}

// coOccur reports whether any article uses both spellings: two forms of
// a first name in one article are two people.
func coOccur(ms []Mention, a, b *form) bool {
	return b.inArticleOf(ms, a)
}

// coOccurAsPeers reports whether both spellings appear in one article at
// least twice each: then they are more likely two people than a typo.
func coOccurAsPeers(ms []Mention, a, b *form) bool {
	ca, cb := map[string]int{}, map[string]int{}
	for _, i := range a.mentions {
		ca[ms[i].Article]++
	}
	for _, i := range b.mentions {
		cb[ms[i].Article]++
	}
	for art, n := range ca {
		if n >= 2 && cb[art] >= 2 {
			return true
		}
	}
	return false
}
