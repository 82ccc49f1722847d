package cache

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// verify checks an open database before it is trusted, with faults and
// panics turned into errors (see safely):
//
//  1. the file holds every page the database claims (a truncated file
//     is caught here, before any read past its end);
//  2. every key and value of every bucket is read, one byte in each page
//     of a value at least (a bad branch page or a value running off the
//     file faults here, on this goroutine, where the fault is an error);
//  3. bbolt's consistency check (Tx.Check: page references, the free
//     list, key order) finds nothing;
//  4. the format mark is this layout's (or the file is empty).
func verify(db *bolt.DB, fileSize int64) error {
	return safely(func() error {
		return db.View(func(tx *bolt.Tx) error {
			if need := tx.Size(); need > fileSize {
				return fmt.Errorf("truncated: %d bytes, the database needs %d", fileSize, need)
			}
			var sum byte
			err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
				return b.ForEach(func(k, v []byte) error {
					for i := 0; i < len(v); i += 4096 {
						sum ^= v[i]
					}
					if len(v) > 0 {
						sum ^= v[len(v)-1]
					}
					if len(k) > 0 {
						sum ^= k[0]
					}
					return nil
				})
			})
			if err != nil {
				return err
			}
			_ = sum
			var first error
			for err := range tx.Check() { // read to the end: its goroutine then ends
				if first == nil {
					first = err
				}
			}
			if first != nil {
				return fmt.Errorf("consistency check: %w", first)
			}
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				if tx.Bucket(bucketValues) != nil || tx.Bucket(bucketUsed) != nil {
					return fmt.Errorf("no format mark")
				}
				return nil
			}
			if f := meta.Get(formatKey); !bytes.Equal(f, []byte(format)) {
				return fmt.Errorf("format %q, want %q", f, format)
			}
			return nil
		})
	})
}
