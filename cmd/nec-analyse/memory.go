package main

import (
	"runtime/debug"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// The soft memory limit of a run (see runtime/debug.SetMemoryLimit),
// unless GOMEMLIMIT sets one. Go's collector lets the heap grow to twice
// what is live; a third of a run's live heap or more is the models,
// which do not grow with the batch, so doubling the live heap wastes
// most on small batches and on large ones exceeds what the machine may
// have. The limit is a floor for the models plus a share for each byte
// of article text (what the extraction results and the report hold per
// byte, measured on BBC and Reuters articles, with headroom), at most
// maxMemoryLimit. It is soft: a run that needs more gets more, at the
// cost of collector time.
const (
	baseMemoryLimit = 192 << 20 // the models and the collector's slack
	memoryPerByte   = 48        // per byte of article text
	maxMemoryLimit  = 900 << 20
)

// memoryLimit is the soft memory limit for a batch.
func memoryLimit(b *corpus.Batch) int64 {
	n := int64(0)
	for i := range b.Articles {
		n += int64(len(b.Articles[i].Source))
	}
	return min(baseMemoryLimit+memoryPerByte*n, maxMemoryLimit)
}

// memoryLimiter sets the process's soft memory limit for a batch (see
// memoryLimit), unless getenv's GOMEMLIMIT (read by the Go runtime at
// start; "off" for none) sets one. Before any batch is loaded it is
// maxMemoryLimit.
type memoryLimiter struct {
	getenv func(string) string
}

// start sets the limit for loading: maxMemoryLimit.
func (m memoryLimiter) start() {
	if m.getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(maxMemoryLimit)
	}
}

// batch sets the limit for analysing b and returns the limit in force.
func (m memoryLimiter) batch(b *corpus.Batch) int64 {
	if m.getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1) // the runtime's, from GOMEMLIMIT
	}
	limit := memoryLimit(b)
	debug.SetMemoryLimit(limit)
	return limit
}
