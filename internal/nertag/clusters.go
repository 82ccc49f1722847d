package nertag

import (
	"slices"
	"strconv"
)

// clusterLists turns a word -> class map into the words of each class,
// sorted, indexed by class number (classes are decimal strings).
func clusterLists(c map[string]string) [][]string {
	if len(c) == 0 {
		return nil
	}
	var out [][]string
	for w, cl := range c {
		k, err := strconv.Atoi(cl)
		if err != nil || k < 0 {
			continue
		}
		for len(out) <= k {
			out = append(out, nil)
		}
		out[k] = append(out[k], w)
	}
	for _, ws := range out {
		slices.Sort(ws)
	}
	return out
}

// clusterMap is the inverse of clusterLists (nil for no classes).
func clusterMap(lists [][]string) map[string]string {
	if len(lists) == 0 {
		return nil
	}
	m := map[string]string{}
	for k, ws := range lists {
		name := strconv.Itoa(k)
		for _, w := range ws {
			m[w] = name
		}
	}
	return m
}
