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
// than it writes it in lower case there; a concept of closedSet entries
// or fewer is never included (TestNoOverlap's minOverlapSize).
var capsOptions = struct{ minUses, closedSet int }{2, 5}

const capsHeader = `# Words the unlabelled news capitalises (generated, do not edit: go run ./internal/tools/trainner -capslex FILE; make names-lexicon): words of letters (a hyphen or an apostrophe inside) that the news of news-throughput the English tagger trains beside (BBC sport, business and politics, all of Reuters-21578; never BBC entertainment or tech) writes capitalised %d times or more in the middle of a sentence, outside headlines, and more often than in lower case there, but for the words of the concepts it includes (those it would mostly repeat); lower case. A name test kept apart from the English tagger's casing lexicon, which has read web text that capitalises words for emphasis ("Luckily", "Crap").
# lang: en
`

// writeCapsFile writes the lexicon file of news_capitalised_words
// (o.capslex).
func writeCapsFile(o options) error {
	lx := trainLex()
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
	included := capsIncludes(lx, words)
	words = slices.DeleteFunc(words, func(w string) bool {
		for _, n := range included {
			if _, ok := lx.Set(n)[w]; ok {
				return true
			}
		}
		return false
	})
	header := fmt.Sprintf(capsHeader, capsOptions.minUses)
	if len(included) > 0 {
		names := make([]string, len(included))
		for i, n := range included {
			names[i] = string(n)
		}
		header += "# include: " + strings.Join(names, " ") + "\n"
	}
	return writeLexiconFile(filepath.Dir(o.capslex), filepath.Base(o.capslex), header, words)
}

// capsIncludes returns the other concepts of lx that share more than
// half of their own entries beyond function words with words (months,
// countries, given names ...), in lx's order: the list includes them
// and leaves their words out, so each word is listed once (the lexicon
// test TestNoOverlap measures overlap so).
func capsIncludes(lx *lexicon.Lexicon, words []string) []lexicon.Name {
	in := make(map[string]bool, len(words))
	for _, w := range words {
		in[w] = true
	}
	stop := lx.Set(lexicon.StopwordsEnSv)
	var out []lexicon.Name
	for _, n := range lx.Names() {
		if n == lexicon.NewsCapitalisedWords || n == lexicon.StopwordsEnSv {
			continue
		}
		own, shared := 0, 0
		for _, w := range lx.Concept(n).Own {
			if _, ok := stop[w]; ok {
				continue
			}
			own++
			if in[w] {
				shared++
			}
		}
		if own > capsOptions.closedSet && shared*2 > own {
			out = append(out, n)
		}
	}
	return out
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
