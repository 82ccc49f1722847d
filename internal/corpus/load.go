package corpus

import (
	"context"
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
	// Repeats lists files reached again by another path and loaded once,
	// sorted by Path.
	Repeats []Repeat
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
	// real is the file's absolute path with every symbolic link
	// resolved: two paths reaching one file have the same real path.
	real string
}

// Repeat is a file reached a second time, by another root or through a
// symbolic link; it is analysed once, as Of.
type Repeat struct {
	// Path is the second way the file was reached (forward slashes).
	Path string
	// Of is the path of the article it was analysed as.
	Of string
}

// Load is LoadContext without cancellation.
func Load(roots []string, opts LoadOptions) (*Batch, error) {
	return LoadContext(context.Background(), roots, opts)
}

// LoadContext walks each root (a folder, searched recursively, or a
// single file) and loads every .txt, .md, .html/.htm and .jsonl/.ndjson
// file in it (see Parse, ParseHTML and ParseJSONL). Only regular files are
// read, after following symbolic links: a named pipe, a device or a
// socket with an article's extension, or given as a root, is an
// *ArticleError wrapping ErrNotRegular, and reading it is never tried, so
// it cannot block or run without end. At most MaxBytes bytes of a file
// are read, whatever its reported size. Hidden files and folders (name
// starting with ".") are ignored silently; other extensions are listed in
// Batch.Skipped.
//
// A root that does not exist is a *PathError; every per-file problem is
// an *ArticleError in Batch.Errors and the rest of the batch is still
// loaded. A file reached twice (two roots, a root inside another, a
// symbolic link) is loaded once, under the first root in the order given
// (within one root, under its first id in sort order); the others are
// listed in Batch.Repeats. With several roots, ids are prefixed with the
// shortest suffix of each root's path that tells it from the other roots
// ("articles/a.txt", or "2024-01/articles/a.txt" beside
// "2024-02/articles/a.txt"); a file given directly is named the same way
// ("a.txt", or "x/a.txt" beside "y/a.txt"). Two files still ending with
// one id are reported with ErrDuplicateID. When no article could be
// loaded, LoadContext returns the batch and an error wrapping
// ErrNoArticles.
//
// Cancelling ctx stops the walk and the reading between files; the error
// is then ctx's.
func LoadContext(ctx context.Context, roots []string, opts LoadOptions) (*Batch, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	b := &Batch{}
	type rootInfo struct {
		path string
		fi   fs.FileInfo
		real string
	}
	var rs []rootInfo
	seenRoot := map[string]string{} // real path -> root
	for _, root := range roots {
		fi, err := os.Stat(root)
		if err != nil {
			return nil, &PathError{Path: root, Err: errors.Unwrap(err)}
		}
		real := realPath(root)
		if first, ok := seenRoot[real]; ok {
			if first != root {
				b.Repeats = append(b.Repeats, Repeat{Path: filepath.ToSlash(root), Of: filepath.ToSlash(first)})
			}
			continue
		}
		seenRoot[real] = root
		rs = append(rs, rootInfo{root, fi, real})
	}
	names := make([]string, len(rs))
	if len(rs) > 1 {
		paths := make([]string, len(rs))
		for i, r := range rs {
			paths[i] = r.path
		}
		names = distinctSuffixes(paths)
	}
	var files []found
	for i, r := range rs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !r.fi.IsDir() {
			p := filepath.ToSlash(r.path)
			id := names[i]
			if id == "" {
				id = filepath.Base(r.path)
			}
			switch {
			case !r.fi.Mode().IsRegular():
				b.Errors = append(b.Errors, &ArticleError{Path: p, Err: notRegular(r.fi.Mode())})
			case articleFormat(r.path) == "":
				b.Skipped = append(b.Skipped, p)
			default:
				files = append(files, found{id: id, path: p, format: articleFormat(r.path), real: r.real})
			}
			continue
		}
		prefix := ""
		if names[i] != "" {
			prefix = names[i] + "/"
		}
		var inRoot []found
		if err := walk(ctx, r.path, r.path, prefix, map[string]bool{}, &inRoot, b); err != nil {
			return nil, err
		}
		sort.Slice(inRoot, func(i, j int) bool { return inRoot[i].id < inRoot[j].id })
		files = append(files, inRoot...)
	}
	unique := b.dedupe(files)
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
feed:
	for i := range unique {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, p := range out {
		b.add(p.arts, p.errs)
	}
	if opts.Cache != nil {
		// A failed write only costs the next run time.
		_ = opts.Cache.PutAll(fresh)
	}
	return b, b.finish(strings.Join(roots, ", "))
}

// dedupe drops the files reached twice (a file is loaded once, as the
// first root in the order given reached it; the others are Repeats) and
// reports a file whose id another file already has, and returns the
// rest sorted by id.
func (b *Batch) dedupe(files []found) []found {
	// A file reached twice is loaded once, as the first root (in the
	// order given) reached it.
	firstOf := map[string]string{} // real path -> path
	kept := files[:0]
	for _, f := range files {
		if p, ok := firstOf[f.real]; ok {
			if p != f.path {
				b.Repeats = append(b.Repeats, Repeat{Path: f.path, Of: p})
			}
			continue
		}
		firstOf[f.real] = f.path
		kept = append(kept, f)
	}
	files = kept
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
			// Another file with the same id is reported, not dropped
			// silently.
			b.Errors = append(b.Errors, &ArticleError{Path: f.path, Err: fmt.Errorf("%w %s (also %s)", ErrDuplicateID, f.id, p)})
			continue
		}
		seen[f.id] = f.path
		unique = append(unique, f)
	}
	return unique
}

// realPath is path made absolute with every symbolic link resolved, or
// as close to that as can be had.
func realPath(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		path = r
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path
}

// distinctSuffixes names each path by the shortest run of its last
// elements (of its absolute form, with "/") that no other path ends
// with: [x/articles, y/articles, z/notes] gives [x/articles, y/articles,
// notes]. A path whose every suffix is shared (it is a suffix of
// another, "/a/b" beside "/x/a/b") is named by all its elements.
func distinctSuffixes(paths []string) []string {
	elems := make([][]string, len(paths))
	for i, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		p = filepath.ToSlash(filepath.Clean(p))
		p = strings.TrimPrefix(p, filepath.ToSlash(filepath.VolumeName(p)))
		for _, e := range strings.Split(p, "/") {
			if e != "" {
				elems[i] = append(elems[i], e)
			}
		}
	}
	suffix := func(es []string, k int) (string, bool) {
		if k > len(es) {
			return "", false
		}
		return strings.Join(es[len(es)-k:], "/"), true
	}
	names := make([]string, len(paths))
	for i, es := range elems {
		if len(es) == 0 {
			names[i] = "/"
			continue
		}
		for k := 1; k <= len(es); k++ {
			name, _ := suffix(es, k)
			names[i] = name
			clash := false
			for j, other := range elems {
				if s, ok := suffix(other, k); j != i && ok && s == name {
					clash = true
					break
				}
			}
			if !clash {
				break
			}
		}
	}
	return names
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
	sort.Slice(b.Repeats, func(i, j int) bool { return b.Repeats[i].Path < b.Repeats[j].Path })
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
// symlink loop. It returns ctx's error when ctx is cancelled.
func walk(ctx context.Context, root, dir, prefix string, active map[string]bool, files *[]found, b *Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(dir), Err: linkErr(err)})
		return nil
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if active[real] {
		b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(dir), Err: ErrSymlinkLoop})
		return nil
	}
	active[real] = true
	defer delete(active, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(dir), Err: err})
		return nil
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
		realFile := filepath.Join(real, name)
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(p), Err: linkErr(err)})
				continue
			}
			mode = fi.Mode().Type()
			realFile = realPath(p)
		}
		format := articleFormat(name)
		switch {
		case mode.IsDir():
			if err := walk(ctx, root, p, prefix, active, files, b); err != nil {
				return err
			}
		case format == "":
			b.Skipped = append(b.Skipped, filepath.ToSlash(p))
		case mode.IsRegular():
			*files = append(*files, found{id: prefix + rel, path: filepath.ToSlash(p), format: format, real: realFile})
		default:
			// A named pipe or a device with an article's name: never
			// opened (a pipe would block, a device might never end).
			b.Errors = append(b.Errors, &ArticleError{Path: filepath.ToSlash(p), Err: notRegular(mode)})
		}
	}
	return nil
}

// notRegular is ErrNotRegular naming the kind of file.
func notRegular(mode fs.FileMode) error {
	kind := "irregular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case mode&fs.ModeCharDevice != 0:
		kind = "character device"
	case mode&fs.ModeDevice != 0:
		kind = "device"
	case mode&fs.ModeSocket != 0:
		kind = "socket"
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, kind)
}

func linkErr(err error) error {
	if errors.Is(err, syscall.ELOOP) || strings.Contains(err.Error(), "too many links") {
		return ErrSymlinkLoop
	}
	return err
}

// readFile reads a regular file of at most max bytes. The file is opened
// without blocking (see openNoBlock) and checked to be a regular file
// before any read, and the limit holds for the bytes actually read, not
// the size the file reports.
func readFile(path string, max int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, linkErr(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	if fi.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), max)
	}
	f, err := openNoBlock(path)
	if err != nil {
		return nil, linkErr(err)
	}
	defer f.Close()
	// The path may have been replaced since the Stat above.
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	raw, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes, limit %d", ErrTooLarge, max, max)
	}
	return raw, nil
}
