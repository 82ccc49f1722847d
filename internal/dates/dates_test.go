package dates_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dates"
)

func d(y, m, day int) dates.Date { return dates.Date{Year: y, Month: m, Day: day} }

func TestDateString(t *testing.T) {
	tests := []struct {
		name string
		in   dates.Date
		want string
	}{
		{"padded", d(2018, 1, 5), "2018-01-05"},
		{"two digits", d(2018, 12, 31), "2018-12-31"},
		{"year 1000", d(1000, 1, 1), "1000-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDateValid(t *testing.T) {
	tests := []struct {
		name string
		in   dates.Date
		want bool
	}{
		{"ordinary", d(2018, 1, 15), true},
		{"31 January", d(2018, 1, 31), true},
		{"31 April", d(2018, 4, 31), false},
		{"29 February leap", d(2020, 2, 29), true},
		{"29 February common", d(2019, 2, 29), false},
		{"29 February 1900", d(1900, 2, 29), false},
		{"29 February 2000", d(2000, 2, 29), true},
		{"day zero", d(2018, 1, 0), false},
		{"month zero", d(2018, 0, 1), false},
		{"month 13", d(2018, 13, 1), false},
		{"year 999", d(999, 1, 1), false},
		{"year 1000", d(1000, 1, 1), true},
		{"year 9999", d(9999, 12, 31), true},
		{"year 10000", d(10000, 1, 1), false},
		{"zero value", dates.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in.Valid(); got != tc.want {
				t.Errorf("%v.Valid() = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want dates.Date
		ok   bool
	}{
		// ISO forms.
		{"iso dash", "2018-01-15", d(2018, 1, 15), true},
		{"iso slash", "2018/01/15", d(2018, 1, 15), true},
		{"iso single digits", "2018-1-5", d(2018, 1, 5), true},
		{"iso surrounding space", "  2018-01-15\n", d(2018, 1, 15), true},
		{"rfc3339 utc", "2018-01-15T10:00:00Z", d(2018, 1, 15), true},
		{"rfc3339 offset", "2018-01-15T23:30:00+01:00", d(2018, 1, 15), true},
		{"rfc3339 negative offset keeps written date", "2018-01-15T23:30:00-08:00", d(2018, 1, 15), true},
		{"rfc3339 fraction", "2018-01-15T10:00:00.123456Z", d(2018, 1, 15), true},
		{"rfc3339 lower case", "2018-01-15t10:00:00z", d(2018, 1, 15), true},
		{"iso no seconds no zone", "2018-01-15T10:00", d(2018, 1, 15), true},
		{"iso space separator", "2018-01-15 10:00:00", d(2018, 1, 15), true},
		{"iso basic zone", "2018-01-15T10:00:00+0100", d(2018, 1, 15), true},
		{"iso hour zone", "2018-01-15T10:00:00+01", d(2018, 1, 15), true},
		{"iso 24:00", "2018-01-15T24:00:00Z", d(2018, 1, 15), true},
		{"leap second", "2016-12-31T23:59:60Z", d(2016, 12, 31), true},

		// Day month year.
		{"dmy english", "15 January 2018", d(2018, 1, 15), true},
		{"dmy upper case", "15 JANUARY 2018", d(2018, 1, 15), true},
		{"dmy lower case", "15 january 2018", d(2018, 1, 15), true},
		{"dmy th", "15th January 2018", d(2018, 1, 15), true},
		{"dmy TH", "15TH January 2018", d(2018, 1, 15), true},
		{"dmy 1st", "1st March 2018", d(2018, 3, 1), true},
		{"dmy 2nd", "2nd April 2018", d(2018, 4, 2), true},
		{"dmy 3rd", "3rd May 2018", d(2018, 5, 3), true},
		{"dmy 22nd", "22nd June 2018", d(2018, 6, 22), true},
		{"dmy abbrev", "15 Jan 2018", d(2018, 1, 15), true},
		{"dmy abbrev dot", "15 Jan. 2018", d(2018, 1, 15), true},
		{"dmy sept dot", "5 Sept. 2018", d(2018, 9, 5), true},
		{"dmy dot after day", "15. januari 2018", d(2018, 1, 15), true},
		{"dmy swedish :e", "15:e januari 2018", d(2018, 1, 15), true},
		{"dmy swedish :a", "1:a maj 2018", d(2018, 5, 1), true},
		{"dmy swedish", "15 januari 2018", d(2018, 1, 15), true},
		{"dmy comma before year", "15 January, 2018", d(2018, 1, 15), true},
		{"dmy zero padded day", "05 May 2018", d(2018, 5, 5), true},
		{"dmy no-break spaces", "15\u00a0januari\u00a02018", d(2018, 1, 15), true},
		{"dmy mars", "3 mars 2018", d(2018, 3, 3), true},
		{"dmy mar", "3 mar 2018", d(2018, 3, 3), true},
		{"dmy may", "3 May 2018", d(2018, 5, 3), true},
		{"dmy leap day", "29 februari 2020", d(2020, 2, 29), true},

		// Month day year.
		{"mdy english", "January 15, 2018", d(2018, 1, 15), true},
		{"mdy th no comma", "January 15th 2018", d(2018, 1, 15), true},
		{"mdy th comma", "January 15th, 2018", d(2018, 1, 15), true},
		{"mdy abbrev", "Jan 15, 2018", d(2018, 1, 15), true},
		{"mdy abbrev dot", "Jan. 15, 2018", d(2018, 1, 15), true},
		{"mdy sept dot", "Sept. 5, 2018", d(2018, 9, 5), true},
		{"mdy no comma", "March 3 2018", d(2018, 3, 3), true},
		{"mdy comma no space", "January 15,2018", d(2018, 1, 15), true},

		// Swedish month names and abbreviations.
		{"sv februari", "1 februari 2018", d(2018, 2, 1), true},
		{"sv april", "1 april 2018", d(2018, 4, 1), true},
		{"sv maj", "1 maj 2018", d(2018, 5, 1), true},
		{"sv juni", "1 juni 2018", d(2018, 6, 1), true},
		{"sv juli", "1 juli 2018", d(2018, 7, 1), true},
		{"sv augusti", "1 augusti 2018", d(2018, 8, 1), true},
		{"sv september", "1 september 2018", d(2018, 9, 1), true},
		{"sv oktober", "1 oktober 2018", d(2018, 10, 1), true},
		{"sv november", "1 november 2018", d(2018, 11, 1), true},
		{"sv december", "1 december 2018", d(2018, 12, 1), true},
		{"sv feb", "1 feb 2018", d(2018, 2, 1), true},
		{"sv apr", "1 apr 2018", d(2018, 4, 1), true},
		{"sv jun", "1 jun 2018", d(2018, 6, 1), true},
		{"sv jul", "1 jul 2018", d(2018, 7, 1), true},
		{"sv aug", "1 aug 2018", d(2018, 8, 1), true},
		{"sv sep", "1 sep 2018", d(2018, 9, 1), true},
		{"sv sept", "1 sept 2018", d(2018, 9, 1), true},
		{"sv okt", "1 okt. 2018", d(2018, 10, 1), true},
		{"sv nov", "1 nov 2018", d(2018, 11, 1), true},
		{"sv dec", "1 dec 2018", d(2018, 12, 1), true},
		{"en oct", "1 Oct 2018", d(2018, 10, 1), true},

		// Weekdays are accepted and ignored.
		{"weekday english", "Monday, 15 January 2018", d(2018, 1, 15), true},
		{"weekday english mdy", "Monday, January 15, 2018", d(2018, 1, 15), true},
		{"weekday swedish", "måndag 15 januari 2018", d(2018, 1, 15), true},
		{"weekday swedish capital", "Måndag 15 januari 2018", d(2018, 1, 15), true},
		{"weekday abbrev", "Mon, 15 Jan 2018", d(2018, 1, 15), true},
		{"weekday abbrev dot", "Tues. Jan. 16, 2018", d(2018, 1, 16), true},

		// Negatives.
		{"empty", "", dates.Date{}, false},
		{"space only", "   ", dates.Date{}, false},
		{"garbage", "hello world", dates.Date{}, false},
		{"no year dmy", "15 January", dates.Date{}, false},
		{"no year mdy", "January 15", dates.Date{}, false},
		{"no day", "January 2018", dates.Date{}, false},
		{"invalid 31 february", "31 February 2018", dates.Date{}, false},
		{"invalid 29 february common year", "29 Feb 2019", dates.Date{}, false},
		{"invalid iso month", "2018-13-01", dates.Date{}, false},
		{"invalid iso day", "2018-02-30", dates.Date{}, false},
		{"invalid day zero", "0 January 2018", dates.Date{}, false},
		{"marsh", "15 Marsh 2018", dates.Date{}, false},
		{"mayor", "15 mayor 2018", dates.Date{}, false},
		{"marsh no day", "Marsh 2018", dates.Date{}, false},
		{"mayor no day", "mayor 2018", dates.Date{}, false},
		{"numeric slash ambiguous", "01/02/2018", dates.Date{}, false},
		{"numeric dot ambiguous", "15.01.2018", dates.Date{}, false},
		{"numeric dot year first", "2018.01.15", dates.Date{}, false},
		{"mixed iso separators", "2018-01/15", dates.Date{}, false},
		{"three digit iso month", "2018-001-15", dates.Date{}, false},
		{"two digit year", "15 January 18", dates.Date{}, false},
		{"five digit year", "15 January 20180", dates.Date{}, false},
		{"year too small", "15 January 0999", dates.Date{}, false},
		{"three digit day", "115 January 2018", dates.Date{}, false},
		{"trailing text", "15 January 2018 was", dates.Date{}, false},
		{"leading text", "on 15 January 2018", dates.Date{}, false},
		{"dot after full month", "15 January. 2018", dates.Date{}, false},
		{"dot after day mdy", "January 15. 2018", dates.Date{}, false},
		{"no space after day", "15January 2018", dates.Date{}, false},
		{"no space before year", "15 January2018", dates.Date{}, false},
		{"bad suffix glued", "15thx January 2018", dates.Date{}, false},
		{"weekday alone", "Monday", dates.Date{}, false},
		{"weekday glued", "Monday15 January 2018", dates.Date{}, false},
		{"bad time", "2018-01-15T25:00:00Z", dates.Date{}, false},
		{"bad minute", "2018-01-15T10:60:00Z", dates.Date{}, false},
		{"truncated time", "2018-01-15T10", dates.Date{}, false},
		{"bad zone", "2018-01-15T10:00:00+1", dates.Date{}, false},
		{"trailing junk after time", "2018-01-15T10:00:00Zx", dates.Date{}, false},
		{"slash timestamp", "2018/01/15T10:00:00Z", dates.Date{}, false},
		{"dmy timestamp", "15 January 2018T10:00", dates.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := dates.Parse(tc.in)
			if ok != tc.ok || got != tc.want {
				t.Errorf("Parse(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// want is an expected match: the text and the date; offsets are computed
// from the position of the text in the input, searching from the end of
// the previous match.
type want struct {
	text string
	date dates.Date
}

func TestFindAll(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"empty", "", nil},
		{"no dates", "Nothing to see here, move along.", nil},
		{"iso in sentence", "Published 2018-01-15 by staff.", []want{{"2018-01-15", d(2018, 1, 15)}}},
		{"iso slash", "Updated 2018/01/15.", []want{{"2018/01/15", d(2018, 1, 15)}}},
		{"iso timestamp", "at 2018-01-15T10:00:00Z.", []want{{"2018-01-15", d(2018, 1, 15)}}},
		{"iso after label", "Updated:2018-01-15", []want{{"2018-01-15", d(2018, 1, 15)}}},
		{"iso in url path", "https://example.com/2018/01/15/story", []want{{"2018/01/15", d(2018, 1, 15)}}},
		{"dmy english", "It happened on 15 January 2018, they said.", []want{{"15 January 2018", d(2018, 1, 15)}}},
		{"dmy ordinal", "On the 15th January 2018.", []want{{"15th January 2018", d(2018, 1, 15)}}},
		{"dmy 1st 2nd 3rd", "1st Jan 2018, 2nd Feb 2018 and 3rd Mar 2018", []want{
			{"1st Jan 2018", d(2018, 1, 1)}, {"2nd Feb 2018", d(2018, 2, 2)}, {"3rd Mar 2018", d(2018, 3, 3)},
		}},
		{"dmy abbrev dot", "Dated 15 Jan. 2018.", []want{{"15 Jan. 2018", d(2018, 1, 15)}}},
		{"dmy dot day", "Den 15. januari 2018 kom beskedet.", []want{{"15. januari 2018", d(2018, 1, 15)}}},
		{"dmy swedish :e", "Den 15:e januari 2018 kom beskedet.", []want{{"15:e januari 2018", d(2018, 1, 15)}}},
		{"dmy swedish", "Mötet hölls 3 mars 2018 i Stockholm.", []want{{"3 mars 2018", d(2018, 3, 3)}}},
		{"mdy", "On January 15, 2018, the board met.", []want{{"January 15, 2018", d(2018, 1, 15)}}},
		{"mdy th", "January 15th 2018 was cold.", []want{{"January 15th 2018", d(2018, 1, 15)}}},
		{"mdy abbrev", "(Jan 15, 2018)", []want{{"Jan 15, 2018", d(2018, 1, 15)}}},
		{"mdy sept dot", "Sept. 5, 2018: markets fell.", []want{{"Sept. 5, 2018", d(2018, 9, 5)}}},
		{"weekday not included", "Monday, 15 January 2018", []want{{"15 January 2018", d(2018, 1, 15)}}},
		{"weekday mdy not included", "Monday, January 15, 2018", []want{{"January 15, 2018", d(2018, 1, 15)}}},
		{"multibyte before", "Publicerad: måndag 16 januari 2018", []want{{"16 januari 2018", d(2018, 1, 16)}}},
		{"multibyte around", "Åsa och Örjan – ”16 januari 2018” – är överens. 2018-02-01 ändrades.", []want{
			{"16 januari 2018", d(2018, 1, 16)}, {"2018-02-01", d(2018, 2, 1)},
		}},
		{"several forms in order", "From 2018-01-15 to January 20, 2018 and 1 februari 2018.", []want{
			{"2018-01-15", d(2018, 1, 15)}, {"January 20, 2018", d(2018, 1, 20)}, {"1 februari 2018", d(2018, 2, 1)},
		}},
		{"range day", "15-16 January 2018", []want{{"16 January 2018", d(2018, 1, 16)}}},
		{"dmy then mdy overlap", "12 May 15, 2018", []want{{"May 15, 2018", d(2018, 5, 15)}}},
		{"mdy then dmy overlap", "January 15 March 2018", []want{{"15 March 2018", d(2018, 3, 15)}}},
		{"line break inside", "15\nJanuary\n2018", []want{{"15\nJanuary\n2018", d(2018, 1, 15)}}},

		// Negatives.
		{"no year", "On 15 January the board met; on January 16 it voted.", nil},
		{"month and year only", "In January 2018 and in mars 2018.", nil},
		{"invalid date", "31 February 2018 and 2018-02-30 and February 31, 2018", nil},
		{"marsh", "The Marsh 2018 report, 15 Marsh 2018.", nil},
		{"mayor", "The mayor 2018 race; 3 mayor 2018.", nil},
		{"may as verb", "You may 2018 ... we may go.", nil},
		{"mars as planet", "Mars 2018 mission.", nil},
		{"numeric ambiguous", "On 01/02/2018 and 15.01.2018 and 2018.01.15 prices rose.", nil},
		{"glued to word", "x15 January 2018 and abc2018-01-15 and Januaryx 15, 2018", nil},
		{"glued letters after", "15 January 2018x and 2018-01-15abc", nil},
		{"decimal before", "1.15 January 2018 and 10:15 January 2018", nil},
		{"iso inside number chain", "12-2018-01-15 and 2018-01-15-3 and 1/2018/01/15", nil},
		{"year glued to number", "15 January 2018-19 and 15 January 2018.5", nil},
		{"five digit year", "15 January 20181", nil},
		{"two digit year", "15 January 18", nil},
		{"non-ascii digits", "١٥ January 2018", nil},
		{"letter with diacritic glued", "15 Janéiro 2018", nil},
		{"combining mark glued", "15 mars\u0301 2018", nil},
		{"invalid utf8", "\xff\xfe15 January 2018\xff", []want{{"15 January 2018", d(2018, 1, 15)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dates.FindAll(tc.in)
			var exp []dates.Match
			from := 0
			for _, w := range tc.want {
				k := strings.Index(tc.in[from:], w.text)
				if k < 0 {
					t.Fatalf("bad test: %q not in input after %d", w.text, from)
				}
				start := from + k
				exp = append(exp, dates.Match{Date: w.date, Start: start, End: start + len(w.text), Text: w.text})
				from = start + len(w.text)
			}
			if len(got) != len(exp) {
				t.Fatalf("FindAll(%q) = %+v, want %+v", tc.in, got, exp)
			}
			for i := range got {
				if got[i] != exp[i] {
					t.Errorf("FindAll(%q)[%d] = %+v, want %+v", tc.in, i, got[i], exp[i])
				}
			}
			checkMatches(t, tc.in, got)
		})
	}
}

func TestFindAllMultibyteOffsets(t *testing.T) {
	in := "Publicerad: måndag 16 januari 2018"
	got := dates.FindAll(in)
	if len(got) != 1 {
		t.Fatalf("FindAll(%q) = %+v, want one match", in, got)
	}
	m := got[0]
	// "Publicerad: måndag " is 19 runes but 20 bytes ("å" is two bytes).
	if m.Start != 20 || m.End != len(in) || m.Text != "16 januari 2018" {
		t.Errorf("got %+v, want Start 20, End %d", m, len(in))
	}
	if in[m.Start:m.End] != m.Text {
		t.Errorf("text[%d:%d] = %q, want %q", m.Start, m.End, in[m.Start:m.End], m.Text)
	}
}

func TestFindAllHugeInput(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		b.WriteString("Ord och måndag 15 januari 2018, ")
	}
	b.WriteString(strings.Repeat("a", 1<<20))
	b.WriteString(strings.Repeat(" ", 1<<20))
	b.WriteString(strings.Repeat("1 ", 1<<18))
	in := b.String()
	got := dates.FindAll(in)
	if len(got) != 20000 {
		t.Fatalf("got %d matches, want 20000", len(got))
	}
	checkMatches(t, in, got)
}

// checkMatches checks the invariants every FindAll result must satisfy.
func checkMatches(t *testing.T, text string, ms []dates.Match) {
	t.Helper()
	prevEnd := 0
	for i, m := range ms {
		if m.Start < prevEnd || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("match %d %+v: bad offsets (previous end %d, len %d)", i, m, prevEnd, len(text))
		}
		prevEnd = m.End
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("match %d: text[%d:%d] = %q, Text = %q", i, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		if !m.Date.Valid() {
			t.Fatalf("match %d %+v: date not valid", i, m)
		}
		if d, ok := dates.Parse(m.Text); !ok || d != m.Date {
			t.Fatalf("match %d %+v: Parse(%q) = %v, %v", i, m, m.Text, d, ok)
		}
	}
}

func FuzzFindAll(f *testing.F) {
	for _, s := range []string{
		"2018-01-15",
		"2018/01/15",
		"2018-01-15T10:00:00Z",
		"15 January 2018",
		"15th January 2018",
		"1st Jan. 2018, 2nd Feb 2018, 3rd Mar 2018",
		"15. januari 2018",
		"15:e januari 2018",
		"January 15, 2018",
		"January 15th 2018",
		"Sept. 5, 2018",
		"Monday, 15 January 2018",
		"Publicerad: måndag 16 januari 2018",
		"15-16 January 2018",
		"01/02/2018 15.01.2018 Marsh 2018 mayor 2018 31 February 2018",
		"\xff15 mars\u0301 2018\u00a0",
		"March 5 , 2026 ; 5th , 1st ( AP ) on Monday , Tuesday 2026-12-07 12:00",
		"MONDAY 15 JANUARY 2018 AND 16 JANUARY",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, text, dates.FindAll(text))
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"2018-01-15",
		"2018-01-15T10:00:00+01:00",
		"15 January 2018",
		"15:e januari 2018",
		"January 15th, 2018",
		"Sept. 5, 2018",
		"måndag 15 januari 2018",
		"Tues. Jan. 16, 2018",
		"31 February 2018",
		"",
		"\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dt, ok := dates.Parse(s)
		if !ok {
			if dt != (dates.Date{}) {
				t.Fatalf("Parse(%q) = %v, false; want zero Date", s, dt)
			}
			return
		}
		if !dt.Valid() {
			t.Fatalf("Parse(%q) = %v, not valid", s, dt)
		}
		if back, ok := dates.Parse(dt.String()); !ok || back != dt {
			t.Fatalf("Parse(%q) = %v, but Parse(%q) = %v, %v", s, dt, dt.String(), back, ok)
		}
		if utf8.ValidString(s) {
			// A date that parses on its own is found by FindAll when it
			// does not start with a weekday or end with a time.
			if ms := dates.FindAll(s); len(ms) > 1 {
				t.Fatalf("FindAll(%q) found %d dates in one parsable date", s, len(ms))
			}
		}
	})
}

func ExampleFindAll() {
	for _, m := range dates.FindAll("Publicerad: måndag 16 januari 2018, uppdaterad Jan. 17, 2018.") {
		fmt.Println(m.Start, m.End, m.Text, m.Date)
	}
	// Output:
	// 20 35 16 januari 2018 2018-01-16
	// 48 61 Jan. 17, 2018 2018-01-17
}

func ExampleParse() {
	fmt.Println(dates.Parse("2018-01-15T10:00:00Z"))
	fmt.Println(dates.Parse("15:e januari 2018"))
	fmt.Println(dates.Parse("31 February 2018"))
	// Output:
	// 2018-01-15 true
	// 2018-01-15 true
	// 0000-00-00 false
}
