package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// orgLedProducts: "the lead engineer for Quorvex Browser" beside "The
// Quorvex Foundation": a person of two words or more whose first word
// opens an organisation's name of the text that ends in an
// organisation's head (org_heads, company_heads), no function word ("The
// Office") and no known place ("Edinburgh University") is that organisation's
// product or division, an organisation; so is its one last word written
// alone as a person ("acquiring Browser"), when no person's cue marks it
// anywhere in the text. The guards are org-led-people's: no given or
// learnt person-name word, no person's word before it, and no other
// full name ending in the same word.
func orgLedProducts(d *doc) {
	openers := map[string]bool{}
	surnames := map[string]map[string]bool{}
	for _, m := range d.ms {
		switch {
		case m.Type == span.Org:
			if first, _, ok := strings.Cut(m.Text, " "); ok && orgHeaded(d.lx, m.Text) && !d.lx.Has(lexicon.StopwordsEn, strings.ToLower(first)) && !d.lx.IsPlace(first) {
				openers[first] = true
			}
		case m.Type == span.Person && strings.Contains(m.Text, " "):
			last := textutil.LastField(m.Text)
			if surnames[last] == nil {
				surnames[last] = map[string]bool{}
			}
			surnames[last][m.Text] = true
		}
	}
	if len(openers) == 0 {
		return
	}
	products := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		first, rest, ok := strings.Cut(m.Text, " ")
		if m.Type != span.Person || !ok || rest == "" || !openers[first] || utf8.RuneCountInString(first) < 2 || holdsNameWord(d.lx, m.Text) || personCue(d.lx, d.src, *m) ||
			len(surnames[textutil.LastField(m.Text)]) > 1 {
			continue
		}
		m.Type = span.Org
		if !strings.Contains(rest, " ") {
			products[rest] = true
		}
	}
	if len(products) == 0 {
		return
	}
	for _, m := range d.ms {
		if products[m.Text] && (m.Type == span.Person && personCue(d.lx, d.src, m) || d.lx.IsPersonNameWord(m.Text)) {
			delete(products, m.Text)
		}
	}
	for i := range d.ms {
		if m := &d.ms[i]; m.Type == span.Person && products[m.Text] {
			m.Type = span.Org
		}
	}
}

// orgHeaded reports a name ending in an organisation's or a company's
// head ("Quorvex Foundation").
func orgHeaded(lx *lexicon.Lexicon, name string) bool {
	last := strings.ToLower(textutil.LastField(name))
	return lx.Has(lexicon.OrgHeads, last) || lx.Has(lexicon.CompanyHeads, last)
}
