package claims

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dates"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Measure and subject of the event-date claim.
const (
	MeasureDate  = "date"
	SubjectEvent = "(lead event)"
)

func thisWeek(p time.Time) (time.Time, time.Time) {
	back := (int(p.Weekday()) + 6) % 7 // days since Monday
	return p.AddDate(0, 0, -back), p
}

func lastWeek(p time.Time) (time.Time, time.Time) {
	lo, _ := thisWeek(p)
	return lo.AddDate(0, 0, -7), lo.AddDate(0, 0, -1)
}

func thisYear(p time.Time) (time.Time, time.Time) {
	return time.Date(p.Year(), 1, 1, 0, 0, 0, 0, time.UTC), p
}

func lastYear(p time.Time) (time.Time, time.Time) {
	return time.Date(p.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(p.Year()-1, 12, 31, 0, 0, 0, 0, time.UTC)
}

// EventDate finds the date of the main event in an article's lead: the
// first absolute date, day and month without a year, day-relative word
// ("yesterday", "i går") or weekday ("on Monday", "på måndagen") in the
// given lead sentences, skipping dates of statements, of figures compared
// with, of reporting periods and of relative clauses. Relative dates are
// resolved against published (YYYY-MM-DD) when it is known; otherwise they
// are kept unresolved (a day and month keep MonthDay). A weekday is
// resolved to the latest such day on or before publication, or, when
// announced for later, the next one on or after it. A date announced for
// later has Measure MeasureScheduled; Alt holds the other days the
// sentence names and Pub the publication day.
func EventDate(src string, lead []Span, published string) (Raw, bool) {
	return defaultLexicon().v.eventDate(src, lead, published, true)
}

// EventDay is EventDate without periods ("last year"): for searching the
// whole body, where a week or a year usually belongs to another event.
func EventDay(src string, sents []Span, published string) (Raw, bool) {
	return defaultLexicon().v.eventDate(src, sents, published, false)
}

func (v *vocab) eventDate(src string, lead []Span, published string, periods bool) (Raw, bool) {
	var pub time.Time
	hasPub := false
	if d, ok := v.cal.Parse(published); ok {
		pub, hasPub = time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), true
	}
	for _, s := range lead {
		text := src[s.Start:s.End]
		lower := textutil.Lower(text)
		best := -1
		var r Raw
		for _, m := range v.cal.FindAll(text) {
			if v.reportingDate(lower, m.Start) || v.periodEnd(lower, m.Start) || v.comparisonDate(lower, m.Start) || relativeClause(lower, m.Start) {
				continue
			}
			best = m.Start
			day := time.Date(m.Date.Year, time.Month(m.Date.Month), m.Date.Day, 0, 0, 0, 0, time.UTC)
			r = dateRaw(day, m.Text, s.Start+m.Start, s.Start+m.End)
			break
		}
		for _, y := range v.findYearless(text) {
			if best >= 0 && y.start >= best || v.reportingDate(lower, y.start) || v.periodEnd(lower, y.start) || v.comparisonDate(lower, y.start) ||
				relativeClause(lower, y.start) {
				continue
			}
			best = y.start
			if day, ok := nearestYear(y, pub); hasPub && ok {
				if day.After(pub) && !v.scheduled(lower, y.start) {
					// Without a word of the future a day and month
					// names the last such day: "on 20 June" in January
					// is last June.
					if last := day.AddDate(-1, 0, 0); pub.Sub(last) < 300*24*time.Hour {
						day = last
					}
				}
				r = dateRaw(day, text[y.start:y.end], s.Start+y.start, s.Start+y.end)
			} else {
				r = Raw{Measure: MeasureDate, Kind: "date", Text: text[y.start:y.end], Start: s.Start + y.start, End: s.Start + y.end,
					Display: text[y.start:y.end] + " (unresolved)", Unresolved: true, MonthDay: int(y.month)*100 + y.day}
			}
			break
		}
		for _, w := range sortedKeys(v.relDay) {
			off := v.relDay[w]
			i := v.wordIndex(lower, w)
			if i < 0 || best >= 0 && i >= best || v.reportingDate(lower, i) || v.comparisonDate(lower, i) || relativeClause(lower, i) {
				continue
			}
			best = i
			if hasPub {
				r = dateRaw(pub.AddDate(0, 0, off), text[i:i+len(w)], s.Start+i, s.Start+i+len(w))
			} else {
				r = Raw{Measure: MeasureDate, Kind: "date", Text: text[i : i+len(w)], Start: s.Start + i, End: s.Start + i + len(w),
					Display: text[i:i+len(w)] + " (unresolved)", Unresolved: true}
			}
		}
		for _, w := range sortedKeys(v.relPeriod) {
			i := v.wordIndex(lower, w)
			if !periods || i < 0 || best >= 0 && i >= best {
				continue
			}
			best = i
			r = Raw{Measure: MeasureDate, Kind: "date", Text: text[i : i+len(w)], Start: s.Start + i, End: s.Start + i + len(w)}
			if hasPub {
				lo, hi := v.relPeriod[w](pub)
				r.Low, r.High = dayNumber(lo), dayNumber(hi)
				r.Display = lo.Format("2006-01-02") + ".." + hi.Format("2006-01-02") + " (" + text[i:i+len(w)] + ")"
			} else {
				r.Display, r.Unresolved = text[i:i+len(w)]+" (unresolved)", true
			}
			r.Period = true
		}
		for _, name := range sortedKeys(v.weekdays) {
			wd := v.weekdays[name]
			i := v.wordIndex(lower, name)
			if i < 0 || best >= 0 && i >= best || v.reportingDate(lower, i) || v.comparisonDate(lower, i) || relativeClause(lower, i) {
				continue
			}
			// A weekday names the event only after "on", "last", "på",
			// "i", as a possessive ("Tuesday's fire") or in
			// "måndagen"/"måndags".
			before := strings.TrimSpace(lower[:i])
			after := lower[i+len(name):]
			if !(strings.HasSuffix(before, " on") || before == "on" || strings.HasSuffix(before, " last") ||
				strings.HasSuffix(before, " på") || strings.HasSuffix(before, " i") || strings.HasSuffix(before, "since") ||
				strings.HasSuffix(before, " from") || strings.HasSuffix(before, " starting") || strings.HasSuffix(before, " next") ||
				strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ")) {
				continue
			}
			if v.datedWeekday(after) {
				continue // "Thursday 17 April": the date says the day
			}
			best = i
			end := i + len(name)
			for end < len(lower) && v.weekdaysPrefix(name) {
				r, n := utf8.DecodeRuneInString(lower[end:])
				if !unicode.IsLetter(r) {
					break
				}
				end += n // måndagen, måndags, måndagskvällen
			}
			r = Raw{Measure: MeasureDate, Kind: "date", Text: text[i:end], Start: s.Start + i, End: s.Start + end,
				Weekday: wd, Display: wd.String()}
			if hasPub {
				// The latest such day on or before publication, or, for
				// an announced one, the next on or after it.
				day := pub.AddDate(0, 0, -((int(pub.Weekday()) - int(wd) + 7) % 7))
				if v.scheduled(lower, i) {
					day = pub.AddDate(0, 0, (int(wd)-int(pub.Weekday())+7)%7)
				}
				r.Low, r.High = dayNumber(day), dayNumber(day)
				r.Display = day.Format("2006-01-02") + " (" + wd.String() + ")"
			}
		}
		if best >= 0 && !r.Period && (v.scheduled(lower, best) || hasPub && r.Low > dayNumber(pub)) &&
			!(hasPub && r.Low != 0 && r.Low < dayNumber(pub)-1) {
			// Announced for later, unless the day is already past ("on
			// strike from 2 March" in a report of 12 March).
			r.Measure = MeasureScheduled
		}
		if best >= 0 && hasPub {
			r.Alt = v.otherDays(text, lower, pub, best)
			r.Pub = dayNumber(pub)
		}
		if best >= 0 {
			r.Sentence = s
			r.How = ByMention
			if r.Period || r.Measure == MeasureScheduled && ownedBefore(text, best) {
				// A week or a year names no day; "X's ban will start on
				// 18 July" dates X's part, not the whole event: guesses.
				r.How = ByEvent
			}
			return r, true
		}
	}
	return Raw{}, false
}

// relativeClause reports a date inside a relative clause, background to
// the sentence's event: "X, who was jailed on 14 March 2024, has won his
// appeal", "X, som dömdes den 3 mars, ...".
func relativeClause(lower string, i int) bool {
	for _, rel := range []string{", who ", ", which ", ", som "} {
		if j := strings.LastIndex(lower[:i], rel); j >= 0 && !strings.Contains(lower[j+len(rel):i], ",") {
			return true
		}
	}
	return false
}

// comparisonDate reports a date that dates the figure a new one is
// compared with, not the event: "up from 31 on Wednesday", "compared with
// 12 on Monday", "jämfört med i går".
func (v *vocab) comparisonDate(lower string, i int) bool {
	words := strings.Fields(lower[:i])
	for k := len(words) - 1; k >= 0 && k >= len(words)-5; k-- {
		w := strings.Trim(words[k], ",")
		if v.comparisonWords.has(w) {
			return true
		}
		if w == "from" && k+1 < len(words) && figureWord(words[k+1]) {
			return true // "up from 31 on Wednesday"
		}
	}
	return false
}

// periodEnd reports whether the date at lower[i:] ends a reporting period
// rather than dating the event: "to", "ended", "ending", "through",
// "till", "until" or "t.o.m." right before it, and a period word among the
// four words before that.
func (v *vocab) periodEnd(lower string, i int) bool {
	words := strings.Fields(lower[:i])
	n := len(words)
	if n < 2 {
		return false
	}
	if !v.periodEndWords.has(strings.Trim(words[n-1], ",")) {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		if v.periodWords.has(strings.Trim(words[k], ",")) {
			return true
		}
	}
	return false
}

// reportingDate reports whether the date expression at lower[i:] dates a
// statement: a reporting verb among the three words before it, with only
// an object, a preposition or "late"/"early" in between ("said on
// Thursday", "told reporters on Wednesday", "sade i går").
func (v *vocab) reportingDate(lower string, i int) bool {
	words := strings.FieldsFunc(lower[:i], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		if v.reportingVerbs.has(words[k]) {
			return true
		}
	}
	return false
}

// ownedBefore reports a capitalised possessive ("Severn Water's") before
// offset i of the sentence.
func ownedBefore(text string, i int) bool {
	for _, w := range strings.Fields(text[:i]) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return true
		}
	}
	return false
}

// otherDays resolves the other dates of the sentence than the one at
// best: "cleared the committee on Tuesday, sending it to the Assembly on
// Thursday" names two days, and another article dating the event on
// either is no contradiction. Weekdays are taken both back and forward
// from publication.
func (v *vocab) otherDays(text, lower string, pub time.Time, best int) []float64 {
	var out []float64
	// Dates of a statement, of a figure compared with or of a period's
	// end date no event: they are left out here too.
	other := func(i int) bool {
		return i != best && !v.reportingDate(lower, i) && !v.comparisonDate(lower, i) && !v.periodEnd(lower, i)
	}
	for _, m := range v.cal.FindAll(text) {
		if other(m.Start) {
			out = append(out, dayNumber(time.Date(m.Date.Year, time.Month(m.Date.Month), m.Date.Day, 0, 0, 0, 0, time.UTC)))
		}
	}
	for _, y := range v.findYearless(text) {
		if day, ok := nearestYear(y, pub); ok && other(y.start) {
			out = append(out, dayNumber(day))
		}
	}
	for _, w := range sortedKeys(v.relDay) {
		if i := v.wordIndex(lower, w); i >= 0 && other(i) {
			out = append(out, dayNumber(pub.AddDate(0, 0, v.relDay[w])))
		}
	}
	for _, name := range sortedKeys(v.weekdays) {
		wd := v.weekdays[name]
		if i := v.wordIndex(lower, name); i >= 0 && other(i) {
			out = append(out, dayNumber(pub.AddDate(0, 0, -((int(pub.Weekday())-int(wd)+7)%7))),
				dayNumber(pub.AddDate(0, 0, (int(wd)-int(pub.Weekday())+7)%7)))
		}
	}
	return out
}

// datedWeekday reports whether the text after a weekday gives its date:
// ", 17 April", " den 17 april", " April 17".
func (v *vocab) datedWeekday(after string) bool {
	t := strings.TrimLeft(after, " ,\u00a0")
	t = strings.TrimPrefix(t, "den ")
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		// A date, not a count: "Thursday 17 April", "Tuesday 3/4", not
		// "On Tuesday, 40 people were killed".
		if ys := v.findYearless(t); len(ys) > 0 && ys[0].start == 0 {
			return true
		}
		ms := v.cal.FindAll(t)
		return len(ms) > 0 && ms[0].Start == 0
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return false
	}
	if v.cal.MonthNumber(t[:end]) == 0 {
		return false
	}
	rest := strings.TrimLeft(t[end:], " .\u00a0")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

func dateRaw(day time.Time, text string, start, end int) Raw {
	n := dayNumber(day)
	return Raw{Measure: MeasureDate, Kind: "date", Low: n, High: n, Text: text, Start: start, End: end,
		Display: day.Format("2006-01-02"), Weekday: day.Weekday()}
}

// PublishedDay returns the day number (days since 1970-01-01) of a
// publication date written YYYY-MM-DD, or 0 when it is not one.
func PublishedDay(published string) float64 {
	d, ok := dates.Parse(published)
	if !ok {
		return 0
	}
	return dayNumber(time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC))
}

// dayNumber counts days since 1970-01-01.
func dayNumber(t time.Time) float64 { return float64(t.Unix() / 86400) }

// wordIndex finds w in s on word boundaries: the runes around it are no
// letters or digits (a Swedish weekday may take endings, "måndagen").
func (v *vocab) wordIndex(s, w string) int {
	from := 0
	for {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		okBefore := i == 0 || !wordRune(before)
		okAfter := i+len(w) >= len(s) || !wordRune(after) || v.weekdaysPrefix(w)
		if okBefore && okAfter {
			return i
		}
		from = i + 1
	}
}

// weekdaysPrefix lets Swedish weekdays take endings ("måndagen").
func (v *vocab) weekdaysPrefix(w string) bool {
	_, ok := v.weekdays[w]
	return ok && strings.HasSuffix(w, "dag")
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// datesCompatible compares two event dates: an unresolved one is
// compatible with anything unless both carry a day and month (MonthDay),
// compared a day apart at most; resolved days may differ by one (overnight
// counts), match through any other day their sentences name (Alt), and a
// day after the other article's publication (Pub) is a later development;
// a bare weekday matches a day on that weekday or next to it.
func datesCompatible(a, b Value) bool {
	if a.Unresolved || b.Unresolved {
		// A day and month without a year still meets another day and
		// month: "14 April" is not 17 April, whatever the year.
		am, bm := monthDay(a), monthDay(b)
		if am == 0 || bm == 0 {
			return true
		}
		// Any day either sentence names may be the event's (Alt).
		for _, x := range append([]int{am}, altMonthDays(a)...) {
			for _, y := range append([]int{bm}, altMonthDays(b)...) {
				if d := dayOfYear(x) - dayOfYear(y); d >= -1 && d <= 1 || d >= 365 || d <= -365 { // 31 December and 1 January
					return true
				}
			}
		}
		return false
	}
	if a.Period || b.Period {
		// Periods ("last week") agree with any day or period they overlap.
		if a.Low == 0 || b.Low == 0 {
			return true // a bare weekday inside a period: cannot tell
		}
		return a.Low-1 <= b.High && b.Low-1 <= a.High
	}
	ar, br := a.Low != 0, b.Low != 0
	switch {
	case ar && br && (b.Pub != 0 && a.Low > b.Pub || a.Pub != 0 && b.Low > a.Pub):
		// A day after the other article was published is a later
		// development it could not report ("a firefighter died on
		// Tuesday" against "the fire broke out on Sunday").
		return true
	case ar && br:
		// Any day either sentence names may be the event's.
		for _, x := range append([]float64{a.Low}, a.Alt...) {
			for _, y := range append([]float64{b.Low}, b.Alt...) {
				if d := x - y; d >= -1 && d <= 1 {
					return true
				}
			}
		}
		return false
	case ar != br:
		wd := a.Weekday
		day := b.Low
		if ar {
			wd, day = b.Weekday, a.Low
		}
		// 1970-01-01 was a Thursday.
		got := time.Weekday((int(day)%7 + 4 + 7) % 7)
		diff := (int(got) - int(wd) + 7) % 7
		return diff == 0 || diff == 1 || diff == 6
	default:
		diff := (int(a.Weekday) - int(b.Weekday) + 7) % 7
		return diff == 0 || diff == 1 || diff == 6
	}
}

// monthDay returns month*100+day of a date value: from a resolved day,
// or from a date written without a year; 0 for anything else (weekdays,
// periods, relative words).
func monthDay(v Value) int {
	if v.MonthDay != 0 {
		return v.MonthDay
	}
	if v.Unresolved || v.Period || v.Low == 0 {
		return 0
	}
	t := time.Unix(int64(v.Low)*86400, 0).UTC()
	return int(t.Month())*100 + t.Day()
}

// altMonthDays returns month*100+day of each other day v's sentence names.
func altMonthDays(v Value) []int {
	out := make([]int, 0, len(v.Alt))
	for _, d := range v.Alt {
		t := time.Unix(int64(d)*86400, 0).UTC()
		out = append(out, int(t.Month())*100+t.Day())
	}
	return out
}

// dayOfYear places month*100+day in a leap year.
func dayOfYear(md int) int {
	return time.Date(2024, time.Month(md/100), md%100, 0, 0, 0, 0, time.UTC).YearDay()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
