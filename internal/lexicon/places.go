package lexicon

import "strings"

// placeKey lower-cases a name and drops a possessive ending.
func placeKey(text string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s"))
}

// IsCountry reports whether text names a country ("Britain's", "Storbritannien").
func (l *Lexicon) IsCountry(text string) bool { return l.Has(Countries, placeKey(text)) }

// IsLocality reports whether text names a place within a country: a
// large city or a well-known region.
func (l *Lexicon) IsLocality(text string) bool {
	k := placeKey(text)
	return l.Has(Cities, k) || l.Has(Regions, k)
}

// IsPlace reports whether text names a country, a large city or a region.
func (l *Lexicon) IsPlace(text string) bool { return l.IsCountry(text) || l.IsLocality(text) }

// GivenName reports a place name that is also a given name ("Chad",
// "Sofia"): found as a person, it stays a person.
func (l *Lexicon) GivenName(text string) bool { return l.Has(PlaceGivenNames, placeKey(text)) }

// IsDemonym reports an adjective of nationality ("American", "Kurdish").
func (l *Lexicon) IsDemonym(text string) bool { return l.Has(Demonyms, placeKey(text)) }
