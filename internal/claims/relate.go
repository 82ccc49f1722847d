package claims

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// relation is how two values of one claim, from two articles, stand.
type relation int

const (
	// relAgree: the values are compatible (see Compatible), or one is an
	// age the other reaches by the time it was published.
	relAgree relation = iota
	// relUpdate: one revises the other ("the toll rose to 24").
	relUpdate
	// relVague: they differ, but one is too weak to contradict anything
	// (a guessed subject, a bare weekday, a count of "people"): the claim
	// is uncertain, with no finding.
	relVague
	// relUncertain: they differ and may contradict each other, but the
	// evidence leaves a doubt, which the reason names: an info finding.
	relUncertain
	// relConflict: they contradict each other beyond doubt.
	relConflict
)

// newsCycle is how far apart (in days) two articles may be published and
// still report the same state of a changing figure or the same event.
const newsCycle = 2

// relate compares two values of one claim from two articles; revA and
// revB say whether each is a revision (see revisedTolls). The reason
// says why a difference is uncertain.
func (v *vocab) relate(a, b Value, revA, revB bool) (relation, string) {
	rounded := ""
	if Compatible(a, b) {
		if rounded = roundedOnly(a, b); rounded == "" {
			return relAgree, ""
		}
	}
	if baseMeasure(a.Measure) == MeasureAge && a.Pub != 0 && b.Pub != 0 && agedInto(a, b) {
		return relAgree, "" // 27 in 2011 and 29 in 2013
	}
	if supersedes(a, revA, b) || supersedes(b, revB, a) {
		return relUpdate, ""
	}
	if a.Dated || b.Dated {
		return relVague, "" // a count of an earlier year: listed, never compared
	}
	// A figure whose subject the sentence does not name, or that no
	// vocabulary names, is compared only with one whose sentence states
	// the same fact.
	unnamed := guessed(a.How) || guessed(b.How) || weak(a) || weak(b)
	generic := a.Generic || b.Generic
	near, aligned := alignment(a, b)
	if (unnamed || generic) && !aligned {
		if v.sameParent(a, b) {
			// "a mother of two died", "the mother of eight died": one
			// story's parent, but which one no sentence names.
			return relUncertain, "the sentences name the same kind of parent, not the person"
		}
		return relVague, ""
	}
	if rounded != "" {
		return relUncertain, rounded
	}
	changing := v.timeVarying.has(measureName(a.Measure)) && !ageCompared(a, b)
	if changing {
		if reason := boundDoubt(a, b, measureName(a.Measure)); reason != "" {
			return relUncertain, reason
		}
	}
	if IsDate(a.Measure) || generic || changing {
		if reason := timeDoubt(a, b, generic); reason != "" {
			return relUncertain, reason
		}
	}
	if unnamed && (near < alignNear || weak(a) || weak(b)) {
		return relUncertain, "the sentences state the same fact but do not name its subject"
	}
	if reason := scopeDoubt(a, b, aligned); reason != "" {
		return relUncertain, reason
	}
	return relConflict, ""
}

// scopeDoubt says why two different figures that would contradict each
// other may be of different scopes: a place only one of them is put in,
// or leads of two articles that may tell different stories; "" when
// nothing leaves that doubt.
func scopeDoubt(a, b Value, aligned bool) string {
	if p := placeApart(a, b); p != "" {
		return fmt.Sprintf("only one of the sentences gives the figure for %s: they may be figures of different places", p)
	}
	if a.How == ByLead && b.How == ByLead && !aligned && !shareAName(a, b) && !shareAName(b, a) &&
		len(a.Story) > 0 && len(b.Story) > 0 && sharedCount(a.Story, b.Story) == 0 {
		// Two leads' figures are the story's only if the two articles
		// tell one story: "a scheme that cost £50m" and "costs have risen
		// by £2.3bn" in a folder of unrelated stories.
		return "the articles' leads name nothing in common: they may be about different events"
	}
	return ""
}

// shareAName reports whether a word of a name in a's sentence (three
// letters or more) is among the names or content words of b's.
func shareAName(a, b Value) bool {
	for _, w := range a.Names {
		if len(w) < 3 {
			continue
		}
		if k := sort.SearchStrings(b.Names, w); k < len(b.Names) && b.Names[k] == w {
			return true
		}
		if k := sort.SearchStrings(b.Context, w); k < len(b.Context) && b.Context[k] == w {
			return true
		}
	}
	return false
}

// measureName is a measure without its "new " and a unit or degree
// that is no currency ("turnout (%)", "injured (seriously)" -> "turnout",
// "injured"): the name the measure vocabularies list. Money keeps its
// currency: "price (GBP)" is a deal's price, no share price that moves.
func measureName(m string) string {
	m = baseMeasure(m)
	if i := strings.LastIndex(m, " ("); i > 0 && strings.HasSuffix(m, ")") && unitOf(m) == "" {
		m = m[:i]
	}
	return m
}

// boundDoubt says why an approximate or bounded figure ("almost 90%",
// "more than 50") that misses an exact one of a measure that changes over
// time may still fit it: one may be an early count, the other a later or
// final one; "" when both are exact or both hedged.
func boundDoubt(a, b Value, measure string) string {
	h, x := a, b
	if h.Hedge == "" {
		h, x = b, a
	}
	if h.Hedge == "" || x.Hedge != "" {
		return ""
	}
	return fmt.Sprintf("%s is an approximation and %s changes over time: the figures may be counts of different times", FormatValue(h), measure)
}

// timeDoubt says why the publication times of two articles leave a
// doubt about a figure that changes over time (or a date, or a figure no
// vocabulary names): no date for one, days apart, different days for a
// generic figure, or a toll the same day at no stated time; "" when they
// leave none.
func timeDoubt(a, b Value, generic bool) string {
	switch {
	case a.Pub == 0 || b.Pub == 0:
		return "no publication date for one of the articles: the figures may be of different times"
	case math.Abs(a.Pub-b.Pub) > newsCycle:
		days := int(math.Round(math.Abs(a.Pub - b.Pub)))
		if IsDate(a.Measure) {
			return fmt.Sprintf("the articles were published %d days apart: they may report different developments", days)
		}
		return fmt.Sprintf("the articles were published %d days apart: the figure may have changed", days)
	case generic && math.Floor(a.Pub) != math.Floor(b.Pub):
		return "the articles were published on different days: the figure may have changed"
	case tollMeasures[a.Measure] && math.Floor(a.Pub) == math.Floor(b.Pub) && (a.Pub == math.Floor(a.Pub) || b.Pub == math.Floor(b.Pub)):
		return "the articles were published the same day, one at no stated time: the toll may have changed between them"
	}
	return ""
}

// roundedOnly says, when two compatible values fit only because one is a
// round count read as rounded ("600,000" for 550,000..650,000 against
// "about 570,000"), which one; "" when they fit as written.
func roundedOnly(a, b Value) string {
	if IsDate(a.Measure) || IsDate(b.Measure) {
		return ""
	}
	alo, ahi := coreInterval(a)
	blo, bhi := coreInterval(b)
	if alo <= bhi && blo <= ahi {
		return ""
	}
	r := a
	if roundingUnit(b.Low) > 0 && b.Precision == 0 && b.Hedge == "" && (roundingUnit(a.Low) == 0 || roundingUnit(b.Low) > roundingUnit(a.Low)) {
		r = b
	}
	return fmt.Sprintf("the figures agree only if %s is a rounded figure", FormatValue(r))
}

// ageCompared reports ages whose publication times are known: they were
// compared across the years (agedInto), not by the news cycle.
func ageCompared(a, b Value) bool {
	return baseMeasure(a.Measure) == MeasureAge && a.Pub != 0 && b.Pub != 0
}

// agedInto reports whether age a, given at a's publication, can be b at
// b's publication: someone a years old becomes, Δ years later, more
// than a+Δ-1 and less than a+Δ+1 years old (no change the same day).
func agedInto(a, b Value) bool {
	years := (b.Pub - a.Pub) / 365.25
	return a.Low+years-1 < b.High && b.Low < a.High+years+1
}

// sameParent reports two counts of children ("a mother of two", "the
// mother of eight") whose sentences share the parent noun and one more
// content word (what happened to the parent: "died"): the same story's
// parent, as a guess.
func (v *vocab) sameParent(a, b Value) bool {
	if a.Measure != MeasureChildren || b.Measure != MeasureChildren {
		return false
	}
	parent, other := false, false
	eachShared(a.Context, b.Context, func(w string) {
		if v.parentNouns.has(w) {
			parent = true
		} else {
			other = true
		}
	})
	return parent && other
}

// placeApart names a place one figure is put in ("31% of the vote in
// Tarnby") that the other's sentence does not name; "" when none.
func placeApart(a, b Value) string {
	for _, x := range [2][2]Value{{a, b}, {b, a}} {
		for _, p := range x[0].Places {
			if !mostIn(strings.Fields(strings.ToLower(p)), x[1].Names, x[1].Context) {
				return p
			}
		}
	}
	return ""
}
