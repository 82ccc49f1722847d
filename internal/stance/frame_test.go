package stance

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// mentions returns the spans of every occurrence of name in text.
func mentions(text, name string) []span.Span {
	var out []span.Span
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return out
		}
		out = append(out, span.Span{Start: off + i, End: off + i + len(name)})
		off += i + len(name)
	}
}

func hasTerm(ev []Evidence, term string) bool {
	for _, e := range ev {
		if strings.EqualFold(e.Term, term) {
			return true
		}
	}
	return false
}

// Invented texts, none from the seed articles.
const (
	opinionEN = `The Greens' win in the harbour board vote must be the start of real change. We need a board that answers to our members.

Our movement has waited long enough. We must now demand open meetings and join the campaign for fair fares!

The old guard, the so-called moderates, tried in vain to stop us.`
	reportEN = `Hard-left activist Maria Olsen won a seat on the harbour board on Tuesday, beating three rivals.

Olsen received 4,100 votes. The board's chairman, Peter Lind, said the result was "a clear message" and that "we must listen to members".

Moderate candidate Ann Berg came second. Critics called the campaign a purge of long-serving members.`
	opinionSV = `Vänsterns seger i valet till hamnstyrelsen måste bli början på en verklig förändring. Vi behöver en styrelse som lyssnar på våra medlemmar.

Vi måste nu kräva öppna möten. Låt oss organisera oss!`
	reportSV = `Hårdvänsterkandidaten Maria Olsen valdes på tisdagen in i hamnstyrelsen efter en jordskredsseger.

Olsen fick 4 100 röster. Kritiker kallade kampanjen en utrensning av erfarna ledamöter. Ordföranden Peter Lind sade att ”vi måste lyssna på medlemmarna”.`
)

func TestFrameRegister(t *testing.T) {
	tests := []struct {
		name, text, lang, want string
		markers                []string
	}{
		{"English opinion piece", opinionEN, "en", Opinion, []string{"we", "must", "our", "!"}},
		{"English news report (quoted 'we must' ignored)", reportEN, "en", Report, nil},
		{"Swedish opinion piece", opinionSV, "sv", Opinion, []string{"vi", "måste", "låt oss"}},
		{"Swedish news report", reportSV, "sv", Report, nil},
		{"unknown language", opinionEN, "xx", Report, nil},
		{"empty", "", "en", Report, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFramer(DefaultLexicon()).Frame(tc.text, tc.lang, nil)
			if f.Register != tc.want {
				t.Errorf("register %s (%s), want %s", f.Register, f.Reason, tc.want)
			}
			if f.Reason == "" {
				t.Error("no reason")
			}
			for _, m := range tc.markers {
				if !hasTerm(f.Markers, m) {
					t.Errorf("marker %q missing from %+v", m, f.Markers)
				}
			}
			for _, m := range f.Markers {
				if tc.text[m.Start:m.End] != m.Term {
					t.Errorf("marker %q at %d:%d reads %q", m.Term, m.Start, m.End, tc.text[m.Start:m.End])
				}
			}
		})
	}
}

func TestFrameTone(t *testing.T) {
	tests := []struct {
		name, text, lang, target string
		evidence                 []string
		sign                     int // -1 negative, +1 positive, 0 any
	}{
		{"English loaded label", reportEN, "en", "Maria Olsen", []string{"Hard-left"}, 0},
		{"English purge", "Critics said Maria Olsen led a purge of the board. It was a witch-hunt, Olsen's rivals said.", "en", "Olsen", []string{"purge", "witch-hunt"}, -1},
		{"English praise", "Maria Olsen won a crushing win and was praised as a brilliant, honest leader.", "en", "Maria Olsen", []string{"crushing win"}, 1},
		{"English moderate", reportEN, "en", "Ann Berg", []string{"Moderate"}, 1},
		{"Swedish compound label", reportSV, "sv", "Maria Olsen", []string{"Hårdvänsterkandidaten", "jordskredsseger"}, 0},
		{"Swedish utrensning", "Kritiker anklagade Olsen för en utrensning och en häxjakt.", "sv", "Olsen", []string{"utrensning", "häxjakt"}, -1},
		{"Swedish extremvänster", "Extremvänstern kring Olsen tog makten förgäves.", "sv", "Olsen", []string{"Extremvänstern", "förgäves"}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFramer(DefaultLexicon()).Frame(tc.text, tc.lang, []Target{{Name: tc.target, Mentions: mentions(tc.text, tc.target)}})
			if len(f.Targets) != 1 {
				t.Fatalf("targets %+v", f.Targets)
			}
			tf := f.Targets[0]
			if tf.Tone < -1 || tf.Tone > 1 {
				t.Errorf("tone %v outside [-1,1]", tf.Tone)
			}
			if tc.sign < 0 && tf.Tone >= 0 || tc.sign > 0 && tf.Tone <= 0 {
				t.Errorf("tone %v, want sign %d (evidence %+v)", tf.Tone, tc.sign, tf.Evidence)
			}
			for _, e := range tc.evidence {
				if !hasTerm(tf.Evidence, e) {
					t.Errorf("evidence %q missing from %+v", e, tf.Evidence)
				}
			}
			for _, e := range tf.Evidence {
				if tc.text[e.Start:e.End] != e.Term || !strings.Contains(e.Sentence, e.Term) {
					t.Errorf("evidence %+v does not point at its text", e)
				}
			}
		})
	}
}

func TestFrameNoMentions(t *testing.T) {
	f := NewFramer(DefaultLexicon()).Frame(reportEN, "en", []Target{{Name: "Nobody"}})
	if tf := f.Targets[0]; tf.Tone != 0 || len(tf.Evidence) != 0 || tf.Sentences != 0 {
		t.Errorf("target without mentions: %+v", tf)
	}
}

func TestLexiconExtend(t *testing.T) {
	user, err := ParseLexicon([]byte("en:\n  labels:\n    harbour hawk: -0.7\n"))
	if err != nil {
		t.Fatal(err)
	}
	lex := DefaultLexicon()
	lex.Merge(user)
	text := "Harbour hawk Maria Olsen spoke."
	f := NewFramer(lex).Frame(text, "en", []Target{{Name: "Maria Olsen", Mentions: mentions(text, "Maria Olsen")}})
	if !hasTerm(f.Targets[0].Evidence, "Harbour hawk") || f.Targets[0].Tone >= 0 {
		t.Errorf("user term not applied: %+v", f.Targets[0])
	}
	if _, err := ParseLexicon([]byte("en:\n  labels:\n    x: 3\n")); err == nil {
		t.Error("weight 3 accepted")
	}
	// The default lexicon is not changed by merging into a copy.
	if _, ok := DefaultLexicon()["en"].Labels["harbour hawk"]; ok {
		t.Error("Merge changed the default lexicon")
	}
}

// FuzzParseLexicon: a --framing-lexicon file is untrusted input. Parsing
// never panics; a failure names the framing lexicon; a success holds only
// weights in [-1, 1], and framing any text with it never panics.
// A lexicon without the article's language still frames it (English with
// VADER alone).
func TestFramerWithoutLanguage(t *testing.T) {
	f := NewFramer(Lexicon{}).Frame("The council won a great victory.", "en", []Target{{Name: "council", Mentions: mentions("The council won a great victory.", "council")}})
	if f.Register != "report" || len(f.Targets) != 1 || f.Targets[0].Tone <= 0 {
		t.Errorf("Frame with an empty lexicon = %+v, want a report with a positive tone toward the council", f)
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("en:\n  labels: {far left: -0.6}\n  opinion: {calls: [join us]}\n")
	f.Add("sv:\n  evaluative: {krossande seger: .nan}\n")
	f.Add("en:\n")
	f.Add("en: {sentiment: {bad: 2}}")
	f.Fuzz(func(t *testing.T, in string) {
		lex, err := ParseLexicon([]byte(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "framing lexicon") {
				t.Fatalf("error %q does not name the framing lexicon", err)
			}
			return
		}
		for lang, l := range lex {
			for _, m := range []map[string]float64{l.Labels, l.Evaluative, l.Sentiment} {
				for term, w := range m {
					if !(w >= -1 && w <= 1) {
						t.Fatalf("accepted %s %q weight %v", lang, term, w)
					}
				}
			}
		}
		full := DefaultLexicon()
		full.Merge(lex)
		NewFramer(full).Frame("The far left won a crushing victory. We must act now!", "en", nil)
	})
}

// TestLexiconFrom checks that a user lexicon file's framing section
// reaches the framing lexicon, added to the embedded entries.
func TestLexiconFrom(t *testing.T) {
	lx, err := lexicon.Default().Extend(strings.NewReader("framing:\n  en:\n    labels:\n      firebrand: -0.3\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fl, err := LexiconFrom(lx)
	if err != nil {
		t.Fatal(err)
	}
	if got := fl["en"].Labels["firebrand"]; got != -0.3 {
		t.Errorf("user label weight = %v, want -0.3", got)
	}
	if got := fl["en"].Labels["hard left"]; got != -0.5 {
		t.Errorf("embedded label weight = %v, want -0.5", got)
	}
	bad, err := lexicon.Default().Extend(strings.NewReader("framing:\n  en:\n    labels:\n      firebrand: 3\n"), "bad.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LexiconFrom(bad); err == nil || !strings.Contains(err.Error(), "outside [-1, 1]") {
		t.Errorf("LexiconFrom(weight 3) = %v, want a range error", err)
	}
}

// A name is never a sentiment word: "Earnest" (a surname) and "Joy" (a
// given name) are masked, whether the name is the target or another
// entity; the tone toward the target comes from the other words.
func TestFrameNamesAreNotSentiment(t *testing.T) {
	fm := NewFramer(DefaultLexicon())
	if fm.tone == nil {
		t.Skip("no tone model")
	}
	text := `Spokesman Tom Earnest met Ana Joy on Tuesday. Ana Joy was praised for her brave, honest work by Tom Earnest.`
	f := fm.Frame(text, "en", []Target{
		{Name: "Tom Earnest", Mentions: mentions(text, "Tom Earnest")},
		{Name: "Ana Joy", Mentions: mentions(text, "Ana Joy")},
	})
	for _, tg := range f.Targets {
		for _, e := range tg.Evidence {
			if strings.EqualFold(e.Term, "earnest") || strings.EqualFold(e.Term, "joy") {
				t.Errorf("%s: name word %q counted as evidence", tg.Name, e.Term)
			}
		}
	}
	joy := f.Targets[1]
	if joy.Label != "positive" || !hasTerm(joy.Evidence, "praised") && !hasTerm(joy.Evidence, "brave") && !hasTerm(joy.Evidence, "honest") {
		t.Errorf("Ana Joy: label %q tone %v evidence %+v, want positive from its words", joy.Label, joy.Tone, joy.Evidence)
	}
	// The same sentence with a plain surname gives the same tone: the
	// name's own words count for nothing.
	plain := strings.ReplaceAll(text, "Earnest", "Lind")
	g := fm.Frame(plain, "en", []Target{
		{Name: "Tom Lind", Mentions: mentions(plain, "Tom Lind")},
		{Name: "Ana Joy", Mentions: mentions(plain, "Ana Joy")},
	})
	if g.Targets[0].Tone != f.Targets[0].Tone {
		t.Errorf("tone toward Tom Earnest %v, toward Tom Lind %v: the name moved it", f.Targets[0].Tone, g.Targets[0].Tone)
	}
}

// A full stop after a title does not end the sentence.
func TestJoinAbbreviations(t *testing.T) {
	text := "Mr. Lind met Sen. Olsen in St. Paul. Then it rained."
	toks := tokenize(text)
	joinAbbreviations(text, toks)
	if n := len(sentenceSpans(text, toks)); n != 2 {
		t.Errorf("%d sentences, want 2", n)
	}
}
