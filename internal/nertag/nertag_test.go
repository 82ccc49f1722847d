package nertag

import (
	"bytes"
	"strings"
	"testing"
)

// sent builds a training sentence from "word/LABEL" pairs (O when no label).
func sent(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		w, l, ok := strings.Cut(f, "/")
		if !ok {
			l = "O"
		}
		out.Tokens = append(out.Tokens, Token{Text: w})
		out.Labels = append(out.Labels, l)
	}
	return out
}

func words(s string) []Token {
	var out []Token
	for _, w := range strings.Fields(s) {
		out = append(out, Token{Text: w})
	}
	return out
}

var toyData = []Sentence{
	sent("Anna/B-PER Berg/I-PER works for Volvo/B-ORG Cars/I-ORG in Gothenburg/B-LOC ."),
	sent("Peter/B-PER Lund/I-PER works for Saab/B-ORG Group/I-ORG in Stockholm/B-LOC ."),
	sent("Maria/B-PER Holm/I-PER lives in Malmo/B-LOC ."),
	sent("The company Ericsson/B-ORG Group/I-ORG said on Monday that it will grow ."),
	sent("Karl/B-PER Nilsson/I-PER visited Uppsala/B-LOC and Lund/B-LOC last year ."),
	sent("Shares in Scania/B-ORG Group/I-ORG rose in Stockholm/B-LOC trading ."),
	sent("Eva/B-PER Stark/I-PER , chair of Nordea/B-ORG Bank/I-ORG , spoke in Oslo/B-LOC ."),
	sent("it was a quiet day in the market and prices fell ."),
}

func toyModel(t testing.TB) *Model {
	t.Helper()
	return Train(toyData, TrainOptions{Epochs: 10, Seed: 1, MinCasing: 1})
}

func TestTrainMemorises(t *testing.T) {
	m := toyModel(t)
	for _, s := range toyData {
		if got, want := strings.Join(m.Tag(s.Tokens), " "), strings.Join(s.Labels, " "); got != want {
			t.Errorf("Tag(%v)\n got %s\nwant %s", s.Tokens, got, want)
		}
	}
}

func TestTagUnseen(t *testing.T) {
	m := toyModel(t)
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"person company city", "Lena Berg works for Volvo Group in Uppsala .", "B-PER I-PER O O B-ORG I-ORG O B-LOC O"},
		{"no entities", "it was a quiet day .", "O O O O O O"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(m.Tag(words(tt.in)), " "); got != tt.want {
				t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// validIOB2 reports why labels are not valid IOB2 over PER/LOC/ORG, or "".
func validIOB2(labels []string) string {
	prev := "O"
	for i, l := range labels {
		switch l {
		case "O", "B-PER", "B-LOC", "B-ORG":
		case "I-PER", "I-LOC", "I-ORG":
			if prev[2:] != l[2:] || prev == "O" {
				return "position " + string(rune('0'+i%10)) + ": " + l + " after " + prev
			}
		default:
			return "unknown label " + l
		}
		if l != "O" {
			prev = l
		} else {
			prev = "O"
		}
	}
	return ""
}

func TestValidIOB2(t *testing.T) {
	// Training labels with a stray I-ORG must still give valid output.
	data := append([]Sentence{sent("shares of/I-ORG Acme/I-ORG fell")}, toyData...)
	m := Train(data, TrainOptions{Epochs: 3, Seed: 2, UpperFrac: 0.5})
	for _, in := range []string{"shares of Acme fell", "of of of Acme Acme", "ANNA BERG WORKS FOR VOLVO"} {
		if why := validIOB2(m.Tag(words(in))); why != "" {
			t.Errorf("Tag(%q): %s", in, why)
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	opts := TrainOptions{Epochs: 4, Seed: 7, UpperFrac: 0.3}
	if _, err := Train(toyData, opts).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := Train(toyData, opts).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same options gave different bytes")
	}
}

func TestRoundTrip(t *testing.T) {
	m := toyModel(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"Lena Berg works for Volvo Group in Uppsala .", "Oslo Lund Saab", "it fell ."} {
		a, b := m.Tag(words(in)), m2.Tag(words(in))
		if strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: before %v, after round trip %v", in, a, b)
		}
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read of garbage: want an error")
	}
}

func TestEmbedded(t *testing.T) {
	tests := []struct {
		name string
		load func() (*Model, error)
		toks []Token
		want map[string]string // token -> label
	}{
		{"English", English, []Token{
			{"Maria", "NNP", "B-PERSON"}, {"Lindqvist", "NNP", "I-PERSON"}, {",", ",", "O"}, {"chair", "NN", "O"}, {"of", "IN", "O"}, {"the", "DT", "O"},
			{"Coastal", "NNP", "B-ORGANIZATION"}, {"Workers", "NNPS", "I-ORGANIZATION"}, {"Union", "NNP", "I-ORGANIZATION"}, {",", ",", "O"}, {"spoke", "VBD", "O"}, {"in", "IN", "O"},
			{"Gothenburg", "NNP", "B-GPE"}, {".", ".", "O"},
		}, map[string]string{"Maria": "B-PER", "Lindqvist": "I-PER", "chair": "O", "spoke": "O", "Gothenburg": "B-LOC"}},
		{"English typing", EnglishTyping, []Token{
			{"Maria", "NNP", "B-PERSON"}, {"Lindqvist", "NNP", "I-PERSON"}, {",", ",", "O"}, {"chair", "NN", "O"}, {"of", "IN", "O"}, {"the", "DT", "O"},
			{"Coastal", "NNP", "B-ORGANIZATION"}, {"Workers", "NNPS", "I-ORGANIZATION"}, {"Union", "NNP", "I-ORGANIZATION"}, {",", ",", "O"}, {"spoke", "VBD", "O"}, {"in", "IN", "O"},
			{"Gothenburg", "NNP", "B-GPE"}, {".", ".", "O"},
		}, map[string]string{"Maria": "B-PER", "Lindqvist": "I-PER", "chair": "O", "spoke": "O", "Gothenburg": "B-LOC"}},
		{"Swedish", Swedish, words("Maria Lindqvist , ordförande för Kustarbetarförbundet , talade i Göteborg ."),
			map[string]string{"Maria": "B-PER", "Lindqvist": "I-PER", "talade": "O", "Göteborg": "B-LOC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := tt.load()
			if err != nil {
				t.Fatal(err)
			}
			got := m.Tag(tt.toks)
			if why := validIOB2(got); why != "" {
				t.Error(why)
			}
			for i, tok := range tt.toks {
				if want, ok := tt.want[tok.Text]; ok && got[i] != want {
					t.Errorf("%s: got %s, want %s (all: %v)", tok.Text, got[i], want, got)
				}
			}
		})
	}
}

func FuzzTag(f *testing.F) {
	m := toyModel(f)
	f.Add("Anna Berg works for Volvo", "NNP NNP VBZ IN NNP")
	f.Add("", "")
	f.Add("\xff\xfe ÅÄÖ 123-45 -- ''", "X")
	f.Fuzz(func(t *testing.T, text, pos string) {
		ws := strings.Split(text, " ")
		ps := strings.Split(pos, " ")
		toks := make([]Token, len(ws))
		for i, w := range ws {
			toks[i].Text = w
			if i < len(ps) {
				toks[i].POS = ps[i]
			}
		}
		got := m.Tag(toks)
		if len(got) != len(toks) {
			t.Fatalf("%d labels for %d tokens", len(got), len(toks))
		}
		if why := validIOB2(got); why != "" {
			t.Fatal(why)
		}
	})
}

// BenchmarkTag tags one sentence with each embedded English model.
func BenchmarkTag(b *testing.B) {
	toks := []Token{
		{"Maria", "NNP", "B-PERSON"}, {"Lindqvist", "NNP", "I-PERSON"}, {",", ",", "O"}, {"chair", "NN", "O"}, {"of", "IN", "O"}, {"the", "DT", "O"},
		{"Coastal", "NNP", "B-ORGANIZATION"}, {"Workers", "NNPS", "I-ORGANIZATION"}, {"Union", "NNP", "I-ORGANIZATION"}, {",", ",", "O"}, {"said", "VBD", "O"}, {"on", "IN", "O"},
		{"Monday", "NNP", "O"}, {"that", "IN", "O"}, {"the", "DT", "O"}, {"strike", "NN", "O"}, {"in", "IN", "O"}, {"Gothenburg", "NNP", "B-GPE"},
		{"would", "MD", "O"}, {"continue", "VB", "O"}, {"until", "IN", "O"}, {"talks", "NNS", "O"}, {"resume", "VBP", "O"}, {".", ".", "O"},
	}
	for _, bm := range []struct {
		name string
		load func() (*Model, error)
		tag  func(m *Model)
	}{
		{"English", English, func(m *Model) { m.Tag(toks) }},
		{"EnglishTyping", EnglishTyping, func(m *Model) { m.Tag(toks) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			m, err := bm.load()
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				bm.tag(m)
			}
			b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func TestOrdinary(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"Red": true, "water": true, "the": true, "Theresa": false, "London": false, "Xqzzyv": false} {
		if got := m.Ordinary(w); got != want {
			t.Errorf("Ordinary(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCasingSkipsTitleLines checks that the casing lexicon does not learn
// ordinary words as names from lines in title case, yet keeps the words
// such a line labels as part of a name.
func TestCasingSkipsTitleLines(t *testing.T) {
	var sents []Sentence
	for range 2 {
		sents = append(sents, sent("we sell gadgets and privacy tools with encryption ."))
	}
	for range 15 {
		sents = append(sents, sent("Specialist Gadgets from Zentrix/B-ORG - Total Privacy via Encryption"))
	}
	sents = append(sents, sent("They met Zentrix/B-ORG staff ."))
	extra := [][]string{strings.Fields("Cheap Gadgets - Total Privacy via Encryption")}
	casing := buildCasing(sents, extra, 2)
	for _, w := range []string{"gadgets", "privacy", "encryption"} {
		if casing[w] != caseLower {
			t.Errorf("%s: casing class %d, want lower (%d)", w, casing[w], caseLower)
		}
	}
	if casing["zentrix"] != caseUpper {
		t.Errorf("zentrix: casing class %d, want upper (%d)", casing["zentrix"], caseUpper)
	}
	// "Total" is never seen in lower case: the lines' capitals are no
	// evidence of it either way, so it is left unknown.
	if c, ok := casing["total"]; ok {
		t.Errorf("total: casing class %d, want unknown", c)
	}
	// A line of names alone is no title-case line.
	casing = buildCasing([]Sentence{sent("Visit Zentrix/B-ORG and Quillby/B-PER ."), sent("Visit Zentrix/B-ORG and Quillby/B-PER .")}, nil, 2)
	if casing["quillby"] != caseUpper {
		t.Errorf("quillby: casing class %d, want upper (%d)", casing["quillby"], caseUpper)
	}
}
