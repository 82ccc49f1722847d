package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// words is a text cut into lower-cased word tokens: word i is
// buf[end[i-1]:end[i]] (from 0 for i == 0), on line line[i] (from 1);
// shape[i] is set when the word was written capitalised (its first letter
// upper-case) or holds a digit: a name or a number, which the wildcard
// mode reads as wildTok.
type words struct {
	buf   []byte
	end   []int32
	line  []int32
	shape []bool
}

func (w *words) len() int { return len(w.end) }

func (w *words) word(i int) []byte {
	s := int32(0)
	if i > 0 {
		s = w.end[i-1]
	}
	return w.buf[s:w.end[i]]
}

func (w *words) reset() {
	w.buf, w.end, w.line, w.shape = w.buf[:0], w.end[:0], w.line[:0], w.shape[:0]
}

// add appends the word tok, on line line.
func (w *words) add(tok []byte, line int32, shape bool) {
	w.buf = append(w.buf, tok...)
	w.end = append(w.end, int32(len(w.buf)))
	w.line = append(w.line, line)
	w.shape = append(w.shape, shape)
}

// tokenize appends the word tokens of text to w (after w.reset, or on a
// zero value). A token is a maximal run of letters and digits, lower-cased;
// every other character separates tokens. Backslash escapes of Go and JSON
// strings are read as what they stand for: \n, \t and \r separate (and
// \n does not count as a line), \uXXXX is that character.
func tokenize(w *words, text []byte) { tokenizeFrom(w, text, 1) }

// tokenizeFrom is tokenize for a text that starts on line line.
func tokenizeFrom(w *words, text []byte, line int32) {
	in := false
	closeWord := func() {
		if in {
			w.end = append(w.end, int32(len(w.buf)))
			in = false
		}
	}
	addRune := func(r rune) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			digit := r <= '9' && r >= '0' || r >= utf8.RuneSelf && unicode.IsDigit(r)
			if !in {
				w.line = append(w.line, line)
				w.shape = append(w.shape, digit || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && (unicode.IsUpper(r) || unicode.IsTitle(r)))
				in = true
			} else if digit {
				w.shape[len(w.shape)-1] = true
			}
			w.buf = utf8.AppendRune(w.buf, unicode.ToLower(r))
			return
		}
		closeWord()
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\\' && i+1 < len(text) {
			switch text[i+1] {
			case 'n', 't', 'r':
				closeWord()
				i += 2
				continue
			case 'u':
				if r, ok := hex4(text[i+2:]); ok {
					addRune(r)
					i += 6
					continue
				}
			}
		}
		if c < utf8.RuneSelf {
			if c == '\n' {
				closeWord()
				line++
				i++
				continue
			}
			addRune(rune(c))
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		addRune(r)
		i += size
	}
	closeWord()
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// windowHash is the hash of the n words from i.
func windowHash(w *words, i, n int) uint64 {
	h := fnv.New64a()
	for j := i; j < i+n; j++ {
		h.Write(w.word(j))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

func sameWindow(a *words, i int, b *words, j, n int) bool {
	for k := 0; k < n; k++ {
		if !bytes.Equal(a.word(i+k), b.word(j+k)) {
			return false
		}
	}
	return true
}

// stripTags replaces HTML tags, and script and style elements whole, by
// spaces.
func stripTags(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		if data[i] != '<' {
			out = append(out, data[i])
			i++
			continue
		}
		end := bytes.IndexByte(data[i:], '>')
		if end < 0 {
			out = append(out, data[i:]...)
			break
		}
		tag := data[i+1 : i+end]
		i += end + 1
		for _, el := range []string{"script", "style"} {
			if len(tag) >= len(el) && strings.EqualFold(string(tag[:len(el)]), el) {
				i += closingTag(data[i:], el)
				break
			}
		}
		out = append(out, ' ')
	}
	return out
}

// closingTag is the offset in data of the first "</el" (el in any case),
// or len(data) when there is none.
func closingTag(data []byte, el string) int {
	for k := 0; ; {
		j := bytes.Index(data[k:], []byte("</"))
		if j < 0 {
			return len(data)
		}
		k += j
		if e := k + 2 + len(el); e <= len(data) && strings.EqualFold(string(data[k+2:e]), el) {
			return k
		}
		k += 2
	}
}

// sourceText turns a shared file into plain text: .gz files are
// decompressed, HTML loses its tags, and column files (CoNLL-like: most
// lines of 2 to 5 fields) keep their token column only, a sentence per
// blank-line block, so that a sentence reads as running words.
func sourceText(path string, data []byte) ([]byte, error) {
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, err
		}
	}
	if strings.Contains(path, ".htm") {
		return stripTags(data), nil
	}
	if !columnFile(data) {
		return data, nil
	}
	var out bytes.Buffer
	for _, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			out.WriteString(".\n")
			continue
		}
		if l[0] == '#' {
			continue
		}
		f := bytes.Fields(l)
		t := f[0]
		if len(f) >= 3 && isInt(f[0]) {
			t = f[1] // UNER: index, token, tag, ...
		}
		t = bytes.TrimPrefix(t, []byte("en:")) // WikiANN
		out.Write(t)
		out.WriteByte(' ')
	}
	return out.Bytes(), nil
}

// columnFile reports whether at least 90% of the first 300 non-blank,
// non-comment lines (20 at least) have 2 to 5 fields.
func columnFile(data []byte) bool {
	n, short := 0, 0
	for len(data) > 0 && n < 300 {
		var l []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			l, data = data, nil
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		n++
		if f := bytes.Fields(l); len(f) >= 2 && len(f) <= 5 {
			short++
		}
	}
	return n >= 20 && short*10 >= n*9
}

func isInt(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// repoFile is one repository file to check; minRun is the shortest run
// reported in it (at least the checker's n).
type repoFile struct {
	path   string
	words  words
	minRun int
}

// Run is a maximal run of shared words in a repository file.
type Run struct {
	File   string
	Line   int
	Words  []string
	Source string // the first shared file seen holding one of its windows
	// Allowed: every window of the run lies inside an allowlisted phrase.
	Allowed bool
	// Wild: found by the wildcard mode, Words holding wildTok for names
	// and numbers.
	Wild bool
}

func (r Run) String() string {
	how := ""
	if r.Wild {
		how = " (names and numbers as *)"
	}
	return fmt.Sprintf("%s:%d: %d words shared%s with %s: %q", r.File, r.Line, len(r.Words), how, r.Source, strings.Join(r.Words, " "))
}

// checker finds the windows of n words that the repository files share
// with the shared files scanned.
type checker struct {
	n    int
	wild bool // the wildcard mode's checker: its runs are marked Wild
	// keepRun, when set, says whether the maximal run of the words
	// [from, to) is looked at (reported or allowlisted) at all.
	keepRun func(w *words, from, to int) bool
	files   []*repoFile
	// Windows: global index g; file and start of each.
	winFile, winStart []int32
	head              map[uint64]int32 // window hash -> first window
	bits              []uint64         // bit h%len(bits)*64 set: a window may have hash h
	next              []int32          // next window with the same hash, -1 ends
	shared            []bool           // window g occurs in a shared file
	source            []int32          // index into sources of the first such file, -1
	allowedBy         []int32          // an allowlist entry holding window g's words, -1
	sources           []string
	allowUsed         []bool // allowlist entry i accepted a shared window
}

// newChecker indexes the windows of n words of files and marks those that
// are part of an allowlist entry (entries tokenized as the files are; an
// entry shorter than n words holds no window, so it accepts nothing).
// When keep is not nil, only the windows it keeps are looked for in the
// shared files.
func newChecker(n int, files []*repoFile, entries []words, keep func(w *words, i, n int) bool) *checker {
	c := &checker{n: n, files: files, head: map[uint64]int32{}, bits: make([]uint64, 1<<20)}
	c.allowUsed = make([]bool, len(entries))
	type at struct{ entry, start int }
	entryWins := map[uint64][]at{}
	for ei := range entries {
		for k := 0; k+n <= entries[ei].len(); k++ {
			h := windowHash(&entries[ei], k, n)
			entryWins[h] = append(entryWins[h], at{ei, k})
		}
	}
	for fi, f := range files {
		if f.minRun < n {
			f.minRun = n
		}
		for i := 0; i+n <= f.words.len(); i++ {
			g := int32(len(c.winFile))
			c.winFile = append(c.winFile, int32(fi))
			c.winStart = append(c.winStart, int32(i))
			if keep != nil && !keep(&f.words, i, n) {
				c.next = append(c.next, -1)
				c.allowedBy = append(c.allowedBy, -1)
				continue
			}
			h := windowHash(&f.words, i, n)
			if old, ok := c.head[h]; ok {
				c.next = append(c.next, old)
			} else {
				c.next = append(c.next, -1)
			}
			c.head[h] = g
			c.bits[h>>6%uint64(len(c.bits))] |= 1 << (h & 63)
			allowed := int32(-1)
			for _, a := range entryWins[h] {
				if sameWindow(&f.words, i, &entries[a.entry], a.start, n) {
					allowed = int32(a.entry)
					break
				}
			}
			c.allowedBy = append(c.allowedBy, allowed)
		}
	}
	c.shared = make([]bool, len(c.winFile))
	c.source = make([]int32, len(c.winFile))
	for i := range c.source {
		c.source[i] = -1
	}
	return c
}

// scan reads the words of one shared file (its text through sourceText
// and tokenize, and for the wildcard mode wildcard) and marks the
// repository windows it holds.
func (c *checker) scan(path string, w *words) {
	si := int32(-1)
	for i := 0; i+c.n <= w.len(); i++ {
		h := windowHash(w, i, c.n)
		if c.bits[h>>6%uint64(len(c.bits))]&(1<<(h&63)) == 0 {
			continue
		}
		g, ok := c.head[h]
		if !ok {
			continue
		}
		for ; g >= 0; g = c.next[g] {
			f := c.files[c.winFile[g]]
			if !sameWindow(&f.words, int(c.winStart[g]), w, i, c.n) {
				continue
			}
			c.shared[g] = true
			if c.source[g] < 0 {
				if si < 0 {
					si = int32(len(c.sources))
					c.sources = append(c.sources, path)
				}
				c.source[g] = si
			}
		}
	}
}

// runs returns the maximal runs of shared windows, file by file in order,
// leaving out runs shorter than their file's minRun and those keepRun
// does not keep. A run whose every
// window is allowlisted is returned with Allowed set; otherwise the run is
// cut at its allowlisted windows and each part is reported (a part shorter
// than minRun included: the words it shares are what is not allowed).
func (c *checker) runs() []Run {
	var out []Run
	g := 0
	for fi, f := range c.files {
		nw := f.words.len() - c.n + 1
		if nw < 0 {
			nw = 0
		}
		base := g
		g += nw
		for i := 0; i < nw; {
			if !c.shared[base+i] {
				i++
				continue
			}
			j := i
			for j < nw && c.shared[base+j] {
				j++
			}
			if c.keepRun != nil && !c.keepRun(&f.words, i, j+c.n-1) {
				i = j
				continue
			}
			allAllowed := true
			for k := i; k < j; k++ {
				if e := c.allowedBy[base+k]; e >= 0 {
					c.allowUsed[e] = true
				} else {
					allAllowed = false
				}
			}
			if j-i+c.n-1 < f.minRun {
				i = j
				continue
			}
			if allAllowed {
				out = append(out, c.run(fi, base, i, j, true))
				i = j
				continue
			}
			for k := i; k < j; {
				if c.allowedBy[base+k] >= 0 {
					k++
					continue
				}
				m := k
				for m < j && c.allowedBy[base+m] < 0 {
					m++
				}
				out = append(out, c.run(fi, base, k, m, false))
				k = m
			}
			i = j
		}
	}
	return out
}

// run is the run of the windows [i, j) of file fi (windows from base).
func (c *checker) run(fi, base, i, j int, allowed bool) Run {
	f := c.files[fi]
	r := Run{File: f.path, Line: int(f.words.line[i]), Allowed: allowed, Wild: c.wild}
	for k := i; k < j+c.n-1; k++ {
		r.Words = append(r.Words, string(f.words.word(k)))
	}
	for k := i; k < j; k++ {
		if s := c.source[base+k]; s >= 0 {
			r.Source = c.sources[s]
			break
		}
	}
	return r
}
