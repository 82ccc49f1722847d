package ner

import "testing"

func TestNumberNextToHead(t *testing.T) {
	for _, tc := range []struct {
		src           string
		at            int // offset of the head word
		before, after int
	}{
		{"on 117th Street now", 9, 3, -1},
		{"on 52nd St.", 8, 3, -1},
		{"at 9 Avenue", 5, 3, -1},
		{"on x117th Street", 10, -1, -1},
		{"the 12 km Road", 10, -1, -1},
		{"Highway 214, east", 0, -1, 11},
		{"Highway 214th", 0, -1, -1},
		{"Highway 2,500 times", 0, -1, -1},
		{"Park 1 Tarnby 4", 0, -1, -1},
		{"Park 3 1 1 1", 0, -1, -1},
		{"Highway 214 in Tarnby", 0, -1, 11},
		{"Street", 0, -1, -1},
		{"", 0, -1, -1},
	} {
		head := tc.at
		for head < len(tc.src) && tc.src[head] != ' ' && tc.src[head] != ',' {
			head++
		}
		if got := numberBefore(tc.src, tc.at); got != tc.before {
			t.Errorf("numberBefore(%q, %d) = %d, want %d", tc.src, tc.at, got, tc.before)
		}
		if got := numberAfter(tc.src, head); got != tc.after {
			t.Errorf("numberAfter(%q, %d) = %d, want %d", tc.src, head, got, tc.after)
		}
	}
}
