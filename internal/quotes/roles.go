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
	phrase := x.rolePhrase(tokenize(x.src, a.s, min(a.e, len(x.src))))
	if len(phrase) == 0 {
		return ""
	}
	found := ""
	for _, r := range x.opts.Roles {
		if r.Start >= a.s || r.End > len(x.src) || r.Start < 0 || x.inQuote(r.Start) || !x.roleMatches(r, phrase) {
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
// at its start before the verb ("The mayor then said:"); an owner before
// the role is dropped ("the company's chief executive": chief
// executive). The phrase is lower case (a place or organisation name
// aside: "the England captain"), one to four words, ending in a
// role noun; nil when the attribution has no such subject.
func (x *extractor) rolePhrase(toks []tok) []string {
	i := 0
	if i < len(toks) && toks[i].word && x.isVerb(toks[i].text, x.lang) {
		i++
	}
	if i >= len(toks) || !toks[i].word || !x.lx.Has(lexicon.DefiniteArticlesEn, lower(toks[i].text)) {
		return nil
	}
	var words []string
	j := i + 1
	for ; j < len(toks) && toks[j].word; j++ {
		w := toks[j].text
		lw := lower(w)
		if x.isVerb(lw, x.lang) || x.isAux(w) || x.lx.Has(lexicon.PrepositionsEnSv, lw) || x.lx.Has(lexicon.ConjunctionsEnSv, lw) {
			break
		}
		if _, poss := stripPossessive(w); poss {
			words = nil // the owner: "the company's"
			continue
		}
		if m := x.mentionAt(toks[j].s); !isLowerWord(w) && (m == nil || m.Type == span.Person) {
			return nil // a name: "the Harbour Herald"; a place or team may qualify the role ("the England captain")
		}
		words = append(words, lw)
	}
	if j < len(toks) && (!toks[j].word || x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[j].text)) || x.lx.Has(lexicon.ConjunctionsEnSv, lower(toks[j].text))) && !(i > 0 && toks[j].text == ",") {
		return nil // "the mayor of X", "the mayor and ...": not the plain role
	}
	if len(words) == 0 || len(words) > 4 || !x.lx.Has(lexicon.RoleNouns, words[len(words)-1]) {
		return nil
	}
	return words
}

// roleMatches reports a role r that names the phrase's role: its words up
// to a preposition ("chief executive" of "chief executive of Tarn") end
// in the phrase's last word and hold all its words, any other word being
// part of a place or organisation name ("London mayor" is "the mayor";
// "deputy mayor" is not).
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
	if len(ws) == 0 || lower(ws[len(ws)-1].text) != phrase[len(phrase)-1] {
		return false
	}
	need := map[string]bool{}
	for _, w := range phrase {
		need[w] = true
	}
	for _, t := range ws {
		lw := lower(t.text)
		if need[lw] {
			delete(need, lw)
			continue
		}
		if m := x.mentionAt(t.s); m == nil || m.Type == span.Person {
			return false
		}
	}
	return len(need) == 0
}
