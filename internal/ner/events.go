package ner

import (
	"strings"
	"unicode"

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

// awardGivenNames: "an Oscar", "best actor Oscar", "Oscar nominations":
// a one-word given name that names an award too is the award, MISC,
// after an article, a possessive determiner or a word of an award's
// category, or before an award word.
func awardGivenNames(d *doc, c *candidate) verdict {
	if !d.lx.Has(lexicon.AwardGivenNames, strings.ToLower(c.Text)) {
		return keep
	}
	before := ""
	if strings.ContainsFunc(d.src[c.s.Start:c.Start], unicode.IsLetter) {
		before = wordBefore(d.src, c.Start) // in the sentence: not "the film. Oscar said"
	}
	after := strings.TrimPrefix(nextWord(d.src, c.End, c.s.End), "-")
	if d.lx.Has(lexicon.ArticlesEnSv, before) || d.lx.Has(lexicon.PossessiveDeterminersEnSv, before) ||
		d.lx.Has(lexicon.AwardBeforeWords, before) || d.lx.Has(lexicon.AwardWords, after) {
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
	if len(ws) == 1 && d.stormWords()[c.Text] {
		c.Type = span.Misc // "Ada made landfall" after "Hurricane Ada"
	}
	return keep
}

// stormWords returns the capitalised words the text writes right after
// a storm's opener of one or two words ("Ada" of "Hurricane Ada",
// "Tropical Storm Bo").
func (d *doc) stormWords() map[string]bool {
	if d.stormed != nil {
		return d.stormed
	}
	d.stormed = map[string]bool{}
	ws := strings.Fields(d.src)
	for i := 0; i+1 < len(ws); i++ {
		for n := 1; n <= 2 && i+n < len(ws); n++ {
			if !d.lx.Has(lexicon.NerStormOpeners, strings.ToLower(strings.Join(ws[i:i+n], " "))) {
				continue
			}
			if w := strings.TrimRight(ws[i+n], ".,;:!?'’\""); w != "" && hasUpper(w[:1]) {
				d.stormed[w] = true
			}
		}
	}
	return d.stormed
}
