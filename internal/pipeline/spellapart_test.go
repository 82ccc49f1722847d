package pipeline

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestSpellingsApart(t *testing.T) {
	arts := []corpus.Article{
		{ID: "pier", Source: "Harbour chief Ada Quill opened the new pier at Tarnby on Monday. The pier cost the Harbour Board two years of work."},
		{ID: "pier2", Source: "The new pier at Tarnby was opened by Ada Quil, the Harbour Board said. Work on the pier took two years."},
		{ID: "choir", Source: "The soprano Ada Quil sang with the Calder choir at the spring festival. Tickets sold out within days."},
	}
	arts = withOtherStories(arts)
	ents := func(variantIn string) []report.Entity {
		return []report.Entity{
			{Name: "Ada Quill", Type: span.Person, Articles: []string{"pier", variantIn}, Variants: []report.Variant{
				{Text: "Ada Quill", Articles: []string{"pier"}}, {Text: "Ada Quil", Articles: []string{variantIn}, Misspelling: true}}},
			{Name: "Harbour Board", Type: span.Org, Articles: []string{"pier", "pier2"}},
		}
	}
	m := entities.Misspelling{Entity: "Ada Quill", Dominant: "Ada Quill", Variant: "Ada Quil", DominantSources: 1}
	for _, tc := range []struct {
		name, variantIn string
		doubt           bool
	}{
		{"one story: a shared organisation", "pier2", false},
		{"two stories", "choir", true},
	} {
		s := &storyIndex{arts: arts, lx: lexicon.Default(), ents: ents(tc.variantIn)}
		f := spellingFinding(m, s)
		if f.Uncertain != tc.doubt || tc.doubt && (f.Severity != report.Info || !strings.Contains(f.Reason, "two people")) {
			t.Errorf("%s: severity %s, uncertain %v (%s); want doubt %v", tc.name, f.Severity, f.Uncertain, f.Reason, tc.doubt)
		}
	}
	if f := spellingFinding(m, nil); f.Severity != report.Warning {
		t.Errorf("pass off: severity %s, want warning", f.Severity)
	}
}

// TestSharesSpecificName checks what counts as a name two articles have
// in common for the spelling doubt: a person or an organisation of
// several words, never the variant's own entity nor an organisation
// named by one word only (two clubs may share "Rangers").
func TestSharesSpecificName(t *testing.T) {
	ents := []report.Entity{
		{Name: "Ada Quill", Type: "PERSON", Variants: []report.Variant{{Text: "Ada Quill"}}},
		{Name: "Rovers", Type: "ORG", Variants: []report.Variant{{Text: "Rovers"}}},
		{Name: "Tarnby Rovers", Type: "ORG", Variants: []report.Variant{{Text: "Tarnby Rovers"}, {Text: "Rovers"}}},
		{Name: "Bo Lind", Type: "PERSON", Variants: []report.Variant{{Text: "Bo Lind"}}},
	}
	for _, tc := range []struct {
		name string
		a, b []int
		want bool
	}{
		{"only the variant's own entity", []int{0}, []int{0}, false},
		{"a one-word organisation", []int{0, 1}, []int{0, 1}, false},
		{"an organisation of two words", []int{0, 2}, []int{2, 3}, true},
		{"a person", []int{1, 3}, []int{0, 3}, true},
		{"nothing", []int{1}, []int{3}, false},
	} {
		if got := sharesSpecificName(tc.a, tc.b, 0, ents); got != tc.want {
			t.Errorf("%s: sharesSpecificName = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSurnameDoubt checks the shared-surname pass: another first name is
// doubted under a surname two or more other people of the batch carry
// with a full given name; initials and the two first names themselves do
// not count.
func TestSurnameDoubt(t *testing.T) {
	person := func(name string, variants ...string) report.Entity {
		e := report.Entity{Name: name, Type: span.Person}
		for _, v := range append([]string{name}, variants...) {
			e.Variants = append(e.Variants, report.Variant{Text: v})
		}
		return e
	}
	m := entities.Misspelling{Entity: "Jonas Quill", Dominant: "Jonas Quill", Variant: "Jon Quill", FirstName: true, DominantSources: 3}
	for _, tc := range []struct {
		name  string
		ents  []report.Entity
		doubt bool
	}{
		{"no other Quill", []report.Entity{person("Jonas Quill", "Jon Quill"), person("Bo Lind")}, false},
		{"one other Quill", []report.Entity{person("Jonas Quill"), person("Ada Quill")}, false},
		{"two other Quills", []report.Entity{person("Jonas Quill"), person("Ada Quill"), person("Bertil Quill", "Quill")}, true},
		{"initials and the same first names do not count", []report.Entity{person("Jonas Quill"), person("J Quill"), person("A. Quill"), person("Jon Quill Senior", "Jon Quill"), person("Ada Quill")}, false},
		{"an organisation does not count", []report.Entity{person("Jonas Quill"), person("Ada Quill"), {Name: "Quill Brothers", Type: span.Org, Variants: []report.Variant{{Text: "Tarn Quill"}}}}, false},
	} {
		got := surnameDoubt(m, tc.ents)
		if (got != "") != tc.doubt {
			t.Errorf("%s: surnameDoubt = %q, want doubt %v", tc.name, got, tc.doubt)
		}
		if tc.doubt && !strings.Contains(got, "2 other people called Quill (Ada Quill, Bertil Quill)") {
			t.Errorf("%s: reason %q does not name the other people", tc.name, got)
		}
	}
	typo := m
	typo.FirstName, typo.Variant = false, "Jonas Quil"
	if got := surnameDoubt(typo, []report.Entity{person("Ada Quill"), person("Bertil Quill")}); got != "" {
		t.Errorf("a typing slip is not doubted by the shared surname: %q", got)
	}
}
