// Package cache stores per-article extraction results between runs in an
// embedded bbolt database, keyed by a hash of everything the result
// depends on. A damaged or incompatible store is never trusted: Open
// reports it with ErrRebuilt and starts an empty one.
package cache

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// FileName is the database file inside the cache folder.
const FileName = "extractions.db"

// format is bumped whenever the stored layout changes.
const format = "1"

var (
	bucket  = []byte("extractions")
	metaKey = []byte("\x00format")
)

// ErrRebuilt reports that an existing store could not be used and was
// replaced by an empty one; the Store returned with it works.
var ErrRebuilt = errors.New("cache was unreadable or of another version and has been rebuilt")

// Store is an open cache. Get may be called from several goroutines.
type Store struct {
	db *bolt.DB
}

// Open opens (creating it if needed) the store in dir. When the existing
// file is corrupt or of another format it is removed and recreated, and
// the error is ErrRebuilt alongside a usable Store.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create cache folder: %w", err)
	}
	path := filepath.Join(dir, FileName)
	s, err := open(path)
	if err == nil {
		return s, nil
	}
	if rmErr := os.Remove(path); rmErr != nil && !errors.Is(rmErr, os.ErrNotExist) {
		return nil, fmt.Errorf("remove damaged cache %s: %w", path, rmErr)
	}
	s, err2 := open(path)
	if err2 != nil {
		return nil, fmt.Errorf("open cache %s: %w", path, err2)
	}
	return s, ErrRebuilt
}

func open(path string) (s *Store, err error) {
	defer func() {
		// bbolt panics on some damaged pages; a cache is never worth a crash.
		if r := recover(); r != nil {
			err = fmt.Errorf("damaged cache: %v", r)
		}
	}()
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucket)
		if err != nil {
			return err
		}
		switch v := b.Get(metaKey); {
		case v == nil:
			return b.Put(metaKey, []byte(format))
		case string(v) != format:
			return fmt.Errorf("cache format %q, want %q", v, format)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db}, nil
}

// Get returns the value stored under key.
func (s *Store) Get(key string) (val []byte, ok bool) {
	defer func() {
		if recover() != nil {
			val, ok = nil, false
		}
	}()
	_ = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucket).Get([]byte(key)); v != nil {
			val, ok = append([]byte(nil), v...), true
		}
		return nil
	})
	return val, ok
}

// PutAll stores every key/value pair in one transaction.
func (s *Store) PutAll(kv map[string][]byte) error {
	if len(kv) == 0 {
		return nil
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		for k, v := range kv {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }
