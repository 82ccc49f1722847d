// Package cache stores per-article extraction results between runs in an
// embedded bbolt database (one file, FileName, in the cache folder), keyed
// by a hash of everything the result depends on.
//
// A cache is an optimisation, so nothing that goes wrong with it stops a
// run or loses data that was not proven damaged:
//
//   - Several runs may share a folder. Reads take a shared lock only while
//     a burst of reads lasts, writes an exclusive one for one transaction,
//     so concurrent runs read and write the same file. A lock another run
//     holds longer than Options.Wait is "busy" (ErrBusy), never "damaged":
//     the file is left alone and the run goes without the cache (or
//     without storing its results).
//   - Before use the file is opened read-only and verified: its size
//     against the pages it claims, every key and value read with page
//     faults turned into errors (debug.SetPanicOnFault: a read past the
//     end of a truncated file is otherwise a fatal SIGBUS), then bbolt's
//     own consistency check. A file that fails is moved aside to
//     FileName+".damaged" (never deleted) and an empty one is built.
//   - Writes are bbolt transactions: a run killed while writing leaves the
//     previous state.
//   - Without write access (a read-only folder or file system, another
//     user's file) the store is read-only (ErrReadOnly) or, when there is
//     nothing to read, not opened; either way the caller warns once.
//   - Stored values are bounded (Options.MaxBytes): when a write takes the
//     total past it, the least recently used entries are evicted. Prune
//     evicts and compacts the file on request, Clear removes it.
package cache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// FileName is the database file inside the cache folder. The number is
// the layout's version: a tool with another layout uses another file, so
// two versions sharing a folder never take each other's file for damaged.
const FileName = "extractions-2.db"

// damagedSuffix is added to the name of a damaged file moved aside.
const damagedSuffix = ".damaged"

// format is stored in the file and checked on opening.
const format = "2"

// Defaults of Options.
const (
	// DefaultMaxBytes bounds the stored values (256 MiB).
	DefaultMaxBytes = 256 << 20
	// DefaultWait is how long a lock another run holds is waited for.
	DefaultWait = 10 * time.Second
	// defaultIdle is how long the read lock is kept after the last Get.
	defaultIdle = 100 * time.Millisecond
	// lockPoll is how often a lock held elsewhere is tried again.
	lockPoll = 50 * time.Millisecond
)

var (
	bucketValues = []byte("values")
	// bucketUsed maps each key to its last use (Unix nanoseconds) and
	// the size of its value, 8 bytes big-endian each: the eviction
	// order and the total.
	bucketUsed = []byte("used")
	bucketMeta = []byte("meta")
	formatKey  = []byte("format")
)

var (
	// ErrBusy reports a cache file another run kept locked for longer
	// than Options.Wait. The file is not touched.
	ErrBusy = errors.New("in use by another nec-analyse run")
	// ErrReadOnly reports a cache that can be read but not written; Open
	// returns it with a Store whose PutAll stores nothing.
	ErrReadOnly = errors.New("cannot be written")
	// ErrDamaged reports a cache file that failed verification.
	ErrDamaged = errors.New("damaged")
)

// DamagedError reports a cache file that failed verification. From Open:
// when MovedTo is set, the file was renamed to it and a working, empty
// Store returned alongside; otherwise it could not be moved (MoveErr) and
// no Store was opened. From PutAll: nothing was stored, and the next Open
// moves the file aside.
type DamagedError struct {
	Path    string
	MovedTo string
	// Err says what failed (a short file, a bad page, a fault).
	Err error
	// MoveErr is why the file could not be moved aside.
	MoveErr error
}

func (e *DamagedError) Error() string {
	switch {
	case e.MovedTo != "":
		return fmt.Sprintf("cache %s was damaged (%v); moved to %s and rebuilt", e.Path, e.Err, e.MovedTo)
	case e.MoveErr != nil:
		return fmt.Sprintf("cache %s is damaged (%v) and could not be moved aside (%v); this run goes without it", e.Path, e.Err, e.MoveErr)
	}
	return fmt.Sprintf("cache %s is damaged (%v)", e.Path, e.Err)
}

// Unwrap returns ErrDamaged and the verification error.
func (e *DamagedError) Unwrap() []error { return []error{ErrDamaged, e.Err} }

// Options tune a Store. The zero value takes the defaults.
type Options struct {
	// MaxBytes bounds the total size of the stored values (0:
	// DefaultMaxBytes). A write that takes the total past it evicts the
	// least recently used entries down to 90% of it; a single value
	// larger than MaxBytes is not stored.
	MaxBytes int64
	// Wait is how long to wait for a lock another run holds (0:
	// DefaultWait; negative: do not wait).
	Wait time.Duration
	// OnWait, when set, is called (at most once per Open, PutAll or
	// Close) when a lock is not free at once, before waiting for it.
	OnWait func(path string)
	// Done, when closed, ends every wait for a lock at once (as ErrBusy):
	// a run being interrupted does not wait for the cache.
	Done <-chan struct{}
	// Now gives the time recorded as an entry's last use (nil: time.Now).
	Now func() time.Time
	// OpenFile and MkdirAll replace os.OpenFile and os.MkdirAll (tests
	// use them to refuse writing where permissions cannot, e.g. as root).
	OpenFile func(name string, flag int, perm os.FileMode) (*os.File, error)
	MkdirAll func(path string, perm os.FileMode) error
	// Idle is how long the shared read lock is kept after the last Get
	// (0: 100ms), so that other runs can write in between.
	Idle time.Duration
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Wait == 0 {
		o.Wait = DefaultWait
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.OpenFile == nil {
		o.OpenFile = os.OpenFile
	}
	if o.MkdirAll == nil {
		o.MkdirAll = os.MkdirAll
	}
	if o.Idle <= 0 {
		o.Idle = defaultIdle
	}
	return o
}

// Store is an open cache. Get may be called from several goroutines.
type Store struct {
	path string
	opts Options

	// mu guards ro, verified, noReads and closed: Gets hold it shared,
	// opening, releasing, writing and closing hold it exclusively.
	mu sync.RWMutex
	// ro is the read handle (holding a shared lock), nil when released.
	ro *bolt.DB
	// verified is the file last verified; a file found in its place
	// later (moved aside, compacted, cleared by another run) is verified
	// again before use.
	verified os.FileInfo
	readOnly bool
	// noReads is set when the file could not be read again after a
	// release; Get then misses.
	noReads bool
	closed  bool
	timer   *time.Timer
	lastGet atomic.Int64 // Unix nanoseconds of the last Get

	touchMu sync.Mutex
	touched map[string]bool // keys read since the last write
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Open is OpenWith with the default Options.
func Open(dir string) (*Store, error) { return OpenWith(dir, Options{}) }

// OpenWith opens the cache in dir, creating the folder and the file when
// needed, and verifies the file before returning. The error says what
// the caller should tell the user; a Store returned with it works:
//
//   - nil Store, error wrapping ErrBusy: another run kept the file
//     locked; run without the cache.
//   - nil Store, other error: the folder or file cannot be used (no write
//     access where there is nothing to read yet, or a damaged file that
//     could not be moved aside); run without the cache.
//   - Store and *DamagedError: the damaged file was moved aside and an
//     empty cache built.
//   - Store and an error wrapping ErrReadOnly: reads work, writes are
//     dropped.
func OpenWith(dir string, opts Options) (*Store, error) {
	s := &Store{path: filepath.Join(dir, FileName), opts: opts.withDefaults(), touched: map[string]bool{}}
	if err := s.opts.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache folder %s cannot be used (%w); this run goes without a cache", dir, err)
	}
	var damaged *DamagedError
	for attempt := 0; ; attempt++ {
		if fi, err := os.Stat(s.path); errors.Is(err, fs.ErrNotExist) || err == nil && fi.Size() == 0 {
			if err := s.create(); err != nil {
				return nil, err
			}
		}
		db, fi, err := s.openVerified()
		if err == nil {
			s.ro, s.verified = db, fi
			s.armTimer()
			break
		}
		var de *DamagedError
		if !errors.As(err, &de) || attempt > 0 {
			return nil, err
		}
		// Move the damaged file aside (never delete what was not read)
		// and build a new one.
		if err := s.moveAside(fi); err != nil {
			de.MoveErr = err
			return nil, de
		}
		de.MovedTo = s.path + damagedSuffix
		damaged = de
	}
	if err := s.checkWritable(); err != nil {
		s.readOnly = true
		return s, err
	}
	if damaged != nil {
		return s, damaged
	}
	return s, nil
}

// create makes an empty cache file (under the exclusive lock, so two
// runs creating it at once make one).
func (s *Store) create() error {
	db, _, err := s.boltOpen(false, s.opts)
	switch {
	case errors.Is(err, ErrBusy):
		return fmt.Errorf("%w; this run goes without it", err)
	case err != nil:
		return fmt.Errorf("cache %s cannot be created (%w); this run goes without a cache", s.path, err)
	}
	defer db.Close()
	return safely(func() error { return db.Update(initBuckets) })
}

// initBuckets creates the buckets and the format mark when missing.
func initBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketValues, bucketUsed} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if meta.Get(formatKey) == nil {
		return meta.Put(formatKey, []byte(format))
	}
	return nil
}

// openVerified opens the file read-only (shared lock) and verifies it.
// A file that fails is a *DamagedError, returned with the file's info.
func (s *Store) openVerified() (*bolt.DB, os.FileInfo, error) {
	db, f, err := s.boltOpen(true, s.opts)
	var de *DamagedError
	switch {
	case errors.As(err, &de):
		fi, _ := os.Stat(s.path)
		return nil, fi, err
	case errors.Is(err, ErrBusy):
		return nil, nil, fmt.Errorf("%w; this run goes without it", err)
	case err != nil:
		return nil, nil, fmt.Errorf("cache %s cannot be read (%w); this run goes without it", s.path, err)
	}
	fi, err := f.Stat()
	if err == nil {
		err = verify(db, fi.Size())
	}
	if err != nil {
		db.Close()
		return nil, fi, &DamagedError{Path: s.path, Err: err}
	}
	return db, fi, nil
}

// boltOpen opens the database file, read-only with a shared lock or
// read-write with an exclusive one, waiting for the lock as Options say,
// and checks that the file locked is still the one at the path (another
// run may have moved or replaced it while this one waited). It returns
// the file too. An error from bbolt on reading the file (a bad meta page,
// a fault) is a *DamagedError.
func (s *Store) boltOpen(readOnly bool, o Options) (*bolt.DB, *os.File, error) {
	for range 3 {
		db, f, err := s.boltOpenOnce(readOnly, time.Nanosecond)
		if errors.Is(err, bolt.ErrTimeout) && o.Wait > 0 {
			if o.OnWait != nil {
				o.OnWait(s.path)
			}
			// Poll (as bbolt does) so that Done can end the wait.
			deadline := time.Now().Add(o.Wait)
			for errors.Is(err, bolt.ErrTimeout) && time.Now().Before(deadline) {
				select {
				case <-o.Done:
					return nil, nil, fmt.Errorf("cache %s is %w (stopped waiting)", s.path, ErrBusy)
				case <-time.After(lockPoll):
				}
				db, f, err = s.boltOpenOnce(readOnly, time.Nanosecond)
			}
		}
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, nil, fmt.Errorf("cache %s is %w (waited %v)", s.path, ErrBusy, max(o.Wait, 0))
		}
		if err != nil {
			return nil, f, err
		}
		if same, err := samePath(f, s.path); err != nil || same {
			if err != nil {
				db.Close()
				return nil, nil, err
			}
			return db, f, nil
		}
		db.Close() // replaced while waiting: open what is there now
	}
	return nil, nil, fmt.Errorf("cache %s keeps being replaced", s.path)
}

func (s *Store) boltOpenOnce(readOnly bool, timeout time.Duration) (*bolt.DB, *os.File, error) {
	var f *os.File
	open := func(name string, flag int, perm os.FileMode) (*os.File, error) {
		file, err := s.opts.OpenFile(name, flag, perm)
		f = file
		return file, err
	}
	var db *bolt.DB
	opened := false
	err := safely(func() error {
		var err error
		db, err = bolt.Open(s.path, 0o644, &bolt.Options{ReadOnly: readOnly, Timeout: timeout, OpenFile: open})
		opened = true
		return err
	})
	if err == nil {
		return db, f, nil
	}
	if !opened && f != nil {
		// A fault or panic inside bbolt's Open left the file open and
		// locked: closing it releases the lock.
		f.Close()
	}
	var pe *fs.PathError
	switch {
	case errors.Is(err, bolt.ErrTimeout), f == nil, errors.As(err, &pe):
		// No lock, no file, or the operating system refused: nothing
		// was learnt about the content.
		return nil, nil, err
	}
	return nil, f, &DamagedError{Path: s.path, Err: err}
}

// samePath reports whether the open file f is still the file at path.
func samePath(f *os.File, path string) (bool, error) {
	a, err := f.Stat()
	if err != nil {
		return false, err
	}
	b, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return os.SameFile(a, b), nil
}

// checkWritable reports, as an error wrapping ErrReadOnly, that the file
// cannot be opened for writing.
func (s *Store) checkWritable() error {
	f, err := s.opts.OpenFile(s.path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("cache %s %w (%v): it is read, but this run's results are not stored", s.path, ErrReadOnly, err)
	}
	return f.Close()
}

// noWriteAccess reports a permission error or a read-only file system.
func noWriteAccess(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// errFault wraps a panic or memory fault met while reading the file.
var errFault = errors.New("fault reading the file")

// safely runs f with memory faults turned into panics (an mmap read past
// the end of a truncated file is otherwise a fatal SIGBUS) and panics
// (bbolt's assertions on bad pages) turned into an error wrapping
// errFault.
func safely(f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errFault, r)
		}
	}()
	return f()
}

// Get returns the value stored under key. A key that cannot be read is a
// miss.
func (s *Store) Get(key string) (val []byte, ok bool) {
	db := s.reader()
	if db == nil {
		return nil, false
	}
	defer s.mu.RUnlock()
	s.lastGet.Store(time.Now().UnixNano())
	err := safely(func() error {
		return db.View(func(tx *bolt.Tx) error {
			if b := tx.Bucket(bucketValues); b != nil {
				if v := b.Get([]byte(key)); v != nil {
					val, ok = append([]byte(nil), v...), true
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, false
	}
	if ok && !s.readOnly {
		s.touchMu.Lock()
		s.touched[key] = true
		s.touchMu.Unlock()
	}
	return val, ok
}

// reader returns the read handle with s.mu held shared (the caller
// releases it), opening it again after a release; nil (and s.mu not held)
// when the file cannot be read.
func (s *Store) reader() *bolt.DB {
	s.mu.RLock()
	if s.ro != nil {
		return s.ro
	}
	s.mu.RUnlock()
	s.mu.Lock()
	if s.ro == nil && !s.noReads && !s.closed {
		if db, err := s.reopen(); err == nil {
			s.ro = db
			s.armTimer()
		} else {
			s.noReads = true
		}
	}
	s.mu.Unlock()
	s.mu.RLock()
	if s.ro == nil {
		s.mu.RUnlock()
		return nil
	}
	return s.ro
}

// reopen opens the read handle again, verifying the file if it is not
// the one verified before. s.mu is held.
func (s *Store) reopen() (*bolt.DB, error) {
	db, f, err := s.boltOpen(true, s.opts)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		db.Close()
		return nil, err
	}
	if s.verified != nil && os.SameFile(fi, s.verified) {
		return db, nil
	}
	if err := verify(db, fi.Size()); err != nil {
		db.Close()
		return nil, err
	}
	s.verified = fi
	return db, nil
}

// armTimer (re)starts the idle timer that releases the read lock. s.mu
// is held.
func (s *Store) armTimer() {
	s.lastGet.Store(time.Now().UnixNano())
	if s.timer == nil {
		s.timer = time.AfterFunc(s.opts.Idle, s.releaseIfIdle)
	} else {
		s.timer.Reset(s.opts.Idle)
	}
}

// releaseIfIdle closes the read handle, releasing its shared lock, when
// no Get came for Options.Idle.
func (s *Store) releaseIfIdle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ro == nil || s.closed {
		return
	}
	if idle := time.Since(time.Unix(0, s.lastGet.Load())); idle < s.opts.Idle {
		s.timer.Reset(s.opts.Idle - idle)
		return
	}
	s.closeReader()
}

// closeReader closes the read handle. s.mu is held.
func (s *Store) closeReader() {
	if s.ro != nil {
		s.ro.Close()
		s.ro = nil
	}
}

// PutAll stores every key/value pair in one transaction, with the keys
// read since the last write marked as used, and evicts the least recently
// used entries when the total passes Options.MaxBytes. On a read-only
// store it stores nothing and returns nil (Open already said so). An
// error means nothing was stored; the cache is as it was.
func (s *Store) PutAll(kv map[string][]byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly || s.closed {
		return nil
	}
	if len(kv) == 0 {
		return nil
	}
	s.closeReader()
	return s.write(kv, s.opts)
}

// write stores kv and the touched keys' last use under the exclusive
// lock. s.mu is held and the read handle closed.
func (s *Store) write(kv map[string][]byte, o Options) error {
	db, f, err := s.boltOpen(false, o)
	if err != nil {
		return err
	}
	defer db.Close()
	if fi, err := f.Stat(); err == nil && (s.verified == nil || !os.SameFile(fi, s.verified)) {
		// Another run replaced the file: verify the new one first.
		if err := verify(db, fi.Size()); err != nil {
			return &DamagedError{Path: s.path, Err: err}
		}
		s.verified = fi
	}
	s.touchMu.Lock()
	touched := s.touched
	s.touched = map[string]bool{}
	s.touchMu.Unlock()
	now := s.opts.Now().UnixNano()
	err = safely(func() error {
		return db.Update(func(tx *bolt.Tx) error {
			if err := initBuckets(tx); err != nil {
				return err
			}
			values, used := tx.Bucket(bucketValues), tx.Bucket(bucketUsed)
			keys := make([]string, 0, len(kv))
			for k := range kv {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				v := kv[k]
				if int64(len(v)) > s.opts.MaxBytes {
					continue
				}
				if err := values.Put([]byte(k), v); err != nil {
					return err
				}
				if err := used.Put([]byte(k), usedRecord(now, int64(len(v)))); err != nil {
					return err
				}
			}
			for k := range touched {
				if _, ok := kv[k]; ok {
					continue
				}
				if r := used.Get([]byte(k)); len(r) == 16 {
					if err := used.Put([]byte(k), usedRecord(now, int64(binary.BigEndian.Uint64(r[8:])))); err != nil {
						return err
					}
				}
			}
			_, _, err := evict(tx, s.opts.MaxBytes, s.opts.MaxBytes/10*9)
			return err
		})
	})
	if err != nil {
		// Keep the marks for the next write.
		s.touchMu.Lock()
		for k := range touched {
			s.touched[k] = true
		}
		s.touchMu.Unlock()
		return fmt.Errorf("cache %s: %w", s.path, err)
	}
	return nil
}

func usedRecord(when, size int64) []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint64(b, uint64(when))
	binary.BigEndian.PutUint64(b[8:], uint64(size))
	return b
}

// evict deletes the least recently used entries (ties by key) until the
// total size of the values is at most target, when it is over limit. It
// returns the number of entries and bytes evicted.
func evict(tx *bolt.Tx, limit, target int64) (n int, freed int64, err error) {
	values, used := tx.Bucket(bucketValues), tx.Bucket(bucketUsed)
	if values == nil || used == nil {
		return 0, 0, nil
	}
	type entry struct {
		key        []byte
		when, size int64
	}
	var entries []entry
	var total int64
	err = used.ForEach(func(k, v []byte) error {
		if len(v) != 16 {
			return fmt.Errorf("bad use record for %q", k)
		}
		e := entry{key: append([]byte(nil), k...), when: int64(binary.BigEndian.Uint64(v)), size: int64(binary.BigEndian.Uint64(v[8:]))}
		entries = append(entries, e)
		total += e.size
		return nil
	})
	if err != nil || total <= limit {
		return 0, 0, err
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if a.when != b.when {
			return int(min(max(a.when-b.when, -1), 1))
		}
		return slices.Compare(a.key, b.key)
	})
	for _, e := range entries {
		if total <= target {
			break
		}
		if err := values.Delete(e.key); err != nil {
			return n, freed, err
		}
		if err := used.Delete(e.key); err != nil {
			return n, freed, err
		}
		total -= e.size
		freed += e.size
		n++
	}
	return n, freed, nil
}

// Close records which entries were read (for the eviction order) when it
// can do so without waiting long, and closes the store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.timer != nil {
		s.timer.Stop()
	}
	s.closeReader()
	s.touchMu.Lock()
	n := len(s.touched)
	s.touchMu.Unlock()
	if n > 0 && !s.readOnly {
		o := s.opts
		o.Wait = min(o.Wait, time.Second)
		o.OnWait = nil
		_ = s.write(nil, o) // only the eviction order is at stake
	}
	return nil
}
