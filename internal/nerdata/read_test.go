package nerdata

import (
	"reflect"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		scheme Scheme
		tags   string
		want   []TokenSpan
	}{
		{"IOB2", BIO, "B-PER I-PER O B-LOC", []TokenSpan{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"IOB2 adjacent same type", BIO, "B-ORG B-ORG I-ORG", []TokenSpan{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"IOB1 run", BIO, "I-PER I-PER O I-LOC", []TokenSpan{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"IOB1 B separates", BIO, "I-PER B-PER I-PER", []TokenSpan{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"type change without B", BIO, "I-PER I-LOC", []TokenSpan{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"stray I after O", BIO, "O I-MISC I-MISC", []TokenSpan{{1, 3, "MISC"}}},
		{"B then I of other type", BIO, "B-PER I-ORG", []TokenSpan{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"entity at end", BIO, "O O B-LOC", []TokenSpan{{2, 3, "LOC"}}},
		{"all outside", BIO, "O O", nil},
		{"IO", IO, "PER PER 0 LOC LOC ORG", []TokenSpan{{0, 2, "PER"}, {3, 5, "LOC"}, {5, 6, "ORG"}}},
		{"IO letter O outside", IO, "O MISC O", []TokenSpan{{1, 2, "MISC"}}},
		{"IO type change", IO, "PER LOC LOC", []TokenSpan{{0, 1, "PER"}, {1, 3, "LOC"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Decode(strings.Fields(tt.tags), tt.scheme)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Decode(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

// sentSummary renders documents compactly: doc IDs, tokens, gold and
// excluded spans.
func sentSummary(docs []Document) []string {
	var out []string
	for _, d := range docs {
		for _, s := range d.Sents {
			line := d.ID + ": " + strings.Join(s.Tokens, "_") + " gold=" + spans(s.Gold) + " excl=" + spans(s.Excluded)
			if s.Text != "" {
				line += " text=" + s.Text
			}
			out = append(out, line)
		}
	}
	return out
}

func spans(ss []TokenSpan) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, s.Label+"["+string(rune('0'+s.Start))+","+string(rune('0'+s.End))+")")
	}
	return strings.Join(parts, ",")
}

func TestReaders(t *testing.T) {
	tests := []struct {
		name string
		read func(string) ([]Document, error)
		in   string
		want []string
	}{
		{"CoNLL IOB1 with documents", func(s string) ([]Document, error) { return ReadCoNLL(strings.NewReader(s)) },
			"-DOCSTART- -X- -X- O\n\nZorbo NNP I-NP I-PER\nQuill NNP I-NP I-PER\nvisits VBZ I-VP O\nPlimth NNP I-NP I-LOC\n. . O O\n\n" +
				"Glarbish JJ I-NP I-MISC\nfans NNS I-NP O\n\n-DOCSTART- -X- -X- O\n\nAcme NNP I-NP I-ORG\nBolt NNP I-NP B-ORG\n",
			[]string{
				"conll-1: Zorbo_Quill_visits_Plimth_. gold=PER[0,2),LOC[3,4) excl=",
				"conll-1: Glarbish_fans gold= excl=MISC[0,1)",
				"conll-2: Acme_Bolt gold=ORG[0,1),ORG[1,2) excl=",
			}},
		{"WikiANN prefix, one document per sentence", func(s string) ([]Document, error) { return ReadWikiANN(strings.NewReader(s)) },
			"en:Zorbo\tB-PER\nen:of\tO\nen:Plimth\tB-LOC\nen:City\tI-LOC\n\nen:a:b\tB-ORG\n\n",
			[]string{
				"wikiann-1: Zorbo_of_Plimth_City gold=PER[0,1),LOC[2,4) excl=",
				"wikiann-2: a:b gold=ORG[0,1) excl=",
			}},
		{"IO corpus", func(s string) ([]Document, error) { return ReadIO(strings.NewReader(s)) },
			"Zorbo   PER\nQuill   PER\ni   0\nPlimth  LOC\nQ       MISC\n\nHej 0\n",
			[]string{
				"sner-1: Zorbo_Quill_i_Plimth_Q gold=PER[0,2),LOC[3,4) excl=MISC[4,5)",
				"sner-2: Hej gold= excl=",
			}},
		{"UNER newdoc and comments", func(s string) ([]Document, error) { return ReadUNER(strings.NewReader(s)) },
			"# newdoc id = D1\n# sent_id = D1-1\n# text = Zorbo bor i Plimth.\n1\tZorbo\tB-PER\t-\t-\n2\tbor\tO\t-\t-\n3\ti\tO\t-\t-\n4\tPlimth\tB-LOC\t-\t-\n5\t.\tO\t-\t-\n\n" +
				"# sent_id = D1-2\n1\t#\tO\t-\t-\n2\tAcme\tB-ORG\t-\t-\n3\tAB\tI-ORG\t-\t-\n\n# newdoc id = D2\n# sent_id = D2-1\n1\tHej\tO\t-\t-\n",
			[]string{
				"D1: Zorbo_bor_i_Plimth_. gold=PER[0,1),LOC[3,4) excl= text=Zorbo bor i Plimth.",
				"D1: #_Acme_AB gold=ORG[1,3) excl=",
				"D2: Hej gold= excl=",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := tt.read(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := sentSummary(docs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestReaderErrors(t *testing.T) {
	if _, err := ReadCoNLL(strings.NewReader("lonely\n")); err == nil {
		t.Error("ReadCoNLL: want error for a line without a tag")
	}
	if _, err := ReadWikiANN(strings.NewReader("en:notab\n")); err == nil {
		t.Error("ReadWikiANN: want error for a line without a tab")
	}
}

func TestLimitSentences(t *testing.T) {
	docs := []Document{{ID: "a", Sents: make([]Sentence, 3)}, {ID: "b", Sents: make([]Sentence, 2)}, {ID: "c", Sents: make([]Sentence, 1)}}
	tests := []struct {
		n    int
		want []int
	}{{0, []int{3, 2, 1}}, {2, []int{2}}, {3, []int{3}}, {4, []int{3, 1}}, {99, []int{3, 2, 1}}}
	for _, tt := range tests {
		var got []int
		for _, d := range LimitSentences(docs, tt.n) {
			got = append(got, len(d.Sents))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("limit %d: got %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestIOB2(t *testing.T) {
	tests := []struct {
		name string
		s    Sentence
		want string
	}{
		{"entities", Sentence{Tokens: strings.Fields("Zorbo Quill visits Plimth ."), Gold: []TokenSpan{{0, 2, "PER"}, {3, 4, "LOC"}}}, "B-PER I-PER O B-LOC O"},
		{"adjacent", Sentence{Tokens: strings.Fields("Acme Bolt"), Gold: []TokenSpan{{0, 1, "ORG"}, {1, 2, "ORG"}}}, "B-ORG B-ORG"},
		{"excluded is O", Sentence{Tokens: strings.Fields("Glarbish fans"), Excluded: []TokenSpan{{0, 1, "MISC"}}}, "O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(tt.s.IOB2(), " "); got != tt.want {
				t.Errorf("IOB2() = %q, want %q", got, tt.want)
			}
		})
	}
}
