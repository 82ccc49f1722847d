package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// findPlaceBodies extends a place's mention (its text mostly typed a
// place in the corpus) over the first word of a public body's head
// (omitted_heads: police, fire, school, ...) written right after it in
// lower case ("Tarnby police"; no article: "The police") when the corpus
// types an organisation named by the place and that word in capitals
// ("Tarnby Police", beside "Tarnby Police Department"): the mention names
// that body, typed an organisation, and lower-case-tail keeps its last
// word (keepBody).
func findPlaceBodies(r *resolver, in []Mention, texts []Text) []Mention {
	orgs := map[string]bool{}
	types := map[string]map[string]int{} // by text
	for _, m := range in {
		if types[m.Text] == nil {
			types[m.Text] = map[string]int{}
		}
		types[m.Text][m.Type]++
		if m.Type != span.Org {
			continue
		}
		if ws := strings.Fields(m.Text); len(ws) >= 2 && isCapitalWord(ws[len(ws)-1]) && r.omittedHead(ws[len(ws)-1], "") {
			orgs[key(ws)] = true
		}
	}
	if len(orgs) == 0 {
		return in
	}
	src := map[string]string{}
	for _, t := range texts {
		src[t.Article] = t.Source
	}
	var out []Mention
	for i, m := range in {
		s := src[m.Article]
		if t := majorityOf(types[m.Text]); t != span.GPE && t != span.Location || m.Type != t || !isCapitalWord(m.Text) ||
			r.lx.Has(lexicon.ArticlesEnSv, strings.ToLower(m.Text)) {
			continue
		}
		w := r.bodyWord(s, m)
		n := len(w)
		k := key(append(strings.Fields(m.Text), w))
		if w == "" || !orgs[k] {
			continue
		}
		if out == nil {
			out = append([]Mention{}, in...)
		}
		m.End += 1 + n
		m.Text = s[m.Start:m.End]
		m.Type = span.Org
		m.After = strings.TrimPrefix(m.After, " "+w)
		out[i] = m
		if r.bodies == nil {
			r.bodies = map[string]bool{}
		}
		r.bodies[k] = true
	}
	if out == nil {
		return in
	}
	return out
}

// bodyWord returns the word in lower case written right after m in its
// article's text s, after one space and inside m's sentence, when it opens
// a public body's head (omitted_heads); "" when none.
func (r *resolver) bodyWord(s string, m Mention) string {
	if m.Start < 0 || m.End <= m.Start || m.End >= len(s) || s[m.End] != ' ' {
		return ""
	}
	rest := s[m.End+1:]
	n := strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) })
	if n < 0 {
		n = len(rest)
	}
	w := rest[:n]
	if c, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsLower(c) || !r.omittedHead(w, "") || m.End+1+n > m.SentenceStart+len(m.SentenceText) {
		return ""
	}
	return w
}

// keepBody reports the name of a place and a lower-case organisation's
// head that place-body read as an organisation ("Tarnby police").
func (r *resolver) keepBody(fields []string) bool {
	return len(r.bodies) > 0 && r.bodies[key(fields)]
}
