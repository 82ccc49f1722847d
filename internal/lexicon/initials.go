package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Initials spells the capitals of the words of a name, skipping the
// organisation connectors ("of", "and": org_name_connectors): "NFU" of
// "Northmoor Ferry Union"; an ampersand is kept ("Q&L" of "Quill &
// Lind"); "" if a word is neither.
func (l *Lexicon) Initials(words []string) string {
	var sb strings.Builder
	for _, w := range words {
		if w == "&" {
			sb.WriteByte('&')
			continue
		}
		if l.Has(OrgNameConnectors, strings.ToLower(w)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
