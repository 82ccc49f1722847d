package entities

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// mergeApostropheForms joins an organisation's or a law's name of three
// words or more with a plural possessive inside ("Harbour Pilots'
// Guild") to the one name that writes it without the apostrophe
// ("Harbour Pilots Guild"): one name, spelt two ways.
func mergeApostropheForms(r *resolver) {
	ends := r.lx.InOrder(lexicon.PluralPossessiveEndings)
	for _, k := range r.order {
		g := r.forms[k]
		if t := r.typeOf(g); len(g.tokens) < 3 || t != span.Org && t != span.Misc && !r.orgNamed(g) {
			continue
		}
		bare, cut := append([]string{}, g.tokens...), false
		for i := 0; i < len(bare)-1; i++ {
			for _, a := range ends {
				if w, ok := strings.CutSuffix(bare[i], a); ok && len(w) > 2 {
					bare[i], cut = w+"s", true
				}
			}
		}
		if !cut {
			continue
		}
		if f := r.forms[key(bare)]; f != nil && r.find(f.key) != r.find(g.key) {
			r.union(f.key, g.key)
		}
	}
}
