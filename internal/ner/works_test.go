package ner

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// dropInsideOthersPairs is dropInsideOthers as it read every pair before
// session 16: the reference the sweep must match.
func dropInsideOthersPairs(ms []span.Mention) []span.Mention {
	out := make([]span.Mention, 0, len(ms))
	for i, m := range ms {
		inside := false
		for j, o := range ms {
			if i != j && o.Start <= m.Start && m.End <= o.End && (o.End-o.Start > m.End-m.Start || j < i) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

func spans(ms []span.Mention) string {
	s := ""
	for _, m := range ms {
		s += fmt.Sprintf("[%d,%d)%s ", m.Start, m.End, m.Text)
	}
	return s
}

func TestDropInsideOthers(t *testing.T) {
	m := func(start, end int, text string) span.Mention {
		return span.Mention{Start: start, End: end, Text: text}
	}
	for _, tc := range []struct {
		name    string
		in, out []span.Mention
	}{
		{"nothing", nil, []span.Mention{}},
		{"one", []span.Mention{m(0, 4, "a")}, []span.Mention{m(0, 4, "a")}},
		{"a title took a name in",
			[]span.Mention{m(4, 9, "Quill"), m(0, 15, "Judge Quill Ode"), m(20, 25, "Tarn")},
			[]span.Mention{m(0, 15, "Judge Quill Ode"), m(20, 25, "Tarn")}},
		{"same start, the longer kept", []span.Mention{m(0, 5, "short"), m(0, 9, "long")}, []span.Mention{m(0, 9, "long")}},
		{"same end, the longer kept", []span.Mention{m(6, 9, "end"), m(0, 9, "whole")}, []span.Mention{m(0, 9, "whole")}},
		{"a repeated span: the first kept", []span.Mention{m(2, 6, "first"), m(2, 6, "second")}, []span.Mention{m(2, 6, "first")}},
		{"overlapping, neither inside", []span.Mention{m(0, 6, "a"), m(4, 10, "b")}, []span.Mention{m(0, 6, "a"), m(4, 10, "b")}},
		{"inside one that is itself inside: both go",
			[]span.Mention{m(3, 4, "x"), m(2, 6, "mid"), m(0, 10, "outer")}, []span.Mention{m(0, 10, "outer")}},
		{"order kept, unsorted input",
			[]span.Mention{m(30, 35, "c"), m(0, 4, "a"), m(10, 20, "b"), m(12, 15, "in b")},
			[]span.Mention{m(30, 35, "c"), m(0, 4, "a"), m(10, 20, "b")}},
		{"touching is not inside", []span.Mention{m(0, 4, "a"), m(4, 8, "b")}, []span.Mention{m(0, 4, "a"), m(4, 8, "b")}},
		{"an empty mention at a mention's edge", []span.Mention{m(4, 4, ""), m(0, 4, "a")}, []span.Mention{m(0, 4, "a")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropInsideOthers(tc.in); !reflect.DeepEqual(got, tc.out) {
				t.Errorf("dropInsideOthers(%s) = %s, want %s", spans(tc.in), spans(got), spans(tc.out))
			}
			if got := dropInsideOthersPairs(tc.in); !reflect.DeepEqual(got, tc.out) {
				t.Errorf("reference disagrees with the case: %s", spans(got))
			}
		})
	}
}

// randomMentions draws n mentions over a text of size bytes, short ones
// nested in longer ones, repeats and overlaps (and, with odd, spans that
// end before they start), in a random order.
func randomMentions(r *rand.Rand, n, size int, odd bool) []span.Mention {
	ms := make([]span.Mention, 0, n)
	for len(ms) < n {
		start := r.IntN(size)
		end := start + 1 + r.IntN(12)
		switch k := r.IntN(10); {
		case k == 0 && len(ms) > 0:
			o := ms[r.IntN(len(ms))] // a repeat
			start, end = o.Start, o.End
		case k <= 2 && len(ms) > 0:
			o := ms[r.IntN(len(ms))] // inside another, or sharing an edge
			if w := o.End - o.Start; w > 0 {
				start = o.Start + r.IntN(w)
				end = start + r.IntN(o.End-start+1)
			}
		case k == 3 && odd:
			end = start - r.IntN(3)
		}
		ms = append(ms, span.Mention{Start: start, End: end, Text: fmt.Sprint(len(ms))})
	}
	return ms
}

// The sweep keeps exactly the mentions the pairwise reference keeps, in
// the same order, on random sets.
func TestDropInsideOthersMatchesPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 22))
	for trial := 0; trial < 3000; trial++ {
		n := 1 + r.IntN(40)
		ms := randomMentions(r, n, 1+r.IntN(80), trial%3 == 0)
		want := dropInsideOthersPairs(ms)
		if got := dropInsideOthers(ms); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: dropInsideOthers(%s)\n= %s\nwant %s", trial, spans(ms), spans(got), spans(want))
		}
	}
}

// BenchmarkDropInsideOthers: a text of 4,500 mentions (the size of the
// longest BBC-like text the session 16 brief timed), sorted by start as
// the passes leave them, against the pairwise reference.
func BenchmarkDropInsideOthers(b *testing.B) {
	r := rand.New(rand.NewPCG(4500, 1))
	ms := randomMentions(r, 4500, 4500*40, false)
	sorted := slicesSortedByStart(ms)
	for _, bc := range []struct {
		name string
		f    func([]span.Mention) []span.Mention
	}{{"sweep", dropInsideOthers}, {"pairs", dropInsideOthersPairs}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				bc.f(sorted)
			}
		})
	}
}

func slicesSortedByStart(ms []span.Mention) []span.Mention {
	out := slices.Clone(ms)
	slices.SortStableFunc(out, func(a, b span.Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}
