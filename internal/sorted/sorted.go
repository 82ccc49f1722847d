// Package sorted intersects ascending lists (word lists, name indexes,
// hashed shingles) by one merge walk.
package sorted

import "cmp"

// Each calls fn with each element two ascending lists share, in order,
// until fn returns false.
func Each[T cmp.Ordered](a, b []T, fn func(T) bool) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := cmp.Compare(a[i], b[j]); {
		case c == 0:
			if !fn(a[i]) {
				return
			}
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
}

// Count is the number of elements two ascending lists share.
func Count[T cmp.Ordered](a, b []T) int {
	n := 0
	Each(a, b, func(T) bool { n++; return true })
	return n
}
