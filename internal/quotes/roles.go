package quotes

import (
	"iter"
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Role is a role phrase the entity stage found for a person of the
// article ("London mayor" before "Ada Quill"): the evidence the
// role-speaker pass reads to name an attribution by role ("the mayor
// said").
type Role struct {
	Entity     string // the person's entity name
	Text       string // the role as written
	Start, End int    // offsets of Text in the article
	// Article is the article the role is written in: set for the
	// batch's (Options.BatchRoles); "" or the article's own for its
	// own roles (Options.Roles).
	Article string
}

// roleSpeaker names the speaker of an unnamed attribution whose subject
// is a definite role phrase ("the mayor said", "said the chief
// executive", "the company's chief executive added:") as the one person
// the article names in that role before the attribution, and returns
// the role it read. It returns "" (the speaker stays unknown) when the
// subject is no such phrase, when no person is named in that role, or
// when two are: a wrong speaker is worse than none. With no person of
// the article in the role, the batch-role-speaker pass may still name
// one from the batch's roles.
func (x *extractor) roleSpeaker(a *attrib) (string, *Role) {
	phrase := x.rolePhrase(tokenize(x.src, a.s, min(a.e, len(x.src))))
	p, r, two := x.rolePersonRole(phrase, a.s)
	if p != "" || two || !x.on(infoBatchRole) {
		return p, r
	}
	return x.batchRolePerson(phrase, a.s)
}

// rolePerson is the one person the article names, before offset before
// and outside quotes, in the role of phrase; "" when none or two.
func (x *extractor) rolePerson(phrase []string, before int) string {
	p, _, _ := x.rolePersonRole(phrase, before)
	return p
}

// rolePersonRole is rolePerson with the first role naming the person,
// and two set when two people are named in the role.
func (x *extractor) rolePersonRole(phrase []string, before int) (found string, role *Role, two bool) {
	if len(phrase) == 0 {
		return "", nil, false
	}
	for _, i := range x.rolesByLast()[phrase[len(phrase)-1]] {
		r := &x.opts.Roles[i]
		if r.Start >= before || r.Start < 0 || r.End > len(x.src) || x.inQuote(r.Start) || !x.roleMatches(x.src[r.Start:r.End], phrase, false) {
			continue
		}
		if found != "" && found != r.Entity {
			return "", nil, true // two people in the role: unclear
		}
		if found == "" {
			found, role = r.Entity, r
		}
	}
	return found, role, false
}

// batchRolePerson names the person of a role phrase no person of the
// article holds from the batch's roles (Options.BatchRoles) written as
// the phrase (roleMatches exact, "Prime Minister" for "the prime
// minister", not "UK Prime Minister"): the one
// holder of the role the article names before offset before, outside
// quotes; when the article names none, the batch's only holder of the
// role. Two holders named, or none named and two in the batch, leave it
// "": the role is not guessed between its holders.
func (x *extractor) batchRolePerson(phrase []string, before int) (string, *Role) {
	if len(phrase) == 0 || x.opts.BatchRoles == nil {
		return "", nil
	}
	h := x.opts.BatchRoles.holders(x.opts.BatchRoles.byExact, phrase)
	if h == nil {
		return "", nil
	}
	var named *Role
	two := false
	x.namedHolders(h, func(r *Role, at int) bool {
		if at >= before {
			return true
		}
		if named != nil {
			two = true // two holders named in the article
			return false
		}
		named = r
		return true
	})
	switch {
	case two:
		return "", nil
	case named != nil:
		return named.Entity, named
	case len(h.order) == 1:
		return h.order[0].Entity, h.order[0]
	}
	return "", nil
}

// RoleIndex holds a batch's roles by article and by person, and the
// holders of every role phrase they write (their words before a
// preposition, lower case: "chief executive" of "chief executive of
// Tarn"), so a role phrase looks up its holders at once.
type RoleIndex struct {
	// bySuffix holds the holders of every phrase a role writes as
	// roleMatches matches it (a suffix of its words whose dropped words
	// are no qualifier, field or role noun), byExact those of its whole
	// words: a phrase's holders are one lookup, however many roles the
	// batch has.
	bySuffix, byExact map[string]*roleHolders
	// byArticle are the roles of each article, in their order: one
	// table (the roles grouped by article) that byLast points into.
	byArticle map[string][]Role
	// byEntity are the roles of each person, in batch order.
	byEntity map[string][]*Role
}

// Article is the roles written in article id, in their order: the
// article's own roles for Options.Roles (shared, not to be modified).
func (ix *RoleIndex) Article(id string) []Role {
	if ix == nil {
		return nil
	}
	return ix.byArticle[id]
}

// NewRoleIndex indexes roles (kept in their order) for
// Options.BatchRoles, reading prepositions from lx (nil: the default
// lexicon).
func NewRoleIndex(roles []Role, lx *lexicon.Lexicon) *RoleIndex {
	if lx == nil {
		lx = lexicon.Default()
	}
	ix := &RoleIndex{bySuffix: map[string]*roleHolders{}, byExact: map[string]*roleHolders{},
		byArticle: map[string][]Role{}, byEntity: map[string][]*Role{}}
	// Group the roles by article in one table (articles in order of
	// first role, roles in order), each article's a slice of it.
	count, at := map[string]int{}, map[string]int{}
	var arts []string
	for i := range roles {
		if count[roles[i].Article] == 0 {
			arts = append(arts, roles[i].Article)
		}
		count[roles[i].Article]++
	}
	table, n := make([]Role, len(roles)), 0
	for _, a := range arts {
		at[a] = n
		ix.byArticle[a] = table[n : n+count[a] : n+count[a]]
		n += count[a]
	}
	for i := range roles {
		a := roles[i].Article
		r := &table[at[a]]
		*r = roles[i]
		at[a]++
		ix.byEntity[r.Entity] = append(ix.byEntity[r.Entity], r)
		if ws := roleWords(lx, r.Text); len(ws) > 0 {
			ix.addHolder(ix.byExact, ws, r)
			for n := range ws {
				if n > 0 && roleNarrows(lx, ws[n-1]) {
					break // "deputy mayor" writes no "mayor"
				}
				ix.addHolder(ix.bySuffix, ws[n:], r)
			}
		}
	}
	return ix
}

// roleHolders are the people of one role phrase: each one's first role,
// in batch order, and by entity.
type roleHolders struct {
	order []*Role
	of    map[string]*Role
}

// addHolder adds r's person to the holders of the phrase ws in m.
func (ix *RoleIndex) addHolder(m map[string]*roleHolders, ws []string, r *Role) {
	if len(ws) == 0 {
		return
	}
	k := strings.Join(ws, " ")
	h := m[k]
	if h == nil {
		h = &roleHolders{of: map[string]*Role{}}
		m[k] = h
	}
	if h.of[r.Entity] == nil {
		h.of[r.Entity] = r
		h.order = append(h.order, r)
	}
}

// holders are the holders of phrase in m (nil when none).
func (ix *RoleIndex) holders(m map[string]*roleHolders, phrase []string) *roleHolders {
	if ix == nil || len(phrase) == 0 {
		return nil
	}
	return m[strings.Join(phrase, " ")]
}

// namedHolders calls fn with each holder of h the article names outside
// quotes, with the offset of its first such mention, walking the shorter
// of the holders and the article's people; fn returns false to stop.
func (x *extractor) namedHolders(h *roleHolders, fn func(r *Role, at int) bool) {
	if h == nil {
		return
	}
	x.firstNamedOut("") // builds the article's index
	out := x.pieceIx().firstOut
	if len(h.order) <= len(out) {
		for _, r := range h.order {
			if at, ok := out[r.Entity]; ok && !fn(r, at) {
				return
			}
		}
		return
	}
	for e, at := range out {
		if r := h.of[e]; r != nil && !fn(r, at) {
			return
		}
	}
}

// namedBefore reports a person mention of entity before offset before,
// outside quotes.
func (x *extractor) namedBefore(entity string, before int) bool {
	s := x.firstNamedOut(entity)
	return s >= 0 && s < before
}

// rolePhrase reads the words of a definite role subject in toks, an
// attribution: after a reporting verb opening it ("said the mayor") or
// at its start before the verb ("The mayor then said:"). Nil when the
// attribution has no such subject (see roleWords).
func (x *extractor) rolePhrase(toks []tok) []string {
	i, j, ok := x.definiteRoleSpan(toks, false)
	if !ok {
		return nil
	}
	return x.roleWords(toks[i+1 : j])
}

// definiteRoleSpan finds a definite role subject in toks, an attribution:
// toks[i] is its article and toks[i+1:j] its words, after a reporting
// verb opening the attribution (or, when afterConj, a conjunction) or at
// its start, up to a verb, an auxiliary, a preposition or a
// conjunction. ok is false when there is none or the words go on past
// it ("the mayor of X", "the mayor and ...": not the plain role).
func (x *extractor) definiteRoleSpan(toks []tok, afterConj bool) (i, j int, ok bool) {
	if len(toks) > 0 && toks[0].word && (x.isVerb(toks[0].text, x.lang) || afterConj && x.lx.Has(lexicon.ConjunctionsEnSv, lower(toks[0].text))) {
		i = 1
	}
	if i >= len(toks) || !toks[i].word || !x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[i].text)) {
		return 0, 0, false
	}
	j = i + 1
	for ; j < len(toks) && toks[j].word; j++ {
		lw := lower(toks[j].text)
		if x.isVerb(lw, x.lang) || x.isAux(toks[j].text) || x.lx.Has(lexicon.PrepositionsEnSv, lw) || x.lx.Has(lexicon.ConjunctionsEnSv, lw) {
			break
		}
	}
	if j < len(toks) && (!toks[j].word || x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[j].text)) || x.lx.Has(lexicon.ConjunctionsEnSv, lower(toks[j].text))) && !(i > 0 && toks[j].text == ",") {
		return 0, 0, false
	}
	return i, j, true
}

// subjectRolePhrase reads a definite role opening the sentence s as its
// subject (roleSubject with "the": "The Tory leader countered ..."); nil
// otherwise.
func (x *extractor) subjectRolePhrase(s span.Span) []string {
	toks, k := x.roleSubject(s)
	if k < 0 || !x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[0].text)) {
		return nil
	}
	return x.roleWords(toks[1 : k+1])
}

// roleWords are the words of a role phrase after its article, lower
// case, an owner before the role dropped ("the company's chief
// executive": chief executive): one to four words ending in a role
// noun, each lower case or part of a place or organisation name ("the
// England captain"); nil otherwise ("the Harbour Herald").
func (x *extractor) roleWords(toks []tok) []string {
	var words []string
	for _, t := range toks {
		if !t.word {
			return nil
		}
		if _, poss := stripPossessive(t.text); poss {
			words = nil // the owner: "the company's"
			continue
		}
		if m := x.mentionAt(t.s); !isLowerWord(t.text) && (m == nil || m.Type == span.Person) {
			return nil
		}
		words = append(words, lower(t.text))
	}
	if len(words) == 0 || len(words) > 4 || !x.lx.Has(lexicon.RoleNouns, words[len(words)-1]) {
		return nil
	}
	return words
}

// roleMatches reports a role written text that names the phrase's role: its words up
// to a preposition ("chief executive" of "chief executive of Tarn") end
// in the phrase's words, and no word before them makes it another role:
// a role qualifier, a role modifier or field, or a role noun ("London
// mayor", "Foreign Secretary" are "the mayor", "the foreign secretary";
// "deputy mayor", "Prime Minister", "shadow chancellor" are not "the
// mayor", "the minister", "the chancellor"). With exact, no word may
// come before them: a role read in another article names the phrase's
// role only as written ("German economy minister" is not "the economy
// minister" of a story about Japan).
func (x *extractor) roleMatches(text string, phrase []string, exact bool) bool {
	return x.roleWordsMatch(roleWords(x.lx, text), phrase, exact)
}

// roleWords are the lower-case words of a role's text up to its first
// preposition past the first word ("harbour pilot" of "harbour pilot of
// Vesby").
func roleWords(lx *lexicon.Lexicon, text string) []string {
	var ws []string
	for _, t := range tokenize(text, 0, len(text)) {
		if !t.word {
			continue
		}
		lw := lower(t.text)
		if len(ws) > 0 && lx.Has(lexicon.PrepositionsEnSv, lw) {
			break
		}
		ws = append(ws, lw)
	}
	return ws
}

// roleWordsMatch is roleMatches on a role's words (roleWords).
func (x *extractor) roleWordsMatch(ws, phrase []string, exact bool) bool {
	n := len(ws) - len(phrase)
	if n < 0 || exact && n > 0 {
		return false
	}
	for k, w := range phrase {
		if ws[n+k] != w {
			return false
		}
	}
	for _, lw := range ws[:n] {
		if roleNarrows(x.lx, lw) {
			return false
		}
	}
	return true
}

// roleNarrows reports a word before a role phrase that makes it another
// role: a qualifier, a field or a role noun ("deputy mayor" is no
// "mayor"; roleMatches and the role index).
func roleNarrows(lx *lexicon.Lexicon, w string) bool {
	return lx.Has(lexicon.RoleQualifiers, w) || lx.Has(lexicon.RoleFieldModifiers, w) || lx.Has(lexicon.RoleNouns, w)
}

// windowBefore yields the sentences of the pronoun window of offset at
// (its sentence back to windowSentence's) that start before at, latest
// first.
func (x *extractor) windowBefore(at int) iter.Seq[span.Span] {
	return func(yield func(span.Span) bool) {
		si, lo := x.sentIndex(at), x.windowSentence(at, x.on(infoQuotedSentences))
		if si < 0 {
			return
		}
		for k := si; k >= lo; k-- {
			if s := x.sents[k]; s.Start < at && !yield(s) {
				return
			}
		}
	}
}

// personNamedSince reports a person named outside quotes from offset
// from up to at.
func (x *extractor) personNamedSince(from, at int) bool {
	for i := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].Start >= from }); i < len(x.ments) && x.ments[i].Start < at; i++ {
		if m := &x.ments[i]; m.Type == span.Person && m.End <= at && !x.inQuote(m.Start) {
			return true
		}
	}
	return false
}

// roleAntecedent is the person a third-person pronoun at offset at refers
// to through a role: the latest sentence before it, in its sentence or
// the three before, opens with a definite role as its subject ("The Tory
// leader countered … He declared: “…”"), no person is named between that
// sentence and the pronoun, and the article names one person in the role
// whose honorific or given name does not give the other gender; "" when
// there is none.
func (x *extractor) roleAntecedent(at int, pron string) string {
	for s := range x.windowBefore(at) {
		phrase := x.subjectRolePhrase(s)
		if phrase == nil {
			continue
		}
		if x.personNamedSince(s.Start, at) {
			return "" // a person named since: the pronoun may be theirs
		}
		p := x.rolePerson(phrase, s.Start)
		if p == "" {
			return ""
		}
		for _, i := range x.mentIx().persons[p] {
			m := &x.ments[i]
			if m.Start < at && (x.otherGender(m, pron) || filterGivenGender(x, m, pron, at, false) == skip) {
				return ""
			}
		}
		return p
	}
	return ""
}
