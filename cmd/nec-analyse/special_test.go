//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReportSpecialFiles: a named pipe or a link to /dev/zero given as a
// path is a named warning, and the run ends (it once blocked for ever or
// grew without bound).
func TestReportSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"good.txt": []byte(goodArticle)})
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	for _, tc := range []struct{ path, kind string }{{pipe, "named pipe"}, {zero, "character device"}} {
		done := make(chan result, 1)
		go func() {
			done <- runCmd(t, []string{"report", "-q", "-f", "json", filepath.Join(dir, "good.txt"), tc.path}, false)
		}()
		select {
		case r := <-done:
			want := "warning: " + tc.path + ": not a regular file (" + tc.kind + ")\n"
			if r.code != exitOK || r.stderr != want {
				t.Errorf("report %s: exit %d, stderr %q; want 0 and %q", tc.path, r.code, r.stderr, want)
			}
			if !strings.Contains(r.stdout, `"unreadable-article"`) {
				t.Errorf("report %s: no unreadable-article finding", tc.path)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("report %s still running after 20s", tc.path)
		}
	}
}
