package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// mergeTheWords joins a one-word name written after "the" every time
// ("the Herald", "the Board") to the one organisation's name of two words
// or more that ends in it ("Tarnby Herald"): a name shortened to its
// head. Several such names (two parties) leave it alone.
func mergeTheWords(r *resolver) {
	var ends map[string][]*form // last word (lower case) -> org names
	r.eachFreeWord(func(f *form, w string) bool {
		if isAcronym(f.tokens[0]) || !r.alwaysAfterThe(f) || r.runsOn(f) {
			return false
		}
		if ends == nil {
			ends = map[string][]*form{}
			for _, k := range r.order {
				g := r.forms[k]
				if n := len(g.tokens); n >= 2 && (r.orgNamed(g) || r.typeOf(g) == span.Org) {
					lw := strings.ToLower(g.tokens[n-1])
					ends[lw] = append(ends[lw], g)
				}
			}
		}
		if cands := ends[w]; len(cands) >= 1 && r.sameRoot(cands) && !r.standsAlone(f, cands[0]) {
			r.union(f.key, cands[0].key)
			return true
		}
		return false
	})
}

// runsOn reports a form a mention of which the text goes on naming
// after it: a capitalised word, or a way of writing "and" (and_forms)
// and capitalised words up to an organisation's head, or a hyphen
// and a word ("the Tarnby Carolina-based bank", "the Harbour and Dock
// Workers' Union"): the taggers cut it off a longer name, which is not
// the organisation's ending in it.
func (r *resolver) runsOn(f *form) bool {
	for _, i := range f.mentions {
		a := r.ms[i].After
		if rest, ok := strings.CutPrefix(a, "-"); ok {
			if c, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(c) {
				return true
			}
			continue
		}
		rest := strings.TrimLeft(a, " \u00a0")
		if rest == a {
			continue
		}
		if w, l, ok := strings.Cut(rest, " "); ok && r.lx.Has(lexicon.AndForms, strings.ToLower(w)) {
			if r.headedRun(l) {
				return true
			}
			continue
		}
		if c, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// headedRun reports text opening with capitalised words up to an
// organisation's head, a possessive allowed ("General Workers' Union's
// members"): the rest of a name joined by "and", not a second name ("and
// Daredevil have").
func (r *resolver) headedRun(text string) bool {
	for _, w := range strings.Fields(text) {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return false
		}
		w = strings.TrimRight(w, ".,;:!?")
		w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'")
		if r.orgHead(w) {
			return true
		}
	}
	return false
}

// alwaysAfterThe reports a form every mention of which follows "the".
func (r *resolver) alwaysAfterThe(f *form) bool {
	for _, i := range f.mentions {
		b := strings.TrimRight(r.ms[i].Before, " \u00a0")
		if k := strings.LastIndexAny(b, " \u00a0\"“‘'("); k >= 0 {
			b = b[k+1:]
		}
		if !strings.EqualFold(b, "the") {
			return false
		}
	}
	return len(f.mentions) > 0
}

// mergePartyNames joins a party's name ("Harbour Party") to the name it
// is known by in short ("Harbour"), written alone in the corpus, when
// that word is no place and no person's surname.
func mergePartyNames(r *resolver) {
	short := map[string][]*form{} // word (lower case) -> one-word forms
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) == 1 {
			lw := strings.ToLower(f.tokens[0])
			short[lw] = append(short[lw], f)
		}
	}
	for _, k := range r.order {
		g := r.forms[k]
		if len(g.tokens) != 2 || !r.lx.Has(lexicon.PartyNameHeads, strings.ToLower(g.tokens[1])) {
			continue
		}
		w := strings.ToLower(g.tokens[0])
		fs := short[w]
		if len(fs) == 0 || r.lx.IsPlace(g.tokens[0]) || len(r.withSurname(w)) > 0 || !r.sameRoot(fs) {
			continue
		}
		r.union(g.key, fs[0].key)
	}
}

// mergeOwnerAcronyms joins an acronym written after its owner's name
// ("Harbour NFU") to the acronym written alone ("NFU"), when the owner
// is an organisation's name written alone in the corpus too.
func mergeOwnerAcronyms(r *resolver) {
	alone := map[string][]*form{} // word (lower case) -> one-word forms
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) == 1 {
			lw := strings.ToLower(f.tokens[0])
			alone[lw] = append(alone[lw], f)
		}
	}
	for _, k := range r.order {
		g := r.forms[k]
		if len(g.tokens) != 2 || !isAcronym(g.tokens[1]) || isAcronym(g.tokens[0]) {
			continue
		}
		acr, owner := alone[strings.ToLower(g.tokens[1])], alone[strings.ToLower(g.tokens[0])]
		if len(acr) == 0 || len(owner) == 0 || !r.sameRoot(acr) || !r.sameRoot(owner) || r.find(acr[0].key) == r.find(owner[0].key) {
			continue
		}
		var ms []int
		for _, f := range owner {
			ms = append(ms, f.mentions...)
		}
		if majorityType(r.ms, ms) == span.Org {
			r.union(g.key, acr[0].key)
		}
	}
}

// mergeMainBearers joins a surname alone, in an article naming several
// people with that surname in full, to the one named first there when
// the corpus names that one in at least twice as many articles as each
// of the others and the surname is not written before that first
// mention: news names the person of the story first and in full, and
// relatives after by their full or given names ("Ada Quill ... her
// daughter, Bo Quill ... Quill said").
func mergeMainBearers(r *resolver) {
	r.eachFreeWord(func(f *form, w string) bool {
		cands := r.withSurname(w)
		if len(cands) < 2 || len(f.mentions) == 0 {
			return false
		}
		art := r.ms[f.mentions[0]].Article
		var first *form
		firstAt, others := -1, 0
		var in []*form
		for _, c := range cands {
			at := r.firstIn(c, art)
			if at < 0 {
				continue
			}
			in = append(in, c)
			if first == nil || at < firstAt {
				first, firstAt = c, at
			}
		}
		if len(in) < 2 || r.firstIn(f, art) < firstAt {
			return false
		}
		for _, c := range in {
			if c != first && r.sources(first) < 2*r.sources(c) {
				others++
			}
		}
		if others > 0 || !r.samePerson(f, first) {
			return false
		}
		r.union(f.key, first.key)
		return true
	})
}

// firstIn returns the start of the first mention of f in article art,
// or -1.
func (r *resolver) firstIn(f *form, art string) int {
	at := -1
	for _, i := range f.mentions {
		if m := r.ms[i]; m.Article == art && (at < 0 || m.Start < at) {
			at = m.Start
		}
	}
	return at
}

// mergeStoryFirstNames joins a first name alone to the one person's full
// name with that first name named before it in the same article ("Ada"
// after "Ada Quill"), where first-name left it for being used more alone
// than in full (a story calling its subject by the first name); not a
// word some person has as a surname, nor a place or an acronym, and
// mostly typed a person or a known given name ("Tarnsoft" after
// "Tarnsoft Reader" typed a person is no first name).
func mergeStoryFirstNames(r *resolver) {
	r.eachFreeWord(func(f *form, w string) bool {
		cands := r.withFirstName(w)
		if len(cands) == 0 || len(r.withSurname(w)) > 0 || isAcronym(f.tokens[0]) || r.lx.IsPlace(f.tokens[0]) ||
			r.typeOf(f) != span.Person && !r.lx.IsGivenName(w) {
			return false
		}
		art := r.ms[f.mentions[0]].Article
		var hit *form
		hitAt := -1
		for _, c := range cands {
			if at := r.firstIn(c, art); at >= 0 {
				if hit != nil {
					return false // two people with the first name here
				}
				hit, hitAt = c, at
			}
		}
		if hit == nil || r.firstIn(f, art) < hitAt || !r.samePerson(f, hit) {
			return false
		}
		r.union(f.key, hit.key)
		return true
	})
}

// mergeNicknameNames joins a name written with a nickname inside it
// ("Ada (Dee) Quill", the form "Ada Quill") to the nickname and surname
// written as a name ("Dee Quill").
func mergeNicknameNames(r *resolver) {
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) < 2 {
			continue
		}
		for _, i := range f.mentions {
			alias := nicknameAlias(strings.Fields(r.ms[i].Text))
			if g, ok := r.forms[key(alias)]; ok && len(alias) >= 2 && g != f && r.typeOf(g) == span.Person {
				if r.sources(f) > r.sources(g) {
					r.union(g.key, f.key)
				} else {
					r.union(f.key, g.key) // the name the corpus uses more stays the root
				}
				break
			}
		}
	}
}

// nicknameAlias returns the nickname of a name written with one between
// its first and last field, with the last field ("Ada 'Dee' Quill" ->
// "Dee Quill"), or nil.
func nicknameAlias(fields []string) []string {
	n := len(fields)
	for i := 1; i < n-1; i++ {
		if !strings.ContainsAny(fields[i][:1], "(\"'“‘") {
			continue
		}
		var nick []string
		for j := i; j < n-1; j++ {
			w := strings.Trim(fields[j], "()\"'“”‘’")
			if w != "" {
				nick = append(nick, w)
			}
			if f := fields[j]; len(f) > 1 && strings.ContainsAny(f[len(f)-1:], ")\"'") || strings.HasSuffix(f, "”") || strings.HasSuffix(f, "’") {
				return append(nick, fields[n-1])
			}
		}
		return nil
	}
	return nil
}
