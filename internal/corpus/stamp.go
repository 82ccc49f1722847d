package corpus

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/dates"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Stamp is what a publication stamp line says: "First Published: June
// 18, 2024 3:41 PM EDT", "9:05 a.m. Dec. 3, 2023", "Sat Nov 9 2024,
// 01:47 hrs", "on April 22, 2024 at 4:12 AM, updated April 22, 2024 at
// 8:46 AM", "Updated 12:17 pm", "Publicerad 16 januari 2018 kl 12.40".
type Stamp struct {
	// Date is the first date of the line (the publication); invalid when
	// the line gives only a time.
	Date dates.Date
	// Hour and Minute are the time given with the first date (24-hour
	// clock), -1 when none is.
	Hour, Minute int
}

// Clock times, numeric dates and zone offsets as news pages write them,
// detokenised or not: "4:59", "4: 59 PM", "7: 15 a. m.", "12.40",
// "6: 09: 44 PM", "12: 30pm", "0937 GMT"; "04/28/09", "6/6/2013";
// "GMT+01: 00".
var (
	reClock   = regexp.MustCompile(`(?i)\b(\d{1,2})\s?[:.]\s?(\d{2})(?:\s?:\s?\d{2})?(?:\s?([ap])\.?\s?m\.?)?`)
	reMil     = regexp.MustCompile(`\b([01]\d|2[0-3])([0-5]\d)\s+([A-Z]{2,4})\b`)
	reNumDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`)
	reOffset  = regexp.MustCompile(`(?i)\b(GMT|UTC)\s?[+-]\s?\d{1,2}(?:\s?:\s?\d{1,2})?`)
	reLeadIn  = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,2},\s`)
	// A dateline's place in capitals: "WASHINGTON, DC, ", "LONDON - ".
	reCapsLeadIn = regexp.MustCompile(`^\s*\p{Lu}{3,}(\s+\p{Lu}{2,}){0,2}(,\s*\p{Lu}{2}\.?)?\s*[,–—-]\s*`)
	reDotISO     = regexp.MustCompile(`\b(\d{4})[./](\d{2})[./](\d{2})\b`)
	// A date without a year: "Nov 11", "11 November", "27th".
	reMonthDay = regexp.MustCompile(`\b(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,9})\b`)
)

// stampVocab are the words a stamp line may hold besides dates and times.
type stampVocab struct {
	cal   *dates.Calendar
	words map[string]struct{} // labels, "at", "on", am/pm, Swedish "kl"
	zones map[string]struct{} // time zones, upper case
	days  []map[string]struct{}
	// relative are the words of a relative stamp ("2 years, 41 days
	// ago"), agoWords the ones that make it relative.
	relative, agoWords map[string]struct{}
}

func newStampVocab(lx *lexicon.Lexicon) stampVocab {
	return stampVocab{
		cal:   dates.NewCalendar(lx),
		words: lx.Set(lexicon.StampLineWords),
		zones: lx.Set(lexicon.TimeZones),
		days: []map[string]struct{}{lx.Set(lexicon.WeekdaysEn), lx.Set(lexicon.WeekdaysSv),
			lx.Set(lexicon.WeekdayAbbreviationsEn), lx.Set(lexicon.WeekdayAbbreviationsSv)},
		relative: lx.Set(lexicon.StampRelativeWords),
		agoWords: lx.Set(lexicon.StampAgoWords),
	}
}

// ParseStamp reads a line as a publication stamp: one or more dates,
// clock times, weekdays, time zones and the words of stamp_line_words,
// and nothing else. A line with no date needs a time and a stamp word
// ("Updated 12:17 pm").
func ParseStamp(line string) (Stamp, bool) { return cleanerFor(nil).stamps.parse(line) }

func (v stampVocab) parse(line string) (Stamp, bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 200 {
		return Stamp{}, false
	}
	x := stampScan{v: v, st: Stamp{Hour: -1, Minute: -1}, firstEnd: -1}
	x.rest = []byte(reDotISO.ReplaceAllString(trimLeadIn(s), "$1-$2-$3")) // "2012.08.08": ISO with dots
	if !x.dates() || !x.clockTimes() {
		return Stamp{}, false
	}
	x.militaryTimes()
	if !x.otherWords() {
		return Stamp{}, false
	}
	if x.numbers > 0 && !x.ago || !x.dated && (len(x.clocks) == 0 || !x.label) && !x.ago {
		return Stamp{}, false
	}
	if x.ago || x.ambiguous || !x.st.Date.Valid() {
		// "Posted 2 years, 41 days ago [downloaded on 3 May 2021]",
		// "05/02/2013": a stamp, but no date to trust.
		x.st.Date = dates.Date{}
	}
	return x.st, true
}

// trimLeadIn drops a dateline's place before the stamp ("Mumbai, Nov 11
// -") when the line ends as a dateline does, or a place in capitals
// ("LONDON - ").
func trimLeadIn(s string) string {
	if loc := reLeadIn.FindStringIndex(s); loc != nil && strings.IndexAny(s[len(s)-1:], "-–—:") == 0 {
		return s[loc[1]:]
	}
	if loc := reCapsLeadIn.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		return s[loc[1]:]
	}
	return s
}

// stampScan is one line being read as a stamp: what is read is blanked
// out of rest, so that the words left over can be checked.
type stampScan struct {
	v    stampVocab
	rest []byte
	st   Stamp
	// firstEnd is the end of the first date (-1 for none); yearless the
	// month, day and end of a date written without a year.
	firstEnd  int
	yearless  []int
	clocks    [][]int
	dated     bool
	ambiguous bool
	// What the leftover words held: a stamp label, an "ago", codes in
	// capitals, bare numbers.
	label, ago    bool
	caps, numbers int
}

func (x *stampScan) blank(a, b int) {
	for i := a; i < b; i++ {
		x.rest[i] = ' '
	}
}

// dates reads the line's dates: written with a month, numeric
// ("04/28/09") or without a year ("Nov 11"); false when a numeric date
// is none.
func (x *stampScan) dates() bool {
	for _, m := range reOffset.FindAllStringIndex(string(x.rest), -1) {
		x.blank(m[0], m[1])
	}
	ms := x.v.cal.FindAll(string(x.rest))
	for _, m := range ms {
		x.blank(m.Start, m.End)
	}
	numeric := reNumDate.FindAllSubmatchIndex(x.rest, -1)
	if len(ms) == 0 && len(numeric) == 0 {
		x.yearless = x.monthDay()
	}
	switch {
	case len(x.yearless) > 0:
		x.firstEnd = x.yearless[2]
	case len(ms) > 0:
		x.st.Date = ms[0].Date
		x.firstEnd = ms[0].End
	case len(numeric) > 0:
		d, ok, amb := numericDate(string(x.rest), numeric[0])
		if !ok {
			return false
		}
		if !amb {
			x.st.Date = d
		}
		x.ambiguous = amb
		x.firstEnd = numeric[0][1]
	}
	x.dated = len(ms) > 0 || len(numeric) > 0 || len(x.yearless) > 0
	for _, n := range numeric {
		x.blank(n[0], n[1])
	}
	return true
}

// monthDay finds a date without a year ("Nov 11", "11 November"), blanks
// it and returns its month, day and end (nil for none).
func (x *stampScan) monthDay() []int {
	for _, m := range reMonthDay.FindAllSubmatchIndex(x.rest, -1) {
		word, day := "", 0
		if m[2] >= 0 {
			word, day = string(x.rest[m[2]:m[3]]), atoi(string(x.rest[m[4]:m[5]]))
		} else {
			word, day = string(x.rest[m[8]:m[9]]), atoi(string(x.rest[m[6]:m[7]]))
		}
		if mo := x.v.cal.MonthNumber(word); mo > 0 && day >= 1 && day <= 31 {
			x.blank(m[0], m[1])
			return []int{mo, day, m[1]}
		}
	}
	return nil
}

// clockTimes reads the clock times and keeps the first date's; false
// for a number that is no time ("12.405", "25:10").
func (x *stampScan) clockTimes() bool {
	x.clocks = reClock.FindAllSubmatchIndex(x.rest, -1)
	for k, c := range x.clocks {
		if c[1] < len(x.rest) && unicode.IsDigit(rune(x.rest[c[1]])) {
			return false // "12.405": no time
		}
		h, mi, ok := clockOf(x.rest, c)
		if !ok {
			return false
		}
		// The time of the first date: right after it, or before it
		// ("9:05 a.m. Dec. 3, 2023").
		if x.st.Hour < 0 && (k == 0 || x.firstEnd >= 0 && c[0] >= x.firstEnd) {
			x.st.Hour, x.st.Minute = h, mi
		}
	}
	for _, c := range x.clocks {
		x.blank(c[0], c[1])
	}
	return true
}

// clockOf is the 24-hour time of a reClock match c in rest.
func clockOf(rest []byte, c []int) (h, mi int, ok bool) {
	h, mi = atoi(string(rest[c[2]:c[3]])), atoi(string(rest[c[4]:c[5]]))
	if h > 23 || mi > 59 {
		return 0, 0, false
	}
	if c[6] >= 0 {
		if h == 0 || h > 12 {
			return 0, 0, false
		}
		pm := unicode.ToLower(rune(rest[c[6]])) == 'p'
		switch {
		case pm && h < 12:
			h += 12
		case !pm && h == 12:
			h = 0
		}
	}
	return h, mi, true
}

// militaryTimes reads times written as four digits and a zone ("1052
// GMT").
func (x *stampScan) militaryTimes() {
	for _, c := range reMil.FindAllSubmatchIndex(x.rest, -1) {
		if _, ok := x.v.zones[string(x.rest[c[6]:c[7]])]; ok {
			if x.st.Hour < 0 {
				x.st.Hour, x.st.Minute = atoi(string(x.rest[c[2]:c[3]])), atoi(string(x.rest[c[4]:c[5]]))
			}
			x.blank(c[0], c[5])
			x.clocks = append(x.clocks, c)
		}
	}
}

// otherWords checks the words left after dates and times: stamp labels,
// zones, weekdays, the words of a relative stamp, a year after a yearless
// date, agency codes in capitals, bare numbers; false for any other.
func (x *stampScan) otherWords() bool {
	for _, w := range strings.FieldsFunc(string(x.rest), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	}) {
		if w = strings.Trim(w, "."); w != "" && !x.word(w) {
			return false
		}
	}
	return true
}

// word reads one leftover word; false when a stamp holds no such word.
func (x *stampScan) word(w string) bool {
	v, lw := x.v, strings.ToLower(w)
	switch {
	case v.has(v.words, lw):
		x.label = true
	case v.has(v.words, lw+"."):
	case w == strings.ToUpper(w) && v.has(v.zones, w):
	case v.weekday(lw):
	case v.has(v.relative, lw):
		x.ago = x.ago || v.has(v.agoWords, lw)
	case isYear(w) && len(x.yearless) > 0 && !x.st.Date.Valid():
		x.st.Date = dates.Date{Year: atoi(w), Month: x.yearless[0], Day: x.yearless[1]} // "November 27-2025"
	case x.dated && len(x.clocks) > 0 && x.caps < 2 && len(w) >= 2 && len(w) <= 12 && w == strings.ToUpper(w) && !hasDigit(w):
		x.caps++ // an agency's or a dateline's code: "TNN ... IST MUMBAI"
	case len(w) <= 4 && strings.Trim(w, "0123456789") == "":
		x.numbers++ // "2 years, 41 days ago"
	default:
		return false
	}
	return true
}

// numericDate reads a numeric date "MM/DD/YYYY" (or DD/MM when the
// first number cannot be a month); amb is set when both readings are
// possible ("05/02/2013"), ok is false for no date.
func numericDate(s string, m []int) (d dates.Date, ok, amb bool) {
	a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
	if m[7]-m[6] == 2 {
		y += 2000
		if y > 2069 {
			y -= 100
		}
	}
	switch {
	case a >= 1 && a <= 12 && b >= 1 && b <= 12:
		return dates.Date{Year: y, Month: a, Day: b}, true, a != b
	case a >= 1 && a <= 12:
		d = dates.Date{Year: y, Month: a, Day: b}
	case b >= 1 && b <= 12:
		d = dates.Date{Year: y, Month: b, Day: a}
	default:
		return dates.Date{}, false, false
	}
	return d, d.Valid(), false
}

func (v stampVocab) has(set map[string]struct{}, w string) bool {
	_, ok := set[w]
	return ok
}

func isYear(w string) bool {
	if len(w) != 4 || hasDigit(w) == false {
		return false
	}
	n := atoi(w)
	return n >= 1900 && n <= 2099 && strings.Trim(w, "0123456789") == ""
}

func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

// weekday reports a weekday name or abbreviation, English or Swedish.
func (v stampVocab) weekday(lw string) bool {
	for _, d := range v.days {
		if _, ok := d[lw]; ok {
			return true
		}
	}
	return false
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
