package ner

import (
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// placeNotPerson reports whether a mention typed typ that names a country
// is the country: anything but a person named like a given name ("Chad",
// "Jordan"). The taggers' organisation labels never override it.
func placeNotPerson(lx *lexicon.Lexicon, text, typ string) bool {
	return isCountry(lx, text) && !(typ == span.Person && lx.GivenName(text))
}

// isCountry reports whether a mention's text names a country.
func isCountry(lx *lexicon.Lexicon, text string) bool { return lx.IsCountry(text) }

// isLocality reports whether a mention's text names a large city or a
// well-known region.
func isLocality(lx *lexicon.Lexicon, text string) bool { return lx.IsLocality(text) }
