// Package textutil holds the small text helpers every stage shares: word
// sets for keyword lists and a lower-casing that keeps byte offsets.
package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set returns the white-space separated words of list as a set.
func Set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// Lower lower-cases s rune by rune, keeping every rune whose lower case
// has another UTF-8 length ("İ", "Ⱥ") and every invalid byte as it is, so
// that byte offsets into the result are byte offsets into s.
// strings.ToLower does not keep them: an offset found in its result may
// point elsewhere in s, or past its end.
func Lower(s string) string {
	same := true
	for _, r := range s {
		if r >= utf8.RuneSelf || 'A' <= r && r <= 'Z' {
			same = false
			break
		}
	}
	if same {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(l) == n {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
