package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// awardNames: "the Oscars", "an Emmy", "Golden Globes": a short name of
// an award or its ceremony is an event, MISC, whatever type the taggers
// gave it.
func awardNames(d *doc, c *candidate) verdict {
	t := strings.TrimSuffix(strings.TrimSuffix(c.Text, "'s"), "’s")
	if d.lx.Has(lexicon.AwardNames, strings.ToLower(strings.TrimPrefix(t, "#"))) {
		c.Type = span.Misc
	}
	return keep
}

// stormNames: "Hurricane Ada", "Tropical Storm Bo": a name of two words
// or more opened by a storm's word is an event, MISC, and no person.
func stormNames(d *doc, c *candidate) verdict {
	ws := strings.Fields(strings.ToLower(c.Text))
	for n := 2; n >= 1; n-- {
		if len(ws) > n && d.lx.Has(lexicon.NerStormOpeners, strings.Join(ws[:n], " ")) {
			c.Type = span.Misc
			break
		}
	}
	return keep
}
