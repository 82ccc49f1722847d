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
	wrapped := wrapProfile(ls)
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
			ls[i-1].kind == "" && !ls[i-1].blank && ls[i-1].para == l.para && wrapped.soft(ls[i-1].text, l.text, l.para) &&
			(!markdown || markdownPrefix(l.text) == 0) {
			blocks[n-1].End = l.end
			continue
		}
		blocks = append(blocks, b)
	}
	for i := range removed {
		removed[i].Text = src[removed[i].Start:removed[i].End]
	}
	return splitLongBlocks(src, blocks, maxBlockBytes), removed
}

// maxBlockBytes bounds a block's length in bytes. Sentences never cross
// a block, and every claim, quote and piece of evidence carries its
// sentence, so an unbounded block (a 20 MB article on one line, or text
// with no sentence punctuation) makes the later stages' work and the
// report grow with the square of its length. The longest block in the
// bundled corpora and about 21,000 paragraphs of real news is 2.6 KB.
const maxBlockBytes = 8 << 10

// splitLongBlocks cuts every block longer than max bytes into pieces of
// at most max bytes: after the last sentence end (".", "!" or "?", then
// white space and a capital letter, digit or opening quote) in the second
// half of the piece, else at the last white space, else at the last
// character boundary. Pieces keep their paragraph; all but the first are
// "body". Blocks of max bytes or fewer are returned as they are.
func splitLongBlocks(src string, blocks []Block, max int) []Block {
	long := false
	for _, b := range blocks {
		long = long || b.End-b.Start > max
	}
	if !long {
		return blocks
	}
	var out []Block
	for _, b := range blocks {
		if b.End-b.Start <= max {
			out = append(out, b)
			continue
		}
		for {
			for b.Start < b.End && (src[b.Start] == ' ' || src[b.Start] == '\t') {
				b.Start++
			}
			if b.End-b.Start <= max {
				break
			}
			cut, next := cutPoint(src, b.Start, b.Start+max)
			out = append(out, Block{Start: b.Start, End: cut, Kind: b.Kind, Para: b.Para})
			b.Start, b.Kind = next, "body"
		}
		if b.Start < b.End {
			out = append(out, b)
		}
	}
	return out
}

// cutPoint chooses where to end a piece of src[start:limit] (see
// splitLongBlocks): the piece ends at cut and the next starts at next
// (white space between them is dropped). It looks at each byte a bounded
// number of times, however long the runs of white space.
func cutPoint(src string, start, limit int) (cut, next int) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' }
	after := limit // the first byte that is not white space at or after limit
	for after < len(src) && isSpace(src[after]) {
		after++
	}
	// After a sentence end in the second half: i is the first white space
	// of a run, j the first byte after the run.
	half := start + (limit-start)/2
	j := after
	for i := limit - 1; i > half; i-- {
		switch {
		case !isSpace(src[i]):
			j = i
		case !isSpace(src[i-1]) && j < len(src) && sentenceOpener(src[j:]) && endsSentenceStrictly(src[half:i]):
			return i, j
		}
	}
	// At the last white space after some text.
	first := start
	for first < limit && isSpace(src[first]) {
		first++
	}
	j = after
	for i := limit - 1; i > first; i-- {
		switch {
		case !isSpace(src[i]):
			j = i
		case !isSpace(src[i-1]):
			return i, j
		}
	}
	cut = limit
	for cut > start+1 && !utf8.RuneStart(src[cut]) {
		cut--
	}
	return cut, cut
}

// sentenceOpener reports whether s starts like a sentence: a capital
// letter, a digit or an opening quote.
func sentenceOpener(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«", r)
}

// endsSentenceStrictly reports whether s ends with ".", "!" or "?"
// (possibly before closing quotes or brackets) after a word of two
// letters or more that is not capitalised and that short, as initials
// and "Mr", "Dr" or "St" are (a cut there would split "Mr. Smith"; a
// longer abbreviation such as "Mrs." may pass, which costs no more than
// one sentence cut in two in a block that long).
func endsSentenceStrictly(s string) bool {
	t := strings.TrimRight(s, "\"'”’»)]")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	word := t[:len(t)-1]
	if i := strings.LastIndexAny(word, " \t"); i >= 0 {
		word = word[i+1:]
	}
	n := utf8.RuneCountInString(word)
	r, _ := utf8.DecodeRuneInString(word)
	return n >= 2 && !(unicode.IsUpper(r) && n <= 2)
}

// wraps is how an article's lines wrap: the paragraphs whose lines
// look wrapped at a fixed width (hardWrappedParas), and the width the
// whole text is hard-wrapped at (wrapWidth; 0 when it is not).
type wraps struct {
	paras map[int]bool
	width int
}

// wrapProfile measures how the lines of an article wrap.
func wrapProfile(ls []line) wraps {
	return wraps{paras: hardWrappedParas(ls), width: wrapWidth(ls)}
}

// soft reports whether the break between prev and next, two lines of
// paragraph para, is a wrap inside running text rather than the end of a
// line of its own: every break in a paragraph wrapped at a fixed width;
// else a break after a line that does not end a sentence, before a
// lower-case word, or, in a text hard-wrapped at a fixed width, before a
// line that does not open a paragraph (no indent, no list marker) when
// the line broken would not have held its first word (hardWrapCut).
func (w wraps) soft(prev, next string, para int) bool {
	if w.paras[para] {
		return true
	}
	if endsSentence(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	return unicode.IsLower(r) || w.width > 0 && hardWrapCut(prev, next, w.width)
}

// hardWrapCut reports whether the break between prev and next looks
// like the cut of a text wrapped at width characters: next opens with
// no white space and no list marker, and prev with a space and next's
// first word would have reached 85% of the width or more (a wrapper cut
// there because the word did not fit; a heading or the last line of a
// paragraph ends short).
func hardWrapCut(prev, next string, width int) bool {
	if next == "" || next[0] == ' ' || next[0] == '\t' || listMarker(next) {
		return false
	}
	word := next
	if i := strings.IndexAny(next, " \t"); i >= 0 {
		word = next[:i]
	}
	n := lineWidth(prev) + 1 + utf8.RuneCountInString(word)
	return n*100 >= width*85
}

// wrapWidth returns the width a text is hard-wrapped at, or 0: the
// longest line, of 40 to 100 characters, when at least two lines run on
// into the next line of their paragraph (no sentence end, no indent or
// list marker on the next), at least four in five of them were cut where the next
// word would not have fitted (hardWrapCut), and at least one of those
// is cut before a lower-case word, as only a wrap cuts.
func wrapWidth(ls []line) int {
	width := 0
	for _, l := range ls {
		if !l.blank {
			width = max(width, lineWidth(l.text))
		}
	}
	if width < 40 || width > 100 {
		return 0
	}
	runOn, cut, lower := 0, 0, 0
	for i := 1; i < len(ls); i++ {
		prev, next := ls[i-1], ls[i]
		if prev.blank || next.blank || prev.para != next.para || endsSentence(prev.text) ||
			next.text[0] == ' ' || next.text[0] == '\t' || listMarker(next.text) {
			continue
		}
		runOn++
		if hardWrapCut(prev.text, next.text, width) {
			cut++
			if r, _ := utf8.DecodeRuneInString(next.text); unicode.IsLower(r) {
				lower++
			}
		}
	}
	if runOn < 2 || cut*5 < runOn*4 || lower == 0 {
		return 0
	}
	return width
}

// lineWidth is the length of a line in characters, its indent included
// and trailing white space not.
func lineWidth(s string) int { return utf8.RuneCountInString(strings.TrimRight(s, " \t")) }

// listMarker reports a line that opens with a list item marker: a
// bullet ("-", "*", "+", "•") or a number of one or two digits with "."
// or ")", then a space.
func listMarker(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("-*+•", r) {
		return strings.HasPrefix(s[size:], " ")
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
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
