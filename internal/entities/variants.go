package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// mergeTransliterations joins two full names of people whose every word
// is near the other's (transliterations of one name: "Heidar Valikhani"
// and "Heydar Valikani"): the same number of words, two or three, each
// pair with the same first letter and, accents folded, one or two edits
// apart (nearWord), never in one article, and each the other's only such
// name.
func mergeTransliterations(r *resolver) {
	type pair struct{ a, b *form }
	near := map[*form][]*form{}
	byInitials := map[string][]*form{}
	for _, p := range r.persons {
		if len(p.tokens) < 2 || len(p.tokens) > 3 {
			continue
		}
		in := ""
		for _, t := range p.tokens {
			c, _ := utf8.DecodeRuneInString(strings.ToLower(textutil.FoldAccents(t)))
			in += string(c)
		}
		byInitials[in] = append(byInitials[in], p)
	}
	for _, group := range byInitials {
		for i, c := range group {
			for _, d := range group[i+1:] {
				if transliteration(c.tokens, d.tokens) && !coOccur(r.ms, c, d) {
					near[c] = append(near[c], d)
					near[d] = append(near[d], c)
				}
			}
		}
	}
	for _, p := range r.persons {
		if ns := near[p]; len(ns) == 1 && len(near[ns[0]]) == 1 && r.find(p.key) != r.find(ns[0].key) {
			r.union(p.key, ns[0].key)
		}
	}
}

// transliteration reports two names of as many words, each word near its
// counterpart (nearWord) and at least two words differing: one word
// differing is a misspelling (spelling-variant's).
func transliteration(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	differ := 0
	for i := range a {
		x, y := textutil.FoldAccents(strings.ToLower(a[i])), textutil.FoldAccents(strings.ToLower(b[i]))
		if x == y {
			continue
		}
		if !nearWord(x, y) {
			return false
		}
		differ++
	}
	return differ >= 2
}

// nearWord reports two lower-case words of four letters or more with one
// first letter, one or two edits apart (one for words under seven
// letters) and Jaro-Winkler similarity 0.85 or more, that are not a
// plural or a feminine form of each other.
func nearWord(x, y string) bool {
	n := min(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	if n < 4 || x+"s" == y || y+"s" == x || feminineForm(x, y) {
		return false
	}
	rx, _ := utf8.DecodeRuneInString(x)
	ry, _ := utf8.DecodeRuneInString(y)
	if rx != ry {
		return false
	}
	limit := 1
	if n >= 7 {
		limit = 2
	}
	return edlib.OSADamerauLevenshteinDistance(x, y) <= limit && edlib.JaroWinklerSimilarity(x, y) >= 0.85
}

// slipMaxPerArticle is how many times one article may write a one-word
// name for it to be a slip: a writer who spells a name the same way three
// times means it ("Tarnel" twelve times is a company, not a slip of
// "Tarnell").
const slipMaxPerArticle = 2

// writtenOften reports a form one article writes more than
// slipMaxPerArticle times.
func (r *resolver) writtenOften(f *form) bool {
	per := map[string]int{}
	for _, i := range f.mentions {
		a := r.ms[i].Article
		per[a]++
		if per[a] > slipMaxPerArticle {
			return true
		}
	}
	return false
}

// mergeSurnameSlips joins a one-word name of six letters or more that is
// no person's surname, no place and no given name, to the one person
// whose surname it misspells by one edit (a transposed pair or one
// letter: "Brantdberg" for "Brandtberg"), when no other person's surname
// and no other one-word name of the corpus is that near it, no article
// writes it more than slipMaxPerArticle times, and no more articles write
// it than the person's name.
func mergeSurnameSlips(r *resolver) {
	r.indexPersons()
	// Surnames, accents folded, by the keys of one edit (see editKeys):
	// a slip shares one with the surname it misspells.
	type surname struct{ word, folded string }
	near := map[string][]surname{}
	for sn := range r.bySurname {
		fs := textutil.FoldAccents(sn)
		for _, k := range editKeys(fs) {
			near[k] = append(near[k], surname{sn, fs})
		}
	}
	var words map[string][]string  // the one-word names the same way, when first asked
	var wordSources map[string]int // the articles writing each one-word name, when first asked
	r.eachFreeWord(func(f *form, w string) bool {
		t := f.tokens[0]
		if utf8.RuneCountInString(w) < 6 || isAcronym(t) || len(r.withSurname(w)) > 0 || r.lx.IsPlace(t) || r.lx.GivenName(t) || r.typeOf(f) == span.Org ||
			r.writtenOften(f) {
			return false
		}
		fw := textutil.FoldAccents(w)
		keys := editKeys(fw)
		var target *form
		seen := map[string]bool{} // a surname under two keys is one
		for _, k := range keys {
			for _, sn := range near[k] {
				if seen[sn.word] || !slipOfWord(fw, sn.folded) {
					continue
				}
				seen[sn.word] = true
				ps := r.withSurname(sn.word)
				if target != nil || len(ps) != 1 {
					return false
				}
				target = ps[0]
			}
		}
		if target == nil {
			return false
		}
		if wordSources == nil {
			wordSources = oneWordSources(r)
		}
		if wordSources[w] > r.sources(target) {
			return false // a word more articles write than the person's name is no slip of it
		}
		if words == nil {
			words = oneWordsByEdit(r)
		}
		own := textutil.FoldAccents(strings.ToLower(target.tokens[len(target.tokens)-1]))
		for _, k := range keys {
			for _, o := range words[k] {
				if o != fw && o != own && slipOfWord(fw, o) {
					return false // "Brantdberg" near two names
				}
			}
		}
		r.union(f.key, target.key)
		return true
	})
}

// oneWordSources counts the articles writing each one-word name (lower
// case), whatever its type.
func oneWordSources(r *resolver) map[string]int {
	seen := map[[2]string]bool{}
	out := map[string]int{}
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 {
			continue
		}
		w := strings.ToLower(f.tokens[0])
		for _, i := range f.mentions {
			if a := r.ms[i].Article; !seen[[2]string{w, a}] {
				seen[[2]string{w, a}] = true
				out[w]++
			}
		}
	}
	return out
}

// oneWordsByEdit indexes the one-word names (lower case, accents folded,
// each once) by their editKeys.
func oneWordsByEdit(r *resolver) map[string][]string {
	out := map[string][]string{}
	seen := map[string]bool{}
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) == 1 {
			w := strings.ToLower(f.tokens[0])
			if !seen[w] {
				seen[w] = true
				fw := textutil.FoldAccents(w)
				for _, ek := range editKeys(fw) {
					out[ek] = append(out[ek], fw)
				}
			}
		}
	}
	return out
}

// editKeys are the word itself and the word with each of its letters
// left out in turn (each key once). Two words one edit apart (a letter
// changed, added or left out, or two next to each other swapped) share
// one: the one blocking key slipOfWord's pairs need.
func editKeys(w string) []string {
	rs := []rune(w)
	keys := make([]string, 0, len(rs)+1)
	keys = append(keys, string(rs))
	buf := make([]rune, 0, len(rs))
	for i := range rs {
		if i > 0 && rs[i] == rs[i-1] {
			continue // the same word as leaving out the letter before
		}
		buf = append(append(buf[:0], rs[:i]...), rs[i+1:]...)
		keys = append(keys, string(buf))
	}
	return keys
}

// slipOfWord reports two lower-case words, accents folded, one edit
// apart (a transposed pair counts one), with one first letter.
func slipOfWord(x, y string) bool {
	if d := len(x) - len(y); d > 1 || d < -1 || x == y || x+"s" == y || y+"s" == x {
		return false
	}
	rx, _ := utf8.DecodeRuneInString(x)
	ry, _ := utf8.DecodeRuneInString(y)
	return rx == ry && edlib.OSADamerauLevenshteinDistance(x, y) == 1
}

// mergeAcronymHeads joins an acronym that no multi-word name spells to
// the one organisation's name whose initials it spells but for a last
// letter, the initial of a head word the name leaves out: the name's
// last word and that head are a pair of omitted_heads ("NYPD" to "New
// York Police", whose Department "D" is left out; not to "New York
// Post").
func mergeAcronymHeads(r *resolver) {
	found := map[string][]*form{} // the names of each acronym, found once (types and names stay fixed while merges run)
	r.eachFreeWord(func(f *form, _ string) bool {
		a := f.tokens[0]
		if !isAcronym(a) || len(a) < 3 || len(r.spelledBy(a)) > 0 {
			return false
		}
		orgs, ok := found[a]
		if !ok {
			for _, g := range r.spelledBy(a[:len(a)-1]) {
				if r.typeOf(g) == span.Org && r.omittedHead(g.tokens[len(g.tokens)-1], a[len(a)-1:]) {
					orgs = append(orgs, g)
				}
			}
			found[a] = orgs
		}
		if len(orgs) >= 1 && r.sameRoot(orgs) {
			r.union(f.key, orgs[0].key)
			return true
		}
		return false
	})
}

// omittedHead reports a last word of a name that an omitted_heads pair
// opens, the pair's head beginning with letter l ("Police" and "D" of
// "police department").
func (v vocab) omittedHead(last, l string) bool {
	prefix := strings.ToLower(last) + " " + strings.ToLower(l)
	for _, w := range v.lx.Words(lexicon.OmittedHeads) {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}

// mergeTheHeads joins a one-word organisation's head written after "the"
// (or "the" and one word more) in most of its mentions across the corpus
// to the one organisation's name it opens before "of": "the Academy" to
// "Academy of Tarnby Arts", "the 6,000-member Academy" too.
func mergeTheHeads(r *resolver) {
	byWord := map[string][]*form{}
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) == 1 && r.find(k) == k && !r.claimed[f] && !isAcronym(f.tokens[0]) {
			lw := strings.ToLower(f.tokens[0])
			if r.orgHeadWord(lw) {
				byWord[lw] = append(byWord[lw], f)
			}
		}
	}
	if len(byWord) == 0 {
		return
	}
	opens := map[string][]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		if len(g.tokens) >= 3 && strings.EqualFold(g.tokens[1], "of") && r.typeOf(g) == span.Org {
			lw := strings.ToLower(g.tokens[0])
			opens[lw] = append(opens[lw], g)
		}
	}
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 {
			continue
		}
		lw := strings.ToLower(f.tokens[0])
		fs, cands := byWord[lw], opens[lw]
		if len(fs) == 0 || fs[0] != f || len(cands) == 0 || !r.sameRoot(cands) || !r.mostlyAfterThe(fs) {
			continue
		}
		for _, g := range fs {
			r.union(g.key, cands[0].key)
			r.claimed[g] = true
		}
	}
}

// mostlyAfterThe reports forms more than half of whose mentions follow
// "the", right before or one word before ("the 6,000-member Academy").
func (r *resolver) mostlyAfterThe(fs []*form) bool {
	after, all := 0, 0
	for _, f := range fs {
		for _, i := range f.mentions {
			all++
			words := strings.Fields(strings.Trim(r.ms[i].Before, " \u00a0\"“‘'("))
			for k := len(words) - 1; k >= 0 && k >= len(words)-2; k-- {
				if strings.EqualFold(strings.Trim(words[k], "\"“‘'("), "the") {
					after++
					break
				}
			}
		}
	}
	return after*2 > all
}

// mergePluralWords joins two organisation or law names (MISC) of as many
// words, three or more, that differ only by a plural -s on one word
// before the last: "Guild of Harbour Pilots Arts" to "Guild of Harbour
// Pilot Arts". A spelling of one source beside one of two sources or more
// is reported as its misspelling (markSlip).
func mergePluralWords(r *resolver) {
	byKey := map[string][]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		if t := r.typeOf(g); len(g.tokens) < 3 || t != span.Org && t != span.Misc && !r.orgNamed(g) {
			continue
		}
		for i := 0; i < len(g.tokens)-1; i++ {
			lw := strings.ToLower(g.tokens[i])
			if r.lx.PluralS(lw) {
				t := append([]string{}, g.tokens...)
				t[i] = t[i][:len(t[i])-1]
				byKey[key(t)] = append(byKey[key(t)], g)
			}
		}
	}
	for _, k := range r.order {
		f := r.forms[k]
		if gs := byKey[f.key]; len(gs) == 1 && r.find(gs[0].key) != r.find(f.key) {
			r.union(gs[0].key, f.key)
			r.markSlip(gs[0], f)
		}
	}
}

// markSlip records the spelling of two just-joined forms that one source
// writes as a misspelling of the other when two sources or more write
// that one ("Marine Mammals Protection Act" once, "Marine Mammal
// Protection Act" in three articles): a name's own spelling is the one
// most sources agree on.
func (r *resolver) markSlip(a, b *form) {
	if r.sources(a) > r.sources(b) {
		a, b = b, a
	}
	if r.sources(a) != 1 || r.sources(b) < 2 {
		return
	}
	if _, ok := r.misspelt[a.key]; !ok {
		r.misspelt[a.key] = b.key
	}
}

// mergeAcronymDivisions joins an organisation's name made of an acronym
// and organisation heads alone ("ABC Television Network", "ABC
// Entertainment Group") to the acronym written alone ("ABC"): the body
// and its parts are named as one.
func mergeAcronymDivisions(r *resolver) {
	alone := map[string][]*form{}
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) == 1 && isAcronym(f.tokens[0]) {
			alone[f.tokens[0]] = append(alone[f.tokens[0]], f)
		}
	}
	// An acronym the acronym merge joined to a place's name ("LA" to
	// "Los Angeles") is the place's: "LA Times" is a paper of it.
	placeRoots := map[string]bool{}
	for _, k := range r.order {
		if f := r.forms[k]; r.lx.IsPlace(strings.Join(f.tokens, " ")) {
			placeRoots[r.find(k)] = true
		}
	}
	for _, k := range r.order {
		g := r.forms[k]
		if len(g.tokens) < 2 || !isAcronym(g.tokens[0]) || len(alone[g.tokens[0]]) == 0 || r.lx.IsPlace(g.tokens[0]) {
			continue // a country's government or treasury is no division of the country
		}
		heads := true
		for _, t := range g.tokens[1:] {
			// A body of the acronym's polity ("EU Commission", "UK
			// Government") is another entity than the acronym.
			heads = heads && r.orgHead(t) && !r.lx.Has(lexicon.Offices, strings.ToLower(t))
		}
		if !heads {
			continue
		}
		for _, f := range alone[g.tokens[0]] {
			if !placeRoots[r.find(f.key)] {
				r.union(f.key, g.key)
			}
		}
	}
}

// mergeSiteNames joins a website named by address ("People.com") to the
// one-word name its address gives ("People"), written elsewhere.
func mergeSiteNames(r *resolver) {
	byWord := map[string][]*form{}
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) == 1 {
			byWord[f.tokens[0]] = append(byWord[f.tokens[0]], f)
		}
	}
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 {
			continue
		}
		stem := r.siteStem(f.tokens[0])
		if stem == "" {
			continue
		}
		for _, g := range byWord[stem] {
			r.union(f.key, g.key)
		}
	}
}

// siteStem returns the name a website's address gives ("People" of
// "People.com"), or "" when w ends in none of site_domains.
func (v vocab) siteStem(w string) string {
	if !strings.Contains(w, ".") {
		return ""
	}
	for _, d := range v.lx.Words(lexicon.SiteDomains) {
		if stem, ok := textutil.CutSuffixFold(w, "."+d); ok && stem != "" && !strings.Contains(stem, ".") {
			return stem
		}
	}
	return ""
}

// mergeBlendNames joins a one-word name blended from the starts of a
// person's first name and surname, in two capitalised parts of up to
// four letters ("AdQu" of Ada Quill, "JLo"), to the one person whose
// names begin so, when the word is no one's surname.
func mergeBlendNames(r *resolver) {
	var byStart map[string][]blendName
	r.eachFreeWord(func(f *form, w string) bool {
		a, b, ok := blendParts(f.tokens[0])
		if !ok || len(r.withSurname(w)) > 0 {
			return false
		}
		if byStart == nil {
			byStart = blendIndex(r.persons)
		}
		var hit *form
		for _, bn := range byStart[blendKey(a, b)] {
			p, first, last := bn.p, bn.first, bn.last
			if r.find(p.key) != p.key {
				continue
			}
			if strings.HasPrefix(first, a) && strings.HasPrefix(last, b) && len(first) > len(a) && len(last) > len(b) {
				if hit != nil {
					return false
				}
				hit = p
			}
		}
		if hit == nil {
			return false
		}
		r.union(f.key, hit.key)
		return true
	})
}

// blendName is a person with its first name and surname in lower case.
type blendName struct {
	p           *form
	first, last string
}

// blendIndex indexes persons, in order, by the blendKey of their first
// name and surname (lower case): the persons whose names a blend's parts
// begin are all under the parts' key, so a blend is compared with them
// alone, not with every person.
func blendIndex(persons []*form) map[string][]blendName {
	ix := map[string][]blendName{}
	for _, p := range persons {
		first, last := strings.ToLower(p.tokens[0]), strings.ToLower(p.tokens[len(p.tokens)-1])
		if k := blendKey(first, last); k != "" {
			ix[k] = append(ix[k], blendName{p, first, last})
		}
	}
	return ix
}

// blendKey is the first letter of a and the first two of b ("" when a
// has none or b fewer than two): a blend's parts (blendParts: one letter
// or more, two or more) and the names they begin share it.
func blendKey(a, b string) string {
	ra, n := utf8.DecodeRuneInString(a)
	_, m1 := utf8.DecodeRuneInString(b)
	_, m2 := utf8.DecodeRuneInString(b[m1:])
	if n == 0 || m1 == 0 || m2 == 0 {
		return ""
	}
	return string(ra) + "\x00" + b[:m1+m2]
}

// blendParts splits a word of two capitalised parts, each a capital and
// at most three lower-case letters, the second two letters or more
// ("LiLo" -> "li", "lo"; "JLo" -> "j", "lo"), in lower case.
func blendParts(w string) (string, string, bool) {
	rs := []rune(w)
	if len(rs) < 3 || len(rs) > 8 || !unicode.IsUpper(rs[0]) {
		return "", "", false
	}
	cut := -1
	for i := 1; i < len(rs); i++ {
		switch {
		case unicode.IsUpper(rs[i]) && cut < 0:
			cut = i
		case unicode.IsLower(rs[i]):
		default:
			return "", "", false
		}
	}
	if cut < 1 || cut > 4 || len(rs)-cut < 2 || len(rs)-cut > 4 {
		return "", "", false
	}
	return strings.ToLower(string(rs[:cut])), strings.ToLower(string(rs[cut:])), true
}

// mergeBirthNames joins a person's full name written right after "born"
// ("Quill was born Ada Mae Quill in Tarnby") to the one other person of
// that article with the same surname: the birth name of the person the
// article is about.
func mergeBirthNames(r *resolver) {
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) < 2 || r.typeOf(f) != span.Person {
			continue
		}
		last := strings.ToLower(f.tokens[len(f.tokens)-1])
		for _, i := range f.mentions {
			words := strings.Fields(strings.ToLower(r.ms[i].Before))
			if len(words) == 0 || words[len(words)-1] != "born" {
				continue
			}
			if g := r.bearerIn(f, last, r.ms[i].Article); g != nil {
				r.union(f.key, g.key)
				break
			}
		}
	}
}

// bearerIn returns the one person's full name of article art, not in
// f's cluster, with surname last (lower case); nil when none or several.
func (r *resolver) bearerIn(f *form, last, art string) *form {
	var hit *form
	for _, p := range r.persons {
		if r.find(p.key) == r.find(f.key) || strings.ToLower(p.tokens[len(p.tokens)-1]) != last {
			continue
		}
		for _, i := range p.mentions {
			if r.ms[i].Article == art {
				if hit != nil && r.find(hit.key) != r.find(p.key) {
					return nil
				}
				hit = p
				break
			}
		}
	}
	return hit
}
