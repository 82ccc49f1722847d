package claims

import "testing"

func TestEventDate(t *testing.T) {
	for _, tc := range []struct {
		name, text, published, want string
	}{
		{"absolute date", "The vote on 9 March 2026 was close.", "", "2026-03-09"},
		{"yesterday resolved", "Councillors voted yesterday to back it.", "2026-03-10", "2026-03-09"},
		{"yesterday unresolved", "Councillors voted yesterday to back it.", "", "yesterday (unresolved)"},
		{"weekday resolved", "The council voted on Monday.", "2026-03-12", "2026-03-09 (Monday)"},
		{"weekday kept", "The council voted on Monday.", "", "Monday"},
		{"swedish i går", "Fullmäktige röstade i går om färjan.", "2026-03-10", "2026-03-09"},
		{"swedish weekday ending", "Rösterna räknades på måndagskvällen.", "", "Monday"},
		{"first expression wins", "Yesterday's vote follows the 2 March 2026 hearing.", "2026-03-10", "2026-03-09"},
		{"weekday needs a preposition", "Monday Street was closed.", "", ""},
		{"last week resolved", "The board voted last week to close the depot.", "2026-03-11", "2026-03-02..2026-03-08 (last week)"},
		{"last year unresolved", "The depot closed last year.", "", "last year (unresolved)"},
		{"swedish i år", "Tre mandat har skapats i år.", "2026-03-10", "2026-01-01..2026-03-10 (i år)"},
		{"no date", "The council voted to back it.", "2026-03-10", ""},
		{"curly possessive", "The toll from Tuesday’s fire has risen.", "", "Tuesday"},
		{"non-breaking space", "The council voted on\u00a0Monday.", "", "Monday"},
		{"letters that lower to another length", "ȺȺȺȺ İzmir voted yesterday.", "2026-03-10", "2026-03-09"},
		{"possessive weekday names the event", "The toll from Tuesday's fire has risen to six, officials said on Thursday.", "", "Tuesday"},
		{"date of a statement skipped", "The union said on Wednesday that the fire was a disaster.", "", ""},
		{"told reporters yesterday skipped", "The mayor told reporters yesterday that the bridge was safe.", "2026-03-10", ""},
		{"statement date skipped, event date kept", "Police said on Friday that the raid took place on Monday.", "", "Monday"},
		{"absolute statement date skipped", "The agency said on 12 March 2026 that the dam failed on 9 March 2026.", "", "2026-03-09"},
		{"swedish statement date skipped", "Polisen uppgav i går att branden startade på tisdagen.", "2026-03-12", "2026-03-10 (Tuesday)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := EventDate(tc.text, []Span{{0, len(tc.text)}}, tc.published)
			got := ""
			if ok {
				got = r.Display
				if tc.text[r.Start:r.End] != r.Text {
					t.Errorf("offsets [%d,%d] point at %q, text %q", r.Start, r.End, tc.text[r.Start:r.End], r.Text)
				}
			}
			if got != tc.want {
				t.Errorf("EventDate(%q, %q) = %q, want %q", tc.text, tc.published, got, tc.want)
			}
		})
	}
}

func TestDatesCompatible(t *testing.T) {
	day := func(n float64) Value { return Value{Measure: MeasureDate, Low: n, High: n} }
	// Day 20521 is 2026-03-09, a Monday.
	for _, tc := range []struct {
		name string
		a, b Value
		want bool
	}{
		{"same day", day(20521), day(20521), true},
		{"a day apart", day(20521), day(20522), true},
		{"three days apart", day(20521), day(20518), false},
		{"unresolved matches anything", day(20521), Value{Measure: MeasureDate, Unresolved: true}, true},
		{"weekday matches its day", day(20521), Value{Measure: MeasureDate, Weekday: 1}, true},
		{"weekday two days off", day(20521), Value{Measure: MeasureDate, Weekday: 3}, false},
		{"two weekdays far apart", Value{Measure: MeasureDate, Weekday: 1}, Value{Measure: MeasureDate, Weekday: 4}, false},
		{"day inside a week", day(20521), Value{Measure: MeasureDate, Low: 20521, High: 20527, Period: true}, true},
		{"day outside a week", day(20521), Value{Measure: MeasureDate, Low: 20530, High: 20536, Period: true}, false},
	} {
		if got := Compatible(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: Compatible = %v, want %v", tc.name, got, tc.want)
		}
	}
}
