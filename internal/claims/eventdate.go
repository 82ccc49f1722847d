package claims

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dates"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
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
func EventDate(src string, lead []span.Span, published string) (Raw, bool) {
	return EventDateWith(src, lead, published, ExtractOptions{})
}

// EventDateWith is EventDate with options: the lexicon, and passes
// switched off.
func EventDateWith(src string, lead []span.Span, published string, opts ExtractOptions) (Raw, bool) {
	return opts.lexicon().v.eventDate(src, lead, published, true, opts.Off)
}

// EventDay is EventDate without periods ("last year"): for searching the
// whole body, where a week or a year usually belongs to another event.
func EventDay(src string, sents []span.Span, published string) (Raw, bool) {
	return EventDayWith(src, sents, published, ExtractOptions{})
}

// EventDayWith is EventDay with options.
func EventDayWith(src string, sents []span.Span, published string, opts ExtractOptions) (Raw, bool) {
	return opts.lexicon().v.eventDate(src, sents, published, false, opts.Off)
}

// dateScan looks for the event date in one sentence: each finder below
// takes a date expression that starts before the best one so far (best,
// an offset into text, -1 for none) and that no filter leaves out.
type dateScan struct {
	v   *vocab
	off rules.Off
	// s is the sentence, text its text and lower its lower case (same
	// offsets).
	s           span.Span
	text, lower string
	// pub is the publication day, when hasPub.
	pub    time.Time
	hasPub bool
	best   int
	r      Raw
}

func (v *vocab) eventDate(src string, lead []span.Span, published string, periods bool, off rules.Off) (Raw, bool) {
	d := dateScan{v: v, off: off}
	if p, ok := v.cal.Parse(published); ok {
		d.pub, d.hasPub = time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC), true
	}
	for _, s := range lead {
		d.s, d.text, d.best, d.r = s, src[s.Start:s.End], -1, Raw{}
		d.lower = textutil.Lower(d.text)
		d.absolute()
		d.yearless()
		d.relativeDay()
		if periods {
			d.relativePeriod()
		}
		d.weekday()
		if d.best < 0 {
			continue
		}
		d.r.Sentence = s
		d.r.How = ByMention
		for _, p := range dateRefinements {
			if off.Enabled(p.Info) {
				p.Run(&d)
			}
		}
		if d.hasPub {
			d.r.Alt = d.otherDays()
			d.r.Pub = dayNumber(d.pub)
		}
		return d.r, true
	}
	return Raw{}, false
}

// dateKind is the kind of a date expression the filters look at.
type dateKind int

const (
	dateAbsolute dateKind = iota // "14 March 2025"
	dateYearless                 // "14 March"
	dateRelDay                   // "yesterday"
	dateWeekday                  // "on Monday"
	dateOther                    // another day the sentence names (Alt)
)

// skip reports whether a filter leaves out the date expression of kind k
// at lower[i:end].
func (d *dateScan) skip(k dateKind, i, end int) bool {
	for _, p := range dateFilters {
		if d.off.Enabled(p.Info) && p.Run(d, k, i, end) {
			return true
		}
	}
	return false
}

// absolute takes the first full date ("14 March 2025").
func (d *dateScan) absolute() {
	for _, m := range d.v.cal.FindAll(d.text) {
		if d.skip(dateAbsolute, m.Start, m.End) {
			continue
		}
		d.best = m.Start
		day := time.Date(m.Date.Year, time.Month(m.Date.Month), m.Date.Day, 0, 0, 0, 0, time.UTC)
		d.r = dateRaw(day, m.Text, d.s.Start+m.Start, d.s.Start+m.End)
		return
	}
}

// yearless takes the first day and month before it ("on 14 March"),
// dated in the year nearest publication.
func (d *dateScan) yearless() {
	for _, y := range d.v.findYearless(d.text) {
		if d.best >= 0 && y.start >= d.best || d.skip(dateYearless, y.start, y.end) {
			continue
		}
		d.best = y.start
		text, start, end := d.text[y.start:y.end], d.s.Start+y.start, d.s.Start+y.end
		if day, ok := nearestYear(y, d.pub); d.hasPub && ok {
			if day.After(d.pub) && !d.v.scheduled(d.lower, y.start) {
				// Without a word of the future a day and month names the
				// last such day: "on 20 June" in January is last June.
				if last := day.AddDate(-1, 0, 0); d.pub.Sub(last) < 300*24*time.Hour {
					day = last
				}
			}
			d.r = dateRaw(day, text, start, end)
		} else {
			d.r = Raw{Measure: MeasureDate, Kind: "date", Text: text, Start: start, End: end,
				Display: text + " (unresolved)", Unresolved: true, MonthDay: int(y.month)*100 + y.day}
		}
		return
	}
}

// relativeDay takes a day-relative word before it ("yesterday", "i går").
func (d *dateScan) relativeDay() {
	for _, w := range d.v.relDayKeys {
		i := d.v.wordIndex(d.lower, w)
		if i < 0 || d.best >= 0 && i >= d.best || d.skip(dateRelDay, i, i+len(w)) {
			continue
		}
		d.best = i
		text, start, end := d.text[i:i+len(w)], d.s.Start+i, d.s.Start+i+len(w)
		if d.hasPub {
			d.r = dateRaw(d.pub.AddDate(0, 0, d.v.relDay[w]), text, start, end)
		} else {
			d.r = Raw{Measure: MeasureDate, Kind: "date", Text: text, Start: start, End: end,
				Display: text + " (unresolved)", Unresolved: true}
		}
	}
}

// relativePeriod takes a week- or year-relative phrase before it ("last
// week", "i år"): a period.
func (d *dateScan) relativePeriod() {
	for _, w := range d.v.relPeriodKeys {
		i := d.v.wordIndex(d.lower, w)
		if i < 0 || d.best >= 0 && i >= d.best {
			continue
		}
		d.best = i
		text := d.text[i : i+len(w)]
		d.r = Raw{Measure: MeasureDate, Kind: "date", Text: text, Start: d.s.Start + i, End: d.s.Start + i + len(w)}
		if d.hasPub {
			lo, hi := d.v.relPeriod[w](d.pub)
			d.r.Low, d.r.High = dayNumber(lo), dayNumber(hi)
			d.r.Display = lo.Format("2006-01-02") + ".." + hi.Format("2006-01-02") + " (" + text + ")"
		} else {
			d.r.Display, d.r.Unresolved = text+" (unresolved)", true
		}
		d.r.Period = true
	}
}

// weekday takes a weekday before it ("on Monday", "på måndagen"),
// resolved to the latest such day on or before publication, or, for an
// announced one, the next on or after it.
func (d *dateScan) weekday() {
	lower := d.lower
	for _, name := range d.v.weekdayKeys {
		wd := d.v.weekdays[name]
		i := d.v.wordIndex(lower, name)
		if i < 0 || d.best >= 0 && i >= d.best || d.skip(dateWeekday, i, i+len(name)) {
			continue
		}
		d.best = i
		end := i + len(name)
		for end < len(lower) && d.v.weekdaysPrefix(name) {
			r, n := utf8.DecodeRuneInString(lower[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += n // måndagen, måndags, måndagskvällen
		}
		d.r = Raw{Measure: MeasureDate, Kind: "date", Text: d.text[i:end], Start: d.s.Start + i, End: d.s.Start + end,
			Weekday: wd, Display: wd.String()}
		if d.hasPub {
			pub := d.pub
			day := pub.AddDate(0, 0, -((int(pub.Weekday()) - int(wd) + 7) % 7))
			if d.v.scheduled(lower, i) {
				day = pub.AddDate(0, 0, (int(wd)-int(pub.Weekday())+7)%7)
			}
			d.r.Low, d.r.High = dayNumber(day), dayNumber(day)
			d.r.Display = day.Format("2006-01-02") + " (" + wd.String() + ")"
		}
	}
}

// weekdayAnchored reports a weekday that names the event: after "on",
// "last", "på", "i", "since", "from", "starting" or "next", or as a
// possessive ("Tuesday's fire"), or in "måndagen"/"måndags".
func (v *vocab) weekdayAnchored(lower string, i, end int) bool {
	before := strings.TrimSpace(lower[:i])
	after := lower[end:]
	return v.weekdayAnchors.has(before[strings.LastIndexByte(before, ' ')+1:]) ||
		strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ")
}

// relativeClause reports a date inside a relative clause, background to
// the sentence's event: "X, who was jailed on 14 March 2024, has won his
// appeal", "X, som dömdes den 3 mars, ...".
func (v *vocab) relativeClause(lower string, i int) bool {
	for w := range v.relativePronouns {
		rel := ", " + w + " "
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

// A wire dateline before and after its date: a place of up to four
// capitalised words, up to two more after commas ("SPRINGFIELD, Ill.,"),
// then the date, an optional year, an optional bracketed agency and a
// dash ("LONDON, Dec 6 (Agency) - ", "CHICAGO, March 5 - ").
var (
	reDatelineBefore = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2},\s*$`)
	reDatelineAfter  = regexp.MustCompile(`^\.?(?:,?\s*\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:--?|–|—)\s`)
)

// datelineDate reports whether the date at text[i:end] is the one of a
// wire dateline opening the sentence.
func datelineDate(text string, i, end int) bool {
	return reDatelineBefore.MatchString(text[:i]) && reDatelineAfter.MatchString(text[end:])
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
// from publication. Dates of a statement, of a figure compared with or
// of a period's end date no event: the filters leave them out here too.
func (d *dateScan) otherDays() []float64 {
	var out []float64
	pub := d.pub
	other := func(i, end int) bool { return i != d.best && !d.skip(dateOther, i, end) }
	for _, m := range d.v.cal.FindAll(d.text) {
		if other(m.Start, m.End) {
			out = append(out, dayNumber(time.Date(m.Date.Year, time.Month(m.Date.Month), m.Date.Day, 0, 0, 0, 0, time.UTC)))
		}
	}
	for _, y := range d.v.findYearless(d.text) {
		if day, ok := nearestYear(y, pub); ok && other(y.start, y.end) {
			out = append(out, dayNumber(day))
		}
	}
	for _, w := range d.v.relDayKeys {
		if i := d.v.wordIndex(d.lower, w); i >= 0 && other(i, i+len(w)) {
			out = append(out, dayNumber(pub.AddDate(0, 0, d.v.relDay[w])))
		}
	}
	for _, name := range d.v.weekdayKeys {
		wd := d.v.weekdays[name]
		if i := d.v.wordIndex(d.lower, name); i >= 0 && other(i, i+len(name)) {
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

// PublishedAt is PublishedDay with the time of day as a fraction of the
// day ("15:04", 24-hour; "" for none): an article published in the
// evening is later than one of the same morning.
func PublishedAt(published, clock string) float64 {
	d := PublishedDay(published)
	if d == 0 {
		return 0
	}
	t, err := time.Parse("15:04", clock)
	if err != nil {
		return d
	}
	return d + float64(t.Hour()*60+t.Minute())/1440
}

// dayNumber counts days since 1970-01-01.
func dayNumber(t time.Time) float64 { return float64(t.Unix() / 86400) }

// wordIndex finds w in s on word boundaries: the runes around it are no
// letters or digits (a Swedish weekday may take endings, "måndagen").
// An empty w is nowhere.
func (v *vocab) wordIndex(s, w string) int {
	if w == "" {
		return -1
	}
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
		return yearlessCompatible(a, b)
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
	case ar && br && !a.Established && !b.Established && (b.Pub != 0 && a.Low > b.Pub || a.Pub != 0 && b.Low > a.Pub):
		// A day after the other article was published is a later
		// development it could not report ("a firefighter died on
		// Tuesday" against "the fire broke out on Sunday").
		return true
	case ar && br:
		return daysMeet(a, b)
	case ar != br:
		wd := a.Weekday
		day := b.Low
		if ar {
			wd, day = b.Weekday, a.Low
		}
		// 1970-01-01 was a Thursday.
		return weekdaysNear(time.Weekday((int(day)%7+4+7)%7), wd)
	default:
		return weekdaysNear(a.Weekday, b.Weekday)
	}
}

// yearlessCompatible compares dates one of which is unresolved: only a
// day and month on both sides ("14 April" is not 17 April, whatever the
// year) can contradict, a day apart at most, through any day either
// sentence names (Alt).
func yearlessCompatible(a, b Value) bool {
	am, bm := monthDay(a), monthDay(b)
	if am == 0 || bm == 0 {
		return true
	}
	for _, x := range append([]int{am}, altMonthDays(a)...) {
		for _, y := range append([]int{bm}, altMonthDays(b)...) {
			if d := dayOfYear(x) - dayOfYear(y); d >= -1 && d <= 1 || d >= 365 || d <= -365 { // 31 December and 1 January
				return true
			}
		}
	}
	return false
}

// daysMeet reports two resolved days a day apart at most, through any
// day either sentence names (Alt): any of them may be the event's.
func daysMeet(a, b Value) bool {
	for _, x := range append([]float64{a.Low}, a.Alt...) {
		for _, y := range append([]float64{b.Low}, b.Alt...) {
			if d := x - y; d >= -1 && d <= 1 {
				return true
			}
		}
	}
	return false
}

// weekdaysNear reports two weekdays the same or a day apart.
func weekdaysNear(a, b time.Weekday) bool {
	diff := (int(a) - int(b) + 7) % 7
	return diff == 0 || diff == 1 || diff == 6
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
