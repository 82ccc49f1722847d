package claims

import (
	"sort"
	"strings"
)

// maxPosting bounds the values one context word indexes: a word in more
// sentences than this says nothing of which fact they state.
const maxPosting = 200

// acrossClaims compares figures of different claims that may state one
// fact: figures no vocabulary names, or whose subject the sentence does
// not name, are grouped by how their article happened to word them
// ("a $140 million contract" is a contract, "a deal worth $80 million" a
// price), so two of the same unit (money of one currency, or a count of
// one noun) from two articles are compared when their sentences state
// the same fact (alignment). Candidate pairs come from an index of
// context words, so the work grows with the pairs that share words, not
// with all pairs. It marks the claims involved and returns the
// contradictions, each across two claims.
func (v *vocab) acrossClaims(claims []Claim) []Contradiction {
	type ref struct{ claim, value int }
	byUnit := map[string][]ref{}
	for ci, c := range claims {
		for vi, val := range c.Values {
			if !val.Generic && !guessed(val.How) || len(val.Context) == 0 {
				continue
			}
			if u := unitOf(c.Measure); u != "" {
				byUnit[u] = append(byUnit[u], ref{ci, vi})
			}
		}
	}
	units := make([]string, 0, len(byUnit))
	for u := range byUnit {
		units = append(units, u)
	}
	sort.Strings(units)
	var out []Contradiction
	seen := map[[4]int]bool{}
	for _, u := range units {
		refs := byUnit[u]
		posting := map[string][]int{}
		for k, r := range refs {
			for _, w := range claims[r.claim].Values[r.value].Context {
				posting[w] = append(posting[w], k)
			}
		}
		count := newCounter(len(refs))
		for k, r := range refs {
			a := claims[r.claim].Values[r.value]
			count.reset()
			for _, w := range a.Context {
				if p := posting[w]; len(p) <= maxPosting {
					for _, j := range p {
						if j > k {
							count.add(j)
						}
					}
				}
			}
			var js []int
			for _, j := range count.touched {
				if count.n[j] >= alignMinShared {
					js = append(js, j)
				}
			}
			sort.Ints(js)
			for _, j := range js {
				o := refs[j]
				if o.claim == r.claim {
					continue // compared within the claim
				}
				b := claims[o.claim].Values[o.value]
				if a.Article == b.Article {
					continue
				}
				key := [4]int{r.claim, r.value, o.claim, o.value}
				if seen[key] {
					continue
				}
				seen[key] = true
				rel, reason := v.relate(a, b, false, false)
				if rel != relUncertain && rel != relConflict {
					continue
				}
				ca, cb := &claims[r.claim], &claims[o.claim]
				for _, c := range []*Claim{ca, cb} {
					switch {
					case rel == relConflict:
						c.Status = Conflict
					case c.Status == Agree || c.Status == Single:
						c.Status = Uncertain
					}
				}
				measure := ca.Measure
				if cb.Measure != ca.Measure {
					measure = ca.Measure + " / " + cb.Measure
				}
				x, y := a, b
				if y.Article < x.Article {
					x, y = y, x
				}
				out = append(out, Contradiction{Subject: ca.Subject, Measure: measure, A: x, B: y,
					Uncertain: rel == relUncertain, Reason: reason})
			}
		}
	}
	return out
}

// unitOf names what a measure's values are in, for comparing figures
// across claims: the currency of money ("price (USD)" -> "USD"), else the
// measure itself (a count of one noun).
func unitOf(measure string) string {
	if i := strings.LastIndex(measure, " ("); i >= 0 && strings.HasSuffix(measure, ")") {
		u := measure[i+2 : len(measure)-1]
		if len(u) == 3 && strings.ToUpper(u) == u {
			if k := strings.Index(measure, " per "); k >= 0 && k < i {
				return u + measure[k:i] // a rate: "USD per season"
			}
			return u
		}
		return "" // "turnout (%)", "prison sentence (years)": compared within the claim
	}
	if IsDate(measure) {
		return ""
	}
	return "count:" + measure
}

// counter counts hits per index in [0, n), for candidate pairs found
// through posting lists: an array and the indexes touched, cleared in
// time proportional to them (a map per value costs more than the
// counting).
type counter struct {
	n       []int32
	touched []int // in order of first hit
}

func newCounter(n int) *counter { return &counter{n: make([]int32, n)} }

// add counts one hit for j.
func (c *counter) add(j int) {
	if c.n[j] == 0 {
		c.touched = append(c.touched, j)
	}
	c.n[j]++
}

// reset clears every count.
func (c *counter) reset() {
	for _, j := range c.touched {
		c.n[j] = 0
	}
	c.touched = c.touched[:0]
}
