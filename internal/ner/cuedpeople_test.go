package ner

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestPersonAfter(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		rest string
		who  bool
		want bool
	}{
		{", who chairs the board.", true, true},
		{", who chairs the board.", false, false},
		{", a Tarnby native who won", true, true},
		{", a town where it rained", true, false},
		{", a Tarnby native who won", false, false},
		{"'s wife said", false, true},
		{"'s shares fell", false, false},
		{" as saying the vote was close", false, true},
		{", D-Tarn., said", false, true},
		{" (R-Tarn) said", false, true},
		{" (R-Valmoraland) said", false, false},
		{", D-Day landings", false, false},
		{" has said he will run", false, true},
		{" also said that she would", false, true},
		{" said it would cut jobs", false, false},
		{" said the vote was close", false, false},
		{" was told he would go", false, false},
	} {
		if got := personAfter(lx, c.rest, c.who); got != c.want {
			t.Errorf("personAfter(%q, %v) = %v, want %v", c.rest, c.who, got, c.want)
		}
	}
}
