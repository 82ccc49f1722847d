package pipeline

import (
	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// partiesApart is the cross-reference pass that doubts lead-event
// conflicts whose sentences name different parties before their figures.
var partiesApart = rules.Info{Stage: "cross-reference", Name: "parties-apart",
	Doc: `A conflict between two figures of the lead event (no subject named) whose sentences each name before the figure someone the other sentence never names (a place written against the figure, "US $160m", is no party) ("X won with an offer of £4.2bn", "Y offered £3.9bn") is uncertain: the figures may be two parties', not one event's.`}

// leadsApart is the cross-reference pass that doubts conflicts between
// articles whose leads name nothing in common.
var leadsApart = rules.Info{Stage: "cross-reference", Name: "leads-apart",
	Doc: `A conflict between two articles whose first lines and leads share no word of a name, when the two sentences do not state the same fact, is uncertain even for a named subject: "Ada Quill finished fifth" and "eighth" may be two meetings' results.`}

// scopeDoubts marks uncertain, with the reason, the certain conflicts
// between two articles that partiesApart or leadsApart doubts.
func scopeDoubts(contra []claims.Contradiction, off rules.Off) {
	for i := range contra {
		c := &contra[i]
		if c.Uncertain || c.A.Article == c.B.Article {
			continue
		}
		reason := ""
		if off.Enabled(partiesApart) {
			reason = claims.PartiesApart(c.A, c.B)
		}
		if reason == "" && off.Enabled(leadsApart) {
			reason = claims.LeadsApart(c.A, c.B)
		}
		if reason != "" {
			c.Uncertain, c.Reason = true, reason
		}
	}
}
