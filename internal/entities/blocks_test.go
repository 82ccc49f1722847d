package entities

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSpellingKeysCoverMatches checks the blocking of the spelling tests:
// every pair of names a test could join shares a spelling key, so
// comparing only names that share one misses no pair.
func TestSpellingKeysCoverMatches(t *testing.T) {
	shares := func(a, b []string) bool {
		ka := map[string]bool{}
		for _, k := range spellingKeys(a) {
			ka[k] = true
		}
		for _, k := range spellingKeys(b) {
			if ka[k] {
				return true
			}
		}
		return false
	}
	for _, tc := range [][2]string{
		{"Daniel Okoro", "Danial Okoro"},
		{"Daniel Okoro", "Daniel Okorro"},
		{"Asa Lindquist", "Åsa Lindqvist"},
		{"Mark Feld", "Marcus Feld"},
		{"Steve Holt", "Steven HOLT"},
		{"Kari Bergen", "\u212aari Bergan"}, // Kelvin sign: strings.EqualFold finds it a K
		{"Jon Landsman", "Jon Landsmann"},
	} {
		a, b := strings.Fields(tc[0]), strings.Fields(tc[1])
		if !nearMiss(a, b) && !firstNameVariant(a, b) {
			t.Errorf("%q and %q: no spelling test joins them (bad case)", tc[0], tc[1])
		}
		if !shares(a, b) {
			t.Errorf("%q and %q share no spelling key", tc[0], tc[1])
		}
	}
	// Random names over a small alphabet (with accents and case), so that
	// many pairs are one slip apart.
	rng := rand.New(rand.NewPCG(1, 2))
	letters := []string{"a", "A", "å", "Å", "e", "é", "k", "K", "l", "L", "o", "s"}
	word := func() string {
		var sb strings.Builder
		for range 3 + rng.IntN(5) {
			sb.WriteString(letters[rng.IntN(len(letters))])
		}
		return sb.String()
	}
	var names [][]string
	for range 250 {
		n := 2 + rng.IntN(2)
		name := make([]string, n)
		for i := range name {
			name[i] = word()
		}
		names = append(names, name)
		// and a variant one edit off in one word
		v := slices.Clone(name)
		p := rng.IntN(n)
		r := []rune(v[p])
		r[len(r)-1] = []rune(letters[rng.IntN(len(letters))])[0]
		v[p] = string(r)
		names = append(names, v)
	}
	matched := 0
	for i, a := range names {
		for _, b := range names[:i] {
			if nearMiss(a, b) || firstNameVariant(a, b) {
				matched++
				if !shares(a, b) {
					t.Errorf("%q and %q share no spelling key", a, b)
				}
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d matching pairs: the test names are too far apart", matched)
	}
}
