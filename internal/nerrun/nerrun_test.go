package nerrun

import (
	"slices"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

func TestIOB2(t *testing.T) {
	toks := []string{"Ann", "Lee", "joined", "Acme", "Corp", "in", "Oslo", "."}
	// Offsets in "Ann Lee joined Acme Corp in Oslo ."
	tests := []struct {
		name  string
		preds []Pred
		want  []string
	}{
		{"none", nil, []string{"O", "O", "O", "O", "O", "O", "O", "O"}},
		{"spans", []Pred{{Start: 0, End: 7, Label: "PER"}, {Start: 15, End: 24, Label: "ORG"}, {Start: 28, End: 32, Label: "LOC"}},
			[]string{"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"}},
		{"untyped skipped", []Pred{{Start: 0, End: 7, Label: ""}}, []string{"O", "O", "O", "O", "O", "O", "O", "O"}},
		{"off token boundaries skipped", []Pred{{Start: 1, End: 7, Label: "PER"}, {Start: 15, End: 22, Label: "ORG"}},
			[]string{"O", "O", "O", "O", "O", "O", "O", "O"}},
		{"overlap keeps the first", []Pred{{Start: 15, End: 24, Label: "ORG"}, {Start: 20, End: 24, Label: "LOC"}},
			[]string{"O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IOB2(&nerdata.Sentence{Tokens: toks}, tt.preds); !slices.Equal(got, tt.want) {
				t.Errorf("IOB2 = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTokenSpan(t *testing.T) {
	text, starts, ends := JoinTokens([]string{"New", "York", "Times"})
	if text != "New York Times" {
		t.Fatalf("JoinTokens text = %q", text)
	}
	tests := []struct {
		s, e, i, j int
		ok         bool
	}{
		{0, 8, 0, 2, true},
		{4, 14, 1, 3, true},
		{0, 3, 0, 1, true},
		{1, 8, 0, 0, false},
		{0, 7, 0, 0, false},
		{4, 4, 0, 0, false},
	}
	for _, tt := range tests {
		i, j, ok := TokenSpan(starts, ends, tt.s, tt.e)
		if ok != tt.ok || ok && (i != tt.i || j != tt.j) {
			t.Errorf("TokenSpan(%d, %d) = %d, %d, %v; want %d, %d, %v", tt.s, tt.e, i, j, ok, tt.i, tt.j, tt.ok)
		}
	}
}

func TestLabel(t *testing.T) {
	for in, want := range map[string]string{"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "MISC": "", "": ""} {
		if got := Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSentenceText(t *testing.T) {
	tests := []struct {
		name, text string
		toks       []string
		want       string
		wantStarts []int
	}{
		{"own text", "Zorbo's shop in Plimth-Ost.", []string{"Zorbo", "'s", "shop", "in", "Plimth", "-", "Ost", "."},
			"Zorbo's shop in Plimth-Ost.", []int{0, 5, 8, 13, 16, 22, 23, 26}},
		{"no own text", "", []string{"Ann", "Lee"}, "Ann Lee", []int{0, 4}},
		{"a token not in the text", "Ann Le", []string{"Ann", "Lee"}, "Ann Lee", []int{0, 4}},
		{"words between tokens", "Ann and Lee", []string{"Ann", "Lee"}, "Ann Lee", []int{0, 4}},
		{"line break", "Ann\nLee", []string{"Ann", "Lee"}, "Ann Lee", []int{0, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, starts, ends := SentenceText(&nerdata.Sentence{Tokens: tt.toks, Text: tt.text})
			if text != tt.want || !slices.Equal(starts, tt.wantStarts) {
				t.Fatalf("SentenceText = %q %v, want %q %v", text, starts, tt.want, tt.wantStarts)
			}
			for i, tok := range tt.toks {
				if text[starts[i]:ends[i]] != tok {
					t.Errorf("token %d = %q, want %q", i, text[starts[i]:ends[i]], tok)
				}
			}
		})
	}
}
