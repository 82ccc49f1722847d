// Package textutil holds the small text helpers every stage shares: word
// sets for keyword lists, a lower-casing that keeps byte offsets, and
// accent folding for name keys.
package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// FoldAccents drops combining marks after canonical decomposition:
// "Inés" and "Ines", "Åsa Öberg" and "Asa Oberg" fold alike; a
// typographic apostrophe ("’", "‘", "ʼ") becomes "'" ("O’Neal" and
// "O'Neal"). Letters that do not decompose ("ø", "ß") are kept; invalid
// UTF-8 becomes U+FFFD. Byte offsets are not kept.
func FoldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, "\uFFFD")) {
		switch {
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		case !unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// FoldKey maps s to one string for all the strings that strings.EqualFold
// finds equal to it, so that such strings can key a map: each rune is
// replaced by the least rune of its simple case folding orbit ("k", "K"
// and the Kelvin sign all give "K"). Invalid bytes give U+FFFD, as
// EqualFold reads them.
func FoldKey(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		least := c
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// LastField is the last white-space separated word of s, or "".
func LastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// CutSuffixFold returns s without suffix and true when s ends in suffix
// up to case (Unicode simple folding), else s and false. It cuts s itself,
// so the result is a prefix of s whatever lower-casing does to byte
// lengths ("ȺȺ.COM" has the suffix ".com").
func CutSuffixFold(s, suffix string) (string, bool) {
	n := utf8.RuneCountInString(suffix)
	i := len(s)
	for k := 0; k < n; k++ {
		if i == 0 {
			return s, false
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	if strings.EqualFold(s[i:], suffix) {
		return s[:i], true
	}
	return s, false
}

// FlatLines returns s with each line break and tab written as a space,
// byte for byte, so offsets into s hold in the result: a name that a
// hard-wrapped text breaks over two lines ("Harbour Transit\nAuthority")
// reads as it would on one line.
func FlatLines(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}

// OneSpace writes every run of white space in s as one space and trims
// both ends ("Harbour Transit\r\nAuthority", read flat, holds two spaces).
func OneSpace(s string) string {
	prevSpace := true // a leading space is trimmed
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = sp
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
