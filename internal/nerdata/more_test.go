package nerdata

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestMoreReaders(t *testing.T) {
	tests := []struct {
		name string
		read func(string) ([]Document, error)
		in   string
		want []string
	}{
		{"WNUT types mapped, tab-only separator", func(s string) ([]Document, error) { return ReadWNUT(strings.NewReader(s)) },
			"@zorbo\tO\nZorbo\tB-person\nQuill\tI-person\nat\tO\nAcme\tB-corporation\n\t\nThe\tB-group\nQuills\tI-group\nin\tO\nPlimth\tB-location\n\n" +
				"Glarb\tB-product\n2\tI-product\nand\tO\nSong\tB-creative-work\n",
			[]string{
				"wnut-1: @zorbo_Zorbo_Quill_at_Acme gold=PER[1,3),ORG[4,5) excl=",
				"wnut-2: The_Quills_in_Plimth gold=ORG[0,2),LOC[3,4) excl=",
				"wnut-3: Glarb_2_and_Song gold= excl=product[0,2),creative-work[3,4)",
			}},
		{"BTC empty tokens and a token holding a line break", func(s string) ([]Document, error) { return ReadBTC(strings.NewReader(s)) },
			"RT\tO\n\tO\nZorbo\tB-PER\n \n\tO\nin\tO\nPlimth\tB-LOC\n\nAcme\tB-ORG\n\tI-ORG\nBolt\tI-ORG\n",
			[]string{
				"btc-1: RT_Zorbo_in_Plimth gold=PER[1,2),LOC[3,4) excl=",
				"btc-2: Acme___Bolt gold=ORG[0,3) excl=",
			}},
		{"wikigold IO with articles", func(s string) ([]Document, error) { return ReadWikigold(strings.NewReader(s)) },
			"Zorbo I-PER\nQuill I-PER\nof O\nAcme I-ORG\nBolt I-ORG\n. O\n\nGlarbish I-MISC\n\n-DOCSTART- O\n\nPlimth I-LOC\n",
			[]string{
				"wikigold-1: Zorbo_Quill_of_Acme_Bolt_. gold=PER[0,2),ORG[3,5) excl=",
				"wikigold-1: Glarbish gold= excl=MISC[0,1)",
				"wikigold-2: Plimth gold=LOC[0,1) excl=",
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

func TestMoreReaderErrors(t *testing.T) {
	if _, err := ReadWNUT(strings.NewReader("notab\n")); err == nil {
		t.Error("ReadWNUT: want error for a line without a tab")
	}
	if _, err := ReadWikigold(strings.NewReader("lonely\n")); err == nil {
		t.Error("ReadWikigold: want error for a line without a tag")
	}
}

func TestParts(t *testing.T) {
	docs := make([]Document, 30)
	for i := range docs {
		docs[i].ID = string(rune('a' + i))
	}
	ids := func(ds []Document) string {
		var b strings.Builder
		for _, d := range ds {
			b.WriteString(d.ID)
		}
		return b.String()
	}
	if got := ids(SelectPart(docs, WikigoldPart, Test)); got != "jt"+string(rune('a'+29)) {
		t.Errorf("wikigold test = %q", got)
	}
	if got := ids(SelectPart(docs, WikigoldPart, Dev)); got != "is"+string(rune('a'+28)) {
		t.Errorf("wikigold dev = %q", got)
	}
	if got := len(SelectPart(docs, WikigoldPart, Train)); got != 24 {
		t.Errorf("wikigold train = %d documents, want 24", got)
	}
	if got := ids(SelectPart(docs[:6], EWTDevPart, Dev)); got != "bdf" {
		t.Errorf("ewt dev = %q", got)
	}
}

func TestSelectEWT(t *testing.T) {
	docs := []Document{{ID: "answers-1"}, {ID: "answers-2"}, {ID: "email-1"}, {ID: "reviews-1"}, {ID: "reviews-2"}, {ID: "weblog-1"}}
	ids := func(ds []Document) string {
		var out []string
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct {
		split      string
		dev, train string
	}{
		{"odd", "answers-2 reviews-1 weblog-1", "answers-1 email-1 reviews-2"},
		{"", "answers-2 reviews-1 weblog-1", "answers-1 email-1 reviews-2"},
		{"first-half", "answers-1 answers-2 email-1", "reviews-1 reviews-2 weblog-1"},
		{"second-half", "reviews-1 reviews-2 weblog-1", "answers-1 answers-2 email-1"},
		{"genre:reviews", "reviews-1 reviews-2", "answers-1 answers-2 email-1 weblog-1"},
	} {
		dev, err := SelectEWT(docs, tt.split, Dev)
		if err != nil {
			t.Fatal(err)
		}
		train, _ := SelectEWT(docs, tt.split, Train)
		if ids(dev) != tt.dev || ids(train) != tt.train {
			t.Errorf("%q: dev %q train %q, want %q and %q", tt.split, ids(dev), ids(train), tt.dev, tt.train)
		}
	}
	for _, bad := range []string{"even", "genre:", "half"} {
		if _, err := SelectEWT(docs, bad, Dev); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestSharedCounts checks the readers against the counts that
// shared/data/README.md gives (skipped when the data is missing).
func TestSharedCounts(t *testing.T) {
	tests := []struct {
		path        string
		read        func(*os.File) ([]Document, error)
		sents, gold int
	}{
		{"wnut17/emerging.test.annotated", func(f *os.File) ([]Document, error) { return ReadWNUT(f) }, 1287, 429 + 165 + 150 + 66},
		{"wnut17/wnut17train.conll", func(f *os.File) ([]Document, error) { return ReadWNUT(f) }, 3394, 660 + 548 + 264 + 221},
		{"btc/train_dev_test_conll/btc.test", func(f *os.File) ([]Document, error) { return ReadBTC(f) }, 2000, 2650 + 1090 + 636},
		{"wikigold/wikigold.conll.txt", func(f *os.File) ([]Document, error) { return ReadWikigold(f) }, 1696, 1014 + 934 + 898},
	}
	for _, tt := range tests {
		f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", tt.path))
		if err != nil {
			t.Skipf("shared data missing: %v", err)
		}
		docs, err := tt.read(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sents, gold := 0, 0
		for _, d := range docs {
			sents += len(d.Sents)
			for _, s := range d.Sents {
				gold += len(s.Gold)
			}
		}
		if sents != tt.sents || gold != tt.gold {
			t.Errorf("%s: %d sentences, %d PER/LOC/ORG entities; want %d, %d", tt.path, sents, gold, tt.sents, tt.gold)
		}
	}
}

// FuzzReaders feeds arbitrary text to the readers of the newer corpora:
// none may panic, and every span lies inside its sentence.
func FuzzReaders(f *testing.F) {
	f.Add("Zorbo\tB-person\n\t\nAcme\tI-group\n")
	f.Add(" \n\tO\nZorbo\tB-PER\n\n")
	f.Add("-DOCSTART- O\n\nZorbo I-PER\n")
	f.Fuzz(func(t *testing.T, in string) {
		for _, read := range []func(string) ([]Document, error){
			func(s string) ([]Document, error) { return ReadWNUT(strings.NewReader(s)) },
			func(s string) ([]Document, error) { return ReadBTC(strings.NewReader(s)) },
			func(s string) ([]Document, error) { return ReadWikigold(strings.NewReader(s)) },
		} {
			docs, _ := read(in)
			for _, d := range docs {
				for _, s := range d.Sents {
					for _, sp := range append(append([]TokenSpan(nil), s.Gold...), s.Excluded...) {
						if sp.Start < 0 || sp.End > len(s.Tokens) || sp.Start >= sp.End {
							t.Fatalf("span %v outside %d tokens", sp, len(s.Tokens))
						}
					}
				}
			}
		}
	})
}
