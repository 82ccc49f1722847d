package entities

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Blocking: the merge passes and the spelling tests ask, for one form,
// which other forms could match it (the names an acronym spells, the
// organisations a name begins, the full names one letter off). Instead
// of comparing every pair of forms, each form's keys are computed once
// and the forms indexed by them: a form is compared only with the forms
// that share a key, which every matching pair does. The tests themselves
// are unchanged, so the merges are the same as with all pairs.

// blocks are the resolver's indexes, each built once, when first asked.
type blocks struct {
	// initials of each form of two words or more (see lexicon.Initials),
	// and the forms by their initials, in key order.
	initials   map[*form]string
	byInitials map[string][]*form
	// orgPrefixes indexes the forms ending in an organisation's head by
	// the key of each shorter run of their first words (two at least).
	orgPrefixes map[string][]prefixOf
	// orgsByFirst indexes the forms of two words or more ending in an
	// organisation's head by their first word, case folded (textutil.FoldKey).
	orgsByFirst map[string][]*form
	// storyNames indexes the specific names of people and organisations
	// by article (see storyNameIndex).
	storyNames map[string][]*form
	// definitions holds, by acronym, the spellKeys of the names the text
	// defines it by (see acronymDefinitions).
	definitions map[string]map[string]bool
	// byEdge indexes the mentions by article and by start offset, and
	// by end offset as the key -1-end (see listedWithPerson).
	byEdge map[string]map[int][]int
}

// prefixOf is a form g whose first n words have the key indexed.
type prefixOf struct {
	g *form
	n int
}

// formInitials returns the initials of a form of two words or more,
// computed once per form.
func (r *resolver) formInitials(g *form) string {
	if r.blocks.initials == nil {
		r.blocks.initials = map[*form]string{}
	}
	s, ok := r.blocks.initials[g]
	if !ok {
		s = r.lx.Initials(g.tokens)
		r.blocks.initials[g] = s
	}
	return s
}

// spelledBy returns the forms of two words or more whose initials are s,
// with a "The" written before them as part of the name (titledThe) or
// not, in key order.
func (r *resolver) spelledBy(s string) []*form {
	if r.blocks.byInitials == nil {
		r.blocks.byInitials = map[string][]*form{}
		for _, k := range r.order {
			if g := r.forms[k]; len(g.tokens) >= 2 {
				if in := r.formInitials(g); in != "" {
					r.blocks.byInitials[in] = append(r.blocks.byInitials[in], g)
					if r.titledThe(g) { // "The Tarnby Courier" is TTC
						r.blocks.byInitials["T"+in] = append(r.blocks.byInitials["T"+in], g)
					}
				}
			}
		}
	}
	if s == "" {
		return nil
	}
	return r.blocks.byInitials[s]
}

// orgsBegunBy returns the forms longer than f that end in an
// organisation's head and whose first len(f.tokens) words have f's key,
// in key order (f has two words or more).
func (r *resolver) orgsBegunBy(f *form) []*form {
	if r.blocks.orgPrefixes == nil {
		r.blocks.orgPrefixes = map[string][]prefixOf{}
		for _, k := range r.order {
			g := r.forms[k]
			if len(g.tokens) < 3 || !r.orgHead(g.tokens[len(g.tokens)-1]) {
				continue
			}
			for n := 2; n < len(g.tokens); n++ {
				pk := key(g.tokens[:n])
				r.blocks.orgPrefixes[pk] = append(r.blocks.orgPrefixes[pk], prefixOf{g, n})
			}
		}
	}
	var out []*form
	for _, p := range r.blocks.orgPrefixes[f.key] {
		if p.n == len(f.tokens) {
			out = append(out, p.g)
		}
	}
	return out
}

// orgsFirstWord returns the forms of two words or more ending in an
// organisation's head whose first word is w, case folded
// (strings.EqualFold), in key order.
func (r *resolver) orgsFirstWord(w string) []*form {
	if r.blocks.orgsByFirst == nil {
		r.blocks.orgsByFirst = map[string][]*form{}
		for _, k := range r.order {
			g := r.forms[k]
			if len(g.tokens) >= 2 && r.orgHead(g.tokens[len(g.tokens)-1]) {
				fk := textutil.FoldKey(g.tokens[0])
				r.blocks.orgsByFirst[fk] = append(r.blocks.orgsByFirst[fk], g)
			}
		}
	}
	var out []*form
	for _, g := range r.blocks.orgsByFirst[textutil.FoldKey(w)] {
		if strings.EqualFold(g.tokens[0], w) {
			out = append(out, g)
		}
	}
	return out
}

// spellingKeys are the keys under which the spelling tests can find that
// two full names are one: for a slip (nearMiss), the name with one word
// left out and that word's first letter, for each word; for another first
// name (firstNameVariant), the words after the first and the first three
// letters of the first. Two names a test joins share a key.
func spellingKeys(tokens []string) []string {
	n := len(tokens)
	folded := make([]string, n)
	for i, t := range tokens {
		folded[i] = textutil.FoldKey(textutil.FoldAccents(t))
	}
	keys := make([]string, 0, n+1)
	for p := range tokens {
		first, _ := utf8.DecodeRuneInString(textutil.FoldAccents(strings.ToLower(tokens[p])))
		var sb strings.Builder
		sb.WriteString("slip\x00")
		sb.WriteString(strconv.Itoa(n))
		sb.WriteByte(' ')
		sb.WriteString(strconv.Itoa(p))
		for q, f := range folded {
			if q != p {
				sb.WriteByte(0)
				sb.WriteString(f)
			}
		}
		sb.WriteByte(0)
		sb.WriteRune(first)
		keys = append(keys, sb.String())
	}
	if first := []rune(strings.ToLower(tokens[0])); n >= 2 && len(first) >= 3 {
		var sb strings.Builder
		sb.WriteString("first\x00")
		sb.WriteString(strconv.Itoa(n))
		for _, t := range tokens[1:] {
			sb.WriteByte(0)
			sb.WriteString(textutil.FoldKey(t))
		}
		sb.WriteByte(0)
		sb.WriteString(string(first[:3]))
		keys = append(keys, sb.String())
	}
	return keys
}

// spellingIndex gives each person the earlier persons (in r.persons
// order) it shares a spelling key with.
type spellingIndex map[string][]int

// candidates returns the indexes in r.persons of the persons before the
// i-th sharing one of keys with it, in order, and then indexes the i-th.
func (ix spellingIndex) candidates(i int, keys []string) []int {
	var out []int
	for _, k := range keys {
		out = append(out, ix[k]...)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	for _, k := range keys {
		ix[k] = append(ix[k], i)
	}
	return out
}

// titledThe reports a form written after a capitalised "The" inside a
// sentence, as part of its name ("says The Tarnby Courier").
func (r *resolver) titledThe(g *form) bool {
	for _, i := range g.mentions {
		b := strings.TrimRight(r.ms[i].Before, " ")
		if strings.HasSuffix(b, "The") && len(b) > 3 && !isLetterByte(b[len(b)-4]) && strings.TrimSpace(b[:len(b)-3]) != "" {
			return true
		}
	}
	return false
}
