package claims

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// MeasureScheduled is the measure of a date an article gives for
// something still to come ("will walk out on 14 April"): compared only
// with other scheduled dates, never with the date of what happened.
const MeasureScheduled = "scheduled date"

// IsDate reports whether a measure is an event date or a scheduled date.
func IsDate(measure string) bool { return measure == MeasureDate || measure == MeasureScheduled }

var (
	// "17 April", "17th of April", "den 17 april", "17:e april".
	// The word is checked with the calendar's MonthNumber.
	reDayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th|:e|:a)?\s+(?:of\s+)?(\p{L}+)\b`)
	// "April 17", "April 17th".
	reMonthDay = regexp.MustCompile(`\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	// A year right after a day and month makes a full date, which
	// the calendar's FindAll reads.
	reYearNext = regexp.MustCompile(`^,?\s*\d{4}\b`)
)

// yearless is a day and month written without a year.
type yearless struct {
	start, end int
	month      time.Month
	day        int
}

// findYearless returns the days and months without a year in text, in
// order ("on 14 April", "from April 14th", "den 17 april").
func (v *vocab) findYearless(text string) []yearless {
	var out []yearless
	add := func(start, end int, mon string, day string) {
		m := time.Month(v.cal.MonthNumber(mon))
		d, err := strconv.Atoi(day)
		if m == 0 || err != nil || d < 1 || d > 31 || reYearNext.MatchString(text[end:]) {
			return
		}
		out = append(out, yearless{start, end, m, d})
	}
	for _, m := range reDayMonth.FindAllStringSubmatchIndex(text, -1) {
		if text[m[4]:m[5]] == "may" {
			continue // "another 15 may have died": the verb
		}
		add(m[0], m[1], text[m[4]:m[5]], text[m[2]:m[3]])
	}
	for _, m := range reMonthDay.FindAllStringSubmatchIndex(text, -1) {
		if text[m[2]] != 'M' && strings.EqualFold(text[m[2]:m[3]], "may") {
			continue // "may 17 people ...": the verb
		}
		add(m[0], m[1], text[m[2]:m[3]], text[m[4]:m[5]])
	}
	// Keep the first of overlapping matches ("April 17 May" is odd text).
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	kept := out[:0]
	for _, y := range out {
		if n := len(kept); n > 0 && y.start < kept[n-1].end {
			continue
		}
		kept = append(kept, y)
	}
	return kept
}

// nearestYear dates a day and month in the year that puts it closest to
// pub. ok is false for a day the month does not have.
func nearestYear(y yearless, pub time.Time) (time.Time, bool) {
	var best time.Time
	found := false
	for _, year := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
		d := time.Date(year, y.month, y.day, 0, 0, 0, 0, time.UTC)
		if d.Month() != y.month {
			continue // 31 April, or 29 February outside a leap year
		}
		if !found || absDuration(d.Sub(pub)) < absDuration(best.Sub(pub)) {
			best, found = d, true
		}
	}
	return best, found
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// scheduled reports whether the date at lower[i:] is announced for the
// future: a future word among the six words before it (back to a full
// stop or ";"), or a start word right before it (over "on", "den" and a
// weekday).
func (v *vocab) scheduled(lower string, i int) bool {
	words := strings.FieldsFunc(lower[:i], func(r rune) bool { return r == ' ' || r == ',' || r == '\u00a0' })
	rest := lower[i:]
	if end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); end >= 0 {
		rest = rest[end:]
	}
	possessive := possessiveNext(rest)
	last := len(words) - 1 // the word right before the date, over "on" and a weekday
	for last >= 0 && (v.dateOpeners.has(words[last]) || v.isWeekday(words[last])) {
		last--
	}
	for k := len(words) - 1; k >= 0 && k >= len(words)-6; k-- {
		w := strings.Trim(words[k], `"'“”()`)
		if v.futureWords.has(w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") ||
			k == last && v.startWords.has(w) && !possessive || v.futurePhrase(words, k, w) {
			return true
		}
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";") {
			break
		}
	}
	return false
}

// futurePhrase reports "due" or "next" at words[k] (w, trimmed) naming a
// time to come: "is due on", "due to be held", "next Monday", "next
// week"; not "due to fog" or "next door".
func (v *vocab) futurePhrase(words []string, k int, w string) bool {
	var next string
	if k+1 < len(words) {
		next = strings.Trim(words[k+1], `"'“”(),`)
	}
	switch w {
	case "due":
		return next == "on" || next == "in" || next == "to" && k+2 < len(words) && words[k+2] == "be"
	case "next":
		return k+1 == len(words) || v.isWeekday(next) || v.nextPeriods.has(next)
	}
	return false
}

// isWeekday reports an English or Swedish weekday name, Swedish with an
// ending ("måndagen").
func (v *vocab) isWeekday(w string) bool {
	for name := range v.weekdays {
		if w == name || v.weekdaysPrefix(name) && strings.HasPrefix(w, name) {
			return true
		}
	}
	return false
}
