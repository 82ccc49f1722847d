package cache

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// helperEnv makes the test binary act as another nec-analyse run on a
// cache folder (as the standard library's os/exec tests do): see
// TestMain.
const helperEnv = "NEC_CACHE_HELPER"

// TestMain runs the helper when helperEnv is set:
//
//	hold DIR     lock DIR's file as a writer does, print "locked", wait
//	             for a line on stdin, store key "holder", exit
//	run DIR N P  a run: open the cache, then N rounds of reading and
//	             storing 20 keys named P-ROUND-I; print "done"
func TestMain(m *testing.M) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		os.Exit(m.Run())
	}
	args := strings.Fields(mode)
	if err := helper(args); err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

func helper(args []string) error {
	switch args[0] {
	case "hold":
		db, err := bolt.Open(filepath.Join(args[1], FileName), 0o644, &bolt.Options{Timeout: 5 * time.Second})
		if err != nil {
			return err
		}
		fmt.Println("locked")
		bufio.NewReader(os.Stdin).ReadString('\n')
		if err := db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketValues).Put([]byte("holder"), []byte("kept"))
		}); err != nil {
			return err
		}
		return db.Close()
	case "run":
		rounds, _ := strconv.Atoi(args[2])
		s, err := OpenWith(args[1], Options{Wait: 20 * time.Second})
		if err != nil {
			return err
		}
		for r := range rounds {
			kv := map[string][]byte{}
			for i := range 20 {
				k := fmt.Sprintf("%s-%d-%d", args[3], r, i)
				s.Get(k)
				kv[k] = []byte(strings.Repeat(k, 50))
			}
			if err := s.PutAll(kv); err != nil {
				return err
			}
			time.Sleep(time.Duration(r%3) * 30 * time.Millisecond) // "analysis"
		}
		fmt.Println("done")
		return s.Close()
	}
	return fmt.Errorf("unknown helper %q", args)
}

func helperCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+strings.Join(args, " "))
	cmd.Stderr = os.Stderr
	return cmd
}

// TestTwoProcessesOneCache: another process holding the cache makes this
// one's Open busy, never damaged, and the holder's writes survive; runs
// in several processes at once read and store into one file and lose
// nothing. (Two check runs sharing a folder once lost both caches: the
// second took the lock time-out for corruption and deleted the file the
// first held open.)
func TestTwoProcessesOneCache(t *testing.T) {
	t.Run("held by another process", func(t *testing.T) {
		dir := t.TempDir()
		s := mustOpen(t, dir, quick)
		s.PutAll(map[string][]byte{"before": []byte("1")})
		s.Close()
		before, _ := os.Stat(filepath.Join(dir, FileName))

		h := helperCmd(t, "hold", dir)
		stdin, _ := h.StdinPipe()
		stdout, _ := h.StdoutPipe()
		if err := h.Start(); err != nil {
			t.Fatal(err)
		}
		if line, _ := bufio.NewReader(stdout).ReadString('\n'); line != "locked\n" {
			t.Fatalf("helper said %q", line)
		}
		s2, err := OpenWith(dir, quick)
		if s2 != nil || !errors.Is(err, ErrBusy) {
			t.Errorf("Open while another process holds the file = %v, %v; want nil and ErrBusy", s2, err)
		}
		io.WriteString(stdin, "go\n")
		if err := h.Wait(); err != nil {
			t.Fatalf("helper: %v", err)
		}
		after, err := os.Stat(filepath.Join(dir, FileName))
		if err != nil || !os.SameFile(before, after) {
			t.Fatalf("the held file was replaced or removed (%v)", err)
		}
		s3 := mustOpen(t, dir, quick)
		defer s3.Close()
		for k, want := range map[string]string{"before": "1", "holder": "kept"} {
			if v, ok := s3.Get(k); !ok || string(v) != want {
				t.Errorf("Get(%s) = %q, %v; want %q", k, v, ok, want)
			}
		}
	})

	t.Run("three runs at once", func(t *testing.T) {
		dir := t.TempDir()
		const rounds = 15
		var cmds []*exec.Cmd
		var outs []*strings.Builder
		for _, name := range []string{"p1", "p2", "p3"} {
			c := helperCmd(t, "run", dir, strconv.Itoa(rounds), name)
			out := &strings.Builder{}
			c.Stdout = out
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
			cmds, outs = append(cmds, c), append(outs, out)
		}
		for i, c := range cmds {
			if err := c.Wait(); err != nil || outs[i].String() != "done\n" {
				t.Errorf("run p%d: %v, output %q", i+1, err, outs[i])
			}
		}
		s := mustOpen(t, dir, quick)
		defer s.Close()
		missing := 0
		for _, name := range []string{"p1", "p2", "p3"} {
			for r := range rounds {
				for i := range 20 {
					if _, ok := s.Get(fmt.Sprintf("%s-%d-%d", name, r, i)); !ok {
						missing++
					}
				}
			}
		}
		if missing > 0 {
			t.Errorf("%d of %d entries lost", missing, 3*rounds*20)
		}
		if _, err := os.Stat(filepath.Join(dir, FileName+damagedSuffix)); err == nil {
			t.Error("a file was moved aside as damaged")
		}
	})
}
