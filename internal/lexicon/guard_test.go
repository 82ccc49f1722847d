package lexicon

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// minListWords is the size from which a literal list of words in Go code
// is vocabulary that belongs in the lexicon's data.
const minListWords = 5

// pendingLists are the files still holding literal word lists, with how
// many: the list only shrinks (a file with fewer lists than allowed fails
// too, so the allowance is lowered as lists move). Tables that are not
// vocabulary stay in allowedLists instead.
var pendingLists = map[string]int{}

// allowedLists are files whose literal lists are tables, not vocabulary,
// with how many and why; they may stay in Go code.
var allowedLists = map[string]struct {
	n   int
	why string
}{
	"internal/report/render.go":   {4, "table column headers, not vocabulary"},
	"internal/nertag/model.go":    {1, "the tagger's label names"},
	"internal/check/facts.go":     {1, "the keys of a facts-file entry"},
	"cmd/nec-analyse/config.go":   {2, "the config file's keys: flag names"},
	"internal/report/check.go":    {2, "step summary table headers, not vocabulary"},
	"internal/quantity/tables.go": {4, "number-word tables of the quantity parser"},
}

var (
	guardWord   = regexp.MustCompile(`^\p{L}[\p{L}'’.\-]*$`)
	guardAltern = regexp.MustCompile(`\(\?[a-z]*:([^()]*)\)|\(([^()?]*)\)`)
	guardAltW   = regexp.MustCompile(`^[\p{L} ]{2,}$`)
)

// wordLists finds the literal word lists in one Go file: composite
// literals, switch cases and calls with five or more single-word string
// literals, string literals of five or more words passed to a set-making
// call or strings.Fields, and regular-expression alternations of five or
// more words.
func wordLists(fset *token.FileSet, f *ast.File) []string {
	lf := &listFinder{fset: fset, seen: map[token.Pos]bool{}}
	ast.Inspect(f, lf.visit)
	return lf.out
}

// listFinder collects the word lists of one file, in the order of
// ast.Inspect.
type listFinder struct {
	fset *token.FileSet
	out  []string
	seen map[token.Pos]bool // string literals already reported
}

func (lf *listFinder) report(pos token.Pos, what string, n int) {
	lf.out = append(lf.out, fmt.Sprintf("%s: %s of %d words", lf.fset.Position(pos), what, n))
}

// visit is the ast.Inspect callback: it checks one node and goes into
// its children unless it reported the node as a literal list.
func (lf *listFinder) visit(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.BasicLit:
		lf.literal(x)
	case *ast.CompositeLit:
		if k := countWordLits(x.Elts); k >= minListWords {
			lf.report(x.Pos(), "literal list", k)
			return false
		}
	case *ast.CaseClause:
		if k := countWordLits(x.List); k >= minListWords {
			lf.report(x.Pos(), "switch case", k)
		}
	case *ast.CallExpr:
		if k := countWordLits(x.Args); k >= minListWords {
			lf.report(x.Pos(), "call with a list", k)
		}
		lf.callStrings(x)
	}
	return true
}

// isWordLit reports whether e (or the key of a key-value pair) is a
// string literal of one word.
func isWordLit(e ast.Expr) bool {
	if kv, ok := e.(*ast.KeyValueExpr); ok {
		e = kv.Key
	}
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return false
	}
	s, err := strconv.Unquote(bl.Value)
	return err == nil && guardWord.MatchString(s)
}

// countWordLits counts the one-word string literals among es.
func countWordLits(es []ast.Expr) int {
	n := 0
	for _, e := range es {
		if isWordLit(e) {
			n++
		}
	}
	return n
}

// countWords counts the fields that are words.
func countWords(fields []string) int {
	k := 0
	for _, w := range fields {
		if guardWord.MatchString(w) {
			k++
		}
	}
	return k
}

// literal checks a string literal alone, wherever it is used: "a|b|c|d|e"
// alternatives (not a Markdown table row, not a regular expression), or a
// multi-line raw string of words.
func (lf *listFinder) literal(x *ast.BasicLit) {
	if x.Kind != token.STRING || lf.seen[x.Pos()] {
		return
	}
	s, err := strconv.Unquote(x.Value)
	if err != nil {
		return
	}
	table := strings.HasPrefix(strings.TrimSpace(s), "|") // a Markdown table row
	if alts := strings.Split(s, "|"); !table && len(alts) >= minListWords && !strings.ContainsAny(s, "()[]\\") {
		k := 0
		for _, a := range alts {
			if guardAltW.MatchString(strings.TrimSpace(a)) {
				k++
			}
		}
		if k >= minListWords {
			lf.report(x.Pos(), "list of alternatives", k)
			return
		}
	}
	if strings.HasPrefix(x.Value, "`") && strings.Contains(s, "\n") {
		fields := strings.Fields(s)
		if k := countWords(fields); k >= minListWords && k*10 >= len(fields)*9 {
			lf.report(x.Pos(), "word string", k)
		}
	}
}

// callStrings checks the string literals passed to a call: the
// alternations of a regular expression given to (Must)Compile, and
// strings of words given to a set-making call or strings.Fields.
func (lf *listFinder) callStrings(x *ast.CallExpr) {
	name := ""
	switch fn := x.Fun.(type) {
	case *ast.Ident:
		name = fn.Name
	case *ast.SelectorExpr:
		name = fn.Sel.Name
	}
	for _, a := range x.Args {
		bl, ok := a.(*ast.BasicLit)
		if !ok || bl.Kind != token.STRING {
			continue
		}
		s, err := strconv.Unquote(bl.Value)
		if err != nil {
			continue
		}
		if name == "MustCompile" || name == "Compile" {
			lf.alternations(bl, s)
			continue
		}
		fields := strings.Fields(s)
		k := countWords(fields)
		lname := strings.ToLower(name)
		if k >= minListWords && k*10 >= len(fields)*9 && !strings.Contains(s, "\n") && (strings.Contains(lname, "set") || name == "Fields" || strings.Contains(lname, "words") || strings.Contains(lname, "list")) {
			lf.report(bl.Pos(), "word string", k)
		}
	}
}

// alternations reports each group of five or more word alternatives in
// the regular expression s, literal bl, and marks bl seen.
func (lf *listFinder) alternations(bl *ast.BasicLit, s string) {
	for _, m := range guardAltern.FindAllStringSubmatch(s, -1) {
		body := m[1] + m[2]
		k := 0
		for _, alt := range strings.Split(body, "|") {
			if guardAltW.MatchString(alt) {
				k++
			}
		}
		if k >= minListWords {
			lf.report(bl.Pos(), "regexp alternation", k)
			lf.seen[bl.Pos()] = true
		}
	}
}

// TestNoWordListsInCode fails when Go code outside this package holds a
// literal word list of five words or more: vocabulary is data, in one
// place, extendable by users.
func TestNoWordListsInCode(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string][]string{}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || rel == "internal/lexicon" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		for _, l := range wordLists(fset, f) {
			found[rel] = append(found[rel], strings.TrimPrefix(l, root+string(filepath.Separator)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files := make([]string, 0, len(found))
	for f := range found {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		lists := found[f]
		if allowed := pendingLists[f] + allowedLists[f].n; len(lists) > allowed {
			t.Errorf("%s holds %d literal word lists (allowed %d): move them to internal/lexicon/data\n\t%s", f, len(lists), allowed, strings.Join(lists, "\n\t"))
		}
	}
	for f, n := range pendingLists {
		if got := len(found[f]) - allowedLists[f].n; got < n {
			t.Errorf("%s now holds %d literal word lists: lower its pendingLists allowance from %d", f, got, n)
		}
	}
	if os.Getenv("NEC_LIST_WORDLISTS") != "" {
		for _, f := range files {
			t.Logf("%q: %d,\n\t%s", f, len(found[f])-allowedLists[f].n, strings.Join(found[f], "\n\t"))
		}
	}
}

func TestWordListsDetector(t *testing.T) {
	src := `package x
import ("regexp"; "strings")
var a = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true}
var b = []string{"one", "two", "three", "four"}
var c = textutil.Set("alpha beta gamma delta epsilon")
var d = regexp.MustCompile(` + "`" + `(?i)\b(?:said|says|told|added|asked)\b` + "`" + `)
var e = fmt.Errorf("this message has many plain words in it")
var f = strings.Fields("a b c d e f")
func g(s string) { switch s { case "mon", "tue", "wed", "thu", "fri": } }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := wordLists(fset, f)
	want := []string{"x.go:3:9: literal list of 5 words", "x.go:5:22: word string of 5 words", "x.go:6:28: regexp alternation of 5 words", "x.go:8:24: word string of 6 words", "x.go:9:31: switch case of 5 words"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("wordLists:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
