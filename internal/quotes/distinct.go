package quotes

import (
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Words two articles share link their quotes only when they are
// distinctive: a stock run ("hundreds of millions of dollars", "I didn't
// have a clue") turns up in unrelated articles, and a false link is worse
// than a missed one.

var infoDistinctive = info("distinctive-match", `Words shared across articles (a fragment of a quote, a quote in another's own voice, a conflict's words) link quotes only with two distinctive words: not function words, numbers or stock words and phrases ("hundreds of millions of dollars" links nothing).`)

// minDistinct is the fewest distinctive words shared words need.
const minDistinct = 2

// stockWords is the set of words that make no shared text distinctive:
// function words and stock words, normalised as normWords gives them
// (apostrophes dropped); stockPhrases the stock phrases' words.
type stockWords struct {
	words   map[string]bool
	phrases [][]string
}

func newStockWords(lx *lexicon.Lexicon) *stockWords {
	sw := &stockWords{words: map[string]bool{}}
	for _, n := range []lexicon.Name{lexicon.StopwordsEnSv, lexicon.QuoteStockWords} {
		for _, w := range lx.Words(n) {
			for _, t := range normalise(w).words {
				sw.words[t] = true
			}
		}
	}
	for _, p := range lx.Words(lexicon.QuoteStockPhrases) {
		if ws := normalise(p).words; len(ws) > 0 {
			sw.phrases = append(sw.phrases, ws)
		}
	}
	return sw
}

// distinctive reports whether words hold minDistinct distinctive words
// (or the pass is off).
func (mt *matcher) distinctive(words []string) bool {
	return !mt.on(infoDistinctive) || mt.distinctCount(words) >= minDistinct
}

// distinctCount counts the different words of words, outside stock
// phrases, that are neither stock words nor numbers.
func (mt *matcher) distinctCount(words []string) int {
	if mt.stock == nil {
		mt.stock = newStockWords(mt.lx)
	}
	covered := make([]bool, len(words))
	for _, p := range mt.stock.phrases {
		for i := indexWords(words, p, 0); i >= 0; i = indexWords(words, p, i+1) {
			for k := range p {
				covered[i+k] = true
			}
		}
	}
	seen := map[string]bool{}
	for i, w := range words {
		if covered[i] || mt.stock.words[w] || isNumberWord(w) || seen[w] {
			continue
		}
		seen[w] = true
	}
	return len(seen)
}

// isNumberWord reports a word of digits, maybe with a unit stuck to it
// ("35", "2005", "14mbps", "1st").
func isNumberWord(w string) bool {
	return w != "" && unicode.IsDigit(rune(w[0]))
}

// linkDistinctive reports whether two instances matched by sameWords
// share distinctive words: equal texts always do (the conflict finding
// judges those); else the shorter's words, which the longer carries.
func (mt *matcher) linkDistinctive(norms []norm, i, j int) bool {
	a, b := norms[i], norms[j]
	if equalWords(a.words, b.words) {
		return true
	}
	if len(a.words) > len(b.words) {
		a = b
	}
	return mt.distinctive(a.words)
}

// sharedDistinctive reports whether the instances of a conflict share
// distinctive words: those of the shortest.
func (mt *matcher) sharedDistinctive(ev []Instance) bool {
	var short []string
	for k, in := range ev {
		if ws := normalise(in.Text).words; k == 0 || len(ws) < len(short) {
			short = ws
		}
	}
	return mt.distinctive(short)
}
