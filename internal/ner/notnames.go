package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Capitalised words that are no names: interjections, greetings and
// words of address, words and acronyms of things and roles, demonyms and
// group words (the demonyms rule).

// interjections: "Sorry", "Lol", "Kindest regards", "Hi", "Mom",
// "Pleaseee": an interjection, a sign-off, a greeting or a word of
// address alone, or a word stretched for emphasis (elongatedWord), is no
// name; a greeting before a name is cut off it ("Hey Vladi", "Dear
// Nina"), and so is an interjection before a given name ("Thanks Ada
// Quill"), unless written in capitals ("HI Europe", a firm); one in
// capitals that the text spells out stays ("EW" after "Entertainment
// Weekly").
func interjections(d *doc, c *candidate) verdict {
	first, rest, ok := strings.Cut(c.Text, " ")
	lw := strings.ToLower(strings.TrimSuffix(first, ".")) // "Thanks."
	greeting, interjection := d.lx.Has(lexicon.Greetings, lw), d.lx.Has(lexicon.Interjections, lw) || !ok && d.lx.Has(lexicon.AddressWords, lw)
	if !ok && !greeting && !interjection && elongatedWord(d, c.Text) {
		return drop
	}
	if ok && stretchedPhrase(d, c.Text) {
		return drop // "LOVE ITTTTTT", "OMG YASSSSS"
	}
	switch {
	case !greeting && !interjection:
		return keep
	case isAcronymWord(first) && spelledOut(d.lx, d.src, first):
		return keep // "EW" of "Entertainment Weekly"
	case !ok:
		return drop
	case capitalised(rest) && !isAcronymWord(first) && (greeting || d.lx.IsGivenName(textFirstField(rest))) &&
		c.Start+len(first)+1 <= c.End && c.End <= len(d.src) && d.src[c.Start:c.Start+len(first)+1] == first+" ":
		c.Start += len(first) + 1
		c.Text = rest
		return interjections(d, c) // "Hey Hey"
	}
	return keep
}

// stretchedPhrase reports words of which one or more are stretched for
// emphasis (elongatedWord) and the others interjections or ordinary
// words ("LOVE ITTTTTT", "OMG YASSSSS", "GWOOOOD SHIIIIT").
func stretchedPhrase(d *doc, text string) bool {
	if d.e.english == nil {
		return false
	}
	stretched := false
	for _, w := range strings.Fields(text) {
		switch {
		case elongatedWord(d, w):
			stretched = true
		case !d.lx.Has(lexicon.Interjections, strings.ToLower(w)) && !d.e.english.Ordinary(w):
			return false
		}
	}
	return stretched
}

// openingInterjections: "Bye Capwin!", "Damn Vorena is fast",
// "Awwwww Didga": an interjection (or one stretched for emphasis) that
// opens a sentence is capitalised for its place there, not as part of
// the name after it, which interjections keeps whole unless a given
// name; so it is cut off a name whose next word is no ordinary word by
// the casing lexicon, no word news capitalises (news_capitalised_words),
// no stop word, no single letter and no acronym ("Great Lakes", "Cool
// FM", "Ok I" stay). A
// known place, a person-name word first, a name the text writes again
// and a sentence in capitals keep it.
func openingInterjections(d *doc, c *candidate) verdict {
	first, rest, ok := strings.Cut(c.Text, " ")
	if !ok || d.e.english == nil || !capitalised(rest) || isAcronymWord(first) || allCapsSentence(d.src, c.s) || !openingInterjection(d, first) {
		return keep
	}
	next := textFirstField(rest)
	if utf8.RuneCountInString(next) < 2 || d.lx.Has(lexicon.StopwordsEn, strings.ToLower(next)) || d.e.english.Ordinary(next) || isAcronymWord(next) || d.lx.HasLower(lexicon.NewsCapitalisedWords, next) || d.lx.IsLearntGivenName(first) {
		return keep
	}
	if c.Start < c.s.Start || c.End > len(d.src) || strings.TrimLeft(d.src[c.s.Start:c.Start], " \"'“‘([«„") != "" ||
		d.src[c.Start:c.Start+len(first)+1] != first+" " {
		return keep
	}
	if d.lx.IsPlace(c.Text) || d.writtenAgain(c.Text) {
		return keep
	}
	c.Start += len(first) + 1
	c.Text = rest
	return keep
}

// openingInterjection reports an interjection, or one stretched for
// emphasis ("Awwwww"), in interjections.
func openingInterjection(d *doc, w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if d.lx.Has(lexicon.Interjections, lw) {
		return true
	}
	one, two, stretched := collapseRuns(w)
	return stretched && (d.lx.Has(lexicon.Interjections, strings.ToLower(one)) || d.lx.Has(lexicon.Interjections, strings.ToLower(two)))
}

// thingWords: "Aquarius", "WiFi": a word for a thing alone is no name.
// tableAbbreviations: a name holding an abbreviation of wire tables,
// its other words ordinary ones or dates, is none ("Shr", "Nine Mths",
// "QTR NET"; not "Tarnby Pump Works <TPW> Raises Qtly").
func tableAbbreviations(d *doc, c *candidate) verdict {
	if !holdsTableAbbreviation(d.lx, c.Text) {
		return keep
	}
	for _, w := range strings.FieldsFunc(c.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		if !d.lx.Has(lexicon.TableAbbreviations, lw) && !d.lx.Has(lexicon.NerCalendarWords, lw) && (d.e == nil || d.e.english == nil || !d.e.english.Ordinary(w)) {
			return keep
		}
	}
	return drop
}

// datedLabels: "Pay April 30", "Record March 9", "Closing June 2": a
// capitalised ordinary word and a month, a day's number right after
// them, label a date in a table or a notice; no name.
func datedLabels(d *doc, c *candidate) verdict {
	first, month, ok := strings.Cut(c.Text, " ")
	if !ok || d.e == nil || d.e.english == nil || !d.lx.Has(lexicon.MonthsEn, strings.ToLower(month)) || !d.e.english.Ordinary(first) || c.End >= len(d.src) {
		return keep
	}
	rest := strings.TrimLeft(d.src[c.End:], " ")
	if rest == "" || len(rest) == len(d.src)-c.End || rest[0] < '0' || rest[0] > '9' {
		return keep // no day's number right after
	}
	return drop
}

// holdsTableAbbreviation reports a word of text that is an abbreviation
// of wire copy's tables (table_abbreviations).
func holdsTableAbbreviation(lx *lexicon.Lexicon, text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lx.Has(lexicon.TableAbbreviations, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func thingWords(d *doc, c *candidate) verdict {
	if d.lx.Has(lexicon.ThingWords, strings.ToLower(c.Text)) {
		return drop
	}
	return keep
}

// celestialBodies: "Mercury and Venus are conjunct": a planet's name
// alone is no name in a sentence naming another planet, capitalised
// (astronomy's or astrology's talk of the planets).
func celestialBodies(d *doc, c *candidate) verdict {
	if strings.Contains(c.Text, " ") || !d.lx.Has(lexicon.CelestialBodies, strings.ToLower(c.Text)) || c.s.Start < 0 || c.s.End > len(d.src) {
		return keep
	}
	for _, w := range strings.FieldsFunc(d.src[c.s.Start:c.s.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w != c.Text && hasUpper(w[:1]) && d.lx.Has(lexicon.CelestialBodies, strings.ToLower(w)) {
			return drop
		}
	}
	return keep
}

// elongatedWord reports a word stretched for emphasis ("Pleaseee",
// "Loooool", "Beyoooond"): a letter three times or more in a row, and
// the word with each such run cut to one or two letters an interjection,
// a greeting, a word of address or an ordinary word ("SUAREZZZZ" stays a
// name, and so do acronyms: "PPP").
func elongatedWord(d *doc, w string) bool {
	one, two, stretched := collapseRuns(w)
	if !stretched || isAcronymWord(w) { // "PPP", "KKK"
		return false
	}
	for _, v := range [...]string{one, two} {
		lv := strings.ToLower(v)
		if d.lx.Has(lexicon.Interjections, lv) || d.lx.Has(lexicon.Greetings, lv) || d.lx.Has(lexicon.AddressWords, lv) ||
			d.e.english != nil && d.e.english.Ordinary(v) {
			return true
		}
	}
	return false
}

// collapseRuns returns w with every run of three or more of one letter
// cut to one letter and to two, and whether w has such a run.
func collapseRuns(w string) (one, two string, stretched bool) {
	rs := []rune(w)
	var a, b strings.Builder
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && unicode.ToLower(rs[j]) == unicode.ToLower(rs[i]) {
			j++
		}
		n := j - i
		if n >= 3 && unicode.IsLetter(rs[i]) {
			stretched = true
			a.WriteRune(rs[i])
			b.WriteString(string(rs[i : i+2]))
		} else {
			a.WriteString(string(rs[i:j]))
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return a.String(), b.String(), stretched
}

// textFirstField is the first space-separated word of s.
func textFirstField(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// demonymWord reports a word for a nation, a faith or a people that is
// no name alone: an adjective or a noun the lexicon lists ("Iranian",
// "Sunni", "Danes": single), or the plural of one ("Iraqis",
// "Palestinians", "Muslims", "Frenchmen": plural), which names a group
// of people as CoNLL's MISC does.
func demonymWord(lx *lexicon.Lexicon, w string) (single, plural bool) {
	w = strings.TrimRight(w, "'’")
	if lx.IsPlace(w) {
		return false, false // "Laos", not "Lao"s
	}
	if groupSingular(lx, w) {
		return true, false
	}
	// Not lx.Singular: its "us" words keep their "s" ("campus"), while a
	// listed group word before an "s" is always its plural ("Hindus").
	if stem, ok := strings.CutSuffix(w, "s"); ok && utf8.RuneCountInString(stem) >= 3 && groupSingular(lx, stem) {
		return false, true
	}
	for suf := range lx.Set(lexicon.DemonymPersonEndings) { // any ending found gives the one answer
		if stem, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(stem) >= 3 && lx.IsDemonym(stem) {
			return false, true
		}
	}
	return false, false
}

// groupSingular reports a demonym or a group word ("Sunni", "Kurd").
func groupSingular(lx *lexicon.Lexicon, w string) bool {
	return lx.IsDemonym(w) || lx.Has(lexicon.GroupWords, strings.ToLower(w))
}

// thingAcronyms cuts a role's acronym off a person's name ("Ada Quill
// MP") and drops an acronym of a thing or a role ("DUI", "ADHD", "GDP",
// "MP"),
// unless the text spells it out as an organisation's name: a found
// organisation or a capitalised run ending in an organisation's head
// whose initials are the acronym ("Bureau of Data Processing (BDP)"), or
// the lexicon knows it as an agency or an outlet.
func thingAcronyms(d *doc) {
	var org map[string]bool // acronym -> spelled out as an organisation
	var gone []bool
	for i, m := range d.ms {
		written := writtenThingAcronym(d, m)
		if m.Type == span.Person && !written {
			d.ms[i] = withoutRoleAcronym(d.lx, m) // "Ada Quill MP"
			continue
		}
		if !written && !thingAcronym(d.lx, m.Text) {
			continue
		}
		k := thingAcronymKey(m.Text)
		spelled, ok := org[k]
		if !ok {
			if org == nil {
				org, gone = map[string]bool{}, make([]bool, len(d.ms))
			}
			// A role's acronym spelled out is still a role ("PM",
			// "Prime Minister"), never an organisation, unless the
			// text writes it as a body one is in ("in the CPA").
			if d.lx.Has(lexicon.RoleAcronyms, strings.ToLower(k)) {
				spelled = bodyAcronym(d, k)
			} else {
				spelled = spelledOrg(d, k)
			}
			org[k] = spelled
		}
		gone[i] = !spelled
	}
	if gone == nil {
		return
	}
	kept := d.ms[:0]
	for i, m := range d.ms {
		if !gone[i] {
			kept = append(kept, m)
		}
	}
	d.ms = kept
}

// withoutRoleAcronym cuts a role's acronym written after a person's name
// of two words or more off it ("Ada Quill MP", "Bo Lind QC").
func withoutRoleAcronym(lx *lexicon.Lexicon, m span.Mention) span.Mention {
	i := strings.LastIndexByte(m.Text, ' ')
	if i < 0 || !strings.Contains(m.Text[:i], " ") {
		return m
	}
	last := m.Text[i+1:]
	if !isAcronymWord(last) && !isAcronymWord(strings.TrimSuffix(last, "s")) || !lx.Has(lexicon.RoleAcronyms, strings.ToLower(last)) {
		return m
	}
	m.Text = strings.TrimRight(m.Text[:i], " ")
	m.End = m.Start + len(m.Text)
	return m
}

// writtenThingAcronym reports a thing's acronym of four letters or more
// written as a word, after a word in lower case ("against Aids"; not a
// title-case headline's "Aids", which may be the verb), or thing acronyms
// joined by a slash ("HIV/Aids").
func writtenThingAcronym(d *doc, m span.Mention) bool {
	if m.Start < 0 || m.End > len(d.src) || m.Start > m.End {
		return false
	}
	from := strings.LastIndexAny(d.src[:m.Start], " \n\t") + 1
	to := len(d.src)
	if k := strings.IndexAny(d.src[m.End:], " \n\t"); k >= 0 {
		to = m.End + k
	}
	if word := strings.TrimRight(d.src[from:to], ".,;:!?)\"'"); strings.Contains(word, "/") {
		parts := strings.Split(word, "/")
		for _, p := range parts {
			if !thingAcronym(d.lx, p) && !titleThingAcronym(d.lx, p) {
				return false
			}
		}
		return true
	}
	if !titleThingAcronym(d.lx, m.Text) {
		return false
	}
	before := strings.TrimRight(d.src[:m.Start], " ")
	prev := before[strings.LastIndexAny(before, " \n\t")+1:]
	r, _ := utf8.DecodeRuneInString(prev)
	return prev != "" && unicode.IsLower(r)
}

// titleThingAcronym reports a word of four letters or more, a capital
// then lower case, whose capitals are a thing's acronym ("Aids").
func titleThingAcronym(lx *lexicon.Lexicon, w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= 4 && unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:] &&
		lx.Has(lexicon.ThingAcronyms, strings.ToLower(w))
}

// thingAcronymKey is the acronym of w, upper case, without a plural "s"
// ("IEDs" -> "IED").
func thingAcronymKey(w string) string {
	if strings.HasSuffix(w, "s") && utf8.RuneCountInString(w) > 2 {
		w = w[:len(w)-1]
	}
	return strings.ToUpper(w)
}

// thingAcronym reports w, written in capitals (with a plural "s" or
// not), that the lexicon lists as an acronym of a thing or a role ("MP")
// and not as an agency or an outlet.
func thingAcronym(lx *lexicon.Lexicon, w string) bool {
	k := thingAcronymKey(w)
	if utf8.RuneCountInString(k) < 2 || k != w && k+"s" != w {
		return false
	}
	lk := strings.ToLower(k)
	lw := strings.ToLower(w)
	return (lx.Has(lexicon.ThingAcronyms, lk) || lx.Has(lexicon.ThingAcronyms, lw) || lx.Has(lexicon.RoleAcronyms, lk) || lx.Has(lexicon.RoleAcronyms, lw)) &&
		!lx.Has(lexicon.NerNewsAgencies, lk) && !lx.Has(lexicon.NewsOutlets, lk)
}

// spelledOrg reports whether the text spells out acr as an
// organisation: a mention typed an organisation, or a run of capitalised
// words (organisation connectors inside) ending in an organisation's
// head, whose initials are acr.
// bodyAcronym reports a role's acronym acr that the text writes after
// "the" and a word of role_acronym_body_cues, no possessive after it
// ("the Neocons in the CPA"; not "in the PM's office"): a body, not a
// role.
func bodyAcronym(d *doc, acr string) bool {
	for from := 0; ; {
		i := strings.Index(d.src[from:], acr)
		if i < 0 {
			return false
		}
		a, b := from+i, from+i+len(acr)
		from = b
		if wordByteBefore(d.src, a) || wordByteAfter(d.src, b) || strings.HasPrefix(strings.TrimLeft(d.src[b:], " "), "'") || strings.HasPrefix(strings.TrimLeft(d.src[b:], " "), "’") {
			continue
		}
		if lastWord(d.src, a) != "the" {
			continue
		}
		at := len(strings.TrimRight(d.src[:a], " ")) - len("the")
		if d.lx.Has(lexicon.RoleAcronymBodyCues, wordBefore(d.src, at)) {
			return true
		}
	}
}

func spelledOrg(d *doc, acr string) bool {
	for _, m := range d.ms {
		if m.Type == span.Org && strings.Contains(m.Text, " ") && d.lx.Initials(strings.Fields(m.Text)) == acr {
			return true
		}
	}
	for _, run := range wordRuns(d.src) {
		for i := range run {
			for j := i + 1; j <= len(run); j++ {
				if d.lx.Initials(run[i:j]) == acr && orgHead(d.lx, run[j-1]) {
					return true
				}
			}
		}
	}
	return false
}

// spelledOut reports whether src has a run of capitalised words
// (organisation connectors inside) whose initials are acr
// ("Entertainment Weekly" for "EW").
func spelledOut(lx *lexicon.Lexicon, src, acr string) bool {
	for _, run := range wordRuns(src) {
		for i := range run {
			for j := i + 2; j <= len(run); j++ {
				if lx.Initials(run[i:j]) == acr {
					return true
				}
			}
		}
	}
	return false
}

// orgHead reports a word that ends organisations' names ("Institution",
// "Trust").
func orgHead(lx *lexicon.Lexicon, w string) bool {
	lw := strings.ToLower(w)
	return lx.Has(lexicon.OrgHeads, lw) || lx.Has(lexicon.CompanyHeads, lw)
}

// wordRuns splits src into runs of words joined by single spaces that
// are capitalised or lower-case connectors, cut at any other word or
// punctuation.
func wordRuns(src string) [][]string {
	var runs [][]string
	var cur []string
	flush := func() {
		if len(cur) > 1 {
			runs = append(runs, cur)
		}
		cur = nil
	}
	for _, f := range strings.Fields(src) {
		w := strings.TrimRight(f, ",.;:)!?\"'”’")
		w = strings.TrimLeft(w, "(\"'“‘")
		if w == "" || !capitalised(w) && !(cur != nil && strings.ToLower(w) == w && len(w) <= 4) {
			flush()
			continue
		}
		if w != f && strings.TrimLeft(f, "(\"'“‘") != f {
			flush() // an opening bracket or quote starts a new run
		}
		cur = append(cur, w)
		if strings.TrimRight(f, ",.;:)!?\"'”’") != f {
			flush()
		}
	}
	flush()
	return runs
}
