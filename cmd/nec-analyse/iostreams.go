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
	// OutTTY reports whether Out is a terminal: tables are then boxed,
	// fitted to Width and coloured (unless NO_COLOR is set).
	OutTTY bool
	// Width is the terminal width of Out, 0 when Out is not a terminal.
	Width int
	// Getenv reads the environment (NO_COLOR, TERM); nil is os.Getenv.
	Getenv func(string) string
}

// systemStreams returns the process's standard streams.
func systemStreams() *ioStreams {
	s := &ioStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr}
	s.ErrTTY = term.IsTerminal(int(os.Stderr.Fd()))
	if term.IsTerminal(int(os.Stdout.Fd())) {
		s.OutTTY = true
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.Width = w
		}
	}
	return s
}

// getenv reads an environment variable through s.Getenv.
func (s *ioStreams) getenv(name string) string {
	if s.Getenv != nil {
		return s.Getenv(name)
	}
	return os.Getenv(name)
}

// colorAllowed reports whether the environment allows colour on a
// terminal: NO_COLOR (any non-empty value, see no-color.org) and
// TERM=dumb turn it off.
func (s *ioStreams) colorAllowed() bool {
	return s.getenv("NO_COLOR") == "" && s.getenv("TERM") != "dumb"
}
