// Command copycheck guards the rule that no third-party text is copied into
// the repository: it lists every run of N or more consecutive words
// (default 6) that a repository file shares with any file of the shared
// data and seed folders, and exits 1 when one is not allowlisted.
//
//	go run ./internal/tools/copycheck [-data ../shared/data] [-seeds ../shared/seeds] [-n 6] [-notes-n 10] [-wild-n 6] [-wild-min 3] [-allow FILE] [-all]
//
// (make copy-check; .ci/run runs it.) Run from the repository root.
//
// Words: a word is a maximal run of letters and digits, lower-cased; every
// other character (spaces, punctuation, quote marks, markup) separates
// words and is otherwise ignored, so "U.S. bank's" reads as "u s bank s".
// The escapes \n, \t, \r of Go and JSON strings separate words too, and
// \uXXXX is read as its character. Shared files are read in place, never
// copied: .gz files decompressed, HTML without its tags, and column files
// (CoNLL-like: most lines have 2 to 5 fields) by their token column, so a
// sentence of the NER sets reads as running words.
//
// Repository files read: the files `git ls-files --cached --others
// --exclude-standard` lists (tracked, and new files git does not ignore),
// except:
//   - binaries: images, .gz, .gob (the embedded models), and any file that
//     holds a NUL byte or is not UTF-8;
//   - the learnt lexicon lists (internal/lexicon/data/*/*_learned*.txt),
//     generated from the data by `make names-lexicon`: they are lists of
//     names, one a line, so consecutive lines of long names ("communes of
//     the X department") or a song title form runs by construction;
//     copycheck does not judge them, and an allowlist of their runs would
//     change with every regeneration;
//   - the allowlist itself.
//
// Generated docs (docs/rules.md, docs/lexicon.md) are checked: a copied run
// there is fixed where it comes from (a pass's doc comment, a lexicon
// header) and the doc regenerated. BENCHMARKS.md is checked with the longer
// run length -notes-n (default 10; 0 skips it): the notes name
// institutions, people and works, and quote an error case's few words, but
// must not quote sentences.
//
// Wildcard mode (-wild-n, default 6; 0 turns it off): a real sentence
// with its names changed shares no run of 6 words, so the fixture and test
// text is compared a second time with each run of capitalised words and
// numbers read as one "*" ("Mayor Edda Quist closed the Tarnby quay for 3
// weeks" reads "* closed the * quay for * weeks"), in the repository files
// and in the shared files alike. It reads, of the repository: the string
// literals of *_test.go files (a sum of strings as one text; comments and
// code not), files under a testdata folder (pass fixtures, seeds, golden
// files; of .json files the string values, not the keys), and the #
// header lines of the lexicon lists (where their examples are). No run
// spans two strings, two values or two comment blocks. A run of -wild-n
// or more words is reported only when it holds -wild-min (default 3)
// distinct content words: words of three letters or more that are neither
// names, numbers nor function words (the lexicon's stopwords_en_sv), so
// "* said on * that the * of * would" is no copy. Session 16 measured
// 76 runs at 6 words, 20 at 8 and 3 at 10 with 3 content words, and 254
// at 6 with 2 (BENCHMARKS.md, helper hR): real copies among them as short
// as 6 words ("* came fourth just missing out").
//
// Allowlist (-allow, default internal/tools/copycheck/allowed.txt): one
// accepted run per line, blank lines and lines starting with # ignored,
// each read as words the same way (so case and punctuation do not matter);
// an entry shorter than N words accepts nothing. A shared window of N words is accepted when
// its words are N consecutive words of an entry, in any repository file; a
// run is reported when any of its windows is not accepted (only the parts
// not accepted are printed). An entry holding "*" is read by the wildcard
// mode only, its "*" standing for a name or number; the other entries count
// in both modes. Entries that accept nothing are listed as a warning on
// standard error.
//
// Output: one line per run, "FILE:LINE: K words shared with SOURCE: "words
// ..."", SOURCE being the first shared file read that holds one of its
// windows ("K words shared (names and numbers as *) with" for the wildcard
// mode); then a summary on standard error. -all lists the allowlisted
// runs too, marked "allowed". Exit status: 0 when every run is allowlisted,
// 1 when one is not, 2 when a folder is missing or a file cannot be read.
//
// About 9 s (5 s of CPU) and 0.19 GB peak RSS with the wildcard mode, 6 s
// and 0.14 GB without (BENCHMARKS.md, session 16, helper hR).
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder (read in place)")
	seeds := flag.String("seeds", "../shared/seeds", "shared seed folder (read in place)")
	n := flag.Int("n", 6, "shortest run of shared words reported")
	notesN := flag.Int("notes-n", 10, "shortest run reported in BENCHMARKS.md (0 skips the file)")
	allowPath := flag.String("allow", "internal/tools/copycheck/allowed.txt", "allowlist: one accepted run a line, # comments")
	all := flag.Bool("all", false, "list allowlisted runs too")
	wildN := flag.Int("wild-n", 6, "wildcard mode: shortest run, names and numbers as *, in fixture and test text (0: off)")
	wildMin := flag.Int("wild-min", 3, "wildcard mode: distinct content words (not names, numbers or function words) a run needs")
	flag.Parse()
	if flag.NArg() > 0 || *n < 2 || *wildN == 1 || *wildN < 0 {
		fmt.Fprintln(os.Stderr, "usage: copycheck [-data DIR] [-seeds DIR] [-n N] [-notes-n N] [-wild-n N] [-wild-min N] [-allow FILE] [-all]")
		os.Exit(2)
	}
	bad, err := run(os.Stdout, os.Stderr, options{
		data: *data, seeds: *seeds, n: *n, notesN: *notesN, allow: *allowPath, all: *all,
		wildN: *wildN, wildMin: *wildMin,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "copycheck:", err)
		os.Exit(2)
	}
	if bad > 0 {
		os.Exit(1)
	}
}

type options struct {
	data, seeds string
	n, notesN   int
	allow       string
	all         bool
	// wildN > 0: the wildcard mode, runs of wildN or more words with
	// wildMin content words in each window.
	wildN, wildMin int
}

// run checks the repository in the working directory and returns the
// number of runs not allowlisted.
func run(stdout, stderr io.Writer, o options) (int, error) {
	for _, d := range []struct{ name, dir string }{{"data", o.data}, {"seed", o.seeds}} {
		if st, err := os.Stat(d.dir); err != nil || !st.IsDir() {
			return 0, fmt.Errorf("%s folder %s is missing: the check reads ../shared/data and ../shared/seeds in place (-data, -seeds)", d.name, d.dir)
		}
	}
	allow, err := readAllow(o.allow)
	if err != nil {
		return 0, err
	}
	paths, err := repoPaths()
	if err != nil {
		return 0, err
	}
	var files, wildFiles []*repoFile
	for _, p := range paths {
		f, wf, err := readRepoFile(p, o)
		if err != nil {
			return 0, err
		}
		if f != nil {
			files = append(files, f)
		}
		if wf != nil {
			wildFiles = append(wildFiles, wf)
		}
	}
	entries, wildEntries := allowWords(allow)
	c := newChecker(o.n, files, entries, nil)
	var wc *checker
	if o.wildN > 0 {
		stop := lexicon.Default().Set(lexicon.StopwordsEnSv)
		wc = wildChecker(o.wildN, o.wildMin, wildFiles, wildEntries, stop)
	}
	var w, ww words
	nshared := 0
	for _, dir := range []string{o.data, o.seeds} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.Type().IsRegular() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			text, err := sourceText(p, b)
			if err != nil {
				return fmt.Errorf("%s: %v", p, err)
			}
			if bytes.IndexByte(text, 0) >= 0 {
				return nil
			}
			nshared++
			w.reset()
			tokenize(&w, text)
			c.scan(p, &w)
			if wc != nil {
				ww.reset()
				wildcard(&ww, &w)
				wc.scan(p, &ww)
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	out := bufio.NewWriter(stdout)
	var bad, allowed [2]int // exact, wildcard
	for k, ch := range []*checker{c, wc} {
		if ch == nil {
			continue
		}
		for _, r := range ch.runs() {
			if r.Allowed {
				allowed[k]++
				if o.all {
					fmt.Fprintln(out, r.String()+" (allowed)")
				}
				continue
			}
			bad[k]++
			fmt.Fprintln(out, r)
		}
	}
	if err := out.Flush(); err != nil {
		return 0, err
	}
	var unused []string
	for i := range allow {
		if !c.allowUsed[i] && (wc == nil || !wc.allowUsed[i]) {
			e := &entries[i]
			if e.len() == 0 {
				e = &wildEntries[i]
			}
			ws := make([]string, e.len())
			for k := range ws {
				ws[k] = string(e.word(k))
			}
			unused = append(unused, strings.Join(ws, " "))
		}
	}
	sort.Strings(unused)
	for _, a := range unused {
		fmt.Fprintf(stderr, "copycheck: warning: allowlist entry %q accepts no shared run\n", a)
	}
	fmt.Fprintf(stderr, "copycheck: %d repository files against %d shared files: %d runs of %d+ words not allowlisted, %d allowlisted\n",
		len(files), nshared, bad[0], o.n, allowed[0])
	if wc != nil {
		fmt.Fprintf(stderr, "copycheck: wildcard mode, %d fixture and test files: %d runs of %d+ words (names and numbers as *) not allowlisted, %d allowlisted\n",
			len(wildFiles), bad[1], o.wildN, allowed[1])
	}
	if bad[0]+bad[1] > 0 {
		fmt.Fprintf(stderr, "copycheck: reword the runs above in your own words (never a real sentence with names swapped), or, for stock phrasing, a name or a licence text, add the run to %s\n", o.allow)
	}
	return bad[0] + bad[1], nil
}

// allowWords tokenizes the allowlist entries for the exact mode and for
// the wildcard mode. An entry holding "*" is a wildcard entry: the exact
// mode leaves it out (its words are empty there), and its "*" is a name
// or number in the wildcard mode.
func allowWords(allow []string) (exact, wild []words) {
	for _, a := range allow {
		var e, w, seg words
		if !strings.Contains(a, "*") {
			tokenize(&e, []byte(a))
		}
		tokenize(&seg, []byte(strings.ReplaceAll(a, "*", " X ")))
		wildcard(&w, &seg)
		exact, wild = append(exact, e), append(wild, w)
	}
	return exact, wild
}

// repoPaths lists the repository's files, tracked and new (not ignored).
func repoPaths() ([]string, error) {
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%v: %s", err, bytes.TrimSpace(ee.Stderr))
		}
		return nil, fmt.Errorf("git ls-files (run copycheck from the repository root): %v", err)
	}
	var paths []string
	seen := map[string]bool{}
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" && !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	return paths, nil
}

var binaryExt = map[string]bool{
	".gz": true, ".gob": true, ".png": true, ".jpg": true, ".jpeg": true,
	".gif": true, ".ico": true, ".pdf": true, ".zip": true, ".woff": true, ".woff2": true,
}

// skipped reports whether copycheck leaves the repository file p out
// before reading it (see the package doc).
func skipped(p, allow string, notesN int) bool {
	if binaryExt[strings.ToLower(path.Ext(p))] || filepath.Clean(p) == filepath.Clean(allow) {
		return true
	}
	if p == "BENCHMARKS.md" && notesN <= 0 {
		return true
	}
	if ok, _ := path.Match("internal/lexicon/data/*/*_learned*.txt", p); ok {
		return true
	}
	return false
}

// readRepoFile reads and cuts the repository file p, or returns nil for a
// file left out (binary, deleted but still tracked, see skipped); wf is its
// wildcard words when the wildcard mode is on and reads p (wildScope).
func readRepoFile(p string, o options) (f, wf *repoFile, err error) {
	if skipped(p, o.allow, o.notesN) {
		return nil, nil, nil
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) {
		return nil, nil, nil
	}
	f = &repoFile{path: p, minRun: o.n}
	if p == "BENCHMARKS.md" {
		f.minRun = o.notesN
	}
	tokenize(&f.words, b)
	if o.wildN > 0 && wildScope(p) != "" {
		wf = &repoFile{path: p, minRun: o.wildN}
		wildText(&wf.words, p, b)
	}
	return f, wf, nil
}

// readAllow reads the allowlist's entries.
func readAllow(p string) ([]string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}
