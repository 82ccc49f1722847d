// Package quantity finds numeric quantities in English and Swedish news
// text: counts, percentages, amounts of money, ordinals (ranks) and years,
// with any hedge ("nearly", "drygt") or range ("between 30,000 and
// 35,000") around them. The claims stage uses them to line up figures
// across sources.
//
// All offsets are 0-based, half-open byte offsets [Start, End) into the
// text given, so text[Start:End] == Text.
//
// # Numbers in digits
//
// The conventions depend on the language given to [FindAll] and
// [ParseNumber]:
//
//   - "en": thousands separated by commas ("41,372", "1,000,000"), a
//     decimal point ("1.5"). "1,5" is not a number.
//   - "sv": a decimal comma ("1,5", "2,5 miljoner"; "1,500" is 1.5), and
//     also a decimal point unless exactly three digits follow it ("1.5" is
//     1.5, "1.500" is rejected as ambiguous).
//   - "" (or any other value): both. A comma followed by exactly three
//     digits separates thousands ("1,500" is 1500), any other comma is a
//     decimal comma ("1,5" is 1.5).
//
// In every language, thousands may also be separated by a space, a
// no-break space (U+00A0), a thin space (U+2009) or a narrow no-break
// space (U+202F): "350 000". Such grouping needs a first group of one to
// three digits followed only by groups of exactly three digits, all with
// the same separator. A number with a leading zero ("020", "007") is
// never a quantity; "0", "0.5" and "0,5" are.
//
// Scales follow the number directly ("1.5m", "2bn", "3tn", and "£50k",
// "$2b" with a currency only) or after a space ("3.2 million",
// "3 miljoner", "2,5 miljarder", "10 tusen", "5 milj.", "3 mdr"). The
// Swedish "mkr", "mdkr", "tkr" and "MSEK" give both a scale and SEK.
// "m" is always read as million, never as metres.
//
// # Numbers in words
//
// English zero..nineteen, twenty..ninety, "twenty-five", "a hundred",
// "two hundred and fifty", "three thousand", "a dozen" (12), "two dozen",
// "half a million", "a million"; Swedish noll..nitton, tjugo..nittio,
// hundra, tusen, miljon(er), miljard(er), also written as one word
// ("tjugofem", "tvåhundrafemtio", "tretusen"), "ett dussin",
// "en halv miljon". "one", "a", "en" and "ett" on their own are never
// numbers, but "one hundred", "en miljon" are. In language "" the
// Swedish "sex" on its own is not a number (it is an English word).
// Capitalised and upper-case forms count.
//
// # Kinds
//
//   - [Percent]: "24%", "24 %", "24 per cent", "24 percent", "24 procent",
//     and also "percentage points" and "procentenheter".
//   - [Money]: a currency sign or code before the number ("£33m", "$2
//     billion", "€5m", "US$5m", "SEK 10 000"), or a currency word after it
//     ("10 000 kronor", "500 kr", "3 miljoner kronor", "5 dollars",
//     "euro", "pund", "pounds sterling", "SEK"). "$" is always USD.
//     "pounds" alone is not money (it may be a weight). Other dollar
//     signs ("A$", "C$") make the number skipped.
//   - [Ordinal]: "4th", "21st" (1st..99th with the right suffix), Swedish
//     "4:e", "1:a"; English first..twentieth, "twenty-first",
//     "thirtieth".."ninetieth"; Swedish första..tjugonde but not "andra"
//     (it also means "other"). An ordinal written in words is kept only
//     when it looks like a rank: it is in a hyphenated compound
//     ("fourth-largest"), a determiner or a verb of placing comes just
//     before it ("the fourth", "came fourth", "kom fjärde"; up to three
//     words back for the verbs), or a word that is not a function word
//     follows ("fourth place", "fjärde plats"). Low = High = the rank.
//   - [Year]: a bare four-digit number 1800..2100 with no separator,
//     scale, currency or percent, no hedge other than "about"/"roughly",
//     not in a hyphenated compound (except Swedish decades such as
//     "1990-talet"), not followed by a counted noun such as "people" or
//     "personer", and not in a range with a number that is not a year
//     ("2019-2020" is a Year range).
//   - [Count]: everything else.
//
// # Hedges and ranges
//
// A hedge before the number is part of the span and normalised in
// Quantity.Hedge; see the field for the list. A range is written
// "60,000-70,000" (hyphen or en dash, with a space on both sides or on
// neither), "60,000 to 70,000", "5 till 7" (Swedish), "between 60,000 and
// 70,000", "from 5 to 7", "mellan 30 000 och 35 000" or "från 5 till 7";
// Low must be less than High. A scale, unit or currency written once is
// shared: "2-3 million", "£2-3m", "20-30%", "tre till fyra miljoner".
// "60-70,000" is read as 60,000-70,000 only when the first number has as
// many digits as the first group of the second and every later group of
// the second is "000" (also "150-200,000", "60–70 000"); other such forms,
// where both readings are plausible ("5-10,000", "60-70,500"), are
// skipped entirely. A hyphen between two numbers that do not form a range
// ("2-1", "2019-20") makes both skipped (scores, seasons, codes). A bare
// "to"/"till" does not form a range after "by"/"med" ("rose by 5 to 30").
//
// # Compounds
//
// A number joined by a hyphen to a word ("21-seat", "three-member",
// "tre-mannen", "fourth-largest") has that word in Quantity.Compound;
// the span ends after it. Fractions ("two-thirds", "three-quarters") are
// skipped.
//
// # What is skipped
//
//   - Numbers inside a date found by [dates.FindAll], and day numbers next
//     to a month name without a year ("15 January", "January 15",
//     "4th of July", "15 maj").
//   - Times and ratios: "10:30", "3:1", a number followed by am/pm or a
//     time zone, or preceded by "kl."/"klockan". ("at 10.30" on its own is
//     read as 10.3.)
//   - Numbers inside words or identifiers ("demo2", "A4", "COVID-19",
//     "5G", "1990s", "B-52"), and numbers written straight after a hyphen,
//     slash, "#", "+", "£"/"$"/"€" not consumed as a currency, or a
//     leading apostrophe with two digits ("'19").
//   - Labels: a number after "No" (capitalised), "No.", "nr", "number",
//     "nummer".
//   - Malformed runs ("1.2.3", "192.168.0.1", "1/2", "2018,300").
//   - Phone-like runs: a number with a leading zero or a "+" before it,
//     and runs of three or more digit groups separated by spaces, hyphens,
//     dots or slashes with seven or more digits that are not read in full
//     as one number or range ("123 45 67").
//
// FindAll never panics, whatever the input (including invalid UTF-8), and
// runs in time roughly linear in the length of the text.
package quantity

import (
	"math"
	"strings"
)

// Kind is the kind of a quantity.
type Kind string

// The kinds of quantity.
const (
	// Count is a plain number of things: "41,372", "three", "2.3m".
	Count Kind = "count"
	// Percent is a percentage: "24%", "24 per cent", "24,5 procent".
	Percent Kind = "percent"
	// Money is an amount with a currency: "£33m", "10 000 kronor".
	Money Kind = "money"
	// Ordinal is a rank: "fourth", "21st", "fjärde".
	Ordinal Kind = "ordinal"
	// Year is a bare year 1800..2100: "2018".
	Year Kind = "year"
)

// Quantity is one numeric expression found in text.
type Quantity struct {
	// Start and End are the byte offsets (0-based, half-open) of the whole
	// expression, including hedge, range and compound words: "between
	// 30,000 and 35,000", "nära 120 000", "21-seat".
	Start, End int
	// Text is text[Start:End].
	Text string
	// Low and High are the value, equal for a single value; a range gives
	// both (Low < High). Scales are applied ("2.3m" is 2300000) and a
	// percentage is given in percent (24 for "24%"). Ordinals give the
	// rank (4 for "fourth").
	Low, High float64
	// Kind is the kind of quantity.
	Kind Kind
	// Currency is "GBP", "USD", "EUR" or "SEK" for Money, else "".
	Currency string
	// Hedge is the normalised hedge before the number, or "": one of
	// "about" (about, around, approximately, some, an estimated; cirka,
	// ca, c:a, omkring, runt, kring, ungefär), "roughly", "nearly" (nearly,
	// close to; nära, närmare, knappt), "almost" (almost; nästan), "over"
	// (over, just over, well over; drygt), "under" (under, just under, well
	// under — English only), "more than" (more than, in excess of, upwards
	// of; över, mer än, fler än), "less than" (less than, fewer than;
	// under, mindre än, färre än), "at least" (at least, no fewer than, no
	// less than; minst), "at most" (at most, no more than) and "up to" (up
	// to, as many as; högst, upp till, uppemot). With language "" the
	// English meaning of "under" wins.
	Hedge string
	// Compound is the word after the hyphen of a hyphenated compound
	// ("seat" for "21-seat", "member" for "three-member", "mannen" for
	// "tre-mannen"), as written; else "".
	Compound string
	// Word reports that the number was written in words ("three", "tre",
	// "fourth"), for a range if either end was.
	Word bool
}

// FindAll returns the quantities in text, in order of Start and
// non-overlapping. lang is "en", "sv" or "" for both sets of rules (any
// other value is treated as ""). It returns nil if there are none.
func FindAll(text, lang string) []Quantity { return defaultFind().FindAll(text, lang) }

// FindAll is the package-level FindAll with f's vocabulary.
func (f *Finder) FindAll(text, lang string) []Quantity {
	sc := newScanner(text, lang, f.v)
	masks := f.cal.FindAll(text)
	var out []Quantity
	mi := 0
	for i := 0; i < len(text); {
		for mi < len(masks) && masks[mi].End <= i {
			mi++
		}
		if mi < len(masks) && masks[mi].Start <= i {
			i = masks[mi].End
			continue
		}
		r, size := runeAt(text, i)
		if startable(r) {
			if pr, _ := runeBefore(text, i); !isWordRune(pr) {
				q, ok, next := sc.matchAt(i)
				if ok && (mi >= len(masks) || q.End <= masks[mi].Start) && valid(q) {
					q.Text = text[q.Start:q.End]
					out = append(out, q)
					i = q.End
					continue
				}
				if !ok && next > i {
					i = next
					continue
				}
			}
		}
		i += size
	}
	return out
}

// valid is a last safety check on a quantity before it is returned.
func valid(q Quantity) bool {
	return q.End > q.Start && !math.IsNaN(q.Low) && !math.IsNaN(q.High) &&
		!math.IsInf(q.Low, 0) && !math.IsInf(q.High, 0) && q.Low <= q.High
}

// ParseNumber parses s, a single number written in digits and nothing
// else (white space around it is allowed), using the conventions of lang
// ("en", "sv" or "" for both; see the package documentation): "41,372",
// "350 000", "1.5", "1,5" (sv or ""), "2.3m", "2bn", "50k", "1.2 million",
// "3 miljoner", "2,5 miljarder". Currency signs, units and number words are
// not accepted. ok is false if s is not such a number, or its value is too
// large to represent.
func ParseNumber(s, lang string) (float64, bool) { return defaultFind().ParseNumber(s, lang) }

// ParseNumber is the package-level ParseNumber with f's scale words.
func (f *Finder) ParseNumber(s, lang string) (float64, bool) {
	t := strings.TrimSpace(s)
	if t == "" || !isDigit(t[0]) {
		return 0, false
	}
	sc := newScanner(t, lang, f.v)
	n, bad := sc.digits(0)
	if bad {
		return 0, false
	}
	v := n.val
	k := n.end
	if k < len(t) && isLetterAt(t, k) {
		e := asciiLetterEnd(t, k)
		suf, ok := scaleSuffixes[strings.ToLower(t[k:e])]
		if !ok {
			return 0, false
		}
		v *= suf.scale
		k = e
	} else if scale, cur, e, ok := sc.scaleWord(k); ok && cur == "" {
		v *= scale
		k = e
	}
	if k != len(t) || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}
