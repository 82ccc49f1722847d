package ner

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/rules/rulestest"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

var update = flag.Bool("update", false, "rewrite the pass fixtures' want.json")

func TestRulesValid(t *testing.T) {
	if err := rules.Validate(Rules()); err != nil {
		t.Error(err)
	}
	if got, want := len(Rules()), len(textPasses)+len(sentencePasses)+len(mentionRules)+len(docPasses)+len(capsPasses)+len(svPasses); got != want {
		t.Errorf("Rules() lists %d passes, want %d", got, want)
	}
}

// fixtureMention is a mention as a pass fixture records it.
type fixtureMention struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// TestPassFixtures runs each pass's fixture under testdata/passes/<name>/:
// input.txt, segmented and run through Entities (English), or through
// Tagged when lang.txt names another language ("sv"), or Capitalised
// when lang.txt adds "capitalised" ("sv capitalised").
func TestPassFixtures(t *testing.T) {
	e := extractor(t)
	run := func(t *testing.T, dir string, off rules.Off) any {
		b, err := os.ReadFile(filepath.Join(dir, "input.txt"))
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		lang, how := "en", ""
		if l, err := os.ReadFile(filepath.Join(dir, "lang.txt")); err == nil {
			f := strings.Fields(string(l))
			lang = f[0]
			if len(f) > 1 {
				how = f[1]
			}
		}
		e.SetOff(off)
		defer e.SetOff(nil)
		sents := e.Segment(src, whole(src))
		var ms []span.Mention
		switch {
		case how == "capitalised":
			ms = e.Capitalised(src, sents, lang)
		case lang == "en":
			ms = e.Entities(src, sents)
		default:
			ms = e.Tagged(src, sents, lang)
		}
		out := make([]fixtureMention, 0, len(ms))
		for _, m := range ms {
			out = append(out, fixtureMention{Text: m.Text, Type: m.Type, Start: m.Start, End: m.End})
		}
		return out
	}
	rulestest.Check(t, filepath.Join("testdata", "passes"), Rules(), run, *update)
}

func TestSetOff(t *testing.T) {
	e := extractor(t)
	text := "The ferry sank, officials told Reuters."
	on := typedTexts(e.Entities(text, e.Segment(text, whole(text))))
	e.SetOff(rules.Off{"ner/agency-mentions": true, "ner/typer-names": true, "claims/unknown": true})
	off := typedTexts(e.Entities(text, e.Segment(text, whole(text))))
	e.SetOff(nil)
	again := typedTexts(e.Entities(text, e.Segment(text, whole(text))))
	if !strings.Contains(on, "ORG:Reuters") || strings.Contains(off, "ORG:Reuters") || again != on {
		t.Errorf("agency-mentions on: %s; off: %s; on again: %s", on, off, again)
	}
}

func TestWithLexicon(t *testing.T) {
	m, err := testModel()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Default().Extend(strings.NewReader("ner_news_agencies: [nordwire]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := "The ferry sank, Nordwire reported."
	for _, tc := range []struct {
		model *Model
		want  bool
	}{{m, false}, {m.WithLexicon(lx), true}, {m.WithLexicon(nil), false}} {
		e, err := tc.model.NewExtractor()
		if err != nil {
			t.Fatal(err)
		}
		got := typedTexts(e.Entities(text, e.Segment(text, whole(text))))
		if strings.Contains(got, "ORG:Nordwire") != tc.want {
			t.Errorf("with Nordwire an agency: %v: got %s", tc.want, got)
		}
	}
}

// typedTexts is "TYPE:text" of each mention, space separated.
func typedTexts(ms []span.Mention) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Type+":"+m.Text)
	}
	return strings.Join(out, " ")
}

func TestGluedWords(t *testing.T) {
	for w, want := range map[string]bool{"QuillforHarbourAt": true, "McQuill": false, "DeLind": false, "Tarnby": false, "TARNBY": false, "Ada Quill": false} {
		if got := gluedWords(w); got != want {
			t.Errorf("gluedWords(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestGluedToWord(t *testing.T) {
	src := "TheTarnbian newspaper said so. TheTarnbianreports the bank closed. Washington rallied."
	ordinary := func(w string) bool { return w == "reports" || w == "ton" }
	for w, want := range map[string]bool{"TheTarnbianreports": true, "TheTarnbian": false, "Washington": false, "Tarnby": false, "ÅÅreports": false} {
		if got := gluedToWord(src, w, ordinary); got != want {
			t.Errorf("gluedToWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTyperJunk(t *testing.T) {
	lx := lexicon.Default()
	src := "Web pages. Regains did not say. Rose spoke. The $200MM deal. Ada Okonja left. Okonja said no. Buried at Harrowgate Cemetery."
	sd := &sentenceDoc{lx: lx, src: src, ordinary: func(w string) bool { return w == "Web" }, known: map[string]bool{"Okonja": true}}
	for _, tc := range []struct {
		text, typ string
		want      bool
	}{
		{"Web", span.Org, true},
		{"Regains", span.Person, true},
		{"Rose", span.Person, false},
		{"200MM", span.Org, true},
		{"Okonja", span.Person, false},
		{"Harrowgate Cemetery", span.Person, true},
		{"Harrowgate Cemetery", span.Location, false},
	} {
		at := strings.Index(src, tc.text)
		// each test word opens its sentence but "200MM" and "Harrowgate Cemetery"
		sd.sent = span.Span{Start: at, End: len(src)}
		if tc.text == "200MM" || tc.text == "Harrowgate Cemetery" {
			sd.sent.Start = 0
		}
		m := span.Mention{Text: tc.text, Type: tc.typ, Start: at, End: at + len(tc.text)}
		if got := sd.typerJunk(m); got != tc.want {
			t.Errorf("typerJunk(%q %s) = %v, want %v", tc.text, tc.typ, got, tc.want)
		}
	}
}
