package quotes

import (
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
}

// roleSpeaker names the speaker of an unnamed attribution whose subject
// is a definite role phrase ("the mayor said", "said the chief
// executive", "the company's chief executive added:") as the one person
// the article names in that role before the attribution. It returns ""
// (the speaker stays unknown) when the subject is no such phrase, when
// no person is named in that role, or when two are: a wrong speaker is
// worse than none.
func (x *extractor) roleSpeaker(a *attrib) string {
	return x.rolePerson(x.rolePhrase(tokenize(x.src, a.s, min(a.e, len(x.src)))), a.s)
}

// rolePerson is the one person the article names, before offset before
// and outside quotes, in the role of phrase; "" when none or two.
func (x *extractor) rolePerson(phrase []string, before int) string {
	if len(phrase) == 0 {
		return ""
	}
	found := ""
	for _, r := range x.opts.Roles {
		if r.Start >= before || r.Start < 0 || r.End > len(x.src) || x.inQuote(r.Start) || !x.roleMatches(r, phrase) {
			continue
		}
		if found != "" && found != r.Entity {
			return "" // two people in the role: unclear
		}
		found = r.Entity
	}
	return found
}

// rolePhrase reads the words of a definite role subject in toks, an
// attribution: after a reporting verb opening it ("said the mayor") or
// at its start before the verb ("The mayor then said:"). Nil when the
// attribution has no such subject (see roleWords).
func (x *extractor) rolePhrase(toks []tok) []string {
	i := 0
	if i < len(toks) && toks[i].word && x.isVerb(toks[i].text, x.lang) {
		i++
	}
	if i >= len(toks) || !toks[i].word || !x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[i].text)) {
		return nil
	}
	j := i + 1
	for ; j < len(toks) && toks[j].word; j++ {
		lw := lower(toks[j].text)
		if x.isVerb(lw, x.lang) || x.isAux(toks[j].text) || x.lx.Has(lexicon.PrepositionsEnSv, lw) || x.lx.Has(lexicon.ConjunctionsEnSv, lw) {
			break
		}
	}
	if j < len(toks) && (!toks[j].word || x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[j].text)) || x.lx.Has(lexicon.ConjunctionsEnSv, lower(toks[j].text))) && !(i > 0 && toks[j].text == ",") {
		return nil // "the mayor of X", "the mayor and ...": not the plain role
	}
	return x.roleWords(toks[i+1 : j])
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

// roleMatches reports a role r that names the phrase's role: its words up
// to a preposition ("chief executive" of "chief executive of Tarn") end
// in the phrase's words, and no word before them makes it another role:
// a role qualifier, a role modifier or field, or a role noun ("London
// mayor", "Foreign Secretary" are "the mayor", "the foreign secretary";
// "deputy mayor", "Prime Minister", "shadow chancellor" are not "the
// mayor", "the minister", "the chancellor").
func (x *extractor) roleMatches(r Role, phrase []string) bool {
	var ws []tok
	for _, t := range tokenize(x.src, r.Start, r.End) {
		if !t.word {
			continue
		}
		if len(ws) > 0 && x.lx.Has(lexicon.PrepositionsEnSv, lower(t.text)) {
			break
		}
		ws = append(ws, t)
	}
	n := len(ws) - len(phrase)
	if n < 0 {
		return false
	}
	for k, w := range phrase {
		if lower(ws[n+k].text) != w {
			return false
		}
	}
	for _, t := range ws[:n] {
		lw := lower(t.text)
		if x.lx.Has(lexicon.RoleQualifiers, lw) || x.lx.Has(lexicon.RoleFieldModifiers, lw) || x.lx.Has(lexicon.RoleNouns, lw) {
			return false
		}
	}
	return true
}

// roleAntecedent is the person a third-person pronoun at offset at refers
// to through a role: the latest sentence before it, in its sentence or
// the three before, opens with a definite role as its subject ("The Tory
// leader countered … He declared: “…”"), no person is named between that
// sentence and the pronoun, and the article names one person in the role
// whose honorific or given name does not give the other gender; "" when
// there is none.
func (x *extractor) roleAntecedent(at int, pron string) string {
	si, lo := x.sentIndex(at), x.windowSentence(at, x.on(infoQuotedSentences))
	if si < 0 {
		return ""
	}
	for k := si; k >= lo; k-- {
		s := x.sents[k]
		if s.Start >= at {
			continue
		}
		phrase := x.subjectRolePhrase(s)
		if phrase == nil {
			continue
		}
		for i := range x.ments {
			m := &x.ments[i]
			if m.Type == span.Person && m.Start >= s.Start && m.End <= at && !x.inQuote(m.Start) {
				return "" // a person named since: the pronoun may be theirs
			}
		}
		p := x.rolePerson(phrase, s.Start)
		if p == "" {
			return ""
		}
		for i := range x.ments {
			m := &x.ments[i]
			if m.Entity == p && m.Type == span.Person && m.Start < at && (x.otherGender(m, pron) || filterGivenGender(x, m, pron, at, false) == skip) {
				return ""
			}
		}
		return p
	}
	return ""
}
