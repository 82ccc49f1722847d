package main

import (
	"bytes"
	"go/scanner"
	"go/token"
	"path"
	"strings"
	"unicode/utf8"
)

// The wildcard mode (-wild-n) finds a real sentence copied with its names
// changed: in the repository's fixture and test text (wildScope) and in
// every shared file, each run of capitalised words and numbers becomes one
// wildTok, and runs of wildN such tokens are compared as in the exact mode.
// A window counts only when at least wildMin of its words are content
// words (contentWord): "* said on * that the *" is a stock phrase, not a
// copy.
var (
	wildTok  = []byte("*")
	breakTok = []byte("|") // ends a segment (a Go string, a comment block): no window spans it
)

// wildcard appends to dst the words of src with each run of shaped words
// (capitalised, or holding a digit) read as one wildTok.
func wildcard(dst, src *words) {
	for i := 0; i < src.len(); i++ {
		if !src.shape[i] {
			dst.add(src.word(i), src.line[i], false)
			continue
		}
		if n := dst.len(); n > 0 && bytes.Equal(dst.word(n-1), wildTok) {
			continue
		}
		dst.add(wildTok, src.line[i], true)
	}
}

// endSegment appends breakTok to w, unless w is empty or already ends with
// one.
func endSegment(w *words) {
	if n := w.len(); n > 0 && !bytes.Equal(w.word(n-1), breakTok) {
		w.add(breakTok, w.line[n-1], false)
	}
}

// wildScope says which part of the repository file p the wildcard mode
// reads: "go" (the string literals of a Go test file), "comments" (the #
// header lines of a lexicon list, where its examples are), "all" (a file
// under a testdata folder: pass fixtures, seeds, golden files; of a .json
// file its string values, not its keys), or "" (none: the exact mode
// alone reads it).
func wildScope(p string) string {
	switch {
	case strings.HasSuffix(p, "_test.go"):
		return "go"
	case strings.HasPrefix(p, "internal/lexicon/data/") && path.Ext(p) == ".txt":
		return "comments"
	case strings.HasPrefix(p, "testdata/") || strings.Contains(p, "/testdata/"):
		return "all"
	}
	return ""
}

// wildText appends to dst the wildcard words of the repository file p
// (text b) in the scope wildScope gives.
func wildText(dst *words, p string, b []byte) {
	var seg words
	flush := func() {
		wildcard(dst, &seg)
		endSegment(dst)
		seg.reset()
	}
	switch wildScope(p) {
	case "go":
		goStrings(&seg, b, flush)
	case "comments":
		line := int32(0)
		for _, l := range bytes.Split(b, []byte("\n")) {
			line++
			if t := bytes.TrimSpace(l); len(t) > 0 && t[0] == '#' {
				tokenizeFrom(&seg, t[1:], line)
				continue
			}
			flush()
		}
	case "all":
		if path.Ext(p) == ".json" {
			jsonValues(&seg, b, flush)
			break
		}
		tokenize(&seg, b)
	}
	flush()
}

// goStrings tokenizes the string literals of the Go source src into seg,
// calling flush after each string and after each sum of strings ("a " +
// "b" is one text). Comments and code are not read; a source that does
// not scan is read up to its first error.
func goStrings(seg *words, src []byte, flush func()) {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, 0)
	var prev1, prev2 token.Token // the two tokens before this one
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF || tok == token.ILLEGAL {
			break
		}
		switch {
		case tok == token.STRING:
			if prev1 != token.ADD || prev2 != token.STRING {
				flush()
			}
			if len(lit) >= 2 {
				tokenizeFrom(seg, []byte(lit[1:len(lit)-1]), int32(file.Line(pos)))
			}
		case tok == token.ADD && prev1 == token.STRING:
		default:
			flush()
		}
		prev2, prev1 = prev1, tok
	}
}

// contentWords counts the distinct content words of the words [from, to)
// of w: words of three or more letters that are neither names nor numbers
// (shape) nor in stop (function words).
func contentWords(w *words, from, to int, stop map[string]struct{}) int {
	var seen []string
	for j := from; j < to; j++ {
		t := w.word(j)
		if utf8.RuneCount(t) < 3 || w.shape[j] || bytes.Equal(t, breakTok) {
			continue
		}
		if _, ok := stop[string(t)]; ok {
			continue
		}
		dup := false
		for _, s := range seen {
			dup = dup || s == string(t)
		}
		if !dup {
			seen = append(seen, string(t))
		}
	}
	return len(seen)
}

// wildChecker is the wildcard mode's checker of files: windows of n words
// with no breakTok and a content word are looked for, and a maximal run is
// kept when it holds min distinct content words.
func wildChecker(n, min int, files []*repoFile, entries []words, stop map[string]struct{}) *checker {
	window := func(w *words, i, n int) bool {
		for j := i; j < i+n; j++ {
			if bytes.Equal(w.word(j), breakTok) {
				return false
			}
		}
		return contentWords(w, i, i+n, stop) > 0
	}
	c := newChecker(n, files, entries, window)
	c.wild = true
	c.keepRun = func(w *words, from, to int) bool { return contentWords(w, from, to, stop) >= min }
	return c
}

// jsonValues tokenizes the string values of the JSON text src into seg,
// calling flush after each; keys (a string followed by a colon), numbers
// and the rest are not read, so that `"start": 3, "end": 9` is no run. A
// text that is not JSON is read the same way, string by string.
func jsonValues(seg *words, src []byte, flush func()) {
	line := int32(1)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			line++
			continue
		case '"':
		default:
			continue
		}
		j := i + 1
		for j < len(src) && src[j] != '"' && src[j] != '\n' {
			if src[j] == '\\' {
				j++
			}
			j++
		}
		if j > len(src) {
			j = len(src)
		}
		body := src[i+1 : j]
		k := j + 1
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\r') {
			k++
		}
		if k >= len(src) || src[k] != ':' {
			tokenizeFrom(seg, body, line)
			flush()
		}
		// an escaped line break inside the string is a line break too
		line += int32(bytes.Count(body, []byte("\n")))
		if j < len(src) && src[j] == '\n' {
			line++
		}
		i = j
	}
}
