package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// DefaultMaxBytes is the default size limit for one article file.
const DefaultMaxBytes = 10 << 20

// LoadOptions controls Load.
type LoadOptions struct {
	// MaxBytes skips files larger than this many bytes (0: DefaultMaxBytes).
	MaxBytes int64
	// Extractor is the HTML main-text extractor: ExtractorTrafilatura or
	// ExtractorReadability ("": DefaultExtractor).
	Extractor string
	// JSONLFields names the fields read from JSON Lines records (empty
	// names take DefaultJSONLFields()).
	JSONLFields JSONLFields
	// Workers is the number of files read and parsed at once (0: the
	// number of CPUs). The batch is the same for any value.
	Workers int
	// Cache, when set, keeps parsed articles between runs, keyed by the
	// file's bytes, id, format and options; CacheSalt (the tool version)
	// is part of every key.
	Cache     ParseCache
	CacheSalt string
	// Lexicon supplies the cleaning vocabulary (nil: lexicon.Default()).
	Lexicon *lexicon.Lexicon
}

// Batch is the result of loading: the articles, sorted by ID, and what
// could not be loaded.
type Batch struct {
	Articles []Article
	// Errors lists files that could not be read as articles, sorted by path.
	Errors []*ArticleError
	// Skipped lists files ignored because of their extension, sorted.
	Skipped []string
}

// PathError reports a path given by the user that does not exist or
// cannot be opened at all. It is a usage error, not a per-article one.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// articleFormat returns the format of a file read as articles by its
// extension, or "" for other files.
func articleFormat(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

type found struct {
	id, path string
	format   string
}

// Load walks each root (a folder, searched recursively, or a single file)
// and loads every .txt, .md, .html/.htm and .jsonl/.ndjson file in it
// (see Parse, ParseHTML and ParseJSONL). Hidden files and folders (name
// starting with ".") are ignored silently; other extensions are listed in
// Batch.Skipped. A root that does not exist is a *PathError; every
// per-file problem is an *ArticleError in Batch.Errors and the rest of the
// batch is still loaded. With several roots, the ids of files found in a
// folder are prefixed with the folder's name; a file given directly keeps
// its name as id. A second file with an id already taken is reported with
// ErrDuplicateID. When no article could be loaded, Load returns the
// batch and an error wrapping ErrNoArticles.
func Load(roots []string, opts LoadOptions) (*Batch, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	b := &Batch{}
	var files []found
	for _, root := range roots {
		fi, err := os.Stat(root)
		if err != nil {
			return nil, &PathError{Path: root, Err: errors.Unwrap(err)}
		}
		if !fi.IsDir() {
			format := articleFormat(root)
			if format == "" {
				b.Skipped = append(b.Skipped, filepath.ToSlash(root))
				continue
			}
			files = append(files, found{id: filepath.Base(root), path: filepath.ToSlash(root), format: format})
			continue
		}
		prefix := ""
		if len(roots) > 1 {
			prefix = folderName(root) + "/"
		}
		walk(root, root, prefix, map[string]bool{}, &files, b)
	}
	sort.Slice(files, func(i, j int) bool {
		if files[i].id != files[j].id {
			return files[i].id < files[j].id
		}
		return files[i].path < files[j].path
	})
	seen := map[string]string{} // id -> path
	var unique []found
	for _, f := range files {
		if p, ok := seen[f.id]; ok {
			// The same file given twice is loaded once; another file
			// with the same id is reported, not dropped silently.
			if p != f.path {
				b.Errors = append(b.Errors, &ArticleError{Path: f.path, Err: fmt.Errorf("%w %s (also %s)", ErrDuplicateID, f.id, p)})
			}
			continue
		}
		seen[f.id] = f.path
		unique = append(unique, f)
	}
	// Files are read and parsed on a bounded pool; results go to their
	// own slot and are added in order, so the batch does not depend on
	// scheduling.
	type parsed struct {
		arts []Article
		errs []*ArticleError
	}
	out := make([]parsed, len(unique))
	var freshMu sync.Mutex
	fresh := map[string][]byte{}
	next := make(chan int)
	var wg sync.WaitGroup
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	for w := 0; w < max(1, min(workers, len(unique))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f := unique[i]
				raw, err := readFile(f.path, opts.MaxBytes)
				if err != nil {
					out[i].errs = []*ArticleError{{Path: f.path, Err: err}}
					continue
				}
				out[i].arts, out[i].errs = cachedParse(f, raw, opts, &freshMu, fresh)
			}
		}()
	}
	for i := range unique {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, p := range out {
		b.add(p.arts, p.errs)
	}
	if opts.Cache != nil {
		// A failed write only costs the next run time.
		_ = opts.Cache.PutAll(fresh)
	}
	return b, b.finish(strings.Join(roots, ", "))
}

// parseFile reads the articles of one file in the given format.
func parseFile(id, path string, raw []byte, format string, opts LoadOptions) ([]Article, []*ArticleError) {
	var a Article
	var err error
	switch format {
	case FormatJSONL:
		return parseJSONL(cleanerFor(opts.Lexicon), id, path, raw, opts.JSONLFields)
	case FormatHTML:
		a, err = parseHTML(cleanerFor(opts.Lexicon), id, path, raw, opts.Extractor)
	case FormatText, FormatMarkdown:
		a, err = parseText(cleanerFor(opts.Lexicon), id, path, raw, format == FormatMarkdown)
	default:
		err = fmt.Errorf("unknown input format %q (want %s, %s, %s or %s)", format, FormatText, FormatMarkdown, FormatHTML, FormatJSONL)
	}
	if err != nil {
		return nil, []*ArticleError{{Path: path, Err: err}}
	}
	return []Article{a}, nil
}

func (b *Batch) add(arts []Article, errs []*ArticleError) {
	b.Articles = append(b.Articles, arts...)
	b.Errors = append(b.Errors, errs...)
}

// finish sorts the batch (articles by ID; errors by path, in order of
// line within a file), reports articles of two files that ended with the
// same ID, and returns ErrNoArticles when none was loaded.
func (b *Batch) finish(what string) error {
	sort.SliceStable(b.Articles, func(i, j int) bool { return b.Articles[i].ID < b.Articles[j].ID })
	kept := b.Articles[:0]
	for i, a := range b.Articles {
		if i > 0 && a.ID == b.Articles[i-1].ID {
			b.Errors = append(b.Errors, &ArticleError{Path: a.Path, Err: fmt.Errorf("%w %s (also %s)", ErrDuplicateID, a.ID, b.Articles[i-1].Path)})
			continue
		}
		kept = append(kept, a)
	}
	b.Articles = kept
	sort.SliceStable(b.Errors, func(i, j int) bool { return b.Errors[i].Path < b.Errors[j].Path })
	sort.Strings(b.Skipped)
	if len(b.Articles) == 0 {
		return fmt.Errorf("%w in %s", ErrNoArticles, what)
	}
	return nil
}

// LoadReader loads articles from r (standard input, for "report -"):
// format FormatText (one article; also FormatMarkdown and FormatHTML) or
// FormatJSONL (one article per line). The file id and path are name, or
// "-" when name is empty; JSON Lines articles get ids "<name>#<line>" or
// "<name>#<record id>". At most opts.MaxBytes bytes are read (more is
// ErrTooLarge). Errors are as for Load; a read error is returned as is.
func LoadReader(name string, r io.Reader, format string, opts LoadOptions) (*Batch, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if name == "" {
		name = "-"
	}
	if format == "" {
		format = FormatText
	}
	switch format {
	case FormatText, FormatMarkdown, FormatHTML, FormatJSONL:
	default:
		return nil, fmt.Errorf("unknown input format %q (want %s, %s, %s or %s)", format, FormatText, FormatMarkdown, FormatHTML, FormatJSONL)
	}
	raw, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	b := &Batch{}
	if int64(len(raw)) > opts.MaxBytes {
		b.Errors = append(b.Errors, &ArticleError{Path: name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, opts.MaxBytes)})
	} else {
		b.add(parseFile(name, name, raw, format, opts))
	}
	return b, b.finish(name)
}

// folderName is the name of a root folder as used in ids: its last
// element, taken from the absolute path so that "." and ".." have one.
func folderName(root string) string {
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	return filepath.Base(root)
}

// walk lists article files under dir. Symbolic links to folders are
// followed once; a link back into a folder already being walked is a
// symlink loop.
func walk(root, dir, prefix string, active map[string]bool, files *[]found, b *Batch) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(dir), Err: linkErr(err)})
		return
	}
	if active[real] {
		b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(dir), Err: ErrSymlinkLoop})
		return
	}
	active[real] = true
	defer delete(active, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(dir), Err: err})
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(p), Err: linkErr(err)})
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			walk(root, p, prefix, active, files, b)
		case mode.IsRegular():
			if format := articleFormat(name); format != "" {
				*files = append(*files, found{id: prefix + rel, path: filepath.ToSlash(p), format: format})
			} else {
				b.Skipped = append(b.Skipped, filepath.ToSlash(p))
			}
		default:
			b.Skipped = append(b.Skipped, filepath.ToSlash(p))
		}
	}
}

func linkErr(err error) error {
	if errors.Is(err, syscall.ELOOP) || strings.Contains(err.Error(), "too many links") {
		return ErrSymlinkLoop
	}
	return err
}

// readFile reads a file of at most max bytes.
func readFile(path string, max int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, linkErr(err)
	}
	if fi.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), max)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return raw, nil
}
