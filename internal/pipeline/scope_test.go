package pipeline

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

func TestScopeDoubts(t *testing.T) {
	lead := func(article, before string, names ...string) claims.Value {
		return claims.Value{Article: article, Raw: claims.Raw{How: claims.ByLead, NamesBefore: []string{before}, PartiesBefore: []string{before}, Names: names, Story: []string{"mills", "tarnby"}}}
	}
	named := func(article string, story ...string) claims.Value {
		return claims.Value{Article: article, Raw: claims.Raw{How: claims.ByMention, Story: story, Context: []string{"finish"}}}
	}
	bidders := claims.Contradiction{Subject: claims.SubjectEvent, Measure: "price (GBP)", A: lead("a", "harbour kings", "harbour", "kings"), B: lead("b", "quay owls", "quay", "owls")}
	meetings := claims.Contradiction{Subject: "Ada Quill", Measure: "rank", A: named("a", "calder", "prix"), B: named("b", "harwick", "open")}
	oneMeeting := claims.Contradiction{Subject: "Ada Quill", Measure: "rank", A: named("a", "calder", "prix"), B: named("b", "calder", "open")}
	for _, tc := range []struct {
		name   string
		c      claims.Contradiction
		off    rules.Off
		reason string // "" for a certain conflict
	}{
		{"two bidders", bidders, nil, "different parties"},
		{"two bidders, pass off", bidders, rules.Off{partiesApart.ID(): true}, ""},
		{"two meetings", meetings, nil, "leads name nothing in common"},
		{"two meetings, pass off", meetings, rules.Off{leadsApart.ID(): true}, ""},
		{"one meeting", oneMeeting, nil, ""},
	} {
		contra := []claims.Contradiction{tc.c}
		scopeDoubts(contra, tc.off)
		if got := contra[0]; got.Uncertain != (tc.reason != "") || !strings.Contains(got.Reason, tc.reason) {
			t.Errorf("%s: uncertain %v (%q), want reason %q", tc.name, got.Uncertain, got.Reason, tc.reason)
		}
	}
}
