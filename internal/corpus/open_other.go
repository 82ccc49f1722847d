//go:build !unix

package corpus

import "os"

// openNoBlock opens path for reading (named pipes cannot block an open
// here).
func openNoBlock(path string) (*os.File, error) {
	return os.Open(path)
}
