package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
)

// TestStageClock checks the lines --timings prints: one per stage in the
// order they ran, with its time, and the total; the pipeline's model
// loading and corpus stages are followed through its callbacks.
func TestStageClock(t *testing.T) {
	var out bytes.Buffer
	tick := time.Unix(0, 0)
	now := func() time.Time { tick = tick.Add(500 * time.Millisecond); return tick }
	c := newStageClock(&out, now)
	c.mark("loading articles")
	shown := ""
	o := pipeline.Options{
		LoadModel: func() (*ner.Model, error) { return nil, nil },
		Stage:     func(name string) { shown = name },
	}
	c.timeRun(&o)
	if _, err := o.LoadModel(); err != nil {
		t.Fatal(err)
	}
	o.Stage("resolving entities")
	if shown != "resolving entities" {
		t.Errorf("the progress display's stage callback got %q", shown)
	}
	c.print()
	var names []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		f := strings.Fields(strings.TrimPrefix(l, "timing: "))
		name, took := strings.Join(f[:len(f)-1], " "), f[len(f)-1]
		names = append(names, name)
		// Each clock reading is half a second on; the total counts
		// from the start, one reading before the first stage's.
		if want := map[bool]string{false: "0.500s", true: "3.500s"}[name == "total"]; took != want {
			t.Errorf("%s took %s, want %s", name, took, want)
		}
	}
	want := []string{"loading articles", "preparing", "loading models", "extracting", "resolving entities", "total"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("stages %q, want %q", names, want)
	}
	var nilClock *stageClock
	nilClock.mark("x")
	nilClock.print() // no --timings: nothing, no panic
}
