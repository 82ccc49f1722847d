package nertag

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestKeyTable: the table gives every key's row and no row for keys it
// lacks, at every size (0 included), like the map it was built from.
func TestKeyTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 8, 1000, 50000} {
		index := map[uint32]int32{}
		if n > 0 {
			index[0] = 0 // key 0 is a key like any other
		}
		for len(index) < n {
			index[r.Uint32()] = int32(len(index))
		}
		tb := newKeyTable(index)
		for k, row := range index {
			if got, ok := tb.row(k); !ok || got != row {
				t.Fatalf("n=%d: row(%d) = %d, %v; want %d, true", n, k, got, ok, row)
			}
		}
		for range 1000 {
			k := r.Uint32()
			_, in := index[k]
			if _, ok := tb.row(k); ok != in {
				t.Fatalf("n=%d: row(%d) found %v, want %v", n, k, ok, in)
			}
		}
		if got := tb.index(); len(got) != len(index) {
			t.Fatalf("n=%d: index() has %d keys, want %d", n, len(got), len(index))
		}
	}
}

// TestReadWriteSameBytes: a model read back writes the same bytes (the
// read model keeps its keys in its table only).
func TestReadWriteSameBytes(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := toyModel(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("a model read back writes other bytes")
	}
	if m.Features() != toyModel(t).Features() {
		t.Errorf("Features() = %d after Read, want %d", m.Features(), toyModel(t).Features())
	}
}
