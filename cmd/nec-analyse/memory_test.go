package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// noMemoryLimit is the limit GOMEMLIMIT=off leaves.
const noMemoryLimit = math.MaxInt64

// TestSetMemoryLimit checks the default soft memory limit and that
// GOMEMLIMIT, when set, is left to the runtime.
func TestSetMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	if got := setMemoryLimit(func(string) string { return "" }); got != defaultMemoryLimit || debug.SetMemoryLimit(-1) != defaultMemoryLimit {
		t.Errorf("no GOMEMLIMIT: limit %d (runtime %d), want %d", got, debug.SetMemoryLimit(-1), int64(defaultMemoryLimit))
	}
	debug.SetMemoryLimit(noMemoryLimit) // as GOMEMLIMIT=off leaves it
	env := func(k string) string {
		if k == "GOMEMLIMIT" {
			return "off"
		}
		return ""
	}
	if got := setMemoryLimit(env); got != noMemoryLimit {
		t.Errorf("GOMEMLIMIT=off: limit %d, want none", got)
	}
}
