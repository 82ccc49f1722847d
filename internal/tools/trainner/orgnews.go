package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

// newsOrgHeader is the head of the generated lexicon file of company
// names learnt from the unlabelled Reuters news; %d are the thresholds.
const newsOrgHeader = `# Company names learnt from unlabelled news (generated, do not edit: go run ./internal/tools/trainner -typedlex DIR): the capitalised words right before a company suffix (company_suffixes: "Quorvex Corp", "Tarnby Holdings Inc") in %d Reuters-21578 articles or more (news-throughput/reuters21578, 1987 newswire; never the BBC articles, which the project reads as real news), of %d letters or more; a one-word name is written in lower case at most %d%% of the times Reuters writes it mid-sentence, follows a place's preposition ("in", "at", place_prepositions; "in the") in at most %d%% of its capitalised uses and never a person's cue (a title, an honorific or a given name: "Mr Quill", "Ada Quill"), and at least %d%% of the articles that write it capitalised write a suffix after it ("Quorvex Pacific Corp" does not make "Pacific" a company). A run after "&", "and" or "of" after a capitalised word is not counted ("Quill & Lind Co", "Bank of Tarnby Corp"). Known places, demonyms, compass points, given names, learnt person-name words, organisation heads, the lexicon's party names and the names learnt from labelled data are left out.
# lang: en
`

// newsOrgCounts holds what the news says of one lower-cased name.
type newsOrgCounts struct {
	docs  int // articles where a company suffix follows it
	cap   int // one word: capitalised uses mid-sentence
	lower int // one word: lower-case uses mid-sentence
	place int // one word: capitalised uses after a place preposition
	cued  int // one word: capitalised uses after a person cue ("Mr", a given name)
	// capDocs counts the articles that write a one-word name capitalised
	// mid-sentence.
	capDocs int
}

// newsOrgOptions are the thresholds of the company names learnt from
// news.
type newsOrgOptions struct {
	minDocs    int
	minLetters int
	maxLower   float64
	maxPlace   float64
	minSuffix  float64 // one word: share of the articles writing it capitalised that write a suffix after it
}

var defaultNewsOrgOptions = newsOrgOptions{minDocs: 3, minLetters: 3, maxLower: 0.1, maxPlace: 0.1, minSuffix: 0.2}

// reutersDirs are the Reuters-21578 folders under news-throughput.
func reutersDirs(data string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(data, "news-throughput", "reuters21578"))
	if err != nil {
		return nil, fmt.Errorf("news: %w", err)
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, "reuters21578/"+e.Name())
		}
	}
	slices.Sort(dirs)
	return dirs, nil
}

// countSuffixNames counts, for every run of one to four capitalised words
// right before a company suffix, the articles that write it so.
func countSuffixNames(lx *lexicon.Lexicon, docs []nerdata.Document, counts map[string]*newsOrgCounts) {
	for _, d := range docs {
		seen := map[string]bool{}
		for _, s := range d.Sents {
			if upperSentence(s.Tokens) {
				continue
			}
			for i := 1; i < len(s.Tokens); i++ {
				if !lx.Has(lexicon.CompanySuffixes, strings.ToLower(strings.TrimSuffix(s.Tokens[i], "."))) {
					continue
				}
				first := i
				for first > 0 && i-first < 4 && nameWord(s.Tokens[first-1], 1) {
					first--
				}
				if first == i || first > 2 && (s.Tokens[first-1] == "&" || s.Tokens[first-1] == "and" || s.Tokens[first-1] == "of") && hasUpper(s.Tokens[first-2]) {
					continue // no name, or "Quill & Lind Co", "Bank of Tarnby Corp": its start is unknown
				}
				if first == 0 && lx.Has(lexicon.NerCommonInitial, strings.ToLower(s.Tokens[0])) {
					first++ // "The Quorvex Corp"
				}
				if first == i {
					continue
				}
				k := nameKey(s.Tokens[first:i])
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				c := counts[k]
				if c == nil {
					c = &newsOrgCounts{}
					counts[k] = c
				}
				c.docs++
			}
		}
	}
}

// countNewsOrgUses adds the one-word names' mid-sentence uses:
// capitalised, in lower case, and capitalised after a place preposition.
func countNewsOrgUses(lx *lexicon.Lexicon, docs []nerdata.Document, counts map[string]*newsOrgCounts) {
	capDoc := map[*newsOrgCounts]int{} // the last article counted in capDocs, plus one
	eachMidWord(docs, true, func(d int, toks []string, i int) {
		c := counts[strings.ToLower(toks[i])]
		if c == nil {
			return
		}
		if !hasUpper(toks[i]) {
			c.lower++
			return
		}
		c.cap++
		if capDoc[c] != d+1 {
			capDoc[c] = d + 1
			c.capDocs++
		}
		prev := strings.ToLower(toks[i-1])
		if lx.Has(lexicon.PlacePrepositions, prev) || prev == "the" && i > 1 && lx.Has(lexicon.PlacePrepositions, strings.ToLower(toks[i-2])) {
			c.place++
		}
		if lx.Has(lexicon.NerPersonWords, strings.TrimSuffix(prev, ".")) || lx.IsGivenName(prev) {
			c.cued++
		}
	})
}

// newsOrgNames returns the sorted names that pass the thresholds and are
// no place, demonym, person's name word, organisation head, party or
// organisation learnt from the labelled data (learnt: the list the same
// run has just computed, orgs_learned).
func newsOrgNames(lx *lexicon.Lexicon, counts map[string]*newsOrgCounts, o newsOrgOptions, learnt map[string]bool) []string {
	var out []string
	for k, c := range counts {
		if c.docs < o.minDocs || letterCount(k) < o.minLetters {
			continue
		}
		if !strings.Contains(k, " ") {
			mid := c.cap + c.lower
			if float64(c.lower) > o.maxLower*float64(mid) || float64(c.place) > o.maxPlace*float64(c.cap) || float64(c.docs) < o.minSuffix*float64(c.capDocs) {
				continue
			}
			if c.cued > 0 || lx.Has(lexicon.OrgHeads, k) || lx.Has(lexicon.CompanyHeads, k) || lx.IsDemonym(k) || lx.Has(lexicon.CompassPoints, k) {
				continue
			}
		}
		if lx.IsPlace(k) || lx.IsPersonNameWord(k) ||
			lx.Has(lexicon.PartyWords, k) || lx.Has(lexicon.PartyPluralNames, k) || learnt[k] {
			continue
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// writeNewsOrgFile writes organisations/orgs_learned_news.txt under dir,
// learnt from the Reuters articles docs, and returns its names.
func writeNewsOrgFile(lx *lexicon.Lexicon, docs []nerdata.Document, dir string, learnt map[string]bool) ([]string, error) {
	counts := map[string]*newsOrgCounts{}
	countSuffixNames(lx, docs, counts)
	countNewsOrgUses(lx, docs, counts)
	o := defaultNewsOrgOptions
	header := fmt.Sprintf(newsOrgHeader, o.minDocs, o.minLetters, int(o.maxLower*100), int(o.maxPlace*100), int(o.minSuffix*100))
	names := newsOrgNames(lx, counts, o, learnt)
	if err := writeLexiconFile(dir, "organisations/orgs_learned_news.txt", header, names); err != nil {
		return nil, fmt.Errorf("write learnt company names: %w", err)
	}
	return names, nil
}

// newsPlaceHeader is the head of the generated lexicon file of places
// learnt from the Reuters datelines; %d is the threshold.
const newsPlaceHeader = `# Places learnt from unlabelled news (generated, do not edit: go run ./internal/tools/trainner -typedlex DIR): the places that open the dateline of %d Reuters-21578 articles or more ("HARBOURTON, March 9 - ..."; news-throughput/reuters21578, 1987 newswire; never the BBC articles), lower case. Known places, given names, the organisations learnt and names the training sets label an organisation more often than a place are left out.
# lang: en
`

// datelinePlace matches a Reuters dateline's place: capitals up to the
// comma before the month and day.
var datelinePlace = regexp.MustCompile(`^([A-Z][A-Z.' -]*[A-Z.]), [A-Z][a-z]+\.? [0-9]{1,2} -`)

// datelineOf returns the place that opens a Reuters article's dateline
// (its first line after the title and a blank line), lower case, or "".
func datelineOf(text string) string {
	lines := strings.SplitN(text, "\n", 4)
	if len(lines) < 3 {
		return ""
	}
	m := datelinePlace.FindStringSubmatch(lines[2])
	if m == nil {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
}

// countDatelines counts, for every place that opens the dateline of an
// article of dirs, the articles.
func countDatelines(news *newsCorpus, dirs []string, counts map[string]int) {
	for _, dir := range dirs {
		for _, a := range news.dirs[dir] {
			if a.dateline != "" {
				counts[a.dateline]++
			}
		}
	}
}

// newsPlaceNames returns the sorted dateline places of minDocs articles
// or more that are no known place, given name or learnt organisation
// (orgs: those the same run has just learnt, orgs_learned and
// orgs_learned_news), nor labelled an organisation in the training sets
// more often than a place (typed: "United Nations", a dateline of its
// headquarters).
func newsPlaceNames(lx *lexicon.Lexicon, counts map[string]int, typed map[string]*typedCounts, orgs map[string]bool, minDocs int) []string {
	var out []string
	for k, n := range counts {
		if n < minDocs || letterCount(k) < 3 || lx.IsPlace(k) || lx.IsGivenName(k) || orgs[k] {
			continue
		}
		if c := typed[k]; c != nil && c.labels["ORG"] > c.labels["LOC"] {
			continue
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// writeNewsPlaceFile writes places/places_learned_news.txt under dir,
// learnt from the datelines of the Reuters articles of news (dirs), less
// the organisations orgs that the same run has learnt.
func writeNewsPlaceFile(lx *lexicon.Lexicon, news *newsCorpus, dirs []string, dir string, typed map[string]*typedCounts, orgs map[string]bool) error {
	counts := map[string]int{}
	countDatelines(news, dirs, counts)
	const minDocs = 2
	if err := writeLexiconFile(dir, "places/places_learned_news.txt", fmt.Sprintf(newsPlaceHeader, minDocs), newsPlaceNames(lx, counts, typed, orgs, minDocs)); err != nil {
		return fmt.Errorf("write learnt places: %w", err)
	}
	return nil
}
