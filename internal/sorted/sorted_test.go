package sorted

import (
	"slices"
	"testing"
)

func TestCountAndEach(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want []string
	}{
		{nil, []string{"a"}, nil},
		{[]string{"a", "c", "e"}, []string{"b", "c", "d", "e"}, []string{"c", "e"}},
		{[]string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"}},
		{[]string{"x"}, []string{"a", "b"}, nil},
	} {
		var got []string
		Each(tc.a, tc.b, func(w string) bool { got = append(got, w); return true })
		if !slices.Equal(got, tc.want) || Count(tc.a, tc.b) != len(tc.want) {
			t.Errorf("Each(%v, %v) = %v, Count %d; want %v", tc.a, tc.b, got, Count(tc.a, tc.b), tc.want)
		}
	}
	// fn returning false stops the walk.
	n := 0
	Each([]int{1, 2, 3}, []int{1, 2, 3}, func(int) bool { n++; return n < 2 })
	if n != 2 {
		t.Errorf("Each went on after false: %d calls, want 2", n)
	}
	if got := Count([]uint64{1, 5, 9}, []uint64{5, 9, 11}); got != 2 {
		t.Errorf("Count of uint64 lists = %d, want 2", got)
	}
}
