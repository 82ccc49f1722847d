package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// trueCaseCapitalAbbreviations returns src with each abbreviation of
// name_opening_abbreviations written in capitals with its full stop
// before a space and a word in capitals ("ST. LOUIS", "MT. VERNON")
// written as the tokenizer knows it ("St. LOUIS"), so the name runs on
// across it; byte offsets hold. src itself is returned when there is
// none.
func (e *Extractor) trueCaseCapitalAbbreviations(src string, _ []span.Span, _ map[string]bool) string {
	var b []byte
	for i := 0; i+2 < len(src); {
		j := strings.Index(src[i:], ". ")
		if j < 0 {
			break
		}
		dot := i + j
		i = dot + 2
		if !capitalsWordAt(src, dot+2) {
			continue
		}
		a := dot
		for a > 0 && src[a-1] >= 'A' && src[a-1] <= 'Z' {
			a--
		}
		if dot-a < 2 || a > 0 && isWordByte(src[a-1]) || !e.lx.Has(lexicon.NameOpeningAbbreviations, strings.ToLower(src[a:dot])) {
			continue
		}
		if b == nil {
			b = []byte(src)
		}
		for k := a + 1; k < dot; k++ {
			b[k] += 'a' - 'A'
		}
	}
	if b == nil {
		return src
	}
	return string(b)
}

// capitalsWordAt reports a word of two ASCII capitals or more at i,
// ending at a space, punctuation or the text's end ("LOUIS,"; not "Her",
// "A").
func capitalsWordAt(src string, i int) bool {
	n := 0
	for i+n < len(src) && src[i+n] >= 'A' && src[i+n] <= 'Z' {
		n++
	}
	return n >= 2 && (i+n == len(src) || !isWordByte(src[i+n]))
}

// isWordByte reports an ASCII letter or digit, or a byte of a multi-byte
// rune.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// afterAbbreviation returns text without a first word that is an
// abbreviation of abbreviations_en_sv with its full stop ("St. LOUIS"
// as capital-abbreviations leaves "ST. LOUIS"), so the rest can be
// judged as written.
func afterAbbreviation(lx *lexicon.Lexicon, text string) string {
	first, rest, ok := strings.Cut(text, " ")
	if stem, dot := strings.CutSuffix(first, "."); ok && dot && rest != "" && lx.Has(lexicon.AbbreviationsEnSv, strings.ToLower(stem)) {
		return rest
	}
	return text
}
