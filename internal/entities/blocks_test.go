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

// TestEditKeysCoverSlips checks the blocking of surname-slip: every two
// words slipOfWord pairs (one edit apart) share an edit key.
func TestEditKeysCoverSlips(t *testing.T) {
	shares := func(a, b string) bool {
		ka := map[string]bool{}
		for _, k := range editKeys(a) {
			ka[k] = true
		}
		for _, k := range editKeys(b) {
			if ka[k] {
				return true
			}
		}
		return false
	}
	for _, tc := range [][2]string{
		{"brandtberg", "brantdberg"}, // swapped pair
		{"quinlton", "quilnton"},
		{"landsman", "landsmann"}, // one added
		{"okorro", "okoro"},       // one left out of a double letter
		{"lindquist", "lindqvist"},
		{"øberg\xff", "øbergs"}, // a byte that is no UTF-8
	} {
		if !slipOfWord(tc[0], tc[1]) {
			t.Errorf("%q and %q: slipOfWord does not pair them (bad case)", tc[0], tc[1])
		}
		if !shares(tc[0], tc[1]) {
			t.Errorf("%q and %q share no edit key", tc[0], tc[1])
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	letters := []rune("aabeløs")
	word := func() string {
		rs := make([]rune, 3+rng.IntN(4))
		for i := range rs {
			rs[i] = letters[rng.IntN(len(letters))]
		}
		return string(rs)
	}
	matched := 0
	for range 20000 {
		a, b := word(), word()
		if slipOfWord(a, b) {
			matched++
			if !shares(a, b) {
				t.Errorf("%q and %q share no edit key", a, b)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d slips: the test words are too far apart", matched)
	}
}

// TestBlendKeyCoversNames checks the blocking of blend-name: a blend's
// parts and every name they begin share a blendKey.
func TestBlendKeyCoversNames(t *testing.T) {
	for _, tc := range []struct{ blend, first, last string }{
		{"LiLo", "lindsay", "lohan"},
		{"JLo", "jennifer", "lopez"},
		{"ÅsLö", "åsa", "löfgren"},
	} {
		a, b, ok := blendParts(tc.blend)
		if !ok || !strings.HasPrefix(tc.first, a) || !strings.HasPrefix(tc.last, b) {
			t.Errorf("%q: parts %q %q do not begin %s %s (bad case)", tc.blend, a, b, tc.first, tc.last)
			continue
		}
		if k := blendKey(a, b); k == "" || k != blendKey(tc.first, tc.last) {
			t.Errorf("%q: key %q, name's %q", tc.blend, k, blendKey(tc.first, tc.last))
		}
	}
	if k := blendKey("a", "b"); k != "" {
		t.Errorf("blendKey of a one-letter surname = %q, want none", k)
	}
}

// FuzzBlockKeys checks the blocking keys on any input: two words
// slipOfWord pairs share an edit key, and a blend's key, when its parts
// begin a name, is the name's (no key function may panic).
func FuzzBlockKeys(f *testing.F) {
	f.Add("brandtberg", "brantdberg", "LiLo", "lindsay lohan")
	f.Add("øberg\xff", "øbergs", "JLo", "\xffj lo")
	f.Fuzz(func(t *testing.T, a, b, blend, name string) {
		if slipOfWord(a, b) {
			ka := map[string]bool{}
			for _, k := range editKeys(a) {
				ka[k] = true
			}
			shared := false
			for _, k := range editKeys(b) {
				shared = shared || ka[k]
			}
			if !shared {
				t.Fatalf("%q and %q are one slip apart but share no edit key", a, b)
			}
		}
		first, last, _ := strings.Cut(name, " ")
		x, y, ok := blendParts(blend)
		if k := blendKey(first, last); ok && strings.HasPrefix(first, x) && strings.HasPrefix(last, y) && k != blendKey(x, y) {
			t.Fatalf("blend %q (%q %q) and name %q %q: keys %q and %q", blend, x, y, first, last, blendKey(x, y), k)
		}
	})
}
