package quotes

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// Altered is the kind of a finding on one quote given with different
// words by two articles (a word dropped, added or changed).
const Altered = "quote-altered"

var infoAltered = info("quote-altered", `The same quote given with different words by two articles (a word dropped, added or changed, not a cut at an ellipsis or a shorter fragment, nor a spelling: a word one or two letters apart, a compound written as one word or two, a figure written otherwise) is a quote-altered finding with both versions and the word difference ("It's just a reminder" / "It's a reminder": dropped "just").`)

// alteredFindings compares the instances of each group given by
// different articles.
func alteredFindings(mt *matcher, ms *matchSet) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, g := range ms.groups {
		if len(g.Articles) < 2 {
			continue
		}
		for i, a := range g.Instances {
			for _, b := range g.Instances[i+1:] {
				if a.Article == b.Article || a.Kind != KindSpeech || b.Kind != KindSpeech {
					continue
				}
				if f, ok := mt.altered(a, b, seen); ok {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// alteredSource reports a quote whose words another article prints in
// its own voice with a difference (own is the own-voice pseudo-instance).
func (mt *matcher) alteredSource(in, own Instance, src string, seen map[string]bool) []Finding {
	if !mt.on(infoAltered) {
		return nil
	}
	// The match may have cut a word off the own-voice words ("just a
	// reminder" for "It's just a reminder"): widen them by two words each
	// side within their sentence; words only one side gives at an end are
	// context.
	own.Start, own.End = widen(src, own.Start, own.End, 2)
	own.Text = src[own.Start:own.End]
	f, ok := mt.altered(in, own, seen)
	if !ok {
		return nil
	}
	f.Uncertain, f.Reason = true, own.Article+" gives the words in its own voice, not as a quote"
	return []Finding{f}
}

// altered compares two versions of one quote: a finding when their
// words differ where they overlap.
func (mt *matcher) altered(a, b Instance, seen map[string]bool) (Finding, bool) {
	mark := mt.on(infoEditorBracket)
	pa, pb := plainQuote(a.Text, mark), plainQuote(b.Text, mark)
	na, nb := normalise(pa), normalise(pb)
	if equalWords(na.words, nb.words) || len(na.parts) > 1 || len(nb.parts) > 1 {
		return Finding{}, false
	}
	s, l := na, nb
	if len(s.words) > len(l.words) {
		s, l = l, s
	}
	if _, _, ok := findParts(l.words, s.parts); ok {
		return Finding{}, false // a fragment of the other
	}
	if len(s.words) < minApprox {
		return Finding{}, false
	}
	ls, le, ok := approxFind(l.words, s.words, len(s.words)/minApprox)
	if !ok {
		return Finding{}, false
	}
	// The longer version's words around the match, a word of slack on
	// each side per edit allowed; words only the longer gives at either end
	// are context, not a change.
	k := len(s.words)/minApprox + 1
	ls, le = max(0, ls-k), min(len(l.words), le+k)
	aw, bw := na.words, nb.words
	if len(na.words) > len(nb.words) {
		aw = na.words[ls:le]
	} else {
		bw = nb.words[ls:le]
	}
	edits := wordEdits(aw, bw, func(e edit, near bool) bool {
		return mt.sameWords(e, near, pa, pb)
	})
	diff := describeEdits(edits)
	if diff == "" {
		return Finding{}, false
	}
	key := a.Article + "\x00" + b.Article + "\x00" + strings.Join(aw, " ") + "\x00" + strings.Join(bw, " ")
	if seen[key] {
		return Finding{}, false
	}
	seen[key] = true
	who := ""
	if sp := speakerOf(a, b); sp != "" {
		who = sp + "'s "
	}
	f := Finding{
		Kind: Altered,
		Message: fmt.Sprintf("%s and %s give %squote with different words: %q / %q (%s)",
			a.Article, b.Article, who, excerpt(a.Text), excerpt(b.Text), diff),
		Evidence: []Instance{a, b},
	}
	if mt.on(infoSlightWords) && mt.slightEdits(edits) {
		f.Uncertain, f.Reason = true, "the versions differ only by a word such as an article, a preposition or 'that'"
	}
	return f, true
}

// speakerOf is the speaker either version names, or "".
func speakerOf(a, b Instance) string {
	for _, in := range []Instance{a, b} {
		if in.Speaker != "" && in.Speaker != Unknown {
			return in.Speaker
		}
	}
	return ""
}

// edit is one run of words a version drops (del) or adds (ins).
type edit struct{ del, ins []string }

// wordEdits aligns b with a word by word (a longest common subsequence)
// and returns the edits inside both, leaving out those same reports as no
// change of words (near: an editor's mark is the word matched just
// before or after the edit).
func wordEdits(a, b []string, same func(e edit, near bool) bool) []edit {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var edits []edit
	var cur edit
	first, last := true, false
	prev := ""
	flush := func(next string) {
		if len(cur.del)+len(cur.ins) > 0 {
			// Quotes cut at different points differ at their ends; spelling
			// ("realised", "neighbourhood") and figures ("11th", "6:00")
			// are no change of words.
			if !first && !last && !same(cur, prev == editorMark || next == editorMark) {
				edits = append(edits, cur)
			}
		}
		cur = edit{}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			flush(a[i])
			prev = a[i]
			first = false
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			cur.ins = append(cur.ins, b[j])
			j++
		default:
			cur.del = append(cur.del, a[i])
			i++
		}
	}
	last = true
	flush("")
	return edits
}

// describeEdits words edits for a message: `dropped "just"`, `added
// "very"`, `"cut" for "reduce"`; "" for none.
func describeEdits(edits []edit) string {
	var parts []string
	for _, e := range edits {
		switch {
		case len(e.del) > 0 && len(e.ins) > 0:
			parts = append(parts, fmt.Sprintf("%q for %q", strings.Join(e.ins, " "), strings.Join(e.del, " ")))
		case len(e.del) > 0:
			parts = append(parts, fmt.Sprintf("dropped %q", strings.Join(e.del, " ")))
		default:
			parts = append(parts, fmt.Sprintf("added %q", strings.Join(e.ins, " ")))
		}
	}
	return strings.Join(parts, ", ")
}

// widen moves [s,e) out by up to n words on each side, not past a line
// break, a sentence end or a quote mark.
func widen(src string, s, e, n int) (int, int) {
	stop := func(c byte) bool { return strings.IndexByte("\n.!?\"", c) >= 0 }
	for k := 0; k < n; k++ {
		i := s
		for i > 0 && src[i-1] == ' ' {
			i--
		}
		j := i
		for j > 0 && src[j-1] != ' ' && !stop(src[j-1]) {
			j--
		}
		if j == i || j > 0 && stop(src[j-1]) && j == i {
			break
		}
		s = j
	}
	for k := 0; k < n; k++ {
		i := e
		for i < len(src) && src[i] == ' ' {
			i++
		}
		j := i
		for j < len(src) && src[j] != ' ' && !stop(src[j]) {
			j++
		}
		if j == i {
			break
		}
		e = j
	}
	return s, e
}

// plainQuote drops what editors insert in brackets ("[The police]", "the
// final (rule) language"), leaving editorMark in its place when mark is
// set, and joins apostrophes a tokeniser cut off ("I ’ m").
func plainQuote(t string, mark bool) string {
	for _, br := range [][2]string{{"[", "]"}, {"(", ")"}} {
		for {
			i := strings.Index(t, br[0])
			j := strings.Index(t, br[1])
			if i < 0 || j < i {
				break
			}
			if mark {
				t = t[:i] + " " + editorMark + " " + t[j+1:]
			} else {
				t = t[:i] + t[j+1:]
			}
		}
	}
	return spacedContraction.ReplaceAllString(t, "$1$2")
}

// spacedContraction is an apostrophe a tokeniser set apart from its
// contraction ("I ’ m", "warship ’ s").
var spacedContraction = regexp.MustCompile(`\s+([’'])\s*(s|m|t|d|ll|re|ve)\b`)

// sameWordsSpelt reports an edit that changes no word: one word for one
// spelt one or two letters apart ("realised", "realized"), or figures
// written otherwise ("11th" for "eleventh", "6:00" for "6").
func sameWordsSpelt(del, ins []string) bool {
	for _, w := range append(append([]string(nil), del...), ins...) {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
	}
	if len(del) != 1 || len(ins) != 1 {
		return false
	}
	a, b := del[0], ins[0]
	return utf8.RuneCountInString(a) >= 5 && utf8.RuneCountInString(b) >= 5 && edlib.LevenshteinDistance(a, b) <= 2
}
