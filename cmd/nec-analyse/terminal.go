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

// progress draws the progress of a run on a terminal: a bar counting the
// articles analysed, with the time left, then the corpus-level stage
// running; end clears it.
type progress struct {
	w     io.Writer
	total int
	bar   *progressbar.ProgressBar
	shown bool // a stage line is on the terminal
}

// newProgress returns the progress of a run of total articles, drawn on w.
func newProgress(w io.Writer, total int) *progress {
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
	return &progress{w: w, total: total, bar: bar}
}

// articles is pipeline.Options.Progress: the bar, cleared when the last
// article is done.
func (p *progress) articles(done, _ int) {
	_ = p.bar.Set(done)
}

// stage is pipeline.Options.Stage: the corpus-level stage that begins.
func (p *progress) stage(name string) {
	fmt.Fprintf(p.w, "\r\033[Kanalysed %d articles; corpus level: %s", p.total, name)
	p.shown = true
}

// end clears the stage line.
func (p *progress) end() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
