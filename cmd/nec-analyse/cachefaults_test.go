package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/nec-analyse/nec-analyse/internal/cache"
)

// runCache runs args in-process with cache options co.
func runCache(t *testing.T, co cache.Options, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	d := &deps{IO: &ioStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, Version: "test",
		Model: sharedModel, Stance: sharedStance, CacheOptions: co}
	code := runWith(context.Background(), args, d)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

// twoArticles is a batch of two small articles.
func twoArticles(t *testing.T) string {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte(goodArticle),
		"b.txt": []byte("Ferry route approved\n\nThe Harbour Council approved the ferry route on Tuesday, and Councillor Amira Osei welcomed the vote.\n"),
	})
	return dir
}

// TestCacheProblemsAreWarnings: whatever is wrong with the cache (held by
// another run, damaged, not writable, no folder to be had) is one warning
// and exit 0 with the same report; the file is never deleted. (They were
// exit 2, a Go panic trace, or a deleted cache.)
func TestCacheProblemsAreWarnings(t *testing.T) {
	articles := twoArticles(t)
	args := func(cacheDir string) []string {
		return []string{"check", "--fail-on", "none", "-f", "json", "--cache-dir", cacheDir, articles}
	}
	plain := runCache(t, cache.Options{}, "check", "-q", "--no-cache", "--fail-on", "none", "-f", "json", articles)
	if plain.code != exitOK {
		t.Fatalf("check --no-cache: exit %d, %s", plain.code, plain.stderr)
	}
	// warm returns a cache folder filled by one run.
	warm := func(t *testing.T) string {
		dir := t.TempDir()
		if r := runCache(t, cache.Options{}, args(dir)...); r.code != exitOK || r.stderr != "info: 2 articles extracted, 0 from the cache\n" {
			t.Fatalf("first run: exit %d, stderr %q", r.code, r.stderr)
		}
		return dir
	}
	quick := cache.Options{Wait: 200 * time.Millisecond}
	refuse := func(err error) cache.Options {
		o := quick
		o.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
			if flag&(os.O_WRONLY|os.O_RDWR|os.O_CREATE) != 0 {
				return nil, &fs.PathError{Op: "open", Path: name, Err: err}
			}
			return os.OpenFile(name, flag, perm)
		}
		return o
	}
	for _, tc := range []struct {
		name string
		// setup returns the cache folder and a cleanup run after the check
		setup     func(t *testing.T) (string, func())
		opts      cache.Options
		want      []string // lines of stderr, in order; "~" starts a prefix
		needsUser bool
	}{
		{"held by another run", func(t *testing.T) (string, func()) {
			dir := warm(t)
			db, err := bolt.Open(filepath.Join(dir, cache.FileName), 0o644, &bolt.Options{Timeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			return dir, func() { db.Close() }
		}, quick, []string{
			"info: waiting for the cache DB (in use by another nec-analyse run)",
			"warning: cache DB is in use by another nec-analyse run (waited 200ms); this run goes without it",
		}, false},
		{"truncated", func(t *testing.T) (string, func()) {
			dir := warm(t)
			os.Truncate(filepath.Join(dir, cache.FileName), 8192)
			return dir, nil
		}, quick, []string{
			"~warning: cache DB was damaged (truncated: 8192 bytes, the database needs ",
			"info: 2 articles extracted, 0 from the cache",
		}, false},
		{"garbage", func(t *testing.T) (string, func()) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, cache.FileName), []byte("garbage, not a database"), 0o644)
			return dir, nil
		}, quick, []string{
			"warning: cache DB was damaged (invalid database); moved to DB.damaged and rebuilt",
			"info: 2 articles extracted, 0 from the cache",
		}, false},
		{"writes refused (another user's cache)", func(t *testing.T) (string, func()) { return warm(t), nil }, refuse(syscall.EACCES), []string{
			"warning: cache DB cannot be written (open DB: permission denied): it is read, but this run's results are not stored",
			"info: 0 articles extracted, 2 from the cache",
		}, false},
		{"read-only file system, no cache yet", func(t *testing.T) (string, func()) { return t.TempDir(), nil }, refuse(syscall.EROFS), []string{
			"warning: cache DB cannot be created (open DB: read-only file system); this run goes without a cache",
		}, false},
		{"read-only HOME", func(t *testing.T) (string, func()) { return filepath.Join(t.TempDir(), "home", ".cache"), nil },
			cache.Options{MkdirAll: func(p string, _ os.FileMode) error { return &fs.PathError{Op: "mkdir", Path: p, Err: syscall.EROFS} }}, []string{
				"warning: cache folder DIR cannot be used (mkdir DIR: read-only file system); this run goes without a cache",
			}, false},
		{"cache folder is a file", func(t *testing.T) (string, func()) {
			p := filepath.Join(t.TempDir(), "file")
			os.WriteFile(p, []byte("x"), 0o644)
			return p, nil
		}, quick, []string{"~warning: cache folder DIR cannot be used (mkdir DIR: not a directory)"}, false},
		{"chmod: read-only folder", func(t *testing.T) (string, func()) {
			dir := t.TempDir()
			os.Chmod(dir, 0o555)
			return dir, func() { os.Chmod(dir, 0o755) }
		}, quick, []string{"warning: cache DB cannot be created (open DB: permission denied); this run goes without a cache"}, true},
		{"chmod: read-only cache file", func(t *testing.T) (string, func()) {
			dir := warm(t)
			os.Chmod(filepath.Join(dir, cache.FileName), 0o444)
			return dir, nil
		}, quick, []string{
			"warning: cache DB cannot be written (open DB: permission denied): it is read, but this run's results are not stored",
			"info: 0 articles extracted, 2 from the cache",
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.needsUser && os.Geteuid() == 0 {
				t.Skip("permissions are not enforced for root (the injected cases cover it)")
			}
			dir, cleanup := tc.setup(t)
			db := filepath.Join(dir, cache.FileName)
			before, _ := os.ReadFile(db)
			r := runCache(t, tc.opts, args(dir)...)
			if cleanup != nil {
				cleanup()
			}
			if r.code != exitOK || r.stdout != plain.stdout {
				t.Errorf("exit %d (want 0), report differs from --no-cache: %v; stderr %q", r.code, r.stdout != plain.stdout, r.stderr)
			}
			got := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if len(got) != len(tc.want) {
				t.Fatalf("stderr %q, want %d lines %q", r.stderr, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				w = strings.NewReplacer("DB", db, "DIR", dir).Replace(w)
				if p, ok := strings.CutPrefix(w, "~"); ok && !strings.HasPrefix(got[i], p) || !ok && got[i] != w {
					t.Errorf("stderr line %d:\n got %q\nwant %q", i+1, got[i], w)
				}
			}
			if strings.Contains(tc.name, "held") || strings.Contains(tc.name, "refused") || strings.Contains(tc.name, "read-only") {
				if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
					t.Error("the cache file changed")
				}
			}
		})
	}
}

// TestConcurrentChecksShareACache: three check processes on one cache
// folder at once all pass, none calls the cache damaged, and the next run
// finds everything in the cache. (Two runs once lost both caches.)
func TestConcurrentChecksShareACache(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	articles := twoArticles(t)
	cacheDir := t.TempDir()
	args := []string{"check", "-q", "--fail-on", "none", "--cache-dir", cacheDir, articles}
	var cmds []*exec.Cmd
	var errs []*bytes.Buffer
	for range 3 {
		c := exec.Command(exe, "-test.run=^$")
		c.Env = append(os.Environ(), helperEnv+"="+strings.Join(args, "\n"))
		var stderr bytes.Buffer
		c.Stderr = &stderr
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, errs = append(cmds, c), append(errs, &stderr)
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil || errs[i].Len() > 0 {
			t.Errorf("run %d: %v, stderr %q", i+1, err, errs[i])
		}
	}
	// The helpers' version is the binary's, not the tests' "test": the
	// next run is a helper too.
	c := exec.Command(exe, "-test.run=^$")
	c.Env = append(os.Environ(), helperEnv+"="+strings.Join(args[0:1], "")+"\n"+strings.Join(args[2:], "\n"))
	out, err := c.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "info: 0 articles extracted, 2 from the cache\n") {
		t.Errorf("run after the three: %v, output %q", err, out)
	}
	if _, err := os.Stat(filepath.Join(cacheDir, cache.FileName+".damaged")); err == nil {
		t.Error("a cache file was moved aside as damaged")
	}
}

// TestCacheCommands: cache info, prune and clear.
func TestCacheCommands(t *testing.T) {
	articles := twoArticles(t)
	dir := t.TempDir()
	db := filepath.Join(dir, cache.FileName)
	if r := runCache(t, cache.Options{}, "check", "-q", "--fail-on", "none", "--cache-dir", dir, articles); r.code != exitOK {
		t.Fatalf("check: exit %d, %s", r.code, r.stderr)
	}
	info := runCache(t, cache.Options{}, "cache", "info", "--cache-dir", dir)
	if info.code != exitOK || !strings.HasPrefix(info.stdout, "path: "+db+"\nfile: ") || !strings.Contains(info.stdout, "\nentries: 5\n") {
		t.Errorf("cache info: exit %d, stdout %q, stderr %q", info.code, info.stdout, info.stderr)
	}
	prune := runCache(t, cache.Options{}, "cache", "prune", "--cache-dir", dir, "--cache-max-bytes", "1")
	if prune.code != exitOK || !strings.HasPrefix(prune.stdout, "evicted 5 entries") {
		t.Errorf("cache prune: exit %d, stdout %q, stderr %q", prune.code, prune.stdout, prune.stderr)
	}
	if r := runCache(t, cache.Options{}, "cache", "prune", "--cache-dir", dir, "--cache-max-bytes", "0"); r.code != exitError {
		t.Errorf("cache prune --cache-max-bytes 0: exit %d", r.code)
	}
	clear := runCache(t, cache.Options{}, "cache", "clear", "--cache-dir", dir)
	if clear.code != exitOK || clear.stdout != "removed "+db+"\n" {
		t.Errorf("cache clear: exit %d, stdout %q, stderr %q", clear.code, clear.stdout, clear.stderr)
	}
	again := runCache(t, cache.Options{}, "cache", "clear", "--cache-dir", dir)
	if again.code != exitOK || again.stdout != fmt.Sprintf("no cache in %s\n", dir) {
		t.Errorf("cache clear on no cache: exit %d, stdout %q", again.code, again.stdout)
	}
}
