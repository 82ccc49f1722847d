package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// ParseCache stores parsed articles between runs (see LoadOptions.Cache).
// Get may be called from several goroutines.
type ParseCache interface {
	Get(key string) ([]byte, bool)
	PutAll(kv map[string][]byte) error
}

// parseCacheFormat is bumped whenever Article changes shape or parsing
// changes meaning without a CacheSalt change.
const parseCacheFormat = "parse-v3"

// parseKey hashes everything parsing a file depends on.
func parseKey(id, path, format string, raw []byte, opts LoadOptions) string {
	h := sha256.New()
	fields, _ := json.Marshal(opts.JSONLFields)
	lex := ""
	if opts.Lexicon != nil && opts.Lexicon != lexicon.Default() {
		lex = opts.Lexicon.Fingerprint() // a user's cleaning words
	}
	for _, part := range []string{parseCacheFormat, opts.CacheSalt, id, path, format, opts.Extractor, string(fields), lex} {
		fmt.Fprintf(h, "%d:%s", len(part), part)
	}
	h.Write(raw)
	return "parse:" + hex.EncodeToString(h.Sum(nil))
}

// storedArticle is an Article as cached: errors become their messages.
type storedArticle struct {
	Article
	ProblemTexts []string
}

func encodeArticles(arts []Article) ([]byte, error) {
	out := make([]storedArticle, len(arts))
	for i, a := range arts {
		out[i].Article = a
		out[i].Problems = nil
		for _, p := range a.Problems {
			out[i].ProblemTexts = append(out[i].ProblemTexts, p.Error())
		}
	}
	return json.Marshal(out)
}

func decodeArticles(b []byte) ([]Article, bool) {
	var in []storedArticle
	if json.Unmarshal(b, &in) != nil {
		return nil, false
	}
	arts := make([]Article, len(in))
	for i, s := range in {
		arts[i] = s.Article
		for _, t := range s.ProblemTexts {
			arts[i].Problems = append(arts[i].Problems, errors.New(t))
		}
	}
	return arts, true
}

// cachedParse parses a file through the cache: a hit skips parsing; a
// miss without errors is recorded in fresh for the caller to store.
func cachedParse(f found, raw []byte, opts LoadOptions, mu *sync.Mutex, fresh map[string][]byte) ([]Article, []*ArticleError) {
	if opts.Cache == nil {
		return parseFile(f.id, f.path, raw, f.format, opts)
	}
	key := parseKey(f.id, f.path, f.format, raw, opts)
	if b, ok := opts.Cache.Get(key); ok {
		if arts, ok := decodeArticles(b); ok {
			return arts, nil
		}
	}
	arts, errs := parseFile(f.id, f.path, raw, f.format, opts)
	if len(errs) == 0 {
		if b, err := encodeArticles(arts); err == nil {
			mu.Lock()
			fresh[key] = b
			mu.Unlock()
		}
	}
	return arts, errs
}
