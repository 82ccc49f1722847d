package ner

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

var testModel = sync.OnceValues(NewModel)

// testLex is the embedded lexicon the rules read in these tests.
var testLex = lexicon.Default()

func extractor(t testing.TB) *Extractor {
	t.Helper()
	m, err := testModel()
	if err != nil {
		t.Fatal(err)
	}
	e, err := m.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func whole(s string) []span.Span { return []span.Span{{Start: 0, End: len(s)}} }

func TestSegmentOffsets(t *testing.T) {
	e := extractor(t)
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "The mayor spoke. Then the council voted.", []string{"The mayor spoke.", "Then the council voted."}},
		{"line break is a space", "The mayor\nspoke at noon.", []string{"The mayor\nspoke at noon."}},
		{"multibyte", "Köpenhamn röstade. Malmö väntar.", []string{"Köpenhamn röstade.", "Malmö väntar."}},
		{"leading space", "   Hello there.  ", []string{"Hello there."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Segment(tc.text, whole(tc.text)) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Segment(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	e := extractor(t)
	for _, tc := range []struct {
		name string
		text string
		want []string // "TYPE:text" of mentions that must be present
		not  []string // texts that must not be mentions
	}{
		{
			name: "an ordinary word alone in a capitals headline is no place",
			text: "TENNIS - HARBOUR CLUB WIN AT HOME. Ada Quill scored 80 for Valmora on Friday.",
			want: []string{"PERSON:Ada Quill"},
			not:  []string{"TENNIS"},
		},
		{
			name: "holidays are dates, not places",
			text: "Drivers will strike over Easter, Ada Quill said in Valmora.",
			want: []string{"PERSON:Ada Quill"},
			not:  []string{"Easter"},
		},
		{
			name: "news agency in an attribution",
			text: "The minister resigned on Friday, officials told Reuters.",
			want: []string{"ORG:Reuters"},
		},
		{
			name: "two-letter agency only in capitals",
			text: "The port reopened, AP reported, and tt was no name here.",
			want: []string{"ORG:AP"},
			not:  []string{"tt"},
		},
		{
			name: "organisation with 'and' and a plural possessive",
			text: "Dermot Quill, general secretary of the Freight and Depot Workers' Union, insisted the ballot was fair.",
			want: []string{"PERSON:Dermot Quill", "ORG:Freight and Depot Workers' Union"},
			not:  []string{"Freight", "Depot Workers", "Union"},
		},
		{
			name: "two organisations joined by 'and' stay two",
			text: "The Harbour Police and Crown Prosecution Service said the case was closed.",
			want: []string{"ORG:Crown Prosecution Service"},
			not:  []string{"Harbour Police and Crown Prosecution Service"},
		},
		{
			name: "organisation name never crosses 'of the'",
			text: "Members of the Riverside Drivers Union backed strikes on Monday.",
			want: []string{"ORG:Riverside Drivers Union"},
			not:  []string{"Members of the Riverside Drivers Union"},
		},
		{
			name: "middle initial stays inside the name",
			text: "The housing minister, Rosalind M. Calloway, resigned on Tuesday.",
			want: []string{"PERSON:Rosalind M. Calloway"},
			not:  []string{"Rosalind M", "Calloway"},
		},
		{
			name: "role after a name makes a person",
			text: "Dermot Quill, the union's national officer, said the vote was clear.",
			want: []string{"PERSON:Dermot Quill"},
		},
		{
			name: "sentence full stop is not part of a name",
			text: "The ferry docked at Corrin Bay. He moved to the U.S.",
			want: []string{"GPE:U.S."},
			not:  []string{"Corrin Bay.", "U.S"},
		},
		{
			name: "dateline of two words in capitals",
			text: "NEW YORK 2031-04-02 - The harbour reopened on Friday, Ada Quill said.",
			want: []string{"GPE:NEW YORK", "PERSON:Ada Quill"},
			not:  []string{"YORK"},
		},
		{
			name: "entity at end of input is kept",
			text: "The award went to Margaret Holloway",
			want: []string{"PERSON:Margaret Holloway"},
		},
		{
			name: "curly quotes and possessive",
			text: "“We won,” said Margaret Holloway’s spokesman in Chicago.",
			want: []string{"PERSON:Margaret Holloway"},
		},
		{
			name: "non-breaking space inside a sentence",
			text: "The deal was signed by Margaret\u00a0Holloway in Chicago on Friday.",
			want: []string{"PERSON:Margaret\u00a0Holloway"},
		},
		{
			name: "sentence-initial ordinary word used lower case elsewhere",
			text: "Meanwhile Margaret Holloway left. Nobody noticed her leave, meanwhile.",
			not:  []string{"Meanwhile"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents := e.Segment(tc.text, whole(tc.text))
			ms := e.Entities(tc.text, sents)
			got := map[string]bool{}
			texts := map[string]bool{}
			for _, m := range ms {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q has offsets [%d,%d] pointing at %q", m.Text, m.Start, m.End, tc.text[m.Start:m.End])
				}
				got[m.Type+":"+m.Text] = true
				texts[m.Text] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("Entities(%q) lacks %s; got %v", tc.text, w, got)
				}
			}
			for _, n := range tc.not {
				if texts[n] {
					t.Errorf("Entities(%q) has %q, want it dropped", tc.text, n)
				}
			}
		})
	}
}

// TestConcurrentExtractorsShareModel runs extractors on one model from
// several goroutines; with -race it checks the model is read-only, and it
// checks every goroutine gets the same mentions.
func TestConcurrentExtractorsShareModel(t *testing.T) {
	text := "Margaret Holloway met the Harbour Council in Chicago. Daniel Okoro of the Ferry Workers Union said the vote would pass."
	base := extractor(t)
	want := base.Entities(text, base.Segment(text, whole(text)))
	var wg sync.WaitGroup
	results := make([][]span.Mention, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := extractor(t)
			for k := 0; k < 3; k++ {
				results[i] = e.Entities(text, e.Segment(text, whole(text)))
			}
		}()
	}
	wg.Wait()
	for i, got := range results {
		if len(got) != len(want) {
			t.Fatalf("goroutine %d: %d mentions, want %d", i, len(got), len(want))
		}
		for j := range got {
			if got[j] != want[j] {
				t.Errorf("goroutine %d mention %d = %+v, want %+v", i, j, got[j], want[j])
			}
		}
	}
}

func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"The site told \u023a\u023a\u023a\u023a\u023a\u023a.com about it.", // lower-casing lengthens Ⱥ: siteStem cut past the word
		"The award went to Margaret Holloway",
		"“We won,” said Holloway’s aide.\n\nShe left.",
		"**Bold** [link](http://x) # heading",
		"\u00a0\u2009Ünïcödé Ñame — ok.",
		"\xff\xfe broken utf8 Name Here",
		"x 𝐀", "The result was Ａ", "Jo   van Berg scored.",
		"Ivo Sand c b Ek 2", // two one-letter words share a space: splitAtLetters cut [6:5]
		"RT @ana: Hey Hey Ada Quill, Pleaseee! The Data Users Institute (DUI) and DUI. Iraqis", // notnames
		"Ada O'Sellivan said so. x O’Sa", "’Sa O'", "O'S", // initialApostrophe at the sentence's edges
		"ADA O'SELLIVAN: x O’SA", "O'SÉ", // the apostrophe a name in capitals loses
		"Varnes 's Harbour Board met.", // a lone "'s" token: standsAlone looked for "" forever
		// Shapes of tokenised, all-capitals, unpunctuated and
		// punctuation-only text (session 17 hang audit).
		"Varnell 's aide , Hallek , said : `` we do n't know '' ( AP ) .",
		"U.S. , Kelmouth ; ( ( ( Ardlow ) ) ) 's 's",
		"OSKAR VARNELL OF THE KELMOUTH HARBOUR BOARD SAID ON MONDAY",
		"oskar varnell said the harbour board met on monday and hale agreed",
		". . . ! ? , , ( ) [ ] '' `` ’s 's s' -- ...",
	} {
		f.Add(s)
	}
	e := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2048 {
			// prose takes long on long inputs; a slow execution at the end
			// of a short -fuzztime makes go test fail with "context
			// deadline exceeded" instead of finding anything.
			t.Skip()
		}
		sents := e.Segment(text, whole(text))
		prev := 0
		for _, s := range sents {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad sentence %+v (len %d, prev end %d)", s, len(text), prev)
			}
			prev = s.End
		}
		for _, m := range e.Entities(text, sents) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
		}
	})
}

func TestRoleModifierOpeningASentence(t *testing.T) {
	e := extractor(t)
	text := "Chief executive Ada Quill spoke first. Tarnwell chief executive Bo Lind replied. Regional organiser Ed Marsh left."
	got := map[string]bool{}
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		got[m.Text] = true
	}
	for _, bad := range []string{"Chief", "Regional"} {
		if got[bad] {
			t.Errorf("%q opening a role phrase is a mention: %v", bad, got)
		}
	}
}

func TestCalendarWordsAreNoNames(t *testing.T) {
	e := extractor(t)
	text := "The quake struck on Monday near Ostrava. In July, Ada Quill said May would help."
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		if m.Text == "Monday" || m.Text == "July" {
			t.Errorf("%q is a mention", m.Text)
		}
	}
}

func TestCountriesAndAcronyms(t *testing.T) {
	e := extractor(t)
	text := "Officials from NATO and the OSCE met in Lithuania. Talks with the United States follow, Ada Quill said."
	got := map[string]string{}
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		got[m.Text] = m.Type
	}
	for name, want := range map[string]string{"NATO": span.Org, "OSCE": span.Org, "Lithuania": span.GPE, "United States": span.GPE} {
		if got[name] != want {
			t.Errorf("%q typed %q, want %q (all %v)", name, got[name], want, got)
		}
	}
	if !placeNotPerson(testLex, "Chad", span.GPE) || placeNotPerson(testLex, "Chad", span.Person) || !placeNotPerson(testLex, "Kenya", span.Person) {
		t.Error("placeNotPerson: a person named Chad is a person; Kenya is a country")
	}
	if !isCountry(testLex, "Britain's") || !isCountry(testLex, "Storbritannien") || isCountry(testLex, "Brightline") {
		t.Error("isCountry: wrong answer for Britain's, Storbritannien or Brightline")
	}
}

func TestSpanMentionTrimsNumbers(t *testing.T) {
	src := "Leeds 2 1996-08-30"
	toks := []token{{text: "Leeds", start: 0, end: 5}, {text: "2", start: 6, end: 7}, {text: "1996-08-30", start: 8, end: 18}}
	m, ok := spanMention(src, toks, span.Org, 0)
	if !ok || m.Text != "Leeds" {
		t.Errorf("spanMention = %+v, %v; want Leeds", m, ok)
	}
	if _, ok := spanMention(src, toks[1:], span.Org, 0); ok {
		t.Error("a span of numbers is a mention")
	}
}

func TestWithTagged(t *testing.T) {
	src := "Ms Quill and Ada Quill of Tarnwell Rowing met Brill in Tarnwell and Red Rowing. Quill Advisors said no."
	m := func(text, typ string) span.Mention {
		i := strings.Index(src, text)
		return span.Mention{Text: text, Type: typ, Start: i, End: i + len(text)}
	}
	for _, tc := range []struct {
		name     string
		ms, tags []span.Mention
		want     []string
	}{
		{"an ORG on the same span retypes a place", []span.Mention{m("Tarnwell Rowing", span.GPE)}, []span.Mention{m("Tarnwell Rowing", span.Org)}, []string{"ORG:Tarnwell Rowing"}},
		{"a one-word person becomes ORG", []span.Mention{m("Brill", span.Person)}, []span.Mention{m("Brill", span.Org)}, []string{"ORG:Brill"}},
		{"a full name stays a person", []span.Mention{m("Ada Quill", span.Person)}, []span.Mention{m("Ada Quill", span.Org)}, []string{"PERSON:Ada Quill"}},
		{"a name opening with an ordinary word does not", []span.Mention{m("Red Rowing", span.Person)}, []span.Mention{m("Red Rowing", span.Org)}, []string{"ORG:Red Rowing"}},
		{"a person word keeps a person", []span.Mention{m("Quill", span.Person)}, []span.Mention{m("Quill", span.Org)}, []string{"PERSON:Quill"}},
		{"a tagger name overlapping none is added", []span.Mention{m("Ada Quill", span.Person)}, []span.Mention{m("Tarnwell Rowing", span.Org)}, []string{"PERSON:Ada Quill", "ORG:Tarnwell Rowing"}},
		{"an overlapping tagger name is not added", []span.Mention{m("Tarnwell Rowing", span.GPE)}, []span.Mention{m("Tarnwell", span.Person)}, []string{"GPE:Tarnwell Rowing"}},
		{"a tagger person retypes a one-word place", []span.Mention{m("Brill", span.GPE)}, []span.Mention{m("Brill", span.Person)}, []string{"PERSON:Brill"}},
		{"a tagger place retypes an organisation", []span.Mention{m("Brill", span.Org)}, []span.Mention{m("Brill", span.GPE)}, []string{"GPE:Brill"}},
		{"an ordinary word does not become a person", []span.Mention{m("Red", span.GPE)}, []span.Mention{m("Red", span.Person)}, []string{"GPE:Red"}},
		{"a name ending in a plural ordinary word does not become a person", []span.Mention{m("Quill Advisors", span.Org)}, []span.Mention{m("Quill Advisors", span.Person)}, []string{"ORG:Quill Advisors"}},
		{"a personal name does not become a place", []span.Mention{m("Ada Quill", span.Person)}, []span.Mention{m("Ada Quill", span.GPE)}, []string{"PERSON:Ada Quill"}},
		{"a tagger person of two words retypes a place on the same span", []span.Mention{m("Ada Quill", span.GPE)}, []span.Mention{m("Ada Quill", span.Person)},
			[]string{"PERSON:Ada Quill"}},
		{"a wider tagger person takes a one-word place", []span.Mention{{Text: "Quill", Type: span.GPE, Start: strings.Index(src, "Ada Quill") + 4, End: strings.Index(src, "Ada Quill") + 9}},
			[]span.Mention{m("Ada Quill", span.Person)}, []string{"PERSON:Ada Quill"}},
		{"not over another mention", []span.Mention{m("Tarnwell", span.GPE), m("Rowing", span.GPE)}, []span.Mention{m("Tarnwell Rowing", span.Person)},
			[]string{"GPE:Tarnwell", "GPE:Rowing"}},
		{"not a longer organisation", []span.Mention{m("Rowing", span.Org)}, []span.Mention{m("Tarnwell Rowing", span.Person)}, []string{"ORG:Rowing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, x := range withTagged(testLex, src, tc.ms, tc.tags, func(w string) bool { return w == "Red" || w == "Advisors" }) {
				got = append(got, x.Type+":"+x.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("withTagged = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSameNameAgain(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		found      []string // mentions found first, as "TYPE:text" (first occurrence)
		want       []string
	}{
		{"a missed repeat gets the type", "Ada met Tidewatch staff. Later, Tidewatch said no.", []string{"ORG:Tidewatch"},
			[]string{"ORG:Tidewatch", "ORG:Tidewatch"}},
		{"not inside a word", "The Tide rose. Tideway and Tides are words.", []string{"GPE:Tide"}, []string{"GPE:Tide"}},
		{"not into a longer name", "Harbour spoke. The Harbour Board met. Old Harbour too.", []string{"GPE:Harbour"}, []string{"GPE:Harbour"}},
		{"one word not at a sentence's start", "They met Tidewatch. Tidewatch left.", []string{"ORG:Tidewatch"}, []string{"ORG:Tidewatch"}},
		{"after a person word", "Ada Quill spoke. Later Ms Quill left.", []string{"PERSON:Quill"}, []string{"PERSON:Quill", "PERSON:Quill"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := extractor(t)
			sents := e.Segment(tc.text, whole(tc.text))
			var got []string
			for _, x := range sameNameAgain(testLex, tc.text, sents, foundMentions(tc.text, tc.found)) {
				if tc.text[x.Start:x.End] != x.Text {
					t.Errorf("offsets of %+v", x)
				}
				got = append(got, x.Type+":"+x.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sameNameAgain = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTaggedSwedish(t *testing.T) {
	e := extractor(t)
	text := "Styrelseordföranden Anna Lindqvist på Sjöfartsverket besökte Göteborg i går. Hon träffade också NEC och Karl Brännström. Sjöfartsverket bekräftade mötet."
	sents := e.Segment(text, whole(text))
	got := map[string]string{}
	for _, m := range e.Tagged(text, sents, "sv") {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("offsets of %+v", m)
		}
		got[m.Text] = m.Type
	}
	for name, typ := range map[string]string{"Anna Lindqvist": span.Person, "Göteborg": span.GPE, "NEC": ""} {
		if gt, ok := got[name]; !ok || typ != "" && gt != typ {
			t.Errorf("Tagged: %q = %q (found %v), want %q; all %v", name, gt, ok, typ, got)
		}
	}
}

func FuzzTagged(f *testing.F) {
	for _, s := range []string{
		"Anna Lindqvist på Sjöfartsverket besökte Göteborg.",
		"– Vi vann, säger Karl Brännström (S).\n\nNEC:s möte.",
		"\xff\xfe trasig Göteborg",
	} {
		f.Add(s)
	}
	e := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2048 {
			t.Skip() // see FuzzEntities
		}
		prev := 0
		for _, m := range e.Tagged(text, e.Segment(text, whole(text)), "sv") {
			if m.Start < prev || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad or overlapping mention %+v in %q", m, text)
			}
			prev = m.End
		}
	})
}

func TestDatelinePlace(t *testing.T) {
	for _, tc := range []struct {
		text, mention string
		want          bool
	}{
		{"VALMORA 2031-04-02", "VALMORA", true},
		{"PORT ELLEN (Agency) - The harbour reopened.", "PORT ELLEN", true},
		{"KESTREL, Norland, March 3 - Talks began.", "KESTREL", true},
		{"DUNMORE — Police said nothing.", "DUNMORE", true},
		{"NATO said on Friday it would meet.", "NATO", false},             // no date, bracket or dash follows
		{"Valmora 2031-04-02", "Valmora", false},                          // not in capitals
		{"Talks in VALMORA 2031-04-02", "VALMORA", false},                 // not at the start
		{"UNITE: members back the deal", "UNITE", false},                  // a headline label, not a dateline
		{"KESTREL, Norland said nothing.", "KESTREL", false},              // nothing after the region
		{"GENEVA, March 3 - Delegates arrived.", "GENEVA", true},          // a month after the comma
		{"ACME 2030 results were strong, the board said.", "ACME", false}, // a bare number is not a date
		{"St. ELMSBY, March 4 - Quillco said.", "St. ELMSBY", true},       // "ST." as capital-abbreviations reads it
		{"St. Elmsby, March 4 - Quillco said.", "St. Elmsby", false},      // the rest not in capitals
	} {
		s := span.Span{Start: 0, End: len(tc.text)}
		i := strings.Index(tc.text, tc.mention)
		m := span.Mention{Text: tc.mention, Start: i, End: i + len(tc.mention)}
		if got := datelinePlace(testLex, tc.text, s, m); got != tc.want {
			t.Errorf("datelinePlace(%q, %q) = %v, want %v", tc.text, tc.mention, got, tc.want)
		}
	}
}

func TestCities(t *testing.T) {
	for _, tc := range []struct {
		text, typ string
		want      bool
	}{
		{"Belgrade", span.Org, true},
		{"Belgrade's", span.Person, true},
		{"New York", span.Org, true},
		{"Göteborg", span.Org, true},
		{"Sofia", span.Person, false}, // also a given name
		{"Sofia", span.Org, true},
		{"Belgrade", span.GPE, false}, // already a place: nothing to override
		{"Brightline", span.Org, false},
	} {
		if got := cityNotPerson(testLex, tc.text, tc.typ); got != tc.want {
			t.Errorf("cityNotPerson(%q, %s) = %v, want %v", tc.text, tc.typ, got, tc.want)
		}
	}
	e := extractor(t)
	text := "VALMORA 2031-04-02\nThe Valmora Harbour Board met in Belgrade on Tuesday, Ada Quill said."
	got := map[string]string{}
	for _, m := range e.Entities(text, e.Segment(text, []span.Span{{Start: 0, End: 18}, {Start: 19, End: len(text)}})) {
		got[m.Text] = m.Type
	}
	for name, want := range map[string]string{"VALMORA": span.GPE, "Belgrade": span.GPE, "Ada Quill": span.Person} {
		if got[name] != want {
			t.Errorf("%q typed %q, want %q (all %v)", name, got[name], want, got)
		}
	}
}

func TestWithInitials(t *testing.T) {
	for _, tc := range []struct {
		text, mention, typ, want string
	}{
		{"The captain was J. Tolliver, who scored.", "Tolliver", span.Person, "J. Tolliver"},
		{"Written by A.B. Kestrel of the council.", "Kestrel", span.Person, "A.B. Kestrel"},
		{"Written by A. B. Kestrel of the council.", "Kestrel", span.Person, "A. B. Kestrel"},
		{"Mr. Halloway said so.", "Halloway", span.Person, "Halloway"}, // "Mr." is no initial
		{"J. Tolliver Holdings grew.", "Tolliver Holdings", span.Org, "Tolliver Holdings"},
		{"Tolliver spoke first.", "Tolliver", span.Person, "Tolliver"},
		{"Growth in the U.S. Jane Doe said was slow.", "Jane Doe", span.Person, "Jane Doe"}, // the country's initials
	} {
		i := strings.Index(tc.text, tc.mention)
		ms := []span.Mention{{Text: tc.mention, Type: tc.typ, Start: i, End: i + len(tc.mention)}}
		got := withInitials(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, ms)
		if got[0].Text != tc.want || tc.text[got[0].Start:got[0].End] != tc.want {
			t.Errorf("withInitials(%q) = %q, want %q", tc.text, got[0].Text, tc.want)
		}
	}
}

func TestSportsTeams(t *testing.T) {
	sports := "Kestrel beat Valmora in the league on Saturday. The striker scored twice before half-time and the goalkeeper saved a penalty. Final score: Kestrel 3 Valmora 1."
	ms := []span.Mention{{Text: "Valmora", Type: span.GPE, Start: strings.LastIndex(sports, "Valmora"), End: strings.LastIndex(sports, "Valmora") + len("Valmora")},
		{Text: "Kestrel", Type: span.GPE, Start: strings.LastIndex(sports, "Kestrel"), End: strings.LastIndex(sports, "Kestrel") + len("Kestrel")}}
	sportsTeams(testLex, sports, []span.Span{{Start: 0, End: len(sports)}}, ms)
	for _, m := range ms {
		if m.Type != span.Org {
			t.Errorf("%q next to a score in a match report typed %s, want ORG", m.Text, m.Type)
		}
	}
	// A side named before a player word, and a side named again anywhere
	// but as a venue.
	report := "Kestrel captain Ada Quill scored twice before half-time. The striker and the goalkeeper shone as Valmora won the league. Valmora 3, Tarnby 1. Fans in Valmora cheered."
	var found []span.Mention
	for _, name := range []string{"Kestrel", "Valmora"} {
		for at := 0; ; {
			i := strings.Index(report[at:], name)
			if i < 0 {
				break
			}
			found = append(found, span.Mention{Text: name, Type: span.GPE, Start: at + i, End: at + i + len(name)})
			at += i + len(name)
		}
	}
	sortMentions(found)
	sportsTeams(testLex, report, []span.Span{{Start: 0, End: len(report)}}, found)
	var types []string
	for _, m := range found {
		types = append(types, m.Text+"/"+m.Type)
	}
	if got, want := strings.Join(types, " "), "Kestrel/ORG Valmora/ORG Valmora/ORG Valmora/GPE"; got != want {
		t.Errorf("sides in a report: %s, want %s", got, want)
	}
	// A name ending in a city is a side; one ending in a city that is
	// also a given name may be a player.
	cities := report + " Dynamo Moscow and Lena Washington played."
	ms = foundMentions(cities, []string{"PERSON:Dynamo Moscow", "GPE:Lena Washington"})
	sportsTeams(testLex, cities, []span.Span{{Start: 0, End: len(cities)}}, ms)
	if ms[0].Type != span.Org || ms[1].Type != span.GPE {
		t.Errorf("Dynamo Moscow typed %s (want ORG), Lena Washington %s (want span.GPE, untouched)", ms[0].Type, ms[1].Type)
	}
	// A dateline's place and a venue after "at" stay places.
	dated := "KESTREL 2031-05-04\nThe striker scored twice before half-time and the goalkeeper saved a penalty in the league match at VALMORA."
	ms = []span.Mention{{Text: "KESTREL", Type: span.GPE, Start: 0, End: len("KESTREL")},
		{Text: "VALMORA", Type: span.GPE, Start: strings.Index(dated, "VALMORA"), End: strings.Index(dated, "VALMORA") + len("VALMORA"), Sentence: 1}}
	sportsTeams(testLex, dated, []span.Span{{Start: 0, End: len("KESTREL 2031-05-04")}, {Start: len("KESTREL 2031-05-04") + 1, End: len(dated)}}, ms)
	for _, m := range ms {
		if m.Type != span.GPE {
			t.Errorf("%q (a dateline or a venue) in a match report typed %s, want GPE", m.Text, m.Type)
		}
	}
	politics := "Labour won Valmora 1,234 votes ahead of the final count, and the party beat its target."
	at := strings.Index(politics, "Valmora")
	ms = []span.Mention{{Text: "Valmora", Type: span.GPE, Start: at, End: at + len("Valmora")}}
	sportsTeams(testLex, politics, []span.Span{{Start: 0, End: len(politics)}}, ms)
	if ms[0].Type != span.GPE {
		t.Errorf("a place in an election report became %s", ms[0].Type)
	}
}

func TestWithParticles(t *testing.T) {
	for _, tc := range []struct {
		text, mention, want string
	}{
		{"The try came from Jorund van der Quillhuizen on the wing.", "Jorund", "Jorund van der Quillhuizen"},
		{"Aravel de Tarnos made 64.", "Aravel", "Aravel de Tarnos"},
		{"Ada Quill de facto runs the club.", "Ada Quill", "Ada Quill"}, // no capitalised word after the particle
		{"Ada Quill of Valmora spoke.", "Ada Quill", "Ada Quill"},       // "of" is no particle
		{"The try came from Jorund van der Quillhuizen on the wing.", "Quillhuizen", "Jorund van der Quillhuizen"},
		{"Premier Kelvo wa Dundra spoke.", "Kelvo", "Kelvo wa Dundra"},
		{"They went to de Tarnos.", "Tarnos", "Tarnos"}, // no capitalised word before the particle
	} {
		i := strings.Index(tc.text, tc.mention)
		ms := []span.Mention{{Text: tc.mention, Type: span.Person, Start: i, End: i + len(tc.mention)}}
		got := withParticles(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, ms)
		if len(got) != 1 || got[0].Text != tc.want || tc.text[got[0].Start:got[0].End] != tc.want {
			t.Errorf("withParticles(%q) = %+v, want %q", tc.text, got, tc.want)
		}
	}
	// A mention inside the extended name is dropped.
	text := "Aravel de Tarnos made 64."
	ms := []span.Mention{{Text: "Aravel", Type: span.Person, Start: 0, End: 6}, {Text: "Tarnos", Type: span.GPE, Start: 10, End: 16}}
	if got := withParticles(testLex, text, []span.Span{{Start: 0, End: len(text)}}, ms); len(got) != 1 || got[0].Text != "Aravel de Tarnos" {
		t.Errorf("withParticles kept %+v", got)
	}
}

func TestInitialledNames(t *testing.T) {
	for _, tc := range []struct {
		text     string
		existing []string // "TYPE:text" mentions already found
		want     []string // "TYPE:text" after the rule
	}{
		{"Kestrel 259 ( A. Dale 69 , H. Morris 69 ; T.O'Gorman 4-43 )", nil,
			[]string{"PERSON:A. Dale", "PERSON:H. Morris", "PERSON:T.O'Gorman"}},
		{"Valmora 114 ( S. Watkin 4-28 )", []string{"ORG:Watkin"}, []string{"PERSON:S. Watkin"}},
		{"A.B. Kaye left.", nil, []string{"PERSON:A.B. Kaye"}},
		{"Shares in U.S. Steel rose.", nil, nil},
		{"They finished top of Group A. The coach was pleased.", nil, nil},
		{"They meet in Group B. Paris hosts it.", nil, nil},
		{"The J. Harlow Foundation gave.", []string{"ORG:J. Harlow Foundation"}, []string{"ORG:J. Harlow Foundation"}},
	} {
		var got []string
		for _, m := range initialledNames(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, foundMentions(tc.text, tc.existing)) {
			if tc.text[m.Start:m.End] != m.Text {
				t.Fatalf("%q: mention %+v off its text", tc.text, m)
			}
			got = append(got, m.Type+":"+m.Text)
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("initialledNames(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// foundMentions builds mentions from "TYPE:text" items, each at the first
// occurrence of its text in src.
func foundMentions(src string, found []string) []span.Mention {
	var ms []span.Mention
	for _, f := range found {
		typ, text, _ := strings.Cut(f, ":")
		i := strings.Index(src, text)
		ms = append(ms, span.Mention{Text: text, Type: typ, Start: i, End: i + len(text)})
	}
	return ms
}

func TestPersonCore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Israeli Foreign Minister Dana Levin", "Dana Levin"},
		{"Rowing Association President Ramon Ostrava", "Ramon Ostrava"},
		{"American Dennis Moore", "Dennis Moore"},
		{"Friday Moore", "Moore"},
		{"Zairean Prime Minister Kengo", "Kengo"},
		{"National Executive Committee", "National Executive Committee"}, // an organisation
		{"Minister Dana", "Dana"},
		{"Dana Minister", "Dana Minister"}, // the title must come before the name
		{"May Holloway", "May Holloway"},   // a month that is also a given name
		{"Moore", "Moore"},
		{"Controversial Australian Anthony Hill", "Anthony Hill"},
		{"Controversial Anthony Hill", "Controversial Anthony Hill"},
		{"Lieutenant-Colonel Max Marriner", "Max Marriner"},
		{"Danish Vo", "Danish Vo"}, // no person is left: a firm (like "Swiss Re")
		{"Danish J.", "J."},        // an initial is
	} {
		src := "Then " + tc.text + " spoke."
		ms := []span.Mention{{Text: tc.text, Type: span.Person, Start: 5, End: 5 + len(tc.text)}}
		personCore(testLex, ms, func(w string) bool { return w == "Controversial" }, nil)
		if ms[0].Text != tc.want || src[ms[0].Start:ms[0].End] != tc.want {
			t.Errorf("personCore(%q) = %q (source %q), want %q", tc.text, ms[0].Text, src[ms[0].Start:ms[0].End], tc.want)
		}
	}
	for _, tc := range []struct{ text, typ, want string }{
		{"American Express", span.Org, "ORG:American Express"},
		{"Prime Minister Viktor Lind", span.Org, "PERSON:Viktor Lind"},
		{"Foreign Minister Dana Levin", span.GPE, "PERSON:Dana Levin"},
		{"General Motors", span.Org, "ORG:General Motors"},
		{"Burger King", span.Org, "ORG:Burger King"},
		{"Ministry of Finance", span.Org, "ORG:Ministry of Finance"},
		{"Democrat Walter Mondale", span.Person, "PERSON:Walter Mondale"},
		{"Premier Oil", span.Org, "ORG:Premier Oil"},
		{"Ambassador Hotel", span.Org, "ORG:Ambassador Hotel"},
		{"UN Secretary General Kofi Annan", span.Org, "PERSON:Kofi Annan"},
	} {
		ms := []span.Mention{{Text: tc.text, Type: tc.typ, Start: 0, End: len(tc.text)}}
		personCore(testLex, ms, func(w string) bool { return w == "Controversial" }, func(w string) bool { return w != "Oil" && w != "Hotel" })
		if got := ms[0].Type + ":" + ms[0].Text; got != tc.want || tc.text[ms[0].Start:] != ms[0].Text {
			t.Errorf("personCore(%s %q) = %s, want %s", tc.typ, tc.text, got, tc.want)
		}
	}
}

func TestCompetitors(t *testing.T) {
	for _, tc := range []struct {
		text  string
		found []string // "TYPE:text" mentions already found
		want  []string
	}{
		{"Sandrine Testvik ( France ) beat Ines Gorrotxa ( Argentina ) 4-6 6-2", []string{"GPE:Sandrine Testvik", "GPE:Gorrotxa"},
			[]string{"PERSON:Sandrine Testvik", "PERSON:Ines Gorrotxa"}},
		{"3. Florian Schwartz (Germany) 13.36", []string{"GPE:Schwartz"}, []string{"PERSON:Florian Schwartz"}},
		{"1 - Jansher Kahn ( U.S. ) beat", []string{"GPE:Kahn"}, []string{"PERSON:Jansher Kahn"}},
		{"Dynamo Kestrel ( Russia ) v Valmora", []string{"ORG:Dynamo Kestrel"}, []string{"ORG:Dynamo Kestrel"}},
		{"Kestrel Moscow ( Russia ) won", []string{"GPE:Kestrel Moscow"}, []string{"GPE:Kestrel Moscow"}},
		{"Kestrel ( Russia ) won", []string{"GPE:Kestrel"}, []string{"GPE:Kestrel"}},
		{"Kestrel ( Italy ) 92 Valmora ( Russia ) 81", []string{"GPE:Kestrel", "PERSON:Valmora"}, []string{"ORG:Kestrel", "PERSON:Valmora"}},
		{"Samokhvalsk ( Russia ) 3:45.011", []string{"ORG:Samokhvalsk"}, []string{"PERSON:Samokhvalsk"}},
		{"The Valmora ( France ) won", []string{"GPE:Valmora"}, []string{"GPE:Valmora"}},
		{"Acme Union ( Britain ) said", []string{"GPE:Acme Union"}, []string{"GPE:Acme Union"}},
		{"Bo Lind ( Acme ) said", []string{"GPE:Lind"}, []string{"GPE:Lind"}},
		{"4. Erik Brekke ( Netherlands ) Tarnbank 8 seconds", []string{"PERSON:Erik Brekke", "PERSON:Tarnbank"},
			[]string{"PERSON:Erik Brekke", "ORG:Tarnbank"}},
		{"3. Tris Hofman ( Netherlands ) TVB same time", []string{"PERSON:Tris Hofman"}, []string{"PERSON:Tris Hofman", "ORG:TVB"}},
		{"1. Al Brekke ( U.S. ) , Renard Hondo , 53.980", []string{"PERSON:Al Brekke", "PERSON:Renard Hondo"}, []string{"PERSON:Al Brekke", "ORG:Renard Hondo"}},
	} {
		ms := competitors(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, foundMentions(tc.text, tc.found))
		var got []string
		for _, m := range ms {
			if tc.text[m.Start:m.End] != m.Text {
				t.Fatalf("%q: mention %+v off its text", tc.text, m)
			}
			got = append(got, m.Type+":"+m.Text)
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("competitors(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStandingsRow(t *testing.T) {
	for text, want := range map[string]bool{
		"Ross County 3 0 0 3 3 7 0":        true,
		"Kestrel 34 20 8 6 61 30 68":       true,
		"Phillip Lund 72 76 74 69":         false, // a golfer's four rounds
		"Ada Quill scored 3 0 0 3 3 7 0":   false,
		"Kestrel 48 86 .358 26 1/2":        false,
		"3 0 0 3 3 7 0":                    false,
		"Ross County Rovers Athletic Club": false,
	} {
		if got := standingsRow(text); got != want {
			t.Errorf("standingsRow(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSidesLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Montrose 2 Ross County 1":                 true,
		"Stenhousemuir 0 Stranraer 1":              true,
		"Postponed : Walsall v Wrexham":            true,
		"Kestrel v Valmora ( three days )":         true,
		"Kestrel vs. Valmora":                      true,
		"Kestrel versus Valmora":                   true,
		"Kestrel w Valmora":                        false,
		"Ada Quill scored 2 goals":                 false,
		"Kestrel 2 Valmora":                        false,
		"Kestrel beat Valmora 2-1":                 false,
		"Kestrel Rovers 3 Valmora Athletic 0":      true,
		"In 2030 Valmora had 12":                   false,
		"Quarter-final results in the Open 12 May": false,
	} {
		if got := sidesLine(testLex, text); got != want {
			t.Errorf("sidesLine(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSplitAtLetters(t *testing.T) {
	src := "Fenwick b Tarrant 56 and Ada Quill c Bo Lind b Ross 4, Ivo Sand c b Ek 2"
	var ms []span.Mention
	for _, text := range []string{"Fenwick b Tarrant", "Ada Quill c Bo Lind b Ross", "Ivo Sand c b Ek"} {
		at := strings.Index(src, text)
		ms = append(ms, span.Mention{Text: text, Type: span.Person, Start: at, End: at + len(text)})
	}
	got := mentionTexts(t, src, splitAtLetters(ms))
	if want := "Fenwick|Tarrant|Ada Quill|Bo Lind|Ross|Ivo Sand|Ek"; strings.Join(got, "|") != want {
		t.Errorf("splitAtLetters = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestTableHeader(t *testing.T) {
	for text, want := range map[string]bool{"W D L PCT GB": true, "W L": true, "W L PCT GB": true, "J K Rowling": false, "NEC": false, "US UK": false} {
		if got := tableHeader(text); got != want {
			t.Errorf("tableHeader(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestLabelOpening(t *testing.T) {
	for rest, want := range map[string]bool{" : 200": true, ": Quill 2": true, " 's 1,500 metres": true, "’s 100": true,
		" 's plan was": false, " said": false, "": false} {
		if got := labelOpening(rest); got != want {
			t.Errorf("labelOpening(%q) = %v, want %v", rest, got, want)
		}
	}
	e := extractor(t)
	text := "Attendance : 2,300\nWomen 's 1,500 metres\nScorers : Ada Quill 2\nAda Quill of Tarnby won it."
	for _, m := range e.Entities(text, e.Segment(text, []span.Span{{Start: 0, End: 18}, {Start: 19, End: 40}, {Start: 41, End: 62}, {Start: 63, End: len(text)}})) {
		if m.Text == "Attendance" || m.Text == "Women" || m.Text == "Scorers" {
			t.Errorf("a line's label %q was taken for a name", m.Text)
		}
	}
	// A name the text writes elsewhere is no label.
	text = "Holloway : we will win\nThe leader Ada Holloway spoke in Tarnby on Monday."
	found := false
	for _, m := range e.Entities(text, e.Segment(text, []span.Span{{Start: 0, End: 22}, {Start: 23, End: len(text)}})) {
		found = found || m.Text == "Holloway" && m.Start == 0
	}
	if !found {
		t.Errorf("a headline's name before a colon was dropped")
	}
}

func TestTrimEdges(t *testing.T) {
	src := "Tarnway Corp <TRN.N> said; Valmora Tuesday; <ACM> rose; after bowling Kestrel out; van der Berg; Tarn Inc Q2 loss; C-4 found; thanks @ Quill42 and @Bo7; " +
		"\"[Mayor Ada] Quill must go\"; Quill Ferries (Tarnby) Ltd; my Tarnby Flyer…; the Okoro (Tarn; met (Lindqvist at noon; saw Borrow] there; the KDF ) said"
	ms := foundMentions(src, []string{"ORG:Tarnway Corp <TRN.N>", "GPE:Valmora Tuesday", "ORG:<ACM>", "PERSON:bowling Kestrel", "PERSON:van der Berg",
		"PERSON:Tarn Inc Q2", "PERSON:C-4", "PERSON:Quill42", "PERSON:Bo7", "PERSON:Ada] Quill", "ORG:Quill Ferries (Tarnby) Ltd", "ORG:Tarnby Flyer…", "PERSON:Okoro (Tarn",
		"PERSON:(Lindqvist", "PERSON:Borrow]", "ORG:KDF )"})
	got := mentionTexts(t, src, trimEdges(testLex, src, ms))
	if want := "Tarnway Corp|Valmora|Kestrel|van der Berg|Tarn Inc|Quill42|Bo7|Quill|Quill Ferries (Tarnby) Ltd|Tarnby Flyer|Okoro|Lindqvist|Borrow|KDF"; strings.Join(got, "|") != want {
		t.Errorf("trimEdges = %q, want %q", strings.Join(got, "|"), want)
	}
}

// mentionTexts returns the mentions' texts, failing when one is not the
// source text at its offsets.
func mentionTexts(t *testing.T, src string, ms []span.Mention) []string {
	t.Helper()
	var out []string
	for _, m := range ms {
		if m.Start < 0 || m.End > len(src) || src[m.Start:m.End] != m.Text {
			t.Fatalf("mention %+v off its text", m)
		}
		out = append(out, m.Text)
	}
	return out
}

func TestListTypes(t *testing.T) {
	for _, tc := range []struct {
		text  string
		found []string
		want  string
	}{
		{"Lind , Ada Quill , Cy Brekke and Bo Ross played.", []string{"GPE:Lind", "PERSON:Ada Quill", "PERSON:Cy Brekke", "PERSON:Bo Ross"},
			"PERSON:Lind PERSON:Ada Quill PERSON:Cy Brekke PERSON:Bo Ross"},
		{"Lind , Ada Quill , London , Cy Brekke , Di Holt and Bo Ross played.",
			[]string{"GPE:Lind", "PERSON:Ada Quill", "GPE:London", "PERSON:Cy Brekke", "PERSON:Di Holt", "PERSON:Bo Ross"},
			"PERSON:Lind PERSON:Ada Quill GPE:London PERSON:Cy Brekke PERSON:Di Holt PERSON:Bo Ross"},
		{"Ada Quill met Lind and Bo Ross in Brekke.", []string{"PERSON:Ada Quill", "GPE:Lind", "PERSON:Bo Ross", "GPE:Brekke"},
			"PERSON:Ada Quill GPE:Lind PERSON:Bo Ross GPE:Brekke"},
		{"Kestrel , Valmora , Tarnby and Ada Quill", []string{"GPE:Kestrel", "GPE:Valmora", "GPE:Tarnby", "PERSON:Ada Quill"},
			"GPE:Kestrel GPE:Valmora GPE:Tarnby PERSON:Ada Quill"},
	} {
		ms := foundMentions(tc.text, tc.found)
		listTypes(testLex, tc.text, ms)
		var got []string
		for _, m := range ms {
			got = append(got, m.Type+":"+m.Text)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("listTypes(%q) = %s, want %s", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}

func TestCountryNamed(t *testing.T) {
	e := extractor(t)
	for name, want := range map[string]bool{"Air France": true, "Statistics Canada": true, "Radio Sweden": true,
		"Jason Scotland": false, "South Africa": false, "Ada Holloway": false, "France": false} {
		if got := e.countryNamed(name); got != want {
			t.Errorf("countryNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestAcronymOpened(t *testing.T) {
	for name, want := range map[string]bool{"BBC Radio Wales": true, "AOL Europe": true, "JK Rowling": false, "BBC": false, "Ada Quill": false,
		"MEP Ada Quill": false, "ADA QUILL": false, "BBC RADIO": false, "QDA II": true,
		"AC Oslo": true, "JR Quillane": false} { // two letters: a club before a known place; maybe a person's initials
		if got := acronymOpened(testLex, name); got != want {
			t.Errorf("acronymOpened(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPersonalName(t *testing.T) {
	e := extractor(t)
	for name, want := range map[string]bool{"Rodney Eyles": true, "Oliver McCall": true,
		"San Sebastian": false, "Korean War": false, "Cincinnati Reds": false, "London Bridge": false, "Rodney": false, "Kevin Brown Lowers Bay": false} {
		if got := e.personalName(name); got != want {
			t.Errorf("personalName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSpeakers(t *testing.T) {
	e := extractor(t)
	for _, tc := range []struct {
		text  string
		found []string
		want  string
	}{
		{`"The bank is the plum," Wexler said.`, nil, "PERSON:Wexler"},
		{`"It is strong," said Webbe Lund.`, nil, "PERSON:Webbe Lund"},
		{`“It is strong,” said Webbe.`, nil, "PERSON:Webbe"},
		{`"It is strong," Wexler said.`, []string{"GPE:Wexler"}, "PERSON:Wexler"},
		{`"It is strong," Moscow said.`, nil, ""},
		{`"It is strong," Reuters said.`, nil, ""},
		{`"It is strong," He said.`, nil, ""},
		{`“We won,” Anna Wexler said.`, nil, "PERSON:Anna Wexler"},
		{`“I say Yes,” Wexler said.`, nil, "PERSON:Wexler"},
		{`Wexler said it was strong.`, nil, ""},
	} {
		sents := []span.Span{{Start: 0, End: len(tc.text)}}
		var got []string
		for _, m := range e.speakers(tc.text, sents, foundMentions(tc.text, tc.found)) {
			got = append(got, m.Type+":"+m.Text)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("speakers(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}

func TestAgencyMentions(t *testing.T) {
	src := "Police arrested 30 people, the Xinhua news agency said. Later, Xinhua said more. Michael Bloomberg spoke; Bloomberg left."
	ms := foundMentions(src, []string{"PERSON:Xinhua", "PERSON:Michael Bloomberg"})
	second := strings.LastIndex(src, "Xinhua")
	ms = append(ms, span.Mention{Text: "Xinhua", Type: span.Person, Start: second, End: second + 6})
	last := strings.LastIndex(src, "Bloomberg")
	ms = append(ms, span.Mention{Text: "Bloomberg", Type: span.Person, Start: last, End: last + 9})
	sortMentions(ms)
	var got []string
	for _, m := range agencyMentions(testLex, src, []span.Span{{Start: 0, End: len(src)}}, ms) {
		got = append(got, m.Type+":"+m.Text)
	}
	if want := "ORG:Xinhua ORG:Xinhua PERSON:Michael Bloomberg PERSON:Bloomberg"; strings.Join(got, " ") != want {
		t.Errorf("agencyMentions = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestOrdinaryOpeningWord(t *testing.T) {
	e := extractor(t)
	text := "Disaster struck the mine on Monday. Gordon Brown visited. Brown said it was grim."
	got := map[string]bool{}
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		if m.Start == 0 || strings.HasPrefix(text[m.Start:], "Brown said") {
			got[m.Text] = true
		}
	}
	if got["Disaster"] {
		t.Errorf("an ordinary word opening a sentence was taken for a name")
	}
	if !got["Brown"] {
		t.Errorf("a surname the text writes mid-sentence was dropped at a sentence's start")
	}
}

func TestOfNames(t *testing.T) {
	for _, tc := range []struct {
		text  string
		found []string
		want  string
	}{
		{"The National Bank of Valmora cut rates.", []string{"ORG:National Bank", "GPE:Valmora"}, "ORG:National Bank of Valmora"},
		{"He studied at The University of Tarnwell last year.", []string{"GPE:Tarnwell"}, "ORG:University of Tarnwell"},
		{"The Organisation for Security and Cooperation in Europe met.", nil, "ORG:Organisation for Security and Cooperation"},
		{"The Bank of Kestrel Governor Ada Quill spoke.", []string{"PERSON:Ada Quill"}, "ORG:Bank of Kestrel PERSON:Ada Quill"},
		{"The Bank of Kestrel and Ada Quill agreed.", []string{"PERSON:Ada Quill"}, "ORG:Bank of Kestrel PERSON:Ada Quill"},
		{"The Committee of the Tarn Party met.", []string{"ORG:Tarn Party"}, "ORG:Tarn Party"},
		{"Mayor of Valmora Ada Quill spoke.", []string{"PERSON:Ada Quill"}, "PERSON:Ada Quill"},
		{"The Bank of Kestrel's rates rose.", nil, "ORG:Bank of Kestrel"},
	} {
		var got []string
		for _, m := range ofNames(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, foundMentions(tc.text, tc.found), nil) {
			got = append(got, m.Type+":"+m.Text)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("ofNames(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}

func TestRegnalNumbers(t *testing.T) {
	for _, tc := range []struct{ text, mention, want string }{
		{"1533 - Queen Elizabeth I born.", "Elizabeth", "Elizabeth I"},
		{"the Emperor Charles VI and France", "Charles", "Charles VI"},
		{"Pedro II became emperor.", "Pedro", "Pedro II"},
		{"\"Yes,\" said Ada I think.", "Ada", "Ada"},
		{"Ada Quill IV", "Ada Quill", "Ada Quill IV"},
		{"Ada Quill VIV", "Ada Quill", "Ada Quill"},
	} {
		ms := foundMentions(tc.text, []string{"PERSON:" + tc.mention})
		regnalNumbers(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, ms)
		if ms[0].Text != tc.want || tc.text[ms[0].Start:ms[0].End] != tc.want {
			t.Errorf("regnalNumbers(%q) = %q, want %q", tc.text, ms[0].Text, tc.want)
		}
	}
}

func TestNoPersonAfterArticle(t *testing.T) {
	e := extractor(t)
	text := "The Kestrel Herons beat the Valmora Otters 5-2 on Sunday, and Ada Quill scored twice."
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		if m.Type == span.Person && strings.EqualFold(wordBefore(text, m.Start), "the") {
			t.Errorf("%q after an article typed a person", m.Text)
		}
	}
}

func TestJoinAdjacentPeople(t *testing.T) {
	src := "Bowling : Bram Pelk 10-1-47-2 , Orla Brannock 8-0-39-1 ; Ada , Bo Lind"
	ms := foundMentions(src, []string{"PERSON:Bram", "PERSON:Pelk", "PERSON:Orla Brannock", "PERSON:Ada", "PERSON:Bo Lind"})
	got := mentionTexts(t, src, joinAdjacentPeople(src, ms))
	if want := "Bram Pelk|Orla Brannock|Ada|Bo Lind"; strings.Join(got, "|") != want {
		t.Errorf("joinAdjacentPeople = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestLeftwardRulesKeepOffsetsOverDoubleSpaces(t *testing.T) {
	src := "Johan  van der Westhuizen and Sandrine   Testvik ( France ) 6-2"
	ms := foundMentions(src, []string{"PERSON:Westhuizen", "GPE:Testvik"})
	ms = withParticles(testLex, src, []span.Span{{Start: 0, End: len(src)}}, ms)
	ms = competitors(testLex, src, []span.Span{{Start: 0, End: len(src)}}, ms)
	for _, m := range mentionTexts(t, src, ms) {
		if strings.Contains(m, "  ") {
			t.Errorf("a leftward rule crossed a double space: %q", m)
		}
	}
}

func TestReviewedEdges(t *testing.T) {
	e := extractor(t)
	// A capital letter of three or four bytes at a sentence's end used to
	// crash initialledNames.
	for _, text := range []string{"x 𝐀", "The result was Ａ", "Jo   van Berg scored."} {
		for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
			if text[m.Start:m.End] != m.Text || strings.HasPrefix(m.Text, " ") {
				t.Errorf("%q: bad mention %+v", text, m)
			}
		}
	}
	// People stay people: a person's supporters, a court case outside
	// sport, a name used as an adjective after "the".
	for _, tc := range []struct{ text, name string }{
		{"The striker scored twice in the league before half-time, and the goalkeeper saved a penalty. Quill supporters cheered.", "Quill"},
		{"Roe v Wade", "Roe"},
	} {
		ms := foundMentions(tc.text, []string{"PERSON:" + tc.name})
		sportsTeams(testLex, tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, ms)
		if ms[0].Type != span.Person {
			t.Errorf("%q in %q typed %s, want PERSON", tc.name, tc.text, ms[0].Type)
		}
	}
	text := "Aides said the Quillon administration would act. Ada Quillon agreed."
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		if m.Text == "Quillon" && m.Type == span.Org {
			t.Errorf("a name used as an adjective after 'the' became an organisation")
		}
	}
}

func TestStreetNames(t *testing.T) {
	src := "Downing Street cited the comment. They met on Quay Road. Street was closed."
	ms := foundMentions(src, []string{"PERSON:Street", "GPE:Road"})
	last := strings.LastIndex(src, "Street")
	ms = append(ms, span.Mention{Text: "Street", Type: span.Person, Start: last, End: last + 6})
	streetNames(testLex, src, ms)
	var got []string
	for _, m := range ms {
		if src[m.Start:m.End] != m.Text {
			t.Fatalf("%+v off its text", m)
		}
		got = append(got, m.Type+":"+m.Text)
	}
	if want := "LOC:Downing Street LOC:Quay Road PERSON:Street"; strings.Join(got, " ") != want {
		t.Errorf("streetNames = %q, want %q", strings.Join(got, " "), want)
	}
	src = "They met at Quay Road. Street works began."
	ms = foundMentions(src, []string{"PERSON:Street"})
	if streetNames(testLex, src, ms); ms[0].Text != "Street" {
		t.Errorf("a street name crossed a full stop: %q", ms[0].Text)
	}
}

func TestQuoteInitialOrdinaryWord(t *testing.T) {
	e := extractor(t)
	text := `At its simplest, the campaign is saying: "Vote Kestrel and get the best of both". Ada Quill agreed.`
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		if strings.HasPrefix(m.Text, "Vote") {
			t.Errorf("an ordinary word opening a quote stayed in the name %q", m.Text)
		}
	}
}

func TestPersonAround(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Corvane's chief executive, Mark Ireland, will stay on.", "Mark Ireland", true},
		{"Mark Ireland, who has run the firm since 2019, said so.", "Mark Ireland", true},
		{"Shares in Air France rose.", "Air France", false},
	} {
		at := strings.Index(tc.text, tc.name)
		if got := personAround(testLex, tc.text, span.Mention{Text: tc.name, Start: at, End: at + len(tc.name)}); got != tc.want {
			t.Errorf("personAround(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestEventNames(t *testing.T) {
	e := extractor(t)
	text := "Ada Quill won the Marenza Grand Prix on Saturday and will race at the Tarnwell Classic next month."
	for _, m := range e.Entities(text, e.Segment(text, whole(text))) {
		if strings.HasSuffix(m.Text, "Grand Prix") || strings.HasSuffix(m.Text, "Classic") {
			if m.Type != span.Misc {
				t.Errorf("the event %q typed %s, want MISC", m.Text, m.Type)
			}
		}
	}
}

// TestRepeatedSentences checks that a sentence met again (later in the
// article, in another article, in capitals) gives the mentions a fresh
// extractor gives it, at its own offsets.
func TestRepeatedSentences(t *testing.T) {
	line := "Amira Osei met the Carrow Harbour Board in Lisbon on Monday."
	texts := []string{
		line + " " + line,
		"Earlier, " + line,
		line,
		"AMIRA OSEI MET THE CARROW HARBOUR BOARD IN LISBON ON MONDAY. " + line,
	}
	warm := extractor(t)
	for _, text := range texts {
		fresh := extractor(t)
		want := fresh.Entities(text, fresh.Segment(text, whole(text)))
		got := warm.Entities(text, warm.Segment(text, whole(text)))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: an extractor that saw the sentence before gives %v, a fresh one %v", text, got, want)
		}
	}
	text := texts[0]
	ms := warm.Entities(text, warm.Segment(text, whole(text)))
	half := len(line) + 1
	var first, second []string
	for _, m := range ms {
		if m.Start < half {
			first = append(first, text[m.Start:m.End])
		} else {
			second = append(second, text[m.Start:m.End])
		}
	}
	if len(first) == 0 || !reflect.DeepEqual(first, second) {
		t.Errorf("the repeated sentence's mentions %q differ from the first's %q", second, first)
	}
}

// TestMentionsStayInTheirSentence checks that no pass carries a mention
// past the end of its sentence: a one-letter surname closing a sentence
// ("Malcolm X.") is no middle initial of a name in the next sentence
// (a real BBC article crashed the particle pass after that).
func TestMentionsStayInTheirSentence(t *testing.T) {
	e := extractor(t)
	for _, text := range []string{
		"In the sixties she spoke at memorials for Martin Luther King Jnr as well as Malcolm X. Besides Dee, Davis leaves three children.",
		"The band was formed by Ada Quill and Tom K. Besides Reyes, the drummer van der Berg left.",
	} {
		sents := e.Segment(text, whole(text))
		for _, m := range e.Entities(text, sents) {
			s := sents[m.Sentence]
			if m.Start < s.Start || m.End > s.End {
				t.Errorf("%q: mention %q [%d,%d) leaves its sentence [%d,%d)", text, m.Text, m.Start, m.End, s.Start, s.End)
			}
		}
	}
}

func TestInAddress(t *testing.T) {
	for _, tc := range []struct {
		src, name string
		want      bool
	}{
		{"write to Ada.Quill@tarnby.example today", "Ada", true},
		{"write to Ada.Quill@tarnby.example today", "Quill", true},
		{"the ferry sank.Ada Quill said", "Ada", false},
		{"Mr.Quill said", "Quill", false},
		{"Ada Quill said", "Ada", false},
	} {
		a := strings.Index(tc.src, tc.name)
		if got := inAddress(tc.src, a, a+len(tc.name)); got != tc.want {
			t.Errorf("inAddress(%q, %q) = %v, want %v", tc.src, tc.name, got, tc.want)
		}
	}
}
