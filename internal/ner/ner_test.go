package ner

import (
	"strings"
	"sync"
	"testing"
)

var testModel = sync.OnceValues(NewModel)

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

func whole(s string) []Span { return []Span{{0, len(s)}} }

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
	results := make([][]Mention, 4)
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
		"The award went to Margaret Holloway",
		"“We won,” said Holloway’s aide.\n\nShe left.",
		"**Bold** [link](http://x) # heading",
		"\u00a0\u2009Ünïcödé Ñame — ok.",
		"\xff\xfe broken utf8 Name Here",
	} {
		f.Add(s)
	}
	e := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
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
