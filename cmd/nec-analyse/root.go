package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

// version is the tool version; release builds set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// exitCode is the process exit status, a documented contract.
type exitCode int

const (
	exitOK    exitCode = 0 // analysis done, nothing reached the threshold
	exitFail  exitCode = 1 // --strict warnings, or a check threshold reached
	exitError exitCode = 2 // usage, input or runtime error
	// exitSignal plus the signal's number (130 for SIGINT, 143 for
	// SIGTERM) is the status of a run a signal stopped, as a shell reports
	// a process killed by it.
	exitSignal exitCode = 128
)

// interruptedError is the cause of a context cancelled by a signal.
type interruptedError struct{ sig os.Signal }

func (e *interruptedError) Error() string { return "interrupted by " + e.sig.String() }

// signalContext returns a context that the first SIGINT or SIGTERM
// cancels, with an *interruptedError as its cause; from then on the
// default action is restored, so a second Ctrl-C kills the process at
// once. SIGPIPE is ignored, so that a write to a closed standard output
// (the reader, such as head, has gone) fails with EPIPE, which
// writeOutput ends quietly, instead of killing the process with status
// 141. stop releases the signals.
func signalContext() (ctx context.Context, stop func()) {
	signal.Ignore(syscall.SIGPIPE)
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			cancel(&interruptedError{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// writeError is a failure to write the command's output (a full disk, a
// closed file): exit 2.
type writeError struct {
	what string
	err  error
}

func (e *writeError) Error() string { return fmt.Sprintf("write %s: %v", e.what, e.err) }
func (e *writeError) Unwrap() error { return e.err }

// writeOutput renders what (named in errors, e.g. "table report") to
// stdout through a buffer and flushes it. A closed pipe on stdout (EPIPE)
// is not an error: the reader has all it wanted, and the run ends quietly
// with the status it would have had. Any other write error is a
// *writeError.
func writeOutput(d *deps, what string, render func(io.Writer) error) error {
	bw := bufio.NewWriterSize(d.IO.Out, 64<<10)
	err := render(bw)
	if err == nil {
		err = bw.Flush()
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.EPIPE):
		return nil
	}
	return &writeError{what: what, err: err}
}

// flagError is a usage error: bad flags or arguments.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

func flagErrorf(format string, args ...any) error {
	return &flagError{fmt.Errorf(format, args...)}
}

// gateError reports that the run worked but its result fails the gate
// (exit 1); the reason has already been reported.
type gateError struct{ reason string }

func (e *gateError) Error() string { return e.reason }

// globalOptions are the root command's persistent flags.
type globalOptions struct {
	Jobs  int
	Quiet bool
	// Color is --color: auto (on a terminal, unless NO_COLOR is set),
	// always or never.
	Color string
	// Box is --box: draw table lines even when stdout is not a terminal.
	Box bool
}

// deps are the expensive or environment-dependent things commands use.
type deps struct {
	IO      *ioStreams
	Version string
	// Model returns the shared NER model, built on first use.
	Model func() (*ner.Model, error)
	// Stance returns the stance model, loaded on first use.
	Stance func() (*stance.Model, error)
	// CacheOptions open the extraction cache (the zero value: the
	// defaults; tests shorten the waits or refuse writes).
	CacheOptions cache.Options
	// Memory, when set, sets the process's soft memory limit for each
	// batch (nil in tests: the limit is the process's).
	Memory *memoryLimiter
	// started is set once a command has validated its flags and begun
	// work; errors before that are usage errors.
	started bool
}

func defaultDeps(io *ioStreams) *deps {
	return &deps{IO: io, Version: version, Model: sync.OnceValues(ner.NewModel), Stance: sync.OnceValues(stance.Load)}
}

// newRootCmd builds the command tree.
func newRootCmd(d *deps) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:   "nec-analyse",
		Short: "Analyse a corpus of news articles about one event",
		Long: `nec-analyse reads a folder of news articles about one event and reports
who is named and how, the figures each source gives, where the sources agree
or conflict, who is quoted, and how each article leans.`,
		Version:       d.Version,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if g.Jobs < 1 {
				return flagErrorf("--jobs must be at least 1, got %d", g.Jobs)
			}
			switch g.Color {
			case colorAuto, colorAlways, colorNever:
			default:
				return flagErrorf("unknown --color %q (valid: auto, always, never)", g.Color)
			}
			return nil
		},
	}
	root.SetIn(d.IO.In)
	root.SetOut(d.IO.Out)
	root.SetErr(d.IO.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &flagError{err} })
	root.PersistentFlags().IntVarP(&g.Jobs, "jobs", "j", runtime.NumCPU(), "number of articles analysed in parallel")
	root.PersistentFlags().BoolVarP(&g.Quiet, "quiet", "q", false, "print no info lines or progress on stderr (warnings and errors still)")
	root.PersistentFlags().StringVar(&g.Color, "color", colorAuto, "colour severities and statuses in tables: auto (on a terminal, unless NO_COLOR is set), always or never")
	root.PersistentFlags().BoolVar(&g.Box, "box", false, "draw table lines even when stdout is not a terminal (they are drawn on a terminal)")
	root.AddCommand(newReportCmd(d, g, nil))
	root.AddCommand(newCheckCmd(d, g, nil))
	root.AddCommand(newBaselineCmd(d, g, nil))
	root.AddCommand(newCacheCmd(d))
	return root
}

// run executes the command line and maps the outcome to an exit code,
// under a soft memory limit unless GOMEMLIMIT sets one. It is the only
// place errors become exit codes.
func run(ctx context.Context, args []string, io *ioStreams) exitCode {
	d := defaultDeps(io)
	d.Memory = &memoryLimiter{getenv: io.getenv}
	d.Memory.start()
	return runWith(ctx, args, d)
}

func runWith(ctx context.Context, args []string, d *deps) exitCode {
	root := newRootCmd(d)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	var ge *gateError
	if errors.As(err, &ge) {
		return exitFail
	}
	var ie *interruptedError
	if errors.As(context.Cause(ctx), &ie) && errors.Is(err, context.Canceled) {
		fmt.Fprintf(d.IO.ErrOut, "nec-analyse: %v\n", ie)
		if sig, ok := ie.sig.(syscall.Signal); ok {
			return exitSignal + exitCode(sig)
		}
		return exitError
	}
	fmt.Fprintf(d.IO.ErrOut, "error: %v\n", err)
	var fe *flagError
	if errors.As(err, &fe) || !d.started {
		// Cobra's own argument errors come before any RunE starts.
		fmt.Fprintf(d.IO.ErrOut, "Run '%s --help' for usage.\n", cmd.CommandPath())
	}
	return exitError
}
