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
