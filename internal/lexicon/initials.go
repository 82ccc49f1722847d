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
		r, ok := capitalOf(w)
		if !ok {
			return ""
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// CapitalInitials is the lenient variant of Initials: the capitals
// opening the words of a name, where a word of any other kind (a
// lower-case word, connector or not, a sign, an ampersand) leaves no
// letter and does not refuse the name: "VNPC" of "Valmora's National
// Petroleum Corporation", "BF" of "Banco de Ferrol", "LV" of "Lind &
// Vane".
func CapitalInitials(words []string) string {
	var sb strings.Builder
	for _, w := range words {
		if r, ok := capitalOf(w); ok {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// capitalOf returns the first letter of w and whether it is a capital.
func capitalOf(w string) (rune, bool) {
	r, _ := utf8.DecodeRuneInString(w)
	return r, unicode.IsUpper(r)
}
