package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// buildBlocks groups kept lines into blocks of running text and merges
// removed lines into Removed spans.
func buildBlocks(src string, res cleanResult, markdown bool) ([]Block, []Removed) {
	ls := res.lines
	var blocks []Block
	var removed []Removed
	wrapped := hardWrappedParas(ls)
	// gap: a non-blank line was not removed since the last removed one,
	// so the next removed line starts a new span.
	gap := false
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.blank {
			continue
		}
		if l.kind != "" {
			if n := len(removed); n > 0 && removed[n-1].Kind == l.kind && !gap {
				removed[n-1].End = l.end
			} else {
				removed = append(removed, Removed{Kind: l.kind, Start: l.start, End: l.end})
			}
			gap = false
			continue
		}
		gap = true
		start := l.start
		if markdown {
			start += markdownPrefix(l.text)
		}
		if start >= l.end {
			continue
		}
		kind := "body"
		if i == res.titleLine {
			kind = "title"
		}
		b := Block{Start: start, End: l.end, Kind: kind, Para: l.para}
		if n := len(blocks); n > 0 && kind == "body" && blocks[n-1].Kind == "body" && i > 0 &&
			ls[i-1].kind == "" && !ls[i-1].blank && ls[i-1].para == l.para && softWrap(ls[i-1].text, l.text, wrapped[l.para]) &&
			(!markdown || markdownPrefix(l.text) == 0) {
			blocks[n-1].End = l.end
			continue
		}
		blocks = append(blocks, b)
	}
	for i := range removed {
		removed[i].Text = src[removed[i].Start:removed[i].End]
	}
	return blocks, removed
}

// softWrap reports whether the break between prev and next is a wrap
// inside a sentence rather than the end of a line of its own.
func softWrap(prev, next string, wrappedPara bool) bool {
	if wrappedPara {
		return true
	}
	if endsSentence(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	return unicode.IsLower(r)
}

// hardWrappedParas reports, per paragraph index, whether its lines look
// wrapped at a fixed width (three lines or more, most of them within 25%
// of the longest, which is at most 100 characters).
func hardWrappedParas(ls []line) map[int]bool {
	byPara := map[int][]int{}
	for _, l := range ls {
		if !l.blank {
			byPara[l.para] = append(byPara[l.para], utf8.RuneCountInString(strings.TrimRight(l.text, " \t")))
		}
	}
	out := map[int]bool{}
	for p, lens := range byPara {
		if len(lens) < 3 {
			continue
		}
		maxLen := 0
		for _, n := range lens {
			maxLen = max(maxLen, n)
		}
		if maxLen > 100 || maxLen < 40 {
			continue
		}
		near := 0
		for _, n := range lens[:len(lens)-1] {
			if n*4 >= maxLen*3 {
				near++
			}
		}
		out[p] = near*10 >= (len(lens)-1)*8
	}
	return out
}

// markdownPrefix returns the length of a leading Markdown block marker
// (heading hashes, block quote, list bullet) on a line.
func markdownPrefix(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := i
	switch {
	case j < len(s) && s[j] == '#':
		for j < len(s) && s[j] == '#' {
			j++
		}
		if j < len(s) && s[j] != ' ' && s[j] != '\t' {
			return i // "#hashtag" is text, not a heading
		}
	case j < len(s) && s[j] == '>':
		j++
	case j+1 < len(s) && (s[j] == '-' || s[j] == '*' || s[j] == '+') && s[j+1] == ' ':
		j++
	default:
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j >= len(s) || s[j] != '.' {
			return i
		}
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}
