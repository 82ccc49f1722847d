package entities

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestMajorityTypeTie(t *testing.T) {
	for _, tc := range []struct {
		name  string
		types []string
		want  string
	}{
		{"a person's majority", []string{span.Person, span.Person, span.Org}, span.Person},
		{"a person's tie with one other type", []string{span.Person, span.Org}, span.Person},
		{"the other types outnumber a tied person", []string{span.Person, span.Org, span.GPE}, span.Org},
		{"a place tied with a person, and an organisation", []string{span.GPE, span.Person, span.Person, span.GPE, span.Org}, span.GPE},
		{"no person", []string{span.GPE, span.Org}, span.Org},
		{"untyped mentions count for no type", []string{span.Person, "", ""}, ""},
		{"untyped mentions beside a tie", []string{span.Person, span.Org, ""}, span.Person},
	} {
		ms := make([]Mention, len(tc.types))
		idx := make([]int, len(tc.types))
		for i, typ := range tc.types {
			ms[i].Type = typ
			idx[i] = i
		}
		if got := majorityType(ms, idx); got != tc.want {
			t.Errorf("%s: majorityType(%q) = %q, want %q", tc.name, tc.types, got, tc.want)
		}
	}
}
