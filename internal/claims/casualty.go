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
)

// MeasureMagnitude is an earthquake's magnitude.
const MeasureMagnitude = "magnitude"

// magnitude reports a count named as a magnitude: right after
// "magnitude" (or Swedish "magnituden", "styrkan"), as the compound
// "6.8-magnitude", or before "magnitude" or "on the Richter scale".
func magnitude(q quantity.Quantity, before, after []word) bool {
	if q.Kind != quantity.Count || q.Low != q.High || q.Low <= 0 || q.Low >= 10 {
		return false
	}
	if strings.EqualFold(q.Compound, "magnitude") {
		return true
	}
	if n := len(before); n > 0 {
		switch strings.ToLower(before[n-1].text) {
		case "magnitude", "magnituden", "magnitud", "styrkan":
			return true
		}
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

// sentenceUnits name the unit of a prison term.
var sentenceUnits = map[string]string{"years": MeasureSentenceYears, "year": MeasureSentenceYears,
	"år": MeasureSentenceYears, "months": MeasureSentenceMonths, "month": MeasureSentenceMonths,
	"månader": MeasureSentenceMonths, "månaders": MeasureSentenceMonths, "års": MeasureSentenceYears}

// jailWords in the clause make a duration a prison sentence.
var jailWords = map[string]bool{"jailed": true, "sentenced": true, "prison": true, "jail": true,
	"imprisonment": true, "imprisoned": true, "custodial": true, "fängelse": true, "dömdes": true,
	"döms": true, "dömd": true, "fängelsestraff": true}

// prisonSentence reports the measure of a count that is a prison term:
// "jailed for six years", "sentenced to six years in prison", "dömdes till
// sex års fängelse".
func prisonSentence(q quantity.Quantity, before, after []word) (string, bool) {
	if q.Kind != quantity.Count || len(after) == 0 {
		return "", false
	}
	m, ok := sentenceUnits[strings.ToLower(after[0].text)]
	if !ok {
		return "", false
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-6; k-- {
		if jailWords[strings.ToLower(before[k].text)] {
			return m, true
		}
	}
	for k := 1; k < len(after) && k <= 3; k++ {
		if jailWords[strings.ToLower(after[k].text)] {
			return m, true
		}
	}
	return "", false
}

// eventHow is how an event figure's subject is found: ByLead in the
// lead (outside a sentence about an earlier year), else ByEvent, a guess.
func eventHow(lead bool) string {
	if lead {
		return ByLead
	}
	return ByEvent
}

// ByLead marks an event figure (casualties, a deal's price, a fine, a
// prison term, a magnitude) in the article's lead: it is about the
// article's main event, said in the figure's own sentence, so unlike
// ByEvent it can make a conflict.
const ByLead = "lead"

// casualtyAfter are words that, after a count and up to three words
// ("four people died", "23 were hurt", "fyra personer omkom"), make it a
// casualty figure.
var casualtyAfter = map[string]string{
	"died": MeasureDeaths, "dead": MeasureDeaths, "killed": MeasureDeaths, "perished": MeasureDeaths,
	"dying": MeasureDeaths, "deaths": MeasureDeaths, "fatalities": MeasureDeaths,
	"dog": MeasureDeaths, "döda": MeasureDeaths, "omkom": MeasureDeaths, "omkommit": MeasureDeaths,
	"omkommna": MeasureDeaths, "dödades": MeasureDeaths, "dödsoffer": MeasureDeaths, "dött": MeasureDeaths,
	"injured": MeasureInjured, "hurt": MeasureInjured, "wounded": MeasureInjured, "injuries": MeasureInjured,
	"skadades": MeasureInjured, "skadade": MeasureInjured, "skadats": MeasureInjured, "skadad": MeasureInjured,
	"arrested": MeasureArrests, "arrests": MeasureArrests, "detained": MeasureArrests, "greps": MeasureArrests,
	"gripits": MeasureArrests, "anhölls": MeasureArrests, "gripna": MeasureArrests,
}

// casualtyBefore are verbs right before a count ("killed four",
// "injuring 23", "dödade fyra") that make it a casualty figure.
var casualtyBefore = map[string]string{
	"killed": MeasureDeaths, "kills": MeasureDeaths, "killing": MeasureDeaths, "kill": MeasureDeaths,
	"dödade": MeasureDeaths, "dödar": MeasureDeaths,
	"injured": MeasureInjured, "injures": MeasureInjured, "injuring": MeasureInjured, "wounded": MeasureInjured,
	"wounding": MeasureInjured, "wounds": MeasureInjured, "hurt": MeasureInjured, "skadade": MeasureInjured,
	"arrested": MeasureArrests, "arresting": MeasureArrests, "detained": MeasureArrests, "grep": MeasureArrests,
}

// tollWords name a death toll ("the death toll has risen to six",
// "dödssiffran har stigit till sex").
var tollWords = map[string]bool{"toll": true, "dödssiffran": true, "dödstalet": true}

// tollLinks end the words between a toll and its count.
var tollLinks = map[string]bool{"to": true, "at": true, "of": true, "is": true, "was": true, "reached": true,
	"hit": true, "till": true, "är": true, "på": true, "var": true}

// casualtyFiller may stand between a count and its casualty word: the
// people counted and auxiliaries ("four people were killed").
var casualtyFiller = map[string]bool{
	"people": true, "persons": true, "workers": true, "civilians": true, "children": true, "adults": true,
	"passengers": true, "residents": true, "staff": true, "employees": true, "men": true, "women": true,
	"soldiers": true, "officers": true, "firefighters": true, "others": true,
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "are": true, "is": true,
	"reported": true, "confirmed": true, "now": true, "believed": true, "feared": true, "seriously": true,
	"badly": true, "critically": true, "slightly": true, "fatally": true,
	"personer": true, "människor": true, "arbetare": true, "barn": true, "passagerare": true, "har": true,
	"hade": true, "blev": true, "är": true, "var": true, "svårt": true, "lindrigt": true, "allvarligt": true,
}

// casualtySubset before or after a count makes it a part of the total, not
// the total: "two of the injured died", "another two died", "a further
// three were hurt".
var casualtySubset = map[string]bool{"another": true, "further": true, "additional": true, "more": true,
	"ytterligare": true}

// updateCues say a figure revises an earlier one ("the death toll has
// risen to six").
var updateCues = []string{"risen to", "rose to", "rises to", "climbed to", "increased to", "has reached",
	"have reached", "now stands at", "jumped to", "stiger till", "steg till", "stigit till", "ökat till", "ökade till"}

// casualty reports whether the count whose surrounding words are before
// (up to the count, in order) and after is a casualty figure, and which.
// part reports a casualty count that is only a part of the toll ("two of
// the injured died", "another two died"): no figure at all.
func casualty(before, after []word) (measure string, ok, part bool) {
	m, ok := casualtyMeasure(before, after)
	if !ok {
		return "", false, false
	}
	if len(after) > 0 && strings.EqualFold(after[0].text, "of") {
		return "", false, true
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		if casualtySubset[strings.ToLower(before[k].text)] {
			return "", false, true
		}
	}
	return m, true, false
}

// casualtyMeasure is casualty without the test for parts.
func casualtyMeasure(before, after []word) (string, bool) {
	// "two of the injured died": look past the partitive for the verb.
	if len(after) > 2 && strings.EqualFold(after[0].text, "of") {
		k := 1
		for k < len(after) && k < 4 && !casualtyAfterWord(after[k].text) {
			k++
		}
		if k < len(after) && k < 5 {
			if m, ok := casualtyAfter[strings.ToLower(after[k].text)]; ok {
				return m, true
			}
		}
	}
	if len(before) > 0 {
		if m, ok := casualtyBefore[strings.ToLower(before[len(before)-1].text)]; ok {
			return m, true
		}
	}
	// "the death toll (from ...) has risen to six", "toll of six": a toll
	// earlier in the clause, linked to the count by "to", "at", "of", ...
	if len(before) > 0 && tollLinks[strings.ToLower(before[len(before)-1].text)] {
		for k := len(before) - 2; k >= 0 && k >= len(before)-20; k-- {
			w := strings.ToLower(before[k].text)
			if w == "." || w == ";" || w == "," {
				break
			}
			if tollWords[w] {
				return MeasureDeaths, true
			}
		}
	}
	severity := ""
	for i, w := range after {
		if i > 3 {
			break
		}
		lw := strings.ToLower(w.text)
		if m, ok := casualtyAfter[lw]; ok {
			if i+1 < len(after) && severity == "" {
				severity = severityWords[strings.ToLower(after[i+1].text)] // "skadades svårt"
			}
			if severity != "" && m == MeasureInjured {
				// "four were seriously injured" counts a part of the
				// injured: its own measure, never the whole toll's.
				m += " (" + severity + ")"
			}
			return m, true
		}
		if s, ok := severityWords[lw]; ok {
			severity = s
		}
		if !casualtyFiller[lw] {
			break
		}
	}
	return "", false
}

// severityWords qualify an injured count.
var severityWords = map[string]string{"seriously": "seriously", "badly": "seriously", "critically": "critically",
	"gravely": "seriously", "slightly": "slightly", "svårt": "seriously", "allvarligt": "seriously",
	"lindrigt": "slightly", "livshotande": "critically"}

// isUpdate reports whether a sentence revises a figure.
func isUpdate(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, c := range updateCues {
		if strings.Contains(lower, c) {
			return true
		}
	}
	// A running count: "five people have now died", "so far", "hittills".
	words := " " + strings.Join(strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	for _, c := range []string{" now ", " so far ", " to date ", " hittills ", " nu ", " totalt "} {
		if strings.Contains(words, c) {
			return true
		}
	}
	return false
}

// risingToll reports a line saying a toll rose ("Storm death toll
// rises", "Dödssiffran stiger").
func risingToll(line string) bool {
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) })
	toll, rise := false, false
	for _, w := range words {
		switch w {
		case "toll", "dödssiffran", "dödstalet":
			toll = true
		case "rise", "rises", "risen", "rising", "climbs", "climbed", "stiger", "stigit", "steg":
			rise = true
		}
	}
	return toll && rise
}

func casualtyAfterWord(w string) bool {
	_, ok := casualtyAfter[strings.ToLower(w)]
	return ok
}
