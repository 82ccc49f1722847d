package ner

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestDemonymWord(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		w              string
		single, plural bool
	}{
		{"Iranian", true, false},
		{"Iraqis", false, true},
		{"Palestinians", false, true},
		{"Danes", true, false}, // listed
		{"Sunni", true, false},
		{"Sunnis", false, true},
		{"Muslims", false, true},
		{"Frenchmen", false, true},
		{"Englishwoman", false, true},
		{"Israelis'", false, true},
		{"Laos", false, false}, // a country, not "Lao"s
		{"Christian", false, false},
		{"Texans", false, false},
		{"Quill", false, false},
		{"German", true, false},
		{"Herman", false, false},
	} {
		if single, plural := demonymWord(lx, tc.w); single != tc.single || plural != tc.plural {
			t.Errorf("demonymWord(%q) = %v, %v, want %v, %v", tc.w, single, plural, tc.single, tc.plural)
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

// TestRoleAcronymSpelledOut: a role's acronym that the text spells out
// ("Prime Minister") is still no name, unlike a thing's spelled out as an
// organisation.
func TestRoleAcronymSpelledOut(t *testing.T) {
	src := "Quill the longest-serving PM. The last Prime Minister to serve longer was Bo Lind."
	d := &doc{src: src, lx: lexicon.Default(), ms: []span.Mention{{Text: "PM", Type: span.Org, Start: 26, End: 28}, {Text: "Prime Minister", Type: span.Org, Start: 39, End: 53}}}
	thingAcronyms(d)
	if len(d.ms) != 1 || d.ms[0].Text != "Prime Minister" {
		t.Errorf("thingAcronyms kept %v", d.ms)
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
		{"greeting", "Hey Vladi, the ferry from Valmora was late again. Sorry.", []string{"Hey Vladi", "Sorry"}, []string{"Vladi"}},
		{"spelled out", "Entertainment Weekly reported the casting. EW says Ada Quill got the part.", nil, []string{"EW"}},
		{"capitals", "Consultants Booz Hamilton and HI Europe wrote the report for Ada Quill.", nil, []string{"HI Europe"}},
		{"elongated", "Ada Quill sang in Valmora . Wowwwww . SUAREZZZZ scored .", []string{"Wowwwww"}, []string{"Ada Quill"}},
		{"role after a name", "Bo Lind MP asked Ada Quill QC about the ferry to Valmora.", []string{"Bo Lind MP", "Ada Quill QC", "MP", "QC"}, []string{"Bo Lind", "Ada Quill"}},
		{"thing", "Ada Quill was charged with DUI in Valmora.", []string{"DUI"}, []string{"Ada Quill"}},
		{"spelled organisation", "The Driving Users Institute (DUI) said Ada Quill had joined. The DUI meets in Valmora.", nil, []string{"DUI"}},
		{"thing written as a word", "Ada Quill gave money to fight Aids and HIV/Aids in Valmora.", []string{"Aids", "HIV/Aids"}, []string{"Ada Quill"}},
		{"demonyms", "Palestinian and Sunni clerics met in Valmora.", []string{"Palestinian", "Sunni"}, []string{"Valmora"}},
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

func TestCollapseRuns(t *testing.T) {
	for _, tc := range []struct{ w, one, two string }{
		{"Pleaseee", "Please", "Pleasee"},
		{"Loooool", "Lol", "Lool"},
		{"Quill", "Quill", "Quill"},
		{"Zzz", "Z", "Zz"},
	} {
		one, two, _ := collapseRuns(tc.w)
		if one != tc.one || two != tc.two {
			t.Errorf("collapseRuns(%q) = %q, %q, want %q, %q", tc.w, one, two, tc.one, tc.two)
		}
	}
}

// TestPartyMemberCutBlank: a mention of blank text is left alone, no
// panic.
func TestPartyMemberCutBlank(t *testing.T) {
	d := &doc{src: "  x", lx: lexicon.Default(), ms: []span.Mention{{Text: " ", Type: span.Org, Start: 0, End: 1}}}
	partyMemberCut(d, &d.ms[0])
	if m := d.ms[0]; m.Text != " " || m.Type != span.Org {
		t.Errorf("blank mention changed: %+v", m)
	}
}

// TestOrgLedPeopleUnless: a person whose first word the text names alone
// as an organisation becomes one, unless that word is an initial, a
// person's word comes before it or another person shares its surname.
func TestOrgLedPeopleUnless(t *testing.T) {
	for _, tc := range []struct {
		src, org, person, other string
		want                    string
	}{
		{"Quorvex sold it. The Quorvex Zentrix folds.", "Quorvex", "Quorvex Zentrix", "", span.Org},
		{"V sold it. The V Tarrow drove.", "V", "V Tarrow", "", span.Person},
		{"Quorvex sold it. Mr Quorvex Tarrow drove.", "Quorvex", "Quorvex Tarrow", "", span.Person},
		{"Quorvex sold it. The Quorvex Tarrow drove. Bo Tarrow too.", "Quorvex", "Quorvex Tarrow", "Bo Tarrow", span.Person},
	} {
		var ms []span.Mention
		for _, n := range []struct{ text, typ string }{{tc.org, span.Org}, {tc.person, span.Person}, {tc.other, span.Person}} {
			if n.text == "" {
				continue
			}
			at := strings.Index(tc.src, n.text)
			if n.typ == span.Person {
				at = strings.LastIndex(tc.src, n.text)
			}
			ms = append(ms, span.Mention{Text: n.text, Type: n.typ, Start: at, End: at + len(n.text)})
		}
		d := &doc{src: tc.src, lx: lexicon.Default(), ms: ms}
		orgLedPeople(d)
		if got := d.ms[1].Type; got != tc.want {
			t.Errorf("%q: %q typed %s; want %s", tc.src, tc.person, got, tc.want)
		}
	}
}

func TestBodyAcronym(t *testing.T) {
	for _, c := range []struct {
		src, acr string
		want     bool
	}{
		{"The auditors in the CPA met on Monday.", "CPA", true},
		{"Bo Lind joined the CPA in May.", "CPA", true},
		{"Ada Quill, a CPA, filed the accounts.", "CPA", false},
		{"Staff in the PM's office said no.", "PM", false},
		{"The PM said no.", "PM", false},
	} {
		d := &doc{src: c.src, lx: lexicon.Default()}
		if got := bodyAcronym(d, c.acr); got != c.want {
			t.Errorf("bodyAcronym(%q, %q) = %v, want %v", c.src, c.acr, got, c.want)
		}
	}
}
