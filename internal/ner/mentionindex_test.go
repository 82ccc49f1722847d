package ner

import (
	"math/rand/v2"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestMentionIndex: the index answers as the linear scans do, on random
// mentions (overlapping, nested and disjoint) and random queries.
func TestMentionIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		var ms []span.Mention
		for range r.IntN(12) {
			s := r.IntN(60)
			ms = append(ms, span.Mention{Start: s, End: s + 1 + r.IntN(15)})
		}
		x := newMentionIndex(ms)
		for range 30 {
			s := r.IntN(70)
			m := span.Mention{Start: s, End: s + 1 + r.IntN(10)}
			covers := false
			for _, g := range ms {
				covers = covers || g.Start <= m.Start && m.End <= g.End
			}
			if got, want := x.overlaps(m), overlapsAny(m, ms); got != want {
				t.Fatalf("overlaps(%v) in %v = %v, want %v", m, ms, got, want)
			}
			if got := x.covers(m); got != covers {
				t.Fatalf("covers(%v) in %v = %v, want %v", m, ms, got, covers)
			}
		}
	}
}
