package main

import (
	"io"
	"os"

	"golang.org/x/term"
)

// ioStreams are the standard streams a command uses, injected so that
// commands run in tests without a terminal.
type ioStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTTY reports whether ErrOut is a terminal (progress is shown only
	// then).
	ErrTTY bool
	// Width is the terminal width of Out, 0 when Out is not a terminal.
	Width int
}

// systemStreams returns the process's standard streams.
func systemStreams() *ioStreams {
	s := &ioStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr}
	s.ErrTTY = term.IsTerminal(int(os.Stderr.Fd()))
	if term.IsTerminal(int(os.Stdout.Fd())) {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.Width = w
		}
	}
	return s
}
