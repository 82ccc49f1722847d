package main

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// classOptions size the distributional word classes.
type classOptions struct {
	vocab    int // most frequent words classed
	contexts int // most frequent words used as left and right contexts
	classes  int // number of classes
	iters    int // k-means iterations
	minCount int // fewest occurrences for a word to be classed
}

// wordClasses groups the words of unlabelled sentences into classes of
// words that occur between similar neighbours: each word is a vector of
// its left and right neighbours' frequencies (over the most frequent
// words, square-rooted and normalised), and spherical k-means, started
// from words spread evenly over the frequency ranking, groups the
// vectors. Words are normalised as the tagger normalises them. The result
// is deterministic.
func wordClasses(sents [][]string, o classOptions, workers int) map[string]string {
	norm, words := rankWords(sents, o.minCount)
	ctx := map[string]int{}
	for i, w := range words[:min(o.contexts, len(words))] {
		ctx[w] = i
	}
	words = words[:min(o.vocab, len(words))]
	if len(words) < o.classes {
		return nil
	}
	vecs := contextVectors(norm, words, ctx, o.contexts)
	assign := kmeans(vecs, o.classes, 2*o.contexts+2, o.iters, workers)
	out := make(map[string]string, len(words))
	for i, w := range words {
		out[w] = strconv.Itoa(assign[i])
	}
	return out
}

// rankWords normalises every token and returns the words seen at least
// minCount times, most frequent first (ties in byte order).
func rankWords(sents [][]string, minCount int) (norm [][]string, words []string) {
	count := map[string]int{}
	norm = make([][]string, len(sents))
	for i, s := range sents {
		norm[i] = make([]string, len(s))
		for k, t := range s {
			norm[i][k] = nertag.Normalise(t)
			count[norm[i][k]]++
		}
	}
	for w, c := range count {
		if c >= minCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	return norm, words
}

// sparse is a vector of unit length by its non-zero entries.
type sparse struct {
	idx []int
	val []float64
}

// contextVectors counts, for each word, its left neighbours (dimensions
// 0..contexts-1) and right neighbours (contexts..2*contexts-1) among the
// context words, any other neighbour in the last two dimensions, and
// returns the square roots of the relative counts (unit vectors).
func contextVectors(norm [][]string, words []string, ctx map[string]int, contexts int) []sparse {
	id := make(map[string]int, len(words))
	for i, w := range words {
		id[w] = i
	}
	counts := make([]map[int]float64, len(words))
	for i := range counts {
		counts[i] = map[int]float64{}
	}
	for _, s := range norm {
		for k, w := range s {
			i, ok := id[w]
			if !ok {
				continue
			}
			left, right := 2*contexts, 2*contexts+1 // other word or boundary
			if c, ok := ctx[at(s, k-1)]; ok {
				left = c
			}
			if c, ok := ctx[at(s, k+1)]; ok {
				right = contexts + c
			}
			counts[i][left]++
			counts[i][right]++
		}
	}
	out := make([]sparse, len(words))
	for i, v := range counts {
		keys := make([]int, 0, len(v))
		var total float64
		for k, c := range v {
			keys = append(keys, k)
			total += c
		}
		slices.Sort(keys)
		vals := make([]float64, len(keys))
		for j, k := range keys {
			vals[j] = math.Sqrt(v[k] / total) // Hellinger: unit length
		}
		out[i] = sparse{keys, vals}
	}
	return out
}

// at is s[i], or "" outside s.
func at(s []string, i int) string {
	if i < 0 || i >= len(s) {
		return ""
	}
	return s[i]
}

// kmeans assigns each vector to one of k classes by spherical k-means,
// the centroids starting at vectors spread evenly over the list.
func kmeans(vecs []sparse, k, dim, iters, workers int) []int {
	cent := make([][]float64, k)
	for c := range cent {
		cent[c] = make([]float64, dim)
		w := vecs[c*len(vecs)/k]
		for j, d := range w.idx {
			cent[c][d] = w.val[j]
		}
	}
	assign := make([]int, len(vecs))
	for range iters {
		_ = parallel(len(vecs), workers, func(i int) error {
			best, bs := 0, math.Inf(-1)
			for c := range cent {
				var d float64
				for j, x := range vecs[i].idx {
					d += cent[c][x] * vecs[i].val[j]
				}
				if d > bs {
					best, bs = c, d
				}
			}
			assign[i] = best
			return nil
		})
		for c := range cent {
			clear(cent[c])
		}
		for i, c := range assign {
			for j, x := range vecs[i].idx {
				cent[c][x] += vecs[i].val[j]
			}
		}
		for c := range cent {
			var n float64
			for _, x := range cent[c] {
				n += x * x
			}
			if n = math.Sqrt(n); n > 0 {
				for x := range cent[c] {
					cent[c][x] /= n
				}
			}
		}
	}
	return assign
}
