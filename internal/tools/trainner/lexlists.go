package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

// typedHeader is the head of a generated lexicon file of whole names
// learnt with one type from the labelled data; %s is the type's noun, %s
// its label.
const typedHeader = `# Whole names of %s, learnt from labelled data (generated, do not edit: go run ./internal/tools/trainner -typedlex DIR): names labelled %s in the English training sets (WikiANN en train, WNUT-17 train, BTC train, wikigold's train part, the even documents of UNER en_ewt dev; never CoNLL-2003 or a dev or test part) in %d documents or more and at least %d%% of their labelled uses, of %d letters or more; a one-word name is also capitalised mid-sentence outside a name at most as often as inside one, and written in lower case at most a fifth of the times the unlabelled news of news-throughput and those sets write it mid-sentence. Known places, given names, learnt person-name words and the lexicon's party names are left out.
# lang: en
`

// typedLists are the generated files: the label they learn and the file
// name under the lexicon's data folder.
var typedLists = []struct{ label, noun, file string }{
	{"LOC", "places", "places/places_learned.txt"},
	{"ORG", "organisations", "organisations/orgs_learned.txt"},
}

// typedCounts holds what the training sets say of one lower-cased name.
type typedCounts struct {
	labels map[string]int // labelled uses per label
	docs   map[string]int // documents per label
	capO   int            // one word: capitalised uses mid-sentence outside any name
	lower  int            // one word: lower-case uses mid-sentence
	mid    int            // one word: uses mid-sentence in the news
}

// typedOptions are the thresholds of the learnt whole names.
type typedOptions struct {
	minDocs    int
	minShare   float64
	maxLower   float64
	minLetters int
}

var defaultTypedOptions = typedOptions{minDocs: 2, minShare: 0.8, maxLower: 0.2, minLetters: 3}

// nameKey is the lexicon form of a name's tokens: lower case, one space
// between words, no space around a hyphen ("al - qaeda" -> "al-qaeda"),
// or "" when a token is no word of a name (brackets, digits alone, URLs).
func nameKey(toks []string) string {
	var b strings.Builder
	for i, t := range toks {
		if t == "-" {
			b.WriteString("-")
			continue
		}
		if !nameToken(t) {
			return ""
		}
		if i > 0 && toks[i-1] != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(t))
	}
	return b.String()
}

// nameToken reports a token of letters, with full stops, apostrophes,
// ampersands or hyphens inside ("St.", "O'Neill", "AT&T").
func nameToken(t string) bool {
	letters := 0
	for _, c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 0x7f && unicode.IsLetter(c):
			letters++
		case c == '.' || c == '\'' || c == '&' || c == '-' || c == '’':
		default:
			return false
		}
	}
	return letters > 0
}

// countTyped counts, for every labelled name of docs, its uses and
// documents per label, and, for one-word names, their capitalised uses
// outside names and lower-case uses mid-sentence.
func countTyped(docs []nerdata.Document, counts map[string]*typedCounts) {
	get := func(k string) *typedCounts {
		c := counts[k]
		if c == nil {
			c = &typedCounts{labels: map[string]int{}, docs: map[string]int{}}
			counts[k] = c
		}
		return c
	}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, s := range d.Sents {
			for _, g := range s.Gold {
				if g.Start < 0 || g.End > len(s.Tokens) || g.Start >= g.End {
					continue
				}
				k := nameKey(s.Tokens[g.Start:g.End])
				if k == "" {
					continue
				}
				c := get(k)
				c.labels[g.Label]++
				if dk := g.Label + "\x00" + k; !seen[dk] {
					seen[dk] = true
					c.docs[g.Label]++
				}
			}
		}
	}
	for _, d := range docs {
		for _, s := range d.Sents {
			in, _ := nameLabels(s)
			for i := 1; i < len(s.Tokens); i++ {
				c := counts[strings.ToLower(s.Tokens[i])]
				if c == nil || in[i] != "" {
					continue
				}
				if hasUpper(s.Tokens[i]) {
					c.capO++
				} else {
					c.lower++
				}
			}
		}
	}
}

// countTypedNews adds the one-word names' mid-sentence uses in the
// unlabelled news, and their lower-case ones.
func countTypedNews(news []nerdata.Document, counts map[string]*typedCounts) {
	eachMidWord(news, false, func(_ int, toks []string, i int) {
		c := counts[strings.ToLower(toks[i])]
		if c == nil {
			return
		}
		c.mid++
		if !hasUpper(toks[i]) {
			c.lower++
		}
	})
}

// typedNames returns the sorted names learnt with label, less those
// known as places or people.
func typedNames(lx *lexicon.Lexicon, counts map[string]*typedCounts, label string, o typedOptions) []string {
	var out []string
	for k, c := range counts {
		total := 0
		for _, n := range c.labels {
			total += n
		}
		n := c.labels[label]
		if c.docs[label] < o.minDocs || float64(n) < o.minShare*float64(total) || letterCount(k) < o.minLetters {
			continue
		}
		if !strings.Contains(k, " ") {
			if c.capO > n || float64(c.lower) > o.maxLower*float64(c.mid+c.capO+total) {
				continue
			}
		}
		if lx.IsPlace(k) || lx.IsPersonNameWord(k) ||
			lx.Has(lexicon.PartyWords, k) || lx.Has(lexicon.PartyPluralNames, k) {
			continue
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n
}

// writeTypedFiles writes the -typedlex files under dir (the lexicon's
// data folder): the whole names learnt from the training sets and the
// news (places_learned, orgs_learned), then the company names and the
// dateline places learnt from the Reuters news (orgs_learned_news,
// places_learned_news), each leaving out the organisations this run has
// learnt before it. The news is read once for all of them.
func writeTypedFiles(o options) error {
	lx := trainLex()
	counts := map[string]*typedCounts{}
	if err := eachTrainSet(o, func(docs []nerdata.Document) { countTyped(docs, counts) }); err != nil {
		return err
	}
	reuters, err := reutersDirs(o.data)
	if err != nil {
		return err
	}
	news, err := readNewsCorpus(lx, o.data, append(slices.Clone(newsDirs), reuters...), math.MaxInt)
	if err != nil {
		return err
	}
	countTypedNews(news.docs(newsDirs, math.MaxInt), counts)
	opt := defaultTypedOptions
	orgs := map[string]bool{}
	for _, l := range typedLists {
		header := fmt.Sprintf(typedHeader, l.noun, l.label, opt.minDocs, int(opt.minShare*100), opt.minLetters)
		names := typedNames(lx, counts, l.label, opt)
		if err := writeLexiconFile(o.typedlex, l.file, header, names); err != nil {
			return fmt.Errorf("write learnt %s: %w", l.noun, err)
		}
		if l.label == "ORG" {
			addAll(orgs, names)
		}
	}
	newsOrgs, err := writeNewsOrgFile(lx, news.docs(reuters, math.MaxInt), o.typedlex, orgs)
	if err != nil {
		return err
	}
	addAll(orgs, newsOrgs)
	return writeNewsPlaceFile(lx, news, reuters, o.typedlex, counts, orgs)
}

// addAll adds the words to set.
func addAll(set map[string]bool, words []string) {
	for _, w := range words {
		set[w] = true
	}
}

// writeLexiconFile writes a generated lexicon file, file under the
// lexicon data folder dir: its header, then one entry per line.
func writeLexiconFile(dir, file, header string, entries []string) error {
	var b strings.Builder
	b.WriteString(header)
	for _, k := range entries {
		b.WriteString(k)
		b.WriteByte('\n')
	}
	return os.WriteFile(strings.TrimSuffix(dir, "/")+"/"+file, []byte(b.String()), 0o644)
}
