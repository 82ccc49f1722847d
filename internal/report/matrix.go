package report

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/claims"
)

// Cell states of the claim matrix.
const (
	cellConflict  = "conflict"  // contradicts the other sources (an error finding)
	cellUncertain = "uncertain" // differs, not provably a contradiction
	cellUpdated   = "updated"   // given as a revision
	cellAgree     = "agree"     // compatible with the other sources
	cellOther     = "other"     // a value of a row in conflict, on the majority side
)

// cellMarks are the markers the text formats add to a value, so that the
// state shows without colour.
var cellMarks = map[string]string{cellConflict: " !", cellUncertain: " ?", cellUpdated: " ^"}

// matrixLegend explains the markers and colours.
const matrixLegend = "! contradicts the other sources (a conflict finding; red)   ? differs, but not provably a contradiction (yellow)   ^ given as a revision (cyan)   empty: the source gives no value"

// matrixValue is one value a source gives for a claim.
type matrixValue struct {
	ClaimValue
	state string
}

// matrixCell is what one source says about one claim.
type matrixCell struct {
	values []matrixValue
	state  string // the strongest state of its values ("" when empty)
}

// text is the cell's values as shown, distinct values joined by "; ",
// each with its marker when marks is set.
func (c matrixCell) text(marks bool) string {
	var parts []string
	seen := map[string]bool{}
	for _, v := range c.values {
		s := v.Value
		if marks {
			s += cellMarks[v.state]
		}
		if !seen[s] {
			seen[s] = true
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// matrixRow is one (subject, measure) across the sources.
type matrixRow struct {
	claim Claim
	cells []matrixCell // one per matrix source
}

// claimMatrix lines the claims stated by two or more sources up against
// the sources: one row per claim, conflicts first, one column per source
// giving any of them, in article order; claims of one source are listed
// apart.
type claimMatrix struct {
	sources []string // article ids
	rows    []matrixRow
	singles []Claim
}

// statusRank orders matrix rows: conflicts first.
var statusRank = map[string]int{"conflict": 0, "uncertain": 1, "updated": 2, "agree": 3}

// evidenceKey identifies a value by its article and span.
type evidenceKey struct {
	article    string
	start, end int
}

// buildMatrix builds the claim matrix of a report. A value is a conflict
// cell when a conflict finding names it and it is on the side fewer
// sources take (both sides when as many take each), uncertain when an
// uncertain finding names it.
func buildMatrix(r *Report) claimMatrix {
	var m claimMatrix
	used := map[string]bool{}
	for _, c := range r.Claims {
		if len(claimArticles(c)) < 2 {
			m.singles = append(m.singles, c)
			continue
		}
		for _, v := range c.Values {
			used[v.Article] = true
		}
		m.rows = append(m.rows, matrixRow{claim: c})
	}
	for _, a := range r.Articles {
		if used[a.ID] {
			m.sources = append(m.sources, a.ID)
		}
	}
	col := map[string]int{}
	for i, id := range m.sources {
		col[id] = i
	}
	states := cellStates(r)
	for i := range m.rows {
		row := &m.rows[i]
		row.cells = make([]matrixCell, len(m.sources))
		for _, v := range row.claim.Values {
			st := states[evidenceKey{v.Article, v.Start, v.End}]
			switch {
			case st != "":
			case v.Update:
				st = cellUpdated
			case row.claim.Status == "conflict" || row.claim.Status == "uncertain":
				st = cellOther
			default:
				st = cellAgree
			}
			c := &row.cells[col[v.Article]]
			c.values = append(c.values, matrixValue{ClaimValue: v, state: st})
			if c.state == "" || stateRank(st) < stateRank(c.state) {
				c.state = st
			}
		}
	}
	sort.SliceStable(m.rows, func(i, j int) bool {
		return statusRank[m.rows[i].claim.Status] < statusRank[m.rows[j].claim.Status]
	})
	return m
}

// stateRank orders cell states, strongest first.
func stateRank(s string) int {
	switch s {
	case cellConflict:
		return 0
	case cellUncertain:
		return 1
	case cellUpdated:
		return 2
	case cellOther:
		return 3
	}
	return 4
}

// claimArticles returns the distinct articles giving a claim's values.
func claimArticles(c Claim) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range c.Values {
		if !seen[v.Article] {
			seen[v.Article] = true
			out = append(out, v.Article)
		}
	}
	return out
}

// cellStates marks the values conflict findings name: uncertain ones as
// uncertain, contradictions as conflict on the side fewer sources take.
func cellStates(r *Report) map[evidenceKey]string {
	values := map[evidenceKey]ClaimValue{}
	row := map[evidenceKey]*Claim{}
	for i := range r.Claims {
		for _, v := range r.Claims[i].Values {
			k := evidenceKey{v.Article, v.Start, v.End}
			values[k], row[k] = v, &r.Claims[i]
		}
	}
	out := map[evidenceKey]string{}
	for _, f := range r.Findings {
		if f.Kind != FindingConflict {
			continue
		}
		var keys []evidenceKey
		for _, ev := range f.Evidence {
			if _, ok := values[evidenceKey{ev.Article, ev.Start, ev.End}]; ok {
				keys = append(keys, evidenceKey{ev.Article, ev.Start, ev.End})
			}
		}
		if f.Uncertain || f.Severity < Error {
			for _, k := range keys {
				if out[k] != cellConflict {
					out[k] = cellUncertain
				}
			}
			continue
		}
		if len(keys) != 2 || row[keys[0]] != row[keys[1]] {
			for _, k := range keys {
				out[k] = cellConflict
			}
			continue
		}
		a, b := values[keys[0]], values[keys[1]]
		na, nb := sidedWith(row[keys[0]], a, b), sidedWith(row[keys[0]], b, a)
		if na <= nb {
			out[keys[0]] = cellConflict
		}
		if nb <= na {
			out[keys[1]] = cellConflict
		}
	}
	return out
}

// sidedWith counts the sources of a claim giving a value compatible
// with a and not with b.
func sidedWith(c *Claim, a, b ClaimValue) int {
	arts := map[string]bool{}
	for _, v := range c.Values {
		if compatible(v, a) && !compatible(v, b) {
			arts[v.Article] = true
		}
	}
	return len(arts)
}

// compatible compares two values as the claims stage does, or by their
// intervals for values read back from JSON (which leaves the stage's
// value out).
func compatible(a, b ClaimValue) bool {
	if a.Claim.Measure != "" && b.Claim.Measure != "" {
		return claims.Compatible(a.Claim, b.Claim)
	}
	if a.Low == 0 && a.High == 0 || b.Low == 0 && b.High == 0 {
		return a.Value == b.Value
	}
	return a.Low <= b.High && b.Low <= a.High
}
