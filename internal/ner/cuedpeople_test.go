package ner

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestPersonAfter(t *testing.T) {
	for _, tc := range []struct {
		rest       string
		weak, want bool
	}{
		{", who chairs the ferry board.", true, true},
		{", whose shop burnt down", true, true},
		{" – who kept the ledgers", true, true},
		{", who chairs the ferry board.", false, false}, // "Tarnby City, who"
		{", which runs the ferry", true, false},
		{", a Valmora native who keeps bees", true, true},
		{", a side who lost only twice", true, false},
		{", a club who sacked their coach", true, false},
		{", the native who keeps bees", true, false},
		{" as saying the count was tight", false, true},
		{" as sayings go", false, false},
		{", D-Tarn., voted", false, true},
		{" has said he will stand", false, true},
		{" privately said that she would", false, true},
		{" has not said he will", false, true},
		{" quickly said he", false, false}, // "-ly" alone is no adverb_suffixes_en ending
		{" was told he", false, false},
		{" said the ferry sailed", false, false},
		{"'s wife", false, true},
		{", a Tarnby native who won", false, false},
		{", a town where it rained", true, false},
		{"'s shares fell", false, false},
		{"'s nomination stalled", false, true}, // a person's possession after an organisation's name too
		{"'s lawyers said", true, false},
		{" (R-Tarn) said", false, true},
		{" (R-Valmoraland) said", false, false},
		{", D-Day landings", false, false},
		{" said it would cut jobs", false, false},
	} {
		if got := personAfter(testLex, tc.rest, tc.weak); got != tc.want {
			t.Errorf("personAfter(%q, %v) = %v, want %v", tc.rest, tc.weak, got, tc.want)
		}
	}
}

func TestPartyTag(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"D-Tarn., voted", true},
		{"R-Valm) said", true},
		{"I-Tarn", true},
		{"D-Day landings", false},
		{"D is for the co-op", false},            // a hyphen later in the sentence is no tag's
		{"Democrats and R-Tarn. members", false}, // nor one after a first word longer than a letter
		{"D.-Tarn.", false},
		{"-Tarn.", false},
		{"", false},
	} {
		if got := partyTag(testLex, tc.text); got != tc.want {
			t.Errorf("partyTag(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLineUp(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Quill, Lind, Ostley.", true},
		{"Quill 2, Lind 5.", true},
		{"Quill, Lind (Ostley 70), Holt.", true},
		{"Yes, we did it and we would do it again.", false},
		{"The ferry sailed.", false},
		{"\"The harbour plan is unusual.\"", false},
		{"We won, Quill, Lind.", false},
		{"Yes, Minister.", false}, // two items, no score: speech
		{"Quill, Lind.", false},
	} {
		if got := lineUp(tc.text); got != tc.want {
			t.Errorf("lineUp(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCueableStartRunes(t *testing.T) {
	for _, tc := range []struct {
		src  string
		at   int
		want bool
	}{
		{"O’Quill, who", len("O’"), false},
		{"O'Quill, who", 2, false},
		{"anti-Quill, who", 5, false},
		{"é Quill, who", len("é "), true},
		{"Quill, who", 0, true},
	} {
		d := &doc{src: tc.src, lx: lexicon.Default()}
		if got := cueableStart(d, tc.at); got != tc.want {
			t.Errorf("cueableStart(%q, %d) = %v, want %v", tc.src, tc.at, got, tc.want)
		}
	}
}

func TestLeadingFields(t *testing.T) {
	got := leadingFields("  has\tsaid  he will stand again", 3)
	if len(got) != 3 || got[0] != "has" || got[1] != "said" || got[2] != "he" {
		t.Errorf("leadingFields = %q", got)
	}
	if got := leadingFields(" one", 5); len(got) != 1 {
		t.Errorf("leadingFields(one) = %q", got)
	}
}
