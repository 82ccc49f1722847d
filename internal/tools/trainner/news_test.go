package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
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

func TestEachMidWord(t *testing.T) {
	docs := []nerdata.Document{
		{Sents: []nerdata.Sentence{{Tokens: strings.Fields("Ada met Bo .")}, {Tokens: strings.Fields("QUORVEX SHARES RISE")}}},
		{Sents: []nerdata.Sentence{{Tokens: []string{"Alone"}}, {Tokens: strings.Fields("Then Cy left")}}},
	}
	walk := func(skipHeadlines bool) string {
		var got []string
		eachMidWord(docs, skipHeadlines, func(d int, toks []string, i int) {
			got = append(got, fmt.Sprintf("%d:%s<%s", d, toks[i], toks[i-1]))
		})
		return strings.Join(got, " ")
	}
	// Every word but the first of its sentence, with its document and
	// its neighbours; a headline left out on demand.
	if got, want := walk(false), "0:met<Ada 0:Bo<met 0:.<Bo 0:SHARES<QUORVEX 0:RISE<SHARES 1:Cy<Then 1:left<Cy"; got != want {
		t.Errorf("eachMidWord = %q, want %q", got, want)
	}
	if got, want := walk(true), "0:met<Ada 0:Bo<met 0:.<Bo 1:Cy<Then 1:left<Cy"; got != want {
		t.Errorf("eachMidWord skipping headlines = %q, want %q", got, want)
	}
}

func TestNewsCorpus(t *testing.T) {
	data := t.TempDir()
	for dir, bodies := range map[string][]string{
		"one": {"Ada met Bo. Bo left.", "", "Cy spoke. Di spoke. Ed spoke."},
		"two": {"Fay rang."},
	} {
		if err := os.MkdirAll(filepath.Join(data, "news-throughput", dir), 0o755); err != nil {
			t.Fatal(err)
		}
		for i, b := range bodies {
			if err := os.WriteFile(filepath.Join(data, "news-throughput", dir, fmt.Sprintf("%d.txt", i)), []byte(b), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	lx := lexicon.Default()
	all, err := readNewsCorpus(lx, data, []string{"one", "two"}, math.MaxInt)
	if err != nil {
		t.Fatal(err)
	}
	sizes := func(docs []nerdata.Document) string {
		var out []string
		for _, d := range docs {
			out = append(out, fmt.Sprintf("%s:%d", d.ID, len(d.Sents)))
		}
		return strings.Join(out, " ")
	}
	// The first n sentences, the last article cut; the empty one left out.
	for _, tt := range []struct {
		dirs []string
		n    int
		want string
	}{
		{[]string{"one", "two"}, math.MaxInt, "one/0.txt:2 one/2.txt:3 two/0.txt:1"},
		{[]string{"one", "two"}, 4, "one/0.txt:2 one/2.txt:2"},
		{[]string{"two"}, math.MaxInt, "two/0.txt:1"},
		{[]string{"one"}, 0, ""},
	} {
		if got := sizes(all.docs(tt.dirs, tt.n)); got != tt.want {
			t.Errorf("docs(%v, %d) = %q, want %q", tt.dirs, tt.n, got, tt.want)
		}
	}
	// Reading up to n sentences stops after the article that reaches n.
	some, err := readNewsCorpus(lx, data, []string{"one", "two"}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sizes(some.docs([]string{"one", "two"}, math.MaxInt)), "one/0.txt:2 one/2.txt:3"; got != want {
		t.Errorf("read up to 3 sentences: %q, want %q", got, want)
	}
	if got, want := sizes(some.docs([]string{"one", "two"}, 3)), sizes(all.docs([]string{"one", "two"}, 3)); got != want {
		t.Errorf("first 3 sentences of a short read %q, of a full read %q", got, want)
	}
}
