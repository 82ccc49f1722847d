//go:build unix

package cache

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockExclusive takes the exclusive lock bbolt's writers take (flock) on
// f, waiting up to wait (calling onWait once first when it is not free).
// Closing f releases it.
func lockExclusive(f *os.File, wait time.Duration, onWait func()) error {
	deadline := time.Now().Add(wait)
	for waited := false; ; waited = true {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if !time.Now().Before(deadline) {
			return ErrBusy
		}
		if !waited && onWait != nil {
			onWait()
		}
		time.Sleep(lockPoll)
	}
}
