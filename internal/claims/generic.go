package claims

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/quantity"
	"github.com/nec-analyse/nec-analyse/internal/sorted"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Figures no vocabulary names: a count of whatever noun follows it ("12
// magazines", "three leading scientific societies"), money named by what
// it buys or the verb that moves it ("a $1.5 billion package", "cut $716
// billion from Medicare"), and vote tallies ("voted 97-1"). Their subject
// is the article's story (ByContext), so they are compared only with
// figures whose sentences state the same fact (aligned).

// readChildrenOf reads "a mother of three", "father of two": the
// children of the person named, a count no keyword names ("died" after
// it is no casualty).
func readChildrenOf(f *figure) verdict {
	n := len(f.before)
	if f.q.Kind != quantity.Count || n < 2 || !strings.EqualFold(f.before[n-1].text, "of") && !strings.EqualFold(f.before[n-1].text, "till") ||
		!f.v.parentNouns.has(strings.ToLower(f.before[n-2].text)) {
		return next
	}
	if len(f.after) > 0 && lexicon.Default().PluralS(f.after[0].text) && isLowerCaseWord(f.after[0].text) {
		return next // "father of three children": the counted noun says it
	}
	f.reading = readGeneric
	f.r.Measure, f.r.Generic = MeasureChildren, true
	f.kin = true
	return claim
}

// MeasurePaid is the generic measure of money named by "paid" ("was paid
// £2m to coach the side"), which the verbs of getting pay name too (see
// the paid-verbs pass).
const MeasurePaid = "paid"

// asPaid rewrites the stems of the verbs of getting pay in ws (sorted,
// without repeats) as the stem of "paid", keeping ws sorted.
func (v *vocab) asPaid(ws []string) []string {
	changed := false
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		if v.paidStems.has(w) {
			out[i], changed = stem(MeasurePaid), true
		}
	}
	if !changed {
		return ws
	}
	return sortedUnique(out)
}

// paysForWork reports an amount followed by a purpose link and a verb of
// work ("£2m to coach the side", "£2m for presenting"), past a unit of
// rate ("£2m a year to coach").
func (v *vocab) paysForWork(after []word) bool {
	for i := 0; i+1 < len(after) && i < 3; i++ {
		if v.payPurpose.has(strings.ToLower(after[i].text)) {
			return v.payWork.has(strings.ToLower(after[i+1].text))
		}
	}
	return false
}

// readGenericOf claims a count or an amount the readings before it left.
func readGenericOf(f *figure) verdict {
	switch f.q.Kind {
	case quantity.Count:
		if f.q.Compound != "" || f.q.Low != float64(int64(f.q.Low)) || ratio(f.before) || partOf(f.before) {
			return next // "five-year", "the 7.42 tram", "one in four voters", "31 of his 74 punches"
		}
		noun, ok := f.v.countedHead(f.after, f.v.stops(f.lang))
		if !ok {
			return next
		}
		if labelNumber(f.q.Text, f.q.Low, noun) {
			return next // "the 12000 block of Elm Street", "a 1500 model"
		}
		f.r.Measure = singular(noun)
	case quantity.Money:
		if f.v.qualifiedValue(f.before, f.after) {
			return drop // "paying €9.6 billion, including debt": another measure
		}
		what, ok := f.v.moneyContext(f.before, f.after)
		if !ok {
			return drop
		}
		f.r.Measure = what + " (" + f.q.Currency + ")"
		f.r.Precision, f.r.Display = precision(f.q.Text, f.q.Low), f.q.Text
	default:
		return next
	}
	f.reading = readGeneric
	f.r.Generic = true
	return claim
}

// countedHead is the noun a count counts: in the run of up to three
// lower-case words after it (up to a function word or a punctuation
// mark), the last plural (ending in -s), else the first word; never a
// unit of time or measure ("12 years", "three times"), nor a lone letter
// (an abbreviation's: "7 p. m.").
func (v *vocab) countedHead(after []word, stops set) (string, bool) {
	var run []string
	for _, w := range after {
		t := w.text
		if len(run) == 3 || !isLowerCaseWord(t) || stops.has(t) || utf8.RuneCountInString(t) < 2 {
			break
		}
		run = append(run, t)
	}
	if len(run) == 0 || v.uncounted.has(run[0]) {
		return "", false
	}
	head := run[0]
	for _, w := range run {
		if lexicon.Default().PluralS(w) {
			head = w
		}
	}
	if v.uncounted.has(head) || verbLike(head) {
		return "", false // "the three received", "12 years"
	}
	return head, true
}

// singular is a counted noun's singular (lexicon.Singular), so that
// "one man" and "seven men", "one season" and "four seasons" count one
// thing.
var singular = lexicon.Default().Singular

// labelNumber reports a number that names rather than counts: four
// digits or more written without a group separator before a singular
// noun ("the 12000 block", "the 1500 series"); a count that large is
// written "12,000 blocks".
func labelNumber(text string, value float64, noun string) bool {
	return value >= 1000 && isDigits(text) && singular(noun) == noun && !strings.HasSuffix(noun, "s")
}

// verbLike reports a word with a verb's ending ("received", "leading"):
// no noun a count counts.
func verbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// partOf reports a count that is the whole of a part given before it
// ("landed 31 of his 74 punches"): a total of that sentence's, not a
// fact of its own.
func partOf(before []word) bool {
	n := len(before)
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if strings.EqualFold(before[k].text, "of") {
			return k > 0 && figureWord(before[k-1].text)
		}
	}
	return false
}

// ratio reports a count that is the second number of a ratio ("one in
// four voters").
func ratio(before []word) bool {
	n := len(before)
	return n >= 2 && strings.EqualFold(before[n-1].text, "in") && (figureWord(before[n-2].text) || strings.EqualFold(before[n-2].text, "one"))
}

// moneyContext names what an amount is: the noun right after it ("a $1.5
// billion package", "$230 million of crude oil"), else the verb right
// before it ("cut $716 billion"), past an article and up to three words
// saying how big it is ("spending a relatively modest $5 million").
func (v *vocab) moneyContext(before, after []word) (string, bool) {
	i := 0
	if len(after) > 1 && strings.EqualFold(after[0].text, "of") {
		i = 1 // "$230 million of crude oil"
	}
	if len(after) > i && isLowerCaseWord(after[i].text) && hasLetter(after[i].text) && !v.stopwords.has(after[i].text) && !v.uncounted.has(after[i].text) {
		return after[i].text + v.rate(after[i+1:]), true
	}
	n := len(before)
	for k := 0; k < 3 && n > 1 && (v.amountModifiers.has(before[n-1].text) || v.articles.has(before[n-1].text)) &&
		isLowerCaseWord(before[n-2].text); k++ {
		n-- // "spending a relatively modest $5 million": spending
	}
	if n > 0 && isLowerCaseWord(before[n-1].text) && hasLetter(before[n-1].text) && !v.stopwords.has(before[n-1].text) && !v.amountModifiers.has(before[n-1].text) {
		return before[n-1].text + v.rate(after), true
	}
	return "", false
}

// rate names the unit of a rate after an amount ("$23 million per
// season" -> " per season", "$16,450 a year" -> " per year"): a rate is
// another measure than a total.
func (v *vocab) rate(after []word) string {
	if len(after) < 2 || !isLowerCaseWord(after[1].text) || !hasLetter(after[1].text) {
		return ""
	}
	unit := after[1].text
	switch w := strings.ToLower(after[0].text); {
	case w == "per":
		return " per " + unit
	case v.rateArticles.has(w):
		if v.rateUnits.has(unit) {
			return " per " + strings.TrimSuffix(unit, "s")
		}
	}
	return ""
}

func hasLetter(w string) bool { return strings.IndexFunc(w, unicode.IsLetter) >= 0 }

// isLowerCaseWord reports a word of lower-case letters (and hyphens).
func isLowerCaseWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// reTally finds "N-M" and "N to M" tallies; the verbs before them come
// from the lexicon (tally_verbs).
var (
	reTally      = regexp.MustCompile(`\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b`)
	reTallyVote  = regexp.MustCompile(`(?i)\bby an? (?:vote|margin|tally) of (\d{1,3})\s?(?:to|[-–])\s?(\d{1,3})\b`)
	reTallyAfter = regexp.MustCompile(`(?i)\b(\d{1,3})\s?[-–]\s?(\d{1,3})\s+(?:vote|majority|margin)\b`)
)

// reOne finds "one" before a word: the count quantity leaves out ("one"
// alone is as often no number).
var reOne = regexp.MustCompile(`\b[Oo]ne\s+([a-z][a-z-]+)\b`)

// reNextWord is the lower-case word opening a text after spaces.
var reNextWord = regexp.MustCompile(`^\s+([a-z][a-z-]+)\b`)

// ones reads "one man was killed", "after just one season": a count of
// one of the noun after it, a generic figure like any other (see
// countedHead), compared only with figures stating the same fact.
func (x *sentence) ones() []Raw {
	var out []Raw
	for _, m := range reOne.FindAllStringSubmatchIndex(x.text, -1) {
		noun := x.text[m[2]:m[3]]
		if x.v.oneModifiers.has(noun) {
			n := reNextWord.FindStringSubmatch(x.text[m[3]:])
			if n == nil {
				continue
			}
			noun = n[1] // "one solitary fleck": the fleck
		}
		if x.v.stops(x.lang).has(noun) || x.v.uncounted.has(noun) || verbLike(noun) || strings.HasSuffix(noun, "ly") {
			continue // "one of", "one day", "one said", "one only"
		}
		if m[0] > 0 && unicode.IsLetter(rune(x.text[m[0]-1])) {
			continue
		}
		if ws := strings.Fields(x.text[:m[0]]); len(ws) > 0 && x.v.oneDeterminers.has(strings.ToLower(ws[len(ws)-1])) {
			continue // "no one else": a pronoun
		}
		out = append(out, Raw{Measure: singular(noun), Kind: "count", Low: 1, High: 1, Text: x.text[m[0] : m[0]+3],
			Start: x.s.Start + m[0], End: x.s.Start + m[0] + 3, Sentence: x.s, How: ByContext, Generic: true})
	}
	return out
}

// tallies reads the vote tallies of a sentence ("voted 97-1", "passed
// 51-49", "by a vote of 348 to 77", "a 68-31 vote"): the votes for and
// against, about the article's story.
func (x *sentence) tallies() []Raw {
	var out []Raw
	add := func(text string, m []int) {
		forS, againstS := text[m[len(m)-4]:m[len(m)-3]], text[m[len(m)-2]:m[len(m)-1]]
		n, _ := strconv.Atoi(forS)
		k, _ := strconv.Atoi(againstS)
		if n < k {
			return // "lost 40-59" reads the other way round: left alone
		}
		for _, r := range []struct {
			measure    string
			val        int
			start, end int
		}{{MeasureVotesFor, n, m[len(m)-4], m[len(m)-3]}, {MeasureVotesAgainst, k, m[len(m)-2], m[len(m)-1]}} {
			out = append(out, Raw{Measure: r.measure, Kind: "count", Low: float64(r.val), High: float64(r.val),
				Text: text[r.start:r.end], Start: x.s.Start + r.start, End: x.s.Start + r.end, Sentence: x.s, How: ByContext, Generic: true})
		}
	}
	for _, m := range reTally.FindAllStringSubmatchIndex(x.text, -1) {
		// A verb of voting among the four words before it: "voted 97-1",
		// "confirmed him 68-31".
		ws := strings.Fields(x.text[max(0, m[0]-40):m[0]])
		for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
			if x.v.tallyVerbs.has(strings.ToLower(strings.Trim(ws[k], ",;:()\"'"))) {
				add(x.text, m)
				break
			}
		}
	}
	for _, re := range []*regexp.Regexp{reTallyVote, reTallyAfter} {
		for _, m := range re.FindAllStringSubmatchIndex(x.text, -1) {
			add(x.text, m)
		}
	}
	return out
}

// eachContentWord calls fn with the end of each content word of
// src[from:to] outside [skipStart, skipEnd) (two letters or more, no
// stopword) and the word stemmed, its accents folded as in names
// ("Lillöga" and "Lilloga" name one town).
func (v *vocab) eachContentWord(src string, from, to, skipStart, skipEnd int, fn func(end int, stemmed string)) {
	for _, w := range wordsIn(src, from, to) {
		if w.start < skipEnd && w.end > skipStart {
			continue
		}
		t := nameWord(w.text)
		if len([]rune(t)) < 2 || v.stopwords.has(t) {
			continue
		}
		fn(w.end, stem(textutil.FoldAccents(t)))
	}
}

// contextWords are the stemmed content words of src[s.Start:s.End]
// outside [skipStart, skipEnd), sorted and without repeats.
func (v *vocab) contextWords(src string, from, to, skipStart, skipEnd int) []string {
	var all []string
	v.eachContentWord(src, from, to, skipStart, skipEnd, func(_ int, t string) { all = append(all, t) })
	return sortedUnique(all)
}

// localReach is how many content words on each side of a figure its
// local context holds (see Raw.Local).
const localReach = 6

// localWords are the content words of a figure's sentence nearest it,
// up to localReach on each side, stemmed as contextWords stems them and
// sorted: the figure's own clause, more or less, without the other
// clauses of a long sentence ("The Owls lost again on Friday, and more
// had been hoped for from a club that signed Ada Quill on a $40 million
// contract for three seasons"). The local-context pass keeps them.
func (v *vocab) localWords(src string, from, to, skipStart, skipEnd int) []string {
	var before, after []string
	v.eachContentWord(src, from, to, skipStart, skipEnd, func(end int, t string) {
		switch {
		case end <= skipStart:
			before = append(before, t)
		case len(after) < localReach:
			after = append(after, t)
		}
	})
	local := append(before[max(0, len(before)-localReach):len(before):len(before)], after...)
	return sortedUnique(local)
}

// stem strips the common English endings (stem_endings_en), so that
// "killed", "killing" and "kills" meet, "properties" and "property",
// "joint" and "jointly".
var stem = lexicon.Default().Stemmer(lexicon.StemEndingsEn, 4).Stem

// describe fills a figure's context from its sentence (see
// Raw.Context).
func (x *sentence) describe(r *Raw) {
	r.Context = x.v.contextWords(x.src, x.s.Start, x.s.End, r.Start, r.End)
	ws := wordsIn(x.src, x.s.Start, x.s.End)
	var before, after, namesB, namesA []string
	for _, w := range ws {
		t := strings.ToLower(w.text)
		if len([]rune(t)) < 2 || x.v.stopwords.has(t) {
			continue
		}
		// A name right beside the figure ("pushing out Bo Lind
		// after just seven seasons", "fired Bo Lind after one
		// season") is near it too; names further away are compared
		// apart (Names, Subject).
		name := ""
		if !isLowerCaseWord(w.text) {
			name, t = t, ""
		}
		switch {
		case w.end <= r.Start:
			before, namesB = append(before, stem(t)), append(namesB, name)
		case w.start >= r.End:
			after, namesA = append(after, stem(t)), append(namesA, name)
		}
	}
	near := nearNames(namesB[max(0, len(namesB)-3):], namesA[:min(3, len(namesA))])
	before, after = nonEmpty(before), nonEmpty(after)
	near = append(near, before[max(0, len(before)-3):]...)
	near = append(near, after[:min(3, len(after))]...)
	r.Near = sortedUnique(near)
	if r.paidByVerb {
		// The paid-verbs pass read a verb of getting pay as "paid": its
		// sentence says "paid" there too.
		r.Context, r.Near, r.Local = x.v.asPaid(r.Context), x.v.asPaid(r.Near), x.v.asPaid(r.Local)
	}
	// The words of the names the sentence mentions, and of those before
	// the figure: whom or what it is about ("Harwick teaches 24,500
	// students").
	var names, namesBefore, parties, places []string
	clause := x.clauseStart(r.Start)
	if at, ok := x.ownClause[r.Start]; ok && at > clause {
		clause = at
	}
	for _, m := range x.inSent {
		if m.End > r.Start && m.Start < r.End {
			continue
		}
		// Hyphens part words too: "man-Bo Lindqvist-was", a dash
		// written as a hyphen, is "Lindqvist".
		var ws []string
		for _, w := range nameFields(x.src[m.Start:m.End]) {
			ws = append(ws, textutil.FoldAccents(nameWord(w))) // "Lillöga", "Lilloga": one town
		}
		names = append(names, ws...)
		if m.End <= r.Start && m.Start >= clause {
			namesBefore = append(namesBefore, strings.Join(ws, " "))
			if m.Type != span.GPE && m.Type != span.Location || strings.TrimSpace(x.src[m.End:r.Start]) != "" {
				// A place written against the figure is its currency's
				// country ("US $160 million"), no party.
				parties = append(parties, strings.Join(ws, " "))
			}
		}
		if m.Start >= r.End && x.placeOf(r.End, m.Start) && (m.Type == span.GPE || m.Type == span.Location || !possessiveNext(x.src[m.End:])) {
			// "27% of the vote in Tarnby": a name after a place's
			// preposition scopes the figure whatever type the tagger
			// gave it (a scope only ever lowers a finding's severity).
			places = append(places, x.src[m.Start:m.End])
		}
	}
	r.Places = sortedUnique(places)
	r.Names, r.NamesBefore, r.PartiesBefore = sortedUnique(names), sortedUnique(namesBefore), sortedUnique(parties)
	var others []string
	for _, q := range x.qs {
		if q.Start+x.s.Start != r.Start && q.Kind == quantity.Kind(r.Kind) {
			others = append(others, strconv.FormatFloat(q.Low, 'g', -1, 64), strconv.FormatFloat(q.High, 'g', -1, 64))
		}
	}
	r.Others = sortedUnique(others)
}

func sortedUnique(ws []string) []string {
	sort.Strings(ws)
	out := ws[:0]
	for i, w := range ws {
		if i == 0 || w != ws[i-1] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Alignment thresholds: two figures' sentences state the same fact when
// they share at least alignMinShared content words and alignSame of the
// shorter sentence's; they are one sentence, reworded at most, when
// alignNear of all the words of both are shared.
const (
	alignMinShared = 3
	alignSame      = 0.4
	alignNear      = 0.8
)

// alignment tells whether two figures' sentences state the same fact: ok
// when they share most of the shorter one's content words and a word
// near the figures (other than what they count), name no different
// people or bodies, and neither also gives the other's value elsewhere
// ("only 410,000 had records leaked"). near is the share of all their
// words that both hold.
func alignment(a, b Value) (near float64, ok bool) {
	shared := sharedCount(a.Context, b.Context)
	if !sharesMost(shared, a.Context, b.Context) && !localAligned(a, b) {
		return 0, false
	}
	if nearShared(a, b) == 0 {
		return 0, false
	}
	if len(a.NamesBefore) > 0 && len(b.NamesBefore) > 0 && !namesIn(a.NamesBefore, b.Names, b.Context) && !namesIn(b.NamesBefore, a.Names, a.Context) {
		// Each names a party the other does not: two facts. (One naming
		// more, "Police Chief Ana Reyes announced Smith was charged
		// with eight counts" against "police charged Smith with two
		// counts", states the same fact with its source.)
		// "Harwick teaches 24,500 students", "Calder has 19,800
		// students"; "the Harbour Kings offer $200 million", "the Tarnby Owls
		// offered $160 million".
		return 0, false
	}
	if givesToo(b.Others, a) || givesToo(a.Others, b) {
		return 0, false // the other sentence gives this value too ("only 410,000 had records leaked")
	}
	return float64(shared) / float64(len(a.Context)+len(b.Context)-shared), true
}

// sharesMost reports two word lists that share (shared words) at least
// alignMinShared words and alignSame of the shorter list's.
func sharesMost(shared int, a, b []string) bool {
	return shared >= alignMinShared && float64(shared) >= alignSame*float64(min(len(a), len(b)))
}

// Local alignment thresholds: the words nearest two figures state one
// fact when they share at least localMinShared words, localSame of the
// shorter list's, one of them a word of a name both sentences mention.
const (
	localMinShared = 4
	localSame      = 0.5
)

// localAligned reports two figures whose nearest words (Raw.Local) say
// the same of one named party, though the rest of a long sentence tells
// something else; the words of what they count are left out ("two
// copies", "72,000 copies"): "a club that signed Ada Quill on a $40
// million contract for three seasons" closing a sentence about a losing
// run, against "a $25 million deal for three seasons brought Ada Quill
// to the club". Figures without local words (the pass off) never align
// so.
func localAligned(a, b Value) bool {
	ma, mb := measureStems(a.Measure), measureStems(b.Measure)
	shared, named := 0, false
	eachShared(a.Local, b.Local, func(w string) {
		if ma[w] || mb[w] {
			return
		}
		shared++
		if contains(a.Names, w) && contains(b.Names, w) {
			named = true
		}
	})
	return named && shared >= localMinShared && float64(shared) >= localSame*float64(min(len(a.Local), len(b.Local)))
}

// nearNames are the non-empty names of the words right before and after
// a figure.
func nearNames(before, after []string) []string {
	return nonEmpty(append(append([]string(nil), before...), after...))
}

// nonEmpty drops empty strings.
func nonEmpty(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// nearShared counts the words near a's figure that are near b's too,
// but the measure's own words.
func nearShared(a, b Value) int {
	measure := measureStems(a.Measure)
	n := 0
	for _, w := range a.Near {
		if !measure[w] && contains(b.Near, w) {
			n++
		}
	}
	return n
}

// needsAlignment reports a figure compared only with one whose sentence
// states the same fact: its subject is guessed or too weak, or no
// vocabulary names its measure (dates are paired by their own rules).
func needsAlignment(v Value) bool {
	return !IsDate(v.Measure) && (guessed(v.How) || weak(v) || v.Generic)
}

// closestPartners finds, for each value that needs alignment, the value
// of each other article whose figure's surroundings are closest to its
// own (most shared words near the figure, then the earliest). Stating
// the same fact pairs one figure with one: "six counts of theft, one
// count of attempted arson" against "two counts of theft" pairs the
// six with the two, never the one.
func closestPartners(vs []Value) map[[2]int]bool {
	best := map[[2]int]bool{}
	for i := range vs {
		if !needsAlignment(vs[i]) {
			continue
		}
		top := map[string]int{}
		score := map[string]int{}
		for j := range vs {
			if vs[j].Article == vs[i].Article {
				continue
			}
			n := nearShared(vs[i], vs[j])
			if _, ok := top[vs[j].Article]; !ok || n > score[vs[j].Article] {
				top[vs[j].Article], score[vs[j].Article] = j, n
			}
		}
		for _, j := range top {
			best[[2]int{i, j}] = true
		}
	}
	return best
}

// clauseStart returns where the clause holding offset at begins: after
// the last subordinator before it in the sentence ("The dock patrol
// apprehended Ada Quill while she ... has been charged with three
// counts": the count is about "she", not the dock patrol), else the
// sentence's start. Commas do not end a clause here: "offered Quill a
// seven-year, $210 million contract".
func (x *sentence) clauseStart(at int) int {
	start := x.s.Start
	for _, w := range wordsIn(x.src, x.s.Start, at) {
		if x.v.subordinators.has(strings.ToLower(w.text)) {
			start = w.end
		}
	}
	return start
}

// ownClauseStart is where the clause of the figure at offset at starts
// when a name opens one of its own before it, -1 when none does: after a
// comma and a conjunction followed within ownSubjectReach words by a name
// ("..., and coach Bo Lind was sacked 41 matches in": that name's
// clause), or at a name followed by a comma and a relative pronoun of
// people ("turned to Bo Lind, who stayed for 41 matches": the clause is about Bo
// Lind; "which" may stand for a whole clause, not the name before it).
// The latest such start wins.
func (x *sentence) ownClauseStart(at int) int {
	ws := wordsIn(x.src, x.s.Start, at)
	start := -1
	p := 0 // the first mention starting at or after word i's end (mentions are in order)
	for i := 1; i < len(ws); i++ {
		for p < len(x.inSent) && x.inSent[p].Start < ws[i].end {
			p++
		}
		if ws[i-1].text != "," {
			continue
		}
		w := strings.ToLower(ws[i].text)
		switch {
		case x.v.coordinators.has(w):
			reach := ws[min(i+ownSubjectReach, len(ws)-1)].end
			if p < len(x.inSent) && x.inSent[p].Start < reach && x.inSent[p].End <= at {
				start = ws[i].end
			}
		case x.v.personRelatives.has(w) && i >= 2:
			if p > 0 && x.inSent[p-1].End == ws[i-2].end {
				start = x.inSent[p-1].Start
			}
		}
	}
	return start
}

// ownSubjectReach is how many words after a comma's conjunction the name
// opening its clause may start ("and coach Bo Lind").
const ownSubjectReach = 3

// namesIn reports whether every name of names (its words joined by
// spaces) is named in another sentence, most of its words among the
// words of its names or its context words: a party one sentence names before its figure and
// the other never names makes two different facts ("the Harbour Kings
// made Ada Quill a $200 million offer", "the Tarnby Owls made Ada Quill a
// $160 million offer").
func namesIn(names, words, context []string) bool {
	// A name the tagger did not mark is still written in the sentence
	// ("Tarnby Police Chief Bo Lind"): its context words count.
	for _, n := range names {
		if !mostIn(strings.Fields(n), words, context) {
			return false
		}
	}
	return true
}

// mostIn reports whether half the words of a or more are in one of the
// lists bs (names as two outlets spell them: "Ada Mae Quill", "Adah Mae
// Quill"), a word of four letters or more matching one a letter longer
// or shorter that starts the same ("Brek", "Breke").
func mostIn(a []string, bs ...[]string) bool {
	n := 0
	for _, w := range a {
		if inAny(w, bs) {
			n++
		}
	}
	return 2*n >= len(a)
}

// inAny reports w in one of the lists, or a near spelling of a word there.
func inAny(w string, lists [][]string) bool {
	for _, b := range lists {
		for _, u := range b {
			if w == u || nearSpelling(w, u) {
				return true
			}
		}
	}
	return false
}

// nearSpelling reports two words of four letters or more, one the other
// with one letter added at its end ("Brek", "Breke").
func nearSpelling(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len([]rune(a)) >= 4 && len([]rune(b)) == len([]rune(a))+1 && strings.HasPrefix(b, a)
}

// givesToo reports whether one of a sentence's other numbers fits v (its
// hedge and rounding allowed).
func givesToo(others []string, v Value) bool {
	lo, hi := Interval(v)
	for _, o := range others {
		if n, err := strconv.ParseFloat(o, 64); err == nil && n >= lo && n <= hi {
			return true
		}
	}
	return false
}

// eachShared calls fn with each word two sorted lists share, in order.
func eachShared(a, b []string, fn func(string)) {
	sorted.Each(a, b, func(w string) bool { fn(w); return true })
}

// sharedCount counts the words two sorted lists share.
func sharedCount(a, b []string) int { return sorted.Count(a, b) }

// nameFields splits a name into its words at spaces and hyphens
// ("man-Bo Lindqvist-was", a dash written as a hyphen, gives
// "Lindqvist").
func nameFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '-' || unicode.IsSpace(r) })
}

// nameWord is a word of a name in lower case, without a possessive
// ending ("Quill's" -> "quill").
func nameWord(w string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
}

// contains reports whether sorted list ws holds w.
func contains(ws []string, w string) bool {
	i := sort.SearchStrings(ws, w)
	return i < len(ws) && ws[i] == w
}

// placeOf reports a place mention at offset at put right after a figure
// ending at end by a place preposition: in the same phrase (no comma or
// semicolon between) and at most six words on ("27% of the vote in
// Tarnby"; not "5.7 on the Richter scale ... were felt in Dubai").
func (x *sentence) placeOf(end, at int) bool {
	between := x.src[end:at]
	if strings.ContainsAny(between, ",;") || len(strings.Fields(between)) > 6 {
		return false
	}
	return x.v.placePrepositions.has(strings.ToLower(lastWord(between)))
}

// possessiveNext reports text opening with a possessive ending ("'s
// ward": "in Quill's ward").
func possessiveNext(text string) bool {
	return strings.HasPrefix(text, "'s") || strings.HasPrefix(text, "’s")
}

// lastWord is the last word of s (letters only), "" if none.
func lastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
