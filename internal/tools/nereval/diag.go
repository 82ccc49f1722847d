package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/nerrun"
)

// pattern is one kind of error with the count changes fixing it would
// bring.
type pattern struct {
	n          int
	tp, fp, fn int // total change in TP, FP, FN when every case is fixed
	texts      map[string]int
}

// diag classifies the errors of one system on one dataset.
type diag struct {
	base     Counts
	patterns map[string]*pattern
}

func newDiag() *diag { return &diag{patterns: map[string]*pattern{}} }

func (d *diag) note(name, text string, tp, fp, fn int) {
	p := d.patterns[name]
	if p == nil {
		p = &pattern{texts: map[string]int{}}
		d.patterns[name] = p
	}
	p.n++
	p.tp += tp
	p.fp += fp
	p.fn += fn
	p.texts[text]++
}

func allCaps(toks []string) bool {
	letters := false
	for _, t := range toks {
		for _, r := range t {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters = true
			}
		}
	}
	return letters
}

// wordKind describes a run of words: "initials" ("C."), "capitalised"
// (every word starts with a capital) or "".
func wordKind(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	initials, caps := true, true
	for _, w := range ws {
		r := []rune(w)
		if len(r) == 0 {
			initials, caps = false, false
			continue
		}
		if !unicode.IsUpper(r[0]) {
			caps = false
		}
		if len(r) != 2 || !unicode.IsUpper(r[0]) || r[1] != '.' {
			initials = false
		}
	}
	switch {
	case initials:
		return "initials"
	case caps:
		return "capitalised"
	}
	return ""
}

func overlap(a, b Span) bool { return a.Start < b.End && b.Start < a.End }

func join(toks []string, sp Span) string { return strings.Join(toks[sp.Start:sp.End], " ") }

// add classifies the errors in one sentence. Every false positive and
// false negative lands in one pattern; a wrong type or wrong boundary on
// an otherwise missed gold entity is one case that fixes an FP and an FN.
func (d *diag) add(s *Sentence, starts, ends []int, preds []Pred) {
	d.base.Add(scoreSentence(s, starts, ends, preds))
	caps := allCaps(s.Tokens)
	scored, dropped := d.scoredPreds(s, starts, ends, preds)
	matched := map[Span]bool{}
	for _, p := range scored {
		if p.ok {
			matched[p.sp] = true
		}
	}
	claimed := map[Span]bool{}
	for _, p := range scored {
		if !p.ok {
			d.wrongPred(s, p.sp, caps, matched, claimed)
		}
	}
	for _, g := range s.Gold {
		if !matched[g] && !claimed[g] {
			d.missed(s, g, caps, scored, dropped)
		}
	}
}

// scoredPred is a typed prediction on token boundaries; ok when it is a
// gold entity.
type scoredPred struct {
	sp Span
	ok bool
}

// scoredPreds turns preds into token spans, once each, in order: the
// typed ones on token boundaries are scored, the untyped ones on token
// boundaries are dropped (Label holds the raw label), and a typed one off
// the token boundaries is noted as an error.
func (d *diag) scoredPreds(s *Sentence, starts, ends []int, preds []Pred) (scored []scoredPred, dropped []Span) {
	gold := map[Span]bool{}
	for _, g := range s.Gold {
		gold[g] = true
	}
	seen := map[Span]bool{}
	for _, p := range preds {
		i, j, ok := nerrun.TokenSpan(starts, ends, p.Start, p.End)
		if labelIndex(p.Label) < 0 {
			if ok {
				dropped = append(dropped, Span{Start: i, End: j, Label: p.Raw})
			}
			continue
		}
		if !ok {
			text := ""
			if p.Start >= 0 {
				txt, _, _ := nerrun.SentenceText(s)
				text = txt[p.Start:p.End]
			}
			d.note("prediction not on token boundaries", text, 0, -1, 0)
			continue
		}
		sp := Span{Start: i, End: j, Label: p.Label}
		if seen[sp] {
			continue
		}
		seen[sp] = true
		scored = append(scored, scoredPred{sp: sp, ok: gold[sp]})
	}
	return scored, dropped
}

// wrongPred classifies a prediction sp that is no gold entity: nothing
// on an excluded (MISC) span, else a wrong type on a gold entity's exact
// span, else a boundary error on the first unmatched and unclaimed gold
// entity it overlaps, else spurious. A gold entity it explains is marked
// in claimed.
func (d *diag) wrongPred(s *Sentence, sp Span, caps bool, matched, claimed map[Span]bool) {
	text := join(s.Tokens, sp)
	for _, x := range s.Excluded {
		if x.Start == sp.Start && x.End == sp.End {
			return // ignored, not an error
		}
	}
	// Wrong type on the exact span? (The last such gold entity.)
	var hit *Span
	for k := range s.Gold {
		g := s.Gold[k]
		if g.Start == sp.Start && g.End == sp.End {
			hit = &s.Gold[k]
		}
	}
	if hit != nil {
		claimed[*hit] = true
		d.note(fmt.Sprintf("wrong type: gold %s predicted %s", hit.Label, sp.Label), text, 1, -1, -1)
		return
	}
	// Overlapping an unmatched gold entity: a boundary error.
	for _, g := range s.Gold {
		if overlap(g, sp) && !matched[g] && !claimed[g] {
			claimed[g] = true
			d.boundary(s, sp, g, text)
			return
		}
	}
	d.spurious(s, sp, text, caps)
}

// boundary notes a prediction sp over the gold entity g with other
// boundaries, by the words it adds or misses.
func (d *diag) boundary(s *Sentence, sp, g Span, text string) {
	kind := "other"
	var extra []string
	switch {
	case sp.Start < g.Start && sp.End == g.End:
		kind, extra = "extra leading words", s.Tokens[sp.Start:g.Start]
	case sp.Start == g.Start && sp.End > g.End:
		kind, extra = "extra trailing words", s.Tokens[g.End:sp.End]
	case sp.Start > g.Start && sp.End == g.End:
		kind, extra = "missing leading words", s.Tokens[g.Start:sp.Start]
	case sp.Start == g.Start && sp.End < g.End:
		kind, extra = "missing trailing words", s.Tokens[sp.End:g.End]
	}
	if w := wordKind(extra); w != "" && strings.HasPrefix(kind, "missing") {
		kind += " (" + w + ")"
	}
	if g.Label != sp.Label {
		kind += ", wrong type too"
	}
	t := join(s.Tokens, g) + " -> " + text
	if extra != nil {
		t = strings.Join(extra, " ")
	}
	d.note("boundary: "+kind, t, 1, -1, -1)
}

// spurious notes a prediction sp with no gold entity to explain it, by
// where it stands.
func (d *diag) spurious(s *Sentence, sp Span, text string, caps bool) {
	overlapsGold := false
	for _, g := range s.Gold {
		if overlap(g, sp) {
			overlapsGold = true
		}
	}
	overlapsExcl := false
	for _, x := range s.Excluded {
		if overlap(x, sp) {
			overlapsExcl = true
		}
	}
	switch {
	case overlapsGold:
		d.note("spurious: overlaps an entity already found", text, 0, -1, 0)
	case caps:
		d.note("spurious "+sp.Label+": in an ALL-CAPS sentence (headline)", text, 0, -1, 0)
	case sp.Start == 0 && sp.End == 1:
		d.note("spurious "+sp.Label+": sentence-initial single word", text, 0, -1, 0)
	case overlapsExcl:
		d.note("spurious "+sp.Label+": part of a MISC entity", text, 0, -1, 0)
	default:
		d.note("spurious "+sp.Label+": other", text, 0, -1, 0)
	}
}

// missed notes a gold entity g that no prediction found or explained, by
// what stood there instead.
func (d *diag) missed(s *Sentence, g Span, caps bool, scored []scoredPred, dropped []Span) {
	text := join(s.Tokens, g)
	overlapsPred := false
	for _, p := range scored {
		if overlap(g, p.sp) {
			overlapsPred = true
		}
	}
	untyped, untypedOv := false, false
	for _, x := range dropped {
		if x.Start == g.Start && x.End == g.End {
			untyped = true
		} else if overlap(x, g) {
			untypedOv = true
		}
	}
	switch {
	case overlapsPred:
		d.note("missed "+g.Label+": overlaps a prediction of another entity", text, 1, 0, -1)
	case untyped:
		d.note("missed "+g.Label+": found but untyped (MISC, dropped)", text, 1, 0, -1)
	case untypedOv:
		d.note("missed "+g.Label+": found untyped with other boundaries", text, 1, 0, -1)
	case caps:
		d.note("missed "+g.Label+": in an ALL-CAPS sentence (headline)", text, 1, 0, -1)
	case g.Start == 0:
		d.note("missed "+g.Label+": sentence-initial", text, 1, 0, -1)
	default:
		d.note("missed "+g.Label+": other", text, 1, 0, -1)
	}
}

// write prints the patterns, largest micro-F1 gain first.
func (d *diag) write(w io.Writer, name string, top int) {
	tp, fp, fn := d.base.Micro()
	_, _, f0 := prf(tp, fp, fn)
	type row struct {
		name string
		p    *pattern
		gain float64
	}
	var rows []row
	for n, p := range d.patterns {
		_, _, f := prf(tp+p.tp, fp+p.fp, fn+p.fn)
		rows = append(rows, row{n, p, f - f0})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].gain != rows[j].gain {
			return rows[i].gain > rows[j].gain
		}
		return rows[i].name < rows[j].name
	})
	fmt.Fprintf(w, "\n## Errors of %s (micro TP %d FP %d FN %d, F1 %.1f; ignored on MISC %d, untyped dropped %d)\n",
		name, tp, fp, fn, 100*f0, d.base.Ignored, d.base.Dropped)
	for k, r := range rows {
		if k == top {
			break
		}
		fmt.Fprintf(w, "%5d  +%4.1f F1  %s   e.g. %s\n", r.p.n, 100*r.gain, r.name, topTexts(r.p.texts, 8))
	}
}

func topTexts(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var parts []string
	for i, e := range kvs {
		if i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%q×%d", e.k, e.v))
	}
	return strings.Join(parts, ", ")
}

// dumpSentence writes s to w when preds differ from its gold entities:
// the sentence, then each missed gold entity (-) and each wrong
// prediction (+), with labels; MISC spans and exact hits are left out.
func dumpSentence(w io.Writer, set string, doc, sent int, s *Sentence, starts, ends []int, preds []Pred) {
	gold := map[Span]bool{}
	for _, g := range s.Gold {
		gold[g] = true
	}
	excl := map[[2]int]bool{}
	for _, x := range s.Excluded {
		excl[[2]int{x.Start, x.End}] = true
	}
	hit := map[Span]bool{}
	var wrong []string
	for _, p := range preds {
		i, j, ok := nerrun.TokenSpan(starts, ends, p.Start, p.End)
		if !ok {
			wrong = append(wrong, fmt.Sprintf("+ off-grid bytes %d-%d %s", p.Start, p.End, p.Label))
			continue
		}
		sp := Span{Start: i, End: j, Label: p.Label}
		switch {
		case gold[sp]:
			hit[sp] = true
		case excl[[2]int{i, j}] || labelIndex(p.Label) < 0:
		default:
			wrong = append(wrong, fmt.Sprintf("+ %s %q (%s)", p.Label, join(s.Tokens, Span{Start: i, End: j}), p.Raw))
		}
	}
	for _, g := range s.Gold {
		if !hit[g] {
			wrong = append(wrong, fmt.Sprintf("- %s %q", g.Label, join(s.Tokens, g)))
		}
	}
	if len(wrong) == 0 {
		return
	}
	fmt.Fprintf(w, "%s doc %d sent %d: %s\n", set, doc, sent, strings.Join(s.Tokens, " "))
	for _, x := range wrong {
		fmt.Fprintf(w, "  %s\n", x)
	}
}
