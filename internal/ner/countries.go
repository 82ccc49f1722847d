package ner

import "github.com/nec-analyse/nec-analyse/internal/lexicon"

// placeNotPerson reports whether a mention typed typ that names a country
// is the country: anything but a person named like a given name ("Chad",
// "Jordan"). The taggers' organisation labels never override it.
func placeNotPerson(text, typ string) bool {
	return isCountry(text) && !(typ == Person && lexicon.Default().GivenName(text))
}

// isCountry reports whether a mention's text names a country.
func isCountry(text string) bool { return lexicon.Default().IsCountry(text) }

// isLocality reports whether a mention's text names a large city or a
// well-known region.
func isLocality(text string) bool { return lexicon.Default().IsLocality(text) }
