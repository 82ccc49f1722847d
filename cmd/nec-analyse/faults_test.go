package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"syscall"
	"testing"
	"time"
)

// brokenOut is a stdout whose writes fail with err after budget bytes.
type brokenOut struct {
	budget int
	err    error
}

func (w *brokenOut) Write(p []byte) (int, error) {
	if len(p) <= w.budget {
		w.budget -= len(p)
		return len(p), nil
	}
	n := w.budget
	w.budget = 0
	return n, w.err
}

// runOut runs args in-process with stdout out.
func runOut(ctx context.Context, args []string, out *brokenOut) result {
	var errOut bytes.Buffer
	d := &deps{IO: &ioStreams{In: strings.NewReader(""), Out: out, ErrOut: &errOut}, Version: "test", Model: sharedModel, Stance: sharedStance}
	code := runWith(ctx, args, d)
	return result{stderr: errOut.String(), code: code}
}

// TestOutputWriteErrors: output that cannot be written (a full disk) is
// exit 2 with one message in every format, where the table and Markdown
// formats used to exit 0 with nothing said; a closed pipe (| head) ends
// quietly with the status the run would have had.
func TestOutputWriteErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte(goodArticle)})
	enospc := syscall.ENOSPC
	for _, tc := range []struct {
		name       string
		args       []string
		budget     int
		err        error
		wantCode   exitCode
		wantStderr string
	}{
		{"table, full disk", []string{"report", "-q", dir}, 100, enospc, exitError, "error: write table report: " + enospc.Error() + "\n"},
		{"markdown, full disk", []string{"report", "-q", "-f", "markdown", dir}, 0, enospc, exitError, "error: write markdown report: " + enospc.Error() + "\n"},
		{"json, full disk", []string{"report", "-q", "-f", "json", dir}, 10, enospc, exitError, "error: write json report: " + enospc.Error() + "\n"},
		{"check table, full disk", []string{"check", "-q", "--no-cache", "--fail-on", "none", dir}, 0, enospc, exitError, "error: write check result: " + enospc.Error() + "\n"},
		{"check github, full disk", []string{"check", "-q", "--no-cache", "--fail-on", "info", "-f", "github", dir}, 0, enospc, exitError, "error: write check result: " + enospc.Error() + "\n"},
		{"baseline, full disk", []string{"baseline", "-q", "--no-cache", dir}, 0, enospc, exitError, "error: write facts: " + enospc.Error() + "\n"},
		{"table, closed pipe", []string{"report", "-q", dir}, 100, syscall.EPIPE, exitOK, ""},
		{"json, closed pipe", []string{"report", "-q", "-f", "json", dir}, 0, syscall.EPIPE, exitOK, ""},
		{"check failing, closed pipe", []string{"check", "-q", "--no-cache", "--fail-on", "info", dir}, 10, syscall.EPIPE, exitFail, ""},
		{"check passing, closed pipe", []string{"check", "-q", "--no-cache", "--fail-on", "none", dir}, 10, syscall.EPIPE, exitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runOut(context.Background(), tc.args, &brokenOut{budget: tc.budget, err: tc.err})
			if r.code != tc.wantCode || r.stderr != tc.wantStderr {
				t.Errorf("%s: exit %d, stderr %q; want exit %d, stderr %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.wantCode, tc.wantStderr)
			}
		})
	}
}

// TestInterruptedExitStatus: a run stopped by a signal exits 128+signal
// with one line on stderr, not "error: context canceled" and 2.
func TestInterruptedExitStatus(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte(goodArticle)})
	for _, tc := range []struct {
		sig  syscall.Signal
		want exitCode
	}{
		{syscall.SIGINT, 130},
		{syscall.SIGTERM, 143},
	} {
		ctx, cancel := context.WithCancelCause(context.Background())
		cancel(&interruptedError{tc.sig})
		r := runOut(ctx, []string{"report", "-q", dir}, &brokenOut{budget: 1 << 20})
		if r.code != tc.want || r.stderr != "nec-analyse: interrupted by "+tc.sig.String()+"\n" {
			t.Errorf("%v: exit %d, stderr %q; want %d", tc.sig, r.code, r.stderr, tc.want)
		}
	}
	// A plain cancellation is an ordinary error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r := runOut(ctx, []string{"report", "-q", dir}, &brokenOut{budget: 1 << 20}); r.code != exitError || r.stderr != "error: "+context.Canceled.Error()+"\n" {
		t.Errorf("cancelled: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestInterruptWhileReadingStdin: an interrupt while standard input
// stays silent ends the run at once.
func TestInterruptWhileReadingStdin(t *testing.T) {
	silent, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(100*time.Millisecond, func() { cancel(&interruptedError{syscall.SIGINT}) })
	var errOut bytes.Buffer
	d := &deps{IO: &ioStreams{In: silent, Out: &brokenOut{budget: 1 << 20}, ErrOut: &errOut}, Version: "test", Model: sharedModel, Stance: sharedStance}
	done := make(chan exitCode, 1)
	go func() { done <- runWith(ctx, []string{"report", "-q", "-"}, d) }()
	select {
	case code := <-done:
		if code != 130 {
			t.Errorf("exit %d, stderr %q; want 130", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("report - still reading a silent stdin 10s after the interrupt")
	}
}
