//go:build unix

package corpus

import (
	"os"
	"syscall"
)

// openNoBlock opens path for reading with O_NONBLOCK, so that a named
// pipe that replaced a regular file after it was checked cannot block the
// open; the flag does nothing to regular files.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
