package entities

import (
	"slices"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestYearsIn(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"When Valmora voted in 1983, the leader won.", []string{"1983"}},
		{"In the 1980s and in 2005 and again in 2005.", []string{"1980s", "2005"}},
		{"Since\u00a01997 she has led it.", []string{"1997"}},
		{"He won 1,979 votes and £2000 and $1999 and 2001% more.", nil},
		{"Flight BA2019 and 20195 and 1999.5 and room #1900.", nil},
		{"It cost 1.2000 units, in 1700 and 2100.", nil},
		{"On 12 May 2010 (or 2010s?) she spoke.", []string{"2010", "2010s"}},
		{"", nil},
	} {
		if got := yearsIn(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("yearsIn(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestDatedRoles: a conflict stays certain when both sentences name no
// year or share one, and is doubted when only one is dated or they are
// dated apart.
func TestDatedRoles(t *testing.T) {
	text := func(id, s string) *Text {
		return &Text{Article: id, Source: s, Sentences: []span.Span{{Start: 0, End: len(s)}}}
	}
	role := func(id string) Role { return Role{Article: id, Start: 0, End: 1} }
	for _, tc := range []struct {
		a, b  string
		doubt bool
	}{
		{"Party leader Ann Lee spoke.", "Party leader Bo Ek spoke.", false},
		{"In 2004, party leader Ann Lee spoke.", "Party leader Bo Ek spoke in 2004.", false},
		{"In 1979 party leader Ann Lee won.", "Party leader Bo Ek spoke.", true},
		{"Party leader Ann Lee spoke.", "In the 1990s party leader Bo Ek led.", true},
		{"In 1979 party leader Ann Lee won.", "In 1983 party leader Bo Ek won.", true},
	} {
		got := datedRoles(role("a"), role("b"), text("a", tc.a), text("b", tc.b))
		if (got != "") != tc.doubt {
			t.Errorf("datedRoles(%q, %q) = %q, want doubt %v", tc.a, tc.b, got, tc.doubt)
		}
	}
	if got := datedRoles(role("a"), role("b"), nil, nil); got != "" {
		t.Errorf("without texts: %q, want no doubt", got)
	}
}

func TestUpperFirst(t *testing.T) {
	for in, want := range map[string]string{"åsa": "Åsa", "quill": "Quill", "Ada": "Ada", "": "", "éa": "Éa"} {
		if got := upperFirst(in); got != want {
			t.Errorf("upperFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
