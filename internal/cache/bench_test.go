package cache

import (
	"fmt"
	"testing"
)

// BenchmarkOpenVerify measures OpenWith on a cache of each size: the
// verification (size, every key and value read, bbolt's Tx.Check) that
// every run pays before using the cache. A fully warm run of a 2,425-article
// folder uses about 85 MB.
func BenchmarkOpenVerify(b *testing.B) {
	for _, mib := range []int{16, 128} {
		b.Run(fmt.Sprintf("%dMiB", mib), func(b *testing.B) {
			dir := b.TempDir()
			s, err := OpenWith(dir, Options{MaxBytes: 1 << 40})
			if err != nil {
				b.Fatal(err)
			}
			val := make([]byte, 12<<10) // about one article's extraction
			for i := range val {
				val[i] = byte(i * 7)
			}
			for done := 0; done < mib<<20; {
				kv := map[string][]byte{}
				for range 500 {
					kv[fmt.Sprintf("key-%09d", done)] = val
					done += len(val)
				}
				if err := s.PutAll(kv); err != nil {
					b.Fatal(err)
				}
			}
			s.Close()
			b.SetBytes(int64(mib) << 20)
			b.ResetTimer()
			for range b.N {
				s, err := OpenWith(dir, Options{})
				if err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}
