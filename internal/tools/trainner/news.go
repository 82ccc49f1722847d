package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

// newsDirs are the unlabelled English news folders under
// news-throughput, read in this order.
var newsDirs = []string{
	"bbc/sport", "bbc/business", "bbc/politics",
	"reuters21578/reut2-000", "reuters21578/reut2-001", "reuters21578/reut2-002",
	"reuters21578/reut2-003", "reuters21578/reut2-004", "reuters21578/reut2-005",
}

// newsCorpus is the unlabelled news of some folders of news-throughput,
// read once: each folder's articles in name order, tokenised into
// sentences, with the place that opens each one's dateline. The steps of
// a run take their parts of it (sentences, datelines), so no run reads an
// article twice.
type newsCorpus struct {
	dirs map[string][]newsArticle
}

// newsArticle is one article of the news: its sentences (Document.ID is
// its folder and file name) and its dateline's place ("" when none).
type newsArticle struct {
	doc      nerdata.Document
	dateline string
}

// readNewsCorpus reads the articles of dirs (under news-throughput) in
// order, stopping after the article that brings the sentences read to n
// (math.MaxInt: every article).
func readNewsCorpus(lx *lexicon.Lexicon, data string, dirs []string, n int) (*newsCorpus, error) {
	c := &newsCorpus{dirs: map[string][]newsArticle{}}
	read := 0
	for _, dir := range dirs {
		if read >= n {
			break
		}
		if _, ok := c.dirs[dir]; ok {
			continue
		}
		entries, err := os.ReadDir(filepath.Join(data, "news-throughput", dir))
		if err != nil {
			return nil, fmt.Errorf("news: %w", err)
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".txt") {
				names = append(names, e.Name())
			}
		}
		slices.Sort(names)
		arts := make([]newsArticle, 0, len(names))
		for _, name := range names {
			b, err := os.ReadFile(filepath.Join(data, "news-throughput", dir, name))
			if err != nil {
				return nil, fmt.Errorf("news: %w", err)
			}
			text := string(b)
			a := newsArticle{doc: nerdata.Document{ID: dir + "/" + name}, dateline: datelineOf(text)}
			for _, para := range paragraphs(text) {
				for _, s := range splitSentences(tokenise(lx, para)) {
					a.doc.Sents = append(a.doc.Sents, nerdata.Sentence{Tokens: s})
				}
			}
			arts = append(arts, a)
			if read += len(a.doc.Sents); read >= n {
				break
			}
		}
		c.dirs[dir] = arts
	}
	return c, nil
}

// docs returns the first n sentences of the articles of dirs, in order
// and grouped by article (the articles without a sentence left out).
// The documents share the corpus's sentences: they are read-only.
func (c *newsCorpus) docs(dirs []string, n int) []nerdata.Document {
	var out []nerdata.Document
	for _, dir := range dirs {
		for _, a := range c.dirs[dir] {
			if n <= 0 {
				return out
			}
			d := a.doc
			if len(d.Sents) == 0 {
				continue
			}
			if len(d.Sents) > n {
				d.Sents = d.Sents[:n:n]
			}
			out = append(out, d)
			n -= len(d.Sents)
		}
	}
	return out
}

// newsTokens returns the tokens of every sentence of docs, in order.
func newsTokens(docs []nerdata.Document) [][]string {
	var out [][]string
	for _, d := range docs {
		for _, s := range d.Sents {
			out = append(out, s.Tokens)
		}
	}
	return out
}

// eachMidWord calls fn with every word of docs that is not the first of
// its sentence: the index of its document in docs, its sentence's tokens
// and its index there. With skipHeadlines, sentences whose letters are
// all capitals are left out.
func eachMidWord(docs []nerdata.Document, skipHeadlines bool, fn func(doc int, toks []string, i int)) {
	for d := range docs {
		for _, s := range docs[d].Sents {
			if skipHeadlines && upperSentence(s.Tokens) {
				continue
			}
			for i := 1; i < len(s.Tokens); i++ {
				fn(d, s.Tokens, i)
			}
		}
	}
}

// upperSentence reports a sentence whose letters are all capitals (a
// headline).
func upperSentence(toks []string) bool {
	for _, t := range toks {
		if strings.ContainsFunc(t, unicode.IsLower) {
			return false
		}
	}
	return true
}

// paragraphs splits text on blank lines and on lines indented by spaces
// (Reuters-21578 marks paragraphs so).
func paragraphs(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "    ") {
			flush()
		}
		if t := strings.TrimSpace(line); t != "" {
			cur = append(cur, t)
		}
	}
	flush()
	return out
}

const (
	leadPunct  = "\"'([`"
	trailPunct = "\"')],;:!?"
)

// tokenise splits text into roughly Penn-Treebank-like tokens.
func tokenise(lx *lexicon.Lexicon, text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		for w != "" && strings.ContainsRune(leadPunct, rune(w[0])) {
			out = append(out, w[:1])
			w = w[1:]
		}
		var tail []string
		for w != "" {
			last := w[len(w)-1]
			if strings.IndexByte(trailPunct, last) >= 0 || last == '.' && !abbreviation(lx, w) {
				tail = append(tail, w[len(w)-1:])
				w = w[:len(w)-1]
				continue
			}
			break
		}
		if rest, ok := strings.CutSuffix(w, "'s"); ok && rest != "" {
			out = append(out, rest, "'s")
		} else if rest, ok := strings.CutSuffix(w, "n't"); ok && rest != "" {
			out = append(out, rest, "n't")
		} else if w != "" {
			out = append(out, w)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// abbreviation reports whether a word ending in "." keeps its dot: "U.S.",
// "J.", and a capitalised word the lexicon writes with a full stop (an
// honorific or a title: "Mr.", "Sen."), whose full stop belongs to a
// name ("Jr.", "Inc.": ner_kept_dots) or that abbreviates a month
// ("Sept.": month_abbreviations_en).
func abbreviation(lx *lexicon.Lexicon, w string) bool {
	core := strings.TrimSuffix(w, ".")
	if strings.Contains(core, ".") {
		return true
	}
	r, size := utf8.DecodeRuneInString(core)
	if !unicode.IsUpper(r) {
		return false
	}
	if size == len(core) {
		return true
	}
	if rest := core[size:]; rest != strings.ToLower(rest) {
		return false
	}
	lw := strings.ToLower(core)
	return lx.Has(lexicon.Honorifics, lw+".") || lx.Has(lexicon.PersonTitles, lw+".") ||
		lx.Has(lexicon.NerKeptDots, lw) || lx.Has(lexicon.MonthAbbreviationsEn, lw)
}

// splitSentences splits tokens after ".", "!" or "?" when the next token
// starts with an upper-case letter or a quote.
func splitSentences(toks []string) [][]string {
	var out [][]string
	startAt := 0
	for i, t := range toks {
		if (t == "." || t == "!" || t == "?") && i+1 < len(toks) {
			r, _ := utf8.DecodeRuneInString(toks[i+1])
			if unicode.IsUpper(r) || r == '"' {
				out = append(out, toks[startAt:i+1])
				startAt = i + 1
			}
		}
	}
	if startAt < len(toks) {
		out = append(out, toks[startAt:])
	}
	return out
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// partialLabels labels unlabelled news tokens that are surely outside any
// entity as O and leaves the rest "" (unknown): a token with no upper-case
// letter is O unless it lies between two capitalised tokens ("Bank of
// England"); a capitalised first token is O when the word is lower case
// (per lower) and the next token is not capitalised.
func partialLabels(toks []string, lower func(string) bool) []string {
	labels := make([]string, len(toks))
	for i, t := range toks {
		switch {
		case hasUpper(t):
			if i == 0 && lower(t) && (len(toks) == 1 || !hasUpper(toks[1])) {
				labels[i] = "O"
			}
		case i > 0 && i+1 < len(toks) && hasUpper(toks[i-1]) && hasUpper(toks[i+1]):
		default:
			labels[i] = "O"
		}
	}
	return labels
}

// lowerWords returns a predicate telling whether a word is written in
// lower case at least 90% of the times it is not first in a sentence.
func lowerWords(sents [][]string) func(string) bool {
	low, all := map[string]int{}, map[string]int{}
	for _, s := range sents {
		for _, t := range s[min(1, len(s)):] {
			k := strings.ToLower(t)
			all[k]++
			if !hasUpper(t) {
				low[k]++
			}
		}
	}
	return func(w string) bool {
		k := strings.ToLower(w)
		return all[k] >= 3 && low[k]*10 >= all[k]*9
	}
}

// noisy reports whether a WikiANN document has an entity holding a
// lower-case word that may not lie inside a name (trainner_name_glue), or
// a bracket or quote: such labels are usually titles of works, rare in
// news.
func noisy(lx *lexicon.Lexicon, d nerdata.Document) bool {
	for _, s := range d.Sents {
		for _, g := range s.Gold {
			for _, t := range s.Tokens[g.Start:g.End] {
				r, _ := utf8.DecodeRuneInString(t)
				if unicode.IsLower(r) && !lx.Has(lexicon.TrainnerNameGlue, t) || strings.ContainsAny(t, "()[]\"'`") && t != "'s" {
					return true
				}
			}
		}
	}
	return false
}
