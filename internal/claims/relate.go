package claims

import (
	"fmt"
	"math"
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
	if !aligned && v.sameParent(a, b) {
		// "a mother of two died", "the mother of eight died": one
		// story's parent, but which one no sentence names.
		return relUncertain, "the sentences name the same kind of parent, not the person"
	}
	if (unnamed || generic) && !aligned {
		return relVague, ""
	}
	if rounded != "" {
		return relUncertain, rounded
	}
	if IsDate(a.Measure) || generic || v.timeVarying.has(baseMeasure(a.Measure)) && !ageCompared(a, b) {
		if reason := timeDoubt(a, b, generic); reason != "" {
			return relUncertain, reason
		}
	}
	if unnamed && (near < alignNear || weak(a) || weak(b)) {
		return relUncertain, "the sentences state the same fact but do not name its subject"
	}
	return relConflict, ""
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
	for _, w := range sharedWords(a.Context, b.Context) {
		if v.parentNouns.has(w) {
			parent = true
		} else {
			other = true
		}
	}
	return parent && other
}
