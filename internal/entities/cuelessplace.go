package entities

import "github.com/nec-analyse/nec-analyse/internal/span"

// voteCuelessPlace: a town whose name is also a surname ("Tarrant") is
// typed a person by the taggers at most of its mentions; when no mention
// gives it a person's cue (an honorific before, a speech verb after, a
// role) and a third of them, three or more, write it as a place ("in
// Tarrant", "the city of Tarrant", "Tarrant residents"), or half of them
// when fewer ("in Valdrasa ... Valdrasa was shut"), it is the place.
func voteCuelessPlace(c *cluster, t string) (string, bool) {
	if t != span.Person || c.isTitled() {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) != 1 || c.speaks(c.ms, f) {
			return t, false
		}
	}
	places := 0
	for _, i := range c.idx {
		m := c.ms[i]
		if len(c.rolesOf(m, c.off)) > 0 {
			return t, false
		}
		if c.placeContext(m) && !possessed(m) || c.placeAfter(m) {
			places++
		}
	}
	if places >= 3 && places*3 >= len(c.idx) || places >= 1 && places*2 >= len(c.idx) {
		return span.GPE, true
	}
	return t, false
}
