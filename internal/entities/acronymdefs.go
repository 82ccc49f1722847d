package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// acronymDefinitions indexes, by acronym, the names the folder defines
// it by (spellKey), read in the sentence of each mention of an acronym
// written alone: the capitalised words just before "(TMC)" whose
// initials spell it, or the words inside the brackets after "TMC (";
// the connectors (org_name_connectors) leave no letter and a known
// place inside the name is passed over ("Tarn UK Mill Company (TMC)").
// The name is read from the text, however the taggers cut it: "the
// Tarnland Tarn Mill Company (TMC)" or "Tarn" and "Mill Company" both
// define TMC as "Tarn Mill Company". Built once.
func (r *resolver) acronymDefinitions() map[string]map[string]bool {
	if r.blocks.definitions != nil {
		return r.blocks.definitions
	}
	r.blocks.definitions = map[string]map[string]bool{}
	for i, m := range r.ms {
		if len(r.toks[i]) != 1 || !isAcronym(m.Text) {
			continue
		}
		pre, post, ok := aroundMention(m)
		if !ok {
			continue
		}
		var name []string
		if before, ok := strings.CutSuffix(pre, "("); ok && strings.HasPrefix(post, ")") {
			name = r.spelledBefore(strings.Fields(before), m.Text) // "Tarn Mill Company (TMC)"
		} else if after, ok := strings.CutPrefix(strings.TrimLeft(post, " "), "("); ok {
			if in, _, ok := strings.Cut(after, ")"); ok {
				name = r.spelledInside(strings.Fields(in), m.Text) // "TMC (Tarn Mill Company)"
			}
		}
		if len(name) == 0 {
			continue
		}
		if r.blocks.definitions[m.Text] == nil {
			r.blocks.definitions[m.Text] = map[string]bool{}
		}
		r.blocks.definitions[m.Text][r.spellKey(name)] = true
	}
	return r.blocks.definitions
}

// spelledBefore returns the last words of ws that spell acronym a (see
// acronymDefinitions), nil if they do not.
func (r *resolver) spelledBefore(ws []string, a string) []string {
	letters := []rune(a)
	n := len(letters)
	for i := len(ws) - 1; i >= 0 && n > 0; i-- {
		switch c, _ := utf8.DecodeRuneInString(ws[i]); {
		case c == letters[n-1] && (unicode.IsUpper(c) || c == '&'):
			n--
			if n == 0 {
				return ws[i:]
			}
		case n < len(letters) && (r.lx.Has(lexicon.OrgNameConnectors, strings.ToLower(ws[i])) || r.lx.IsPlace(ws[i])):
			// "Bank of", "UK" inside the name
		default:
			return nil
		}
	}
	return nil
}

// spelledInside returns ws when its words spell acronym a, each word a
// letter of it, a connector or a known place inside the name (see
// acronymDefinitions), nil if they do not.
func (r *resolver) spelledInside(ws []string, a string) []string {
	letters := []rune(a)
	n := 0
	for i, w := range ws {
		switch c, _ := utf8.DecodeRuneInString(w); {
		case n < len(letters) && c == letters[n] && (unicode.IsUpper(c) || c == '&'):
			n++
		case n > 0 && i < len(ws)-1 && (r.lx.Has(lexicon.OrgNameConnectors, strings.ToLower(w)) || r.lx.IsPlace(w)):
		default:
			return nil
		}
	}
	if n < len(letters) {
		return nil
	}
	return ws
}

// spellKey is the key of a name's words but the connectors and the
// places a definition passes over, so that a form and a name defined in
// the text compare ("The Tarn Mill Company" and "Tarn Mill Company").
func (r *resolver) spellKey(ws []string) string {
	var kept []string
	for i, w := range ws {
		if r.lx.Has(lexicon.OrgNameConnectors, strings.ToLower(w)) || i > 0 && i < len(ws)-1 && r.lx.IsPlace(w) {
			continue
		}
		kept = append(kept, w)
	}
	return key(kept)
}

// mergeAcronymDefinitions joins an acronym written in brackets just
// after the name it spells to the mention of that name, in one sentence:
// "the Tarnland Harbour Board (HB)" joins "HB" to "Tarnland Harbour
// Board", whose initials are not the acronym's; the mention must hold
// every word spelling it ("Harbour Board (THB)" after "Tarn" cut off by
// the taggers is left to the acronym pass).
func mergeAcronymDefinitions(r *resolver) {
	ends := map[string]map[int]int{} // article -> end -> a mention of two words or more
	for j, m := range r.ms {
		if len(r.toks[j]) >= 2 {
			if ends[m.Article] == nil {
				ends[m.Article] = map[int]int{}
			}
			ends[m.Article][m.End] = j
		}
	}
	for i, m := range r.ms {
		if len(r.toks[i]) != 1 || !isAcronym(m.Text) || r.lx.IsPlace(m.Text) {
			continue
		}
		pre, post, ok := aroundMention(m)
		if !ok || !strings.HasPrefix(post, ")") {
			continue
		}
		pre, ok = strings.CutSuffix(pre, "(")
		if !ok {
			continue
		}
		pre = strings.TrimRight(pre, " ")
		name := r.spelledBefore(strings.Fields(pre), m.Text)
		j, ok := ends[m.Article][m.SentenceStart+len(pre)]
		if len(name) == 0 || !ok || len(r.toks[j]) < len(name) || key(r.toks[j][len(r.toks[j])-len(name):]) != key(name) {
			continue
		}
		r.union(m.Article+"\x00"+key(r.toks[i]), key(r.toks[j]))
	}
}

// aroundMention returns the text of m's sentence before m, without the
// spaces ending it, and after m; ok is false when the sentence does not
// hold m where its offsets say.
func aroundMention(m Mention) (pre, post string, ok bool) {
	s, at, end := m.SentenceText, m.Start-m.SentenceStart, m.End-m.SentenceStart
	if at < 0 || end > len(s) || at > end || s[at:end] != m.Text {
		return "", "", false
	}
	return strings.TrimRight(s[:at], " "), s[end:], true
}
