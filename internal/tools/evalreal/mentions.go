package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// goldClasses are the gold classes the mention row scores, in print order.
var goldClasses = []string{"PER", "ORG", "LOC"}

// goldClass maps an ECB+ tag to the class the mention row scores ("" for
// a tag it leaves out: events, times, vehicles, generic people).
func goldClass(tag string) string {
	switch tag {
	case "HUMAN_PART_PER":
		return "PER"
	case "HUMAN_PART_ORG":
		return "ORG"
	case "HUMAN_PART_GPE", "LOC_GEO", "LOC_FAC", "LOC_OTHER":
		return "LOC"
	}
	return ""
}

// typeFits tells whether a report entity type is the right one for a gold
// class (PER: PERSON; ORG: ORG; LOC: GPE, LOC or FAC).
func typeFits(class, typ string) bool {
	switch class {
	case "PER":
		return typ == "PERSON"
	case "ORG":
		return typ == "ORG"
	case "LOC":
		return typ == "GPE" || typ == "LOC" || typ == "FAC"
	}
	return false
}

// typedMention is a gold mention written as a name with a person,
// organisation or place class, with byte offsets into its article.
type typedMention struct {
	article    string // file name, as the report gives it
	start, end int    // bytes
	class      string // PER, ORG or LOC
	text       string
	sentence   string // the line holding it, for the dump
}

// goldNames reads every gold mention of one cluster written as a name
// (isName) whose tag has a class (goldClass), whatever its chain.
func goldNames(data, cluster string) ([]typedMention, error) {
	var out []typedMention
	err := readGold(data, cluster, func(g goldLine) {
		class := goldClass(g.m.Tag)
		if class == "" || !isName(g.m.Text, g.lower) {
			return
		}
		text, s, e := g.text, g.start, g.end
		a := strings.LastIndexByte(text[:s], '\n') + 1
		z := strings.IndexByte(text[e:], '\n')
		if z < 0 {
			z = len(text)
		} else {
			z += e
		}
		out = append(out, typedMention{article: g.base + ".txt", start: s, end: e, class: class, text: g.m.Text,
			sentence: text[a:s] + "[[" + text[s:e] + "]]" + text[e:z]})
	})
	return out, err
}

// classScore counts one gold class: gold name mentions, those a report
// mention has with the same span (Exact) or overlaps (Overlap), and those
// overlapped whose best-overlapping report mention has the right type
// (Typed).
type classScore struct{ Gold, Exact, Overlap, Typed int }

// mentionScore is the mention row: per gold class, and the confusion of
// gold class against the type of the best-overlapping report mention
// ("none" when no report mention overlaps).
type mentionScore struct {
	By        map[string]*classScore
	Confusion map[string]map[string]int
	// Misses lists the gold mentions not found or given a wrong type,
	// with their sentences.
	Misses []string
}

func newMentionScore() mentionScore {
	s := mentionScore{By: map[string]*classScore{}, Confusion: map[string]map[string]int{}}
	for _, c := range goldClasses {
		s.By[c] = &classScore{}
		s.Confusion[c] = map[string]int{}
	}
	return s
}

func (s *mentionScore) add(o mentionScore) {
	for _, c := range goldClasses {
		a, b := s.By[c], o.By[c]
		a.Gold += b.Gold
		a.Exact += b.Exact
		a.Overlap += b.Overlap
		a.Typed += b.Typed
		for t, n := range o.Confusion[c] {
			s.Confusion[c][t] += n
		}
	}
	s.Misses = append(s.Misses, o.Misses...)
}

// scoreMentions compares every report entity span, typed by its entity,
// with the gold name mentions of one cluster, leaving out the articles
// the report counts once as a copy of another (their names are the
// other's).
func scoreMentions(cluster string, rep *report.Report, gold []typedMention) mentionScore {
	dup := map[string]bool{}
	for _, a := range rep.Articles {
		if a.DuplicateOf != "" {
			dup[a.ID] = true
		}
	}
	type span struct {
		start, end int
		typ, text  string
	}
	spans := map[string][]span{}
	for _, e := range rep.Entities {
		for _, s := range e.Spans {
			spans[s.Article] = append(spans[s.Article], span{s.Start, s.End, e.Type, s.Text})
		}
	}
	sc := newMentionScore()
	for _, m := range gold {
		if dup[m.article] {
			continue
		}
		cs := sc.By[m.class]
		cs.Gold++
		best, bestN, exact := -1, 0, false
		for i, s := range spans[m.article] {
			if s.start == m.start && s.end == m.end {
				exact = true
				best, bestN = i, m.end-m.start+1 // an exact span wins
				continue
			}
			if n := min(s.end, m.end) - max(s.start, m.start); n > bestN {
				best, bestN = i, n
			}
		}
		if exact {
			cs.Exact++
		}
		if best < 0 {
			sc.Confusion[m.class]["none"]++
			sc.Misses = append(sc.Misses, fmt.Sprintf("%s\t%s\tmissed\t%s\t%q\t%s", cluster, m.article, m.class, m.text, oneLine(m.sentence)))
			continue
		}
		cs.Overlap++
		s := spans[m.article][best]
		sc.Confusion[m.class][s.typ]++
		if typeFits(m.class, s.typ) {
			cs.Typed++
			if !exact {
				sc.Misses = append(sc.Misses, fmt.Sprintf("%s\t%s\tspan %q\t%s\t%q\t%s", cluster, m.article, s.text, m.class, m.text, oneLine(m.sentence)))
			}
			continue
		}
		sc.Misses = append(sc.Misses, fmt.Sprintf("%s\t%s\ttype %s %q\t%s\t%q\t%s", cluster, m.article, s.typ, s.text, m.class, m.text, oneLine(m.sentence)))
	}
	return sc
}

func oneLine(s string) string { return textutil.OneSpace(s) }

// writeMentions writes the mention row: recall exact and overlapping and
// type accuracy (of the overlapped) per gold class, and the confusion.
func writeMentions(w io.Writer, s mentionScore) {
	pct := func(n, d int) string {
		if d == 0 {
			return "-"
		}
		return fmt.Sprintf("%d/%d (%.1f%%)", n, d, 100*float64(n)/float64(d))
	}
	fmt.Fprintf(w, "\n| gold name mentions (every tagged name but in copies; no precision) | gold | recall exact span | recall overlap | type right (of overlapped) |\n|---|---:|---:|---:|---:|\n")
	var all classScore
	for _, c := range goldClasses {
		cs := s.By[c]
		all.Gold += cs.Gold
		all.Exact += cs.Exact
		all.Overlap += cs.Overlap
		all.Typed += cs.Typed
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s |\n", c, cs.Gold, pct(cs.Exact, cs.Gold), pct(cs.Overlap, cs.Gold), pct(cs.Typed, cs.Overlap))
	}
	fmt.Fprintf(w, "| all | %d | %s | %s | %s |\n", all.Gold, pct(all.Exact, all.Gold), pct(all.Overlap, all.Gold), pct(all.Typed, all.Overlap))
	types := map[string]bool{}
	for _, c := range goldClasses {
		for t := range s.Confusion[c] {
			types[t] = true
		}
	}
	var ts []string
	for t := range types {
		if t != "none" {
			ts = append(ts, t)
		}
	}
	sort.Strings(ts)
	ts = append(ts, "none")
	fmt.Fprintf(w, "\n| gold \\ report type | %s |\n|---|%s\n", strings.Join(ts, " | "), strings.Repeat("---:|", len(ts)))
	for _, c := range goldClasses {
		var cells []string
		for _, t := range ts {
			cells = append(cells, fmt.Sprint(s.Confusion[c][t]))
		}
		fmt.Fprintf(w, "| %s | %s |\n", c, strings.Join(cells, " | "))
	}
}
