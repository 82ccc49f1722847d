package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// givenLexHeader is the head of the generated lexicon file of learnt given
// names (its first line is the list's purpose, as every lexicon file's).
const givenLexHeader = `# Given names learnt from labelled data, of either sex (generated, do not edit: go run ./internal/tools/trainner -givenlex FILE): capitalised words (not all in capitals) opening person names of two words or more in the English training sets (WikiANN en train, WNUT-17 train, BTC train, wikigold's train part, the even documents of UNER en_ewt dev; never CoNLL-2003 or a dev or test part) twice or more in two documents or more, ending such a name at most a tenth as often, inside other names or capitalised outside names at most a tenth as often, in lower case at most a twentieth of their uses mid-sentence, no ordinary word of the English tagger's casing lexicon, and a word of person_names_learned (so written in lower case rarely in the news too). Known places, titles, the words of given_names_male and given_names_female and those of given_names_excluded (family names written first, as "Zhou Kehua", and the first words of works WikiANN labels as people) are left out; no pronoun gender comes from this list.
# lang: en
# subset-of: person_names_learned
`

// givenCounts holds what the training sets say of one lower-case word as
// a name's first word.
type givenCounts struct {
	firstDocs int // documents where the word opens a person's name of two words or more
	first     int // such uses
	last      int // uses as the last word of a person's name of two words or more
	single    int // one-word person names
	other     int // uses inside other names (places, organisations, MISC)
	capO      int // capitalised uses mid-sentence outside any name
	lower     int // lower-case uses mid-sentence
}

// givenOptions are the thresholds of the learnt given names (chosen on
// the dev parts with -givendev).
type givenOptions struct {
	minFirst   int     // uses opening a person's name of two words or more
	minDocs    int     // documents with such uses
	maxLast    float64 // largest share of last-word uses, against first-word uses
	maxOther   float64 // largest share of uses in other names or capitalised outside names, against first-word uses
	maxLower   float64 // largest share of lower-case uses among the mid-sentence uses
	minLetters int
}

var defaultGivenOptions = givenOptions{minFirst: 2, minDocs: 2, maxLast: 0.1, maxOther: 0.1, maxLower: 0.05, minLetters: 3}

// countGiven counts, for every word, its uses opening and ending person
// names of two words or more, as a one-word person name, inside other
// names, and capitalised or in lower case mid-sentence outside names.
func countGiven(docs []nerdata.Document, counts map[string]*givenCounts, minLetters int) {
	seen := docFirsts{doc: -1}
	eachLabelledWord(docs, minLetters, func(doc int, t string, u labelledUse, opens, closes bool) {
		if u == usePerson && strings.ToUpper(t) == t {
			return // "MIA": a name in capitals tells nothing of its casing
		}
		c := entry(counts, t)
		switch {
		case u == usePerson && opens && closes:
			c.single++
		case u == usePerson && opens:
			c.first++
			if seen.first(doc, t) {
				c.firstDocs++
			}
		case u == usePerson && closes:
			c.last++
		case u == useOther:
			c.other++
		case u == useCapOutside:
			c.capO++
		case u == useLower:
			c.lower++
		}
	})
}

// passes reports counts that meet the thresholds of o.
func (c *givenCounts) passes(o givenOptions) bool {
	mid := c.lower + c.capO + c.first + c.last + c.single + c.other
	return c.first >= o.minFirst && c.firstDocs >= o.minDocs && float64(c.last) <= o.maxLast*float64(c.first) &&
		float64(c.other+c.capO) <= o.maxOther*float64(c.first) && float64(c.lower) <= o.maxLower*float64(mid)
}

// givenNameWords returns the sorted words that pass the thresholds and
// are no known place, title or listed given name, no word of
// given_names_excluded (a family name written first, "Zhou Kehua"), nor
// a word the casing lexicon knows as ordinary (ordinary may be nil), and
// are learnt person-name words (person_names_learned, whose news casing
// they pass).
func givenNameWords(lx *lexicon.Lexicon, ordinary func(string) bool, counts map[string]*givenCounts, o givenOptions) []string {
	var out []string
	for w, c := range counts {
		if !c.passes(o) {
			continue
		}
		if ordinary != nil && ordinary(w) || !lx.Has(lexicon.PersonNamesLearned, w) {
			continue
		}
		if lx.IsPlace(w) || romanNumeral(w) || lx.Has(lexicon.NerPersonWords, w) || lx.Has(lexicon.NerRoyalTitles, w) || lx.Has(lexicon.PeerTitles, w) || lx.Has(lexicon.NameSuffixes, w) ||
			lx.Has(lexicon.NameParticles, w) || lx.IsGivenName(w) || lx.Has(lexicon.GivenNamesExcluded, w) {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// learnGivenNames counts the English training sets (the train parts only)
// and returns the words passing o.
func learnGivenNames(o options, g givenOptions) ([]string, error) {
	counts := map[string]*givenCounts{}
	if err := eachTrainSet(o, func(docs []nerdata.Document) { countGiven(docs, counts, g.minLetters) }); err != nil {
		return nil, err
	}
	english, err := nertag.English()
	if err != nil {
		return nil, err
	}
	return givenNameWords(trainLex(), english.Ordinary, counts, g), nil
}

// writeGivenFile writes the -givenlex file.
func writeGivenFile(o options) error {
	words, err := learnGivenNames(o, defaultGivenOptions)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(givenLexHeader)
	for _, w := range words {
		b.WriteString(w + "\n")
	}
	if err := os.WriteFile(o.givenlex, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write given-name lexicon: %w", err)
	}
	return nil
}

// givenDev prints, for thresholds around the defaults, how the learnt
// given names fare on the English dev parts (WikiANN en dev, the odd
// documents of UNER en_ewt dev, WNUT-17 dev, BTC dev, wikigold's dev
// tenth; never CoNLL-2003 or a test part): of their capitalised uses
// mid-sentence, how many open a person's name of two words or more
// (right), lie elsewhere in a person's name, or lie outside person names
// (wrong); and how many dev names of two words or more open with a
// listed or learnt given name.
func givenDev(w io.Writer, o options) error {
	counts := map[string]*givenCounts{}
	if err := eachTrainSet(o, func(docs []nerdata.Document) { countGiven(docs, counts, defaultGivenOptions.minLetters) }); err != nil {
		return err
	}
	english, err := nertag.English()
	if err != nil {
		return err
	}
	lx := trainLex()
	var dev []nerdata.Document
	for _, c := range []corpus{wikiDev, ewtDev, wnutDev, btcDev, wgDev} {
		docs, err := load(o.data, c)
		if err != nil {
			return err
		}
		dev = append(dev, docs...)
	}
	score := func(name string, words map[string]bool) {
		var right, inName, wrong, names, listed, learnt int
		var wrongWords []string
		for _, d := range dev {
			for _, s := range d.Sents {
				in, lead := nameLabels(s)
				for i, t := range s.Tokens {
					opens := in[i] == "PER" && lead[i] && (i == 0 || !lead[i-1]) && i+1 < len(lead) && lead[i+1]
					k := strings.ToLower(t)
					if opens {
						names++
						switch {
						case lx.IsGivenName(k):
							listed++
						case words[k]:
							learnt++
						}
					}
					if !words[k] || !nameWord(t, 1) {
						continue
					}
					switch {
					case opens:
						right++
					case in[i] == "PER":
						inName++
					default:
						wrong++
						wrongWords = append(wrongWords, t)
					}
				}
			}
		}
		fmt.Fprintf(w, "%-40s words %5d  opens %5d  inside %4d  outside %4d  precision %.3f (in a person %.3f)  names %d: listed %d, learnt %d more\n",
			name, len(words), right, inName, wrong, float64(right)/float64(max(1, right+inName+wrong)), float64(right+inName)/float64(max(1, right+inName+wrong)), names, listed, learnt)
		if len(wrongWords) > 0 && len(wrongWords) < 80 {
			fmt.Fprintf(w, "    outside: %s\n", strings.Join(wrongWords, " "))
		}
	}
	listedWords := map[string]bool{}
	for _, x := range append(lx.Words(lexicon.GivenNamesMale), lx.Words(lexicon.GivenNamesFemale)...) {
		listedWords[x] = true
	}
	score("given_names_male and _female", listedWords)
	for _, g := range []givenOptions{
		defaultGivenOptions,
		{minFirst: 3, minDocs: 2, maxLast: 0.1, maxOther: 0.1, maxLower: 0.05, minLetters: 3},
		{minFirst: 2, minDocs: 2, maxLast: 0.25, maxOther: 0.25, maxLower: 0.1, minLetters: 3},
		{minFirst: 3, minDocs: 2, maxLast: 0.25, maxOther: 0.25, maxLower: 0.1, minLetters: 3},
		{minFirst: 3, minDocs: 2, maxLast: 0, maxOther: 0, maxLower: 0.05, minLetters: 3},
		{minFirst: 4, minDocs: 3, maxLast: 0.1, maxOther: 0.1, maxLower: 0.05, minLetters: 3},
		{minFirst: 5, minDocs: 3, maxLast: 0.1, maxOther: 0.1, maxLower: 0.05, minLetters: 3},
		{minFirst: 3, minDocs: 2, maxLast: 0.34, maxOther: 0.34, maxLower: 0.2, minLetters: 3},
	} {
		words := map[string]bool{}
		for _, x := range givenNameWords(lx, english.Ordinary, counts, g) {
			words[x] = true
		}
		score(fmt.Sprintf("first>=%d docs>=%d last<=%.2f other<=%.2f lower<=%.2f", g.minFirst, g.minDocs, g.maxLast, g.maxOther, g.maxLower), words)
	}
	return nil
}
