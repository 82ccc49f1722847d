package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// memCache is an in-memory ParseCache counting hits.
type memCache struct {
	mu   sync.Mutex
	m    map[string][]byte
	hits int
}

func (c *memCache) Get(k string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	if ok {
		c.hits++
	}
	return v, ok
}

func (c *memCache) PutAll(kv map[string][]byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range kv {
		c.m[k] = v
	}
	return nil
}

func TestParseCache(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Ferry route approved\n\nThe Harbour Council approved the ferry route on Tuesday.\n\nSubscribe to our newsletter\nGet the news in your inbox.\n",
		"b.md":  "---\ntitle: [unclosed\n---\nBody text of the second article about the harbour.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := &memCache{m: map[string][]byte{}}
	opts := LoadOptions{Cache: c, CacheSalt: "v1"}
	cold, err := Load([]string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	warm, err := Load([]string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if c.hits != 2 {
		t.Errorf("cache hits = %d, want 2", c.hits)
	}
	for i := range cold.Articles {
		a, b := cold.Articles[i], warm.Articles[i]
		if len(a.Problems) != len(b.Problems) {
			t.Errorf("%s: problems %v, cached %v", a.ID, a.Problems, b.Problems)
		}
		for k := range a.Problems {
			if a.Problems[k].Error() != b.Problems[k].Error() {
				t.Errorf("%s: problem %q, cached %q", a.ID, a.Problems[k], b.Problems[k])
			}
		}
		a.Problems, b.Problems = nil, nil
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: cached article differs:\n%+v\n%+v", a.ID, a, b)
		}
	}
	// Another salt (another tool version) misses.
	c.hits = 0
	if _, err := Load([]string{dir}, LoadOptions{Cache: c, CacheSalt: "v2"}); err != nil {
		t.Fatal(err)
	}
	if c.hits != 0 {
		t.Errorf("a new salt hit the cache %d times", c.hits)
	}
}
