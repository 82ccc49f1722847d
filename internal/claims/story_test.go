package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestStoryNames: the story of an article is told by the names of its
// first line and lead, not by given names (many stories have a "John")
// nor by the news outlet it cites.
func TestStoryNames(t *testing.T) {
	v := DefaultLexicon().v
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kiln deal agreed\nJohn Harwick's firm Tarnby Cement bought two kilns, the Financial Times reported.\nLater lines name Calder.",
			[]string{"cement", "harwick", "tarnby"}},
		{"Vote held in Lillviken\nMary Quill won the seat, BBC News said.\nOther text.",
			[]string{"lillviken", "quill"}},
	} {
		var sents []span.Span
		start := 0
		for _, line := range strings.SplitAfter(tc.text, "\n") {
			sents = append(sents, span.Span{Start: start, End: start + len(strings.TrimSuffix(line, "\n"))})
			start += len(line)
		}
		inLead := map[int]bool{sents[1].Start: true}
		if got := v.storyNames(tc.text, sents, inLead, nil); !slices.Equal(got, tc.want) {
			t.Errorf("storyNames(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestContainsWords(t *testing.T) {
	for _, tc := range []struct {
		s, phrase string
		want      bool
	}{
		{"the financial times reported", "financial times", true},
		{"financial timeshare", "financial times", false},
		{"thebbc news", "bbc news", false},
		{"said bbc news.", "bbc news", true},
		{"said bbc news", "", false}, // no panic past the end
		{"", "", false},
	} {
		if got := containsWords(tc.s, tc.phrase); got != tc.want {
			t.Errorf("containsWords(%q, %q) = %v, want %v", tc.s, tc.phrase, got, tc.want)
		}
	}
}
