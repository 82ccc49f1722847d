package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadDataDir: a copy of the embedded data folder on disk reads as the
// embedded lexicon, and an edited concept file there is what it reads.
func TestReadDataDir(t *testing.T) {
	dir := t.TempDir()
	err := copyFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	l, err := ReadDataDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(l.concepts), len(Default().concepts); got != want {
		t.Fatalf("concepts %d, want %d", got, want)
	}
	file := filepath.Join(dir, "organisations", "orgs_learned.txt")
	if err := os.WriteFile(file, []byte("# Learnt organisations (test).\n# lang: en\nzorvaltix\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err = ReadDataDir(dir); err != nil {
		t.Fatal(err)
	}
	if !l.Has(OrgsLearned, "zorvaltix") || len(l.Words(OrgsLearned)) != 1 {
		t.Errorf("orgs_learned read from disk: %v", l.Words(OrgsLearned))
	}
}

// copyFS writes the embedded data folder's files under dir.
func copyFS(dir string) error {
	return fs.WalkDir(dataFS, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		out := filepath.Join(dir, strings.TrimPrefix(p, "data"))
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		b, err := fs.ReadFile(dataFS, p)
		if err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
}
