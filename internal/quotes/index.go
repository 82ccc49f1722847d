package quotes

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// spanIndex answers "does a span cover pos" and "does a span overlap
// [s,e)" in O(log n) over spans given in any order, overlapping or not:
// starts sorted, with the largest end among each prefix.
type spanIndex struct {
	starts, maxEnd []int
}

// newSpanIndex indexes the spans [start(i), end(i)) for i < n.
func newSpanIndex(n int, start, end func(int) int) spanIndex {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return start(order[a]) < start(order[b]) })
	ix := spanIndex{starts: make([]int, n), maxEnd: make([]int, n)}
	for k, i := range order {
		ix.starts[k] = start(i)
		ix.maxEnd[k] = end(i)
		if k > 0 && ix.maxEnd[k-1] > ix.maxEnd[k] {
			ix.maxEnd[k] = ix.maxEnd[k-1]
		}
	}
	return ix
}

// covers reports a span with start <= pos < end.
func (ix spanIndex) covers(pos int) bool {
	k := sort.SearchInts(ix.starts, pos+1) // spans starting at or before pos
	return k > 0 && ix.maxEnd[k-1] > pos
}

// overlaps reports a span with start < e and end > s.
func (ix spanIndex) overlaps(s, e int) bool {
	k := sort.SearchInts(ix.starts, e) // spans starting before e
	return k > 0 && ix.maxEnd[k-1] > s
}

// pieceIndex is what the extractor indexes of its pieces: rebuilt when
// their number changes (pieces are only appended, their spans never
// change).
type pieceIndex struct {
	n      int
	quoted spanIndex // [start, end): the quoted words
	marked spanIndex // [open, after): the words with their marks
	// firstOut is, per entity, the start of its first person mention
	// outside quotes (absent: none).
	firstOut map[string]int
}

// pieceIx is the index of the pieces found so far.
func (x *extractor) pieceIx() *pieceIndex {
	if x.pix != nil && x.pix.n == len(x.pieces) {
		return x.pix
	}
	ps := x.pieces
	x.pix = &pieceIndex{n: len(ps),
		quoted: newSpanIndex(len(ps), func(i int) int { return ps[i].start }, func(i int) int { return ps[i].end }),
		marked: newSpanIndex(len(ps), func(i int) int { return ps[i].open }, func(i int) int { return ps[i].after }),
	}
	return x.pix
}

// firstNamedOut is the start of the first person mention of entity
// outside quotes, or -1.
func (x *extractor) firstNamedOut(entity string) int {
	pix := x.pieceIx()
	if pix.firstOut == nil {
		pix.firstOut = map[string]int{}
		for i := range x.ments {
			m := &x.ments[i]
			if _, ok := pix.firstOut[m.Entity]; !ok && m.Type == span.Person && !pix.quoted.covers(m.Start) {
				pix.firstOut[m.Entity] = m.Start
			}
		}
	}
	if s, ok := pix.firstOut[entity]; ok {
		return s
	}
	return -1
}

// mentIndex indexes the article's mentions (fixed once the extractor is
// made): built on first use.
type mentIndex struct {
	places   map[string]bool  // trimmed entity names of place mentions
	surnames map[string]bool  // last words (after a space) of person mentions
	persons  map[string][]int // person mentions of each entity, in order
}

// mentIx is the mention index, built on first use.
func (x *extractor) mentIx() *mentIndex {
	if x.mix != nil {
		return x.mix
	}
	ix := &mentIndex{places: map[string]bool{}, surnames: map[string]bool{}, persons: map[string][]int{}}
	for i := range x.ments {
		m := &x.ments[i]
		switch m.Type {
		case span.GPE, span.Location:
			ix.places[strings.TrimSpace(m.Entity)] = true
		case span.Person:
			t := x.src[m.Start:m.End]
			if k := strings.LastIndexByte(t, ' '); k >= 0 {
				ix.surnames[t[k+1:]] = true
			}
			ix.persons[m.Entity] = append(ix.persons[m.Entity], i)
		}
	}
	x.mix = ix
	return ix
}

// mentionsBefore is the number of mentions starting before pos: the
// mentions that may end at or before it.
func (x *extractor) mentionsBefore(pos int) int {
	return sort.Search(len(x.ments), func(i int) bool { return x.ments[i].Start >= pos })
}

// rolesByLast are the article's roles (Options.Roles) that lie in its
// source, by the last word of their role as written there
// (roleLastWord), in order: a role phrase reads only those that may
// match it.
func (x *extractor) rolesByLast() map[string][]int {
	if x.roleIx != nil {
		return x.roleIx
	}
	x.roleIx = map[string][]int{}
	for i := range x.opts.Roles {
		r := &x.opts.Roles[i]
		if r.Start < 0 || r.End > len(x.src) || r.Start > r.End {
			continue
		}
		if last := roleLastWord(x.lx, x.src[r.Start:r.End]); last != "" {
			x.roleIx[last] = append(x.roleIx[last], i)
		}
	}
	return x.roleIx
}

// roleLastWord is the last word of a role before a preposition, lower
// case ("chief executive of Tarn": executive; see roleWords); "" when it
// has no word.
func roleLastWord(lx *lexicon.Lexicon, text string) string {
	if ws := roleWords(lx, text); len(ws) > 0 {
		return ws[len(ws)-1]
	}
	return ""
}

// attribIndex holds the pieces' attributions by end, each with the one
// of latest start among those ending no later (first in piece order
// among equal starts): built on first use, when the speakers are
// resolved, after the passes have set every attribution.
type attribIndex struct {
	ends []int
	best []*attrib
}

// attribBefore is the attribution ending at or before a.s with the
// latest start (the first in piece order among equal starts), a
// excluded; nil when none.
func (x *extractor) attribBefore(a *attrib) *attrib {
	if x.aix == nil {
		var as []*attrib
		order := map[*attrib]int{} // first piece holding it
		for _, p := range x.pieces {
			if b := p.attr; b != nil {
				if _, ok := order[b]; !ok {
					order[b] = len(as)
					as = append(as, b)
				}
			}
		}
		sort.SliceStable(as, func(i, j int) bool { return as[i].e < as[j].e })
		x.aix = &attribIndex{ends: make([]int, len(as)), best: make([]*attrib, len(as))}
		for k, b := range as {
			x.aix.ends[k], x.aix.best[k] = b.e, b
			if k == 0 {
				continue
			}
			if c := x.aix.best[k-1]; c.s > b.s || c.s == b.s && order[c] < order[b] {
				x.aix.best[k] = c
			}
		}
	}
	k := sort.SearchInts(x.aix.ends, a.s+1) // attributions ending by a.s
	if k == 0 {
		return nil
	}
	if b := x.aix.best[k-1]; b != a {
		return b
	}
	var prev *attrib // a is empty and ends by its own start: read them all
	for _, p := range x.pieces {
		if b := p.attr; b != nil && b != a && b.e <= a.s && (prev == nil || b.s > prev.s) {
			prev = b
		}
	}
	return prev
}
