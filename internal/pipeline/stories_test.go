package pipeline

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestStoryDoubts(t *testing.T) {
	arts := []corpus.Article{
		{ID: "cement", Source: "Harwick Cement agreed to buy two kilns in Tarnby for £40m, the company said. The kilns supply builders across the valley."},
		{ID: "guitar", Source: "A guitar once played by the singer Ola Brandt was sold at auction in Calder for £90,000. Collectors bid by telephone."},
		{ID: "kilns", Source: "Harwick Cement will pay £45m for the Tarnby kilns, which supply builders across the valley, its chief said."},
	}
	arts = withOtherStories(arts)
	ents := []report.Entity{
		{Name: "Harwick Cement", Type: span.Org, Articles: []string{"cement", "kilns"}},
		{Name: "Ola Brandt", Type: span.Person, Articles: []string{"guitar"}},
		{Name: "Calder", Type: span.GPE, Articles: []string{"guitar"}},
	}
	conflict := func(a, b string) claims.Contradiction {
		return claims.Contradiction{Subject: claims.SubjectEvent, Measure: "price (GBP)", A: claims.Value{Article: a}, B: claims.Value{Article: b}}
	}
	for _, tc := range []struct {
		name  string
		c     claims.Contradiction
		off   rules.Off
		doubt bool
	}{
		{"different stories", conflict("cement", "guitar"), nil, true},
		{"one story, a shared organisation", conflict("cement", "kilns"), nil, false},
		{"pass off", conflict("cement", "guitar"), rules.Off{differentStories.ID(): true}, false},
		{"a place's figures", claims.Contradiction{Subject: "Calder", Measure: "seats", A: claims.Value{Article: "cement"}, B: claims.Value{Article: "guitar"}}, nil, true},
		{"a named subject, one story", claims.Contradiction{Subject: "Harwick Cement", Measure: "price (GBP)", A: claims.Value{Article: "cement"}, B: claims.Value{Article: "kilns"}}, nil, false},
		{"a named subject, two stories", claims.Contradiction{Subject: "Harwick Cement", Measure: "price (GBP)", A: claims.Value{Article: "cement"}, B: claims.Value{Article: "guitar"}}, nil, true},
	} {
		contra := []claims.Contradiction{tc.c}
		storyDoubts(&storyIndex{arts: arts, lx: lexicon.Default(), ents: ents}, contra, tc.off)
		if contra[0].Uncertain != tc.doubt {
			t.Errorf("%s: uncertain = %v (%s), want %v", tc.name, contra[0].Uncertain, contra[0].Reason, tc.doubt)
		}
		if tc.doubt && !strings.Contains(contra[0].Reason, "different events") {
			t.Errorf("%s: reason %q does not say why", tc.name, contra[0].Reason)
		}
	}
	// The same words in both articles keep the conflict even without a
	// shared name: one story told twice.
	arts[1].Source = arts[0].Source
	contra := []claims.Contradiction{conflict("cement", "guitar")}
	storyDoubts(&storyIndex{arts: arts, lx: lexicon.Default()}, contra, nil)
	if contra[0].Uncertain {
		t.Errorf("the same text: uncertain (%s), want a conflict", contra[0].Reason)
	}
}

// TestStoryNamesLimit: a name in more than the limit of articles (a
// broadcaster in every story of a big folder) is no shared story name.
func TestStoryNamesLimit(t *testing.T) {
	ents := []report.Entity{
		{Name: "BBC", Type: span.Org, Articles: []string{"a", "b", "c"}},
		{Name: "Ola Brandt", Type: span.Person, Articles: []string{"a", "b"}},
		{Name: "Calder", Type: span.GPE, Articles: []string{"a", "b"}},
	}
	got := peopleAndOrgsIn(ents, 2)
	if len(got["a"]) != 1 || got["a"][0] != 1 || len(got["c"]) != 0 {
		t.Errorf("peopleAndOrgsIn = %v, want a and b naming only Ola Brandt", got)
	}
}

func TestSettleDoubted(t *testing.T) {
	cs := []claims.Claim{
		{Subject: "A", Measure: "price", Status: claims.Conflict},
		{Subject: "B", Measure: "price", Status: claims.Conflict},
		{Subject: "C", Measure: "price", Status: claims.Agree},
	}
	contra := []claims.Contradiction{
		{Subject: "A", Measure: "price", Uncertain: true},
		{Subject: "B", Measure: "price", Uncertain: true},
		{Subject: "B", Measure: "price"},
	}
	settleDoubted(cs, contra)
	if cs[0].Status != claims.Uncertain || cs[1].Status != claims.Conflict || cs[2].Status != claims.Agree {
		t.Errorf("statuses %s, %s, %s; want uncertain, conflict, agree", cs[0].Status, cs[1].Status, cs[2].Status)
	}
}

// withOtherStories adds unrelated articles to arts, so that the words of
// the stories a test compares are not in every document of the batch.
func withOtherStories(arts []corpus.Article) []corpus.Article {
	for _, s := range []string{"Rain fell on the harbour as ferries waited.", "The council met to discuss the library budget.", "Schools reopened after the storm passed."} {
		arts = append(arts, corpus.Article{ID: "x" + s[:4], Source: s})
	}
	return arts
}
