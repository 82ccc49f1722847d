package claims

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

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
		{"day and month without a year", "The ferry sank on 3 March with 40 aboard.", "2026-03-10", "2026-03-03"},
		{"month and day without a year, nearest year", "The ferry sank on December 30.", "2026-01-04", "2025-12-30"},
		{"day and month unresolved without publication", "The ferry sank on 3 March.", "", "3 March (unresolved)"},
		{"swedish day and month", "Färjan sjönk den 3 mars med 40 ombord.", "2026-03-10", "2026-03-03"},
		{"weekday with its date takes the date", "Staff walked out on Thursday 5 March over pay.", "2026-03-10", "2026-03-05"},
		{"the verb may is no month", "Officials may 17 times have warned of it.", "2026-03-10", ""},
		{"future weekday resolved forwards", "Drivers will walk out on Thursday over pay.", "2026-03-10", "scheduled 2026-03-12 (Thursday)"},
		{"future date with its weekday", "Drivers will walk out on Thursday 17 April over pay.", "2026-03-28", "scheduled 2026-04-17"},
		{"from a date is scheduled", "The strike runs from 14 April, the union said.", "2026-03-28", "scheduled 2026-04-14"},
		{"a deadline is scheduled", "Ministers Must Act by May 9 on the Harbour Rule", "", "scheduled May 9 (unresolved)"},
		{"a swedish deadline is scheduled", "Nämnden ska svara senast den 9 maj.", "2026-04-20", "scheduled 2026-05-09"},
		{"a past deadline is a date", "The rule had to be revised by 2 March.", "2026-03-12", "2026-03-02"},
		{"a date after publication is scheduled", "Talks resume on 2 April.", "2026-03-28", "scheduled 2026-04-02"},
		{"from a possessive weekday is past", "The toll from Tuesday's fire rose.", "2026-03-12", "2026-03-10 (Tuesday)"},
		{"the end of a reporting period is no event date", "Halvard posted revenue of £1.2bn for the three months to 30 September on Thursday.", "2026-10-23", "2026-10-22 (Thursday)"},
		{"the year ended is no event date", "Profits for the year ended 31 March 2026 rose.", "2026-05-10", ""},
		{"the date of a figure compared with is no event date", "Cases rose to 44, up from 31 on Wednesday.", "2026-03-14", ""},
		{"compared with a day", "Sales were 12 compared with 9 on Monday.", "2026-03-14", ""},
		{"a weekday and a count is no date", "On Tuesday, 40 people were killed.", "2026-03-12", "2026-03-10 (Tuesday)"},
		{"the verb may", "Another 15 may have died on Monday.", "2026-03-12", "2026-03-09 (Monday)"},
		{"due to is a cause", "The ferry sank due to fog on Tuesday.", "2026-03-12", "2026-03-10 (Tuesday)"},
		{"next door is no future", "A fire broke out next door on Monday.", "2026-03-12", "2026-03-09 (Monday)"},
		{"next Monday is", "The talks resume next Monday.", "2026-03-12", "scheduled 2026-03-16 (Monday)"},
		{"an anchor opening the sentence", "Last Monday, the council voted.", "2026-03-12", "2026-03-09 (Monday)"},
		{"a start opening the sentence", "From Monday, fares will be quoted in the new currency.", "2026-03-12", "scheduled 2026-03-16 (Monday)"},
		{"a past start is no schedule", "Staff have been on strike from 2 March.", "2026-03-12", "2026-03-02"},
		{"a day and month without future words is the last one", "The ferry sank on 20 June.", "2026-01-10", "2025-06-20"},
		{"29 February resolves in a leap year", "The ferry sank on 29 February.", "2025-03-03", "2024-02-29"},
		{"a date in a relative clause is background", "Amira Osei, who was jailed on 14 March 2024 for fraud, has won her appeal.", "2025-11-21", ""},
		{"a disclosure's date is a statement's", "Tarn Mobile disclosed on 19 November that hackers stole data on 2 November.", "2026-11-20", "2026-11-02"},
		{"a company's own scheduled date", "Severn Water's hosepipe ban will start on 18 July.", "2026-07-01", "scheduled 2026-07-18"},
		{"swedish future", "Förarna ska strejka på torsdag.", "2026-03-10", "scheduled 2026-03-12 (Thursday)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := EventDate(tc.text, []span.Span{{Start: 0, End: len(tc.text)}}, tc.published)
			got := ""
			if ok {
				got = r.Display
				if r.Measure == MeasureScheduled {
					got = "scheduled " + got
				}
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
	day := func(n float64) Value { return Value{Raw: Raw{Measure: MeasureDate, Low: n, High: n}} }
	// Day 20521 is 2026-03-09, a Monday.
	for _, tc := range []struct {
		name string
		a, b Value
		want bool
	}{
		{"same day", day(20521), day(20521), true},
		{"a day apart", day(20521), day(20522), true},
		{"three days apart", day(20521), day(20518), false},
		{"unresolved matches anything", day(20521), Value{Raw: Raw{Measure: MeasureDate, Unresolved: true}}, true},
		{"another day the sentence names matches", Value{Raw: Raw{Measure: MeasureDate, Low: 20521, High: 20521, Alt: []float64{20524}}}, day(20524), true},
		{"other days that match neither", Value{Raw: Raw{Measure: MeasureDate, Low: 20521, High: 20521, Alt: []float64{20530}}}, day(20524), false},
		{"day and month without a year matches its day", day(20521), Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 309}}, true},
		{"day and month without a year on another day", day(20521), Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 314}}, false},
		{"31 December and 1 January are a day apart", Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 1231}}, Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 101}}, true},
		{"30 December and 1 January are not", Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 1230}}, Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 101}}, false},
		{"a day after the other article's publication is a later development", Value{Raw: Raw{Measure: MeasureDate, Low: 20524, High: 20524, Pub: 20525}},
			Value{Raw: Raw{Measure: MeasureDate, Low: 20521, High: 20521, Pub: 20522}}, true},
		{"a day before it is not", Value{Raw: Raw{Measure: MeasureDate, Low: 20518, High: 20518, Pub: 20525}},
			Value{Raw: Raw{Measure: MeasureDate, Low: 20521, High: 20521, Pub: 20522}}, false},
		{"another day the sentence names meets a day and month", Value{Raw: Raw{Measure: MeasureDate, Low: 20521, High: 20521, Alt: []float64{20526}}},
			Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 314}}, true},
		{"day and month against a weekday", Value{Raw: Raw{Measure: MeasureDate, Weekday: 1}}, Value{Raw: Raw{Measure: MeasureDate, Unresolved: true, MonthDay: 314}}, true},
		{"weekday matches its day", day(20521), Value{Raw: Raw{Measure: MeasureDate, Weekday: 1}}, true},
		{"weekday two days off", day(20521), Value{Raw: Raw{Measure: MeasureDate, Weekday: 3}}, false},
		{"two weekdays far apart", Value{Raw: Raw{Measure: MeasureDate, Weekday: 1}}, Value{Raw: Raw{Measure: MeasureDate, Weekday: 4}}, false},
		{"day inside a week", day(20521), Value{Raw: Raw{Measure: MeasureDate, Low: 20521, High: 20527, Period: true}}, true},
		{"day outside a week", day(20521), Value{Raw: Raw{Measure: MeasureDate, Low: 20530, High: 20536, Period: true}}, false},
	} {
		if got := Compatible(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: Compatible = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func FuzzEventDate(f *testing.F) {
	f.Add("Drivers will walk out on Thursday 17 April over pay.", "2026-03-28")
	f.Add("The ferry sank on 29 February, up from 31 on Wednesday.", "2025-03-03")
	f.Add("Amira Osei, who was jailed on 14 March 2024, has won. Another 15 may have died.", "")
	f.Add("Färjan sjönk den 3 mars; strejken börjar från måndag 14 okt.", "2026-01-10")
	f.Fuzz(func(t *testing.T, text, published string) {
		r, ok := EventDate(text, []span.Span{{Start: 0, End: len(text)}}, published)
		if !ok {
			return
		}
		if r.Start < 0 || r.End > len(text) || r.Start > r.End || text[r.Start:r.End] != r.Text {
			t.Fatalf("EventDate(%q) offsets [%d,%d] do not give %q", text, r.Start, r.End, r.Text)
		}
		if !IsDate(r.Measure) {
			t.Fatalf("EventDate(%q) measure %q", text, r.Measure)
		}
	})
}
