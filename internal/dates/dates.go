// Package dates finds and parses absolute calendar dates in English and
// Swedish news text.
//
// An absolute date has a day, a month and a year. The recognised forms are:
//
//   - ISO style, year first: "2018-01-15", "2018/01/15" (the month and day
//     may also be written with one digit, "2018-1-5"; both separators must
//     be the same).
//   - Day, month, year: "15 January 2018", "15th January 2018", "1st", "2nd",
//     "3rd", "15 Jan 2018", "15 Jan. 2018", "15. januari 2018",
//     "15:e januari 2018", "1:a maj 2018", "15 januari, 2018".
//   - Month, day, year: "January 15, 2018", "January 15th 2018",
//     "Jan 15, 2018", "Sept. 5, 2018".
//
// Month names are matched without regard to case, in English (january ...
// december, abbreviations jan feb mar apr may jun jul aug sep sept oct nov
// dec) and Swedish (januari februari mars april maj juni juli augusti
// september oktober november december, abbreviations jan feb mar apr jun
// jul aug sep sept okt nov dec). A full stop is allowed only after an
// abbreviation. Month names must be whole words, so "Marsh 2018" and
// "mayor 2018" contain no month. Because "May", "mar" and "mars" are also
// ordinary words, a month name is only ever accepted as part of a complete
// day+month+year or month+day+year pattern.
//
// Deliberately not recognised:
//
//   - All-numeric forms with the day or month first, such as "01/02/2018",
//     "15.01.2018" or "2018.01.15": they are ambiguous (day-month versus
//     month-day order, or version numbers and amounts), so only the
//     year-first ISO forms above count as numeric dates.
//   - Dates without a year ("15 January", "January 15") and months without
//     a day ("January 2018"): they are relative or partial.
//   - Two-digit years and years outside 1000..9999.
//   - Dates that do not exist in the Gregorian calendar ("31 February 2018").
//
// A weekday written before a date ("Monday, 15 January 2018",
// "måndag 15 januari 2018") is not part of a match found by [FindAll]: the
// match starts at the day or month. [Parse] accepts and ignores such a
// weekday; it does not check that the weekday agrees with the date.
//
// All offsets in this package are byte offsets into the string given,
// 0-based and half-open: [Start, End).
package dates

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Calendar holds the month and weekday words dates are read with: the
// English and Swedish calendar concepts of one lexicon (months_en,
// month_abbreviations_en, weekdays_en, weekday_abbreviations_en and the
// Swedish ones). The package-level functions use the embedded lexicon's
// calendar. A Calendar is immutable and safe for concurrent use.
type Calendar struct {
	months   map[string]lexicon.MonthWord
	weekdays map[string]bool
}

// NewCalendar reads the calendar concepts of lx (nil: lexicon.Default()).
func NewCalendar(lx *lexicon.Lexicon) *Calendar {
	if lx == nil {
		lx = lexicon.Default()
	}
	c := &Calendar{months: lx.MonthWords("en", "sv"), weekdays: map[string]bool{}}
	for _, n := range []lexicon.Name{lexicon.WeekdaysEn, lexicon.WeekdaysSv, lexicon.WeekdayAbbreviationsEn, lexicon.WeekdayAbbreviationsSv} {
		for w := range lx.Set(n) {
			c.weekdays[w] = true
		}
	}
	return c
}

var (
	defaultOnce sync.Once
	defaultCal  *Calendar
)

// defaultCalendar is the embedded lexicon's calendar, built once.
func defaultCalendar() *Calendar {
	defaultOnce.Do(func() { defaultCal = NewCalendar(lexicon.Default()) })
	return defaultCal
}

// Date is a calendar date with no time or zone.
type Date struct{ Year, Month, Day int }

// String formats d as "YYYY-MM-DD", for example "2018-01-15".
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Valid reports whether d is a real date of the proleptic Gregorian
// calendar with a year in 1000..9999.
func (d Date) Valid() bool {
	if d.Year < 1000 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Match is one date found in text.
type Match struct {
	// Date is the date the text denotes; it is always Valid.
	Date Date
	// Start and End are the byte offsets (0-based, half-open [Start, End))
	// of Text in the string given to FindAll, so text[Start:End] == Text.
	Start, End int
	// Text is the matched text, starting at the day, month or year (never
	// at a weekday) and ending with the last digit of the date.
	Text string
}

// FindAll returns every absolute date in text, in order of Start,
// non-overlapping. Start and End are byte offsets into text (0-based,
// half-open [Start, End)). A weekday before a date is not included in the
// match. FindAll returns nil if text contains no date; it never panics,
// whatever the input, including invalid UTF-8.
func FindAll(text string) []Match { return defaultCalendar().FindAll(text) }

// FindAll is the package-level FindAll with c's month words.
func (cal *Calendar) FindAll(text string) []Match {
	var out []Match
	prevWord := false // whether the rune before i is a word rune
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !prevWord && (isDigit(c) || isASCIILetter(c)) {
				if d, end, ok := cal.matchAt(text, i); ok {
					out = append(out, Match{Date: d, Start: i, End: end, Text: text[i:end]})
					i = end
					prevWord = true // every match ends with a digit
					continue
				}
			}
			prevWord = isDigit(c) || isASCIILetter(c) || c == '_'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		prevWord = isWordRune(r)
		i += size
	}
	return out
}

// Parse parses s, which must be a date and nothing else; leading and
// trailing white space is allowed. It accepts every form FindAll knows,
// optionally preceded by an English or Swedish weekday name (which is
// ignored and not checked), and also ISO 8601 / RFC 3339 timestamps whose
// date is written year first: "2018-01-15T10:00:00Z",
// "2018-01-15T10:00:00.5+01:00", "2018-01-15 10:00". For a timestamp the
// date is the one written, whatever the zone offset. The result is always
// Valid when ok is true.
func Parse(s string) (Date, bool) { return defaultCalendar().Parse(s) }

// Parse is the package-level Parse with c's month and weekday words.
func (c *Calendar) Parse(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	s = c.stripWeekday(s)
	d, end, ok := c.matchAt(s, 0)
	if !ok {
		return Date{}, false
	}
	if end == len(s) {
		return d, true
	}
	// A timestamp: an ISO date written with '-' followed by a time.
	if digitRun(s, 0) == 4 && s[4] == '-' {
		switch s[end] {
		case 'T', 't', ' ':
			if validTime(s[end+1:]) {
				return d, true
			}
		}
	}
	return Date{}, false
}

// matchAt tries to match a date starting at byte i of s, which must be an
// ASCII letter or digit not preceded by a word rune (the caller checks
// that). It returns the date and the end of the match.
func (c *Calendar) matchAt(s string, i int) (Date, int, bool) {
	if i >= len(s) {
		return Date{}, 0, false
	}
	if isDigit(s[i]) {
		j := digitRun(s, i)
		switch j - i {
		case 4:
			return matchISO(s, i, j)
		case 1, 2:
			return c.matchDMY(s, i, j)
		}
		return Date{}, 0, false
	}
	return c.matchMDY(s, i)
}

// matchISO matches "YYYY-MM-DD" or "YYYY/MM/DD" at i; s[i:j] is the year.
func matchISO(s string, i, j int) (Date, int, bool) {
	if !precededByNumberPunct(s, i, ".:/-") || j >= len(s) {
		return Date{}, 0, false
	}
	sep := s[j]
	if sep != '-' && sep != '/' {
		return Date{}, 0, false
	}
	k := digitRun(s, j+1)
	if n := k - (j + 1); n < 1 || n > 2 || k >= len(s) || s[k] != sep {
		return Date{}, 0, false
	}
	l := digitRun(s, k+1)
	if n := l - (k + 1); n < 1 || n > 2 {
		return Date{}, 0, false
	}
	d := Date{Year: atoi(s[i:j]), Month: atoi(s[j+1 : k]), Day: atoi(s[k+1 : l])}
	if !d.Valid() || !endOK(s, l, true) {
		return Date{}, 0, false
	}
	return d, l, true
}

// matchDMY matches "15 January 2018" and its variants at i; s[i:j] is the
// day.
func (c *Calendar) matchDMY(s string, i, j int) (Date, int, bool) {
	if !precededByNumberPunct(s, i, ".:/") {
		return Date{}, 0, false
	}
	day := atoi(s[i:j])
	k, ok := daySuffix(s, j, true)
	if !ok {
		return Date{}, 0, false
	}
	m := skipSpace(s, k)
	if m == k {
		return Date{}, 0, false
	}
	month, k, ok := c.monthAt(s, m)
	if !ok {
		return Date{}, 0, false
	}
	k, ok = beforeYear(s, k)
	if !ok {
		return Date{}, 0, false
	}
	return finishYear(s, k, month, day)
}

// matchMDY matches "January 15, 2018" and its variants at i.
func (c *Calendar) matchMDY(s string, i int) (Date, int, bool) {
	month, j, ok := c.monthAt(s, i)
	if !ok {
		return Date{}, 0, false
	}
	k := skipSpace(s, j)
	if k == j {
		return Date{}, 0, false
	}
	l := digitRun(s, k)
	if n := l - k; n < 1 || n > 2 {
		return Date{}, 0, false
	}
	day := atoi(s[k:l])
	l, ok = daySuffix(s, l, false)
	if !ok {
		return Date{}, 0, false
	}
	l, ok = beforeYear(s, l)
	if !ok {
		return Date{}, 0, false
	}
	return finishYear(s, l, month, day)
}

// finishYear matches a four-digit year at i and builds the date.
func finishYear(s string, i, month, day int) (Date, int, bool) {
	j := digitRun(s, i)
	if j-i != 4 {
		return Date{}, 0, false
	}
	d := Date{Year: atoi(s[i:j]), Month: month, Day: day}
	if !d.Valid() || !endOK(s, j, false) {
		return Date{}, 0, false
	}
	return d, j, true
}

// beforeYear skips the separator between the month or day and the year:
// white space, or a comma with optional white space.
func beforeYear(s string, i int) (int, bool) {
	if i < len(s) && s[i] == ',' {
		return skipSpace(s, i+1), true
	}
	j := skipSpace(s, i)
	return j, j > i
}

// daySuffix skips an ordinal suffix after the day digits ending at i:
// "st", "nd", "rd", "th", Swedish ":e" and ":a", or (if dot) a full stop.
// It fails if the digits run straight into a word.
func daySuffix(s string, i int, dot bool) (int, bool) {
	if i >= len(s) {
		return i, true
	}
	if i+1 < len(s) {
		a, b := lower(s[i]), lower(s[i+1])
		switch {
		case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h',
			a == ':' && (b == 'e' || b == 'a'):
			if r, _ := runeAt(s, i+2); !isWordRune(r) {
				return i + 2, true
			}
			return i, false
		}
	}
	if dot && s[i] == '.' {
		return i + 1, true
	}
	r, _ := runeAt(s, i)
	return i, !isWordRune(r)
}

// monthAt matches a month name as a whole word at i, followed by a full stop
// if it is an abbreviation. It returns the month number and the end.
func (c *Calendar) monthAt(s string, i int) (int, int, bool) {
	var buf [9]byte
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		if j-i == len(buf) {
			return 0, 0, false
		}
		buf[j-i] = lower(s[j])
		j++
	}
	if j-i < 3 {
		return 0, 0, false
	}
	if r, _ := runeAt(s, j); isWordRune(r) {
		return 0, 0, false
	}
	m, ok := c.months[string(buf[:j-i])]
	if !ok {
		return 0, 0, false
	}
	if m.Abbrev && j < len(s) && s[j] == '.' {
		j++
	}
	return m.Month, j, true
}

// MonthNumber returns the number (1-12) of an English or Swedish month
// name or abbreviation in any case ("April", "okt", "Sept"), or 0.
func MonthNumber(w string) int { return defaultCalendar().MonthNumber(w) }

// MonthNumber is the package-level MonthNumber with c's month words.
func (c *Calendar) MonthNumber(w string) int {
	return c.months[strings.ToLower(strings.TrimSuffix(w, "."))].Month
}

// stripWeekday removes a leading weekday name, with an optional full stop
// and comma, and the white space after it. It returns s unchanged if s does
// not start with a weekday followed by a separator.
func (c *Calendar) stripWeekday(s string) string {
	j := 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	if j == 0 || j > 32 || !c.weekdays[strings.ToLower(s[:j])] {
		return s
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) && s[j] == ',' {
		return s[skipSpace(s, j+1):]
	}
	k := skipSpace(s, j)
	if k == j {
		return s
	}
	return s[k:]
}

// validTime reports whether t is an ISO 8601 extended-format time of day
// with an optional zone: hh:mm[:ss[.fraction]][Z|±hh[:mm]|±hhmm].
func validTime(t string) bool {
	if len(t) < 5 || digitRun(t, 0) != 2 || t[2] != ':' || digitRun(t, 3) != 5 {
		return false
	}
	h, m, sec := atoi(t[0:2]), atoi(t[3:5]), 0
	i := 5
	if i < len(t) && t[i] == ':' {
		if digitRun(t, i+1) != i+3 {
			return false
		}
		sec = atoi(t[i+1 : i+3])
		i += 3
		if i < len(t) && (t[i] == '.' || t[i] == ',') {
			j := digitRun(t, i+1)
			if j == i+1 {
				return false
			}
			i = j
		}
	}
	if h > 24 || m > 59 || sec > 60 || (h == 24 && (m != 0 || sec != 0)) {
		return false
	}
	return validZone(t[i:])
}

// validZone reports whether zone is empty or an ISO 8601 zone designator:
// Z, ±hh, ±hhmm or ±hh:mm.
func validZone(zone string) bool {
	switch {
	case zone == "" || zone == "Z" || zone == "z":
		return true
	case zone[0] == '+' || zone[0] == '-':
		z := zone[1:]
		switch {
		case len(z) == 2 && digitRun(z, 0) == 2:
			return atoi(z) <= 23
		case len(z) == 4 && digitRun(z, 0) == 4:
			return atoi(z[:2]) <= 23 && atoi(z[2:]) <= 59
		case len(z) == 5 && z[2] == ':' && digitRun(z, 0) == 2 && digitRun(z, 3) == 5:
			return atoi(z[:2]) <= 23 && atoi(z[3:]) <= 59
		}
	}
	return false
}

// precededByNumberPunct reports whether a number starting at i is free of
// numeric context on its left: it is false if the rune before i is one of
// punct and that rune itself follows an ASCII digit (as in "1.15", "10:15",
// "3/15" or "12-2018-01-15").
func precededByNumberPunct(s string, i int, punct string) bool {
	if i == 0 || !strings.ContainsRune(punct, rune(s[i-1])) {
		return true
	}
	return i < 2 || !isDigit(s[i-2])
}

// endOK reports whether a date ending at i is not glued to what follows:
// the next rune must not be a word rune (except 'T' and a digit after an ISO
// date, when timestamp is set) and must not be ".:/-" followed by a digit.
func endOK(s string, i int, timestamp bool) bool {
	if i >= len(s) {
		return true
	}
	r, _ := runeAt(s, i)
	if isWordRune(r) {
		return timestamp && (r == 'T' || r == 't') && i+1 < len(s) && isDigit(s[i+1])
	}
	switch r {
	case '.', ':', '/', '-':
		return i+1 >= len(s) || !isDigit(s[i+1])
	}
	return true
}

// skipSpace returns the index after the white space starting at i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// runeAt returns the rune at i and its size, or (-1, 0) at the end of s.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordRune reports whether r is part of a word: a letter, number, mark or
// underscore.
func isWordRune(r rune) bool {
	if r < 0 {
		return false
	}
	if r < utf8.RuneSelf {
		c := byte(r)
		return isDigit(c) || isASCIILetter(c) || c == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// digitRun returns the index after the ASCII digits starting at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// atoi converts a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
