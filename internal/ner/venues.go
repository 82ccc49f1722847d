package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// venuePlaces: "lunch at the Quorrick Grill", "near the Tarn Bridges",
// "in Tarnby's Valmora Art Museum": a name of two words or more typed an
// organisation that ends in a place's, a venue's or a shop's head is the
// place when a venue's cue (venue_place_cues) stands right before it,
// "the" or a possessive allowed between: one is at a place, not at a
// firm. The same name as a firm's subject ("the Quorrick Grill said")
// stays an organisation.
func venuePlaces(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if m.Type != span.Org || !strings.Contains(m.Text, " ") || !venueHeaded(d.lx, m.Text) || !plainTitleCase(d.lx, m.Text) ||
			!venuePlaceCue(d, m.Start) {
			continue
		}
		m.Type = span.Location
	}
}

// venueHeaded reports a name whose last word, or its singular, is a
// place's, a venue's, a landmark's or a shop's head and no political
// unit's ("Quorrick Grill", "Tarn Bridges"; not "Quillan County").
func venueHeaded(lx *lexicon.Lexicon, name string) bool {
	last := strings.ToLower(textutil.LastField(name))
	heads := func(w string) bool {
		return !lx.Has(lexicon.PlaceUnitHeads, w) && (lx.Has(lexicon.LocHeads, w) || lx.Has(lexicon.NerVenueHeads, w) ||
			lx.Has(lexicon.NerLandmarkHeads, w) || lx.Has(lexicon.NerShopHeads, w))
	}
	if heads(last) {
		return true
	}
	stem, ok := strings.CutSuffix(last, "s")
	return ok && utf8.RuneCountInString(stem) >= 3 && heads(stem)
}

// venuePlaceCue reports a venue's cue before at (venue_place_cues), over
// "the" or a possessive owner's word ("at the", "in Tarnby's").
func venuePlaceCue(d *doc, at int) bool {
	wordStart := func(at int) int { return len(strings.TrimRight(d.src[:at], " ")) - len(lastWord(d.src, at)) }
	switch w := lastWord(d.src, at); {
	case w == "the":
		at = wordStart(at)
	case w == "s":
		i := wordStart(at)
		r, n := utf8.DecodeLastRuneInString(d.src[:i])
		if r != '\'' && r != '’' {
			return false
		}
		owner := strings.TrimRight(d.src[:i-n], " ")
		if !hasUpper(lastWord(owner, len(owner))) {
			return false
		}
		at = wordStart(len(owner))
	}
	return cueBefore(d, at, lexicon.VenuePlaceCues)
}
