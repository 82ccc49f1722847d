package cache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// moveAside renames the damaged file at the store's path (the one
// described by damaged, when known) to FileName+".damaged", replacing an
// older one, under the exclusive lock so that no run is using it. When
// another run moved or replaced it meanwhile there is nothing to do.
func (s *Store) moveAside(damaged os.FileInfo) error {
	f, err := os.Open(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	if err := lockExclusive(f, max(s.opts.Wait, 0), func() { s.onWait() }); err != nil {
		return err
	}
	cur, err := f.Stat()
	if err != nil {
		return err
	}
	if same, err := samePath(f, s.path); err != nil || !same || damaged != nil && !os.SameFile(cur, damaged) {
		return err
	}
	return os.Rename(s.path, s.path+damagedSuffix)
}

func (s *Store) onWait() {
	if s.opts.OnWait != nil {
		s.opts.OnWait(s.path)
	}
}

// Stats describe a cache file.
type Stats struct {
	Path string
	// FileBytes is the file's size; ValueBytes the total size of the
	// stored values (what MaxBytes bounds). The difference is free pages
	// and bbolt's structure, which Prune gives back.
	FileBytes, ValueBytes int64
	Entries               int
}

// Stats counts the entries and bytes of the store.
func (s *Store) Stats() (Stats, error) {
	st := Stats{Path: s.path}
	db := s.reader()
	if db == nil {
		return st, fmt.Errorf("cache %s cannot be read", s.path)
	}
	defer s.mu.RUnlock()
	err := safely(func() error {
		return db.View(func(tx *bolt.Tx) error {
			if used := tx.Bucket(bucketUsed); used != nil {
				return used.ForEach(func(k, v []byte) error {
					if len(v) == 16 {
						st.ValueBytes += int64(binary.BigEndian.Uint64(v[8:]))
					}
					st.Entries++
					return nil
				})
			}
			return nil
		})
	})
	if fi, err := os.Stat(s.path); err == nil {
		st.FileBytes = fi.Size()
	}
	return st, err
}

// PruneResult says what Prune did.
type PruneResult struct {
	// Evicted entries and their bytes.
	Evicted      int
	EvictedBytes int64
	// The file's size before and after compaction.
	FileBefore, FileAfter int64
}

// Prune evicts the least recently used entries until the stored values
// take at most maxBytes (0: the store's MaxBytes), then compacts the file:
// a copy holding only the live entries is written beside it and renamed
// over it, so the file shrinks and a crash leaves one or the other whole.
// It holds the exclusive lock throughout.
func (s *Store) Prune(maxBytes int64) (PruneResult, error) {
	var res PruneResult
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return res, errors.New("cache closed")
	}
	if s.readOnly {
		return res, fmt.Errorf("cache %s %w", s.path, ErrReadOnly)
	}
	if maxBytes <= 0 {
		maxBytes = s.opts.MaxBytes
	}
	s.closeReader()
	db, f, err := s.boltOpen(false, s.opts)
	if err != nil {
		return res, err
	}
	defer db.Close()
	if fi, err := f.Stat(); err == nil {
		res.FileBefore = fi.Size()
	}
	err = safely(func() error {
		return db.Update(func(tx *bolt.Tx) error {
			var err error
			res.Evicted, res.EvictedBytes, err = evict(tx, maxBytes, maxBytes)
			return err
		})
	})
	if err != nil {
		return res, fmt.Errorf("evict from cache %s: %w", s.path, err)
	}
	tmp := s.path + ".compact"
	os.Remove(tmp) // a copy left by a killed prune (copies are made under the lock held now)
	dst, err := bolt.Open(tmp, 0o644, &bolt.Options{Timeout: time.Second, OpenFile: s.opts.OpenFile})
	if err != nil {
		return res, fmt.Errorf("compact cache %s: %w", s.path, err)
	}
	err = safely(func() error { return bolt.Compact(dst, db, 16<<20) })
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path)
	}
	if err != nil {
		os.Remove(tmp)
		return res, fmt.Errorf("compact cache %s: %w", s.path, err)
	}
	syncDir(filepath.Dir(s.path))
	if fi, err := os.Stat(s.path); err == nil {
		res.FileAfter = fi.Size()
		s.verified = fi // written by this process under the lock
	}
	return res, nil
}

// syncDir flushes a folder's entries (a rename) to disk, where the system
// allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Clear removes the cache files in dir: the database of this layout and
// of the earlier one ("extractions.db"), and a damaged file moved aside.
// Each is removed under the exclusive lock, so a run using it is waited
// for (up to Options.Wait: then ErrBusy), never cut off. It returns the
// paths removed.
func Clear(dir string, opts Options) ([]string, error) {
	opts = opts.withDefaults()
	var removed []string
	for _, name := range []string{FileName, FileName + damagedSuffix, "extractions.db"} {
		p := filepath.Join(dir, name)
		f, err := os.Open(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return removed, err
		}
		err = lockExclusive(f, max(opts.Wait, 0), func() {
			if opts.OnWait != nil {
				opts.OnWait(p)
			}
		})
		if err == nil {
			var same bool
			if same, err = samePath(f, p); same {
				err = os.Remove(p)
			}
			if err == nil && same {
				removed = append(removed, p)
			}
		}
		f.Close()
		if errors.Is(err, ErrBusy) {
			return removed, fmt.Errorf("cache %s is %w (waited %v)", p, ErrBusy, max(opts.Wait, 0))
		}
		if err != nil {
			return removed, fmt.Errorf("remove cache %s: %w", p, err)
		}
	}
	return removed, nil
}
