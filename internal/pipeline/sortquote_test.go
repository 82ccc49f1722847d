package pipeline

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// sortQuoteMentions orders by start, then end, and keeps the entity
// order of equal spans, as the insertion sort it replaced did.
func TestSortQuoteMentions(t *testing.T) {
	insertion := func(ms []span.Mention) {
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && (ms[j].Start < ms[j-1].Start || ms[j].Start == ms[j-1].Start && ms[j].End < ms[j-1].End); j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 60; n++ {
		ms := make([]span.Mention, n)
		for i := range ms {
			s := r.Intn(8)
			ms[i] = span.Mention{Start: s, End: s + r.Intn(3), Entity: string(rune('a' + i%26))}
		}
		want := slices.Clone(ms)
		insertion(want)
		sortQuoteMentions(ms)
		if !slices.Equal(ms, want) {
			t.Fatalf("n=%d: got %v, want %v", n, ms, want)
		}
	}
}
