package quantity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// A user's lexicon reaches the scanner: an added hedge, scale word and
// rank verb are read like the built-in ones.
func TestFinderReadsLexicon(t *testing.T) {
	lx, err := lexicon.Default().Extend(strings.NewReader("hedge_about_en: [circa]\nscale_million_en: [mio]\nrank_before_en: [slumped]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f := NewFinder(lx)
	for _, tc := range []struct{ text, want string }{
		{"circa 300 people", "count 300-300 about"},
		{"3 mio people", "count 3e+06-3e+06 "},
		{"She slumped fifth.", "ordinal 5-5 "},
	} {
		qs := f.FindAll(tc.text, "en")
		var got []string
		for _, q := range qs {
			got = append(got, string(q.Kind)+" "+fmtG(q.Low)+"-"+fmtG(q.High)+" "+q.Hedge)
		}
		if strings.Join(got, ";") != tc.want {
			t.Errorf("FindAll(%q) with the user lexicon = %q, want %q", tc.text, got, tc.want)
		}
		if def := FindAll(tc.text, "en"); len(def) == 1 && strings.Join(got, ";") == string(def[0].Kind)+" "+fmtG(def[0].Low)+"-"+fmtG(def[0].High)+" "+def[0].Hedge {
			t.Errorf("FindAll(%q) reads the same without the user lexicon: the test shows nothing", tc.text)
		}
	}
}

func fmtG(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
