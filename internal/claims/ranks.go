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

// CheckRanks checks each "rank" claim against the "votes" claims. A
// subject's votes are the intersection of its values' intervals; groups
// in conflict are skipped (their own finding says enough).
func CheckRanks(cs []Claim) []RankConflict {
	type votes struct {
		lo, hi float64
		first  Value
	}
	tally := map[string]votes{}
	for _, c := range cs {
		if c.Measure != "votes" || c.Status == Conflict || c.Status == Uncertain || len(c.Values) == 0 {
			continue
		}
		lo, hi := math.Inf(-1), math.Inf(1)
		for _, v := range c.Values {
			l, h := Interval(v)
			lo, hi = math.Max(lo, l), math.Min(hi, h)
		}
		tally[c.Subject] = votes{lo, hi, c.Values[0]}
	}
	names := make([]string, 0, len(tally))
	for n := range tally {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []RankConflict
	for _, c := range cs {
		if c.Measure != "rank" || c.Status == Conflict {
			continue
		}
		own, ok := tally[c.Subject]
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
				if t := tally[n]; t.lo > own.hi {
					above = append(above, n)
					ev = append(ev, t.first)
				}
			}
			if len(above) >= rank {
				out = append(out, RankConflict{Subject: c.Subject, Rank: rv, Votes: append([]Value{own.first}, ev...),
					Message: fmt.Sprintf("%s rank: %s says %s, but %d others had more votes (%s)",
						c.Subject, rv.Article, FormatValue(rv), len(above), strings.Join(above, ", "))})
			}
		}
	}
	return out
}
