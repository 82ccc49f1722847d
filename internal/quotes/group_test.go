package quotes

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// groupsAllPairs is the partition groupInstances must find: instances
// joined whenever mayMatch and sameWords hold for the pair, over every
// pair.
func groupsAllPairs(norms []norm) [][]int {
	n := len(norms)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if mayMatch(norms[i], norms[j], trigrams(norms[i].words), trigrams(norms[j].words)) && sameWords(norms[i], norms[j]) {
				parent[find(i)] = find(j)
			}
		}
	}
	return partition(n, find)
}

func partition(n int, find func(int) int) [][]int {
	byRoot := map[int][]int{}
	for i := range n {
		byRoot[find(i)] = append(byRoot[find(i)], i)
	}
	var out [][]int
	for _, m := range byRoot {
		out = append(out, m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// TestGroupInstancesMatchesAllPairs holds groupInstances (one search per
// distinct text, an index of trigrams) to comparing every pair, on quotes
// printed many times over with and without breaks (ellipses), fragments
// of longer quotes and quotes of no words.
func TestGroupInstancesMatchesAllPairs(t *testing.T) {
	words := strings.Fields("we will not back down on the budget this year or next")
	rng := rand.New(rand.NewPCG(3, 17))
	for trial := range 300 {
		var texts []string
		for range 2 + rng.IntN(6) {
			start := rng.IntN(len(words))
			end := min(len(words), start+rng.IntN(12))
			ws := append([]string(nil), words[start:end]...)
			if len(ws) > 2 && rng.IntN(3) == 0 {
				// An ellipsis, leaving out up to two words; and now and
				// then the same words without it.
				k := 1 + rng.IntN(len(ws)-1)
				rest := ws[min(len(ws), k+rng.IntN(3)):]
				if rng.IntN(2) == 0 {
					texts = append(texts, strings.Join(append(ws[:k:k], rest...), " "))
				}
				ws = append(ws[:k:k], append([]string{"..."}, rest...)...)
			}
			texts = append(texts, strings.Join(ws, " "))
		}
		var instances []Instance
		var norms []norm
		for i := range 5 + rng.IntN(40) {
			text := texts[rng.IntN(len(texts))]
			instances = append(instances, Instance{Article: fmt.Sprintf("a%02d", rng.IntN(9)), Quote: Quote{Start: i, End: i + len(text), Text: text, Kind: KindSpeech, Speaker: Unknown}})
			norms = append(norms, normalise(text))
		}
		want := groupsAllPairs(norms)
		index := map[int]int{}
		for i, in := range instances {
			index[in.Start] = i
		}
		var got [][]int
		// The distinctive-match pass is off: the grouping alone is tested.
		mt := &matcher{opts: Options{Off: rules.Off{infoDistinctive.ID(): true}}, lx: lexicon.Default()}
		for _, g := range mt.groupInstances(instances, norms) {
			var m []int
			for _, in := range g.Instances {
				m = append(m, index[in.Start])
			}
			sort.Ints(m)
			got = append(got, m)
		}
		sort.Slice(got, func(a, b int) bool { return got[a][0] < got[b][0] })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: groups %v, want %v\ntexts %q", trial, got, want, texts)
		}
	}
}
