package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

// Values of --color.
const (
	colorAuto   = "auto"
	colorAlways = "always"
	colorNever  = "never"
)

// renderOptions are the table renderers' options for this run: on a
// terminal, tables fit its width, are boxed and coloured (unless NO_COLOR
// or TERM=dumb); piped, they are plain text, cut at fixed lengths, with
// no colour. --color and --box override.
func renderOptions(io *ioStreams, g *globalOptions) report.Options {
	o := report.Options{Width: io.Width, Box: io.OutTTY || g.Box}
	switch g.Color {
	case colorAlways:
		o.Color = true
	case colorAuto:
		o.Color = io.OutTTY && io.colorAllowed()
	}
	return o
}

// progressThreshold is the number of articles from which a progress bar
// is shown (on a terminal only): about two seconds of work on one core.
const progressThreshold = 50

// newProgress returns a progress callback drawing a bar with the count
// and the time left on w, cleared when the last article is done.
func newProgress(w io.Writer, total int) func(done, total int) {
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("analysing"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(false),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionOnCompletion(func() { fmt.Fprint(w, "\r\033[K") }),
	)
	return func(done, _ int) {
		_ = bar.Set(done)
	}
}
