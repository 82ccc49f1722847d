package nertag

import "math/bits"

// keyTable maps feature keys to weight rows like Model.index, with open
// addressing and linear probing in one flat slice: a lookup reads one or
// two neighbouring words where a Go map reads control bytes, then a slot.
// It gives the same row for every key as the map it was built from.
type keyTable struct {
	// slots holds key<<32 | row+1 per slot; 0 is an empty slot.
	slots []uint64
	shift uint
	n     int
}

// newKeyTable builds the table of index, at most half full.
func newKeyTable(index map[uint32]int32) *keyTable {
	n := max(2*len(index), 8)
	size := 1 << bits.Len(uint(n-1))
	t := &keyTable{slots: make([]uint64, size), shift: uint(32 - bits.Len(uint(size-1))), n: len(index)}
	mask := uint32(size - 1)
	for k, row := range index {
		i := t.home(k)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint64(k)<<32 | uint64(uint32(row)+1)
	}
	return t
}

// home is the first slot probed for key k (Fibonacci hashing).
func (t *keyTable) home(k uint32) uint32 { return (k * 0x9E3779B1) >> t.shift }

// row returns the row of key k, or false when the table has no such key.
func (t *keyTable) row(k uint32) (int32, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if uint32(s>>32) == k {
			return int32(uint32(s) - 1), true
		}
	}
}

// index returns the table's keys and rows as a map.
func (t *keyTable) index() map[uint32]int32 {
	out := make(map[uint32]int32, t.n)
	for _, s := range t.slots {
		if s != 0 {
			out[uint32(s>>32)] = int32(uint32(s) - 1)
		}
	}
	return out
}
