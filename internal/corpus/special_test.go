//go:build unix

package corpus_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// loadWithin runs Load and fails the test if it has not returned within
// d (a named pipe once blocked open(2) for ever, and /dev/zero was read
// until memory ran out).
func loadWithin(t *testing.T, d time.Duration, roots []string, opts corpus.LoadOptions) (*corpus.Batch, error) {
	t.Helper()
	type res struct {
		b   *corpus.Batch
		err error
	}
	done := make(chan res, 1)
	go func() {
		b, err := corpus.Load(roots, opts)
		done <- res{b, err}
	}()
	select {
	case r := <-done:
		return r.b, r.err
	case <-time.After(d):
		t.Fatalf("Load(%q) still running after %v", roots, d)
		return nil, nil
	}
}

// TestLoadSpecialFiles: named pipes and devices, given as paths or found
// in a folder, are named errors ("not a regular file") and never opened;
// the rest of the batch is loaded.
func TestLoadSpecialFiles(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	cases := []struct {
		name    string
		setup   func(t *testing.T, dir string) (roots []string, bad string)
		skipped bool // a special file without an article's extension is skipped
	}{
		{"pipe given as a path", func(t *testing.T, dir string) ([]string, string) {
			p := mkfifo(t, dir, "pipe.txt")
			return []string{filepath.Join(dir, "good.txt"), p}, p
		}, false},
		{"pipe in a folder", func(t *testing.T, dir string) ([]string, string) {
			return []string{dir}, mkfifo(t, dir, "pipe.txt")
		}, false},
		{"pipe without an article's name in a folder", func(t *testing.T, dir string) ([]string, string) {
			return []string{dir}, mkfifo(t, dir, "pipe")
		}, true},
		{"link to /dev/zero given as a path", func(t *testing.T, dir string) ([]string, string) {
			p := filepath.Join(dir, "zero.txt")
			symlink(t, "/dev/zero", p)
			return []string{filepath.Join(dir, "good.txt"), p}, p
		}, false},
		{"link to /dev/zero in a folder", func(t *testing.T, dir string) ([]string, string) {
			p := filepath.Join(dir, "zero.md")
			symlink(t, "/dev/zero", p)
			return []string{dir}, p
		}, false},
		{"link to a pipe in a folder", func(t *testing.T, dir string) ([]string, string) {
			other := t.TempDir()
			p := filepath.Join(dir, "linked.txt")
			symlink(t, mkfifo(t, other, "fifo"), p)
			return []string{dir}, p
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"good.txt": goodArticle})
			roots, bad := c.setup(t, dir)
			b, err := loadWithin(t, 10*time.Second, roots, corpus.LoadOptions{MaxBytes: 1 << 20})
			if err != nil {
				t.Fatalf("Load(%q): %v", roots, err)
			}
			if got := ids(b); len(got) != 1 || got[0] != "good.txt" {
				t.Errorf("IDs got %q, want [good.txt]", got)
			}
			if c.skipped {
				if len(b.Errors) != 0 || !equalList(b.Skipped, []string{filepath.ToSlash(bad)}) {
					t.Errorf("Errors %s, Skipped %q; want none and [%s]", errorList(b), b.Skipped, bad)
				}
				return
			}
			if len(b.Errors) != 1 || !errors.Is(b.Errors[0], corpus.ErrNotRegular) || b.Errors[0].Path != filepath.ToSlash(bad) {
				t.Errorf("Errors got %s, want one ErrNotRegular for %s", errorList(b), bad)
			}
		})
	}
}

// TestLoadMaxBytesCountsBytesRead: a regular file that reports size 0
// (as /proc files do) is still held to MaxBytes by what is read.
func TestLoadMaxBytesCountsBytesRead(t *testing.T) {
	const src = "/proc/self/maps"
	fi, err := os.Stat(src)
	if err != nil || fi.Size() != 0 {
		t.Skip("no /proc file of reported size 0")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"good.txt": goodArticle})
	symlink(t, src, filepath.Join(dir, "maps.txt"))
	b, err := loadWithin(t, 10*time.Second, []string{dir}, corpus.LoadOptions{MaxBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Errors) != 1 || !errors.Is(b.Errors[0], corpus.ErrTooLarge) {
		t.Errorf("Errors got %s, want one ErrTooLarge for maps.txt", errorList(b))
	}
}

func mkfifo(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("named pipes not available: %v", err)
	}
	return p
}
