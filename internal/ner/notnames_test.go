package ner

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func TestDemonymWord(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Iranian", true},
		{"Iraqis", true},
		{"Palestinians", true},
		{"Danes", true},
		{"Sunni", true},
		{"Sunnis", true},
		{"Muslims", true},
		{"Frenchmen", true},
		{"Englishwoman", true},
		{"Israelis'", true},
		{"Laos", false}, // a country, not "Lao"s
		{"Christian", false},
		{"Texans", false},
		{"Quill", false},
		{"German", true},
		{"Herman", false},
	} {
		if got := demonymWord(lx, tc.w); got != tc.want {
			t.Errorf("demonymWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestThingAcronym(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"DUI", true},
		{"ADHD", true},
		{"IEDs", true},
		{"Aids", false}, // only written in capitals
		{"NATO", false},
		{"D", false},
		{"", false},
	} {
		if got := thingAcronym(lx, tc.w); got != tc.want {
			t.Errorf("thingAcronym(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestNotNames runs whole texts: the non-names go, and an acronym of a
// thing the text spells out as an organisation stays.
func TestNotNames(t *testing.T) {
	e := extractor(t)
	for _, tc := range []struct {
		name, text string
		absent     []string
		present    []string
	}{
		{"retweet", "RT @tidewatch: Ada Quill opens the ferry terminal in Valmora.", []string{"RT"}, []string{"Ada Quill"}},
		{"greeting", "Hey Vladi, the ferry from Valmora was late again. Sorry.", []string{"Hey Vladi", "Sorry"}, []string{"Vladi"}},
		{"thing", "Ada Quill was charged with DUI in Valmora.", []string{"DUI"}, []string{"Ada Quill"}},
		{"spelled organisation", "The Driving Users Institute (DUI) said Ada Quill had joined. The DUI meets in Valmora.", nil, []string{"DUI"}},
		{"plural demonyms", "Palestinians and Iraqis met Sunni clerics in Valmora.", []string{"Palestinians", "Iraqis", "Sunni"}, []string{"Valmora"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, m := range e.Entities(tc.text, e.Segment(tc.text, whole(tc.text))) {
				got[m.Text] = true
			}
			for _, w := range tc.absent {
				if got[w] {
					t.Errorf("%q found in %q", w, tc.text)
				}
			}
			for _, w := range tc.present {
				if !got[w] {
					t.Errorf("%q not found in %q (got %s)", w, tc.text, strings.Join(keys(got), ", "))
				}
			}
		})
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestWordRuns(t *testing.T) {
	got := wordRuns(`The Driving Users Institute (DUI) said "Bo Lind of Tarnby" won, Ada Quill.`)
	var out []string
	for _, r := range got {
		out = append(out, strings.Join(r, "_"))
	}
	want := "The_Driving_Users_Institute Bo_Lind_of_Tarnby Ada_Quill"
	if strings.Join(out, " ") != want {
		t.Errorf("wordRuns = %q, want %q", strings.Join(out, " "), want)
	}
}
