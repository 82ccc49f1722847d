package lexicon

import (
	"strings"
	"time"
)

// InOrder returns concept n's entries in the order they are written: its
// own lines, then each included concept's entries (in this order), then
// the entries users added; each once. Rules whose result depends on
// which entry matches first (and the calendar concepts, whose line
// numbers are month and day numbers) and the regular expressions built
// from a concept (Pattern) read it; everything else uses the sets.
func (l *Lexicon) InOrder(n Name) []string {
	c, ok := l.concepts[n]
	if !ok {
		panic("lexicon: unknown concept " + string(n))
	}
	seen := map[string]bool{}
	var out []string
	add := func(ws []string) {
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	add(c.Own)
	for _, inc := range c.Include {
		add(l.InOrder(inc))
	}
	add(c.Added)
	return out
}

// MonthWord is what a month word stands for.
type MonthWord struct {
	// Month is the month's number, 1-12.
	Month int
	// Abbrev marks an abbreviation, which may take a full stop ("Sept.").
	Abbrev bool
}

// MonthWords maps every entry of the month concepts of the languages
// given (months_<lang> and month_abbreviations_<lang>) to its month: a
// full name by its line (the twelve own lines of months_en run from
// January to December), an abbreviation, or a name a user added, by the
// full name it begins ("sept" -> 9, "okt" -> 10). An entry that begins no
// month name is left out. A full name wins over an abbreviation.
func (l *Lexicon) MonthWords(langs ...string) map[string]MonthWord {
	out := map[string]MonthWord{}
	var full []string // month names, index 0 = January, per language in turn
	for _, lang := range langs {
		c := l.Concept(Name("months_" + lang))
		if c == nil {
			continue
		}
		for i, w := range c.Own {
			if i < 12 {
				out[w] = MonthWord{Month: i + 1}
				full = append(full, w)
			}
		}
	}
	byPrefix := func(w string) int {
		for i, f := range full {
			if strings.HasPrefix(f, w) {
				return i%12 + 1
			}
		}
		return 0
	}
	for _, lang := range langs {
		for _, n := range []Name{Name("months_" + lang), Name("month_abbreviations_" + lang)} {
			c := l.Concept(n)
			if c == nil {
				continue
			}
			abbrev := n != Name("months_"+lang)
			for _, w := range l.InOrder(n) {
				if _, ok := out[w]; ok {
					continue
				}
				if m := byPrefix(w); m != 0 {
					out[w] = MonthWord{Month: m, Abbrev: abbrev}
				}
			}
		}
	}
	return out
}

// WeekdayWords maps every entry of the full weekday concepts of the
// languages given (weekdays_<lang>) to its day: by its line (the seven
// own lines run from Monday to Sunday); a name a user added maps to the
// day whose name begins it or that it begins ("måndagen", "tues"), and is
// left out when there is none. Abbreviations are not included (see
// WeekdayAbbreviationsEn).
func (l *Lexicon) WeekdayWords(langs ...string) map[string]time.Weekday {
	out := map[string]time.Weekday{}
	type day struct {
		name string
		wd   time.Weekday
	}
	var full []day
	for _, lang := range langs {
		c := l.Concept(Name("weekdays_" + lang))
		if c == nil {
			continue
		}
		for i, w := range c.Own {
			if i < 7 {
				wd := time.Weekday((i + 1) % 7)
				out[w] = wd
				full = append(full, day{w, wd})
			}
		}
	}
	for _, lang := range langs {
		c := l.Concept(Name("weekdays_" + lang))
		if c == nil {
			continue
		}
		for _, w := range c.Added {
			if _, ok := out[w]; ok {
				continue
			}
			for _, d := range full {
				if strings.HasPrefix(d.name, w) || strings.HasPrefix(w, d.name) {
					out[w] = d.wd
					break
				}
			}
		}
	}
	return out
}
