package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanner holds the text being searched and the rules that apply.
type scanner struct {
	s      string
	en, sv bool // which language's rules apply; both for lang ""
	v      *vocab
}

func newScanner(s, lang string, v *vocab) *scanner {
	switch lang {
	case "en":
		return &scanner{s: s, en: true, v: v}
	case "sv":
		return &scanner{s: s, sv: true, v: v}
	}
	return &scanner{s: s, en: true, sv: true, v: v}
}

func (sc *scanner) both() bool   { return sc.en && sc.sv }
func (sc *scanner) enOnly() bool { return sc.en && !sc.sv }
func (sc *scanner) svOnly() bool { return sc.sv && !sc.en }

// ---- characters ----

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && isDigit(s[i]) }

// runeAt decodes the rune at i; it returns (0, 0) outside s.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at i; it returns (0, 0) at the start.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}

func isWordRune(r rune) bool {
	return isLetter(r) || r == '_' || (r < utf8.RuneSelf && isDigit(byte(r))) ||
		(r >= utf8.RuneSelf && unicode.IsDigit(r))
}

func isLetterAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isLetter(r)
}

// letterEnd returns the end of the run of letters starting at i.
func letterEnd(s string, i int) int {
	for i < len(s) {
		r, n := runeAt(s, i)
		if !isLetter(r) {
			break
		}
		i += n
	}
	return i
}

// asciiLetterEnd returns the end of the run of ASCII letters starting at i.
func asciiLetterEnd(s string, i int) int {
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return i
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f', '\u2007':
		return true
	}
	return false
}

// isInlineSpace reports the spaces allowed inside a number ("350 000") and
// around a range dash.
func isInlineSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f'
}

func isCurrencyRune(r rune) bool { return r == '£' || r == '$' || r == '€' }

// startable reports whether a quantity may start with r.
func startable(r rune) bool {
	return r < utf8.RuneSelf && isDigit(byte(r)) || isLetter(r) || isCurrencyRune(r)
}

// skipWS skips one or two white-space runes at i; ok is false if there
// are none.
func skipWS(s string, i int) (int, bool) {
	j := i
	for n := 0; n < 2; n++ {
		r, sz := runeAt(s, j)
		if sz == 0 || !isSpaceRune(r) {
			break
		}
		j += sz
	}
	return j, j > i
}

// skipInline skips at most one inline space at i.
func skipInline(s string, i int) (int, bool) {
	if r, sz := runeAt(s, i); sz > 0 && isInlineSpace(r) {
		return i + sz, true
	}
	return i, false
}

// nextWord returns the word after white space at i, or "".
func nextWord(s string, i int) (w string, start, end int) {
	j, ok := skipWS(s, i)
	if !ok {
		return "", i, i
	}
	e := letterEnd(s, j)
	return s[j:e], j, e
}

// prevWord returns the word before the white space that ends at i, and
// whether a full stop follows the word ("No. 10"), or "".
func prevWord(s string, i int) (w string, start int, dot bool) {
	j := i
	for n := 0; n < 2; n++ {
		r, sz := runeBefore(s, j)
		if sz == 0 || !isSpaceRune(r) {
			break
		}
		j -= sz
	}
	if j == i {
		return "", i, false
	}
	if j > 0 && s[j-1] == '.' {
		dot = true
		j--
	}
	e := j
	for n := 0; n < 40; n++ {
		r, sz := runeBefore(s, j)
		if sz == 0 || !isLetter(r) {
			break
		}
		j -= sz
	}
	return s[j:e], j, dot
}

// tightEnd returns the end of the run of word runes, and of . , : / - –
// ' % + and currency signs between word runes, that starts at i: the
// extent of a malformed number, identifier, time or code to skip.
func tightEnd(s string, i int) int {
	j := i
loop:
	for j < len(s) {
		r, sz := runeAt(s, j)
		if isWordRune(r) || (j == i && isCurrencyRune(r)) {
			j += sz
			continue
		}
		switch r {
		case '.', ',', ':', '/', '-', '–', '\'', '’', '%', '+', '$', '£', '€':
			if r2, _ := runeAt(s, j+sz); isWordRune(r2) {
				j += sz
				continue
			}
		}
		break loop
	}
	if j == i {
		_, sz := runeAt(s, i)
		j = i + max(sz, 1)
	}
	return j
}

// looseRun measures the run of digit groups starting at i, separated by
// single spaces, hyphens, dashes, dots or slashes: its end, its number of
// groups and of digits. It is used to recognise phone-like numbers.
func looseRun(s string, i int) (end, groups, digits int) {
	j := i
	for {
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == j {
			break
		}
		groups++
		digits += k - j
		j = k
		r, sz := runeAt(s, j)
		if !(isInlineSpace(r) || r == '-' || r == '–' || r == '.' || r == '/') || !isDigitAt(s, j+sz) {
			break
		}
		j += sz
	}
	return j, groups, digits
}

// ---- numbers in digits ----

// num is a number written in digits.
type num struct {
	end        int
	val        float64
	plainInt   bool // digits only, no separator or decimals
	nDigits    int  // digits in the first group (all of them when not grouped)
	grouped    bool // has thousands separators
	lead       float64
	zeroGroups int // groups after the first when all are "000", else -1
	frac       bool
}

// groupSep returns the class (',' or ' ') and size of a thousands
// separator at i, or size 0.
func groupSep(s string, i int) (byte, int) {
	r, sz := runeAt(s, i)
	switch {
	case r == ',':
		return ',', 1
	case isInlineSpace(r):
		return ' ', sz
	}
	return 0, 0
}

// digits parses the number in digits at i (s[i] is a digit). bad reports
// a malformed number: a leading zero, separators that do not fit the
// language, or a separator and digit after it ("1.2.3").
func (sc *scanner) digits(i int) (n num, bad bool) {
	s := sc.s
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	first := s[i:j]
	if len(first) > 1 && first[0] == '0' {
		return n, true
	}
	n.nDigits = len(first)
	g := sc.thousands(first, j)
	j = g.end
	frac, j, bad := sc.fraction(j, g.class)
	if bad {
		return n, true
	}
	if j < len(s) && (s[j] == '.' || s[j] == ',') && isDigitAt(s, j+1) {
		return n, true
	}
	str := g.intPart
	if frac != "" {
		str += "." + frac
	}
	v, err := strconv.ParseFloat(str, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return n, true
	}
	n.end, n.val = j, v
	n.grouped, n.frac = g.groups > 0, frac != ""
	n.plainInt = !n.grouped && !n.frac
	n.zeroGroups = -1
	if n.grouped {
		n.lead, _ = strconv.ParseFloat(first, 64)
		if g.allZero {
			n.zeroGroups = g.groups
		}
	}
	return n, false
}

// groupRun is the integer part of a number with its thousands groups.
type groupRun struct {
	intPart string // the digits of the integer part, separators removed
	end     int    // where the integer part ends
	groups  int    // groups of three digits after the first
	allZero bool   // every group after the first is "000"
	class   byte   // the separator's class (',' or ' '), 0 if none
}

// thousands reads the thousands groups after first, the leading digits
// ending at j: groups of exactly three digits behind one class of
// separator (no comma in Swedish alone); only a first group of up to
// three digits takes groups.
func (sc *scanner) thousands(first string, j int) groupRun {
	s := sc.s
	g := groupRun{intPart: first, allZero: true}
	var buf []byte
	if len(first) <= 3 {
		for {
			c, sz := groupSep(s, j)
			if sz == 0 || (g.class != 0 && c != g.class) || (c == ',' && sc.svOnly()) {
				break
			}
			k := j + sz
			if k+3 > len(s) || !isDigit(s[k]) || !isDigit(s[k+1]) || !isDigit(s[k+2]) || isDigitAt(s, k+3) {
				break
			}
			if buf == nil {
				buf = append(make([]byte, 0, 16), first...)
			}
			buf = append(buf, s[k:k+3]...)
			if s[k:k+3] != "000" {
				g.allZero = false
			}
			g.groups++
			g.class = c
			j = k + 3
		}
	}
	if buf != nil {
		g.intPart = string(buf)
	}
	g.end = j
	return g
}

// fraction reads the decimals at j, if a decimal mark and a digit stand
// there: their digits and end (j and "" if none). bad reports a decimal
// mark the language rules out: in Swedish alone a point before exactly
// three digits, in English alone a comma, in both a comma after comma
// groups or before exactly three digits. class is the thousands
// separator's class.
func (sc *scanner) fraction(j int, class byte) (frac string, end int, bad bool) {
	s := sc.s
	if j < len(s) && (s[j] == '.' || s[j] == ',') && isDigitAt(s, j+1) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		fd := k - j - 1
		if s[j] == '.' {
			if sc.svOnly() && fd == 3 {
				return "", j, true
			}
		} else if sc.enOnly() || (sc.both() && (class == ',' || fd == 3)) {
			return "", j, true
		}
		frac = s[j+1 : k]
		j = k
	}
	return frac, j, false
}

// ordSuffix returns the English ordinal suffix of n ("st", "nd", "rd", "th").
func ordSuffix(n int) string {
	if m := n % 100; m >= 11 && m <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// ---- atoms: one number with its currency, scale and unit ----

type atom struct {
	start, end int // span, including currency, scale and unit
	numStart   int // where the digits or words start
	mant       float64
	scale      float64
	scaled     bool
	val        float64
	cur        string
	pct        bool
	ord        bool
	word       bool
	svWord     bool // an ordinal word in Swedish
	digit      bool
	n          num
}

// atom parses one number starting at i. When ok is false, skip > i tells
// the caller to skip the text up to skip (a malformed number).
func (sc *scanner) atom(i int, noAnd bool) (a atom, ok bool, skip int) {
	s := sc.s
	a.start, a.scale = i, 1
	j := i
	if cur, k := sc.currencyPrefix(j); cur != "" {
		if !isDigitAt(s, k) {
			return a, false, 0
		}
		a.cur, j = cur, k
	}
	a.numStart = j
	if isDigitAt(s, j) {
		return sc.digitAtom(a)
	}
	if !isLetterAt(s, j) {
		return a, false, 0
	}
	return sc.wordAtom(a, noAnd)
}

// currencyPrefix returns the currency written at i and where the number
// should start, or "".
func (sc *scanner) currencyPrefix(i int) (string, int) {
	s := sc.s
	if i >= len(s) {
		return "", i
	}
	switch {
	case strings.HasPrefix(s[i:], "£"):
		return "GBP", i + len("£")
	case s[i] == '$':
		return "USD", i + 1
	case strings.HasPrefix(s[i:], "€"):
		return "EUR", i + len("€")
	case strings.HasPrefix(s[i:], "US$"):
		return "USD", i + 3
	}
	if i+3 <= len(s) {
		if cur, ok := currencyCodes[s[i:i+3]]; ok && !isLetterAt(s, i+3) {
			j := i + 3
			if r, sz := runeAt(s, j); r == ' ' || r == '\u00a0' {
				j += sz
			}
			return cur, j
		}
	}
	return "", i
}

// digitAtom parses the number in digits at a.numStart with what follows
// it: the punctuation right after the digits, a suffix in letters (an
// ordinal, a scale or pence), a scale word and a unit. When ok is false,
// skip > a.start tells the caller to skip the malformed text up to skip.
func (sc *scanner) digitAtom(a atom) (atom, bool, int) {
	s := sc.s
	n, bad := sc.digits(a.numStart)
	if bad {
		return a, false, sc.malformedEnd(a)
	}
	a.digit, a.n, a.mant = true, n, n.val
	k := n.end
	smallInt := n.plainInt && n.val >= 1 && n.val <= 99
	step := sc.digitPunct(&a, k, smallInt)
	if step == atomGoOn {
		k, step = sc.digitSuffix(&a, k, smallInt)
	}
	switch step {
	case atomDone:
		return a, true, 0
	case atomNone:
		return a, false, tightEnd(s, a.start)
	}
	if !a.scaled {
		if scale, cur, e, ok := sc.scaleWord(k); ok && (cur == "" || a.cur == "" || a.cur == cur) {
			a.scale, a.scaled, k = scale, true, e
			if cur != "" {
				a.cur = cur
			}
		}
	}
	a.end = sc.unit(&a, k)
	a.val = a.mant * a.scale
	if math.IsInf(a.val, 0) || math.IsNaN(a.val) {
		return a, false, tightEnd(s, a.start)
	}
	return a, true, 0
}

// atomStep tells how one step of digitAtom ends.
type atomStep int

const (
	atomGoOn atomStep = iota // read on
	atomDone                 // the atom is complete
	atomNone                 // no atom here: skip the token
)

// malformedEnd is where to skip to after malformed digits at a.numStart:
// the whole loose run of a number with a leading zero (a phone number or
// a code), else the token.
func (sc *scanner) malformedEnd(a atom) int {
	s, j := sc.s, a.numStart
	if s[j] == '0' && isDigitAt(s, j+1) {
		e, _, _ := looseRun(s, j)
		return max(e, tightEnd(s, a.start))
	}
	return tightEnd(s, a.start)
}

// digitPunct reads the punctuation at k, right after the digits: a
// Swedish ordinal ("1:a", "2:e") completes the atom; a colon or slash
// before a digit (a time, a score, a date) is no atom.
func (sc *scanner) digitPunct(a *atom, k int, smallInt bool) atomStep {
	s := sc.s
	if k >= len(s) {
		return atomGoOn
	}
	switch s[k] {
	case ':':
		if sc.sv && k+1 < len(s) && strings.IndexByte("eaEA", s[k+1]) >= 0 &&
			!isLetterAt(s, k+2) && !isDigitAt(s, k+2) && smallInt && a.cur == "" {
			a.ord, a.end, a.val = true, k+2, a.mant
			return atomDone
		}
		if isDigitAt(s, k+1) {
			return atomNone
		}
	case '/':
		if isDigitAt(s, k+1) {
			return atomNone
		}
	}
	return atomGoOn
}

// digitSuffix reads the letters at k, right after the digits, and
// returns where the number goes on: an English ordinal suffix ("21st")
// completes the atom; a scale suffix ("2.3m", "50k"), a Swedish krona
// scale ("5mkr") or pence ("420p") scales it; any other letters make it
// no atom.
func (sc *scanner) digitSuffix(a *atom, k int, smallInt bool) (int, atomStep) {
	s := sc.s
	if !isLetterAt(s, k) {
		return k, atomGoOn
	}
	e := asciiLetterEnd(s, k)
	if e == k || isLetterAt(s, e) || isDigitAt(s, e) {
		return k, atomNone
	}
	suf := strings.ToLower(s[k:e])
	if a.cur == "" && smallInt && suf == ordSuffix(int(a.n.val)) {
		a.ord, a.end, a.val = true, e, a.mant
		return e, atomDone
	}
	if x, ok := scaleSuffixes[suf]; ok && (!x.needCur || a.cur != "") {
		a.scale, a.scaled = x.scale, true
	} else if x, ok := sc.v.sekScales[suf]; ok && sc.sv && (a.cur == "" || a.cur == "SEK") {
		a.scale, a.scaled, a.cur = x, true, "SEK"
	} else if suf == "p" && sc.en && a.cur == "" {
		a.scale, a.scaled, a.cur = 0.01, true, "GBP" // "420p a share": pence
	} else {
		return k, atomNone
	}
	return e, atomGoOn
}

// scaleWord matches a scale word after white space at k ("million",
// "miljoner", "mkr"): its value, the currency it implies and its end.
func (sc *scanner) scaleWord(k int) (scale float64, cur string, end int, ok bool) {
	s := sc.s
	j, ok := skipWS(s, k)
	if !ok {
		return 0, "", 0, false
	}
	e := letterEnd(s, j)
	if e == j || isDigitAt(s, e) {
		return 0, "", 0, false
	}
	lw := strings.ToLower(s[j:e])
	if sc.en {
		if v, ok := sc.v.scaleWords[en][lw]; ok {
			return v, "", e, true
		}
	}
	if sc.sv {
		if v, ok := sc.v.scaleWords[sv][lw]; ok {
			if svScaleAbbrevDot[lw] && e < len(s) && s[e] == '.' {
				e++
			}
			return v, "", e, true
		}
		if v, ok := sc.v.sekScales[lw]; ok {
			return v, "SEK", e, true
		}
	}
	return 0, "", 0, false
}

// unit matches a percent sign or word, or (when a has no currency yet) a
// currency word or code after the number ending at k; it returns the new
// end.
func (sc *scanner) unit(a *atom, k int) int {
	s := sc.s
	if a.cur != "" {
		return k
	}
	j := k
	if r, sz := runeAt(s, j); isInlineSpace(r) {
		j += sz
	}
	if j < len(s) && s[j] == '%' {
		a.pct = true
		return j + 1
	}
	if e, ok := sc.percentWords(k); ok {
		a.pct = true
		return e
	}
	if cur, e, ok := sc.currencySuffix(k); ok {
		a.cur = cur
		return e
	}
	return k
}

// percentWords matches a word of percent_words_en or _sv ("percent",
// "pct", "procent", "procentenhet(er)"), "per cent" or "percentage
// point(s)" after white space at k.
func (sc *scanner) percentWords(k int) (int, bool) {
	s := sc.s
	w, _, e := nextWord(s, k)
	if w == "" {
		return 0, false
	}
	lw := strings.ToLower(w)
	switch {
	case sc.en && sc.v.percentWords[en].has(lw), sc.sv && sc.v.percentWords[sv].has(lw):
		return e, true
	case sc.en && (lw == "per" || lw == "percentage"):
		w2, _, e2 := nextWord(s, e)
		lw2 := strings.ToLower(w2)
		if lw == "per" && lw2 == "cent" || lw == "percentage" && (lw2 == "point" || lw2 == "points") {
			return e2, true
		}
	}
	return 0, false
}

// currencySuffix matches a currency word or code after white space at k.
func (sc *scanner) currencySuffix(k int) (string, int, bool) {
	s := sc.s
	w, _, e := nextWord(s, k)
	if w == "" || isDigitAt(s, e) {
		return "", 0, false
	}
	if cur, ok := currencyCodes[w]; ok {
		return cur, e, true
	}
	lw := strings.ToLower(w)
	if cur, ok := sc.v.currencyWords[lw]; ok {
		return cur, e, true
	}
	w2, _, e2 := nextWord(s, e)
	lw2 := strings.ToLower(w2)
	switch {
	case lw == "pounds" && lw2 == "sterling":
		return "GBP", e2, true
	case lw == "svenska" && lw2 == "kronor":
		return "SEK", e2, true
	}
	return "", 0, false
}

// wordAtom parses a number written in words at a.numStart: a cardinal
// phrase or an ordinal word.
func (sc *scanner) wordAtom(a atom, noAnd bool) (atom, bool, int) {
	s := sc.s
	j := a.numStart
	// Ordinals first: "twenty-first" is not "twenty" and a compound.
	if v, e, sv, ok := sc.ordinalWord(j); ok {
		a.ord, a.word, a.svWord, a.mant, a.val, a.end = true, true, sv, v, v, e
		return a, true, 0
	}
	if e, mant, scale, val, ok := sc.words(j, noAnd); ok {
		a.word, a.mant, a.scale, a.scaled, a.val = true, mant, scale, scale != 1, val
		a.end = sc.unit(&a, e)
		return a, true, 0
	}
	return a, false, letterEnd(s, j)
}

// ordinalWord matches an ordinal word at j ("fourth", "twenty-first",
// "fjärde"): its rank, end and whether it is Swedish.
func (sc *scanner) ordinalWord(j int) (float64, int, bool, bool) {
	s := sc.s
	e := letterEnd(s, j)
	if e == j {
		return 0, 0, false, false
	}
	lw := strings.ToLower(s[j:e])
	if sc.en {
		if v, ok := enOrdinals[lw]; ok {
			return v, e, false, true
		}
		if m, ok := enNumberWords[lw]; ok && m.k == mTens && e < len(s) && s[e] == '-' {
			e2 := letterEnd(s, e+1)
			if v, ok := enOrdinals[strings.ToLower(s[e+1:e2])]; ok && v <= 9 {
				return m.v + v, e2, false, true
			}
		}
	}
	if sc.sv {
		if v, ok := svOrdinals[lw]; ok {
			return v, e, true, true
		}
	}
	return 0, 0, false, false
}

// ---- numbers in words ----

// evaluator accumulates the value of a number written in words, one
// morpheme at a time.
type evaluator struct {
	total, cur float64
	last       mkind
	n          int
	lastScale  float64
	hund       bool // the current group has a hundred
	half       bool
	done       bool // nothing may follow
}

// add adds one morpheme; it returns false if the morpheme cannot follow.
func (e *evaluator) add(m morph, noAnd, sv bool) bool {
	if e.done {
		return false
	}
	k := m.k
	if k == mOne {
		if e.n == 0 {
			k = mA
		} else {
			k = mUnit
		}
	}
	ok := false
	switch k {
	case mA:
		ok = e.addA(sv)
	case mHalf:
		ok = e.addHalf(sv)
	case mUnit:
		ok = e.addUnit(m.v)
	case mTeen, mTens:
		ok = e.addTeenOrTens(m.v)
	case mHundred:
		ok = e.addHundred(sv)
	case mScale:
		ok = e.addScale(m.v, sv)
	case mDozen:
		ok = e.addDozen()
	case mAnd:
		// English "and" after a hundred or a scale word, where allowed.
		ok = !noAnd && !sv && (e.last == mHundred || e.last == mScale)
	}
	if !ok {
		return false
	}
	e.last = k
	e.n++
	return true
}

// addA adds "a" (or "one", "en", "ett" opening a phrase): first, or after
// an English "half".
func (e *evaluator) addA(sv bool) bool {
	if !(e.n == 0 || (e.n == 1 && e.last == mHalf && !sv)) {
		return false
	}
	e.cur = 1
	return true
}

// addHalf adds "half" (English, first) or "halv" (Swedish, after "en").
func (e *evaluator) addHalf(sv bool) bool {
	if !((e.n == 0 && !sv) || (e.n == 1 && e.last == mA && sv)) {
		return false
	}
	e.half = true
	return true
}

// addUnit adds a unit of value v: first, after a hundred, a scale word or
// "and", or after a tens word when not zero; a zero stands alone.
func (e *evaluator) addUnit(v float64) bool {
	switch e.last {
	case mNone, mHundred, mScale, mAnd:
	case mTens:
		if v == 0 {
			return false
		}
	default:
		return false
	}
	if v == 0 {
		if e.n != 0 {
			return false
		}
		e.done = true
	}
	e.cur += v
	return true
}

// addTeenOrTens adds a teen or a tens word of value v: first, or after a
// hundred, a scale word or "and".
func (e *evaluator) addTeenOrTens(v float64) bool {
	switch e.last {
	case mNone, mHundred, mScale, mAnd:
	default:
		return false
	}
	e.cur += v
	return true
}

// addHundred adds "hundred": once per group, after 1..99 in units or
// teens, after "a", or first in Swedish ("hundra").
func (e *evaluator) addHundred(sv bool) bool {
	switch {
	case e.hund:
		return false
	case e.last == mUnit || e.last == mTeen:
		if e.cur < 1 || e.cur >= 100 {
			return false
		}
		e.cur *= 100
	case e.last == mA:
		e.cur = 100
	case e.last == mNone && sv:
		e.cur = 100
	default:
		return false
	}
	e.hund = true
	return true
}

// addScale adds a scale word of value v (thousand, million, ...), smaller
// than the one before: it closes the current group into the total (half
// of it after "half", which ends the phrase). In Swedish "tusen" may come
// first.
func (e *evaluator) addScale(v float64, sv bool) bool {
	if e.lastScale != 0 && v >= e.lastScale {
		return false
	}
	switch e.last {
	case mUnit, mTeen, mTens, mHundred, mA, mHalf:
	case mNone:
		if !sv || v != 1e3 {
			return false
		}
		e.cur = 1
	default:
		return false
	}
	if e.cur <= 0 {
		return false
	}
	if e.half {
		if e.cur != 1 {
			return false
		}
		e.total += 0.5 * v
		e.done = true
	} else {
		e.total += e.cur * v
	}
	e.cur = 0
	e.lastScale = v
	e.hund = false
	return true
}

// addDozen adds "dozen" after "a", a unit or a teen, before any hundred
// or scale word; it ends the phrase ("half a dozen" is 6).
func (e *evaluator) addDozen() bool {
	if e.lastScale != 0 || e.hund {
		return false
	}
	switch e.last {
	case mA, mUnit, mTeen:
	default:
		return false
	}
	if e.half {
		e.cur = 6
	} else {
		e.cur *= 12
	}
	e.done = true
	return true
}

// result returns the value so far, if the phrase so far is complete.
func (e *evaluator) result() (mant, scale, val float64, ok bool) {
	switch e.last {
	case mNone, mA, mAnd, mHalf:
		return 0, 0, 0, false
	}
	if e.half && !e.done {
		return 0, 0, 0, false
	}
	val = e.total + e.cur
	if e.last == mScale {
		return val / e.lastScale, e.lastScale, val, true
	}
	return val, 1, val, true
}

// svSplit splits a Swedish word into number morphemes, greedily
// longest first; ok is false unless the whole word splits.
func svSplit(w string, buf []morph) ([]morph, bool) {
	for len(w) > 0 {
		found := false
		for _, m := range svMorphemes {
			if strings.HasPrefix(w, m.text) {
				buf = append(buf, m.m)
				w = w[len(m.text):]
				found = true
				break
			}
		}
		if !found || len(buf) > 8 {
			return nil, false
		}
	}
	return buf, len(buf) > 0
}

// words parses a cardinal number written in words at i: the longest
// complete phrase. mant and scale split a phrase that ends with a scale
// word ("three million": 3 and 1e6); otherwise scale is 1.
func (sc *scanner) words(i int, noAnd bool) (end int, mant, scale, val float64, ok bool) {
	s := sc.s
	var ev evaluator
	lang := 0 // 1 English, 2 Swedish: a phrase does not mix them
	pos := i
	ntok, bestTok := 0, 0
	first := ""
	var buf [10]morph
	for ntok < 12 {
		wend := letterEnd(s, pos)
		if wend == pos {
			break
		}
		lw := strings.ToLower(s[pos:wend])
		ms := buf[:0]
		if lang != 2 && sc.en {
			if m, ok := enNumberWords[lw]; ok {
				ms = append(ms, m)
				lang = 1
			}
		}
		if len(ms) == 0 && lang != 1 && sc.sv {
			if d, ok := svSplit(lw, buf[:0]); ok {
				ms = d
				lang = 2
			}
		}
		if len(ms) == 0 {
			break
		}
		good := true
		for _, m := range ms {
			if !ev.add(m, noAnd, lang == 2) {
				good = false
				break
			}
		}
		if !good {
			break
		}
		ntok++
		if ntok == 1 {
			first = lw
		}
		if m, sc2, v, ok2 := ev.result(); ok2 {
			end, mant, scale, val, ok, bestTok = wend, m, sc2, v, true, ntok
		}
		if lang == 1 && wend+1 < len(s) && s[wend] == '-' {
			// "twenty-five"
			if ev.last != mTens {
				break
			}
			e2 := letterEnd(s, wend+1)
			m, isNum := enNumberWords[strings.ToLower(s[wend+1:e2])]
			if !isNum || !(m.k == mUnit && m.v > 0 || m.k == mOne) {
				break
			}
			pos = wend + 1
			continue
		}
		k, sp := skipWS(s, wend)
		if !sp || !isLetterAt(s, k) {
			break
		}
		pos = k
	}
	if ok && bestTok == 1 && first == "sex" && sc.both() {
		ok = false
	}
	return end, mant, scale, val, ok
}

// ---- expressions ----

// matchAt tries to match a quantity starting at i, a token start. When ok
// is false, next > i asks the caller to skip to next.
func (sc *scanner) matchAt(i int) (q Quantity, ok bool, next int) {
	s := sc.s
	if sc.badBefore(i) {
		if isLetterAt(s, i) {
			return Quantity{}, false, letterEnd(s, i)
		}
		if r, _ := runeBefore(s, i); r == '+' && isDigitAt(s, i) {
			e, _, _ := looseRun(s, i)
			return Quantity{}, false, max(e, tightEnd(s, i))
		}
		return Quantity{}, false, tightEnd(s, i)
	}
	if !isLetterAt(s, i) {
		return sc.expr(i, i, "")
	}
	wend := letterEnd(s, i)
	if q, ok := sc.intro(i, wend); ok {
		return q, true, 0
	}
	if h, k, ok := sc.hedge(i); ok {
		if q, ok, _ := sc.expr(i, k, h); ok {
			return q, true, 0
		}
	}
	q, ok, skip := sc.expr(i, i, "")
	if ok {
		return q, true, 0
	}
	return Quantity{}, false, max(skip, wend)
}

// badBefore reports whether the rune before i makes a number at i part of
// something else: an identifier, a code, a negative number, a fraction.
func (sc *scanner) badBefore(i int) bool {
	s := sc.s
	r, sz := runeBefore(s, i)
	if sz == 0 {
		return false
	}
	if isLetterAt(s, i) {
		return r == '-' || r == '/' || r == '#' || r == '@' || r == '&'
	}
	switch r {
	case '-', '–', '−', '/', '\\', '#', '@', '&', '+', '$', '£', '€', '^', '~', '=':
		return true
	case '.', ',', ':':
		r2, _ := runeBefore(s, i-sz)
		return isWordRune(r2)
	case '\'', '’':
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		return j-i == 2 && !isDigitAt(s, j)
	}
	return false
}

// hedge matches a hedge phrase at i, returning its normalised form and
// where the number should start.
func (sc *scanner) hedge(i int) (string, int, bool) {
	s := sc.s
	if sc.sv && i+3 <= len(s) && strings.EqualFold(s[i:i+3], "c:a") && !isLetterAt(s, i+3) {
		if j, ok := skipWS(s, i+3); ok {
			return "about", j, true
		}
		return "", 0, false
	}
	e := letterEnd(s, i)
	w0 := strings.ToLower(s[i:e])
	if !sc.v.hedgeFirst[w0] {
		return "", 0, false
	}
	var words [3]string
	var ends [3]int
	words[0], ends[0] = w0, e
	n := 1
	for n < 3 {
		k, ok := skipWS(s, ends[n-1])
		if !ok {
			break
		}
		e := letterEnd(s, k)
		if e == k {
			break
		}
		words[n], ends[n] = strings.ToLower(s[k:e]), e
		n++
	}
	for m := n; m >= 1; m-- {
		phrase := strings.Join(words[:m], " ")
		h, ok := "", false
		if sc.en {
			h, ok = sc.v.hedges[en][phrase]
		}
		if !ok && sc.sv {
			h, ok = sc.v.hedges[sv][phrase]
		}
		if !ok {
			continue
		}
		end := ends[m-1]
		if sc.v.hedgeAbbrev.has(phrase) && end < len(s) && s[end] == '.' {
			end++
		}
		if k, ok := skipWS(s, end); ok {
			return h, k, true
		}
	}
	return "", 0, false
}

// conn is a range connector: where the second number starts, and whether
// it is a dash with no space around it.
type conn struct {
	next  int
	tight bool
	dash  bool
}

// connector matches a range connector after a number ending at k; start
// is the start of the expression.
func (sc *scanner) connector(k, start int) (conn, bool) {
	s := sc.s
	j, sp1 := skipInline(s, k)
	if r, sz := runeAt(s, j); r == '-' || r == '–' {
		m, sp2 := skipInline(s, j+sz)
		if sp1 != sp2 {
			return conn{}, false
		}
		return conn{next: m, tight: !sp1, dash: true}, true
	}
	j, ok := skipWS(s, k)
	if !ok {
		return conn{}, false
	}
	e := letterEnd(s, j)
	w := strings.ToLower(s[j:e])
	if !(sc.en && w == "to" || sc.sv && w == "till") {
		return conn{}, false
	}
	m, ok := skipWS(s, e)
	if !ok {
		return conn{}, false
	}
	if pw, _, _ := prevWord(s, start); sc.v.blockTo.has(strings.ToLower(pw)) {
		return conn{}, false
	}
	return conn{next: m}, true
}

// expr matches a number expression whose first number starts at at;
// start is where the whole expression starts (at, or a hedge before it).
func (sc *scanner) expr(start, at int, hedge string) (Quantity, bool, int) {
	s := sc.s
	a1, ok, skip := sc.atom(at, false)
	if !ok {
		return Quantity{}, false, skip
	}
	if a1.ord {
		if hedge != "" {
			return Quantity{}, false, a1.end
		}
		if a1.end < len(s) && (s[a1.end] == '-' || strings.HasPrefix(s[a1.end:], "–")) && !isLetterAt(s, a1.end+1) {
			// "4th-6th", "3rd–5th": ranks are not ranges; skip.
			return Quantity{}, false, tightEnd(s, at)
		}
		return sc.finish(start, hedge, a1)
	}
	if c, ok := sc.connector(a1.end, start); ok {
		a2, ok2, _ := sc.atom(c.next, false)
		switch {
		case ok2 && !a2.ord:
			lo, hi, ok3, amb := combine(&a1, &a2)
			if ok3 {
				return sc.finishRange(start, hedge, a1, a2, lo, hi)
			}
			if c.tight || amb {
				return Quantity{}, false, max(a2.end, tightEnd(s, at))
			}
		case c.tight && (ok2 || !isLetterAt(s, c.next)):
			return Quantity{}, false, tightEnd(s, at)
		}
	}
	return sc.finish(start, hedge, a1)
}

// intro matches "between X and Y", "from X to Y", "mellan X och Y",
// "från X till Y" at i; the first word ends at wend.
func (sc *scanner) intro(i, wend int) (Quantity, bool) {
	s := sc.s
	lw := strings.ToLower(s[i:wend])
	var joiner string
	switch {
	case sc.en && lw == "between":
		joiner = "and"
	case sc.en && lw == "from":
		joiner = "to"
	case sc.sv && lw == "mellan":
		joiner = "och"
	case sc.sv && lw == "från":
		joiner = "till"
	default:
		return Quantity{}, false
	}
	j, ok := skipWS(s, wend)
	if !ok {
		return Quantity{}, false
	}
	a1, ok, _ := sc.atom(j, true)
	if !ok || a1.ord {
		return Quantity{}, false
	}
	next := -1
	if k, ok := skipWS(s, a1.end); ok {
		if e := letterEnd(s, k); strings.EqualFold(s[k:e], joiner) {
			if m, ok := skipWS(s, e); ok {
				next = m
			}
		}
	}
	if next < 0 {
		c, ok := sc.connector(a1.end, i)
		if !ok || !c.dash {
			return Quantity{}, false
		}
		next = c.next
	}
	a2, ok, _ := sc.atom(next, false)
	if !ok || a2.ord {
		return Quantity{}, false
	}
	lo, hi, ok, _ := combine(&a1, &a2)
	if !ok {
		return Quantity{}, false
	}
	q, ok, _ := sc.finishRange(i, "", a1, a2, lo, hi)
	return q, ok
}

// combine makes a range of two numbers, sharing a scale, unit or
// currency written once. amb reports a "5-10,000" form that has two
// plausible readings.
func combine(a1, a2 *atom) (lo, hi float64, ok, amb bool) {
	if a1.cur != "" && a2.cur != "" && a1.cur != a2.cur {
		return 0, 0, false, false
	}
	if (a1.pct || a2.pct) && (a1.cur != "" || a2.cur != "") {
		return 0, 0, false, false
	}
	lo, hi = a1.val, a2.val
	switch {
	case !a1.scaled && a2.scaled && !a1.n.grouped && a1.mant < a2.mant:
		// "2-3 million", "£2-3m"
		lo = a1.mant * a2.scale
	case a1.digit && a2.digit && !a1.scaled && !a2.scaled && a1.n.plainInt && a2.n.grouped &&
		!a2.n.frac && a1.mant >= 1 && a1.mant*1000 < a2.val:
		// "60-70,000"
		if a2.n.zeroGroups > 0 && a1.n.nDigits == digitCount(a2.n.lead) && a1.mant < a2.n.lead {
			lo = a1.mant * math.Pow(1000, float64(a2.n.zeroGroups))
		} else {
			return 0, 0, false, true
		}
	}
	if math.IsInf(lo, 0) || math.IsNaN(lo) || !(lo < hi) {
		return 0, 0, false, false
	}
	return lo, hi, true, false
}

// digitCount returns the number of digits of a whole number below 1000.
func digitCount(v float64) int {
	switch {
	case v >= 100:
		return 3
	case v >= 10:
		return 2
	}
	return 1
}

// finish builds the quantity for a single number, after checking its
// context.
func (sc *scanner) finish(start int, hedge string, a atom) (Quantity, bool, int) {
	s := sc.s
	end := a.end
	compound := ""
	if a.cur == "" && !a.pct && end < len(s) && s[end] == '-' && isLetterAt(s, end+1) {
		e := letterEnd(s, end+1)
		compound, end = s[end+1:e], e
	}
	if sc.v.fractions.has(strings.ToLower(compound)) {
		// "two-thirds", "three-quarters": a fraction, not a count.
		return Quantity{}, false, end
	}
	if a.ord && a.word && compound == "" && !sc.rankContext(a) {
		return Quantity{}, false, end
	}
	if skip, bad := sc.digitContext(start, &a, &a, end); bad {
		return Quantity{}, false, skip
	}
	q := Quantity{Start: start, End: end, Low: a.val, High: a.val, Hedge: hedge, Compound: compound, Word: a.word}
	switch {
	case a.pct:
		q.Kind = Percent
	case a.cur != "":
		q.Kind, q.Currency = Money, a.cur
	case a.ord:
		q.Kind = Ordinal
	case isYear(&a) && yearHedge(hedge) && !sc.countNounAfter(end) &&
		(compound == "" || strings.HasPrefix(strings.ToLower(compound), "tal")):
		q.Kind = Year
	default:
		q.Kind = Count
	}
	return q, true, 0
}

// finishRange builds the quantity for a range, after checking its context.
func (sc *scanner) finishRange(start int, hedge string, a1, a2 atom, lo, hi float64) (Quantity, bool, int) {
	end := a2.end
	if skip, bad := sc.digitContext(start, &a1, &a2, end); bad {
		return Quantity{}, false, skip
	}
	q := Quantity{Start: start, End: end, Low: lo, High: hi, Hedge: hedge, Word: a1.word || a2.word}
	cur := a1.cur
	if cur == "" {
		cur = a2.cur
	}
	switch {
	case a1.pct || a2.pct:
		q.Kind = Percent
	case cur != "":
		q.Kind, q.Currency = Money, cur
	case isYear(&a1) && isYear(&a2) && yearHedge(hedge) && !sc.countNounAfter(end):
		q.Kind = Year
	default:
		q.Kind = Count
	}
	return q, true, 0
}

func isYear(a *atom) bool {
	return a.digit && a.n.plainInt && a.n.nDigits == 4 && !a.scaled && a.cur == "" && !a.pct &&
		!a.ord && a.val >= 1800 && a.val <= 2100
}

func yearHedge(h string) bool { return h == "" || h == "about" || h == "roughly" }

func (sc *scanner) countNounAfter(end int) bool {
	w, _, _ := nextWord(sc.s, end)
	return sc.v.countNouns.has(strings.ToLower(w))
}

// digitContext checks the words around an expression whose numbers are
// lo and hi (the same atom for a single number) for labels, dates, times
// and phone numbers. bad asks the caller to skip to skip.
func (sc *scanner) digitContext(start int, lo, hi *atom, end int) (skip int, bad bool) {
	s := sc.s
	if !lo.digit && !hi.digit {
		return 0, false
	}
	pw, _, dot := prevWord(s, start)
	lpw := strings.ToLower(pw)
	if sc.v.labels.has(lpw) || (lpw == "no" && (dot || pw[0] == 'N')) || lpw == "kl" || lpw == "klockan" {
		return end, true
	}
	if dayLike(lo) && dayLike(hi) && (sc.monthAfter(end, hi.ord) || (start == lo.start && sc.monthBefore(start))) {
		return end, true
	}
	if sc.timeAfter(end) {
		return end, true
	}
	if lo.digit {
		if e, groups, digits := looseRun(s, lo.numStart); groups >= 3 && digits >= 7 && e > end {
			return e, true
		}
	}
	return 0, false
}

func dayLike(a *atom) bool {
	return a.digit && !a.scaled && a.cur == "" && !a.pct && a.n.plainInt && a.val >= 1 && a.val <= 31
}

// isMonth reports whether w names a month: Swedish in any case, English
// capitalised.
func (sc *scanner) isMonth(w string) bool {
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	if sc.sv && sc.v.months[sv].has(lw) {
		return true
	}
	return sc.v.months[en].has(lw) && 'A' <= w[0] && w[0] <= 'Z'
}

// monthAfter reports whether a month name follows end ("15 January",
// "4th of July", "15. januari").
func (sc *scanner) monthAfter(end int, ord bool) bool {
	s := sc.s
	if end < len(s) && s[end] == '.' {
		end++
	}
	w, _, e := nextWord(s, end)
	if ord && strings.EqualFold(w, "of") {
		w, _, _ = nextWord(s, e)
	}
	return sc.isMonth(w)
}

// monthBefore reports whether an English month name comes just before
// start ("January 15", "Jan. 15").
func (sc *scanner) monthBefore(start int) bool {
	w, _, _ := prevWord(sc.s, start)
	return w != "" && sc.v.months[en].has(strings.ToLower(w)) && 'A' <= w[0] && w[0] <= 'Z'
}

// timeAfter reports whether am/pm or a time zone follows end.
func (sc *scanner) timeAfter(end int) bool {
	s := sc.s
	j, ok := skipWS(s, end)
	if !ok {
		return false
	}
	for _, p := range []string{"a.m.", "p.m.", "am", "pm"} {
		if len(s)-j >= len(p) && strings.EqualFold(s[j:j+len(p)], p) &&
			(p[len(p)-1] == '.' || !isLetterAt(s, j+len(p))) {
			return true
		}
	}
	w, _, _ := nextWord(s, end)
	return sc.v.timeZones.has(w)
}

// rankContext reports whether an ordinal word looks like a rank.
func (sc *scanner) rankContext(a atom) bool {
	s := sc.s
	before, stop := sc.v.rankBefore[en], sc.v.stopAfter[en]
	if a.svWord {
		before, stop = sc.v.rankBefore[sv], sc.v.stopAfter[sv]
	}
	pw, j, _ := prevWord(s, a.start)
	if before.has(strings.ToLower(pw)) {
		return true
	}
	for n := 0; n < 3 && pw != ""; n++ {
		if sc.v.rankVerbs.has(strings.ToLower(pw)) {
			return true
		}
		pw, j, _ = prevWord(s, j)
	}
	nw, _, _ := nextWord(s, a.end)
	return nw != "" && !stop.has(strings.ToLower(nw))
}
