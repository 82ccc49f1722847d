package claims

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
	"time"
)

// compareGroupAllPairs is compareGroup as it was before groupPairs: every
// pair of values related one by one. The tests hold compareGroup to it.
func (v *vocab) compareGroupAllPairs(subject, measure string, vs []Value) (Claim, []Contradiction) {
	c, several := newGroupClaim(subject, measure, vs)
	if !several {
		return c, nil
	}
	revised := revisedTolls(vs)
	fits := fittingArticles(vs)
	leadFits := fittingLeads(vs)
	closest := closestPartners(vs)
	var pairs, doubts [][2]int
	reasons := map[[2]int]string{}
	for i := range vs {
		for j := i + 1; j < len(vs); j++ {
			arts := [2]string{vs[i].Article, vs[j].Article}
			if vs[i].Article == vs[j].Article || fits[arts] && !(vs[i].How == ByLead && vs[j].How == ByLead && !leadFits[arts]) {
				continue
			}
			if needsAlignment(vs[i]) && !closest[[2]int{i, j}] || needsAlignment(vs[j]) && !closest[[2]int{j, i}] {
				continue
			}
			rel, reason := v.relate(vs[i], vs[j], revised[i], revised[j])
			if rel == relConflict && fits[arts] {
				rel, reason = relUncertain, fitsFurtherDown
			}
			switch rel {
			case relUpdate:
				if c.Status == Agree || c.Status == Uncertain {
					c.Status = Updated
				}
			case relVague, relUncertain:
				if c.Status == Agree {
					c.Status = Uncertain
				}
				if rel == relUncertain {
					doubts = append(doubts, [2]int{i, j})
					reasons[[2]int{i, j}] = reason
				}
			case relConflict:
				c.Status = Conflict
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	support := allPairsSupport(vs)
	out := outliers(subject, measure, vs, pairs, support)
	reported := map[int]bool{}
	for _, c := range out {
		reported[c.pair[0]], reported[c.pair[1]] = true, true
	}
	var open [][2]int
	for _, d := range doubts {
		if !reported[d[0]] && !reported[d[1]] {
			open = append(open, d)
		}
	}
	for _, d := range outliers(subject, measure, vs, open, support) {
		d.Uncertain = true
		d.Reason = reasons[d.pair]
		out = append(out, d)
	}
	return c, out
}

// allPairsSupport counts, for each value, the other articles giving a
// value that fits it as written.
func allPairsSupport(vs []Value) []int {
	support := make([]int, len(vs))
	for i := range vs {
		seen := map[string]bool{}
		for j := range vs {
			if vs[j].Article != vs[i].Article && !seen[vs[j].Article] && fitsAsWritten(vs[i], vs[j]) {
				seen[vs[j].Article] = true
				support[i]++
			}
		}
	}
	return support
}

// fittingArticles are the pairs of articles one of whose values fits one
// of the other's as written.
func fittingArticles(vs []Value) map[[2]string]bool {
	fits := map[[2]string]bool{}
	for i := range vs {
		for j := range vs {
			if vs[i].Article != vs[j].Article && fitsAsWritten(vs[i], vs[j]) {
				fits[[2]string{vs[i].Article, vs[j].Article}] = true
			}
		}
	}
	return fits
}

// fittingLeads are the pairs of articles one of whose lead figures fits
// one of the other's as written.
func fittingLeads(vs []Value) map[[2]string]bool {
	var leads []Value
	for _, v := range vs {
		if v.How == ByLead {
			leads = append(leads, v)
		}
	}
	return fittingArticles(leads)
}

// randomGroup builds n values of one measure from few articles, with
// values, hedges, publication times, subjects found in every way, leads,
// several figures per article and sentences from a small vocabulary, so
// that every relation, fitting articles and leads, closest partners,
// aligned sentences and ties in support occur.
func randomGroup(rng *rand.Rand, measure string, n int) []Value {
	words := vocabulary("w", 10)
	pick := func(k int) []string {
		var out []string
		for range k {
			out = append(out, words[rng.IntN(len(words))])
		}
		sort.Strings(out)
		return out
	}
	hows := []string{ByMention, ByMention, ByName, ByEvent, ByContext, ByFallback, ByPrevious, ByLead, ByLead}
	hedges := []string{"", "", "", "about", "over", "nearly", "up to"}
	arts := 2 + rng.IntN(max(n/2, 1))
	vs := make([]Value, n)
	for i := range vs {
		low := float64(10 + 10*rng.IntN(4))
		if rng.IntN(3) == 0 {
			low = float64(1000 * (1 + rng.IntN(3)))
		}
		if rng.IntN(8) == 0 {
			low = 1570 + float64(rng.IntN(3)) // 1,570 against 2,000 read as rounded
		}
		high := low
		if rng.IntN(6) == 0 {
			high = low + 10
		}
		r := Raw{Measure: measure, Low: low, High: high, Hedge: hedges[rng.IntN(len(hedges))],
			How: hows[rng.IntN(len(hows))], Generic: rng.IntN(5) == 0, Dated: rng.IntN(12) == 0,
			Update: rng.IntN(8) == 0, Start: rng.IntN(1000), Text: fmt.Sprint(low)}
		if rng.IntN(3) > 0 {
			r.Pub = float64(16000 + rng.IntN(6))
			if rng.IntN(3) == 0 {
				r.Pub += float64(rng.IntN(4)) / 8 // a time of day
			}
		}
		if IsDate(measure) {
			r.Low = float64(15995 + rng.IntN(8))
			r.High = r.Low
			r.Hedge = ""
			switch rng.IntN(5) {
			case 0:
				r.Low, r.High, r.Weekday = 0, 0, time.Weekday(rng.IntN(7))
			case 1:
				r.Unresolved, r.MonthDay = true, 300+rng.IntN(4)
			case 2:
				r.Alt = []float64{r.Low + 3}
			}
		}
		ctx := pick(2 + rng.IntN(5))
		r.Context = ctx
		r.Near = pick(1 + rng.IntN(3))
		if rng.IntN(4) == 0 {
			r.NamesBefore = pick(1)
			r.Names = r.NamesBefore
		}
		if rng.IntN(6) == 0 {
			r.Others = []string{fmt.Sprint(10 + 10*rng.IntN(4))}
		}
		if rng.IntN(2) == 0 {
			r.Story = pick(1 + rng.IntN(2)) // names of the article's first lines
		}
		vs[i] = Value{Article: fmt.Sprintf("a%02d", rng.IntN(arts)), Raw: r}
	}
	return vs
}

// copied prints each value's sentence in several articles, as wire copy
// is (values of one unit in many articles).
func copied(rng *rand.Rand, vs []Value) []Value {
	var out []Value
	for _, v := range vs {
		for range 1 + rng.IntN(6) {
			c := v
			c.Article = fmt.Sprintf("c%02d", rng.IntN(12))
			c.Start = rng.IntN(1000)
			out = append(out, c)
		}
	}
	return out
}

// TestCompareGroupMatchesAllPairs holds compareGroup to relating every
// pair: the same status, contradictions, reasons and order, on random
// groups of every measure kind.
func TestCompareGroupMatchesAllPairs(t *testing.T) {
	v := defaultLexicon().v
	rng := rand.New(rand.NewPCG(7, 17))
	measures := []string{MeasureDeaths, "seats", MeasureAge, MeasureDate, "price (USD)", "members", "people", MeasureInjured}
	statuses := map[string]int{}
	contradictions, doubts := 0, 0
	reasons := map[string]int{}
	for trial := range 4000 {
		measure := measures[trial%len(measures)]
		n := 2 + rng.IntN(14)
		if trial >= 3600 {
			n = 20 + rng.IntN(60) // units of many values; every other group copied
		}
		vs := randomGroup(rng, measure, n)
		if trial >= 3600 && trial%2 == 0 {
			vs = copied(rng, vs[:n/4])
		}
		a := append([]Value(nil), vs...)
		b := append([]Value(nil), vs...)
		gotC, got := v.compareGroup("s", measure, a)
		wantC, want := v.compareGroupAllPairs("s", measure, b)
		if !reflect.DeepEqual(gotC, wantC) || !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d (%s): status %s, want %s\ngot  %+v\nwant %+v\nvalues %+v", trial, measure, gotC.Status, wantC.Status, got, want, vs)
		}
		statuses[wantC.Status]++
		for _, c := range want {
			if c.Uncertain {
				doubts++
				reasons[c.Reason]++
			} else {
				contradictions++
			}
		}
	}
	// The random groups must exercise every outcome.
	for _, s := range []string{Agree, Conflict, Uncertain, Updated, Single} {
		if statuses[s] == 0 {
			t.Errorf("no random group has status %s: %v", s, statuses)
		}
	}
	for _, r := range []string{fitsFurtherDown, "the articles' leads name nothing in common: they may be about different events"} {
		if reasons[r] == 0 {
			t.Errorf("no doubt %q: %v", r, reasons)
		}
	}
	if contradictions == 0 || doubts == 0 {
		t.Errorf("contradictions %d, doubts %d: want both", contradictions, doubts)
	}
}

// wireGroup is one claim as n wire stories give it: one figure per
// article, a few figures, publication days and wordings, so that values
// fall in few units (copied sentences), and, when distinct is set, every
// sentence worded its own way (one unit per value).
func wireGroup(n int, distinct bool) []Value {
	rng := rand.New(rand.NewPCG(3, 17))
	words := vocabulary("c", 12)
	vs := make([]Value, n)
	for i := range vs {
		low := []float64{12, 12, 12, 12, 14, 21}[rng.IntN(6)]
		ctx := append([]string(nil), words[:6+rng.IntN(3)]...)
		if distinct {
			ctx = append(ctx, fmt.Sprintf("w%d", i))
		}
		sort.Strings(ctx)
		r := Raw{Measure: MeasureDeaths, Low: low, High: low, How: ByLead, Update: low == 14,
			Pub: float64(20157 + rng.IntN(4)), Context: ctx, Near: []string{"kill", "peopl"}, Start: 40, Text: fmt.Sprint(low)}
		vs[i] = Value{Article: fmt.Sprintf("wire-%05d", i), Raw: r}
	}
	return vs
}

// BenchmarkCompareGroup compares one claim given by 1,000 and 10,000
// articles: near-linear growth when sentences repeat (units), and at most
// the pairs of distinct values when none does.
func BenchmarkCompareGroup(b *testing.B) {
	v := defaultLexicon().v
	for _, distinct := range []bool{false, true} {
		for _, n := range []int{1000, 10000} {
			if distinct && n > 1000 {
				continue // quadratic in distinct sentences: too slow to repeat
			}
			vs := wireGroup(n, distinct)
			b.Run(fmt.Sprintf("distinct=%v/values=%d", distinct, n), func(b *testing.B) {
				for range b.N {
					v.compareGroup("e", MeasureDeaths, append([]Value(nil), vs...))
				}
			})
		}
	}
	vs := wireGroup(1000, false)
	b.Run("allpairs/values=1000", func(b *testing.B) {
		for range b.N {
			v.compareGroupAllPairs("e", MeasureDeaths, append([]Value(nil), vs...))
		}
	})
}

// vocabulary is n made-up context words ("w0", "w1", ...): the pairing
// tests need a small vocabulary, not particular words.
func vocabulary(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%02d", prefix, i)
	}
	return out
}
