package prosefast

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1/english"
)

var (
	loadOnce  sync.Once
	fastModel *Model
	proseM    *prose.Model
	loadErr   error
)

// models loads prosefast's and prose's default models once per test binary.
func models(t testing.TB) (*Model, *prose.Model) {
	t.Helper()
	loadOnce.Do(func() {
		fastModel, loadErr = Load()
		if loadErr != nil {
			return
		}
		var doc *prose.Document
		doc, loadErr = prose.NewDocument("", prose.WithSegmentation(false))
		if loadErr == nil {
			proseM = doc.Model
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return fastModel, proseM
}

// proseTokens is what the pipeline asked prose for before this package.
func proseTokens(t testing.TB, pm *prose.Model, text string) []prose.Token {
	t.Helper()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(pm))
	if err != nil {
		t.Fatal(err)
	}
	return doc.Tokens()
}

// comparison counts sentences compared, those that differ, and those that
// differ where prose's choice was a tie (either answer is prose's).
type comparison struct {
	sentences, tokens, differ, tied, fallback int
}

// compare annotates text both ways; a difference on a sentence without a
// tie fails the test.
func (c *comparison) compare(t *testing.T, m *Model, pm *prose.Model, text string) {
	t.Helper()
	want := proseTokens(t, pm, text)
	got, ties, err := m.annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	if texts, _, ok := m.pieces(text); !ok || !sameTexts(got, texts) {
		c.fallback++
		t.Errorf("%q: prose's tokenizer and pieces disagree: %q", text, texts)
	}
	c.sentences++
	c.tokens += len(got)
	same := len(got) == len(want)
	for i := 0; same && i < len(got); i++ {
		same = got[i] == want[i]
	}
	if same {
		return
	}
	c.differ++
	if ties > 0 {
		c.tied++
		return
	}
	t.Errorf("%q:\n got %v\nwant %v", text, got, want)
}

func TestAnnotateMatchesProse(t *testing.T) {
	m, pm := models(t)
	texts := []string{
		"",
		"Theresa May met Angela Merkel in Berlin on Tuesday.",
		"The U.S. Federal Reserve lifted its key rate to 5.5% in 2023 , up 0.25 percentage points .",
		"\"We won't stop,\" said Dr. Jane O'Neill-Smith, the CEO of Acme Corp. (NYSE: ACME).",
		"Email press@example.org or visit https://example.com/a-b?c=d for more :) ;-)",
		"BREAKING NEWS: LABOUR WINS IN LONDON AND MANCHESTER",
		"Ökonomen in Göteborg och Malmö sade att kronan föll 3,2 procent.",
		"-LRB- hello -RRB- * *T*-1 0 *-12 @user #tag $100 (well) [x] 'quoted'",
		"Mr. Smith-Jones, 45, of New York-based XYZ Ltd, e.g. the firm's co-founder, said so.",
		"They'll go; I'm sure you're right and he's wrong, aren't they? Yes!",
		"Café São Paulo naïve résumé — the end…",
		"8-) O.o xD ¯\\(ツ)/¯ (-_-) V_V",
		"1999 2000s 12th 3-2 1,000 -5 +7 1e6 NaN Inf infinity",
	}
	var c comparison
	for _, text := range texts {
		c.compare(t, m, pm, text)
		// Annotate, the exported path, gives the same tokens.
		got, err := m.Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		want := proseTokens(t, pm, text)
		if len(got) != len(want) {
			t.Errorf("Annotate(%q): %d tokens, prose %d", text, len(got), len(want))
		}
	}
	t.Logf("%d sentences, %d differ (%d on a tie)", c.sentences, c.differ, c.tied)
}

// TestAnnotateMatchesProseShared compares prose and this package on real
// text in ../shared read in place: the seeds always (when present); with
// PROSEFAST_FULL=1 also every BBC politics article and CoNLL-2003 dev
// (eng.testa), sentence by sentence.
func TestAnnotateMatchesProseShared(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared not present")
	}
	m, pm := models(t)
	seg, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	dirs := []string{filepath.Join(shared, "seeds")}
	full := os.Getenv("PROSEFAST_FULL") != ""
	if full {
		dirs = append(dirs, filepath.Join(shared, "data", "news-throughput", "bbc", "politics"))
	}
	var c comparison
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, para := range strings.Split(string(b), "\n") {
				for _, s := range seg.Tokenize(para) {
					if text := strings.TrimSpace(s.Text); text != "" {
						c.compare(t, m, pm, text)
					}
				}
			}
		}
	}
	if full {
		for _, text := range conllSentences(t, filepath.Join(shared, "data", "conll2003", "eng.testa")) {
			c.compare(t, m, pm, text)
		}
	}
	t.Logf("%d sentences, %d tokens, %d differ (%d on a tie), %d left to prose", c.sentences, c.tokens, c.differ, c.tied, c.fallback)
}

// conllSentences reads a CoNLL-2003 file's sentences as space-joined words.
func conllSentences(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no CoNLL file: %v", err)
	}
	defer f.Close()
	var out, words []string
	sc := bufio.NewScanner(f)
	flush := func() {
		if len(words) > 0 {
			out = append(out, strings.Join(words, " "))
		}
		words = words[:0]
	}
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			flush()
			continue
		}
		words = append(words, fields[0])
	}
	flush()
	return out
}

// TestWordListIsProses checks that words.gob, which this package reads
// for the en-wordlist feature, holds the words of prose's enWordList
// (words.go in the module cache).
func TestWordListIsProses(t *testing.T) {
	dir := proseDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "words.go"))
	if err != nil {
		t.Skipf("prose source not readable: %v", err)
	}
	m, _ := models(t)
	src := map[string]bool{}
	for _, part := range strings.Split(string(b), `"`)[1:] {
		if part != "" && !strings.ContainsAny(part, " ,\n\t{}") {
			src[part] = true
		}
	}
	if len(src) != len(m.classifier.basic) {
		t.Fatalf("words.go has %d words, words.gob %d", len(src), len(m.classifier.basic))
	}
	for w := range src {
		if !m.classifier.basic[w] {
			t.Errorf("%q is in words.go, not in words.gob", w)
		}
	}
}

// proseDir is prose's module directory, from GOMODCACHE.
func proseDir(t *testing.T) string {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		home, _ := os.UserHomeDir()
		cache = filepath.Join(home, "go", "pkg", "mod")
		if gp := os.Getenv("GOPATH"); gp != "" {
			cache = filepath.Join(strings.Split(gp, string(os.PathListSeparator))[0], "pkg", "mod")
		}
	}
	return filepath.Join(cache, "github.com", "jdkato", "prose", "v2@v2.0.0")
}

// TestShapeMatchesRegexp checks the byte test of shape against prose's
// two patterns on awkward words.
func TestShapeMatchesRegexp(t *testing.T) {
	for _, w := range []string{"a", "A", "Ab", "aB", "ab.", "a_", "_", "é", "aé", "É", "\xff", "a\xe2\x82", "x1", "1x", "--", "", "O'Neill", "McDONALD", "ÅSA", "ǅ"} {
		if got, want := shape(w), regexpShape(w); got != want {
			t.Errorf("shape(%q) = %q, prose's patterns %q", w, got, want)
		}
	}
}

// regexpShape is prose's shape (extract.go) as prose writes it.
func regexpShape(word string) string {
	if _, err := strconv.ParseFloat(word, 64); err == nil {
		return "number"
	} else if match, _ := regexp.MatchString(`\W+$`, word); match {
		return "punct"
	} else if match, _ := regexp.MatchString(`\w+$`, word); match {
		if strings.ToLower(word) == word {
			return "downcase"
		} else if strings.Title(word) == word {
			return "upcase"
		}
		return "mixedcase"
	}
	return "other"
}

// TestProseFallback checks the path taken if prose's tokenizer and
// pieces ever disagree: prose's own pipeline, its model loaded on demand.
func TestProseFallback(t *testing.T) {
	m, pm := models(t)
	text := "Theresa May met Angela Merkel in Berlin on Tuesday."
	got, err := m.proseTokens(text)
	if err != nil {
		t.Fatal(err)
	}
	want := proseTokens(t, pm, text)
	if len(got) != len(want) {
		t.Fatalf("fallback: %d tokens, prose %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("fallback token %d: %v, prose %v", i, got[i], want[i])
		}
	}
}

// TestAnnotateNoPanic checks that input on which prose's tokenizer panics
// gives an error, not a panic.
func TestAnnotateNoPanic(t *testing.T) {
	m, _ := models(t)
	if _, err := m.Annotate("The ȺȺȺ's party won."); err == nil {
		t.Error("Annotate: no error where prose's tokenizer panics")
	}
}
