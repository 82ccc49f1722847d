package main

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

func TestTokenise(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Mr. Smith's firm (Acme Corp.) said "no".`, `Mr. Smith 's firm ( Acme Corp. ) said " no " .`},
		{"The U.S. economy didn't grow, it fell.", "The U.S. economy did n't grow , it fell ."},
		{"Sen. Ada Quill of Tern Bros. spoke on Sept. 3. No. She left.", "Sen. Ada Quill of Tern Bros. spoke on Sept. 3 . No . She left ."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(tokenise(lexicon.Default(), tt.in), " "); got != tt.want {
			t.Errorf("tokenise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPartialLabels(t *testing.T) {
	lower := func(w string) bool { return strings.ToLower(w) == "the" }
	tests := []struct{ in, want string }{
		{"The Bank of England raised rates .", "_ _ _ _ O O O"},
		{"The rates rose in Paris .", "O O O O _ O"},
		{"Acme fell 3 % .", "_ O O O O"},
	}
	for _, tt := range tests {
		got := partialLabels(strings.Fields(tt.in), lower)
		for i := range got {
			if got[i] == "" {
				got[i] = "_"
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("partialLabels(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestNoisy(t *testing.T) {
	doc := func(toks string, sp nerdata.TokenSpan) nerdata.Document {
		return nerdata.Document{Sents: []nerdata.Sentence{{Tokens: strings.Fields(toks), Gold: []nerdata.TokenSpan{sp}}}}
	}
	tests := []struct {
		name string
		d    nerdata.Document
		want bool
	}{
		{"name with glue", doc("Bank of England", nerdata.TokenSpan{Start: 0, End: 3, Label: "ORG"}), false},
		{"name with a particle", doc("Tariq bin Walid", nerdata.TokenSpan{Start: 0, End: 3, Label: "PER"}), false},
		{"name with a lower-case word", doc("Songs for the lonely", nerdata.TokenSpan{Start: 0, End: 4, Label: "ORG"}), true},
		{"title of a work", doc("Live at Sin-é ( Legacy Edition )", nerdata.TokenSpan{Start: 0, End: 7, Label: "ORG"}), true},
		{"lower case outside the entity", doc("the Acme firm", nerdata.TokenSpan{Start: 1, End: 2, Label: "ORG"}), false},
	}
	for _, tt := range tests {
		if got := noisy(lexicon.Default(), tt.d); got != tt.want {
			t.Errorf("%s: noisy = %v, want %v", tt.name, got, tt.want)
		}
	}
}
