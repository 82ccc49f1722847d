package claims

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
)

// Casualty measures: how many people an event killed or injured.
const (
	MeasureDeaths  = "deaths"
	MeasureInjured = "injured"
	// MeasureArrests counts the people an event's police arrested; it
	// follows the casualty rules (lead, updates).
	MeasureArrests = "arrests"
	// MeasureShot counts the people an attacker shot, killed or wounded
	// ("shot seven people"); it follows the casualty rules too.
	MeasureShot = "shot"
)

// MeasureMagnitude is an earthquake's magnitude.
const MeasureMagnitude = "magnitude"

// magnitude reports a count named as a magnitude: right after
// "magnitude" (or Swedish "magnituden", "styrkan"), as the compound
// "6.8-magnitude", or before "magnitude" or "on the Richter scale".
func (v *vocab) magnitude(q quantity.Quantity, before, after []word) bool {
	if q.Kind != quantity.Count || q.Low != q.High || q.Low <= 0 || q.Low >= 10 {
		return false
	}
	if strings.EqualFold(q.Compound, "magnitude") {
		return true
	}
	if n := len(before); n > 0 && v.magnitudeWords.has(strings.ToLower(before[n-1].text)) {
		return true
	}
	if len(after) > 0 && strings.EqualFold(after[0].text, "magnitude") {
		return true
	}
	return len(after) >= 3 && strings.EqualFold(after[0].text, "on") && strings.EqualFold(after[2].text, "richter")
}

// Prison sentences, by unit.
const (
	MeasureSentenceYears  = "prison sentence (years)"
	MeasureSentenceMonths = "prison sentence (months)"
)

// prisonSentence reports the measure of a count that is a prison term:
// "jailed for six years", "sentenced to six years in prison", "dömdes till
// sex års fängelse".
func (v *vocab) prisonSentence(q quantity.Quantity, before, after []word) (string, bool) {
	if q.Kind != quantity.Count || len(after) == 0 {
		return "", false
	}
	m, ok := v.termUnits[strings.ToLower(after[0].text)]
	if !ok {
		return "", false
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-6; k-- {
		if v.jailWords.has(strings.ToLower(before[k].text)) {
			return m, true
		}
	}
	for k := 1; k < len(after) && k <= 3; k++ {
		if v.jailWords.has(strings.ToLower(after[k].text)) {
			return m, true
		}
	}
	return "", false
}

// ByLead marks an event figure (casualties, a deal's price, a fine, a
// prison term, a magnitude) in the article's lead: it is about the
// article's main event, said in the figure's own sentence, so unlike
// ByEvent it can make a conflict.
const ByLead = "lead"

// casualtyPart reports a casualty count (see casualtyMeasure) that is
// only a part of the toll: "two of the injured died" (a partitive after
// it), "another two died", "a further three were hurt".
func (v *vocab) casualtyPart(before, after []word) bool {
	if len(after) > 0 && strings.EqualFold(after[0].text, "of") {
		return true
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		if v.casualtySubset.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	return false
}

// casualtyMeasure reports whether the count whose surrounding words are
// before (up to the count, in order) and after is a casualty figure, and
// which.
func (v *vocab) casualtyMeasure(before, after []word) (string, bool) {
	if w := strings.ToLower(after0(after)); v.uncounted.has(w) && !v.stopwords.has(w) {
		return "", false // "shot seven times", "arrested four times": no count of people
	}
	// "two of the injured died": look past the partitive for the verb.
	if len(after) > 2 && strings.EqualFold(after[0].text, "of") {
		k := 1
		for k < len(after) && k < 4 && !v.casualtyAfterWord(after[k].text) {
			k++
		}
		if k < len(after) && k < 5 {
			if m, ok := v.casualtyAfter[strings.ToLower(after[k].text)]; ok {
				return m, true
			}
		}
	}
	if len(before) > 0 {
		if m, ok := v.casualtyBefore[strings.ToLower(before[len(before)-1].text)]; ok {
			return m, true
		}
	}
	// "the death toll (from ...) has risen to six", "toll of six": a toll
	// earlier in the clause, linked to the count by "to", "at", "of", ...
	if len(before) > 0 && v.tollLinks.has(strings.ToLower(before[len(before)-1].text)) {
		for k := len(before) - 2; k >= 0 && k >= len(before)-20; k-- {
			w := strings.ToLower(before[k].text)
			if w == "." || w == ";" || w == "," {
				break
			}
			if v.tollWords.has(w) {
				return MeasureDeaths, true
			}
		}
	}
	return v.casualtyAfterCount(after)
}

// casualtyAfterCount reads a casualty word after the people counted,
// past fillers and an aside ("four people died", "23 were seriously
// hurt", "Five people, one of them a ferry pilot, were killed").
func (v *vocab) casualtyAfterCount(after []word) (string, bool) {
	severity := ""
	mods := v.casualtyModifiers(after)
	for i, n := mods, 0; i < len(after) && n <= 3; i, n = i+1, n+1 {
		lw := strings.ToLower(after[i].text)
		if lw == "," && n > 0 {
			// "Five people, one of them a ferry pilot, were killed":
			// an aside between commas after the people counted.
			if k := parentheticalEnd(after, i); k > 0 {
				i, n = k, n-1
				continue
			}
		}
		if m, ok := v.casualtyAfter[lw]; ok {
			if mods > 0 && v.casualtyObject(after[i+1:]) {
				return "", false // "two plainclothes officers shot the teenager": the people counted did it
			}
			if m == MeasureShot && i+1 < len(after) && v.casualtyAfter[strings.ToLower(after[i+1].text)] == MeasureDeaths {
				return MeasureDeaths, true // "two men were shot dead"
			}
			if i+1 < len(after) && severity == "" {
				severity = v.severity[strings.ToLower(after[i+1].text)] // "skadades svårt"
			}
			if severity != "" && m == MeasureInjured {
				// "four were seriously injured" counts a part of the
				// injured: its own measure, never the whole toll's.
				m += " (" + severity + ")"
			}
			return m, true
		}
		if s, ok := v.severity[lw]; ok {
			severity = s
		}
		if !v.casualtyFiller.has(lw) {
			break
		}
	}
	return "", false
}

// casualtyModifiers returns how many modifiers (at most two) stand
// between a count and the people it counts ("three bank workers",
// "two possible gang members"), or 0 when no casualty people noun
// follows them.
func (v *vocab) casualtyModifiers(after []word) int {
	for j := 0; j < 2 && j < len(after); j++ {
		lw := strings.ToLower(after[j].text)
		if v.casualtyFiller.has(lw) || v.stopwords.has(lw) || v.uncounted.has(lw) || v.casualtyAfterWord(lw) || !hasLetter(lw) {
			return 0
		}
		if j+1 < len(after) && v.casualtyPeople.has(strings.ToLower(after[j+1].text)) {
			return j + 1
		}
	}
	return 0
}

// casualtyObject reports an object after a casualty verb, which makes
// the people before it its doers: an article or possessive, a figure
// ("shot 16-year-old ..."), or "and" and another casualty word ("shot
// and killed a ...").
func (v *vocab) casualtyObject(next []word) bool {
	if len(next) == 0 {
		return false
	}
	w := strings.ToLower(next[0].text)
	if v.definiteArticles.has(w) || v.indefiniteArticles.has(w) || v.groupPossessives.has(w) || v.spelledNumbers.has(w) || figureWord(next[0].text) {
		return true
	}
	return len(next) > 1 && v.nameListJoins.has(w) && v.casualtyAfterWord(next[1].text)
}

// parentheticalEnd returns the index of the comma closing an aside of
// at most eight words that opens with the comma at i, or 0 when there is
// none (another mark first, or too far).
func parentheticalEnd(ws []word, i int) int {
	for k := i + 1; k < len(ws) && k <= i+9; k++ {
		switch ws[k].text {
		case ",":
			if k > i+1 {
				return k
			}
			return 0
		case ".", ";", ":", "(", ")", "\"", "?", "!":
			return 0
		}
	}
	return 0
}

// after0 is the first word of after, or "".
func after0(after []word) string {
	if len(after) == 0 {
		return ""
	}
	return after[0].text
}

// isUpdate reports whether a sentence revises a figure.
func (v *vocab) isUpdate(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, c := range v.updateCues {
		if strings.Contains(lower, c) {
			return true
		}
	}
	// A running count: "five people have now died", "so far", "hittills".
	words := " " + strings.Join(strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	for _, c := range v.runningCount {
		if strings.Contains(words, " "+c+" ") {
			return true
		}
	}
	return false
}

// risingToll reports a line saying a toll rose ("Storm death toll
// rises", "Dödssiffran stiger").
func (v *vocab) risingToll(line string) bool {
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) })
	toll, rise := false, false
	for _, w := range words {
		switch {
		case v.tollWords.has(w):
			toll = true
		case v.riseWords.has(w):
			rise = true
		}
	}
	return toll && rise
}

func (v *vocab) casualtyAfterWord(w string) bool {
	_, ok := v.casualtyAfter[strings.ToLower(w)]
	return ok
}

// coordinatedGroup reports a casualty count whose people are joined by
// "and" to another counted group of people: "three boys and a girl" (after
// the count), "a girl and three boys" (before it).
func (v *vocab) coordinatedGroup(before, after []word) bool {
	counted := func(w string) bool {
		lw := strings.ToLower(w)
		return figureWord(w) || v.spelledNumbers.has(lw) || v.indefiniteArticles.has(lw)
	}
	if len(after) >= 4 && v.groupPersonNouns.has(strings.ToLower(after[0].text)) && v.nameListJoins.has(strings.ToLower(after[1].text)) &&
		counted(after[2].text) && v.groupPersonNouns.has(strings.ToLower(after[3].text)) {
		return true
	}
	n := len(before)
	return n >= 3 && v.nameListJoins.has(strings.ToLower(before[n-1].text)) && v.groupPersonNouns.has(strings.ToLower(before[n-2].text)) &&
		(counted(before[n-3].text) || n >= 4 && counted(before[n-4].text))
}
