package pipeline

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/sorted"
)

// Near-duplicate detection. Two articles are one source when their kept
// text (after cleaning) is the same, or nearly the same: word 4-grams
// overlapping by at least nearDupJaccard, the words that differ all
// lower-case words without digits (no name, no figure), and the same
// figures as written. A copy that changes a name or a figure is kept as
// a source of its own: what it changed is what a reader wants to see.
const (
	shingleWords   = 4
	nearDupJaccard = 0.9
	// nearDupMinWords is the shortest text compared for near-identity
	// (identical texts of any length are duplicates).
	nearDupMinWords = 30
	// maxPostings bounds the articles a sketched 4-gram makes
	// candidates of (a 4-gram in more articles is boilerplate, and
	// following it would make the search quadratic).
	maxPostings = 256
	// maxCandidates is the number of best candidates compared exactly.
	maxCandidates = 4
)

// sketchSize is the number of smallest 4-gram hashes kept per article
// (a bottom-k sketch): candidates share at least half of them, and only
// candidates are compared in full, their words read again.
const sketchSize = 32

// dupText is what duplicate detection keeps of one article while it
// looks: little, so that a large batch costs little memory.
type dupText struct {
	hash    uint64   // of the lower-cased words
	words   int      // number of words
	sketch  []uint64 // the sketchSize smallest 4-gram hashes, sorted
	figures []string // "measure|text" of each figure, sorted
}

// keptWords returns the words of an article's body blocks (all blocks
// when it has no body): runs of letters and digits.
func keptWords(a *corpus.Article) []string {
	var words []string
	body := slices.ContainsFunc(a.Blocks, func(b corpus.Block) bool { return b.Kind == "body" })
	for _, b := range a.Blocks {
		if body && b.Kind != "body" || b.Start < 0 || b.End > len(a.Source) || b.Start > b.End {
			continue
		}
		words = append(words, strings.FieldsFunc(a.Source[b.Start:b.End], func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})...)
	}
	return words
}

// lowerWords lower-cases words.
func lowerWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// shingles returns the sorted, unique hashes of the 4-grams of words.
func shingles(lower []string) []uint64 {
	var out []uint64
	for i := 0; i+shingleWords <= len(lower); i++ {
		h := fnv.New64a()
		for _, w := range lower[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func newDupText(a *corpus.Article, ex extraction) dupText {
	lower := lowerWords(keptWords(a))
	h := fnv.New64a()
	for _, w := range lower {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	sh := shingles(lower)
	t := dupText{hash: h.Sum64(), words: len(lower), sketch: slices.Clip(sh[:min(len(sh), sketchSize)])}
	for _, f := range ex.figures {
		t.figures = append(t.figures, f.Measure+"|"+f.Text)
	}
	sort.Strings(t.figures)
	return t
}

// duplicate is an article found to repeat an earlier one.
type duplicate struct {
	of int // index of the article it repeats
	// differ counts the words that differ (0: identical text).
	differ int
}

// findDuplicates returns, for each article, the article it repeats (of
// -1 for none). The first of a group to be published (then by id) is the
// one kept; every other member repeats it.
func findDuplicates(arts []corpus.Article, results []extraction) []duplicate {
	out := make([]duplicate, len(arts))
	for i := range out {
		out[i].of = -1
	}
	if len(arts) < 2 {
		return out
	}
	texts := make([]dupText, len(arts))
	for i := range arts {
		texts[i] = newDupText(&arts[i], results[i])
	}
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	key := func(i int) string {
		pub, at := arts[i].Published, arts[i].PublishedTime
		if pub == "" {
			pub = "9999-99-99"
		}
		if at == "" {
			at = "99:99"
		}
		return pub + " " + at
	}
	sort.SliceStable(order, func(a, b int) bool { return key(order[a]) < key(order[b]) })

	exact := map[uint64][]int{}
	postings := map[uint64][]int{}
	for _, i := range order {
		t := &texts[i]
		if t.words == 0 {
			continue
		}
		if k, ok := identical(arts, texts, i, exact[t.hash]); ok {
			out[i] = duplicate{of: k}
			continue
		}
		if k, differ, ok := nearDuplicate(arts, texts, i, postings); ok {
			out[i] = duplicate{of: k, differ: differ}
			continue
		}
		exact[t.hash] = append(exact[t.hash], i)
		for _, s := range t.sketch {
			if len(postings[s]) <= maxPostings {
				postings[s] = append(postings[s], i)
			}
		}
	}
	return out
}

// identical finds among cands (articles whose words hash alike) one
// whose lower-cased words are those of article i.
func identical(arts []corpus.Article, texts []dupText, i int, cands []int) (int, bool) {
	if len(cands) == 0 {
		return 0, false
	}
	lower := lowerWords(keptWords(&arts[i]))
	for _, k := range cands {
		if texts[k].words == len(lower) && slices.Equal(lowerWords(keptWords(&arts[k])), lower) {
			return k, true
		}
	}
	return 0, false
}

// nearDuplicate finds the kept article that article i nearly repeats,
// among those indexed in postings by their sketches.
func nearDuplicate(arts []corpus.Article, texts []dupText, i int, postings map[uint64][]int) (int, int, bool) {
	t := &texts[i]
	if t.words < nearDupMinWords {
		return 0, 0, false
	}
	shared := map[int]int{}
	for _, s := range t.sketch {
		for _, k := range postings[s] {
			shared[k]++
		}
	}
	cands := make([]int, 0, len(shared))
	for k, n := range shared {
		if 2*n >= len(t.sketch) && texts[k].words >= nearDupMinWords && slices.Equal(t.figures, texts[k].figures) {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return 0, 0, false
	}
	sort.Slice(cands, func(a, b int) bool {
		if shared[cands[a]] != shared[cands[b]] {
			return shared[cands[a]] > shared[cands[b]]
		}
		return cands[a] < cands[b]
	})
	words := keptWords(&arts[i])
	sh := shingles(lowerWords(words))
	for _, k := range cands[:min(len(cands), maxCandidates)] {
		other := keptWords(&arts[k])
		if jaccard(sh, shingles(lowerWords(other))) < nearDupJaccard {
			continue
		}
		if differ, ok := onlyCommonWordsDiffer(words, other); ok {
			return k, differ, true
		}
	}
	return 0, 0, false
}

// jaccard is |a∩b| / |a∪b| of two sorted sets.
func jaccard(a, b []uint64) float64 {
	inter := sorted.Count(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// onlyCommonWordsDiffer compares two texts as bags of words: it returns
// the number of words one has more of than the other, and whether all of
// them are lower-case words without digits (no name, no figure).
func onlyCommonWordsDiffer(a, b []string) (int, bool) {
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		count[w]--
	}
	differ := 0
	for w, n := range count {
		if n == 0 {
			continue
		}
		differ += max(n, -n)
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				return 0, false
			}
		}
	}
	return differ, true
}

// duplicateFinding is the info finding naming a copy and the article it
// repeats, with each one's headline as evidence.
func duplicateFinding(arts []corpus.Article, i int, d duplicate) report.Finding {
	a, o := &arts[i], &arts[d.of]
	how := "identical text after cleaning"
	if d.differ > 0 {
		how = fmt.Sprintf("nearly identical text after cleaning: %s differ, no name or figure", plural(d.differ, "word"))
	}
	return report.Finding{
		Kind: report.FindingDuplicate, Severity: report.Info,
		Message:  fmt.Sprintf("%s repeats %s (%s): counted as one source", a.ID, o.ID, how),
		Evidence: []report.Evidence{headline(a), headline(o)},
	}
}

// headline is the evidence of an article's first kept block (its title).
func headline(a *corpus.Article) report.Evidence {
	ev := report.Evidence{Article: a.ID}
	if len(a.Blocks) > 0 {
		b := a.Blocks[0]
		if b.Start >= 0 && b.End <= len(a.Source) && b.Start <= b.End {
			ev.Start, ev.End, ev.Text = b.Start, b.End, a.Source[b.Start:b.End]
		}
	}
	return ev
}
