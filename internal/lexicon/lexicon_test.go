package lexicon

import (
	"errors"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestNamesMatchFiles checks that every Name constant in names*.go has a
// concept file and every concept file a constant.
func TestNamesMatchFiles(t *testing.T) {
	files, err := filepath.Glob("names*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no names*.go: %v", err)
	}
	consts := map[Name]string{}
	for _, file := range files {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		inspectNames(f, consts)
	}
	l := Default()
	for n, id := range consts {
		if l.Concept(n) == nil {
			t.Errorf("constant %s = %q has no file data/<domain>/%s.txt", id, n, n)
		}
	}
	for _, n := range l.Names() {
		if _, ok := consts[n]; !ok {
			t.Errorf("concept %s (%s) has no constant in names*.go", n, l.Concept(n).File)
		}
	}
}

// inspectNames collects the string constants of f.
func inspectNames(f *ast.File, consts map[Name]string) {
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Values) != 1 {
			return true
		}
		bl, ok := vs.Values[0].(*ast.BasicLit)
		if !ok || bl.Kind != token.STRING {
			return true
		}
		v, _ := strconv.Unquote(bl.Value)
		consts[Name(v)] = vs.Names[0].Name
		return true
	})
}

// TestConceptsWellFormed checks every embedded concept: a doc line, no
// empty list, no entry twice, no entry with leading or trailing space.
func TestConceptsWellFormed(t *testing.T) {
	l := Default()
	for _, n := range l.Names() {
		c := l.Concept(n)
		if !strings.HasSuffix(c.Doc, ".") {
			t.Errorf("%s: doc line %q does not end with a full stop", c.File, c.Doc)
		}
		if len(c.Own) == 0 && len(c.Include) == 0 {
			t.Errorf("%s: no entries", c.File)
		}
		seen := map[string]bool{}
		for _, w := range c.Own {
			if seen[w] {
				t.Errorf("%s: %q listed twice", c.File, w)
			}
			seen[w] = true
		}
		for _, inc := range c.Include {
			for _, w := range l.Concept(inc).Own {
				if seen[w] {
					t.Errorf("%s: %q is also in the included %s", c.File, w, inc)
				}
			}
		}
	}
}

// pendingOverlaps are pairs of concepts ("a b", names sorted) that still
// share more than half of the smaller one's entries because two packages
// kept drifted copies of one concept; each is to be unified into one
// concept (in its own commit, with its measured effect), so the list only
// shrinks. It is empty: every drifted copy has been unified; a new pair
// belongs here only while its unification is pending.
var pendingOverlaps = map[string]bool{}

// minOverlapSize is the size up to which a concept is a small closed
// set ("you your du din dina") that may share words with a larger one
// (the stopwords) without being the same concept.
const minOverlapSize = 5

// TestNoOverlap fails when two concepts share more than half of the
// smaller one's own entries, unless one declares itself a subset of the
// other; a declared subset must hold (that is how drift shows).
func TestNoOverlap(t *testing.T) {
	l := Default()
	names := l.Names()
	for _, n := range names {
		c := l.Concept(n)
		for _, s := range c.SubsetOf {
			sup := l.Concept(s)
			for w := range c.set {
				if _, ok := sup.set[w]; !ok {
					t.Errorf("%s declares subset-of %s but %q is not in %s", c.File, s, w, s)
				}
			}
		}
	}
	// Function words are shared by many lists by nature ("of" joins
	// organisation names and is a stopword): overlap is measured on the
	// other entries.
	stop := l.Set(StopwordsEnSv)
	usedPending := map[string]bool{}
	content := func(c *Concept) []string {
		var out []string
		for _, w := range c.Own {
			if _, ok := stop[w]; !ok {
				out = append(out, w)
			}
		}
		return out
	}
	for i, a := range names {
		ca := l.Concept(a)
		if a == StopwordsEnSv {
			continue
		}
		wa := content(ca)
		for _, b := range names[i+1:] {
			cb := l.Concept(b)
			if b == StopwordsEnSv || declared(ca, b) || declared(cb, a) {
				continue
			}
			wb := content(cb)
			inB := map[string]bool{}
			for _, w := range wb {
				inB[w] = true
			}
			shared := 0
			for _, w := range wa {
				if inB[w] {
					shared++
				}
			}
			small := min(len(wa), len(wb))
			pair := string(a) + " " + string(b)
			if small > minOverlapSize && shared*2 > small && pendingOverlaps[pair] {
				usedPending[pair] = true
				continue
			}
			if small > minOverlapSize && shared*2 > small {
				t.Errorf("%s and %s share %d of %d entries (beyond function words): one concept, or declare subset-of", ca.File, cb.File, shared, small)
			}
		}
	}
	for pair := range pendingOverlaps {
		if !usedPending[pair] {
			t.Errorf("pendingOverlaps holds %q, which no longer overlap: remove it", pair)
		}
	}
}

func declared(c *Concept, other Name) bool {
	for _, n := range append(append([]Name(nil), c.SubsetOf...), c.Include...) {
		if n == other {
			return true
		}
	}
	return false
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"no doc", fstest.MapFS{"data/a/x.txt": {Data: []byte("word\n")}}, "no doc line"},
		{"unknown include", fstest.MapFS{"data/a/x.txt": {Data: []byte("# X.\n# include: y\nword\n")}}, `unknown concept "y"`},
		{"cycle", fstest.MapFS{
			"data/a/x.txt": {Data: []byte("# X.\n# include: y\nword\n")},
			"data/a/y.txt": {Data: []byte("# Y.\n# include: x\nother\n")},
		}, "include cycle"},
		{"twice", fstest.MapFS{
			"data/a/x.txt": {Data: []byte("# X.\nword\n")},
			"data/b/x.txt": {Data: []byte("# X.\nother\n")},
		}, "defined twice"},
		{"stray file", fstest.MapFS{"data/a/x.yaml": {Data: []byte("x: 1\n")}}, "not a concept file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseFS(tc.files)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("parseFS: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestIncludeAndHas(t *testing.T) {
	l, err := parseFS(fstest.MapFS{
		"data/a/x.txt": {Data: []byte("# X.\n# lang: en sv\n# include: y\nnew york\nbank\n")},
		"data/a/y.txt": {Data: []byte("# Y.\nunion\n\n# a comment\nboard\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		n    Name
		w    string
		want bool
	}{
		{"x", "new york", true}, {"x", "union", true}, {"x", "board", true}, {"y", "bank", false}, {"x", "Bank", false},
	} {
		if got := l.Has(tc.n, tc.w); got != tc.want {
			t.Errorf("Has(%s, %q) = %v, want %v", tc.n, tc.w, got, tc.want)
		}
	}
	if !l.HasLower("x", "Bank") {
		t.Error(`HasLower(x, "Bank") = false`)
	}
	if got := strings.Join(l.Words("x"), ","); got != "bank,board,new york,union" {
		t.Errorf("Words(x) = %s", got)
	}
	if c := l.Concept("x"); c.Domain != "a" || strings.Join(c.Langs, " ") != "en sv" || c.Doc != "X." {
		t.Errorf("concept x = %+v", c)
	}
}

func TestExtend(t *testing.T) {
	base, err := parseFS(fstest.MapFS{
		"data/organisations/org_heads.txt": {Data: []byte("# Heads.\nbank\n")},
		"data/measures/measure_votes.txt":  {Data: []byte("# Votes.\nvote\nvotes\n")},
		"data/framing/framing.yaml":        {Data: []byte("en:\n  labels:\n    hard left: -0.5\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	const file = `org_heads: [syndicate, "  Trust  "]
measures:
  votes: [ballots]
  ballots cast: [ballots cast]
measure_seats: chairs
framing:
  en:
    labels: {firebrand: -0.3}
`
	l, err := base.Extend(strings.NewReader(file), "my.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		n    Name
		w    string
		want bool
	}{
		{"org_heads", "syndicate", true}, {"org_heads", "Trust", true}, {"org_heads", "bank", true},
		{"measure_votes", "ballots", true}, {"measure_ballots_cast", "ballots cast", true}, {"measure_seats", "chairs", true},
	} {
		if got := l.Has(tc.n, tc.w); got != tc.want {
			t.Errorf("Has(%s, %q) = %v, want %v", tc.n, tc.w, got, tc.want)
		}
	}
	if base.Has("org_heads", "syndicate") || base.Concept("measure_seats") != nil {
		t.Error("Extend changed its receiver")
	}
	if got := len(l.Framing()); got != 2 || !strings.Contains(string(l.Framing()[1]), "firebrand") {
		t.Errorf("framing documents = %d: %q", got, l.Framing())
	}
	if got := MeasureName("measure_ballots_cast"); got != "ballots cast" {
		t.Errorf("MeasureName = %q", got)
	}
	if len(l.InDomain("measures")) != 3 {
		t.Errorf("measures = %d, want 3", len(l.InDomain("measures")))
	}
	if base.Fingerprint() == l.Fingerprint() {
		t.Error("extended lexicon has the base's fingerprint")
	}
	if got := l.Sources(); len(got) != 1 || got[0] != "my.yaml" {
		t.Errorf("Sources = %q", got)
	}
}

func TestExtendErrors(t *testing.T) {
	base, err := parseFS(fstest.MapFS{"data/organisations/org_heads.txt": {Data: []byte("# Heads.\nbank\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, file, want string
	}{
		{"unknown list", "org_heads: [a]\norg_head: [b]\n", `my.yaml:2:11: unknown list "org_head" (did you mean org_heads?)`},
		{"bad yaml", "org_heads: [a\nx: [", "my.yaml:"},
		{"not a mapping", "- a\n- b\n", "my.yaml:1:1: a lexicon file is a mapping"},
		{"nested entry", "org_heads: [[a]]\n", "my.yaml:1:13: org_heads: each entry is a word or phrase"},
		{"empty entry", "org_heads: ['  ']\n", "empty entry"},
		{"measures shape", "measures: [a]\n", "my.yaml:1:11: measures: expected a mapping"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := base.Extend(strings.NewReader(tc.file), "my.yaml")
			var fe *FileError
			if err == nil || !errors.As(err, &fe) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Extend(%q) = %v, want a FileError containing %q", tc.file, err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), "lexicon.") {
				t.Errorf("error shows a Go type: %v", err)
			}
		})
	}
}

func TestDefaultDataReadable(t *testing.T) {
	if _, err := fs.Stat(dataFS, "data"); err != nil {
		t.Fatal(err)
	}
	if !Default().IsCountry("Britain's") || Default().IsCountry("Brightline") {
		t.Error("default lexicon lookups are off")
	}
}

func TestInOrderAndPattern(t *testing.T) {
	base, err := parseFS(fstest.MapFS{
		"data/a/x.txt": {Data: []byte("# X.\n# include: y\nzeta\nalpha\n")},
		"data/a/y.txt": {Data: []byte("# Y.\nmid\nalpha\ne.g.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	l, err := base.Extend(strings.NewReader("x: [new, zeta]\n"), "u.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(l.InOrder("x"), ","); got != "zeta,alpha,mid,e.g.,new" {
		t.Errorf("InOrder = %s", got)
	}
	if got := l.Pattern("x"); got != `(?:zeta|alpha|mid|e\.g\.|new)` {
		t.Errorf("Pattern = %s", got)
	}
}

var update = flag.Bool("update", false, "rewrite docs/lexicon.md")

// TestLexiconDoc checks that docs/lexicon.md is the catalogue of the
// embedded lexicon (rewritten with -update).
func TestLexiconDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "lexicon.md")
	got := Default().Markdown()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/lexicon -run TestLexiconDoc -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s is not the lexicon's catalogue: run go test ./internal/lexicon -run TestLexiconDoc -update and review the diff", path)
	}
}
