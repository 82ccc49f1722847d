package cache

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// quick are Options for tests: short waits.
var quick = Options{Wait: 300 * time.Millisecond, Idle: 20 * time.Millisecond}

func mustOpen(t *testing.T, dir string, o Options) *Store {
	t.Helper()
	s, err := OpenWith(dir, o)
	if err != nil || s == nil {
		t.Fatalf("Open(%s) = %v, %v; want a store and no error", dir, s, err)
	}
	return s
}

func TestStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, quick)
	if _, ok := s.Get("a"); ok {
		t.Error("empty store returned a value")
	}
	if err := s.PutAll(map[string][]byte{"a": []byte("1"), "b": []byte("2")}); err != nil {
		t.Fatal(err)
	}
	if v, ok := s.Get("a"); !ok || string(v) != "1" {
		t.Errorf("Get(a) = %q, %v after PutAll", v, ok)
	}
	s.Close()
	s = mustOpen(t, dir, quick)
	defer s.Close()
	if v, ok := s.Get("b"); !ok || string(v) != "2" {
		t.Errorf("Get(b) = %q, %v after reopening", v, ok)
	}
	time.Sleep(5 * quick.Idle) // the read lock is released when idle...
	if v, ok := s.Get("a"); !ok || string(v) != "1" {
		t.Errorf("Get(a) = %q, %v after the read lock was released", v, ok) // ...and taken again
	}
}

// fillStore writes about size bytes of values of varied sizes (small
// ones, and large ones on overflow pages) and returns the keys and values.
func fillStore(t *testing.T, dir string, size int) map[string][]byte {
	t.Helper()
	s := mustOpen(t, dir, quick)
	defer s.Close()
	all := map[string][]byte{}
	batch := map[string][]byte{}
	total := 0
	for i := 0; total < size; i++ {
		n := 200 + (i*7919)%3000
		if i%10 == 0 {
			n = 40_000 + i%5*10_000
		}
		v := bytes.Repeat([]byte{byte('a' + i%26)}, n)
		k := fmt.Sprintf("key-%06d", i)
		batch[k], all[k] = v, v
		total += n
		if len(batch) == 200 {
			if err := s.PutAll(batch); err != nil {
				t.Fatal(err)
			}
			batch = map[string][]byte{}
		}
	}
	if err := s.PutAll(batch); err != nil {
		t.Fatal(err)
	}
	return all
}

// TestDamagedFileIsMovedAsideAndRebuilt: a damaged file (garbage, cut
// short at any size, a foreign format, a page overwritten) is detected
// before use, moved aside byte for byte and replaced by a working empty
// store. A truncated file once crashed every later run with a bbolt
// assertion panic or a fatal SIGBUS, and was never rebuilt.
func TestDamagedFileIsMovedAsideAndRebuilt(t *testing.T) {
	good := t.TempDir()
	fillStore(t, good, 8<<20)
	whole, err := os.ReadFile(filepath.Join(good, FileName))
	if err != nil {
		t.Fatal(err)
	}
	var need int
	if db, err := bolt.Open(filepath.Join(good, FileName), 0o644, &bolt.Options{ReadOnly: true}); err == nil {
		db.View(func(tx *bolt.Tx) error { need = int(tx.Size()); return nil })
		db.Close()
	}
	t.Logf("file %d bytes, %d in use", len(whole), need)
	foreign := t.TempDir()
	db, err := bolt.Open(filepath.Join(foreign, FileName), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket(bucketMeta)
		return b.Put(formatKey, []byte("1"))
	})
	db.Close()
	foreignBytes, _ := os.ReadFile(filepath.Join(foreign, FileName))

	overwritten := bytes.Clone(whole)
	for i := 1 << 20; i < 1<<20+3*4096; i++ {
		overwritten[i] = 0xff
	}
	cases := []struct {
		name string
		data []byte
	}{
		{"garbage", []byte("this is not a bbolt file, just garbage bytes")},
		{"foreign format", foreignBytes},
		{"pages overwritten", overwritten},
	}
	for _, n := range []int{100, 4096, 8192 + 1, 64 << 10, 1 << 20, 4 << 20, 6 << 20, need - 4096, need - 1} {
		if n < need {
			cases = append(cases, struct {
				name string
				data []byte
			}{fmt.Sprintf("truncated at %d bytes", n), whole[:n]})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			if err := os.WriteFile(path, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := OpenWith(dir, quick)
			var de *DamagedError
			if !errors.As(err, &de) || de.MovedTo != path+damagedSuffix || s == nil || !errors.Is(err, ErrDamaged) {
				t.Fatalf("Open = %v, %v; want a store and a *DamagedError moved to %s", s, err, path+damagedSuffix)
			}
			defer s.Close()
			t.Log(err)
			if !strings.Contains(err.Error(), "moved to "+path+damagedSuffix+" and rebuilt") {
				t.Errorf("message %q", err)
			}
			if aside, _ := os.ReadFile(path + damagedSuffix); !bytes.Equal(aside, c.data) {
				t.Errorf("the file moved aside differs from the damaged file (%d bytes, want %d)", len(aside), len(c.data))
			}
			if err := s.PutAll(map[string][]byte{"k": []byte("v")}); err != nil {
				t.Fatal(err)
			}
			if v, ok := s.Get("k"); !ok || string(v) != "v" {
				t.Errorf("rebuilt store does not work: %q %v", v, ok)
			}
		})
	}
	t.Run("intact file", func(t *testing.T) {
		s := mustOpen(t, good, quick)
		defer s.Close()
		if v, ok := s.Get("key-000010"); !ok || len(v) != 40_000 {
			t.Errorf("Get(key-000010) = %d bytes, %v", len(v), ok)
		}
	})
	t.Run("cut in the unused tail only", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), whole[:need], 0o644); err != nil {
			t.Fatal(err)
		}
		s := mustOpen(t, dir, quick)
		defer s.Close()
		if v, ok := s.Get("key-000010"); !ok || len(v) != 40_000 {
			t.Errorf("Get(key-000010) = %d bytes, %v", len(v), ok)
		}
	})
}

// TestFileCutShortUnderAnOpenStore: a file truncated while a store has it
// open (by another program) makes reads miss and writes fail, and never
// crashes the process.
func TestFileCutShortUnderAnOpenStore(t *testing.T) {
	dir := t.TempDir()
	all := fillStore(t, dir, 4<<20)
	s := mustOpen(t, dir, Options{Wait: 300 * time.Millisecond, Idle: time.Hour})
	defer s.Close()
	if _, ok := s.Get("key-000000"); !ok {
		t.Fatal("no key-000000")
	}
	if err := os.Truncate(filepath.Join(dir, FileName), 64<<10); err != nil {
		t.Fatal(err)
	}
	hits := 0
	for k, v := range all {
		if got, ok := s.Get(k); ok {
			hits++
			if !bytes.Equal(got, v) && len(got) == len(v) {
				// A value read before the cut may come from the page
				// cache; a wrong one must not.
				t.Errorf("Get(%s) returned other bytes", k)
			}
		}
	}
	t.Logf("%d of %d keys still read", hits, len(all))
	err := s.PutAll(map[string][]byte{"new": []byte("x")})
	t.Logf("PutAll after the cut: %v", err)
	if err == nil {
		// Writing may succeed (bbolt rewrites the pages it needs) but
		// must then be readable.
		if v, ok := s.Get("new"); !ok || string(v) != "x" {
			t.Errorf("PutAll succeeded but Get(new) = %q, %v", v, ok)
		}
	}
}

// TestLockHeldIsBusyNotDamaged: a file another handle keeps locked is
// "busy" after Options.Wait: never called damaged, never moved or
// deleted, and the holder's later writes survive. (A lock timeout was once
// taken for corruption: the file the other run held was deleted and both
// runs' results lost.)
func TestLockHeldIsBusyNotDamaged(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, quick)
	s.PutAll(map[string][]byte{"before": []byte("1")})
	s.Close()
	path := filepath.Join(dir, FileName)
	before, _ := os.Stat(path)

	holder, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second}) // exclusive, as a writer
	if err != nil {
		t.Fatal(err)
	}
	waits := 0
	start := time.Now()
	s2, err := OpenWith(dir, Options{Wait: 300 * time.Millisecond, OnWait: func(string) { waits++ }})
	if s2 != nil || !errors.Is(err, ErrBusy) || errors.Is(err, ErrDamaged) {
		t.Errorf("Open while locked = %v, %v; want nil and ErrBusy", s2, err)
	}
	if waits != 1 || time.Since(start) < 250*time.Millisecond {
		t.Errorf("OnWait called %d times, waited %v; want once and about 300ms", waits, time.Since(start))
	}
	// Done ends a long wait at once (an interrupted run does not wait).
	done := make(chan struct{})
	time.AfterFunc(100*time.Millisecond, func() { close(done) })
	start = time.Now()
	if s, err := OpenWith(dir, Options{Wait: time.Minute, Done: done}); s != nil || !errors.Is(err, ErrBusy) || time.Since(start) > 5*time.Second {
		t.Errorf("Open with Done closed after 100ms = %v, %v after %v; want nil and ErrBusy at once", s, err, time.Since(start))
	}
	if err := holder.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketValues).Put([]byte("holder"), []byte("2"))
	}); err != nil {
		t.Fatal(err)
	}
	holder.Close()
	after, err := os.Stat(path)
	if err != nil || !os.SameFile(before, after) {
		t.Fatalf("the locked file was replaced or removed (%v)", err)
	}
	if _, err := os.Stat(path + damagedSuffix); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a busy file was moved aside")
	}
	s3 := mustOpen(t, dir, quick)
	defer s3.Close()
	for _, k := range []string{"before", "holder"} {
		if _, ok := s3.Get(k); !ok {
			t.Errorf("%s lost", k)
		}
	}
}

// TestPutAllWaitsForAReader: a write waits for another handle's shared
// lock (up to Options.Wait) and then stores.
func TestPutAllWaitsForAReader(t *testing.T) {
	dir := t.TempDir()
	a := mustOpen(t, dir, quick)
	defer a.Close()
	b := mustOpen(t, dir, Options{Wait: 5 * time.Second, Idle: 50 * time.Millisecond})
	defer b.Close()
	a.Get("x") // a takes its shared lock, released after 20ms idle
	if err := b.PutAll(map[string][]byte{"k": []byte("v")}); err != nil {
		t.Fatalf("PutAll while another store reads: %v", err)
	}
	if v, ok := a.Get("k"); !ok || string(v) != "v" {
		t.Errorf("the other store does not see the write: %q, %v", v, ok)
	}
	// A reader that keeps reading past Wait makes the write busy, and the
	// write is lost, not the cache.
	c := mustOpen(t, dir, Options{Wait: 200 * time.Millisecond})
	defer c.Close()
	reader, err := bolt.Open(filepath.Join(dir, FileName), 0o644, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = c.PutAll(map[string][]byte{"late": []byte("x")})
	reader.Close()
	if !errors.Is(err, ErrBusy) {
		t.Errorf("PutAll under a held shared lock: %v, want ErrBusy", err)
	}
	if v, ok := c.Get("k"); !ok || string(v) != "v" {
		t.Errorf("earlier entry lost after a busy write: %q, %v", v, ok)
	}
}

// refuseWrites is an OpenFile that fails every open for writing with err,
// as a read-only folder, file system or another user's file does (and as
// chmod cannot make it for root).
func refuseWrites(err error) func(string, int, os.FileMode) (*os.File, error) {
	return func(name string, flag int, perm os.FileMode) (*os.File, error) {
		if flag&(os.O_WRONLY|os.O_RDWR|os.O_CREATE) != 0 {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return os.OpenFile(name, flag, perm)
	}
}

// TestNoWriteAccess: a cache that cannot be written never stops a run
// and is never deleted: read-only when there is a file to read, not
// opened otherwise; one error to warn with. (A read-only cache folder or
// HOME was exit 2; a valid read-only cache was called damaged; another
// user's was deleted.)
func TestNoWriteAccess(t *testing.T) {
	valid := func(t *testing.T) string {
		dir := t.TempDir()
		s := mustOpen(t, dir, quick)
		s.PutAll(map[string][]byte{"k": []byte("v")})
		s.Close()
		return dir
	}
	cases := []struct {
		name      string
		dir       func(t *testing.T) string
		opts      Options
		store     bool  // a read-only store is returned
		wantErr   error // the error wraps it
		needsUser bool  // chmod restricts only a non-root user
	}{
		{"valid cache, writes refused (another user's file)", valid, Options{OpenFile: refuseWrites(syscall.EACCES)}, true, ErrReadOnly, false},
		{"valid cache, read-only file system", valid, Options{OpenFile: refuseWrites(syscall.EROFS)}, true, ErrReadOnly, false},
		{"no cache yet, writes refused", func(t *testing.T) string { return t.TempDir() }, Options{OpenFile: refuseWrites(syscall.EACCES)}, false, syscall.EACCES, false},
		{"read-only HOME: folder cannot be made", func(t *testing.T) string { return filepath.Join(t.TempDir(), "home", ".cache", "nec-analyse") },
			Options{MkdirAll: func(string, os.FileMode) error { return &fs.PathError{Op: "mkdir", Path: "home", Err: syscall.EROFS} }}, false, syscall.EROFS, false},
		{"cache folder is a file", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "file")
			os.WriteFile(p, []byte("x"), 0o644)
			return p
		}, Options{}, false, syscall.ENOTDIR, false},
		{"chmod: read-only folder, no cache yet", func(t *testing.T) string {
			dir := t.TempDir()
			os.Chmod(dir, 0o555)
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
			return dir
		}, Options{}, false, fs.ErrPermission, true},
		{"chmod: read-only cache file", func(t *testing.T) string {
			dir := valid(t)
			os.Chmod(filepath.Join(dir, FileName), 0o444)
			return dir
		}, Options{}, true, ErrReadOnly, true},
		{"chmod: read-only HOME", func(t *testing.T) string {
			home := t.TempDir()
			os.Chmod(home, 0o555)
			t.Cleanup(func() { os.Chmod(home, 0o755) })
			return filepath.Join(home, ".cache", "nec-analyse")
		}, Options{}, false, fs.ErrPermission, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.needsUser && os.Geteuid() == 0 {
				t.Skip("permissions are not enforced for root (the injected cases cover it)")
			}
			dir := c.dir(t)
			path := filepath.Join(dir, FileName)
			before, _ := os.ReadFile(path)
			o := quick
			o.OpenFile, o.MkdirAll = c.opts.OpenFile, c.opts.MkdirAll
			s, err := OpenWith(dir, o)
			if !errors.Is(err, c.wantErr) || errors.Is(err, ErrDamaged) || (s != nil) != c.store {
				t.Fatalf("Open = %v, %v; want store %v and an error wrapping %v", s, err, c.store, c.wantErr)
			}
			if s != nil {
				if v, ok := s.Get("k"); !ok || string(v) != "v" {
					t.Errorf("read-only store: Get(k) = %q, %v", v, ok)
				}
				if err := s.PutAll(map[string][]byte{"new": []byte("x")}); err != nil {
					t.Errorf("read-only store: PutAll = %v, want nil (nothing stored, already said)", err)
				}
				s.Close()
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Errorf("the cache file changed (%d -> %d bytes)", len(before), len(after))
			}
			if _, err := os.Stat(path + damagedSuffix); err == nil {
				t.Error("a file was moved aside")
			}
		})
	}
}

// TestEvictionLeastRecentlyUsed: past MaxBytes, the entries read or
// written longest ago go first, down to 90% of the bound.
func TestEvictionLeastRecentlyUsed(t *testing.T) {
	dir := t.TempDir()
	clock := time.Unix(1_700_000_000, 0)
	o := quick
	o.MaxBytes = 1000
	o.Now = func() time.Time { return clock }
	s := mustOpen(t, dir, o)
	defer s.Close()
	val := bytes.Repeat([]byte("x"), 100)
	for i := range 9 { // 900 bytes: under the bound
		clock = clock.Add(time.Second)
		if err := s.PutAll(map[string][]byte{fmt.Sprintf("k%d", i): val}); err != nil {
			t.Fatal(err)
		}
	}
	s.Get("k0") // read: k0 becomes recent at the next write
	s.Get("k1")
	clock = clock.Add(time.Second)
	if err := s.PutAll(map[string][]byte{"k9": val, "k10": val}); err != nil { // 1100 > 1000: down to 900
		t.Fatal(err)
	}
	var kept []string
	for i := range 11 {
		if _, ok := s.Get(fmt.Sprintf("k%d", i)); ok {
			kept = append(kept, fmt.Sprintf("k%d", i))
		}
	}
	if want := "k0 k1 k4 k5 k6 k7 k8 k9 k10"; strings.Join(kept, " ") != want {
		t.Errorf("kept %s, want %s (k2, k3 least recently used)", strings.Join(kept, " "), want)
	}
	st, err := s.Stats()
	if err != nil || st.Entries != 9 || st.ValueBytes != 900 {
		t.Errorf("Stats = %+v, %v; want 9 entries, 900 bytes", st, err)
	}
	if err := s.PutAll(map[string][]byte{"huge": bytes.Repeat([]byte("y"), 1001)}); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Get("huge"); ok {
		t.Error("a value over MaxBytes was stored")
	}
}

// TestPruneShrinksTheFile: Prune evicts down to the bound and compacts
// the file; what is kept reads back, and the file opens afterwards.
func TestPruneShrinksTheFile(t *testing.T) {
	dir := t.TempDir()
	all := fillStore(t, dir, 4<<20)
	s := mustOpen(t, dir, quick)
	res, err := s.Prune(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	if res.Evicted == 0 || res.FileAfter >= res.FileBefore || res.FileAfter > 2<<20 {
		t.Errorf("Prune(1 MiB) = %+v; want evictions and a file under 2 MiB", res)
	}
	st, _ := s.Stats()
	if st.ValueBytes > 1<<20 {
		t.Errorf("after Prune(1 MiB): %d bytes of values", st.ValueBytes)
	}
	kept := 0
	for k, v := range all {
		if got, ok := s.Get(k); ok {
			kept++
			if !bytes.Equal(got, v) {
				t.Errorf("%s reads back other bytes after Prune", k)
			}
		}
	}
	if kept != st.Entries {
		t.Errorf("%d entries read back, Stats says %d", kept, st.Entries)
	}
	s.Close()
	s = mustOpen(t, dir, quick)
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, FileName+".compact")); err == nil {
		t.Error("the compaction copy was left behind")
	}
}

func TestClear(t *testing.T) {
	dir := t.TempDir()
	fillStore(t, dir, 1<<16)
	os.WriteFile(filepath.Join(dir, FileName+damagedSuffix), []byte("old damage"), 0o644)
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("not ours"), 0o644)
	holder, err := bolt.Open(filepath.Join(dir, FileName), 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Clear(dir, Options{Wait: 200 * time.Millisecond}); !errors.Is(err, ErrBusy) {
		t.Errorf("Clear while a run holds the file: %v, want ErrBusy", err)
	}
	holder.Close()
	removed, err := Clear(dir, quick)
	if err != nil || len(removed) != 2 {
		t.Errorf("Clear = %q, %v; want the database and the damaged copy", removed, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "keep.txt")); err != nil {
		t.Error("Clear removed a file that is not the cache's")
	}
	s := mustOpen(t, dir, quick)
	defer s.Close()
	if _, ok := s.Get("key-000001"); ok {
		t.Error("an entry survived Clear")
	}
}
