package main

import "runtime/debug"

// defaultMemoryLimit is the soft memory limit of a run (see
// runtime/debug.SetMemoryLimit) unless GOMEMLIMIT sets one: about 0.9 GiB.
// Below it the collector runs as GOGC says (heap doubling); near it,
// more often, so that the corpus-level merge of a large folder, whose
// live heap approaches the limit, keeps the process's peak memory near
// 1 GB instead of twice its live heap. It is soft: a run that needs more
// gets more, at the cost of collector time.
const defaultMemoryLimit = 900 << 20

// setMemoryLimit sets the process's soft memory limit: the default,
// unless the environment's GOMEMLIMIT (read by the Go runtime at start;
// "off" for none) sets one. It returns the limit in force.
func setMemoryLimit(getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1) // the runtime's, from GOMEMLIMIT
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
	return defaultMemoryLimit
}
