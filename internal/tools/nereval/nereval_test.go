package main

import (
	"github.com/nec-analyse/nec-analyse/internal/nerrun"

	"reflect"
	"strings"
	"testing"
)

func TestTokenSpan(t *testing.T) {
	// "Zorbo Quill 's Plimth-Ost ." with offsets
	//  0     6     12 15         26
	text, starts, ends := nerrun.JoinTokens([]string{"Zorbo", "Quill", "'s", "Plimth-Ost", "."})
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
			i, j, ok := nerrun.TokenSpan(starts, ends, tt.s, tt.e)
			if ok != tt.wantOK || ok && (i != tt.i || j != tt.j) {
				t.Errorf("nerrun.TokenSpan(%d, %d) = %d, %d, %v; want %d, %d, %v", tt.s, tt.e, i, j, ok, tt.i, tt.j, tt.wantOK)
			}
		})
	}
	// Multi-byte tokens keep byte offsets.
	text, starts, ends = nerrun.JoinTokens([]string{"Åsa", "i", "Göteborg"})
	if i, j, ok := nerrun.TokenSpan(starts, ends, strings.Index(text, "Göteborg"), len(text)); !ok || i != 2 || j != 3 {
		t.Errorf("multi-byte: got %d, %d, %v", i, j, ok)
	}
}

func TestScoreSentence(t *testing.T) {
	// Tokens: Zorbo Quill met Acme Bolt in Plimth and Glarbish fans .
	// bytes:  0     6     12  16   21   26 29     36  40       49   54
	s := &Sentence{
		Tokens:   strings.Fields("Zorbo Quill met Acme Bolt in Plimth and Glarbish fans ."),
		Gold:     []Span{{Start: 0, End: 2, Label: "PER"}, {Start: 3, End: 5, Label: "ORG"}, {Start: 6, End: 7, Label: "LOC"}},
		Excluded: []Span{{Start: 8, End: 9, Label: "MISC"}},
	}
	_, starts, ends := nerrun.JoinTokens(s.Tokens)
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
		{"perfect", []Pred{{Start: 0, End: 11, Label: "PER", Raw: ""}, {Start: 16, End: 25, Label: "ORG", Raw: ""}, {Start: 29, End: 35, Label: "LOC", Raw: ""}},
			c3{1, 1, 1}, c3{}, c3{}, 0, 0, 0, 0},
		{"nothing", nil, c3{}, c3{}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"wrong type is FP and FN", []Pred{{Start: 16, End: 25, Label: "LOC", Raw: ""}},
			c3{}, c3{0, 1, 0}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"partial span is FP and FN", []Pred{{Start: 6, End: 11, Label: "PER", Raw: ""}},
			c3{}, c3{1, 0, 0}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"off token boundaries", []Pred{{Start: 0, End: 4, Label: "PER", Raw: ""}},
			c3{}, c3{1, 0, 0}, c3{1, 1, 1}, 0, 1, 0, 0},
		{"on MISC span ignored", []Pred{{Start: 40, End: 48, Label: "LOC", Raw: ""}},
			c3{}, c3{}, c3{1, 1, 1}, 1, 0, 0, 0},
		{"overlapping MISC is FP", []Pred{{Start: 40, End: 53, Label: "LOC", Raw: ""}},
			c3{}, c3{0, 1, 0}, c3{1, 1, 1}, 0, 0, 0, 0},
		{"duplicates count once", []Pred{{Start: 29, End: 35, Label: "LOC", Raw: ""}, {Start: 29, End: 35, Label: "LOC", Raw: "GPE"}, {Start: 12, End: 15, Label: "ORG", Raw: ""}, {Start: 12, End: 15, Label: "ORG", Raw: ""}},
			c3{0, 1, 0}, c3{0, 0, 1}, c3{1, 0, 1}, 0, 0, 0, 0},
		{"untyped dropped", []Pred{{Start: 0, End: 11, Label: "", Raw: "MISC"}, {Start: 36, End: 39, Label: "", Raw: ""}},
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
		if got := nerrun.Label(in); got != want {
			t.Errorf("nerrun.Label(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every false positive and false negative lands in exactly one error
// pattern.
func TestDiagAccountsForEveryError(t *testing.T) {
	s := &Sentence{
		Tokens:   strings.Fields("President Zorbo Quill met Acme Bolt in Plimth and Glarbish fans ."),
		Gold:     []Span{{Start: 1, End: 3, Label: "PER"}, {Start: 4, End: 6, Label: "ORG"}, {Start: 7, End: 8, Label: "LOC"}},
		Excluded: []Span{{Start: 9, End: 10, Label: "MISC"}},
	}
	text, starts, ends := nerrun.JoinTokens(s.Tokens)
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

func TestTagSentence(t *testing.T) {
	taggers, err := loadTaggers("")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Maria Lindqvist talade i Göteborg .")
	// bytes: Maria 0-5, Lindqvist 6-15, talade 16-22, i 23-24, Göteborg 25-34
	got := tagSentence(taggers["sv"], nil, words)
	want := []Pred{{Start: 0, End: 15, Label: "PER", Raw: "PER"}, {Start: 25, End: 34, Label: "LOC", Raw: "LOC"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tagSentence = %+v, want %+v", got, want)
	}
}

func TestDumpSentence(t *testing.T) {
	s := &Sentence{
		Tokens:   strings.Fields("Zorbo Quill met Acme Bolt in Plimth and Glarbish fans ."),
		Gold:     []Span{{Start: 0, End: 2, Label: "PER"}, {Start: 3, End: 5, Label: "ORG"}, {Start: 6, End: 7, Label: "LOC"}},
		Excluded: []Span{{Start: 8, End: 9, Label: "MISC"}},
	}
	text, starts, ends := nerrun.JoinTokens(s.Tokens)
	pred := func(sub, label string) Pred {
		i := strings.Index(text, sub)
		return Pred{Start: i, End: i + len(sub), Label: label, Raw: label}
	}
	var b strings.Builder
	dumpSentence(&b, "set", 1, 2, s, starts, ends, []Pred{pred("Zorbo Quill", "PER"), pred("Acme Bolt", "LOC"), pred("Glarbish", "LOC")})
	want := "set doc 1 sent 2: " + text + "\n" +
		"  + LOC \"Acme Bolt\" (LOC)\n" +
		"  - ORG \"Acme Bolt\"\n" +
		"  - LOC \"Plimth\"\n"
	if b.String() != want {
		t.Errorf("dump =\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	dumpSentence(&b, "set", 1, 2, s, starts, ends, []Pred{pred("Zorbo Quill", "PER"), pred("Acme Bolt", "ORG"), pred("Plimth", "LOC")})
	if b.Len() != 0 {
		t.Errorf("a sentence without errors was dumped: %q", b.String())
	}
}
