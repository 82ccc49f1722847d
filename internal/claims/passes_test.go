package claims

import (
	"flag"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

var update = flag.Bool("update", false, "rewrite the want.json files of the pass fixtures")

func TestRules(t *testing.T) {
	infos := Rules()
	if err := rules.Validate(infos); err != nil {
		t.Fatal(err)
	}
	n := len(sentencePasses) + len(readings) + len(filters) + len(subjectRules) + len(refinements) + len(dateFilters) + len(dateRefinements)
	if len(infos) != n {
		t.Errorf("Rules lists %d passes, the tables hold %d", len(infos), n)
	}
	for _, i := range infos {
		if i.Stage != Stage || !strings.Contains(i.Doc, "(") && !strings.Contains(i.Doc, `"`) {
			t.Errorf("%s: the doc should give an example: %q", i.ID(), i.Doc)
		}
	}
}

// Switching a pass off changes only what that pass did: with
// "ranked-person" off a rank has no subject and is dropped; with
// "placing-verb" off an ordinal after no verb of placing is a rank.
func TestExtractWithOff(t *testing.T) {
	src, sents, ms := article([]string{"Ada Quill came fourth.", "Bo Lind was in the fifth row."}, []string{"Ada Quill", "Bo Lind"}, nil)
	run := func(off ...string) string {
		o := rules.Off{}
		for _, id := range off {
			o[id] = true
		}
		var got []string
		for _, r := range ExtractWith(src, sents, sents[:1], ms, "en", ExtractOptions{Off: o}) {
			got = append(got, describe(src, r))
		}
		return strings.Join(got, "; ")
	}
	for _, tc := range []struct {
		off  []string
		want string
	}{
		{nil, "mention rank=4-4  Ada Quill"},
		{[]string{"claims/ranked-person"}, ""},
		{[]string{"claims/placing-verb"}, "mention rank=4-4  Ada Quill; mention rank=5-5  Bo Lind"},
	} {
		if got := run(tc.off...); got != tc.want {
			t.Errorf("off %v: got %q, want %q", tc.off, got, tc.want)
		}
	}
}
