package stance

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// spanSet answers as a scan of every span would, spans in any order,
// nested or overlapping, empty or not.
func TestSpanSetOverlaps(t *testing.T) {
	sets := [][]span.Span{
		nil,
		{{Start: 10, End: 20}},
		{{Start: 30, End: 35}, {Start: 0, End: 100}, {Start: 40, End: 41}},
		{{Start: 5, End: 5}, {Start: 7, End: 9}, {Start: 7, End: 30}, {Start: 50, End: 60}},
	}
	for _, ms := range sets {
		s := newSpanSet(ms)
		for start := 0; start <= 110; start++ {
			for end := start; end <= start+12; end++ {
				want := false
				for _, m := range ms {
					if m.Start < end && start < m.End {
						want = true
					}
				}
				if got := s.overlaps(start, end); got != want {
					t.Errorf("spans %v: overlaps(%d, %d) = %v, want %v", ms, start, end, got, want)
				}
			}
		}
	}
}
