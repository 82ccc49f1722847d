package claims

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
)

// amountMeasure is a measure of money or percentages, named by a keyword
// near the figure. Event measures (the price of the deal, a fine, the
// premium paid) are about the article's main event when they are in its
// lead; the others (revenue, vote share) need an entity in the sentence.
type amountMeasure struct {
	measure string
	event   bool
	// guess marks an event measure read from a verb with its own
	// subject ("which cost £45m"): about what cost it, kept as a guess.
	guess bool
	// debt marks a measure that is itself a debt (a repayment), which
	// a debt noun after the figure does not make another measure.
	debt bool
}

// amount finds the measure of a money amount or a percentage from the
// words before it (up to the figure, in order) and after it: the nearest
// keyword within seven words before or four after, in the same clause
// (not across ";" or a full stop) and not across another figure (unless
// that figure is a change before "to": "rose 8 per cent to £1.42bn"), and
// not a keyword joined to a later figure ("86% on a turnout of 71%"). ok
// is false when there is none, or when a percentage is a change.
func (v *vocab) amount(kind quantity.Kind, currency string, before, after []word) (m amountMeasure, ok bool) {
	words := v.moneyWords
	if kind == quantity.Percent {
		words = v.percentWords
		if v.percentChanges(before, after) {
			return amountMeasure{}, false
		}
	} else {
		if v.perShareAfter(after) {
			return amountMeasure{measure: "price per share" + currencySuffix(currency), event: true}, true
		}
		if v.qualifiedValue(before, after) {
			return amountMeasure{}, false // "including debt, the deal values X at €9.6bn": another measure
		}
	}
	best, bestDist := v.keywordBefore(words, before)
	if b, d, ok := v.keywordAfter(words, kind, after, bestDist); ok {
		best, bestDist = b, d
	}
	if bestDist == noKeyword && kind == quantity.Money {
		best, bestDist = v.moneyNoun(before, after)
	}
	if bestDist == noKeyword {
		return amountMeasure{}, false
	}
	best.measure = v.qualifyAmount(best, before, after)
	if kind == quantity.Money {
		best.measure += currencySuffix(currency)
	} else {
		best.measure += " (%)"
	}
	return best, true
}

// noKeyword is the distance of no keyword at all.
const noKeyword = 99

// percentChanges reports a percentage that is a change: a change word
// among the three words before it or the two after it, up to a comma
// ("rose 22%", "22% higher"; not "68.2%, down from 71.5%").
func (v *vocab) percentChanges(before, after []word) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if v.percentChange.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	for k := 0; k < len(after) && k < 2; k++ {
		if after[k].text == "," {
			break // "68.2%, down from 71.5%": a level, then a comparison
		}
		if v.percentChange.has(strings.ToLower(after[k].text)) {
			return true
		}
	}
	return false
}

// perShareAfter reports a price per share: "42p a share", "the
// €42-a-share offer", "a 42p-per-share bid".
func (v *vocab) perShareAfter(after []word) bool {
	for _, p := range v.perShare {
		if wordsAt(after, p) {
			return true
		}
	}
	for k := 0; k < len(after) && k < 2; k++ {
		w := strings.Trim(strings.ToLower(after[k].text), "-")
		if w == "" {
			continue
		}
		return v.perShareCompounds.has(w)
	}
	return false
}

// keywordBefore finds the nearest keyword among the seven words before
// an amount, not across a clause end or another figure, and its distance
// (noKeyword for none).
func (v *vocab) keywordBefore(words map[string]amountMeasure, before []word) (amountMeasure, int) {
	// "revenue rose 8 per cent to £1.42bn": a change before "to" is no
	// other figure; the level after it is still the revenue.
	level := len(before) > 0 && v.changeTo.has(strings.ToLower(before[len(before)-1].text))
	for k := len(before) - 1; k >= 0 && len(before)-k <= 7; k-- {
		w := strings.ToLower(before[k].text)
		if w == ";" || w == "." || figureWord(w) && !level {
			break // another figure's keyword lies beyond it
		}
		if m, ok := words[w]; ok {
			return v.keywordSense(m, w, before, k), len(before) - k
		}
	}
	return amountMeasure{}, noKeyword
}

// keywordSense adjusts the measure of the keyword w at before[k]: a
// place's, a rule's or a verb's figure is a guess, and a qualified fee is
// no price.
func (v *vocab) keywordSense(m amountMeasure, w string, before []word, k int) amountMeasure {
	if k+2 < len(before) && (strings.EqualFold(before[k+1].text, "in") || before[k+1].text == "i") && isCapitalWord(before[k+2].text) {
		m.guess = true // "turnout in Pellan was 48%": a place's, not the event's
	}
	if m.measure == "fine" && v.someonePays(before) {
		m.guess = true // "a fine of up to £2,500 awaits anyone ...": a rule, not the event's fine
	}
	if v.costVerbs.has(w) && k == len(before)-1 && k > 0 && !v.costNoun.has(strings.ToLower(before[k-1].text)) {
		m.guess = true // "staff cost £12m", "which cost £45m": a verb with its own subject
	}
	if v.feeNouns.has(w) && k > 0 && v.feeQualifiers.has(strings.ToLower(before[k-1].text)) {
		// "a break-up fee of €250m" is no price of the deal.
		m = amountMeasure{measure: strings.ToLower(before[k-1].text) + " fee", event: false}
	}
	return m
}

// keywordAfter finds a keyword among the four words after an amount that
// is nearer than the one before (at distance dist), in the same clause
// and not joined to a later figure.
func (v *vocab) keywordAfter(words map[string]amountMeasure, kind quantity.Kind, after []word, dist int) (amountMeasure, int, bool) {
	for k := 0; k < len(after) && k < 4 && k+1 < dist; k++ {
		w := strings.ToLower(after[k].text)
		if w == ";" || w == "." || w == "," || figureWord(w) || v.subordinators.has(w) {
			break // "a billion euros after agreeing to sell": another clause
		}
		m, ok := words[w]
		if !ok {
			if k == 0 && kind == quantity.Percent && isLowerWord(after[k].text) && !v.figureLinks.has(w) {
				break // "a 52.1% win on a turnout like this": the figure's own noun decides
			}
			continue
		}
		if k+2 < len(after) && v.linkWords.has(strings.ToLower(after[k+1].text)) && figureWord(after[k+2].text) {
			break // "86% on a turnout of 71%": the turnout is 71%
		}
		if v.feeNouns.has(w) && k > 0 && v.feeQualifiers.has(strings.ToLower(after[k-1].text)) {
			// "a €250m termination fee" is no price of the deal.
			m = amountMeasure{measure: strings.ToLower(after[k-1].text) + " fee"}
		}
		return m, k + 1, true
	}
	return amountMeasure{}, 0, false
}

// moneyNoun reads the measure of money with no keyword from its noun:
// "£1.2m in bribes", "bribes worth £1.2m".
func (v *vocab) moneyNoun(before, after []word) (amountMeasure, int) {
	if len(after) >= 2 && strings.EqualFold(after[0].text, "in") && v.plainNoun(after[1].text) {
		return amountMeasure{measure: strings.ToLower(after[1].text), event: true}, 1
	}
	if n := len(before); n >= 2 && strings.EqualFold(before[n-1].text, "worth") && v.plainNoun(before[n-2].text) {
		return amountMeasure{measure: strings.ToLower(before[n-2].text), event: true}, 1
	}
	return amountMeasure{}, noKeyword
}

// qualifyAmount names the measure of m more closely: the reporting
// period of a company figure, the reference price of a premium, the year
// of a figure that is not an event's.
func (v *vocab) qualifyAmount(m amountMeasure, before, after []word) string {
	measure := m.measure
	if p := v.reportingPeriod(before, after); p != "" && v.companyMeasure(measure) {
		// Quarterly revenue is never compared with annual revenue.
		measure = p + " " + measure
	}
	if measure == "premium" {
		// A premium is to a reference price: the last close and a 30-day
		// average are two measures.
		if ref := v.premiumReference(after); ref != "" {
			measure += " to " + ref
		}
	}
	if y := v.clauseYear(before, after); y != "" && !m.event {
		// "inflation of 2.6 per cent in 2026" against "2.1 per cent in
		// 2027": forecasts for two years.
		measure += " in " + y
	}
	return measure
}

// wordsAt reports whether the words of ws open with phrase, in any case.
func wordsAt(ws []word, phrase []string) bool {
	if len(ws) < len(phrase) {
		return false
	}
	for i, p := range phrase {
		if !strings.EqualFold(ws[i].text, p) {
			return false
		}
	}
	return true
}

// someonePays reports a fine set for anyone of a kind ("businesses face
// a fine of", "up to £2,500"): a rule, not one payer's fine.
func (v *vocab) someonePays(before []word) bool {
	for k := max(0, len(before)-8); k < len(before); k++ {
		if v.fineRule.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	return false
}

// isCapitalWord reports a word opening with an upper-case letter.
func isCapitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// qualifiedValue reports a money figure the clause qualifies as another
// measure than the deal's price: "including debt", "enterprise value",
// money lent for the deal ("is lending £400m"), a figure compared with
// ("surpassing the $90 million").
func (v *vocab) qualifiedValue(before, after []word) bool {
	var ws []string
	for k := max(0, len(before)-10); k < len(before); k++ {
		ws = append(ws, strings.ToLower(before[k].text))
	}
	for k := 0; k < len(after) && k < 4; k++ {
		ws = append(ws, strings.ToLower(after[k].text))
	}
	text := " " + strings.Join(ws, " ") + " "
	for _, c := range v.otherValue {
		if strings.Contains(text, " "+c+" ") {
			return true
		}
	}
	// "the biggest contract in its history, surpassing the $90 million
	// deal": a figure compared with, not the event's.
	for k := max(0, len(before)-4); k < len(before); k++ {
		if v.surpassWords.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	// "The bank is lending £400m for the purchase": the loan, not the
	// price.
	for k := max(0, len(before)-6); k < len(before); k++ {
		if v.financing.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	return false
}

// premiumReference names the price a premium is measured against, from
// the words after it: "close" (closing price), "average", or "".
func (v *vocab) premiumReference(after []word) string {
	for k := 0; k < len(after) && k < 10; k++ {
		switch w := strings.ToLower(after[k].text); {
		case v.premiumAverage.has(w):
			return "average"
		case v.premiumClose.has(w):
			return "close"
		case w == "." || w == ";":
			return ""
		}
	}
	return ""
}

// clauseYear returns a year written with "in", "for" or "by" among the
// four words after a figure ("2.6 per cent in 2026"), or "".
func (v *vocab) clauseYear(before, after []word) string {
	for k := 0; k+1 < len(after) && k < 4; k++ {
		switch w := strings.ToLower(after[k].text); {
		case v.yearPrepositions.has(w):
			if y := after[k+1].text; len(y) == 4 && isDigits(y) && (y[0] == '1' || y[0] == '2') {
				return y
			}
		case w == "," || w == "." || w == ";":
			return ""
		}
	}
	return ""
}

// figureWord reports a word that is a figure: it opens with a digit or a
// currency sign ("71%", "4,100", "£3m").
func figureWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
}

// reportingPeriod names the period a company figure covers, from the
// words around it: "quarterly", "half-year", "annual", or "" when none is
// written.
func (v *vocab) reportingPeriod(before, after []word) string {
	var ws []string
	for k := max(0, len(before)-8); k < len(before); k++ {
		ws = append(ws, strings.ToLower(before[k].text))
	}
	for k := 0; k < len(after) && k < 8; k++ {
		w := strings.ToLower(after[k].text)
		if w == "." || w == ";" {
			break
		}
		ws = append(ws, w)
	}
	text := " " + strings.Join(ws, " ") + " "
	for _, p := range v.periods {
		for _, cue := range p.cues {
			if strings.Contains(text, " "+cue+" ") {
				return p.period
			}
		}
	}
	return ""
}

// joinSpaceGroups removes the spaces (plain, no-break, thin) that group
// digits by thousands: a space between a digit and exactly three digits
// not followed by another digit ("2 340", "600 000").
func joinSpaceGroups(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009') && i > 0 && isDigitByte(text[i-1]) {
			rest := text[i+n:]
			if len(rest) >= 3 && isDigits(rest[:3]) && (len(rest) == 3 || !isDigitByte(rest[3])) {
				i += n
				continue
			}
		}
		b.WriteString(text[i : i+n])
		i += n
	}
	return b.String()
}

// plainNoun reports a lower-case word that may name what money is (a
// plural or mass noun of four letters or more, not a function word).
func (v *vocab) plainNoun(w string) bool {
	if len(w) < 4 || strings.ToLower(w) != w || v.noMeasure.has(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// currencySuffix keeps amounts in different currencies apart.
func currencySuffix(c string) string {
	if c == "" {
		return ""
	}
	return " (" + c + ")"
}

// precision is the place value of the last digit written in a figure's
// text, scaled like its value: "$2.4 billion" -> 1e8, "27%" -> 1,
// "27.5%" -> 0.1. 0 when the text has no digits.
func precision(text string, value float64) float64 {
	text = joinSpaceGroups(text) // "2 340 miljoner": one number
	start := strings.IndexFunc(text, unicode.IsDigit)
	if start < 0 {
		return 0
	}
	end := start
	decimals := -1
	for end < len(text) {
		c := text[end]
		switch {
		case c >= '0' && c <= '9':
			if decimals >= 0 {
				decimals++
			}
		case (c == '.' || c == ',') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9':
			// A group separator is followed by exactly three digits and
			// then no further digit; anything else is a decimal mark.
			if !(end+4 <= len(text) && isDigits(text[end+1:end+4]) && (end+4 == len(text) || !isDigitByte(text[end+4]))) || decimals >= 0 {
				decimals = 0
			}
		default:
			end = len(text) + 1
			continue
		}
		end++
	}
	digits := strings.NewReplacer(",", "", ".", "").Replace(text[start:min(end, len(text))])
	n := 0.0
	for _, c := range digits {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + float64(c-'0')
	}
	if n == 0 {
		return 0
	}
	if decimals < 0 {
		decimals = 0
	}
	written := n / math.Pow(10, float64(decimals)) // the number as written, without its scale word
	return value / written * math.Pow(10, -float64(decimals))
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// debtAfter reports a debt noun (lexicon debt_nouns) among the four
// lower-case words right after an amount, past a converted amount in
// brackets, with no function word between: "a £2.5bn (€2.9bn) back tax
// bill" is the bill; "£2.5bn in loans" is read by its noun.
func (v *vocab) debtAfter(after []word) bool {
	k := 0
	if k < len(after) && after[k].text == "(" {
		for k < len(after) && k < 5 && after[k].text != ")" {
			k++
		}
		k++ // past ")"
	}
	for n := 0; k < len(after) && n < 4; k, n = k+1, n+1 {
		w := after[k].text
		if !isLowerWord(w) || v.stopwords.has(w) {
			return false // "110 billion euros in loans": the loans' own measure
		}
		if v.debtNouns.has(w) {
			return true
		}
	}
	return false
}

// asideReach is how many words an aside holds before its amount ("(four
// years, $60 million)").
const asideReach = 4

// asideAmount reads money closing a bracketed or dashed aside that opens
// with words ("their offer to Ada Quill -- five years, $90 million --
// rose"): the aside gives the figure of the clause it stands in, so the
// keyword is looked for before the aside's opening mark, back to a comma,
// the aside's own words (a term) left out. An aside opening with the
// amount ("$260m (£134m)", a conversion) or holding another is none. The
// measure is a guess.
func (v *vocab) asideAmount(currency string, before, after []word) (amountMeasure, bool) {
	open, dash := asideOpening(before)
	if open < 0 || len(after) == 0 || !closesAside(after[0].text, dash) {
		return amountMeasure{}, false
	}
	inside := before[open+1:]
	if dash && len(inside) > 0 && isDash(inside[0].text) {
		inside = inside[1:] // "- -": a dash written as two hyphens
	}
	if len(inside) == 0 {
		return amountMeasure{}, false // "$260m (£134m)": a conversion, no aside
	}
	for _, w := range inside {
		if isMoneyWord(w.text) {
			return amountMeasure{}, false // "($40 million, $50 million)": a list, not one figure
		}
	}
	host := before[:open]
	for k := len(host) - 1; k >= 0; k-- {
		if host[k].text == "," {
			host = host[k+1:] // the aside's own clause only
			break
		}
	}
	m, dist := v.keywordBefore(v.moneyWords, host)
	if dist == noKeyword || !m.event {
		return amountMeasure{}, false // none, or a company's revenue or a stake: whose is unclear
	}
	m.measure += currencySuffix(currency)
	m.guess = true
	return m, true
}

// asideOpening finds the opening mark of the aside an amount closes, at
// most asideReach words before it: its index in before (the first of a
// dash written as two hyphens), and whether it is a dash; -1 if none.
func asideOpening(before []word) (int, bool) {
	for k := len(before) - 1; k >= 0 && len(before)-k <= asideReach+1; k-- {
		switch t := before[k].text; {
		case t == "(":
			return k, false
		case isDash(t):
			if k > 0 && isDash(before[k-1].text) {
				k--
			}
			return k, true
		case t == ")" || t == ";" || t == "." || t == ":":
			return -1, false
		}
	}
	return -1, false
}

// closesAside reports the closing mark of an aside opened by a dash
// (dash) or a bracket.
func closesAside(t string, dash bool) bool {
	if dash {
		return isDash(t)
	}
	return t == ")"
}

// isDash reports a dash written apart: "-", "–", "—" (a hyphen inside a
// word is part of the word).
func isDash(t string) bool { return t == "-" || t == "–" || t == "—" }

// isMoneyWord reports a word opening with a currency sign ("$150", "£2m").
func isMoneyWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.Is(unicode.Sc, r)
}
