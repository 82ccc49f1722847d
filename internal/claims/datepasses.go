package claims

import "github.com/nec-analyse/nec-analyse/internal/rules"

// dateFilter reports whether the date expression of kind k at
// d.lower[i:end] is left out: it dates something else than the event.
type dateFilter func(d *dateScan, k dateKind, i, end int) bool

// dateRefinement adjusts the event date found (d.r, at d.best).
type dateRefinement func(d *dateScan)

// The passes of EventDate, in run order.
var (
	dateFilters     []rules.Pass[dateFilter]
	dateRefinements []rules.Pass[dateRefinement]
)

// dateFilterTable lists the filters of event dates. Each applies to some
// kinds of date expression; dateOther are the other days of the
// sentence (Raw.Alt).
func dateFilterTable() []rules.Pass[dateFilter] {
	return []rules.Pass[dateFilter]{
		{Info: info("dateline-date", `A date in the wire dateline opening the lead is when the story was filed, not the event ("HARBOURTON, March 5 (Agency) - ...").`),
			Run: func(d *dateScan, k dateKind, i, end int) bool {
				return (k == dateAbsolute || k == dateYearless) && datelineDate(d.text, i, end)
			}},
		{Info: info("reporting-date", `A date right after a reporting verb dates a statement, not the event ("officials said on Thursday").`),
			Run: func(d *dateScan, _ dateKind, i, _ int) bool { return d.v.reportingDate(d.lower, i) }},
		{Info: info("period-end", `A date after "to" or "ended" and a period word ends a reporting period ("the year ended 31 March").`),
			Run: func(d *dateScan, k dateKind, i, _ int) bool {
				return (k == dateAbsolute || k == dateYearless || k == dateOther) && d.v.periodEnd(d.lower, i)
			}},
		{Info: info("comparison-date", `A date after "compared with" or "up from N" dates the figure compared with ("up from 31 on Wednesday").`),
			Run: func(d *dateScan, _ dateKind, i, _ int) bool { return d.v.comparisonDate(d.lower, i) }},
		{Info: info("relative-clause", `A date in a relative clause is background ("Ada Quill, who was jailed on 14 March, won her appeal").`),
			Run: func(d *dateScan, k dateKind, i, _ int) bool { return k != dateOther && d.v.relativeClause(d.lower, i) }},
		{Info: info("weekday-anchor", `A weekday names the event only after "on", "last", "since", "på"... or as a possessive ("on Monday", "Tuesday's fire").`),
			Run: func(d *dateScan, k dateKind, i, end int) bool {
				return k == dateWeekday && !d.v.weekdayAnchored(d.lower, i, end)
			}},
		{Info: info("dated-weekday", `A weekday followed by its date leaves the date to say the day ("Thursday 17 April").`),
			Run: func(d *dateScan, k dateKind, _, end int) bool {
				return k == dateWeekday && d.v.datedWeekday(d.lower[end:])
			}},
	}
}

// dateRefinementTable lists the refinements of the event date.
func dateRefinementTable() []rules.Pass[dateRefinement] {
	return []rules.Pass[dateRefinement]{
		{Info: info("scheduled-date", `A date announced for later ("will walk out on 14 April") is a scheduled date, compared only with scheduled dates.`),
			Run: func(d *dateScan) {
				pub := dayNumber(d.pub)
				if !d.r.Period && (d.v.scheduled(d.lower, d.best) || d.hasPub && d.r.Low > pub) &&
					!(d.hasPub && d.r.Low != 0 && d.r.Low < pub-1) {
					// Announced for later, unless the day is already past
					// ("on strike from 2 March" in a report of 12 March).
					d.r.Measure = MeasureScheduled
				}
			}},
		{Info: info("date-guess", `A period ("last week") or one party's scheduled date ("Ada Quill's ban will start on 18 July") is a guess.`),
			Run: func(d *dateScan) {
				if d.r.Period || d.r.Measure == MeasureScheduled && ownedBefore(d.text, d.best) {
					// A week or a year names no day; "X's ban will start
					// on 18 July" dates X's part, not the whole event.
					d.r.How = ByEvent
				}
			}},
	}
}
