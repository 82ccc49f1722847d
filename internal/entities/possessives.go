package entities

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// possessiveEnds are the endings the possessive pass strips.
var possessiveEnds = []string{"'s", "’s", "'", "’"}

// possessiveEnd returns the possessive ending of the word w, "" if none.
func possessiveEnd(w string) string {
	for _, suf := range possessiveEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return suf
		}
	}
	return ""
}

// keepPossessiveNames marks the names whose "'s" is their own, which the
// possessive pass then leaves on (see possessiveNames).
func keepPossessiveNames(r *resolver, c *nameCut) {
	if r.ownPossessive == nil {
		r.ownPossessive = r.possessiveNames()
	}
	c.ownS = r.ownPossessive[key(c.fields)]
}

// possessiveNames returns the keys of the names of two words or more
// written with "'s" on their last word in two mentions or more, never
// without it, once at least before punctuation where no possessive can
// stand ("Quill & Lind's, which ...", "Quill & Lind's."), and mostly
// typed no person: a company's name that ends in "'s".
func (r *resolver) possessiveNames() map[string]bool {
	type count struct{ with, bare, before, person int }
	counts := map[string]*count{}
	at := func(k string) *count {
		if counts[k] == nil {
			counts[k] = &count{}
		}
		return counts[k]
	}
	for i := range r.cuts {
		c := &r.cuts[i]
		n := len(c.fields)
		if !c.live() || n < 2 {
			continue
		}
		suf := possessiveEnd(c.fields[n-1])
		if suf != "'s" && suf != "’s" {
			at(key(c.fields)).bare++
			continue
		}
		k := at(key(append(append([]string{}, c.fields[:n-1]...), strings.TrimSuffix(c.fields[n-1], suf))))
		k.with++
		if c.m.Type == span.Person {
			k.person++
		}
		if a := c.m.After; a == "" || strings.ContainsRune(",.;:)", rune(a[0])) {
			k.before++
		}
	}
	out := map[string]bool{}
	for i := range r.cuts {
		c := &r.cuts[i]
		n := len(c.fields)
		if !c.live() || n < 2 {
			continue
		}
		if suf := possessiveEnd(c.fields[n-1]); suf == "'s" || suf == "’s" {
			base := key(append(append([]string{}, c.fields[:n-1]...), strings.TrimSuffix(c.fields[n-1], suf)))
			if k := counts[base]; k.with >= 2 && k.before >= 1 && k.person*2 < k.with && k.bare == 0 {
				out[key(c.fields)] = true
			}
		}
	}
	return out
}
