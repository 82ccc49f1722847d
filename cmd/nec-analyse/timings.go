package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
)

// stageClock times the stages of one analysis for --timings, a
// developer's flag: where a run's wall-clock time goes (loading, the
// models, per-article extraction, each corpus-level stage). It prints one
// "timing:" line per stage on stderr when the analysis ends.
type stageClock struct {
	w     io.Writer
	now   func() time.Time
	start time.Time
	// name is the stage running since at.
	name string
	at   time.Time
	rows []stageTime
}

// stageTime is one finished stage.
type stageTime struct {
	name string
	took time.Duration
}

// newStageClock starts the clock; w gets the lines. now is time.Now
// outside tests.
func newStageClock(w io.Writer, now func() time.Time) *stageClock {
	t := now()
	return &stageClock{w: w, now: now, start: t, at: t}
}

// mark ends the running stage and begins the one named (nil clock: no-op).
func (c *stageClock) mark(name string) {
	if c == nil {
		return
	}
	t := c.now()
	if c.name != "" {
		c.rows = append(c.rows, stageTime{c.name, t.Sub(c.at)})
	}
	c.name, c.at = name, t
}

// print ends the running stage and writes each stage's time and the
// total, in the order they ran (nil clock: no-op).
func (c *stageClock) print() {
	if c == nil {
		return
	}
	c.mark("")
	for _, r := range c.rows {
		fmt.Fprintf(c.w, "timing: %-26s %8.3fs\n", r.name, r.took.Seconds())
	}
	fmt.Fprintf(c.w, "timing: %-26s %8.3fs\n", "total", c.now().Sub(c.start).Seconds())
}

// timeRun makes the clock follow a pipeline run: preparing (cache
// lookups; all of the extraction when every article is cached), loading
// the models (when some article is not), extracting, and each
// corpus-level stage (on top of the progress display's callback, if
// any). A nil clock leaves o as it is.
func (c *stageClock) timeRun(o *pipeline.Options) {
	if c == nil {
		return
	}
	c.mark("preparing")
	if load := o.LoadModel; load != nil {
		o.LoadModel = func() (*ner.Model, error) {
			c.mark("loading models")
			defer c.mark("extracting")
			return load()
		}
	}
	show := o.Stage
	o.Stage = func(name string) {
		c.mark(name)
		if show != nil {
			show(name)
		}
	}
}

// startCPUProfile starts a CPU profile written to path (--cpuprofile) and
// returns the function that stops it and closes the file, warning on
// errOut when the file cannot be closed (a truncated profile).
func startCPUProfile(path string, errOut io.Writer) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(errOut, "warning: cpu profile: %v\n", err)
		}
	}, nil
}

// developerTools starts what --cpuprofile and --timings ask for: the
// clock (nil without --timings), already in its first stage, and the
// function that stops the profile and prints the timings.
func (a *analysisFlags) developerTools(errOut io.Writer) (*stageClock, func(), error) {
	stopProfile := func() {}
	if a.CPUProfile != "" {
		stop, err := startCPUProfile(a.CPUProfile, errOut)
		if err != nil {
			return nil, nil, err
		}
		stopProfile = stop
	}
	var clock *stageClock
	if a.Timings {
		clock = newStageClock(errOut, time.Now)
		clock.mark("loading articles")
	}
	return clock, func() { clock.print(); stopProfile() }, nil
}
