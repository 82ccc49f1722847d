package claims

import (
	"strings"
	"testing"
)

// A party's share of a body never becomes the body's total: the figure
// goes to the clause's subject, or is a guess (never compared as a
// named subject's).
func TestClauseSubject(t *testing.T) {
	for _, tc := range []struct {
		line, lang, want string
	}{
		// The speaker is no subject; the party after "said" is.
		{"The {Tarnby Electoral Office} said the {Harbour Party} had emerged as the largest party in the {Tarnby Council}, winning 19 seats.", "en",
			"mention seats=19-19  Harbour Party"},
		// A subordinate clause opening the sentence has no subject of it.
		{"After {Green Shore} conceded, the {Harbour Party} was the largest party in the {Tarnby Council}, with 19 seats.", "en",
			"mention seats=19-19  Harbour Party"},
		// A possessive before another name: that name.
		{"[Ada Quill]'s {Harbour Party} emerged as the largest party in the {Tarnby Council}, winning 19 seats.", "en",
			"mention seats=19-19  Harbour Party"},
		// A possessive owning a noun: a guess, not the party's.
		{"The {Harbour Party}'s majority in the {Tarnby Council} is now 19 seats.", "en", "fallback seats=19-19  "},
		// A body noun the party sits in (Swedish).
		{"Partiet blev största parti i fullmäktige, med 19 mandat.", "sv", "fallback seats=19-19  "},
		// The body's own count stays its own.
		{"Parties in the {Tarnby Council}, which has 45 seats, meet on Monday.", "en", "mention seats=45-45  Tarnby Council"},
	} {
		src, sents, ms := markedArticle([]string{tc.line})
		var got []string
		for _, r := range Extract(src, sents, nil, ms, tc.lang, nil) {
			got = append(got, describe(src, r))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.line, g, tc.want)
		}
	}
}
