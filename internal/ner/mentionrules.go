package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dateline"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// The mention rules, in the order of mentionRules.

// datelineWords: a dateline of several words cut short ("NEW" dropped
// from "NEW YORK 1996-08-30") takes its first words back.
func datelineWords(d *doc, c *candidate) verdict {
	if c.Start <= c.s.Start {
		return keep
	}
	lead := d.src[c.s.Start:c.Start]
	ext := span.Mention{Text: d.src[c.s.Start:c.End], Type: c.Type, Start: c.s.Start, End: c.End, Sentence: c.Sentence}
	if dateline.CapitalsOnly(lead) && !strings.ContainsFunc(lead, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) && datelinePlace(d.lx, d.src, c.s, ext) {
		c.Mention = ext
	}
	return keep
}

// knownPlaces types as a place a country, a large city or a dateline's
// place.
func knownPlaces(d *doc, c *candidate) verdict {
	if placeNotPerson(d.lx, c.Text, c.Type) || datelinePlace(d.lx, d.src, c.s, c.Mention) || cityNotPerson(d.lx, c.Text, c.Type) {
		c.Type = span.GPE
		c.place = true
	}
	return keep
}

// shoutedWords: "FREE", "NEED HELP NOW": ordinary words of four
// letters or more written in capitals for emphasis outside a capitals
// headline are no name (and no acronym; "WHO", "US" are shorter or
// known places).
func shoutedWords(d *doc, c *candidate) verdict {
	if c.place || allCapsSentence(d.src, c.s) || strings.ToUpper(c.Text) != c.Text {
		return keep
	}
	for _, w := range strings.Fields(c.Text) {
		if utf8.RuneCountInString(w) < 4 || !d.e.english.Ordinary(w) {
			return keep
		}
	}
	return drop
}

// givenNamePlaces: "Nina", "Pauline": a one-word place that is a given
// name of the lexicon and no known place is a person.
func givenNamePlaces(d *doc, c *candidate) verdict {
	if (c.Type == span.GPE || c.Type == span.Location) && !strings.Contains(c.Text, " ") && !c.place && d.lx.IsGivenName(c.Text) &&
		!d.lx.IsPlace(c.Text) && !allCapsSentence(d.src, c.s) {
		c.Type = span.Person
	}
	return keep
}

// ordinaryPhrasePeople: "Benefit Payments", "Poor Service": a person
// of two words or more, every word one the casing lexicon knows as
// ordinary and the first no given name, is a title-case phrase, no name;
// an ordinary first word before a given name is cut off ("Dear Ada").
// The given names here are the listed ones and those learnt from
// labelled data (Lexicon.IsLearntGivenName: "Conductor Jarryd Tolvane").
func ordinaryPhrasePeople(d *doc, c *candidate) verdict {
	words := strings.Fields(c.Text)
	if c.Type != span.Person || len(words) < 2 || d.e.english == nil || d.lx.IsLearntGivenName(words[0]) {
		return keep
	}
	// "Dear Ada", "Ask Pauline": an ordinary word before a given name
	// is cut off.
	if first, rest, _ := strings.Cut(c.Text, " "); first != "" && capitalised(rest) && d.e.english.Ordinary(first) && d.lx.IsLearntGivenName(words[1]) &&
		c.Start+len(first)+1 <= c.End && c.End <= len(d.src) && d.src[c.Start:c.Start+len(first)+1] == first+" " {
		c.Start += len(first) + 1
		c.Text = rest
		return keep
	}
	if allOrdinary(c.Text, d.e.english.Ordinary) {
		return drop
	}
	return keep
}

// exclamationLines: "Very Impressed .", "Stay Strong ! !": a sentence
// that is two or three capitalised ordinary words alone before a full
// stop or an exclamation mark is an exclamation or a review's verdict
// written in title case, no name (a headline ends in no stop).
func exclamationLines(d *doc, c *candidate) verdict {
	if c.place || d.e.english == nil || c.s.Start < 0 || c.s.End > len(d.src) {
		return keep
	}
	full := strings.TrimRight(d.src[c.s.Start:c.s.End], " \n")
	if !strings.HasSuffix(full, ".") && !strings.HasSuffix(full, "!") {
		return keep
	}
	if c.Start != c.s.Start || c.End-c.s.Start != len(strings.TrimRight(full, " .!")) {
		return keep
	}
	ws := strings.Fields(c.Text)
	if len(ws) < 2 || len(ws) > 3 {
		return keep
	}
	if allOrdinary(c.Text, d.e.english.Ordinary) {
		return drop
	}
	return keep
}

// listedThingAcronyms: "HCA , MCT , green tea extract , CLA": an
// acronym (no dotted abbreviation) that is an item of a list beside an
// item of lower-case words names a thing of that kind, a substance, a
// test or a condition, no name.
func listedThingAcronyms(d *doc, c *candidate) verdict {
	if !isAcronymWord(c.Text) || strings.Contains(c.Text, ".") || allCapsSentence(d.src, c.s) {
		return keep // "D.C." of "Washington, D.C., and ..." abbreviates a name
	}
	sent := d.src[c.s.Start:c.s.End]
	at, end := c.Start-c.s.Start, c.End-c.s.Start
	if at < 0 || end > len(sent) {
		return keep
	}
	l := strings.LastIndexAny(sent[:at], ",;") // the item's left edge
	r := strings.IndexAny(sent[end:], ",;")    // its right edge
	if r >= 0 {
		r += end
	}
	if (l < 0 || sent[l] != ',') && (r < 0 || sent[r] != ',') {
		return keep // no comma beside it: no list
	}
	before, after := sent[l+1:at], sent[end:]
	if r >= 0 {
		after = sent[end:r]
	}
	// "dried kelp and QXT", "QXT or dried kelp": an item the same
	// comma-parted stretch holds beside a conjunction.
	innerPrev, innerNext := "", ""
	if k := max(strings.LastIndex(before, " and "), strings.LastIndex(before, " or ")); k >= 0 {
		innerPrev, before = before[:k], before[k:]
	}
	if k := firstConjunction(after); k >= 0 {
		innerNext, after = after[k:], after[:k]
	}
	for _, w := range strings.Fields(before + " " + after) { // "and", "5 -" of "and 5 - HTP" only
		if w != "and" && w != "or" && w != "-" && strings.Trim(w, "0123456789") != "" && strings.Trim(w, ".!?") != "" {
			return keep
		}
	}
	prev, next := innerPrev, innerNext
	if l >= 0 && sent[l] == ',' && prev == "" {
		prev = sent[strings.LastIndexAny(sent[:l], ",;")+1 : l]
	}
	if r >= 0 && sent[r] == ',' && next == "" {
		rest := sent[r+1:]
		if k := strings.IndexAny(rest, ",;"); k >= 0 {
			rest = rest[:k]
		}
		next = rest
	}
	if lowerCaseItem(d.lx, prev) || lowerCaseItem(d.lx, next) {
		return drop
	}
	return keep
}

// firstConjunction is the offset of the first " and " or " or " in s, or
// -1.
func firstConjunction(s string) int {
	a, o := strings.Index(s, " and "), strings.Index(s, " or ")
	if a < 0 || (o >= 0 && o < a) {
		return o
	}
	return a
}

// lowerCaseItem reports a list item of one to five lower-case words, an
// "and" or "or" first allowed, opened by no function word ("green tea
// extract", "and control subjects"; not "and others", "it said").
func lowerCaseItem(lx *lexicon.Lexicon, item string) bool {
	ws := strings.Fields(strings.TrimRight(item, " .!?"))
	if len(ws) > 0 && (ws[0] == "and" || ws[0] == "or") {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 5 || lx.Has(lexicon.FunctionWordsEn, ws[0]) {
		return false // "it said" of "NATO, it said, ..." is a clause
	}
	for _, w := range ws {
		if w != "-" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) && r != '-' }) >= 0 {
			return false
		}
	}
	return true
}

// acronymOrgs: "NATO", "OSCE": acronyms name organisations more than
// anything.
func acronymOrgs(d *doc, c *candidate) verdict {
	if !c.place && c.Type != span.Org && isAcronymWord(c.Text) && !allCapsSentence(d.src, c.s) {
		c.Type = span.Org
	}
	return keep
}

// noArticlePerson: no person takes an article: "the Civic Hall", "the
// White House" are places, "the Baltimore Orioles", "the Phillies" sides
// ("the Obama administration", "the Dalai Lama" stay).
func noArticlePerson(d *doc, c *candidate) verdict {
	if c.Type != span.Person || !strings.EqualFold(wordBefore(d.src, c.Start), "the") || allCapsSentence(d.src, c.s) {
		return keep
	}
	switch {
	case strings.Contains(c.Text, " ") && locationHead(d.lx, strings.ToLower(textutil.LastField(c.Text))):
		c.Type = span.Location
	case sideName(d.lx, c.Text):
		c.Type = span.Org
	}
	return keep
}

// personalNames: "Rodney Eyles", "Oliver McCall": a given name and a
// surname typed a place are a person.
func personalNames(d *doc, c *candidate) verdict {
	if (c.Type == span.GPE || c.Type == span.Location) && !allCapsSentence(d.src, c.s) && d.e.personalName(c.Text) {
		c.Type = span.Person
	}
	return keep
}

// countryNamedOrgs: "Air France", "Statistics Canada" typed a person
// are organisations, unless words around make them a person.
func countryNamedOrgs(d *doc, c *candidate) verdict {
	if c.Type == span.Person && d.e.countryNamed(c.Text) && !personAround(d.lx, d.src, c.Mention) {
		c.Type = span.Org
	}
	return keep
}

// acronymOpenedOrgs: "BBC Radio Wales" typed a person is an
// organisation.
func acronymOpenedOrgs(d *doc, c *candidate) verdict {
	if c.Type == span.Person && acronymOpened(d.lx, c.Text) && !allCapsSentence(d.src, c.s) {
		c.Type = span.Org
	}
	return keep
}

// acronymEndedNames: "Tarnby AC" typed a person is a club, "Quorvex
// DVD" a thing: no person's name ends in an acronym but a post-nominal
// or a regnal number.
func acronymEndedNames(d *doc, c *candidate) verdict {
	words := strings.Fields(c.Text)
	if c.Type != span.Person || len(words) < 2 || allCapsSentence(d.src, c.s) || !strings.ContainsFunc(c.Text, unicode.IsLower) {
		return keep
	}
	last := words[len(words)-1]
	if !isAcronymWord(last) || romanNumeral(last) || d.lx.Has(lexicon.PostNominals, strings.ToLower(last)) || d.lx.Has(lexicon.NerPersonWords, strings.ToLower(last)) {
		return keep
	}
	c.Type = span.Org
	if d.lx.Has(lexicon.ThingAcronyms, strings.ToLower(last)) {
		c.Type = span.Misc
	}
	return keep
}

// calendarWords: "Monday", "July": dates, not names.
func calendarWords(d *doc, c *candidate) verdict {
	if d.lx.Has(lexicon.NerCalendarWords, strings.ToLower(strings.TrimSuffix(c.Text, "."))) {
		return drop
	}
	return keep
}

// loneInitials: an initial ("S. Waugh"), which withInitials puts back
// on its name.
func loneInitials(d *doc, c *candidate) verdict {
	if utf8.RuneCountInString(c.Text) == 1 && c.End < len(d.src) && d.src[c.End] == '.' {
		return drop
	}
	return keep
}

// tableHeaders: "W D L PCT GB".
func tableHeaders(_ *doc, c *candidate) verdict {
	if tableHeader(c.Text) {
		return drop
	}
	return keep
}

// eventNames: "Marenza Grand Prix", "World Cup", "Korean War", and the
// event word alone ("the Cup", "Olympics"): an event, no person or
// place. A lone event word after a demonym that prose parted from it
// takes the demonym back ("Tarnish Open"; demonyms drops the demonym's
// own mention).
func eventNames(d *doc, c *candidate) verdict {
	if !d.lx.Has(lexicon.NerEventHeads, strings.ToLower(strings.TrimSuffix(textutil.LastField(c.Text), "."))) {
		return keep
	}
	if !strings.Contains(c.Text, " ") {
		if w, at := previousWord(d.src, c.s.Start, c.Start); w != "" && d.lx.IsDemonym(w) {
			// "Tarnish Open": prose parts the demonym, which demonyms drops
			c.Start, c.Text = at, d.src[at:c.End]
		}
	}
	c.Type = span.Misc
	return keep
}

// previousWord returns the capitalised word that only one space parts
// from src[end:] within the sentence opening at start, and its offset
// ("" when there is none).
func previousWord(src string, start, end int) (string, int) {
	if end-1 <= start || src[end-1] != ' ' {
		return "", 0
	}
	at := strings.LastIndexFunc(src[start:end-1], func(r rune) bool { return !unicode.IsLetter(r) }) + 1 + start
	w := src[at : end-1]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "", 0
	}
	return w, at
}

// demonyms: "Iranian", "Kurdish", "Sunni": adjectives of nations and
// faiths, no name, alone or before lower-case words ("Catholic
// civilians"); "Iraqis", "Muslims": a group of people, MISC
// (demonymWord). A demonym ending a longer name before a lower-case
// word (no company suffix: "Anglo American plc"; no plural: "the Royal
// Scots regiment") is that word's, cut off the name ("Tarnby Mariners
// American football"), and with a compass point or an ordinary word
// alone before it no name ("West African traders"); not after a
// place, a given name or a title ("Tarnby Irish fans", "Ada German
// said", "Mr German said").
func demonyms(d *doc, c *candidate) verdict {
	if i := strings.LastIndexByte(c.Text, ' '); i > 0 && c.End < c.s.End && d.src[c.End] == ' ' {
		if last, next := c.Text[i+1:], nextWord(d.src, c.End, c.s.End); next != "" &&
			d.lx.IsDemonym(last) && !d.lx.PluralS(last) && !d.lx.IsPlace(last) && !d.lx.Has(lexicon.CompanySuffixes, next) {
			switch rest, before := c.Text[:i], strings.TrimSuffix(textutil.LastField(c.Text[:i]), "."); {
			case d.lx.IsPlace(rest) || d.lx.IsGivenName(before) || onlyWordsOf(d.lx, before, lexicon.SpeakerTitles):
				// "Tarnby Irish fans" (a side's name), "Ada German said", "Mr German said" (a surname)
			case demonymModifier(d, rest):
				return drop // "West African traders", "Four British soldiers"
			default:
				// "Tarnby Mariners American football": the demonym is the next noun's
				c.End, c.Text = c.Start+i, rest
			}
		}
	}
	single, plural := demonymWord(d.lx, strings.TrimSuffix(c.Text, "."))
	if first, rest, ok := strings.Cut(c.Text, " "); ok && strings.ToLower(rest) == rest {
		single, _ = demonymWord(d.lx, first) // "Catholic civilians"
	} else if s, p := demonymRun(d.lx, c.Text); ok && !single && !plural {
		single, plural = s, p // "Lebanese Shiite", "Iraqi Shiites"
	}
	switch {
	case single:
		return drop
	case plural:
		c.Type = span.Misc
	}
	return keep
}

// demonymRun reports a name of two words or more made only of demonyms
// and group words, the last singular ("Shiite Muslim", "Lebanese
// Shiite": an adjective) or plural ("Iraqi Shiites": a group).
func demonymRun(lx *lexicon.Lexicon, name string) (single, plural bool) {
	words := strings.Fields(name)
	for i, w := range words {
		s, p := demonymWord(lx, w)
		switch {
		case i < len(words)-1 && !s:
			return false, false
		case i == len(words)-1:
			return s, p
		}
	}
	return false, false
}

// demonymModifier reports a word that only qualifies a demonym after
// it: a compass point or its adjective ("South", "Eastern"), or an
// ordinary word ("Four", "Former").
func demonymModifier(d *doc, w string) bool {
	if strings.Contains(w, " ") {
		return false
	}
	lw := strings.ToLower(w)
	return d.lx.Has(lexicon.CompassPoints, lw) || d.lx.Has(lexicon.CompassPoints, strings.TrimSuffix(lw, "ern")) || d.e.english.Ordinary(w)
}

// loneLetters: a lone letter is no person.
func loneLetters(_ *doc, c *candidate) verdict {
	if c.Type == span.Person && utf8.RuneCountInString(c.Text) == 1 {
		return drop
	}
	return keep
}

// sportNames: "SOCCER - ...", "Cricket": a section's sport, not a name.
func sportNames(d *doc, c *candidate) verdict {
	if d.lx.Has(lexicon.NerSportNames, strings.ToLower(c.Text)) {
		return drop
	}
	return keep
}

// ordinaryPlaceWords: an ordinary word (by the casing lexicon) typed a
// place, alone in an all-capitals headline ("SOCCER", "CRICKET") or
// opening a sentence ("Scorers", "Bowling"), is no name; so is a
// company's head (company_heads) typed a place alone opening a sentence,
// which the casing lexicon knows capitalised in companies' names
// ("Airways have ..."). Organisations named by an ordinary word ("Unite")
// stay.
func ordinaryPlaceWords(d *doc, c *candidate) verdict {
	if strings.Contains(c.Text, " ") || c.Type != span.GPE && c.Type != span.Location || d.lx.IsPlace(c.Text) {
		return keep
	}
	opening := sentenceInitialWord(d.src, c.s, c.Mention) && !isAcronymWord(c.Text)
	if d.e.english.Ordinary(c.Text) && (allCapsSentence(d.src, c.s) || opening && !d.known[c.Text]) ||
		opening && d.lx.Has(lexicon.CompanyHeads, strings.ToLower(c.Text)) {
		return drop // "Airlines have ...": a company's head alone, though "Tarnby Airlines" capitalises it
	}
	return keep
}

// quoteOpeningWords: '... the campaign urges: "Vote Kestrel and ..."': an
// ordinary word opening a quote, capitalised only for that, is no part
// of the name.
func quoteOpeningWords(d *doc, c *candidate) verdict {
	first, rest, ok := strings.Cut(c.Text, " ")
	for ok && !capitalised(rest) && d.lx.Has(lexicon.StopwordsEn, strings.ToLower(first)) { // "In the Tarnby League": the small words after a function word go too, not "Bank of Saltmere"'s
		w, more, two := strings.Cut(rest, " ")
		if !two || !d.lx.Has(lexicon.StopwordsEn, w) {
			break
		}
		rest = more
	}
	if ok && quoteInitial(d.src, c.Start) && d.e.english.Ordinary(first) && capitalised(rest) {
		at := c.Start + len(c.Text) - len(rest)
		c.Start, c.Text = at, rest
	}
	return keep
}

// ordinaryOpeners: "Disaster struck", "Tin was unchanged": an ordinary
// word opening a sentence that the text never capitalises mid-sentence
// ("Brown said" after "Gordon Brown" stays).
func ordinaryOpeners(d *doc, c *candidate) verdict {
	if sentenceInitialWord(d.src, c.s, c.Mention) && !d.known[c.Text] && d.e.english.Ordinary(c.Text) && !isAcronymWord(c.Text) &&
		!d.lx.IsPlace(c.Text) && !allCapsSentence(d.src, c.s) {
		return drop
	}
	return keep
}

// lineLabels: "Attendance : 200", "Women 's 1,500 metres", "Scorers :":
// an ordinary word, or one the text never writes mid-sentence before a
// colon, labelling a line, not a name.
func lineLabels(d *doc, c *candidate) verdict {
	rest := d.src[c.End:c.s.End]
	if sentenceInitialWord(d.src, c.s, c.Mention) && labelOpening(rest) &&
		(d.e.english.Ordinary(c.Text) || d.lower[strings.ToLower(c.Text)] ||
			!d.known[c.Text] && !d.lx.IsPlace(c.Text) && strings.HasPrefix(strings.TrimLeft(rest, " "), ":")) {
		return drop
	}
	return keep
}

// lowerCaseOpeners: a capitalised word opening a sentence that the same
// text also uses in lower case is an ordinary word, and so is a common
// opener ("However", "Meanwhile").
func lowerCaseOpeners(d *doc, c *candidate) verdict {
	lw := strings.ToLower(c.Text)
	if sentenceInitialWord(d.src, c.s, c.Mention) && (d.lower[lw] || d.lx.Has(lexicon.NerCommonInitial, lw)) {
		return drop
	}
	return keep
}

// roleOpeners: a word opening a sentence before a role ("Chief executive
// ...", "Defence barrister ...", "Disgraced former mayor ...") is an
// ordinary word, unless the text also capitalises it mid-sentence or in
// a longer name ("Halvorsen chief executive", "Halvorsen Foods").
func roleOpeners(d *doc, c *candidate) verdict {
	if sentenceInitialWord(d.src, c.s, c.Mention) && (roleModifier(d.lx, c.Text) || !d.known[c.Text]) &&
		roleWord(d.lx, nextWord(d.src, c.End, c.s.End)) {
		return drop
	}
	return keep
}
