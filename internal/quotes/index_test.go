package quotes

import "testing"

// TestSpanIndex: covers and overlaps answer as a scan of every span
// would, for spans out of order, nested, touching and empty.
func TestSpanIndex(t *testing.T) {
	spans := [][2]int{{40, 50}, {10, 20}, {12, 14}, {20, 30}, {60, 60}, {55, 90}}
	ix := newSpanIndex(len(spans), func(i int) int { return spans[i][0] }, func(i int) int { return spans[i][1] })
	for _, tc := range []struct {
		pos  int
		want bool
	}{
		{9, false}, {10, true}, {13, true}, {19, true}, {20, true}, {29, true}, {30, false},
		{39, false}, {40, true}, {50, false}, {54, false}, {55, true}, {60, true}, {89, true}, {90, false},
	} {
		if got := ix.covers(tc.pos); got != tc.want {
			t.Errorf("covers(%d) = %v, want %v", tc.pos, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s, e int
		want bool
	}{
		{0, 10, false}, {0, 11, true}, {30, 40, false}, {29, 31, true}, {50, 55, false},
		{49, 50, true}, {91, 95, false}, {70, 71, true}, {35, 36, false},
	} {
		if got := ix.overlaps(tc.s, tc.e); got != tc.want {
			t.Errorf("overlaps(%d, %d) = %v, want %v", tc.s, tc.e, got, tc.want)
		}
	}
	for pos := 0; pos < 100; pos++ { // every answer against the scan
		scan := false
		for _, sp := range spans {
			scan = scan || sp[0] <= pos && pos < sp[1]
		}
		if ix.covers(pos) != scan {
			t.Errorf("covers(%d) differs from the scan", pos)
		}
	}
	if (spanIndex{}).covers(0) || (spanIndex{}).overlaps(0, 100) {
		t.Error("an empty index covers something")
	}
}

// TestAttribBefore: the attribution before a is the one ending by a's
// start with the latest start, the first piece's among equal starts.
func TestAttribBefore(t *testing.T) {
	a1 := &attrib{s: 10, e: 20}
	a2 := &attrib{s: 30, e: 60} // ends after a3 starts
	a3 := &attrib{s: 50, e: 55}
	a4 := &attrib{s: 30, e: 40} // same start as a2, a later piece
	a5 := &attrib{s: 70, e: 80}
	a6 := &attrib{s: 90, e: 90} // empty: ends by its own start
	x := &extractor{pieces: []*piece{{attr: a1}, {attr: a2}, {attr: a3}, {attr: a3}, {attr: a4}, {}, {attr: a5}, {attr: a6}}}
	for _, tc := range []struct {
		name string
		a    *attrib
		want *attrib
	}{
		{"none before", a1, nil},
		{"one before", a4, a1},
		{"latest start wins", a5, a3},
		{"ends after a starts", a3, a4},
		{"not a piece's", &attrib{s: 60, e: 65}, a3},
		{"itself excluded", a6, a5},
	} {
		if got := x.attribBefore(tc.a); got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestRoleIndexArticle: each article gets its own roles in batch order,
// from the one table the role-word index points into.
func TestRoleIndexArticle(t *testing.T) {
	roles := []Role{
		{Entity: "Ada Quill", Text: "harbour master", Article: "b"},
		{Entity: "Bram Tolland", Text: "mayor of Tarn", Article: "a"},
		{Entity: "Ada Quill", Text: "pilot", Article: "b"},
		{Entity: "Cora Venn", Text: "deputy mayor", Article: "a"},
	}
	ix := NewRoleIndex(roles, nil)
	for _, tc := range []struct {
		art  string
		want []string
	}{
		{"a", []string{"mayor of Tarn", "deputy mayor"}},
		{"b", []string{"harbour master", "pilot"}},
		{"c", nil},
	} {
		var got []string
		for _, r := range ix.Article(tc.art) {
			got = append(got, r.Text)
		}
		if len(got) != len(tc.want) || len(got) > 0 && (got[0] != tc.want[0] || got[1] != tc.want[1]) {
			t.Errorf("Article(%q) = %q, want %q", tc.art, got, tc.want)
		}
	}
	// "mayor" is held by the mayor of Tarn only ("deputy" qualifies the
	// other), "deputy mayor" written whole by Cora Venn; both point into
	// the article table.
	mayors := ix.holders(ix.bySuffix, []string{"mayor"})
	if mayors == nil || len(mayors.order) != 1 || mayors.order[0] != &ix.Article("a")[0] || mayors.of["Cora Venn"] != nil {
		t.Errorf("holders of mayor = %+v, want the mayor of Tarn's role in the article table", mayors)
	}
	deputies := ix.holders(ix.byExact, []string{"deputy", "mayor"})
	if deputies == nil || len(deputies.order) != 1 || deputies.order[0] != &ix.Article("a")[1] {
		t.Errorf("exact holders of deputy mayor = %+v, want Cora Venn's role", deputies)
	}
	// The words stop at the preposition: "mayor of Tarn" writes "mayor" whole.
	if h := ix.holders(ix.byExact, []string{"mayor"}); h == nil || len(h.order) != 1 || h.order[0].Entity != "Bram Tolland" {
		t.Errorf("exact holders of mayor = %+v, want Bram Tolland's", h)
	}
	if (*RoleIndex)(nil).Article("a") != nil {
		t.Error("a nil index gives roles")
	}
}
