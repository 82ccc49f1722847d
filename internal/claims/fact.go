package claims

import "time"

// FactValue is an established figure as a claim value, for comparing
// with what articles say (check's facts file): measure with the range
// [lo, hi].
func FactValue(measure string, lo, hi float64) Value {
	return Value{Raw: Raw{Measure: measure, Low: lo, High: hi, Established: true}}
}

// DateValue is an established date (YYYY-MM-DD) as a value of the date
// measure measure (MeasureDate or MeasureScheduled); ok is false when day
// is no such date.
func DateValue(measure, day string) (Value, bool) {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return Value{}, false
	}
	n := dayNumber(t)
	return Value{Raw: Raw{Measure: measure, Kind: "date", Low: n, High: n, Display: day, Weekday: t.Weekday(), Established: true}}, true
}

// Guessed reports a value whose subject was guessed (the previous
// figure's, the article's main organisation, its event): it never
// conflicts with another value or with a fact.
func Guessed(how string) bool { return guessed(how) }
