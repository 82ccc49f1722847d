package claims

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// RankConflict is a rank claim that the vote counts in the corpus rule
// out: more subjects certainly got more votes than the rank allows, or a
// subject ranked ahead certainly got fewer votes.
type RankConflict struct {
	Subject string
	Rank    Value
	// Votes are the vote values that contradict the rank, the subject's
	// own first.
	Votes   []Value
	Message string
}

// CheckRanks checks each "rank" claim against the "votes" claims. Only
// vote counts from articles that also give the ranked subject's rank or
// votes are compared (a corpus may cover several contests), and a
// subject's votes are the intersection of those values' intervals.
// Groups in conflict are skipped (their own finding says enough).
func CheckRanks(cs []Claim) []RankConflict {
	votesBy := map[string][]Value{} // subject -> vote values
	for _, c := range cs {
		if c.Measure != "votes" || c.Status == Conflict || c.Status == Uncertain {
			continue
		}
		votesBy[c.Subject] = c.Values
	}
	names := make([]string, 0, len(votesBy))
	for n := range votesBy {
		names = append(names, n)
	}
	sort.Strings(names)
	// tally intersects a subject's vote intervals from the articles in
	// arts and returns the values that set the bounds (the evidence); ok
	// is false when there are none or they do not overlap.
	tally := func(vs []Value, arts map[string]bool) (lo, hi float64, loV, hiV Value, ok bool) {
		lo, hi = math.Inf(-1), math.Inf(1)
		for _, v := range vs {
			if !arts[v.Article] {
				continue
			}
			l, h := Interval(v)
			if l > lo {
				lo, loV = l, v
			}
			if h < hi {
				hi, hiV = h, v
			}
			ok = true
		}
		return lo, hi, loV, hiV, ok && lo <= hi
	}
	var out []RankConflict
	for _, c := range cs {
		if c.Measure != "rank" || c.Status == Conflict {
			continue
		}
		arts := map[string]bool{}
		for _, v := range c.Values {
			arts[v.Article] = true
		}
		for _, v := range votesBy[c.Subject] {
			arts[v.Article] = true
		}
		_, ownHi, _, own, ok := tally(votesBy[c.Subject], arts)
		if !ok {
			continue
		}
		for _, rv := range c.Values {
			rank := int(rv.Low)
			var above []string
			var ev []Value
			for _, n := range names {
				if n == c.Subject {
					continue
				}
				if lo, _, loV, _, ok := tally(votesBy[n], arts); ok && lo > ownHi {
					above = append(above, n)
					ev = append(ev, loV)
				}
			}
			if len(above) >= rank {
				out = append(out, RankConflict{Subject: c.Subject, Rank: rv, Votes: append([]Value{own}, ev...),
					Message: fmt.Sprintf("%s rank: %s says %s, but %d others had more votes (%s)",
						c.Subject, rv.Article, FormatValue(rv), len(above), strings.Join(above, ", "))})
			}
		}
	}
	return out
}
