package ner

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// TestLoneNameWord checks what keeps a lone person from becoming an
// organisation in tagger-orgs: one word that is a given name or a learnt
// person-name word, in any case; never two words or an ordinary word.
func TestLoneNameWord(t *testing.T) {
	learnt := testLex.Words(lexicon.PersonNamesLearned)
	if len(learnt) == 0 {
		t.Fatal("no learnt person-name words")
	}
	word := learnt[0]
	title := strings.ToUpper(word[:1]) + word[1:]
	for _, tc := range []struct {
		name string
		want bool
	}{
		{title, true},
		{strings.ToUpper(word), true},
		{title + " " + title, false},
		{"Harbour", false},
		{"", false},
	} {
		if got := loneNameWord(testLex, tc.name); got != tc.want {
			t.Errorf("loneNameWord(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
