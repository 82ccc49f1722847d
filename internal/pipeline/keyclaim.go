package pipeline

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// keyClaimForms are the sentence forms of the corpus's key claim, per
// language: the winners (a list of names), then the body they won seats
// on (or none).
var keyClaimForms = map[string][2]string{
	"en": {"%s won seats on the %s", "%s won"},
	"sv": {"%s vann platser i %s", "%s vann"},
}

// listJoiners are the words that end a list of names, per language.
var listJoiners = map[string]string{"en": "and", "sv": "och"}

// KeyClaim builds the corpus's key claim in one sentence from the agreed
// claims and the entities: the lead event's winners, as the articles list
// them by name (two or more corpus people), and the organisation named
// last in the sentences that list them, the body they won places on
// ("Ada Quill, Bo Lind and Tom Reyes won seats on the Harbour Board"),
// in the corpus's main language. It reports false
// when no article lists the winners by name or the claim of their number
// is disputed.
func KeyClaim(arts []corpus.Article, ents []report.Entity, found []report.Claim, lx *lexicon.Lexicon) (string, bool) {
	lang := mainLanguage(arts)
	form, ok := keyClaimForms[lang]
	if !ok {
		return "", false
	}
	joins := lx.InOrder(lexicon.NameListJoins)
	people := map[string]string{} // spelling -> entity name
	var orgs []report.Entity
	for _, e := range ents {
		switch e.Type {
		case "PERSON":
			for _, v := range append([]string{e.Name}, variantTexts(e)...) {
				people[v] = e.Name
			}
		case "ORG", "ORGANIZATION":
			orgs = append(orgs, e)
		}
	}
	for _, c := range found {
		if c.Subject != claims.SubjectEvent || c.Measure != claims.MeasureWinners || c.Status != "agree" {
			continue
		}
		var names []string
		bodies := map[string]int{}
		for _, v := range c.Values {
			listed := listedPeople(v.Text, people, joins)
			if len(listed) < 2 {
				continue
			}
			if names == nil {
				names = listed
			}
			// The body they won places on is named after the list.
			after := v.Sentence
			if i := strings.Index(after, v.Text); i >= 0 {
				after = after[i+len(v.Text):]
			}
			if b := lastOrg(after, orgs); b != "" {
				bodies[b]++
			}
		}
		if len(names) == 0 {
			continue
		}
		list := joinNames(names, listJoiners[lang])
		if b := topKey(bodies); b != "" {
			return strings.Replace(strings.Replace(form[0], "%s", list, 1), "%s", b, 1), true
		}
		return strings.Replace(form[1], "%s", list, 1), true
	}
	return "", false
}

// mainLanguage is the language most articles are in (ties: the first in
// name order), "" when none is known.
func mainLanguage(arts []corpus.Article) string {
	n := map[string]int{}
	for _, a := range arts {
		if a.Language != "" && a.Language != "unknown" {
			n[a.Language]++
		}
	}
	return topKey(n)
}

// topKey is the key with the highest count (ties: the smallest key).
func topKey(n map[string]int) string {
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := ""
	for _, k := range keys {
		if best == "" || n[k] > n[best] {
			best = k
		}
	}
	return best
}

// listedPeople returns the corpus people a list names, in its order, when
// every item of the list is one; joins are the words joining its names.
func listedPeople(list string, people map[string]string, joins []string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' }) {
		part = strings.TrimSpace(part)
		for _, j := range joins {
			part = strings.TrimSpace(strings.TrimPrefix(part, j+" "))
		}
		for _, piece := range splitJoined(part, joins) {
			name, ok := people[piece]
			if !ok {
				return nil
			}
			out = append(out, name)
		}
	}
	return out
}

// splitJoined splits "A and B" (or "A och B", "A & B") into its names.
func splitJoined(s string, joins []string) []string {
	for _, j := range joins {
		if i := strings.Index(s, " "+j+" "); i >= 0 {
			return append(splitJoined(strings.TrimSpace(s[:i]), joins), splitJoined(strings.TrimSpace(s[i+len(j)+2:]), joins)...)
		}
	}
	return []string{s}
}

// joinNames writes "A, B and C".
func joinNames(names []string, and string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + and + " " + names[len(names)-1]
}

// lastOrg is the corpus organisation named last in sentence (by its name
// or a spelling, in any case), "" when none is.
func lastOrg(sentence string, orgs []report.Entity) string {
	low := strings.ToLower(sentence)
	best, at := "", -1
	for _, e := range orgs {
		for _, v := range append([]string{e.Name}, variantTexts(e)...) {
			if i := lastWordIndex(low, strings.ToLower(v)); i > at || i == at && i >= 0 && len(e.Name) > len(best) {
				best, at = e.Name, i
			}
		}
	}
	return best
}

// lastWordIndex is the offset of the last whole-word occurrence of w in
// text, or -1.
func lastWordIndex(text, w string) int {
	last := -1
	for off := 0; off < len(text); {
		i := wordIndex(text[off:], w)
		if i < 0 {
			break
		}
		last = off + i
		off += i + 1
	}
	return last
}
