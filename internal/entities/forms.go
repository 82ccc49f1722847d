package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// dropNameSuffix drops a generational suffix ("Jr.", "III") from the end
// of a name of three fields or more, so "Sam Wells Jr." and "Sam Wells"
// are one form; the mention keeps its text. It drops the letters of an
// office or an honour after a person's name too ("Ada Quill MP", "Bo
// Lind QC": post_nominals). "Jr" and "Sr" make the
// mention a person's; the others ("II") only end one typed so ("World
// War II" is none). A numeral after a surname alone ("Quill II" of
// "Brand vs Quill II", a rematch) is dropped too when the surname ends a
// person's full name elsewhere and is no given name (suffixedSurname).
func dropNameSuffix(r *resolver, c *nameCut) {
	n := len(c.fields)
	if n == 2 && r.suffixedSurname(c.fields) {
		c.fields = c.fields[:1]
		c.m.Type = span.Person
		return
	}
	if n < 3 {
		return
	}
	last := strings.ToLower(strings.TrimSuffix(strings.TrimRight(c.fields[n-1], ","), "."))
	if c.m.Type == span.Person && isAcronym(c.fields[n-1]) && r.lx.Has(lexicon.PostNominals, last) && isCapitalWord(c.fields[n-2]) {
		if !r.lx.Has(lexicon.CompassPoints, strings.ToLower(c.fields[n-2])) {
			c.fields = c.fields[:n-1] // "Ada Quill MP"; not "Tarnby West MP", a seat's
		}
		return
	}
	if !r.lx.Has(lexicon.NameSuffixes, last) || !isCapitalWord(c.fields[n-2]) {
		return
	}
	switch {
	case r.lx.Has(lexicon.FilialNameSuffixes, last):
		c.m.Type = span.Person
	case c.m.Type != span.Person:
		return
	}
	c.fields = c.fields[:n-1]
}

// suffixedSurname reports a two-word name that is a Roman numeral of the
// generational suffixes ("II", not "Jr.", which may name a son) after a
// capitalised word that is no given name and ends the full name of a
// person among the mentions ("Quill II" beside "Ada Quill"; "Elizabeth
// II" stays).
func (r *resolver) suffixedSurname(fields []string) bool {
	last := strings.ToLower(strings.TrimSuffix(fields[1], "."))
	if r.lx.Has(lexicon.FilialNameSuffixes, last) || !r.lx.Has(lexicon.NameSuffixes, last) || !isCapitalWord(fields[0]) || r.givenNameOnly(fields[0]) {
		return false
	}
	w := key(fields[:1])
	for i := range r.cuts {
		o := &r.cuts[i]
		if k := len(o.fields); o.live() && o.m.Type == span.Person && k >= 2 && k <= 4 && key(o.fields[k-1:]) == w {
			return true
		}
	}
	return false
}

// mergeMiddleNames joins a person's name of two words ("Ada Quill") to
// the one longer person's name with the same first word and surname and
// capitalised middle names of two letters or more ("Ada Mae Quill"; the
// initials are middle-initial's: "George H. W. Bush" is no George Bush),
// unless the two are written
// in one sentence or as relatives. Two longer names for one short one
// ("Ada Mae Quill", "Ada Rose Quill") leave it alone. First, a name of
// two words or more joins the one longer person's name that ends in it
// after given names or initials ("Quill Lind" to "Ada Quill Lind", left
// whole by known-name-tail), whose middle word is then a surname's.
func mergeMiddleNames(r *resolver) {
	// The names known-name-tail leaves whole after given names or
	// initials ("Ada Quill Lind") take the name they end in ("Quill
	// Lind": a double surname, whose first word is no middle name).
	surnamed := map[*form]bool{} // the longer names a tail joined
	for _, p := range r.persons {
		if ls := r.storyLonger(p, r.longerNames(p)); len(ls) == 1 && r.samePerson(p, ls[0]) {
			r.union(p.key, ls[0].key)
			surnamed[ls[0]] = true
		}
	}
	long := map[string][]*form{}
	for _, p := range r.persons {
		n := len(p.tokens)
		if n < 3 || surnamed[p] {
			continue
		}
		middle := true
		for _, t := range p.tokens[1 : n-1] {
			middle = middle && isCapitalWord(t) && utf8.RuneCountInString(strings.TrimSuffix(t, ".")) >= 2 &&
				!r.lx.Has(lexicon.NameParticles, strings.ToLower(t))
		}
		if middle {
			k := key([]string{p.tokens[0], p.tokens[n-1]})
			long[k] = append(long[k], p)
		}
	}
	for _, p := range r.persons {
		if len(p.tokens) != 2 {
			continue
		}
		if ls := long[p.key]; len(ls) == 1 && r.samePerson(p, ls[0]) {
			r.union(p.key, ls[0].key)
		}
	}
}

// samePerson reports two person forms that may be one person's: not
// written in one sentence, nor either after a word of kinship in an
// article with both.
func (r *resolver) samePerson(a, b *form) bool {
	return !sameSentence(r.ms, a, b) && !r.kin(r.ms, a, b)
}

// mergeNameForms joins two person's full names with one surname whose
// first names are forms of one given name by the lexicon ("Chuck Quill",
// "Charles Quill"), when no third person in the corpus has that surname
// and each is the only person with its first name form there, and the
// two are not written in one sentence or as relatives.
func mergeNameForms(r *resolver) {
	groups := r.nameFormGroups()
	bySurname := map[string][]*form{}
	for _, p := range r.persons {
		s := textutil.FoldAccents(strings.ToLower(p.tokens[len(p.tokens)-1]))
		bySurname[s] = append(bySurname[s], p)
	}
	for _, p := range r.persons {
		s := textutil.FoldAccents(strings.ToLower(p.tokens[len(p.tokens)-1]))
		if len([]rune(s)) < 3 {
			continue
		}
		for _, q := range bySurname[s] {
			if q == p || r.find(q.key) == r.find(p.key) {
				continue
			}
			a, b := strings.ToLower(p.tokens[0]), strings.ToLower(q.tokens[0])
			if a == b || !sharedGroup(groups[a], groups[b]) || !r.samePerson(p, q) || r.otherBearer(bySurname[s], p, q) {
				continue
			}
			r.union(q.key, p.key)
		}
	}
}

// otherBearer reports a person among same (who share a surname) that is
// neither a nor b, nor joined to either.
func (r *resolver) otherBearer(same []*form, a, b *form) bool {
	ra, rb := r.find(a.key), r.find(b.key)
	for _, p := range same {
		if rp := r.find(p.key); rp != ra && rp != rb {
			return true
		}
	}
	return false
}

// nameFormGroups maps each form of a given name (lower case) to the
// numbers of the name_forms groups it is in.
func (v vocab) nameFormGroups() map[string][]int {
	out := map[string][]int{}
	for i, line := range v.lx.Words(lexicon.NameForms) {
		for _, f := range strings.Fields(line) {
			out[f] = append(out[f], i)
		}
	}
	return out
}

// sharedGroup reports two sorted group lists with a group in common.
func sharedGroup(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// dropNonNames drops mentions that name no one: a party tag ("D-Nev",
// "R-Texas"), a group of people or bodies named by a plural ("MPs",
// "Labour MPs", "Constituency Labour Parties"), a side or movement of
// politics ("the Left", "Brexit"), also after a qualifier ("Harbour
// Lefty", "Hard Brexit"), or a follower's word ("Blairite",
// "Thatcherism").
func dropNonNames(r *resolver, c *nameCut) {
	n := len(c.fields)
	last := strings.TrimRight(c.fields[n-1], ".,;:")
	if n == 1 && (r.partyTag(last) || r.movementWord(last) || r.contractedSubject(last)) || pluralInitialism(last) || n >= 2 && r.pluralOrgHead(last) ||
		n >= 2 && r.lx.Has(lexicon.MovementWords, strings.ToLower(last)) {
		c.fields = nil
	}
}

// contractedSubject reports a pronoun contracted with a verb ("I've",
// "We’re") that a quote's opening capitalised.
func (v vocab) contractedSubject(w string) bool {
	k := strings.IndexAny(w, "'’")
	return k > 0 && k < len(w)-1 && v.lx.Has(lexicon.ContractedSubjectsEn, strings.ToLower(w[:k]))
}

// partyTag reports "D-Nev", "R-Texas": a party's letter, a hyphen and a
// state, short or a known place.
func (v vocab) partyTag(w string) bool {
	p, state, ok := strings.Cut(w, "-")
	return ok && v.lx.PartyTag(p, state)
}

// movementWord reports a side or movement of politics ("Left", "Brexit")
// or a capitalised word with a follower's ending after a stem of four
// letters or more not ending in a vowel ("Blairite"; "Braithwaite" is a
// surname).
func (v vocab) movementWord(w string) bool {
	lw := strings.ToLower(w)
	if v.lx.Has(lexicon.MovementWords, lw) {
		return true
	}
	for suf := range v.lx.Set(lexicon.MovementSuffixes) {
		if stem, ok := strings.CutSuffix(lw, suf); ok && utf8.RuneCountInString(stem) >= 4 && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
			return true
		}
	}
	return false
}

// pluralOrgHead reports the plural of a public body's head word
// ("Parties", "Unions"): a name ending in one names several bodies.
func (v vocab) pluralOrgHead(w string) bool {
	return v.lx.Has(lexicon.PluralBodyNouns, strings.ToLower(w))
}

// votePersonCues: a person's cue around any mention (an honorific
// before it; for a cluster typed an organisation or untyped, a speech
// verb after it or a role given it: "Mr Quill", "Quill said", "Quill, the
// harbour master", for a cluster with a name shaped like a person's:
// see personShaped) outvotes the taggers' guess ("Valmora said" is a
// place's government, "Tarnwire said" an agency), and so does a given name opening a name the taggers typed
// an organisation only once ("Ada Quill"); not for a cluster with an
// organisation cue, an organisation's name or an acronym, or naming a
// country or a large city.
func votePersonCues(c *cluster, t string) (string, bool) {
	if t == span.Person || t == span.Misc {
		return t, false
	}
	if place, org := c.placeName(t); place || org || c.orgCues(t) > 0 {
		return t, false
	}
	for _, f := range c.fs {
		if isAcronym(f.tokens[0]) || pluralInitialism(f.tokens[len(f.tokens)-1]) {
			return t, false
		}
	}
	if c.isTitled() {
		return span.Person, false
	}
	if t != span.Org && t != "" || !c.personShaped() {
		return t, false // "Valmora said": its government; "Tarnwire said": an agency
	}
	for _, f := range c.fs {
		if c.speaks(c.ms, f) {
			return span.Person, false
		}
	}
	for _, i := range c.idx {
		if len(c.rolesOf(c.ms[i], c.off)) > 0 {
			return span.Person, false
		}
	}
	if t == span.Org && len(c.idx) == 1 {
		f := c.fs[0]
		if n := len(f.tokens); n >= 2 && n <= 3 && len(c.nameFormGroups()[strings.ToLower(f.tokens[0])]) > 0 {
			return span.Person, false
		}
	}
	return t, false
}

// personShaped reports a cluster with a name of two to four capitalised
// words, none a connector ("of") or an organisation's head, not ending in
// a landmark's head ("Ada Quill Theatre"), and no form opening with an
// organisation's head ("Bank of Valmora").
func (c *cluster) personShaped() bool {
	shaped := false
	for _, f := range c.fs {
		if c.orgHead(f.tokens[0]) || c.countryInitialsOpen(f.tokens) {
			return false // "U. S. Survey Office": a country's body
		}
		n := len(f.tokens)
		ok := n >= 2 && n <= 4 && !c.lx.Has(lexicon.NerLandmarkHeads, strings.ToLower(f.tokens[n-1]))
		for _, t := range f.tokens {
			ok = ok && isCapitalWord(t) && !c.orgHead(t) && !c.lx.Has(lexicon.OrgNameConnectors, strings.ToLower(t))
		}
		shaped = shaped || ok
	}
	return shaped
}

// countryInitialsOpen reports a name opening with a country's initials
// written with spaces, two tokens or more ("U. S. Survey Office").
func (v vocab) countryInitialsOpen(tokens []string) bool {
	joined, k := "", 0
	for k < len(tokens) && len(tokens[k]) == 2 && tokens[k][1] == '.' && tokens[k][0] >= 'A' && tokens[k][0] <= 'Z' {
		joined += tokens[k]
		k++
	}
	return k >= 2 && v.lx.IsCountry(joined)
}

// mergePlaceNamedSides joins a one-word plural or side's name left alone
// ("Mariners") to the one name of two words or more that is a place's
// name and it ("Seattle Mariners"), as sides are named after their town
// ("Las Vegas Tarnsoft" is no side's).
func mergePlaceNamedSides(r *resolver) {
	byLast := formsByLastWord(r)
	placeNamed := map[string][]*form{} // the candidates of each word, found once
	for _, k := range r.order {
		f := r.forms[k]
		w := f.tokens[0]
		if len(f.tokens) != 1 || r.claimed[f] || isAcronym(w) || r.lx.IsPlace(w) ||
			!strings.HasSuffix(w, "s") && !r.lx.Has(lexicon.SideWords, strings.ToLower(w)) && !r.orgHead(w) {
			continue
		}
		cands, ok := placeNamed[w]
		if !ok {
			for _, g := range byLast[textutil.FoldKey(w)] {
				n := len(g.tokens)
				if strings.EqualFold(g.tokens[n-1], w) && r.lx.IsPlace(strings.Join(g.tokens[:n-1], " ")) {
					cands = append(cands, g)
				}
			}
			placeNamed[w] = cands
		}
		if len(cands) >= 1 && r.sameRoot(cands) && !r.standsAlone(f, cands[0]) {
			r.union(f.key, cands[0].key)
		}
	}
}

// standsAlone reports a one-word form whose word the corpus writes alone
// in over five times as many articles as the longer name g that ends in
// it: the word stands for more than g ("Tories" in a hundred articles
// beside one "Calder Hills Tories").
func (r *resolver) standsAlone(f, g *form) bool {
	return len(r.wordArts[key(f.tokens)]) > 5*r.sources(g)
}

// dropLowerCaseTail cuts the words in lower case off the end of a name
// ("Riverside transit" of a headline is "Riverside") and leaves the name
// untyped: the taggers typed the longer run.
func dropLowerCaseTail(rs *resolver, c *nameCut) {
	if c.m.Lang != "" && c.m.Lang != "en" {
		return // Swedish names keep words in lower case ("Stockholms universitet")
	}
	if rs.keepBody(c.fields) || c.m.Type == span.Person && rs.lowerCaseName(c.fields) {
		return // a person written in lower case has no capitalised name to cut back to ("amy quorvane")
	}
	for len(c.fields) > 1 {
		last := c.fields[len(c.fields)-1]
		r, _ := utf8.DecodeRuneInString(last)
		if !unicode.IsLower(r) || rs.lx.ParticleHyphenName(last) { // "Muqtada al-Sadr"
			return
		}
		text := c.m.Text[c.start:c.end]
		i := strings.LastIndex(text, last)
		if i <= 0 {
			return
		}
		c.end = c.start + len(strings.TrimRight(text[:i], " "))
		c.fields = c.fields[:len(c.fields)-1]
		c.m.Type = "" // the taggers typed the run, not the name left
	}
}

// lowerCaseName reports a name written all in lower case, words of
// letters only, none a stop word or a surname's particle ("amy quorvane";
// not "of the", "de l'Audiovisuel").
func (rs *resolver) lowerCaseName(fields []string) bool {
	for _, f := range fields {
		if f == "" || strings.ContainsFunc(f, func(r rune) bool { return !unicode.IsLower(r) }) ||
			rs.lx.Has(lexicon.StopwordsEn, f) || rs.lx.Has(lexicon.NameParticles, f) {
			return false
		}
	}
	return true
}

// mergeCutNames joins a one-word name to the one longer name it ends,
// when every mention of it follows the rest of that name ("First" after
// "Commuters" is Commuters First, which the tagger cut).
func mergeCutNames(r *resolver) {
	byRest := formsByRest(r)
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 {
			continue
		}
		// The names f may be cut from are those whose words before the
		// last the first mention's sentence ends with (each once: one
		// name has one rest).
		var cands []*form
		last := textutil.FoldKey(f.tokens[0])
		b0 := strings.TrimRight(r.ms[f.mentions[0]].Before, " ")
		for p := 0; p <= len(b0); p++ {
			if p > 0 && isLetterByte(b0[p-1]) {
				continue
			}
			for _, g := range byRest[restKey{last, b0[p:]}] {
				n := len(g.tokens)
				if !strings.EqualFold(g.tokens[n-1], f.tokens[0]) {
					continue
				}
				rest := b0[p:]
				all := true
				for _, i := range f.mentions {
					b := strings.TrimRight(r.ms[i].Before, " ")
					all = all && strings.HasSuffix(b, rest) && (len(b) == len(rest) || !isLetterByte(b[len(b)-len(rest)-1]))
				}
				if all {
					cands = append(cands, g)
				}
			}
		}
		if len(cands) >= 1 && r.sameRoot(cands) {
			r.union(f.key, cands[0].key)
		}
	}
}

// restKey is a name's last word, case folded (textutil.FoldKey), and its
// words before the last, as written, joined by spaces.
type restKey struct{ last, rest string }

// formsByRest indexes the names of two words or more by restKey, so a
// one-word name is compared only with the names whose rest its mention
// is written after, not with every name it ends.
func formsByRest(r *resolver) map[restKey][]*form {
	out := map[restKey][]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		if n := len(g.tokens); n >= 2 {
			rk := restKey{textutil.FoldKey(g.tokens[n-1]), strings.Join(g.tokens[:n-1], " ")}
			out[rk] = append(out[rk], g)
		}
	}
	return out
}

// formsByLastWord indexes the names of two words or more by their last
// word, case folded (textutil.FoldKey), in r.order: the joins of a one-word name to a longer
// name it ends look there, so the work grows with the forms, not with
// their pairs.
func formsByLastWord(r *resolver) map[string][]*form {
	byLast := map[string][]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		if n := len(g.tokens); n >= 2 {
			last := textutil.FoldKey(g.tokens[n-1])
			byLast[last] = append(byLast[last], g)
		}
	}
	return byLast
}

// isLetterByte reports an ASCII letter.
func isLetterByte(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// mergeParticleSurnames joins a surname that opens with a name particle
// ("De Quill", "van Quill", typed anything) to the one person whose full
// name ends in it, or the one named in the same article: the surname
// alone of a name with a particle is two words or three, which the
// one-word surname merge never reads. Among several, the one full name the
// others write with an initial ("A de Quill" beside "Ada de Quill") is
// the one (initial-name joins them).
func mergeParticleSurnames(r *resolver) {
	tails := map[string][]*form{}
	for _, p := range r.persons {
		if t, ok := r.particleTail(p.tokens); ok {
			tails[t] = append(tails[t], p)
		}
	}
	if len(tails) == 0 {
		return
	}
	for _, k := range r.order {
		f := r.forms[k]
		if n := len(f.tokens); n < 2 || n > 3 || !r.lx.Has(lexicon.NameParticles, strings.ToLower(f.tokens[0])) {
			continue
		}
		cands := tails[f.key]
		p := pickPerson(r.ms, f, cands)
		if p == nil {
			if p = r.storyInitialsOf(cands); p == nil {
				continue
			}
		}
		if r.find(f.key) != r.find(p.key) {
			r.union(f.key, p.key)
		}
	}
}

// initialsOf returns the one name among cands whose first name is written
// out when every other opens with its initial and is the same after it
// ("A de Quill" beside "Ada de Quill"); nil otherwise.
func initialsOf(cands []*form) *form {
	var full *form
	for _, c := range cands {
		if !isInitial(c.tokens[0]) {
			if full != nil {
				return nil
			}
			full = c
		}
	}
	if full == nil {
		return nil
	}
	first, _ := utf8.DecodeRuneInString(full.tokens[0])
	for _, c := range cands {
		if c == full {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(c.tokens[0]); r != first || key(c.tokens[1:]) != key(full.tokens[1:]) {
			return nil
		}
	}
	return full
}

// longerNames returns the persons' names that end in the person's name
// p after given names or initials ("Ada Quill Lind" for "Quill Lind"),
// or a given name no list holds (givenNamesBefore, midSentenceGivenNames),
// which known-name-tail leaves whole.
func (r *resolver) longerNames(p *form) []*form {
	if r.longer == nil {
		r.longer = map[string][]*form{}
		for _, q := range r.persons {
			for k := 1; len(q.tokens)-k >= 2 && (r.givenNamesBefore(q.tokens[:k], q.tokens[k:]) || r.givenRuns[q.key] && k <= 2); k++ {
				r.longer[key(q.tokens[k:])] = append(r.longer[key(q.tokens[k:])], q)
			}
		}
	}
	return r.longer[key(p.tokens)]
}

// nameSources counts the articles writing a person's name p, alone or
// in the one longer name that ends in it after given names ("Quill Lind"
// in "Ada Quill Lind"): the support of its spelling.
func (r *resolver) nameSources(p *form) int {
	ls := r.longerNames(p)
	if len(ls) != 1 {
		return r.sources(p)
	}
	set := map[string]bool{}
	for _, f := range []*form{p, ls[0]} {
		for _, i := range f.mentions {
			set[r.ms[i].Article] = true
		}
	}
	return len(set)
}
