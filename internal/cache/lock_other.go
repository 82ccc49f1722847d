//go:build !unix

package cache

import (
	"errors"
	"os"
	"time"
)

// lockExclusive is not available here: a damaged file is then left in
// place, and Clear and Prune refuse.
func lockExclusive(f *os.File, wait time.Duration, onWait func()) error {
	return errors.New("file locks are not supported on this system")
}
