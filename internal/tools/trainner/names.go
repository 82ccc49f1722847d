package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

// nameLexHeader is the head of the generated lexicon file of person-name
// words (its first line is the list's purpose, as every lexicon file's).
const nameLexHeader = `# Words that name people, learnt from labelled data (generated, do not edit: go run ./internal/tools/trainner -namelex FILE): capitalised words found inside person names of the English training sets (WikiANN en train, WNUT-17 train, BTC train, wikigold's train part, the even documents of UNER en_ewt dev; never CoNLL-2003 or a dev or test part) in two documents or more and at least 80% of their labelled uses in person names, or opening a person's name of two words or more and never used in another name nor capitalised outside one, and written in lower case at most a fifth of the times the unlabelled news of news-throughput and those sets write them mid-sentence; or ending a name after a person cue (an honorific, a title or a given name: "Mr Dole", "Robert Dole") in two news articles or more, in at least a fifth of the news' capitalised uses. Known places, titles and the words of given_names_male and given_names_female are left out.
# lang: en
`

// nameCounts holds what the training sets and the news say of one
// lower-case word.
type nameCounts struct {
	personDocs int // documents where the word is inside a person name
	person     int // uses inside person names
	given      int // uses as the first word of a person name of two words or more
	other      int // uses inside other names (places, organisations, MISC)
	capO       int // capitalised uses mid-sentence outside any name
	lower      int // lower-case uses mid-sentence (training sets and news)
	capNews    int // capitalised uses mid-sentence in the news
	cuedDocs   int // news articles where the word ends a name after a person cue
	cued       int // such uses
}

// nameOptions are the thresholds of the learnt person-name words.
type nameOptions struct {
	minDocs    int     // documents with the word inside a person name
	minShare   float64 // share of its labelled uses inside person names
	maxLower   float64 // largest share of lower-case uses mid-sentence
	minLetters int
	minCued    float64 // share of its capitalised uses in the news after a person cue
}

var defaultNameOptions = nameOptions{minDocs: 2, minShare: 0.8, maxLower: 0.2, minLetters: 3, minCued: 0.2}

// nameWord reports a token that may be a word of a name: letters, with
// an apostrophe or hyphen inside ("O'Neill", "Al-Sadr"), opening with a
// capital and not all in capitals unless two letters long.
func nameWord(t string, minLetters int) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(t) < minLetters {
		return false
	}
	prev := ' '
	for i, c := range t {
		if !unicode.IsLetter(c) && (c != '\'' && c != '-' && c != '’' || i == 0) {
			return false
		}
		// A capital inside the word only after "Mc", "Mac", an apostrophe
		// or a hyphen ("McCain", "O'Neill"; not "MathiasCormann").
		if i > 0 && unicode.IsUpper(c) && unicode.IsLower(prev) && t[:i] != "Mc" && t[:i] != "Mac" {
			return false
		}
		prev = c
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(last)
}

// labelledUse is how a labelled document uses a word.
type labelledUse int

const (
	usePerson     labelledUse = iota // a leading word of a person's name
	useOther                         // inside another name (place, organisation, MISC)
	useCapOutside                    // capitalised mid-sentence outside any name
	useLower                         // lower case mid-sentence outside any name
)

// eachLabelledWord calls use with every word of the labelled documents
// that is a leading word of a person's name (opens and closes tell
// whether it opens or ends that name), a name's word inside another
// name, or a word mid-sentence outside any name, capitalised or in lower
// case; doc is the document's index.
func eachLabelledWord(docs []nerdata.Document, minLetters int, use func(doc int, t string, u labelledUse, opens, closes bool)) {
	for di, d := range docs {
		for _, s := range d.Sents {
			in, lead := nameLabels(s)
			for i, t := range s.Tokens {
				switch {
				case in[i] == "PER" && lead[i] && nameWord(t, minLetters):
					use(di, t, usePerson, i == 0 || !lead[i-1], i+1 == len(lead) || !lead[i+1])
				case in[i] != "" && nameWord(t, minLetters):
					use(di, t, useOther, false, false)
				case in[i] == "" && i > 0 && nameWord(t, minLetters):
					use(di, t, useCapOutside, false, false)
				case in[i] == "" && i > 0 && !hasUpper(t):
					use(di, t, useLower, false, false)
				}
			}
		}
	}
}

// entry returns the counts of w's lower case, added when missing.
func entry[T any](counts map[string]*T, w string) *T {
	k := strings.ToLower(w)
	c := counts[k]
	if c == nil {
		c = new(T)
		counts[k] = c
	}
	return c
}

// docFirsts tells the first use of a word in each document.
type docFirsts struct {
	doc  int
	seen map[string]bool
}

// first reports the first call with t's lower case in document doc
// (documents come in order).
func (f *docFirsts) first(doc int, t string) bool {
	if doc != f.doc || f.seen == nil {
		f.doc, f.seen = doc, map[string]bool{}
	}
	k := strings.ToLower(t)
	if f.seen[k] {
		return false
	}
	f.seen[k] = true
	return true
}

// countNames counts, for every word, its uses inside person names and
// other names of the labelled documents, and its capitalised and
// lower-case uses mid-sentence.
func countNames(docs []nerdata.Document, counts map[string]*nameCounts, minLetters int) {
	seen := docFirsts{doc: -1}
	eachLabelledWord(docs, minLetters, func(doc int, t string, u labelledUse, opens, closes bool) {
		c := entry(counts, t)
		switch u {
		case usePerson:
			c.person++
			if opens && !closes {
				c.given++
			}
			if seen.first(doc, t) {
				c.personDocs++
			}
		case useOther:
			c.other++
		case useCapOutside:
			c.capO++
		case useLower:
			c.lower++
		}
	})
}

// nameLabels returns the label of the name each token of s is in ("" when
// none), and which tokens lead a person's name: a person's name counts up
// to its first word that is no name's word or initial, so not "Wessex" of
// "Earl of Wessex" nor "Baronet" of "John Smith , 1st Baronet".
func nameLabels(s nerdata.Sentence) (in []string, lead []bool) {
	in = make([]string, len(s.Tokens))
	lead = make([]bool, len(s.Tokens))
	for _, g := range append(slices.Clone(s.Gold), s.Excluded...) {
		for i := g.Start; i < g.End && i < len(in); i++ {
			in[i] = g.Label
		}
		for i := g.Start; g.Label == "PER" && i < g.End && i < len(in) && (nameWord(s.Tokens[i], 1) || initial(s.Tokens[i])); i++ {
			lead[i] = true
		}
	}
	return in, lead
}

// initial reports a capital letter and a full stop ("J.").
func initial(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && t[size:] == "."
}

// countNewsCasing adds the mid-sentence uses of the counted words in the
// unlabelled news, capitalised and in lower case.
func countNewsCasing(news []nerdata.Document, counts map[string]*nameCounts) {
	eachMidWord(news, false, func(_ int, toks []string, i int) {
		c := counts[strings.ToLower(toks[i])]
		if c == nil {
			return
		}
		if hasUpper(toks[i]) {
			c.capNews++
		} else {
			c.lower++
		}
	})
}

// countNewsCues counts the uses of words in the unlabelled news that end
// a run of capitalised words right after a person cue: an honorific or a
// title ("Mr Dole", "Senator Dole"), or a given name of the lexicon or of
// the labelled sets ("Robert Dole").
func countNewsCues(lx *lexicon.Lexicon, docs []nerdata.Document, counts map[string]*nameCounts, given func(string) bool, minLetters int) {
	cue := func(t string) bool {
		k := strings.ToLower(t)
		return nameWord(strings.TrimSuffix(t, "."), 2) && (lx.Has(lexicon.NerPersonWords, k) || lx.Has(lexicon.NerPersonWords, strings.TrimSuffix(k, "."))) ||
			nameWord(t, minLetters) && given(k)
	}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, s := range d.Sents {
			for i := 1; i < len(s.Tokens); i++ {
				t := s.Tokens[i]
				if !nameWord(t, minLetters) || !cue(s.Tokens[i-1]) || i+1 < len(s.Tokens) && hasUpper(s.Tokens[i+1]) && s.Tokens[i+1] != "'s" {
					continue
				}
				k := strings.ToLower(t)
				c := counts[k]
				if c == nil {
					c = &nameCounts{}
					counts[k] = c
				}
				c.cued++
				if !seen[k] {
					seen[k] = true
					c.cuedDocs++
				}
			}
		}
	}
}

// personNameWords returns the sorted words that pass the thresholds and
// are no known place.
func personNameWords(lx *lexicon.Lexicon, counts map[string]*nameCounts, o nameOptions) []string {
	var out []string
	for w, c := range counts {
		labelled := c.personDocs >= o.minDocs && float64(c.person) >= o.minShare*float64(c.person+c.other+c.capO) ||
			c.given > 0 && c.other == 0 && c.capO == 0 // a given name seen once, never in another name
		cued := c.cuedDocs >= o.minDocs && float64(c.cued) >= o.minCued*float64(c.capNews) && c.person >= c.other
		if !labelled && !cued {
			continue
		}
		if mid := c.lower + c.capNews + c.capO + c.person + c.other; float64(c.lower) > o.maxLower*float64(mid) {
			continue
		}
		if lx.IsPlace(w) || romanNumeral(w) || lx.Has(lexicon.NerPersonWords, w) || lx.Has(lexicon.NerRoyalTitles, w) || lx.Has(lexicon.PeerTitles, w) || lx.Has(lexicon.NameSuffixes, w) ||
			lx.IsGivenName(w) {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// eachTrainSet calls use with the documents of each English training set
// that -extra keeps (the train parts only: WikiANN en train, UNER en_ewt
// dev's even documents, WNUT-17 train, BTC train, wikigold's train part).
func eachTrainSet(o options, use func([]nerdata.Document)) error {
	extra := extraTimes(o.extra)
	for _, c := range []struct {
		c    corpus
		name string
	}{{wikiTrain, "wikiann"}, {ewtTrain, "ewt"}, {wnutTrain, "wnut"}, {btcTrain, "btc"}, {wgTrain, "wikigold"}} {
		if extra[c.name] == 0 {
			continue
		}
		docs, err := load(o.data, c.c)
		if err != nil {
			return err
		}
		use(docs)
	}
	return nil
}

// writeNameLexicon writes the lexicon file of person-name words learnt
// from the English training sets (the train parts only) and the news.
func writeNameLexicon(w io.Writer, o options) error {
	lx := trainLex()
	counts := map[string]*nameCounts{}
	if err := eachTrainSet(o, func(docs []nerdata.Document) { countNames(docs, counts, defaultNameOptions.minLetters) }); err != nil {
		return err
	}
	corpus, err := readNewsCorpus(lx, o.data, newsDirs, math.MaxInt)
	if err != nil {
		return err
	}
	news := corpus.docs(newsDirs, math.MaxInt)
	countNewsCasing(news, counts)
	given := map[string]bool{}
	for w, c := range counts {
		if c.personDocs >= defaultNameOptions.minDocs && c.given >= 2*c.person/3 && c.other == 0 && !lx.IsPlace(w) {
			given[w] = true
		}
	}
	countNewsCues(lx, news, counts, func(w string) bool {
		return given[w] || lx.IsGivenName(w)
	}, defaultNameOptions.minLetters)
	words := personNameWords(lx, counts, defaultNameOptions)
	if _, err := io.WriteString(w, nameLexHeader); err != nil {
		return err
	}
	for _, word := range words {
		if _, err := fmt.Fprintln(w, word); err != nil {
			return err
		}
	}
	return nil
}

// writeNameFile writes the -namelex file.
func writeNameFile(o options) error {
	var b strings.Builder
	if err := writeNameLexicon(&b, o); err != nil {
		return err
	}
	if err := os.WriteFile(o.namelex, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write name lexicon: %w", err)
	}
	return nil
}

// romanNumeral reports a lower-case word of the letters of Roman numerals
// only ("xiv" of "Louis XIV").
func romanNumeral(w string) bool {
	return strings.Trim(w, "ivxlcdm") == ""
}
