package main

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
		want   []Span
	}{
		{"IOB2", BIO, "B-PER I-PER O B-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"IOB2 adjacent same type", BIO, "B-ORG B-ORG I-ORG", []Span{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"IOB1 run", BIO, "I-PER I-PER O I-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"IOB1 B separates", BIO, "I-PER B-PER I-PER", []Span{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"type change without B", BIO, "I-PER I-LOC", []Span{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"stray I after O", BIO, "O I-MISC I-MISC", []Span{{1, 3, "MISC"}}},
		{"B then I of other type", BIO, "B-PER I-ORG", []Span{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"entity at end", BIO, "O O B-LOC", []Span{{2, 3, "LOC"}}},
		{"all outside", BIO, "O O", nil},
		{"IO", IO, "PER PER 0 LOC LOC ORG", []Span{{0, 2, "PER"}, {3, 5, "LOC"}, {5, 6, "ORG"}}},
		{"IO letter O outside", IO, "O MISC O", []Span{{1, 2, "MISC"}}},
		{"IO type change", IO, "PER LOC LOC", []Span{{0, 1, "PER"}, {1, 3, "LOC"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decode(strings.Fields(tt.tags), tt.scheme)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("decode(%q) = %v, want %v", tt.tags, got, tt.want)
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
			out = append(out, d.ID+": "+strings.Join(s.Tokens, "_")+" gold="+spans(s.Gold)+" excl="+spans(s.Excluded))
		}
	}
	return out
}

func spans(ss []Span) string {
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
				"D1: Zorbo_bor_i_Plimth_. gold=PER[0,1),LOC[3,4) excl=",
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
		for _, d := range limitSentences(docs, tt.n) {
			got = append(got, len(d.Sents))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("limit %d: got %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestTokenSpan(t *testing.T) {
	// "Zorbo Quill 's Plimth-Ost ." with offsets
	//  0     6     12 15         26
	text, starts, ends := joinTokens([]string{"Zorbo", "Quill", "'s", "Plimth-Ost", "."})
	if text != "Zorbo Quill 's Plimth-Ost ." {
		t.Fatalf("text %q", text)
	}
	tests := []struct {
		name   string
		s, e   int
		i, j   int
		wantOK bool
	}{
		{"one token", 0, 5, 0, 1, true},
		{"two tokens", 0, 11, 0, 2, true},
		{"last token", 26, 27, 4, 5, true},
		{"starts inside a token", 1, 5, 0, 0, false},
		{"ends inside a token", 15, 21, 0, 0, false},
		{"ends on the space", 0, 6, 0, 0, false},
		{"starts on the space", 5, 11, 0, 0, false},
		{"empty", 6, 6, 0, 0, false},
		{"reversed", 6, 5, 0, 0, false},
		{"unaligned", -1, -1, 0, 0, false},
		{"past the end", 26, 40, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i, j, ok := tokenSpan(starts, ends, tt.s, tt.e)
			if ok != tt.wantOK || ok && (i != tt.i || j != tt.j) {
				t.Errorf("tokenSpan(%d, %d) = %d, %d, %v; want %d, %d, %v", tt.s, tt.e, i, j, ok, tt.i, tt.j, tt.wantOK)
			}
		})
	}
	// Multi-byte tokens keep byte offsets.
	text, starts, ends = joinTokens([]string{"Åsa", "i", "Göteborg"})
	if i, j, ok := tokenSpan(starts, ends, strings.Index(text, "Göteborg"), len(text)); !ok || i != 2 || j != 3 {
		t.Errorf("multi-byte: got %d, %d, %v", i, j, ok)
	}
}

func TestScoreSentence(t *testing.T) {
	// Tokens: Zorbo Quill met Acme Bolt in Plimth and Glarbish fans .
	// bytes:  0     6     12  16   21   26 29     36  40       49   54
	s := &Sentence{
		Tokens:   strings.Fields("Zorbo Quill met Acme Bolt in Plimth and Glarbish fans ."),
		Gold:     []Span{{0, 2, "PER"}, {3, 5, "ORG"}, {6, 7, "LOC"}},
		Excluded: []Span{{8, 9, "MISC"}},
	}
	_, starts, ends := joinTokens(s.Tokens)
	type c3 = [nLabels]int
	tests := []struct {
		name       string
		preds      []Pred
		tp, fp, fn c3
		ignored    int
		offGrid    int
		dropped    int
		hits       int
	}{
		{"perfect", []Pred{{0, 11, "PER", ""}, {16, 25, "ORG", ""}, {29, 35, "LOC", ""}},
			c3{1, 1, 1}, c3{}, c3{}, 0, 0, 0, 0},
		{"nothing", nil, c3{}, c3{}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"wrong type is FP and FN", []Pred{{16, 25, "LOC", ""}},
			c3{}, c3{0, 1, 0}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"partial span is FP and FN", []Pred{{6, 11, "PER", ""}},
			c3{}, c3{1, 0, 0}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"off token boundaries", []Pred{{0, 4, "PER", ""}},
			c3{}, c3{1, 0, 0}, c3{1, 1, 1}, 0, 1, 0, 0},
		{"on MISC span ignored", []Pred{{40, 48, "LOC", ""}},
			c3{}, c3{}, c3{1, 1, 1}, 1, 0, 0, 0},
		{"overlapping MISC is FP", []Pred{{40, 53, "LOC", ""}},
			c3{}, c3{0, 1, 0}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"duplicates count once", []Pred{{29, 35, "LOC", ""}, {29, 35, "LOC", "GPE"}, {12, 15, "ORG", ""}, {12, 15, "ORG", ""}},
			c3{0, 1, 0}, c3{0, 0, 1}, c3{1, 0, 1}, 0, 0, 0, 0},
		{"untyped dropped", []Pred{{0, 11, "", "MISC"}, {36, 39, "", ""}},
			c3{}, c3{}, c3{1, 1, 1}, 0, 0, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := scoreSentence(s, starts, ends, tt.preds)
			if c.TP != tt.tp || c.FP != tt.fp || c.FN != tt.fn || c.Ignored != tt.ignored ||
				c.OffGrid != tt.offGrid || c.Dropped != tt.dropped || c.DroppedHits != tt.hits {
				t.Errorf("got TP %v FP %v FN %v ign %d off %d drop %d hits %d", c.TP, c.FP, c.FN, c.Ignored, c.OffGrid, c.Dropped, c.DroppedHits)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	tests := []struct {
		tp, fp, fn int
		p, r, f    float64
	}{
		{0, 0, 0, 0, 0, 0},
		{0, 3, 0, 0, 0, 0},
		{0, 0, 3, 0, 0, 0},
		{2, 2, 0, 0.5, 1, 2.0 / 3},
		{3, 1, 3, 0.75, 0.5, 0.6},
	}
	for _, tt := range tests {
		p, r, f := prf(tt.tp, tt.fp, tt.fn)
		if abs(p-tt.p) > 1e-9 || abs(r-tt.r) > 1e-9 || abs(f-tt.f) > 1e-9 {
			t.Errorf("prf(%d,%d,%d) = %v %v %v; want %v %v %v", tt.tp, tt.fp, tt.fn, p, r, f, tt.p, tt.r, tt.f)
		}
	}
	var c Counts
	c.Add(Counts{TP: [nLabels]int{1, 2, 3}, FP: [nLabels]int{1, 0, 0}, FN: [nLabels]int{0, 0, 4}, Dropped: 2})
	c.Add(Counts{TP: [nLabels]int{1, 0, 0}, Dropped: 1})
	if tp, fp, fn := c.Micro(); tp != 7 || fp != 1 || fn != 4 || c.Dropped != 3 {
		t.Errorf("Micro = %d %d %d, dropped %d", tp, fp, fn, c.Dropped)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestAlignEntities(t *testing.T) {
	text := "Zorbo Quill's visit to Plimth, then Zorbo again."
	toks := []string{"Zorbo", "Quill", "'s", "visit", "to", "Plimth", ",", "then", "Zorbo", "again", "."}
	got := alignEntities(text, toks, []string{"Zorbo Quill", "Plimth ,", "Zorbo", "Nowhere"})
	want := [][2]int{{0, 11}, {23, 30}, {36, 41}, {-1, -1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestLabelMaps(t *testing.T) {
	raw := map[string]string{"PERSON": "PER", "GPE": "LOC", "LOCATION": "LOC", "GSP": "LOC", "FACILITY": "LOC", "ORGANIZATION": "ORG", "MONEY": ""}
	for in, want := range raw {
		if got := rawLabel(in); got != want {
			t.Errorf("rawLabel(%q) = %q, want %q", in, got, want)
		}
	}
	proj := map[string]string{"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "MISC": "", "": ""}
	for in, want := range proj {
		if got := projectLabel(in); got != want {
			t.Errorf("projectLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every false positive and false negative lands in exactly one error
// pattern.
func TestDiagAccountsForEveryError(t *testing.T) {
	s := &Sentence{
		Tokens:   strings.Fields("President Zorbo Quill met Acme Bolt in Plimth and Glarbish fans ."),
		Gold:     []Span{{1, 3, "PER"}, {4, 6, "ORG"}, {7, 8, "LOC"}},
		Excluded: []Span{{9, 10, "MISC"}},
	}
	text, starts, ends := joinTokens(s.Tokens)
	at := func(sub string) (int, int) { i := strings.Index(text, sub); return i, i + len(sub) }
	var preds []Pred
	add := func(sub, label string) {
		a, b := at(sub)
		preds = append(preds, Pred{Start: a, End: b, Label: label})
	}
	add("President Zorbo Quill", "PER") // boundary
	add("Acme Bolt", "LOC")             // wrong type
	add("Glarbish", "LOC")              // ignored
	add("met", "ORG")                   // spurious
	add("Plimt", "LOC")                 // off grid
	d := newDiag()
	d.add(s, starts, ends, preds)
	tp, fp, fn := d.base.Micro()
	sumFP, sumFN := 0, 0
	for _, p := range d.patterns {
		sumFP -= p.fp
		sumFN -= p.fn
	}
	if tp != 0 || sumFP != fp || sumFN != fn {
		t.Errorf("TP %d FP %d FN %d, patterns account for FP %d FN %d", tp, fp, fn, sumFP, sumFN)
	}
	if p := d.patterns["boundary: extra leading words"]; p == nil || p.texts["President"] != 1 {
		t.Errorf("want an extra-leading-words pattern for President, got %v", d.patterns)
	}
}

func TestWordKind(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{{"C.", "initials"}, {"J. R.", "initials"}, {"Indies", "capitalised"}, {"Tel Aviv", "capitalised"}, {"C. Ambrose", "capitalised"}, {", Maine", ""}, {"of State", ""}, {"", ""}}
	for _, tt := range tests {
		if got := wordKind(strings.Fields(tt.in)); got != tt.want {
			t.Errorf("wordKind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
