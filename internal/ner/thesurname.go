package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// theSurname reports a name of two words, the definite article
// (definite_articles_en) and a person-name word (given or learnt,
// IsPersonNameWord): "The Tarrant" of "The Tarrant fire chief". No
// person's name opens with "the", and a work's or a band's name ("The
// Quillers", "The Aviator") is no single person-name word.
func theSurname(lx *lexicon.Lexicon, name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && rest != "" && !strings.Contains(rest, " ") && lx.Has(lexicon.DefiniteArticlesEn, strings.ToLower(first)) && lx.IsPersonNameWord(rest)
}
