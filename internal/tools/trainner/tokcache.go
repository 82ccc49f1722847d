package main

import (
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

// tokeniser tags words with prose (parts of speech and, with ents, entity
// labels), remembering every sentence so a cache folder can keep them
// between runs: prose's classifier over the training text takes minutes.
type tokeniser struct {
	pm   *prose.Model
	ents bool

	mu    sync.Mutex
	memo  map[string][]nertag.Token
	dirty bool
}

func (t *tokeniser) tokens(words []string) ([]nertag.Token, error) {
	k := strings.Join(words, "\x00")
	t.mu.Lock()
	toks, ok := t.memo[k]
	t.mu.Unlock()
	if ok {
		return toks, nil
	}
	var err error
	if t.ents {
		toks, err = nertag.ProseEntTokens(t.pm, words)
	} else {
		toks, err = nertag.ProseTokens(t.pm, words)
	}
	if err != nil {
		return nil, err
	}
	t.mu.Lock()
	if t.memo == nil {
		t.memo = map[string][]nertag.Token{}
	}
	t.memo[k] = toks
	t.dirty = true
	t.mu.Unlock()
	return toks, nil
}

func (t *tokeniser) file(dir string) string {
	name := "prose-pos.gob.gz"
	if t.ents {
		name = "prose-ents.gob.gz"
	}
	return filepath.Join(dir, name)
}

// load reads the cache of dir, if there is one.
func (t *tokeniser) load(dir string) error {
	f, err := os.Open(t.file(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("token cache: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("token cache: %w", err)
	}
	if err := gob.NewDecoder(zr).Decode(&t.memo); err != nil {
		return fmt.Errorf("token cache: %w", err)
	}
	return nil
}

// save writes the cache to dir when it grew.
func (t *tokeniser) save(dir string) error {
	if !t.dirty {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(t.file(dir))
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	if err := gob.NewEncoder(zw).Encode(t.memo); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
