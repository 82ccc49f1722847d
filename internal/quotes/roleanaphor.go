package quotes

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// roleAnaphorSpeaker names an unnamed attribution whose subject is a
// definite role with any modifiers ("the Russian president said", "said
// the 47-year-old director") that no role evidence names, as the person
// a pronoun there would refer to (antecedent), when that person is also
// the one the article names most often outside quotes (the role then
// refers back to the story's subject) or the named speaker a
// continuing verb takes up ("added", "continued"). "" otherwise.
func (x *extractor) roleAnaphorSpeaker(a *attrib) string {
	phrase := x.looseRolePhrase(tokenize(x.src, a.s, min(a.e, len(x.src))))
	if phrase == nil || x.lx.Has(lexicon.SpokespersonWords, phrase[len(phrase)-1]) {
		return "" // a spokesperson is not the story's subject
	}
	at := a.at
	if si := x.sentIndex(a.s); si >= 0 && x.sents[si].Start > 0 && firstWordAt(x.src, x.sents[si].Start, x.sents[si].End) >= a.s {
		at = x.sents[si].Start - 1 // the role opens its sentence: read before it
	}
	m := x.roleReferent(at)
	if m == nil {
		return ""
	}
	p := x.mentionName(m)
	if p == "" || p != x.mainPerson() && !x.continuesSpeaker(a, p) && !x.holdsRoleNoun(p, phrase) && !x.soleSubjectBefore(a.s, m, phrase) || x.holdsOtherSingleRole(p, phrase) || x.roleHeldByOther(p, phrase) {
		return ""
	}
	x.speakerAt[m.Start] = true
	return p
}

// soleSubjectBefore reports, with role-anaphor-previous-subject, a
// person mention m in subject position, the only person named outside
// quotes in its sentence, when every sentence between it and the one at
// opens inside a quote ("Skipper Ada Quill believes the crew is ready.
// “We sail at dawn,” said the Tarn full-back.") and the batch's roles
// fit (roleFits).
func (x *extractor) soleSubjectBefore(at int, m *span.Mention, phrase []string) bool {
	if !x.on(infoRolePrevSubject) || !x.subjectLike(m) {
		return false
	}
	sm, sa := x.sentIndex(m.Start), x.sentIndex(at)
	if sm < 0 || sa <= sm {
		return false
	}
	for k := sm + 1; k < sa; k++ {
		st := x.sents[k]
		if !x.inQuote(firstWordAt(x.src, st.Start, st.End)) {
			return false // a sentence of the writer's own between: the role may be someone else
		}
	}
	if !x.roleFits(x.mentionName(m), phrase) {
		return false
	}
	st := x.sents[sm]
	for i := x.mentionsBefore(st.Start); i < len(x.ments) && x.ments[i].Start < st.End; i++ {
		if o := &x.ments[i]; o.Type == span.Person && !x.inQuote(o.Start) && x.mentionName(o) != x.mentionName(m) {
			return false
		}
	}
	return true
}

// roleFits reports a role phrase the batch's roles leave to person: any
// role the batch gives them ends in the phrase's noun ("Tarn striker Tom
// Reyes" is no "goalkeeper"), and no other person the article names
// holds the phrase's role.
func (x *extractor) roleFits(person string, phrase []string) bool {
	ix := x.opts.BatchRoles
	if ix == nil {
		return true
	}
	last := phrase[len(phrase)-1]
	if rs := ix.byEntity[person]; len(rs) > 0 {
		fits := false
		for _, r := range rs {
			// the role's last word before any preposition ("chief executive of …")
			if roleLastWord(x.lx, r.Text) == last {
				fits = true
				break
			}
		}
		if !fits {
			return false
		}
	}
	return !x.otherHoldsRole(person, phrase)
}

// otherHoldsRole reports a person other than person whom the article
// names and the batch's roles give phrase's role.
func (x *extractor) otherHoldsRole(person string, phrase []string) bool {
	ix := x.opts.BatchRoles
	other := false
	x.namedHolders(ix.holders(ix.bySuffix, phrase), func(r *Role, _ int) bool {
		other = r.Entity != person
		return !other
	})
	return other
}

// roleReferent is the person mention a pronoun at offset at would refer
// to (antecedent, no gender), or nil: the one a definite role there
// refers back to when the role passes' guards allow.
func (x *extractor) roleReferent(at int) *span.Mention {
	narrow := x.windowStart(at, false)
	m, stop := x.antecedentFrom(narrow, at, "")
	if m == nil && !stop && x.on(infoQuotedSentences) {
		if wide := x.windowStart(at, true); wide < narrow {
			m, _ = x.antecedentFrom(wide, at, "")
		}
	}
	return m
}

// continuesSpeaker reports an attribution with a continuing verb
// ("added", "continued") whose attribution just before names person
// ("Quill said: “…” The skipper added: “…”").
func (x *extractor) continuesSpeaker(a *attrib, person string) bool {
	cont := false
	for _, t := range tokenize(x.src, a.s, min(a.e, len(x.src))) {
		if t.word && x.lx.Has(lexicon.ContinuingVerbsEn, lower(t.text)) {
			cont = true
			break
		}
	}
	if !cont {
		return false
	}
	prev := x.attribBefore(a)
	return prev != nil && prev.c != nil && prev.c.typ != typPron && prev.resolved && prev.speaker == person
}

// looseRolePhrase reads a definite role subject in toks, an
// attribution: after a reporting verb opening it, or at its start
// (after a conjunction) before the verb; one to five words after the
// article, none a person's name, the last a role noun. It returns the
// words lower case, or nil.
func (x *extractor) looseRolePhrase(toks []tok) []string {
	i, j, ok := x.definiteRoleSpan(toks, true)
	if !ok {
		return nil
	}
	for _, t := range toks[i+1 : j] {
		if m := x.mentionAt(t.s); m != nil && m.Type == span.Person {
			return nil
		}
		if _, poss := stripPossessive(t.text); poss {
			return nil // an owner: role-speaker's
		}
	}
	n := j - i - 1
	if n < 1 || n > 5 || !x.lx.Has(lexicon.RoleNouns, lower(toks[j-1].text)) && !(x.on(infoRoleAge) && x.ageWord(toks[j-1].text)) {
		return nil
	}
	words := make([]string, 0, n)
	for _, t := range toks[i+1 : j] {
		words = append(words, lower(t.text))
	}
	return words
}

// singleHolderEnd is the role only one person holds for an
// organisation that words end in ("chief executive", "leader"), or "".
func (x *extractor) singleHolderEnd(words []string) string {
	if n := len(words); n >= 2 {
		if two := words[n-2] + " " + words[n-1]; x.lx.Has(lexicon.SingleHolderRoles, two) {
			return two
		}
	}
	if n := len(words); n >= 1 && x.lx.Has(lexicon.SingleHolderRoles, words[n-1]) {
		return words[n-1]
	}
	return ""
}

// holdsOtherSingleRole reports a person the batch gives a single-holder
// role ("Lib Dem leader") when phrase ends in another one and none of
// the person's roles ends in it ("the Lib Dem chief executive").
func (x *extractor) holdsOtherSingleRole(person string, phrase []string) bool {
	want := x.singleHolderEnd(phrase)
	if want == "" || x.opts.BatchRoles == nil {
		return false
	}
	other := false
	for _, r := range x.opts.BatchRoles.byEntity[person] {
		var ws []string
		for _, t := range tokenize(r.Text, 0, len(r.Text)) {
			if !t.word {
				continue
			}
			if len(ws) > 0 && x.lx.Has(lexicon.PrepositionsEnSv, lower(t.text)) {
				break
			}
			ws = append(ws, lower(t.text))
		}
		switch x.singleHolderEnd(ws) {
		case want:
			return false
		case "":
		default:
			other = true
		}
	}
	return other
}

// mainPerson is the entity the article names most often outside quotes,
// "" when two tie.
func (x *extractor) mainPerson() string {
	if x.main != nil {
		return *x.main
	}
	count := map[string]int{}
	for i := range x.ments {
		m := &x.ments[i]
		if m.Type != span.Person || x.inQuote(m.Start) {
			continue
		}
		count[x.mentionName(m)]++
	}
	best, n, tie := "", 0, false
	for e, c := range count {
		switch {
		case c > n:
			best, n, tie = e, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		best = ""
	}
	x.main = &best
	return best
}

// mentionName is the name a person mention speaks as (antecedent's).
func (x *extractor) mentionName(m *span.Mention) string {
	if n := strings.TrimSpace(m.Entity); n != "" {
		return n
	}
	n, _ := stripPossessive(x.src[m.Start:m.End])
	return n
}

// roleHeldByOther reports a role phrase the batch's roles give to
// another person and not to person: one the article names, or the one
// other holder in the batch ("Vesby harbour pilot Mark Tarrant" for "the
// harbour pilot"). With role-common-noun, a role the batch gives to two
// or more others, none named in the article, names none of them.
func (x *extractor) roleHeldByOther(person string, phrase []string) bool {
	if x.opts.BatchRoles == nil {
		return false
	}
	h := x.opts.BatchRoles.holders(x.opts.BatchRoles.bySuffix, phrase)
	if h == nil || h.of[person] != nil {
		return false
	}
	named := !x.on(infoCommonRole)
	x.namedHolders(h, func(*Role, int) bool {
		named = true
		return false
	})
	return named || len(h.order) == 1
}

// roleAnaphorPronoun is the person a third-person pronoun at offset at
// refers to through a role that refers back to the story's person: the
// latest sentence before it (in its sentence or the three before) with
// an unnamed role as its subject has a definite role with any modifiers
// ("The 24-year-old midfielder is fit. He said: “…”"), no person is
// named between that sentence and the pronoun, and role-anaphor names
// the role (the most-named person, the antecedent before the role's
// sentence; the batch's role guards) with no honorific or given name of
// the other gender; "" otherwise (an indefinite role, a spokesperson, an
// owner's role: the pronoun is someone unnamed).
func (x *extractor) roleAnaphorPronoun(at int, pron string) string {
	for s := range x.windowBefore(at) {
		toks, r := x.roleSubject(s)
		if r < 0 {
			continue
		}
		if m := x.mentionAt(toks[r].s); m != nil && m.Type != span.Person {
			continue // a name, not a role: "The Tarn Executive has …"
		}
		if !x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[0].text)) || x.lx.Has(lexicon.SpokespersonWords, lower(toks[r].text)) {
			return ""
		}
		phrase := make([]string, 0, r)
		for _, t := range toks[1 : r+1] {
			if _, poss := stripPossessive(t.text); poss {
				return "" // an owner's role: "the company's chief"
			}
			phrase = append(phrase, lower(t.text))
		}
		if x.personNamedSince(s.Start, at) {
			return "" // a person named since: the pronoun may be theirs
		}
		if s.Start == 0 {
			return ""
		}
		m := x.roleReferent(s.Start - 1)
		if m == nil {
			return ""
		}
		p := x.mentionName(m)
		if p == "" || p != x.mainPerson() || x.holdsOtherSingleRole(p, phrase) || x.roleHeldByOther(p, phrase) {
			return ""
		}
		for _, i := range x.mentIx().persons[p] { // in text order
			m := &x.ments[i]
			if m.Start >= at {
				break
			}
			if x.otherGender(m, pron) || filterGivenGender(x, m, pron, at, false) == skip {
				return ""
			}
		}
		return p
	}
	return ""
}

// ageWord reports an age written as one word, a number, a hyphen and an
// age compound ("30-year-old").
func (x *extractor) ageWord(w string) bool {
	num, rest, ok := strings.Cut(lower(w), "-")
	if !ok || num == "" || strings.TrimFunc(num, func(r rune) bool { return r >= '0' && r <= '9' }) != "" {
		return false
	}
	return x.lx.Has(lexicon.AgeCompounds, rest)
}

// holdsRoleNoun reports, with role-anaphor-held, a person the batch's
// roles name by the role noun ending phrase, with no qualifier or field
// before it ("Arsenal striker Thierry Henry" for "the striker"; not
// "deputy mayor" for "the mayor"), when no other person the article
// names holds the phrase's role (two port directors named: neither; a
// "President" named does not hold "the French president").
func (x *extractor) holdsRoleNoun(person string, phrase []string) bool {
	if !x.on(infoRoleHeld) || x.opts.BatchRoles == nil {
		return false
	}
	last := phrase[len(phrase)-1:]
	if !x.lx.Has(lexicon.RoleNouns, last[0]) {
		return false // an age names no role
	}
	ix := x.opts.BatchRoles
	held := false
	if h := ix.holders(ix.bySuffix, last); h != nil {
		held = h.of[person] != nil
	}
	return held && !x.otherHoldsRole(person, phrase)
}
