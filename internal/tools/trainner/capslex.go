package main

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

// capsOptions are the thresholds of -capslex: a word is listed when the
// news capitalises it mid-sentence minUses times or more and more often
// than it writes it in lower case there.
var capsOptions = struct{ minUses int }{2}

const capsHeader = `# Words the unlabelled news capitalises (generated, do not edit: go run ./internal/tools/trainner -capslex FILE; make names-lexicon): words of letters (a hyphen or an apostrophe inside) that the news of news-throughput the English tagger trains beside (BBC sport, business and politics, all of Reuters-21578; never BBC entertainment or tech) writes capitalised %d times or more in the middle of a sentence, outside headlines, and more often than in lower case there; lower case. A name test kept apart from the English tagger's casing lexicon, which has read web text that capitalises words for emphasis ("Luckily", "Crap").
# lang: en
`

// writeCapsFile writes the lexicon file of news_capitalised_words
// (o.capslex).
func writeCapsFile(o options) error {
	lx := lexicon.Default()
	reuters, err := reutersDirs(o.data)
	if err != nil {
		return err
	}
	dirs := append(slices.Clone(newsDirs), reuters...)
	news, err := readNewsCorpus(lx, o.data, dirs, math.MaxInt)
	if err != nil {
		return err
	}
	words := newsCapitalisedWords(news.docs(dirs, math.MaxInt), capsOptions.minUses)
	header := fmt.Sprintf(capsHeader, capsOptions.minUses)
	return writeLexiconFile(filepath.Dir(o.capslex), filepath.Base(o.capslex), header, words)
}

// newsCapitalisedWords returns, sorted and in lower case, the words docs
// capitalise mid-sentence minUses times or more and more often than they
// write them in lower case there.
func newsCapitalisedWords(docs []nerdata.Document, minUses int) []string {
	lower, capped := map[string]int{}, map[string]int{}
	eachMidWord(docs, true, func(_ int, toks []string, i int) {
		w := toks[i]
		if !plainWord(w) {
			return
		}
		switch l := strings.ToLower(w); {
		case l == w:
			lower[l]++
		case strings.ToUpper(w[:1])+l[1:] == w:
			capped[l]++
		}
	})
	var out []string
	for w, n := range capped {
		if n >= minUses && n > lower[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// plainWord reports a word of two ASCII letters or more, a hyphen or an
// apostrophe allowed inside ("Coca-Cola").
func plainWord(w string) bool {
	if len(w) < 2 || !unicode.IsLetter(rune(w[0])) || !unicode.IsLetter(rune(w[len(w)-1])) {
		return false
	}
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}
