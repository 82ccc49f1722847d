package corpus_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// goodArticle is a short invented article (under 100 bytes).
const goodArticle = "Bridge reopens\n\nThe old bridge reopened to traffic on Sunday.\n"

// writeTree creates files (path with forward slashes -> content) under root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links not available: %v", err)
	}
}

// snapshot lists every entry under root with its type, size, mode and
// modification time, without following links.
func snapshot(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		out = append(out, fmt.Sprintf("%s %v %d %s", p, fi.Mode(), fi.Size(), fi.ModTime().Format(time.RFC3339Nano)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// load runs Load and checks the invariants every batch has: articles
// sorted by unique ID, Errors sorted by path, Skipped sorted, every
// article's offsets valid.
func load(t *testing.T, roots []string, opts corpus.LoadOptions) (*corpus.Batch, error) {
	t.Helper()
	b, err := corpus.Load(roots, opts)
	if b == nil {
		return b, err
	}
	for i, a := range b.Articles {
		if i > 0 && b.Articles[i-1].ID >= a.ID {
			t.Errorf("Load(%q): articles not sorted by unique ID: %q then %q", roots, b.Articles[i-1].ID, a.ID)
		}
		if p := spanProblem(a); p != "" {
			t.Errorf("Load(%q): article %s: %s", roots, a.ID, p)
		}
	}
	if !sort.SliceIsSorted(b.Errors, func(i, j int) bool { return b.Errors[i].Path < b.Errors[j].Path }) {
		t.Errorf("Load(%q): Errors not sorted by path: %v", roots, b.Errors)
	}
	if !sort.StringsAreSorted(b.Skipped) {
		t.Errorf("Load(%q): Skipped not sorted: %q", roots, b.Skipped)
	}
	return b, err
}

func ids(b *corpus.Batch) []string {
	var out []string
	for _, a := range b.Articles {
		out = append(out, a.ID)
	}
	return out
}

func errorList(b *corpus.Batch) string {
	var out []string
	for _, e := range b.Errors {
		out = append(out, e.Error())
	}
	return fmt.Sprintf("%q", out)
}

func TestLoadTree(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"a.txt":             goodArticle,
		"Z.text":            goodArticle,
		"e.markdown":        goodArticle,
		"sub/b.md":          "---\ntitle: From front matter\n---\n" + goodArticle,
		"sub/deeper/c.TXT":  "---\ntitle: Not front matter in a text file\n---\n" + goodArticle,
		".hidden.txt":       goodArticle,
		".git/d.txt":        goodArticle,
		"sub/.cache/e.md":   goodArticle,
		"notes.pdf":         "%PDF",
		"sub/photo.jpg":     "jpeg",
		"sub/deeper/README": "readme",
	})
	before := snapshot(t, root)
	b, err := load(t, []string{root}, corpus.LoadOptions{})
	if err != nil {
		t.Fatalf("Load(%q): %v", root, err)
	}
	if after := snapshot(t, root); !equalList(before, after) {
		t.Errorf("Load(%q) changed the folder:\nbefore\n%s\nafter\n%s", root, fmtList(before), fmtList(after))
	}

	wantIDs := []string{"Z.text", "a.txt", "e.markdown", "sub/b.md", "sub/deeper/c.TXT"}
	if got := ids(b); !equalList(got, wantIDs) {
		t.Errorf("IDs got %q, want %q", got, wantIDs)
	}
	slash := filepath.ToSlash(root)
	for _, a := range b.Articles {
		if want := slash + "/" + a.ID; a.Path != want {
			t.Errorf("article %s: Path got %q, want %q", a.ID, a.Path, want)
		}
		if strings.Contains(a.ID, `\`) || strings.HasPrefix(a.ID, "/") {
			t.Errorf("article ID %q is not relative with forward slashes", a.ID)
		}
	}
	wantSkipped := []string{slash + "/notes.pdf", slash + "/sub/deeper/README", slash + "/sub/photo.jpg"}
	if !equalList(b.Skipped, wantSkipped) {
		t.Errorf("Skipped got %q, want %q", b.Skipped, wantSkipped)
	}
	if len(b.Errors) != 0 {
		t.Errorf("Errors got %s, want none", errorList(b))
	}

	titles := map[string]string{}
	for _, a := range b.Articles {
		titles[a.ID] = a.Title
	}
	for id, want := range map[string]string{
		"sub/b.md":         "From front matter",
		"sub/deeper/c.TXT": "---",
		"a.txt":            "Bridge reopens",
	} {
		if titles[id] != want {
			t.Errorf("article %s: Title got %q, want %q (Markdown only for .md/.markdown)", id, titles[id], want)
		}
	}
}

func TestLoadMissingRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"ok/a.txt": goodArticle})
	missing := filepath.Join(dir, "no-such-folder")
	cases := []struct {
		name  string
		roots []string
	}{
		{"only root", []string{missing}},
		{"second of two roots", []string{filepath.Join(dir, "ok"), missing}},
		{"broken link as root", nil},
	}
	link := filepath.Join(dir, "broken")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), link); err == nil {
		cases[2].roots = []string{link}
	} else {
		cases = cases[:2]
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := load(t, c.roots, corpus.LoadOptions{})
			var pe *corpus.PathError
			if !errors.As(err, &pe) {
				t.Fatalf("Load(%q): err got %v (%T), want *corpus.PathError", c.roots, err, err)
			}
			want := c.roots[len(c.roots)-1]
			if pe.Path != want || !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Load(%q): PathError{Path: %q, Err: %v}, want path %q and fs.ErrNotExist", c.roots, pe.Path, pe.Err, want)
			}
			if b != nil {
				t.Errorf("Load(%q): batch got %+v, want nil", c.roots, b)
			}
		})
	}
}

// TestLoadBadFiles puts one unreadable entry beside a good article: the
// good one still loads and the bad one is an *ArticleError wrapping the
// right error.
func TestLoadBadFiles(t *testing.T) {
	big := strings.Repeat("The river rose again overnight. ", 10)
	cases := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the bad path
		opts  corpus.LoadOptions
		want  error
	}{
		{
			name: "empty file",
			setup: func(t *testing.T, dir string) string {
				writeTree(t, dir, map[string]string{"empty.txt": ""})
				return filepath.Join(dir, "empty.txt")
			},
			want: corpus.ErrEmpty,
		},
		{
			name: "white-space file",
			setup: func(t *testing.T, dir string) string {
				writeTree(t, dir, map[string]string{"blank.md": "\n  \n"})
				return filepath.Join(dir, "blank.md")
			},
			want: corpus.ErrEmpty,
		},
		{
			name: "binary file",
			setup: func(t *testing.T, dir string) string {
				writeTree(t, dir, map[string]string{"sub/binary.txt": "PK\x03\x04\x00\x00\x08\x00"})
				return filepath.Join(dir, "sub", "binary.txt")
			},
			want: corpus.ErrBinary,
		},
		{
			name: "undecodable file",
			setup: func(t *testing.T, dir string) string {
				writeTree(t, dir, map[string]string{"c1.txt": "\x81\x8d\x8f\x90\x9d\x81\x8d"})
				return filepath.Join(dir, "c1.txt")
			},
			want: corpus.ErrEncoding,
		},
		{
			name: "file over MaxBytes",
			setup: func(t *testing.T, dir string) string {
				writeTree(t, dir, map[string]string{"big.txt": big})
				return filepath.Join(dir, "big.txt")
			},
			opts: corpus.LoadOptions{MaxBytes: 100},
			want: corpus.ErrTooLarge,
		},
		{
			name: "folder link to its parent",
			setup: func(t *testing.T, dir string) string {
				writeTree(t, dir, map[string]string{"sub/x.txt": goodArticle})
				link := filepath.Join(dir, "sub", "up")
				symlink(t, "..", link)
				return link
			},
			want: corpus.ErrSymlinkLoop,
		},
		{
			name: "folder link to itself's folder",
			setup: func(t *testing.T, dir string) string {
				link := filepath.Join(dir, "again")
				symlink(t, ".", link)
				return link
			},
			want: corpus.ErrSymlinkLoop,
		},
		{
			name: "link to itself",
			setup: func(t *testing.T, dir string) string {
				link := filepath.Join(dir, "self.txt")
				symlink(t, "self.txt", link)
				return link
			},
			want: corpus.ErrSymlinkLoop,
		},
		{
			name: "dangling link",
			setup: func(t *testing.T, dir string) string {
				link := filepath.Join(dir, "gone.txt")
				symlink(t, "nowhere.txt", link)
				return link
			},
			want: fs.ErrNotExist,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"good.txt": goodArticle})
			bad := c.setup(t, dir)
			before := snapshot(t, dir)
			b, err := load(t, []string{dir}, c.opts)
			if err != nil {
				t.Fatalf("Load: unexpected error %v", err)
			}
			if after := snapshot(t, dir); !equalList(before, after) {
				t.Errorf("Load changed the folder:\nbefore\n%s\nafter\n%s", fmtList(before), fmtList(after))
			}
			got := ids(b)
			wantIDs := []string{"good.txt"}
			if c.want == corpus.ErrSymlinkLoop && strings.Contains(c.name, "parent") {
				// sub/x.txt is reached once, through sub.
				wantIDs = []string{"good.txt", "sub/x.txt"}
			}
			if !equalList(got, wantIDs) {
				t.Errorf("IDs got %q, want %q", got, wantIDs)
			}
			if len(b.Errors) != 1 {
				t.Fatalf("Errors got %s, want one for %s", errorList(b), bad)
			}
			var ae *corpus.ArticleError
			if err := error(b.Errors[0]); !errors.As(err, &ae) || !errors.Is(err, c.want) {
				t.Errorf("error got %v, want an *ArticleError wrapping %v", err, c.want)
			}
			if want := filepath.ToSlash(bad); ae != nil && ae.Path != want {
				t.Errorf("ArticleError.Path got %q, want %q", ae.Path, want)
			}
		})
	}
}

func TestLoadMaxBytes(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"exact.txt": goodArticle, "over.txt": goodArticle + "x"})
	limit := int64(len(goodArticle))
	b, err := load(t, []string{dir}, corpus.LoadOptions{MaxBytes: limit})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(b); !equalList(got, []string{"exact.txt"}) {
		t.Errorf("MaxBytes %d: IDs got %q, want [exact.txt]", limit, got)
	}
	if len(b.Errors) != 1 || !errors.Is(b.Errors[0], corpus.ErrTooLarge) {
		t.Errorf("MaxBytes %d: Errors got %s, want one ErrTooLarge", limit, errorList(b))
	}
	// Zero means the default limit.
	b, err = load(t, []string{dir}, corpus.LoadOptions{})
	if err != nil || len(b.Articles) != 2 {
		t.Errorf("MaxBytes 0: got %d articles, err %v, want 2 and nil", len(b.Articles), err)
	}
}

func TestLoadAllErrorsSorted(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"z.txt":     "",
		"a.txt":     "\x00\x01",
		"m/b.md":    "   ",
		"good.text": goodArticle,
	})
	b, err := load(t, []string{dir}, corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range b.Errors {
		got = append(got, strings.TrimPrefix(e.Path, filepath.ToSlash(dir)+"/"))
	}
	want := []string{"a.txt", "m/b.md", "z.txt"}
	if !equalList(got, want) {
		t.Errorf("error paths got %q, want %q", got, want)
	}
}

func TestLoadNoArticles(t *testing.T) {
	cases := []struct {
		name    string
		files   map[string]string
		skipped int
		errs    int
	}{
		{"empty folder", nil, 0, 0},
		{"only other extensions", map[string]string{"a.pdf": "x", "sub/b.docx": "<p>"}, 2, 0},
		{"only hidden files", map[string]string{".a.txt": goodArticle, ".d/b.txt": goodArticle}, 0, 0},
		{"only unreadable articles", map[string]string{"a.txt": "", "b.md": "\x00"}, 0, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, c.files)
			b, err := load(t, []string{dir}, corpus.LoadOptions{})
			if !errors.Is(err, corpus.ErrNoArticles) {
				t.Fatalf("files %q: err got %v, want ErrNoArticles", c.files, err)
			}
			if b == nil {
				t.Fatalf("files %q: batch is nil, want the (empty) batch", c.files)
			}
			if len(b.Articles) != 0 || len(b.Skipped) != c.skipped || len(b.Errors) != c.errs {
				t.Errorf("files %q: %d articles, Skipped %q, Errors %s; want 0, %d, %d",
					c.files, len(b.Articles), b.Skipped, errorList(b), c.skipped, c.errs)
			}
		})
	}
}

func TestLoadFileRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"one.txt":      goodArticle,
		"two.md":       "---\ntitle: Markdown file\n---\n" + goodArticle,
		"three.pdf":    "x",
		"folder/x.txt": goodArticle,
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	cases := []struct {
		name    string
		roots   []string
		ids     []string
		skipped []string
		noArts  bool
	}{
		{"text file", []string{p("one.txt")}, []string{"one.txt"}, nil, false},
		{"Markdown file", []string{p("two.md")}, []string{"two.md"}, nil, false},
		{"file with another extension", []string{p("three.pdf")}, nil, []string{filepath.ToSlash(p("three.pdf"))}, true},
		{"file and folder", []string{p("one.txt"), p("folder")}, []string{"folder/x.txt", "one.txt"}, nil, false},
		{"same file twice", []string{p("one.txt"), p("one.txt")}, []string{"one.txt"}, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := load(t, c.roots, corpus.LoadOptions{})
			if c.noArts != errors.Is(err, corpus.ErrNoArticles) || err != nil && !c.noArts {
				t.Fatalf("Load(%q): err got %v", c.roots, err)
			}
			if got := ids(b); !equalList(got, c.ids) {
				t.Errorf("Load(%q): IDs got %q, want %q", c.roots, got, c.ids)
			}
			if !equalList(b.Skipped, c.skipped) {
				t.Errorf("Load(%q): Skipped got %q, want %q", c.roots, b.Skipped, c.skipped)
			}
			if len(b.Errors) != 0 {
				t.Errorf("Load(%q): Errors got %s, want none", c.roots, errorList(b))
			}
			for _, a := range b.Articles {
				if a.ID == "one.txt" && a.Path != filepath.ToSlash(p("one.txt")) {
					t.Errorf("Load(%q): Path got %q, want %q", c.roots, a.Path, filepath.ToSlash(p("one.txt")))
				}
				if a.ID == "two.md" && a.Title != "Markdown file" {
					t.Errorf("Load(%q): two.md not read as Markdown, Title %q", c.roots, a.Title)
				}
			}
		})
	}
}

func TestLoadTwoRoots(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"x/north/a.txt":     goodArticle,
		"x/north/sub/b.txt": goodArticle,
		"y/south/a.txt":     goodArticle,
		"z/north/a.txt":     goodArticle,
	})
	north, south := filepath.Join(dir, "x", "north"), filepath.Join(dir, "y", "south")

	t.Run("ids prefixed with the folder name", func(t *testing.T) {
		before := snapshot(t, dir)
		b, err := load(t, []string{south, north + string(filepath.Separator)}, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"north/a.txt", "north/sub/b.txt", "south/a.txt"}
		if got := ids(b); !equalList(got, want) {
			t.Errorf("IDs got %q, want %q", got, want)
		}
		for _, a := range b.Articles {
			if !strings.HasSuffix(a.Path, strings.TrimPrefix(strings.TrimPrefix(a.ID, "north"), "south")) ||
				!strings.HasPrefix(a.Path, filepath.ToSlash(dir)) {
				t.Errorf("article %s: Path %q does not join the root and the relative path", a.ID, a.Path)
			}
		}
		if after := snapshot(t, dir); !equalList(before, after) {
			t.Errorf("Load changed the folders:\nbefore\n%s\nafter\n%s", fmtList(before), fmtList(after))
		}
	})

	t.Run("same folder twice loads each file once", func(t *testing.T) {
		b, err := load(t, []string{north, north}, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"a.txt", "sub/b.txt"} // as if given once
		if got := ids(b); !equalList(got, want) || len(b.Errors) != 0 || len(b.Repeats) != 0 {
			t.Errorf("IDs got %q, Errors %s, Repeats %v; want %q and none", got, errorList(b), b.Repeats, want)
		}
	})

	// Two roots with one name were once a clash that dropped the second
	// root's articles as duplicate ids.
	t.Run("two folders with the same name get distinct prefixes", func(t *testing.T) {
		other := filepath.Join(dir, "z", "north")
		for _, roots := range [][]string{{other, north}, {north, other}} {
			b, err := load(t, roots, corpus.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"x/north/a.txt", "x/north/sub/b.txt", "z/north/a.txt"}
			if got := ids(b); !equalList(got, want) || len(b.Errors) != 0 {
				t.Errorf("Load(%q): IDs got %q, Errors %s; want %q and none", roots, got, errorList(b), want)
			}
			for _, a := range b.Articles {
				if !strings.HasSuffix(a.Path, "/"+a.ID) {
					t.Errorf("article %s read from %s", a.ID, a.Path)
				}
			}
		}
	})

	t.Run("dot as one of two roots", func(t *testing.T) {
		t.Chdir(north)
		b, err := load(t, []string{".", south}, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"north/a.txt", "north/sub/b.txt", "south/a.txt"}
		if got := ids(b); !equalList(got, want) {
			t.Errorf("IDs got %q, want %q", got, want)
		}
	})
}

func TestLoadFollowsFolderLinks(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"outside/x.txt": goodArticle,
		"root/a.txt":    goodArticle,
	})
	root := filepath.Join(dir, "root")
	symlink(t, filepath.Join("..", "outside"), filepath.Join(root, "linked"))
	symlink(t, "a.txt", filepath.Join(root, "alias.txt"))
	b, err := load(t, []string{root}, corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// alias.txt is a.txt again: analysed once, never as two sources.
	want := []string{"a.txt", "linked/x.txt"}
	if got := ids(b); !equalList(got, want) || len(b.Errors) != 0 {
		t.Errorf("IDs got %q, Errors %s; want %q and none", got, errorList(b), want)
	}
	slash := filepath.ToSlash(root)
	if wantRep := []corpus.Repeat{{Path: slash + "/alias.txt", Of: slash + "/a.txt"}}; fmt.Sprint(b.Repeats) != fmt.Sprint(wantRep) {
		t.Errorf("Repeats got %v, want %v", b.Repeats, wantRep)
	}
}

func TestErrorTypes(t *testing.T) {
	inner := errors.New("boom")
	ae := &corpus.ArticleError{Path: "a/b.txt", Err: corpus.ErrEmpty}
	pe := &corpus.PathError{Path: "missing", Err: inner}
	cases := []struct {
		name string
		err  error
		msg  string
		is   error
	}{
		{"ArticleError", ae, "a/b.txt: empty file", corpus.ErrEmpty},
		{"PathError", pe, "missing: boom", inner},
		{"wrapped ArticleError", fmt.Errorf("load: %w", ae), "load: a/b.txt: empty file", corpus.ErrEmpty},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.err.Error() != c.msg {
				t.Errorf("Error() got %q, want %q", c.err.Error(), c.msg)
			}
			if !errors.Is(c.err, c.is) {
				t.Errorf("errors.Is(%v, %v) = false, want true", c.err, c.is)
			}
		})
	}
}
