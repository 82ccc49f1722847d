package claims

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Comparing the values of one claim without visiting every pair.
//
// compareGroup relates every two values of a claim from two articles
// that share no value fitting as written (unless both are leads whose
// leads do not fit), keeping, for a figure that needs its sentence
// aligned, only the closest figure of each other article. When N articles
// give a figure for one claim (every dated article gives the story's
// date) that is N*N/2 pairs, and the maps of fitting articles and closest
// partners grow as fast.
//
// Everything these rules read of a value is the same for many values:
// the figure, its range and hedge, its publication time, how its subject
// was found, the words of its sentence; only where it stands (article,
// offsets, text, subject spans) tells such values apart. And what they
// read of its article is the set of such values the article gives. So
// values are put in units: one fine signature (the value without its
// position), one article class (the set of coarse signatures, the value
// without its sentence words too, its article gives) and one set of
// figures it is the closest partner of. Two values of two units stand
// in the same relation whatever their articles, so relate runs once per
// pair of units, and the questions compareGroup asks (is there a pair of
// this relation; the pairs of one relation that outliers reports; how
// many articles support each value) are answered from the units, the
// article classes and the articles, with the same answers as over all
// pairs (TestCompareGroupMatchesAllPairs).

// notCompared marks a pair compareGroup does not relate: one article,
// two articles one of whose values fits one of the other's, or a figure
// paired with one that is not its closest in that article.
const notCompared relation = -1

// fitsFurtherDown is the reason of a lead contradicted only beside a
// fitting figure.
const fitsFurtherDown = "one article also gives a figure that fits the other's, further down"

// unit is a class of values compareGroup relates alike: one fine
// signature, one article class and the same closest-partner role.
type unit struct {
	rep      int  // first value
	cls      int  // coarse class
	fine     int  // fine class
	ac       int  // article class
	lead     bool // a lead figure (ByLead)
	align    bool // needsAlignment
	pAll     bool // the closest partner of every figure that needs one (a value alone in its article)
	partners []int
	// partners are the fine classes (sorted) whose closest partner in
	// this value's article it is, unless pAll.
	minArt, maxArt int // first and last article of its values
	members        []int
}

// partnerOf reports whether the unit's values are the closest partners,
// in their articles, of figures of fine class f.
func (u *unit) partnerOf(f int) bool {
	if u.pAll {
		return true
	}
	k := sort.SearchInts(u.partners, f)
	return k < len(u.partners) && u.partners[k] == f
}

// groupPairs answers compareGroup's questions about the pairs of one
// claim's values vs (sorted by article and offset).
type groupPairs struct {
	v       *vocab
	vs      []Value
	sig     []Value // each coarse class's signature (sentence words cleared)
	clsRev  []bool  // each coarse class's revision flag (see revisedTolls)
	art     []int   // article of each value (articles numbered in order)
	artEnd  []int   // each article's end: the index after its last value
	acCls   [][]int // each article class's coarse classes, sorted
	acN     []int   // each article class's number of articles
	artAC   []int   // each article's class
	unitOf  []int   // unit of each value
	units   []unit
	acCache map[[2]int]uint8 // see acFits
	rowX    int              // the article class of rowFits (see setRow)
	rowFits []uint8
}

// signature is v without what tells values of one coarse class apart:
// its position and the words of its sentence.
func signature(v Value) Value {
	v = fineSignature(v)
	v.Context, v.Near, v.Names, v.Others, v.NamesBefore, v.PartiesBefore, v.Local = nil, nil, nil, nil, nil, nil, nil
	return v
}

// fineSignature is v without its position: all that relate reads.
func fineSignature(v Value) Value {
	v.Article, v.Text, v.Start, v.End = "", "", 0, 0
	v.Sentence, v.Subjects = span.Span{}, nil
	return v
}

// classer numbers distinct keys in order of first appearance.
type classer map[string]int

func (c classer) of(key string) (int, bool) {
	n, ok := c[key]
	if !ok {
		n = len(c)
		c[key] = n
	}
	return n, !ok
}

// newGroupPairs puts the values vs of one claim in units.
func (v *vocab) newGroupPairs(vs []Value) *groupPairs {
	g := &groupPairs{v: v, vs: vs, art: make([]int, len(vs)), unitOf: make([]int, len(vs)), acCache: map[[2]int]uint8{}, rowX: -1}
	cls := make([]int, len(vs))
	fine := make([]int, len(vs))
	coarse, fines := classer{}, classer{}
	var fineRep, fineCls []int
	for i, val := range vs {
		f, isNew := fines.of(fmt.Sprintf("%#v", fineSignature(val)))
		if isNew {
			// Values of one fine signature have one coarse signature.
			s := signature(val)
			c, isNew := coarse.of(fmt.Sprintf("%#v", s))
			if isNew {
				g.sig = append(g.sig, s)
			}
			fineRep, fineCls = append(fineRep, i), append(fineCls, c)
		}
		fine[i], cls[i] = f, fineCls[f]
		if i > 0 && val.Article != vs[i-1].Article {
			g.artEnd = append(g.artEnd, i)
		}
		g.art[i] = len(g.artEnd)
	}
	g.artEnd = append(g.artEnd, len(vs))
	// A value's revision flag depends on its signature and the other
	// values' signatures only.
	g.clsRev = revisedTolls(g.sig)
	g.classArticles(cls)
	partners, pAll := g.closest(fine, fineRep)
	units := classer{}
	for i := range vs {
		a := g.art[i]
		key := fmt.Sprint(fine[i], " ", g.artAC[a], " ", pAll[i], " ", partners[i])
		u, isNew := units.of(key)
		if isNew {
			g.units = append(g.units, unit{rep: i, cls: cls[i], fine: fine[i], ac: g.artAC[a],
				lead: vs[i].How == ByLead, align: needsAlignment(vs[i]), pAll: pAll[i], partners: partners[i], minArt: a})
		}
		g.unitOf[i] = u
		g.units[u].maxArt = a
		g.units[u].members = append(g.units[u].members, i)
	}
	return g
}

// classArticles puts articles in classes by the coarse classes of their
// values.
func (g *groupPairs) classArticles(cls []int) {
	acs := classer{}
	start := 0
	for _, end := range g.artEnd {
		set := append([]int(nil), cls[start:end]...)
		sort.Ints(set)
		set = uniqueInts(set)
		var sb strings.Builder
		for _, c := range set {
			sb.WriteString(strconv.Itoa(c))
			sb.WriteByte(' ')
		}
		x, isNew := acs.of(sb.String())
		if isNew {
			g.acCls = append(g.acCls, set)
			g.acN = append(g.acN, 0)
		}
		g.acN[x]++
		g.artAC = append(g.artAC, x)
		start = end
	}
}

// uniqueInts drops repeats from a sorted list.
func uniqueInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// closest finds, for each value, the fine classes of figures needing
// their sentence aligned (see needsAlignment) whose closest partner in
// the value's article it is (see closestPartners: most words near the
// figure shared, then the earliest); pAll marks a value alone in its
// article, every figure's partner there. The words near each figure are
// indexed, so a figure's scores are counted over the values sharing a
// word with it (the same counts as nearShared's), not over every value.
func (g *groupPairs) closest(fine, fineRep []int) (partners [][]int, pAll []bool) {
	partners = make([][]int, len(g.vs))
	pAll = make([]bool, len(g.vs))
	var aligned []int // fine classes needing alignment
	for f, i := range fineRep {
		if needsAlignment(g.vs[i]) {
			aligned = append(aligned, f)
		}
	}
	// The articles of two values or more, and the values of theirs near
	// each word (each value once per word: the words contains finds).
	var multi []int // indexes into artEnd
	posting := map[string][]int{}
	start := 0
	for a, end := range g.artEnd {
		if end-start == 1 {
			pAll[start] = true
		} else {
			multi = append(multi, a)
			for j := start; j < end && len(aligned) > 0; j++ {
				near := g.vs[j].Near
				for k, w := range near {
					if !slices.Contains(near[:k], w) && contains(near, w) {
						posting[w] = append(posting[w], j)
					}
				}
			}
		}
		start = end
	}
	score := newCounter(len(g.vs))
	best := make([]int, len(g.artEnd)) // per article: its best value, or -1
	for i := range best {
		best[i] = -1
	}
	for _, f := range aligned {
		rep := g.vs[fineRep[f]]
		measure := measureStems(rep.Measure)
		score.reset()
		for _, w := range rep.Near {
			if !measure[w] {
				for _, j := range posting[w] {
					score.add(j)
				}
			}
		}
		// Most shared words, then the earliest; a value sharing none
		// scores 0, so with no word shared the article's first value wins.
		for _, j := range score.touched {
			a := g.art[j]
			if b := best[a]; b < 0 || score.n[j] > score.n[b] || score.n[j] == score.n[b] && j < b {
				best[a] = j
			}
		}
		for _, a := range multi {
			b := best[a]
			if b < 0 {
				b = g.artStart(a)
			}
			partners[b] = append(partners[b], f)
		}
		for _, j := range score.touched {
			best[g.art[j]] = -1
		}
	}
	for _, a := range multi {
		for j := g.artStart(a); j < g.artEnd[a]; j++ {
			if len(partners[j]) == len(aligned) {
				partners[j], pAll[j] = nil, true
			}
		}
	}
	return partners, pAll
}

// artStart is the index of article a's first value.
func (g *groupPairs) artStart(a int) int {
	if a == 0 {
		return 0
	}
	return g.artEnd[a-1]
}

// measureStems are the stems of a measure's words (baseMeasure), which
// nearShared does not count: found once per measure.
var measureStemCache sync.Map // measure -> map[string]bool

func measureStems(measure string) map[string]bool {
	if m, ok := measureStemCache.Load(measure); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(baseMeasure(measure))) {
		m[stem(w)] = true
	}
	measureStemCache.Store(measure, m)
	return m
}

// acFits reports whether a value of an article of class x fits one of an
// article of class y as written (fitsAsWritten: not only as a rounded
// figure), and whether a lead figure (ByLead) of one fits a lead figure of
// the other. Two articles contradict each other only if no value of one
// fits any value of the other: an article giving two values for one claim
// (a figure misread beside the right one) is not a contradiction of a
// source that gives the right one. But what an article's lead says is its
// account of the event: a lead contradicting another's lead is a
// contradiction even when a figure further down fits ("18 killed" in the
// lead and "10" in a later paragraph, against a lead of "10 killed"), a
// doubt (see unitRel).
func (g *groupPairs) acFits(x, y int) (fits, leadFits bool) {
	if x == g.rowX {
		b := g.rowFits[y]
		if b == 0 {
			b = g.computeFits(x, y) | 4
			g.rowFits[y] = b
		}
		return b&1 != 0, b&2 != 0
	}
	k := [2]int{x, y}
	b, ok := g.acCache[k]
	if !ok {
		b = g.computeFits(x, y)
		if len(g.acCache) >= 1<<16 {
			clear(g.acCache) // bounded: rows are asked for in turn
		}
		g.acCache[k] = b
	}
	return b&1 != 0, b&2 != 0
}

// computeFits is acFits's answer for classes x and y: bit 1 fits, bit 2
// leadFits.
func (g *groupPairs) computeFits(x, y int) uint8 {
	var b uint8
	for _, p := range g.acCls[x] {
		for _, q := range g.acCls[y] {
			if fitsAsWritten(g.sig[p], g.sig[q]) {
				b |= 1
				if g.sig[p].How == ByLead && g.sig[q].How == ByLead {
					b |= 2
				}
			}
		}
	}
	return b
}

// setRow makes article class x the row acFits keeps in an array (bit 4
// marks an answer found): relations asks for the classes of one row in
// turn, and an array costs less than the map.
func (g *groupPairs) setRow(x int) {
	if x == g.rowX {
		return
	}
	if g.rowFits == nil {
		g.rowFits = make([]uint8, len(g.acCls))
	} else {
		clear(g.rowFits)
	}
	g.rowX = x
}

// unitRel is how compareGroup relates a value of unit a to a later value
// of unit b from another article: notCompared, or relate's relation with
// its reason.
func (g *groupPairs) unitRel(a, b int) (relation, string) {
	u, w := &g.units[a], &g.units[b]
	fits, leadFits := g.acFits(u.ac, w.ac)
	if fits && !(u.lead && w.lead && !leadFits) {
		return notCompared, ""
	}
	if u.align && !w.partnerOf(u.fine) || w.align && !u.partnerOf(w.fine) {
		return notCompared, "" // another figure of one article states the other's fact more closely
	}
	rel, reason := g.v.relate(g.vs[u.rep], g.vs[w.rep], g.clsRev[u.cls], g.clsRev[w.cls])
	if rel == relConflict && fits {
		// Two leads disagree, but a figure further down one article
		// fits the other's: the lead may be misread.
		rel, reason = relUncertain, fitsFurtherDown
	}
	return rel, reason
}

// relations relates every pair of units with a pair of values from two
// articles, the first value's first: which relations occur, and for the
// conflicts and doubts, each unit's partners in them (the units of later
// values it is related to so).
func (g *groupPairs) relations() (found map[relation]bool, conflicts, doubts [][]int) {
	found = map[relation]bool{}
	conflicts = make([][]int, len(g.units))
	doubts = make([][]int, len(g.units))
	order := make([]int, len(g.units))
	for a := range order {
		order[a] = a
	}
	sort.SliceStable(order, func(x, y int) bool { return g.units[order[x]].ac < g.units[order[y]].ac })
	for _, a := range order {
		g.setRow(g.units[a].ac)
		for b := range g.units {
			if g.units[a].minArt >= g.units[b].maxArt {
				continue // no value of b after one of a in another article
			}
			rel, _ := g.unitRel(a, b)
			switch rel {
			case notCompared, relAgree:
				continue
			case relConflict:
				conflicts[a] = append(conflicts[a], b)
			case relUncertain:
				doubts[a] = append(doubts[a], b)
			}
			found[rel] = true
		}
	}
	return found, conflicts, doubts
}

// reason is relate's reason for values i < j.
func (g *groupPairs) reason(i, j int) string {
	_, reason := g.unitRel(g.unitOf[i], g.unitOf[j])
	return reason
}

// support counts, for each value, the other articles giving a value
// that fits it as written (see outliers).
func (g *groupPairs) support() []int {
	count := make([]int, len(g.sig))
	for p := range g.sig {
		for x, set := range g.acCls {
			if g.fitsAny(p, set) {
				count[p] += g.acN[x]
			}
		}
	}
	out := make([]int, len(g.vs))
	for i := range g.vs {
		p := g.units[g.unitOf[i]].cls
		out[i] = count[p]
		if g.fitsAny(p, g.acCls[g.artAC[g.art[i]]]) {
			out[i]-- // its own article
		}
	}
	return out
}

// fitsAny reports a value of coarse class p fitting one of classes set as
// written.
func (g *groupPairs) fitsAny(p int, set []int) bool {
	for _, q := range set {
		if fitsAsWritten(g.sig[p], g.sig[q]) {
			return true
		}
	}
	return false
}

// pairsOf returns the pairs of values i < j related as r, neither in
// skip, that outliers reports from them: the pairs holding the reference
// value, and the pairs its second pass takes (the first pair, in order,
// of two values not yet reported). Given these, outliers reports what it
// reports given all pairs related as r. targets are each unit's partners
// in relation r (see relations). Pairs are in the order outliers reads
// them.
func (g *groupPairs) pairsOf(r relation, skip map[int]bool, targets [][]int, support []int) [][2]int {
	ref := 0
	for i := range g.vs {
		if support[i] > support[ref] {
			ref = i
		}
	}
	var out [][2]int
	done := newTaken(g, skip) // reported, or in skip
	if !done.has(ref) {
		units := map[[2]int]relation{} // relations of the units of values and ref's, in order
		relRef := func(i int) relation {
			if g.art[i] == g.art[ref] {
				return notCompared
			}
			k := [2]int{g.unitOf[min(i, ref)], g.unitOf[max(i, ref)]}
			rel, ok := units[k]
			if !ok {
				rel, _ = g.unitRel(k[0], k[1])
				units[k] = rel
			}
			return rel
		}
		for i := range g.vs {
			if p := [2]int{min(i, ref), max(i, ref)}; i != ref && !done.has(i) && relRef(i) == r {
				out = append(out, p)
				done.take(i)
				done.take(ref)
			}
		}
	}
	// The second pass: each value not reported, in order, with the first
	// value of a later article not reported that it is related to as r.
	// Once a unit's value finds none, its later values find none either.
	exhausted := make([]bool, len(g.units))
	for i := range g.vs {
		u := g.unitOf[i]
		if done.has(i) || exhausted[u] {
			continue
		}
		best := -1
		from := g.artEnd[g.art[i]]
		for _, b := range targets[u] {
			if j := done.next(b, from); j >= 0 && (best < 0 || j < best) {
				best = j
			}
		}
		if best < 0 {
			exhausted[u] = true
			continue
		}
		out = append(out, [2]int{i, best})
		done.take(i)
		done.take(best)
	}
	return out
}

// taken marks values reported (or left out); next finds, in one unit,
// the first value from a given one on that is not marked, skipping runs
// of marked values in near-constant time (union-find over each unit's
// positions).
type taken struct {
	mark    []bool
	members [][]int // each unit's values, ascending
	unitOf  []int
	pos     []int   // each value's position in its unit
	skip    [][]int // per unit: position -> a later position, toward the first unmarked
}

func newTaken(g *groupPairs, marked map[int]bool) *taken {
	t := &taken{mark: make([]bool, len(g.vs)), members: make([][]int, len(g.units)), unitOf: g.unitOf,
		pos: make([]int, len(g.vs)), skip: make([][]int, len(g.units))}
	for u := range g.units {
		ms := g.units[u].members
		t.members[u] = ms
		t.skip[u] = make([]int, len(ms)+1)
		for k, i := range ms {
			t.pos[i] = k
			t.skip[u][k] = k
		}
		t.skip[u][len(ms)] = len(ms)
	}
	for i, m := range marked {
		if m {
			t.take(i)
		}
	}
	return t
}

func (t *taken) has(i int) bool { return t.mark[i] }

// take marks value i.
func (t *taken) take(i int) {
	if t.mark[i] {
		return
	}
	t.mark[i] = true
	t.skip[t.unitOf[i]][t.pos[i]] = t.pos[i] + 1
}

// next returns the first unmarked value of unit u at or after value
// from (values are numbered in order), or -1.
func (t *taken) next(u, from int) int {
	ms := t.members[u]
	k := sort.SearchInts(ms, from)
	s := t.skip[u]
	root := k
	for s[root] != root {
		root = s[root]
	}
	for s[k] != root {
		s[k], k = root, s[k]
	}
	if root >= len(ms) {
		return -1
	}
	return ms[root]
}
