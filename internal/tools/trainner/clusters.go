package main

import (
	"math"
	"slices"
	"strconv"

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
	count := map[string]int{}
	norm := make([][]string, len(sents))
	for i, s := range sents {
		norm[i] = make([]string, len(s))
		for k, t := range s {
			norm[i][k] = nertag.Normalise(t)
			count[norm[i][k]]++
		}
	}
	words := make([]string, 0, len(count))
	for w, c := range count {
		if c >= o.minCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	ctx := map[string]int{}
	for i, w := range words[:min(o.contexts, len(words))] {
		ctx[w] = i
	}
	words = words[:min(o.vocab, len(words))]
	if len(words) < o.classes {
		return nil
	}
	id := make(map[string]int, len(words))
	for i, w := range words {
		id[w] = i
	}
	dim := 2*o.contexts + 2
	vecs := make([]map[int]float64, len(words))
	for i := range vecs {
		vecs[i] = map[int]float64{}
	}
	for _, s := range norm {
		for k, w := range s {
			i, ok := id[w]
			if !ok {
				continue
			}
			left, right := 2*o.contexts, 2*o.contexts+1 // other word or boundary
			if k > 0 {
				if c, ok := ctx[s[k-1]]; ok {
					left = c
				}
			}
			if k+1 < len(s) {
				if c, ok := ctx[s[k+1]]; ok {
					right = o.contexts + c
				}
			}
			vecs[i][left]++
			vecs[i][right]++
		}
	}
	type sparse struct {
		idx []int
		val []float64
	}
	sv := make([]sparse, len(words))
	for i, v := range vecs {
		keys := make([]int, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var norm2 float64
		for _, k := range keys {
			norm2 += v[k]
		}
		vals := make([]float64, len(keys))
		for j, k := range keys {
			vals[j] = math.Sqrt(v[k] / norm2) // Hellinger: unit length
		}
		sv[i] = sparse{keys, vals}
	}
	cent := make([][]float64, o.classes)
	for c := range cent {
		cent[c] = make([]float64, dim)
		w := sv[c*len(words)/o.classes]
		for j, k := range w.idx {
			cent[c][k] = w.val[j]
		}
	}
	assign := make([]int, len(words))
	for range o.iters {
		_ = parallel(len(words), workers, func(i int) error {
			best, bs := 0, math.Inf(-1)
			for c := range cent {
				var d float64
				for j, k := range sv[i].idx {
					d += cent[c][k] * sv[i].val[j]
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
			for j, k := range sv[i].idx {
				cent[c][k] += sv[i].val[j]
			}
		}
		for c := range cent {
			var n float64
			for _, x := range cent[c] {
				n += x * x
			}
			if n = math.Sqrt(n); n > 0 {
				for k := range cent[c] {
					cent[c][k] /= n
				}
			}
		}
	}
	out := make(map[string]string, len(words))
	for i, w := range words {
		out[w] = strconv.Itoa(assign[i])
	}
	return out
}
