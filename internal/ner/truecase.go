package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// letterRuns calls fn for each maximal run of letters in s, with its
// byte offsets.
func letterRuns(s string, fn func(start, end int)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(start, i)
			start = -1
		}
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

// docCasing maps the upper-case form of each word that the text writes
// with a lower-case letter, past the first word of a sentence, to its
// most frequent such form ("SHEARER" -> "Shearer", "NAMED" -> "named").
// Ties go to the form that sorts first.
func docCasing(src string, sents []span.Span) map[string]string {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		text := src[s.Start:s.End]
		if !strings.ContainsFunc(text, unicode.IsLower) {
			continue
		}
		first := true
		letterRuns(text, func(a, b int) {
			w := text[a:b]
			if first {
				first = false
				return
			}
			if !strings.ContainsFunc(w, unicode.IsLower) {
				return
			}
			u := strings.ToUpper(w)
			if counts[u] == nil {
				counts[u] = map[string]int{}
			}
			counts[u][w]++
		})
	}
	out := make(map[string]string, len(counts))
	for u, forms := range counts {
		keys := make([]string, 0, len(forms))
		for f := range forms {
			keys = append(keys, f)
		}
		sort.Strings(keys)
		best := keys[0]
		for _, f := range keys[1:] {
			if forms[f] > forms[best] {
				best = f
			}
		}
		out[u] = best
	}
	return out
}

// trueCase rewrites, in place, the words of an all-capitals sentence to
// the case running text would give them, so that prose's tagger, trained
// on mixed case, sees "Shearer named as England captain" rather than
// "SHEARER NAMED AS ENGLAND CAPTAIN". A word takes the form the same
// text gives it elsewhere (casing), else its form in the casing lexicon
// (lower case, or capitalised from four letters on). A country's short
// form ("US", never the pronoun) and any other word of three letters or
// fewer that the lexicon does not know in lower case (an acronym: "EU")
// stay in capitals, even first in the sentence; any other unknown word
// is capitalised, and so is the first word. Single letters are left
// alone. Only runes whose encoding keeps its length are changed, so byte
// offsets still hold.
func (e *Extractor) trueCase(b []byte, casing map[string]string) {
	first := true
	letterRuns(string(b), func(a, z int) {
		w := string(b[a:z])
		isFirst := first
		first = false
		if utf8.RuneCountInString(w) < 2 || strings.ContainsFunc(w, unicode.IsLower) {
			return
		}
		form, ok := casing[w]
		switch {
		case len(w) <= 3 && e.lx.IsCountry(w):
			form = w // "US", not the pronoun
		case ok:
		default:
			capital, known := true, false
			if e.english != nil {
				capital, known = e.english.Casing(w)
			}
			switch {
			case known && !capital:
				form = strings.ToLower(w)
			case utf8.RuneCountInString(w) <= 3:
				form = w // an acronym, known capitalised ("EU") or unknown
			default:
				form = titleWord(w)
			}
		}
		if isFirst && form != w {
			form = titleWord(form) // a word kept in capitals stays so ("US troops")
		}
		copyRunes(b[a:z], form)
	})
}

// titleWord is w with its first letter in upper case and the rest kept,
// or, when w is all capitals, the rest in lower case.
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	if !strings.ContainsFunc(rest, unicode.IsLower) {
		rest = strings.ToLower(rest)
	}
	return string(unicode.ToUpper(r)) + rest
}

// copyRunes writes form over dst rune by rune, keeping each rune of dst
// whose replacement would have another encoded length.
func copyRunes(dst []byte, form string) {
	i := 0
	for _, r := range form {
		if i >= len(dst) {
			return
		}
		old, n := utf8.DecodeRune(dst[i:])
		if utf8.RuneLen(r) == n && unicode.ToUpper(r) == unicode.ToUpper(old) {
			utf8.EncodeRune(dst[i:], r)
		}
		i += n
	}
}
