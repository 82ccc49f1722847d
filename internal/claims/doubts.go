package claims

import (
	"fmt"
	"strings"
)

// PartiesApart says why two different figures of the lead event (each
// read from its article's lead, no subject named) may be two parties'
// figures, not one event's: each sentence names before its figure a
// party (PartiesBefore) the other sentence never names ("Harbour Kings
// took control with an offer of £4.2bn", "Quay Owls offered £3.9bn" for
// the same firm). "" when the values are not both the lead's, or when
// one sentence names every party the other does.
func PartiesApart(a, b Value) string {
	if a.How != ByLead || b.How != ByLead || len(a.PartiesBefore) == 0 || len(b.PartiesBefore) == 0 {
		return ""
	}
	onlyA, onlyB := missingNames(a.PartiesBefore, b), missingNames(b.PartiesBefore, a)
	if onlyA == "" || onlyB == "" {
		return ""
	}
	return fmt.Sprintf("the sentences name different parties before their figures (%s; %s): the figures may be theirs, not one event's", onlyA, onlyB)
}

// missingNames joins the names of names (each its words joined by
// spaces) that the sentence of v does not name (see namesIn), "" when it
// names them all.
func missingNames(names []string, v Value) string {
	var out []string
	for _, n := range names {
		if !mostIn(strings.Fields(n), v.Names, v.Context) {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

// LeadsApart says why two different figures from two articles whose
// first lines and leads name nothing in common (no word of a name in
// both) may be about different events, when the sentences do not state
// the same fact (see alignment): "Ada Quill finished fifth" in one
// meeting's report and "Ada Quill finished eighth" in another's. ""
// when the leads share a name, either article has no named lead, or the
// sentences align.
func LeadsApart(a, b Value) string {
	if len(a.Story) == 0 || len(b.Story) == 0 || sharedCount(a.Story, b.Story) > 0 {
		return ""
	}
	if _, aligned := alignment(a, b); aligned {
		return ""
	}
	return "the articles' leads name nothing in common: they may be about different events"
}
