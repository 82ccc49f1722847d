// Package entities is the corpus-level stage that resolves entity
// mentions from all articles into entities: one row per real person or
// organisation, with every spelling seen and the spellings that look like
// misspellings flagged.
//
// Merges, each refused without support:
//   - honorifics and possessives are stripped ("Ms Quill", "Quill's");
//   - a longer run whose tail is a known full name is cut to it
//     ("Tidewatch Ada Quill" -> "Ada Quill");
//   - a full name differing from a better-supported full name in one token
//     by one or two letters is a spelling variant ("Jon Landsman");
//   - a surname alone joins the one full name with that surname (preferring
//     the same article when several share it); a first name alone joins
//     only when exactly one full name in the corpus has it;
//   - an acronym joins the one multi-word name whose initials it spells.
//
// Offsets are the byte offsets of the mentions given, unchanged except
// when a run is cut to a known name (Start moves forward).
package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Entity types.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	// Loc is a place that is not a political unit (a road, a river, a
	// bridge).
	Loc  = "LOC"
	Misc = "MISC"
)

// Mention is one entity mention in one article.
type Mention struct {
	Article    string
	Text       string
	Type       string // PERSON, ORG, GPE, LOC, FAC, or "" when unknown
	Start, End int
	// Before is up to 40 bytes of the sentence before the mention, used
	// for type cues ("the pressure group ...").
	Before string
	// After is up to 60 bytes of the sentence after the mention.
	After string
	// Sentence is the text of the sentence holding the mention, starting
	// at byte offset SentenceStart of the article; used for roles.
	Sentence      string
	SentenceStart int
}

// NewMention builds the mention of src[start:end] in the sentence
// src[sentStart:sentEnd] of an article, with the context Resolve reads:
// up to 40 bytes before it and 60 after it in its sentence (never cutting
// a character) and the sentence itself.
func NewMention(article, src, typ string, start, end, sentStart, sentEnd int) Mention {
	from := max(sentStart, start-40)
	for from < start && !utf8.RuneStart(src[from]) {
		from++
	}
	to := min(sentEnd, end+60)
	for to > end && to < len(src) && !utf8.RuneStart(src[to]) {
		to--
	}
	return Mention{Article: article, Text: src[start:end], Type: typ, Start: start, End: end,
		Before: src[from:start], After: src[end:to], Sentence: src[sentStart:sentEnd], SentenceStart: sentStart}
}

// Entity is one resolved entity.
type Entity struct {
	Name string
	Type string
	// Mentions are sorted by article and Start.
	Mentions []Mention
	// Variants are the distinct spellings (honorifics and possessives
	// stripped), most sources first.
	Variants []Variant
	// Roles say who a person is, most sources first.
	Roles []RoleGroup
}

// Variant is one spelling of an entity's name.
type Variant struct {
	Text     string
	Articles []string // sorted
	Count    int
	// Misspelling is set when the spelling is a near-miss of the
	// dominant full name rather than a legitimate short form.
	Misspelling bool
}

// Misspelling is a spelling of a name that looks like an error for the
// dominant spelling.
type Misspelling struct {
	Entity   string
	Dominant string
	// DominantSources is the number of articles using the dominant form.
	DominantSources int
	Variant         string
	// FirstName marks a variant that differs only by another form of the
	// first name ("Mark" for "Marcus"), not by a typing slip.
	FirstName bool
	// Tie marks a variant as well supported as the dominant spelling (the
	// one seen first is called dominant).
	Tie bool
	// Evidence lists the variant's mentions, sorted.
	Evidence []Mention
}

// Result is the outcome of Resolve.
type Result struct {
	// Entities are sorted by mention count (descending), then name.
	Entities []Entity
	// Misspellings are sorted by entity, then variant.
	Misspellings []Misspelling
}

// titleWords returns how many leading fields form a title (1 or 2), 0 if
// none.
func (v vocab) titleWords(fields []string) int {
	if len(fields) >= 1 && v.lx.Has(lexicon.PersonTitles, strings.ToLower(fields[0])) {
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
// or without full stops ("Inc.", "S.A.").
func (v vocab) orgHead(w string) bool {
	return v.lx.Has(lexicon.OrgHeads, strings.ToLower(strings.ReplaceAll(w, ".", "")))
}

type form struct {
	key      string   // lower-case joined tokens
	tokens   []string // original-case tokens
	mentions []int
}

// cleanName strips honorifics, possessives and surrounding punctuation
// from a mention and returns its tokens and the byte offset (within Text)
// where the kept name starts.
func (v vocab) cleanName(text string, person bool) ([]string, int, int) {
	start, end := 0, len(text)
	fields := strings.Fields(text)
	for len(fields) > 1 && (v.lx.Has(lexicon.Honorifics, strings.ToLower(fields[0])) || person && v.titleWords(fields) > 0) {
		if n := v.titleWords(fields); person && n > 0 && n < len(fields) && !v.lx.Has(lexicon.Honorifics, strings.ToLower(fields[0])) {
			// "President X", "Prime Minister X", "Foreign Minister X".
			for k := 0; k < n-1; k++ {
				i := strings.Index(text[start:], fields[0]) + start + len(fields[0])
				for i < len(text) && text[i] == ' ' {
					i++
				}
				start = i
				fields = fields[1:]
			}
		} else if n >= len(fields) {
			break
		}
		i := strings.Index(text[start:], fields[0]) + start + len(fields[0])
		for i < len(text) && text[i] == ' ' {
			i++
		}
		start = i
		fields = fields[1:]
	}
	if n := len(fields); n > 0 {
		last := fields[n-1]
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(last, suf) && len(last) > len(suf) {
				fields[n-1] = last[:len(last)-len(suf)]
				end -= len(suf)
				break
			}
		}
	}
	return fields, start, end
}

// withoutMiddleInitials drops a single-letter middle initial between a
// first name and a surname ("Priya K. Lal" is Priya Lal),
// so both spellings are one form. Two initials or more are kept.
func withoutMiddleInitials(fields []string) []string {
	if len(fields) < 3 {
		return fields
	}
	out := []string{fields[0]}
	initials := 0
	for _, f := range fields[1 : len(fields)-1] {
		core := strings.TrimSuffix(f, ".")
		if r, n := utf8.DecodeRuneInString(core); n == len(core) && unicode.IsUpper(r) {
			initials++
			continue
		}
		out = append(out, f)
	}
	if initials > 1 {
		return fields // "George H. W. Bush" is not George W. Bush
	}
	return append(out, fields[len(fields)-1])
}

// key identifies a form: lower case, accents folded ("Inés" is the
// house style of one outlet, "Ines" of another: one name, no variant).
func key(tokens []string) string {
	return textutil.FoldAccents(strings.ToLower(strings.Join(tokens, " ")))
}

// Resolve groups mentions into entities, with the embedded lexicon and
// every pass on.
func Resolve(in []Mention) Result { return ResolveWith(in, Options{}) }

// ResolveWith groups mentions into entities with the given options.
func ResolveWith(in []Mention, opts Options) Result {
	v := newVocab(opts.Lexicon)
	ms := make([]Mention, 0, len(in))
	toks := make([][]string, 0, len(in))
	for _, m := range in {
		fields, s, e := v.cleanName(m.Text, m.Type == Person)
		if len(fields) == 0 || s >= e {
			continue
		}
		m.Start, m.End = m.Start+s, m.Start+e
		m.Text = m.Text[s:e]
		ms = append(ms, m)
		if m.Type == Person {
			fields = withoutMiddleInitials(fields)
		}
		toks = append(toks, fields)
	}

	// Full person names: two or more tokens, typed PERSON.
	fullNames := map[string]bool{}
	for i, m := range ms {
		if m.Type == Person && len(toks[i]) >= 2 && len(toks[i]) <= 4 {
			fullNames[key(toks[i])] = true
		}
	}
	// Cut longer runs to a known full name at their end.
	for i := range ms {
		t := toks[i]
		for k := 1; len(t)-k >= 2; k++ {
			if fullNames[key(t[k:])] {
				off := tokenOffset(ms[i].Text, k)
				ms[i].Start += off
				ms[i].Text = ms[i].Text[off:]
				ms[i].Type = Person
				toks[i] = t[k:]
				break
			}
		}
	}

	forms := map[string]*form{}
	var order []string
	// Single words are kept per article, so that a surname can join
	// different people in different articles; unattached ones are joined
	// again below.
	wordTotal := map[string]int{}
	wordArts := map[string]map[string]bool{}
	for i := range ms {
		if len(toks[i]) == 1 {
			w := key(toks[i])
			wordTotal[w]++
			if wordArts[w] == nil {
				wordArts[w] = map[string]bool{}
			}
			wordArts[w][ms[i].Article] = true
		}
	}
	for i := range ms {
		k := key(toks[i])
		if len(toks[i]) == 1 {
			k = ms[i].Article + "\x00" + k
		}
		f := forms[k]
		if f == nil {
			f = &form{key: k, tokens: toks[i]}
			forms[k] = f
			order = append(order, k)
		} else if allCapitals(f.tokens) && !allCapitals(toks[i]) {
			// A headline's "BAILEY" is no acronym when the text also
			// writes "Bailey".
			f.tokens = toks[i]
		}
		f.mentions = append(f.mentions, i)
	}
	sort.Strings(order)

	// Union-find over forms.
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		if p, ok := parent[k]; ok && p != k {
			r := find(p)
			parent[k] = r
			return r
		}
		return k
	}
	union := func(child, root string) { parent[find(child)] = find(root) }

	// sources counts the articles using a form (the forms' mentions are
	// fixed by now; the count is kept, as sorting and comparing forms ask
	// for it many times).
	srcCount := map[*form]int{}
	sources := func(f *form) int {
		if n, ok := srcCount[f]; ok {
			return n
		}
		set := map[string]bool{}
		for _, i := range f.mentions {
			set[ms[i].Article] = true
		}
		srcCount[f] = len(set)
		return len(set)
	}
	typeOf := func(f *form) string { return majorityType(ms, f.mentions) }

	// Person full-name forms ordered by support.
	var persons []*form
	for _, k := range order {
		f := forms[k]
		if len(f.tokens) >= 2 && len(f.tokens) <= 4 && typeOf(f) == Person && !pluralInitialism(f.tokens[len(f.tokens)-1]) &&
			!v.holdsPlace(f.tokens) && !v.orgNamed(f) {
			// (A name holding a place or ending in an organisation's head,
			// "Las Vegas Microsoft", takes no surname: "Microsoft".)
			persons = append(persons, f)
		}
	}
	sort.SliceStable(persons, func(i, j int) bool {
		si, sj := sources(persons[i]), sources(persons[j])
		if si != sj {
			return si > sj
		}
		return len(persons[i].mentions) > len(persons[j].mentions)
	})
	misspelt := map[string]string{}   // variant form key -> dominant form key
	firstNameVar := map[string]bool{} // variant form keys differing by a first-name form
	for i, c := range persons {
		for _, d := range persons[:i] {
			// d is at least as well supported as c (persons is sorted);
			// on a tie the spelling seen first is taken as dominant and the
			// finding says neither is better supported.
			if find(d.key) != d.key || sources(d) < sources(c) || sources(d) == sources(c) && len(d.mentions) < len(c.mentions) {
				continue
			}
			// A spelling written by two sources or more is more likely
			// another person ("David Davies" beside "David Davis") than
			// a slip.
			if nearMiss(c.tokens, d.tokens) && !coOccurAsPeers(ms, c, d) && sources(c) < 2 && !v.kin(ms, c, d) && !sameSentence(ms, c, d) &&
				!v.ownRoles(ms, c, d) {
				union(c.key, d.key)
				misspelt[c.key] = d.key
				break
			}
			// Another first name is a weaker sign than a misspelling
			// ("Mark" and "Martin" are two men): only a one-off form
			// against a better supported one.
			if firstNameVariant(c.tokens, d.tokens) && !coOccur(ms, c, d) && sources(c) == 1 && sources(d) > 1 {
				union(c.key, d.key)
				misspelt[c.key] = d.key
				firstNameVar[c.key] = true
				break
			}
		}
	}

	// A multi-word name with a genitive -s on its last word ("Commuters
	// Firsts", Swedish) joins the name without it.
	for _, k := range order {
		f := forms[k]
		n := len(f.tokens)
		if n < 2 || !strings.HasSuffix(f.key, "s") {
			continue
		}
		if g, ok := forms[strings.TrimSuffix(f.key, "s")]; ok && len(g.tokens) == n {
			union(f.key, g.key)
		}
	}

	// Single tokens: surnames, first names, acronyms, genitive forms.
	bySurname := map[string][]*form{}
	byFirst := map[string][]*form{}
	for _, p := range persons {
		if find(p.key) != p.key {
			continue
		}
		last := p.tokens[len(p.tokens)-1]
		if isAcronym(last) || pluralInitialism(last) {
			continue
		}
		bySurname[strings.ToLower(last)] = append(bySurname[strings.ToLower(last)], p)
		byFirst[strings.ToLower(p.tokens[0])] = append(byFirst[strings.ToLower(p.tokens[0])], p)
	}
	for _, k := range order {
		f := forms[k]
		if len(f.tokens) != 1 {
			continue
		}
		w := strings.ToLower(f.tokens[0])
		if isAcronym(f.tokens[0]) {
			var cands []*form
			for _, k2 := range order {
				g := forms[k2]
				if len(g.tokens) >= 2 && v.initials(g.tokens) == f.tokens[0] {
					cands = append(cands, g)
				}
			}
			if len(cands) >= 1 && sameRoot(find, cands) {
				union(f.key, cands[0].key)
			}
			continue
		}
		if v.lx.IsPlace(f.tokens[0]) && !v.lx.GivenName(f.tokens[0]) {
			// "France" is no surname of "Air France", "Toronto" no first
			// name of "Toronto Bond Traders"; but "England said" in an
			// article naming Mark England is him.
			if target := pickPerson(ms, f, bySurname[w]); target != nil && coOccur(ms, f, target) && v.speaks(ms, f) {
				union(f.key, target.key)
			}
			continue
		}
		if target := pickPerson(ms, f, bySurname[w]); target != nil {
			union(f.key, target.key)
			continue
		}
		// A first name alone must be rarer than the one full name it joins:
		// a word used more on its own than in the name is not its first name.
		if cands := byFirst[w]; len(cands) == 1 && typeOf(f) != Org &&
			wordTotal[w] <= len(cands[0].mentions) && len(wordArts[w]) <= sources(cands[0]) {
			union(f.key, cands[0].key)
			continue
		}
		// Genitive without apostrophe ("Quills") in any language.
		if strings.HasSuffix(w, "s") && len(w) > 3 {
			stem := w[:len(w)-1]
			if target := pickPerson(ms, f, bySurname[stem]); target != nil {
				union(f.key, target.key)
				continue
			}
			if g, ok := forms[ms[f.mentions[0]].Article+"\x00"+stem]; ok && g != f {
				union(f.key, g.key)
				continue
			}
			if g, ok := forms[stem]; ok && g != f {
				union(f.key, g.key)
				continue
			}
		}
	}

	// Unattached single words with the same spelling are one entity.
	firstOf := map[string]string{}
	for _, k := range order {
		f := forms[k]
		if len(f.tokens) != 1 || find(k) != k {
			continue
		}
		w := key(f.tokens)
		if r, ok := firstOf[w]; ok {
			union(k, r)
		} else {
			firstOf[w] = k
		}
	}

	// A truncated organisation name ("National Executive") joins the one
	// longer name it begins ("Harbour Board").
	for _, k := range order {
		f := forms[k]
		if len(f.tokens) < 2 || fullNames[f.key] || v.lx.IsPlace(strings.Join(f.tokens, " ")) {
			continue // "Hong Kong" is not the Hong Kong Standard
		}
		var cands []*form
		for _, k2 := range order {
			g := forms[k2]
			if len(g.tokens) > len(f.tokens) && key(g.tokens[:len(f.tokens)]) == f.key && v.orgHead(g.tokens[len(g.tokens)-1]) {
				cands = append(cands, g)
			}
		}
		if len(cands) >= 1 && sameRoot(find, cands) {
			union(f.key, cands[0].key)
		}
	}

	// A one-word short form ("Brightline") joins the one organisation name
	// it begins ("Brightline Logistics"), unless it is a person's (below),
	// or it is written as a place
	// ("in London" is not the London Assembly) or used in an article
	// without the full name.
	for _, k := range order {
		f := forms[k]
		if len(f.tokens) != 1 || isAcronym(f.tokens[0]) || find(k) != k || len(f.mentions) == 0 {
			continue
		}
		place := v.lx.IsPlace(f.tokens[0]) // "London" is not the London Newsroom
		for _, i := range f.mentions {
			place = place || v.placeContext(ms[i])
		}
		// A word typed a person joins only when no person in the corpus
		// has it as a surname and no honorific stands before it ("Iomega"
		// and "Iomega Corp", not "Ford" and "Ford Motor Co" where Harriet
		// Ford or Mr Ford is named).
		if place || majorityType(ms, f.mentions) == Person && (len(bySurname[strings.ToLower(f.tokens[0])]) > 0 || v.titledForm(ms, f)) {
			continue
		}
		var cands []*form
		for _, k2 := range order {
			g := forms[k2]
			if len(g.tokens) >= 2 && strings.EqualFold(g.tokens[0], f.tokens[0]) && v.orgHead(g.tokens[len(g.tokens)-1]) {
				cands = append(cands, g)
			}
		}
		// Reporters give the full name before the short one: a word used
		// in an article that never writes the full name names something
		// else ("Harbour", a town, is not the Harbour Police).
		w := key(f.tokens)
		if len(cands) >= 1 && sameRoot(find, cands) && articlesWithin(wordArts[w], ms, cands[0]) {
			union(f.key, cands[0].key)
		}
	}

	// Collect clusters.
	clusters := map[string][]*form{}
	for _, k := range order {
		r := find(k)
		clusters[r] = append(clusters[r], forms[k])
	}
	var res Result
	roots := make([]string, 0, len(clusters))
	for r := range clusters {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		fs := clusters[r]
		e := v.buildEntity(ms, fs, misspelt, sources)
		res.Entities = append(res.Entities, e)
		for _, f := range fs {
			if dom, ok := misspelt[f.key]; ok {
				mm := Misspelling{Entity: e.Name, Dominant: strings.Join(forms[dom].tokens, " "),
					DominantSources: sources(forms[dom]), Variant: strings.Join(f.tokens, " "), FirstName: firstNameVar[f.key],
					Tie: sources(forms[dom]) == sources(f) && len(forms[dom].mentions) == len(f.mentions)}
				for _, i := range f.mentions {
					mm.Evidence = append(mm.Evidence, ms[i])
				}
				sortMentions(mm.Evidence)
				res.Misspellings = append(res.Misspellings, mm)
			}
		}
	}
	sort.Slice(res.Entities, func(i, j int) bool {
		a, b := res.Entities[i], res.Entities[j]
		if len(a.Mentions) != len(b.Mentions) {
			return len(a.Mentions) > len(b.Mentions)
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Type < b.Type
	})
	sort.Slice(res.Misspellings, func(i, j int) bool {
		a, b := res.Misspellings[i], res.Misspellings[j]
		if a.Entity != b.Entity {
			return a.Entity < b.Entity
		}
		return a.Variant < b.Variant
	})
	v.ownedRoles(res.Entities)
	return res
}

// tokenOffset returns the byte offset in s of its k-th whitespace field.
func tokenOffset(s string, k int) int {
	i, n := 0, 0
	inField := false
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		sp := unicode.IsSpace(r)
		if !sp && !inField {
			if n == k {
				return i
			}
			n++
		}
		inField = !sp
		i += w
	}
	return len(s)
}

// nearMiss reports whether two full names differ in exactly one token by
// a likely typing error: one or two edits (two only for long words), the
// same first letter, and high Jaro-Winkler similarity.
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
	x, y := textutil.FoldAccents(strings.ToLower(a[diff])), textutil.FoldAccents(strings.ToLower(b[diff]))
	if diff == len(a)-1 && (x+"s" == y || y+"s" == x) {
		return false // a plural or genitive "-s" ("Awards", "Harriers"): joined as one name, no misspelling
	}
	if feminineForm(x, y) {
		return false // "Paul" and "Paula", "Kong" and "Konga": another name, no slip
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
func (v vocab) ownRoles(ms []Mention, c, d *form) bool {
	type roleSet struct {
		nouns map[string]bool   // role nouns
		orgs  map[string]string // role (before " of ") -> organisation
	}
	roles := func(f *form) map[string]*roleSet {
		out := map[string]*roleSet{} // article -> roles
		for _, i := range f.mentions {
			art := ms[i].Article
			for _, r := range v.rolesOf(ms[i]) {
				rs := out[art]
				if rs == nil {
					rs = &roleSet{nouns: map[string]bool{}, orgs: map[string]string{}}
					out[art] = rs
				}
				for _, w := range strings.Fields(r.Key) {
					if v.isRoleNoun(w) {
						rs.nouns[w] = true
					}
				}
				if j := strings.LastIndex(r.Key, " of "); j >= 0 && v.namesOrganisation(r) {
					rs.orgs[r.Key[:j]] = r.Key[j+4:]
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
		if seen[at{ms[i].Article, ms[i].SentenceStart}] && ms[i].Sentence != "" {
			return true
		}
	}
	return false
}

// articlesWithin reports whether every article in arts mentions g.
func articlesWithin(arts map[string]bool, ms []Mention, g *form) bool {
	has := map[string]bool{}
	for _, i := range g.mentions {
		has[ms[i].Article] = true
	}
	for a := range arts {
		if !has[a] {
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

// coOccur reports whether any article uses both spellings: two forms of
// a first name in one article are two people.
func coOccur(ms []Mention, a, b *form) bool {
	arts := map[string]bool{}
	for _, i := range a.mentions {
		arts[ms[i].Article] = true
	}
	for _, i := range b.mentions {
		if arts[ms[i].Article] {
			return true
		}
	}
	return false
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

// feminineForm reports two lower-case words one of which is the other
// with a final "a" ("daniel", "daniela"): another name, often a woman's.
func feminineForm(x, y string) bool {
	return x+"a" == y || y+"a" == x
}

// nameFirst reports a two-word form whose last word is also in the
// cluster alone: a person named in full, then by the surname.
func nameFirst(f *form, fs []*form) bool {
	if len(f.tokens) != 2 {
		return false
	}
	for _, g := range fs {
		if len(g.tokens) == 1 && strings.EqualFold(g.tokens[0], f.tokens[1]) {
			return true
		}
	}
	return false
}

// speaks reports a form written right before a speech verb at least once
// ("England said").
func (v vocab) speaks(ms []Mention, f *form) bool {
	for _, i := range f.mentions {
		w, _, _ := strings.Cut(strings.TrimLeft(ms[i].After, " "), " ")
		if v.lx.Has(lexicon.SpeechVerbs, strings.ToLower(strings.TrimRight(w, ".,;:"))) {
			return true
		}
	}
	return false
}

// pickPerson chooses the person a surname-only form refers to: the only
// candidate, or the only candidate mentioned in the same articles.
func pickPerson(ms []Mention, f *form, cands []*form) *form {
	if len(cands) == 1 {
		return cands[0]
	}
	if len(cands) == 0 {
		return nil
	}
	arts := map[string]bool{}
	for _, i := range f.mentions {
		arts[ms[i].Article] = true
	}
	var hit *form
	for _, c := range cands {
		for _, i := range c.mentions {
			if arts[ms[i].Article] {
				if hit != nil && hit != c {
					return nil
				}
				hit = c
				break
			}
		}
	}
	return hit
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

func isAcronym(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// initials spells the capitals of a multi-word name, skipping connectors.
func (v vocab) initials(tokens []string) string {
	var sb strings.Builder
	for _, t := range tokens {
		if v.lx.Has(lexicon.OrgNameConnectors, strings.ToLower(t)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) {
			return ""
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func sameRoot(find func(string) string, fs []*form) bool {
	r := find(fs[0].key)
	for _, f := range fs[1:] {
		if find(f.key) != r {
			return false
		}
	}
	return true
}

func majorityType(ms []Mention, idx []int) string {
	counts := map[string]int{}
	for _, i := range idx {
		counts[ms[i].Type]++
	}
	best, bestN := "", 0
	for _, t := range []string{Person, Org, GPE, "LOC", "FAC", Misc, ""} {
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
	}
	return best
}

func sortMentions(ms []Mention) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Article != ms[j].Article {
			return ms[i].Article < ms[j].Article
		}
		return ms[i].Start < ms[j].Start
	})
}

// buildEntity assembles one cluster of forms.
func (v vocab) buildEntity(ms []Mention, fs []*form, misspelt map[string]string, sources func(*form) int) Entity {
	var e Entity
	type vstat struct {
		arts  map[string]bool
		count int
		miss  bool
	}
	vs := map[string]*vstat{}
	var idx []int
	for _, f := range fs {
		idx = append(idx, f.mentions...)
		_, miss := misspelt[f.key]
		for _, i := range f.mentions {
			e.Mentions = append(e.Mentions, ms[i])
			v := vs[ms[i].Text]
			if v == nil {
				v = &vstat{arts: map[string]bool{}}
				vs[ms[i].Text] = v
			}
			v.arts[ms[i].Article] = true
			v.count++
			v.miss = v.miss || miss
		}
	}
	sortMentions(e.Mentions)
	for text, v := range vs {
		arts := make([]string, 0, len(v.arts))
		for a := range v.arts {
			arts = append(arts, a)
		}
		sort.Strings(arts)
		e.Variants = append(e.Variants, Variant{Text: text, Articles: arts, Count: v.count, Misspelling: v.miss})
	}
	// Name: the best-supported spelling that is not a misspelling,
	// preferring multi-word names.
	sort.Slice(e.Variants, func(i, j int) bool {
		a, b := e.Variants[i], e.Variants[j]
		if a.Misspelling != b.Misspelling {
			return !a.Misspelling
		}
		wa, wb := len(strings.Fields(a.Text)) > 1, len(strings.Fields(b.Text)) > 1
		if wa != wb {
			return wa
		}
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		// On a tie, "Mitchell" over a headline's "MITCHELL".
		if ca, cb := allCapitals([]string{a.Text}), allCapitals([]string{b.Text}); ca != cb {
			return cb
		}
		// On a tie the spelling with its accents says more ("Inés").
		if aa, ba := textutil.FoldAccents(a.Text) != a.Text, textutil.FoldAccents(b.Text) != b.Text; aa != ba {
			return aa
		}
		return a.Text < b.Text
	})
	e.Name = e.Variants[0].Text
	e.Type = v.clusterType(ms, fs, idx)
	if e.Type == Person {
		var rs []Role
		for _, m := range e.Mentions {
			rs = append(rs, v.rolesOf(m)...)
		}
		e.Roles = groupRoles(rs)
	}
	return e
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

// orgNamed reports a name of two words or more ending in an
// organisation's head word ("Harbour Board"), unless the whole name is a
// place ("West Bank").
func (v vocab) orgNamed(f *form) bool {
	return len(f.tokens) >= 2 && v.orgHead(f.tokens[len(f.tokens)-1]) && !v.lx.IsPlace(strings.Join(f.tokens, " "))
}

// clusterType votes the type of a cluster, with organisation cues
// overriding prose's frequent GPE/PERSON for parties and unions.
func (v vocab) clusterType(ms []Mention, fs []*form, idx []int) string {
	t := majorityType(ms, idx)
	// A person's full name makes the cluster a person's before any place
	// list is asked ("MaliVai Washington" and "Washington", whom prose
	// mostly typed a place).
	for _, f := range fs {
		last := f.tokens[len(f.tokens)-1]
		if len(f.tokens) >= 2 && len(f.tokens) <= 4 && majorityType(ms, f.mentions) == Person && !allCapitals(f.tokens) &&
			!v.orgNamed(f) && !v.holdsPlace(f.tokens) && !v.lx.IsPlace(strings.Join(f.tokens, " ")) &&
			!v.lx.Has(lexicon.GeoOpeners, strings.ToLower(f.tokens[0])) && (!v.lx.IsPlace(last) || v.lx.GivenName(last) || nameFirst(f, fs)) {
			t = Person // ("East Jerusalem" is no person's name; "Mark England" is, with "England said")
		}
	}
	// A country or a large city is a place, whatever the taggers said,
	// unless it is a person's given name found as a person ("Chad").
	// A city the taggers mostly call an organisation is kept so (a team
	// named after its city in a sports report).
	placeName, orgName := false, false
	for _, f := range fs {
		name := strings.Join(f.tokens, " ")
		placeName = placeName || (v.lx.IsCountry(name) || v.lx.IsLocality(name) && t != Org) &&
			!(t == Person && v.lx.GivenName(name))
		orgName = orgName || v.orgNamed(f)
	}
	if placeName && !orgName && t != Person {
		return GPE
	}
	// A compass word or the like before a place is a place ("East
	// Jerusalem", "Northern Ontario"), whatever prose said.
	for _, f := range fs {
		if len(f.tokens) >= 2 && v.lx.Has(lexicon.GeoOpeners, strings.ToLower(f.tokens[0])) && v.lx.IsPlace(strings.Join(f.tokens[1:], " ")) {
			return GPE
		}
	}
	// A name typed a person that holds a place and is no place itself
	// names an organisation ("Seattle Mariners", "Bank of England"),
	// unless it opens with a geographic word ("Gulf of Mexico", "Republic
	// of Ireland").
	if t == Person && !placeName {
		for _, f := range fs {
			if len(f.tokens) >= 2 && len(f.tokens) <= 4 && majorityType(ms, f.mentions) == Person && !allCapitals(f.tokens) &&
				!v.lx.IsPlace(strings.Join(f.tokens, " ")) && !v.lx.Has(lexicon.GeoOpeners, strings.ToLower(f.tokens[0])) &&
				!v.lx.Has(lexicon.LocHeads, strings.ToLower(f.tokens[len(f.tokens)-1])) && v.holdsPlace(f.tokens) {
				return Org
			}
		}
	}
	// An acronym spelling another name of the cluster marks an organisation.
	for _, f := range fs {
		if len(f.tokens) == 1 && isAcronym(f.tokens[0]) {
			for _, g := range fs {
				if len(g.tokens) >= 2 && v.initials(g.tokens) == f.tokens[0] {
					return Org
				}
			}
		}
	}
	for _, f := range fs {
		if len(f.tokens) >= 2 && majorityType(ms, f.mentions) == Person && !v.orgHead(f.tokens[len(f.tokens)-1]) && !isAcronym(f.tokens[len(f.tokens)-1]) {
			t = Person
		}
	}
	for _, f := range fs {
		if v.orgNamed(f) {
			return Org
		}
		if len(f.tokens) >= 2 && v.lx.Has(lexicon.LocHeads, strings.ToLower(f.tokens[len(f.tokens)-1])) {
			return Loc
		}
		if len(f.tokens) == 1 && isAcronym(f.tokens[0]) && t != Person && len(fs) > 1 {
			return Org
		}
	}
	// Weak cues retype a person only when no full name of the cluster is
	// a person's and no honorific stands before it ("Documentary maker
	// Michael Lind", "Mr Holt said it has ...").
	titled, fullPerson := false, false
	for _, i := range idx {
		titled = titled || v.honorificBefore(ms[i])
	}
	for _, f := range fs {
		fullPerson = fullPerson || len(f.tokens) >= 2 && majorityType(ms, f.mentions) == Person
	}
	cues := 0
	for _, i := range idx {
		switch c := v.orgContext(ms[i]); {
		case c == strongCue, c == weakCue && !(t == Person && (fullPerson || titled)):
			cues++
		}
	}
	if cues > 0 && t != Person || cues*2 >= len(idx) {
		return Org
	}
	// prose often types a town it does not know as a person or an
	// organisation: a cluster mostly written after "in", "near", "the
	// mayor of", ... and never after an honorific (nor, for an
	// organisation, an organisation cue) is a place.
	places := 0
	for _, i := range idx {
		places += boolInt(v.placeContext(ms[i]))
	}
	switch {
	case (t == Person || t == "") && !titled && places*2 > len(idx):
		return GPE
	case t == Org && cues == 0 && places*2 >= len(idx) && places > 0:
		return GPE
	}
	if t == "" {
		return Misc
	}
	return t
}

// placeContext reports a place word right before a mention ("in X").
func (v vocab) placeContext(m Mention) bool {
	b := strings.ToLower(strings.TrimSpace(m.Before))
	for w := range v.lx.Set(lexicon.PlaceCues) {
		if strings.HasSuffix(b, " "+w) || b == w {
			return true
		}
	}
	return false
}

// titledForm reports a form written after an honorific at least once.
func (v vocab) titledForm(ms []Mention, f *form) bool {
	for _, i := range f.mentions {
		if v.honorificBefore(ms[i]) {
			return true
		}
	}
	return false
}

// honorificBefore reports an honorific right before a mention ("Mr X").
func (v vocab) honorificBefore(m Mention) bool {
	words := strings.Fields(strings.ToLower(m.Before))
	return len(words) > 0 && v.lx.Has(lexicon.Honorifics, strings.TrimSuffix(words[len(words)-1], "."))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pluralInitialism recognises plural initialisms such as "MPs", which end
// a group noun phrase, not a person's name.
func pluralInitialism(w string) bool {
	return len(w) >= 3 && strings.HasSuffix(w, "s") && isAcronym(w[:len(w)-1])
}

// cue is how strongly the words around a mention say it names an
// organisation.
type cue int

const (
	noCue cue = iota
	// weakCue: a cue word before the name ("the pressure group X",
	// "Documentary maker X") or "X said it would ...", which a person's
	// full name outweighs.
	weakCue
	// strongCue: a company word after the name or its possessive ("X's
	// cables division", "X chairman"), a role of it, a parenthesis naming
	// an organisation kind.
	strongCue
)

// orgContext reports cues around a mention that it names an
// organisation: a cue word before it ("the pressure group X"), a
// company word after it or its possessive ("X's cables division", "X
// chairman"), "said it" after it, a role
// "of" it ("General Secretary of X"), or a parenthesis after it naming an
// organisation kind ("X (... trade union)").
func (v vocab) orgContext(m Mention) cue {
	b := strings.ToLower(strings.TrimSpace(m.Before))
	if strings.HasSuffix(b, " of") && !v.placeContext(m) {
		words := strings.Fields(b)
		if len(words) >= 2 && v.isRoleNoun(words[len(words)-2]) {
			return strongCue
		}
	}
	a := strings.TrimSpace(m.After)
	// "X said it would ...", "X said it has sold ...": a person would be
	// "he" or "she" ("said it is possible" is no such cue).
	la := strings.ToLower(a)
	for _, p := range []string{"said it ", "says it "} {
		if r, ok := strings.CutPrefix(la, p); ok && !strings.HasSuffix(b, " of") && b != "of" && !v.placeContext(m) {
			// ("Tarn Group of Valmora said it": the group said it.)
			w, r, _ := strings.Cut(r, " ")
			if strings.HasSuffix(w, "ly") || v.lx.Has(lexicon.SaidItAdverbs, w) {
				w, r, _ = strings.Cut(r, " ") // "said it almost doubled"
			}
			next, _, _ := strings.Cut(r, " ")
			if next == "be" || next == "been" {
				continue // "said it would be better": no organisation's "it"
			}
			if v.lx.Has(lexicon.SaidItVerbs, w) || strings.HasSuffix(w, "ed") && w != "seemed" && w != "appeared" {
				return weakCue
			}
		}
	}
	// The next word, or either of the next two past a possessive.
	next := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(a, "'s"), "’s"), " ")
	n := 1
	if len(next) < len(a) {
		n = 2
	}
	for k, w := range strings.Fields(next) {
		lw := strings.ToLower(strings.TrimRight(w, ".,;:"))
		if v.lx.Has(lexicon.OrgAfterWords, lw) || n == 1 && v.lx.Has(lexicon.OrgCompoundWords, lw) {
			return strongCue
		}
		if k+1 >= n || strings.ContainsAny(w, ".,;:") {
			break
		}
	}
	if strings.HasPrefix(a, "(") {
		inner := strings.ToLower(a[1:])
		if i := strings.IndexByte(inner, ')'); i >= 0 {
			inner = inner[:i]
		}
		for _, w := range strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if v.lx.Has(lexicon.OrgHeads, w) {
				return strongCue
			}
		}
	}
	for c := range v.lx.Set(lexicon.OrgCues) {
		if strings.HasSuffix(b, " "+c) || b == c {
			return weakCue
		}
	}
	return noCue
}
