// Package claims is the stage that finds checkable figures (vote counts,
// seat totals, membership and staff figures, ranks, casualties, money and
// percentages, prison terms, magnitudes, event dates) in each article and
// lines them up across sources: agree, conflict, updated, uncertain or
// single-source.
//
// Extraction (per article) finds each quantity, the measure it counts
// (through a Lexicon of counted nouns) and how its subject is attached;
// CrossReference (per corpus) resolves subjects to entities, groups by
// (subject, measure) and compares the values as intervals, widened for
// hedges ("nearly", "over") and for the rounding a round number implies.
//
// The rules are named passes (Rules lists them in run order; each has a
// fixture under testdata/passes/<name>/): for each sentence, sentence
// passes find figures said in words; for each quantity, readings say what
// it measures, filters drop what is no claim, subject rules find what it
// is about, refinements adjust its measure; the event date has filters
// and refinements of its own. ExtractOptions.Off switches passes off by
// ID ("claims/<name>") for evaluation harnesses. Every cue word comes from
// the lexicon (package lexicon, domains claims, measures, quantity and
// calendar) through a Lexicon, so a user's lexicon file extends any list.
//
// Offsets are 0-based, half-open byte offsets into the article source.
package claims

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// How a figure's subject was found.
const (
	ByMention  = "mention"  // nearest entity in the sentence
	ByEach     = "each"     // "A, B and C ... N votes each"
	ByCompound = "compound" // "the 39-seat committee": the head noun
	ByFallback = "fallback" // no subject in the sentence: the article's main organisation
	ByName     = "name"     // "the 21-seat Harbour Board": the capitalised name after a compound
	ByPrevious = "previous" // no subject in the sentence: the previous sentence's figure's subject
	ByEvent    = "event"    // the article's main event ("three successful candidates")
	// ByContext: a figure no vocabulary names ("12 magazines", "cut $716
	// billion"), about the article's story; it is compared only with
	// figures whose sentences state the same fact (see Raw.Context).
	ByContext = "context"
)

// MeasureWinners counts the winners of the article's main event.
const MeasureWinners = "winners"

// listedWinners finds a list of two or more people right before a win
// verb (adverbs and dashes may stand between) and counts them as the
// winners of the main event. The list must be people joined only by
// commas, "and"/"och" and white space.
func (v *vocab) listedWinners(src string, s span.Span, ms []span.Mention) (Raw, bool) {
	var people []span.Mention
	for _, m := range ms {
		if m.Type == span.Person {
			people = append(people, m)
		}
	}
	for i := 0; i < len(people); i++ {
		j := i
		for j+1 < len(people) && people[j].End <= people[j+1].Start && v.listGlue(src[people[j].End:people[j+1].Start]) {
			j++
		}
		if j == i {
			continue
		}
		ws := wordsIn(src, people[j].End, min(s.End, people[j].End+60))
		for k, w := range ws {
			if k > 3 {
				break
			}
			lw := strings.ToLower(w.text)
			if v.winVerbs.has(lw) {
				n := float64(j - i + 1)
				return Raw{Measure: MeasureWinners, Kind: "count", Low: n, High: n, How: ByEvent,
					Text: src[people[i].Start:people[j].End], Start: people[i].Start, End: people[j].End, Sentence: s}, true
			}
			if !isDash(w.text) && w.text != "," && !strings.HasSuffix(lw, "ly") {
				break
			}
		}
		i = j
	}
	return Raw{}, false
}

// listGlue reports whether the text between two names only joins them
// into a list: a comma, one of name_list_joins, or both (", and").
func (v *vocab) listGlue(between string) bool {
	t := strings.TrimSpace(between)
	if t == "," {
		return true
	}
	w, _ := strings.CutPrefix(t, ", ")
	return v.nameListJoins.has(w)
}

// rankPhrase finds ranks said in words: "X topped the poll" (rank 1) and
// "the next nearest candidate, X" (one after the winners counted earlier
// in the article). The subject is the nearest person after the phrase in
// the sentence, else before it.
func (v *vocab) rankPhrase(src string, s span.Span, ms []span.Mention, found []Raw) (Raw, bool) {
	lower := textutil.Lower(src[s.Start:s.End])
	pick := func(at, end int) (span.Span, bool) {
		for _, m := range ms {
			if m.Type == span.Person && m.Start >= end {
				return span.Span{Start: m.Start, End: m.End}, true
			}
		}
		return nearestBefore(ms, at, true)
	}
	for _, p := range v.topPhrases {
		if i := strings.Index(lower, p); i >= 0 {
			if subj, ok := nearestBefore(ms, s.Start+i, true); ok {
				return Raw{Measure: "rank", Kind: "rank", Low: 1, High: 1, How: ByMention, Subjects: []span.Span{subj},
					Text: src[s.Start+i : s.Start+i+len(p)], Start: s.Start + i, End: s.Start + i + len(p), Sentence: s}, true
			}
		}
	}
	for _, p := range v.nextPhrases {
		i := strings.Index(lower, p)
		if i < 0 {
			continue
		}
		winners := 0.0
		for k := len(found) - 1; k >= 0; k-- {
			if found[k].Measure == MeasureWinners && found[k].Low == found[k].High {
				winners = found[k].Low
				break
			}
		}
		if winners == 0 {
			return Raw{}, false
		}
		subj, ok := pick(s.Start+i, s.Start+i+len(p))
		if !ok {
			return Raw{}, false
		}
		return Raw{Measure: "rank", Kind: "rank", Low: winners + 1, High: winners + 1, How: ByMention,
			Subjects: []span.Span{subj}, Text: src[s.Start+i : s.Start+i+len(p)], Start: s.Start + i, End: s.Start + i + len(p),
			Sentence: s}, true
	}
	return Raw{}, false
}

// winnersCount reports a count of people who won: up to three modifier
// words, one of them (or the word right after the noun) a win cue, and a
// plural noun.
func (v *vocab) winnersCount(after []word) bool {
	cue := false
	for i, w := range after {
		if i > 3 || !isLowerWord(w.text) {
			return false
		}
		lw := strings.ToLower(w.text)
		if v.winCues.has(lw) {
			cue = true
			continue
		}
		if v.winNouns.has(lw) {
			return true
		}
		plural := strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "ar")
		if !plural {
			return false
		}
		return cue || i+1 < len(after) && v.winCues.has(strings.ToLower(after[i+1].text))
	}
	return false
}

// Raw is one figure found in one article, before cross-referencing.
type Raw struct {
	Measure    string
	Kind       string // count, percent, money, rank
	Low, High  float64
	Hedge      string
	Text       string // the quantity as written
	Start, End int    // offsets of Text
	Sentence   span.Span
	How        string
	// Subjects are the entity mentions the figure is about (ByMention,
	// ByEach).
	Subjects []span.Span
	// Head is the noun a compound figure modifies (ByCompound).
	Head string
	// Name is the capitalised name a compound figure modifies (ByName).
	Name string
	// PrevHow is how the borrowed subject was found (ByPrevious).
	PrevHow string
	// Display, when set, is how the value is shown (dates).
	Display string
	// Unresolved marks a relative date with no publication date to
	// resolve it against; Weekday is the weekday a date claim names.
	Unresolved bool
	Weekday    time.Weekday
	// Period marks a date claim covering several days ("last week").
	Period bool
	// MonthDay is month*100+day of an unresolved date written without a
	// year ("14 April" in an undated article): it can still contradict a
	// date on another day of the year.
	MonthDay int
	// Alt are the other days (days since 1970-01-01) the date's sentence
	// names: the event may be any of them.
	Alt []float64
	// Dated marks a count in a sentence that names an earlier year ("In
	// 2023 the board employed 10,800 staff"): listed, never a conflict.
	Dated bool
	// Pub is the article's publication day (days since 1970-01-01), 0
	// when unknown: set by EventDate for dates and by the caller
	// (PublishedDay) for other figures.
	Pub float64
	// Update marks a figure its sentence gives as a revision ("the death
	// toll has risen to six"): a higher value supersedes lower ones.
	Update bool
	// Established marks a value from a facts file (FactValue,
	// DateValue): what holds, not what one article could know when it
	// was published.
	Established bool
	// Generic marks a figure no vocabulary names (the generic reading:
	// "12 magazines"): compared only with figures stating the same fact.
	Generic bool
	// paidByVerb marks a figure the paid-verbs pass read as pay, so that
	// describe reads its verb of getting as "paid" in its words too (set
	// and read within one extraction; never stored).
	paidByVerb bool
	// Context are the content words of the figure's sentence, stemmed
	// and sorted, without the figure itself; Near those within three
	// words of it; Names the words of the names the sentence
	// mentions (lower case); Others the other numbers it gives ("12").
	// Two figures whose sentences share most of their context, and a
	// word near them, and no name apart, state the same fact (see
	// alignment).
	Context, Near, Names, Others []string
	// Local are the context words nearest the figure, up to six on each
	// side (see localWords and the local-context pass): two figures
	// whose sentences share most of them state the same fact even when
	// the rest of one long sentence tells something else.
	Local []string
	// NamesBefore are the names before the figure in its clause (each
	// its lower-case words joined by spaces, sorted): who or what it is
	// about.
	NamesBefore []string
	// PartiesBefore are NamesBefore without a place written against the
	// figure ("US $160 million": the currency's country): who acts in
	// the clause (see PartiesApart).
	PartiesBefore []string
	// Places are the places a preposition right after the figure puts
	// it in ("27% of the vote in Tarnby"), as written, sorted.
	Places []string
	// Story are the words of the names in the article's first line and
	// lead (lower case, sorted), shared by its figures: which story the
	// article tells.
	Story []string
	// Precision is the place value of the last digit written ("$2.4
	// billion": 1e8); the value stands for +-Precision/2. 0 for counts,
	// which are widened by their rounding instead.
	Precision float64
}

// createdAfter reports a creation word within three words after the noun.
func (v *vocab) createdAfter(after []word, noun int) bool {
	for k := noun + 1; k < len(after) && k <= noun+3; k++ {
		if v.createdWords.has(strings.ToLower(after[k].text)) {
			return true
		}
	}
	return false
}

// baseMeasure drops the "new " of a subset measure.
func baseMeasure(m string) string { return strings.TrimPrefix(m, "new ") }

// previousSubject returns the latest figure of the same base measure in
// this or the previous sentence whose subject was found in the text.
func previousSubject(found []Raw, s span.Span, sents []span.Span, si int, base string) (Raw, bool) {
	from := s.Start
	if si > 0 {
		from = sents[si-1].Start
	}
	for k := len(found) - 1; k >= 0; k-- {
		f := found[k]
		if f.Start < from {
			break
		}
		if baseMeasure(f.Measure) == base && (f.How == ByMention || f.How == ByName || f.How == ByCompound) {
			return f, true
		}
	}
	return Raw{}, false
}

// bodyNounBefore finds a body noun among the six words before at, and its
// offset.
func (v *vocab) bodyNounBefore(src string, s span.Span, at int) (string, int, bool) {
	ws := wordsIn(src, s.Start, at)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		if w := strings.ToLower(ws[k].text); v.bodyNouns.has(w) && !(w == "board" && k > 0 && strings.EqualFold(ws[k-1].text, "on")) {
			// ("on board" is no board)
			return w, ws[k].start, true
		}
	}
	return "", 0, false
}

// ownerNounBefore finds, among the four words before at, an owner noun as
// a possessive ("the union's") or before an owning verb ("the union has
// about"), and returns the noun.
func (v *vocab) ownerNounBefore(src string, s span.Span, at int) (string, bool) {
	ws := wordsIn(src, s.Start, at)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := strings.ToLower(ws[k].text)
		for _, mark := range []string{"'s", "’s"} {
			if n, ok := strings.CutSuffix(w, mark); ok && v.ownerNouns.has(n) && k == len(ws)-1 {
				return n, true
			}
		}
		if v.ownerNouns.has(w) && k+1 < len(ws) && v.ownerVerbs.has(strings.ToLower(ws[k+1].text)) {
			return w, true
		}
	}
	return "", false
}

// representsBefore reports "represents"/"organiserar" among the four
// words before at: the people counted are an organisation's members.
func (v *vocab) representsBefore(src string, s span.Span, at int) bool {
	ws := wordsIn(src, s.Start, at)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if v.representVerbs.has(strings.ToLower(ws[k].text)) {
			return true
		}
	}
	return false
}

// earlierPeriod reports a sentence about an earlier season or year.
func (v *vocab) earlierPeriod(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, c := range v.earlierPeriodCues {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// countChange reports a count that is a change or a part of an earlier
// whole: a change verb among the three words before it, "of its/their"
// right before it (the earlier total of "21 of its 70 seats"), or "more",
// "fewer" between it and its noun.
// respectivelyAfter finds a word pairing figures with names after
// sentence offset at in lower, before the clause ends; end is its
// offset.
func (v *vocab) respectivelyAfter(lower string, at int) (end int, ok bool) {
	for _, w := range wordsIn(lower, at, len(lower)) {
		if w.text == ";" || w.text == "." {
			return 0, false
		}
		if v.respectively.has(w.text) {
			return w.start, true
		}
	}
	return 0, false
}

// earlierValue reports a figure that opens a change: "from" right before
// it (or before its currency word), and "to" and a figure among the three
// words after it, with no clause end between ("from 70% to 49%", "from
// 12 seats to nine" is left to the count readers).
func (v *vocab) earlierValue(before, after []word) bool {
	if len(before) == 0 || !v.changeFrom.has(strings.ToLower(before[len(before)-1].text)) {
		return false
	}
	for k := 0; k < len(after) && k < 3; k++ {
		w := strings.ToLower(after[k].text)
		if w == "," || w == ";" || w == "." {
			return false
		}
		if v.changeTo.has(w) {
			return k+1 < len(after) && figureWord(after[k+1].text)
		}
	}
	return false
}

func (v *vocab) countChange(before, between []word) bool {
	n := len(before)
	if n > 0 && v.changeTo.has(strings.ToLower(before[n-1].text)) {
		return false // "rose to 41,000 members": the level after the change
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if v.changeVerbs.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	if n >= 2 && strings.EqualFold(before[n-2].text, "of") && v.groupPossessives.has(strings.ToLower(before[n-1].text)) {
		return true
	}
	for _, w := range between {
		if v.countChangeWords.has(strings.ToLower(w.text)) {
			return true
		}
	}
	return false
}

// termSubject finds the person a prison term is for: the last person
// named before it, not as a possessive ("X's accomplice"), with a passive
// verb or "received" between them ("X was jailed for nine years", "X, 34,
// was sentenced to", "X received seven years", "X dömdes till").
func (v *vocab) termSubject(src string, ms []span.Mention, at int) (span.Span, bool) {
	// The last person named before the term, with a passive verb and no
	// other person between them.
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End > at {
			continue
		}
		if m.Type != span.Person {
			continue
		}
		rest := src[m.End:at]
		if possessiveNext(rest) {
			return span.Span{}, false // "X's accomplice was jailed"
		}
		lower := " " + strings.ToLower(rest) + " "
		for _, p := range v.termPassive {
			if strings.Contains(lower, " "+p+" ") {
				return span.Span{Start: m.Start, End: m.End}, true
			}
		}
		return span.Span{}, false
	}
	return span.Span{}, false
}

// personBefore reports a person mention before at.
func personBefore(ms []span.Mention, at int) bool {
	for _, m := range ms {
		if m.Type == span.Person && m.End <= at {
			return true
		}
	}
	return false
}

// ownerOfAmount returns the person (or, except for a cost, the
// organisation) named last before an event amount in its clause, for the
// measures a payer owns.
func (v *vocab) ownerOfAmount(src, measure string, ms []span.Mention, at int) (span.Span, bool) {
	base, _, _ := strings.Cut(measure, " (")
	if !v.payerMeasures.has(base) {
		return span.Span{}, false
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End > at {
			continue
		}
		// A cost belongs to a person who claimed it; a project's cost
		// names its builders and councils differently in each article.
		if !(ms[k].Type == span.Person || ms[k].Type == span.Org && base != "cost") {
			return span.Span{}, false
		}
		// The payer's own verb stands between them, in one clause: "X
		// claimed £48,200", "X was ordered to repay £1,900", "X was
		// fined £500" (not "X announced ..., a move exporters say will
		// cost them $1.8bn").
		between := strings.ToLower(src[ms[k].End:at])
		if strings.ContainsAny(between, ",;:") {
			return span.Span{}, false
		}
		for _, w := range strings.Fields(between) {
			if v.payerVerbs.has(strings.Trim(w, ".")) {
				return span.Span{Start: ms[k].Start, End: ms[k].End}, true
			}
		}
		return span.Span{}, false
	}
	return span.Span{}, false
}

// betweenThem reports a total of several shares right after an amount.
func (v *vocab) betweenThem(after []word) bool {
	var ws []string
	for k := 0; k < len(after) && k < 3; k++ {
		ws = append(ws, strings.ToLower(after[k].text))
	}
	p := strings.Join(ws, " ")
	for _, c := range v.sumCues {
		if strings.HasPrefix(p, c) {
			return true
		}
	}
	return false
}

// indefiniteOpening reports a sentence whose subject is an unnamed one of
// several ("A getaway driver", "Another man", "En 34-årig man").
func (v *vocab) indefiniteOpening(lower string) bool {
	for _, p := range v.indefiniteOpenings {
		if strings.HasPrefix(lower, p+" ") {
			return true
		}
	}
	return false
}

// actingSubset reports "of X ... <acting verb>" after a member count.
func (v *vocab) actingSubset(after []word) bool {
	if len(after) == 0 || !strings.EqualFold(after[0].text, "of") && !strings.EqualFold(after[0].text, "av") {
		return false
	}
	for k := 1; k < len(after) && k <= 8; k++ {
		w := strings.ToLower(after[k].text)
		if v.actingVerbs.has(w) {
			return true
		}
		if w == "," || w == "." || w == ";" {
			return false
		}
	}
	return false
}

// hypothetical reports a count under a modal or a combining word among
// the six words before it ("which would give him 93 seats", "a coalition
// of 93 seats", "together they hold").
func (v *vocab) hypothetical(before []word) bool {
	n := len(before)
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if v.hypotheticalCues.has(strings.ToLower(before[k].text)) {
			return true
		}
	}
	return false
}

// inClause keeps the mentions of the figure's clause: after the last ";"
// before at in the sentence.
func inClause(src string, s span.Span, ms []span.Mention, at int) []span.Mention {
	i := strings.LastIndexByte(src[s.Start:at], ';')
	if i < 0 {
		return ms
	}
	from := s.Start + i
	var out []span.Mention
	for _, m := range ms {
		if m.Start > from {
			out = append(out, m)
		}
	}
	return out
}

// afterNearestPerson drops the mentions up to the nearest one before at
// when that one is a person: a body's count whose nearest name is typed
// a person ("Green Future took 21 seats") takes no organisation from
// further back.
func afterNearestPerson(ms []span.Mention, at int) []span.Mention {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= at {
			if ms[k].Type == span.Person && k == 0 {
				// The clause opens with it: its subject ("The Harbour
				// Party, led by Amira Osei, won" keeps the party).
				return ms[k+1:]
			}
			return ms
		}
	}
	return ms
}

// revisedTerm reports a prison term in a sentence about its revision
// ("cut", "reduced", "on appeal") or in a relative clause before the
// sentence's verb ("X, who was jailed for eight years, ..."): the original
// term.
func (v *vocab) revisedTerm(sentence string, at int) bool {
	lower := textutil.Lower(sentence) // keeps byte offsets: at indexes it
	if strings.Contains(lower, " cut ") {
		return true
	}
	for _, w := range v.termRevision {
		if strings.Contains(lower, " "+w) {
			return true
		}
	}
	i := strings.LastIndex(lower[:at], ", who ")
	return i >= 0 && !strings.Contains(lower[i+6:at], ",")
}

// MeasureAge is a person's age in years.
const MeasureAge = "age"

// MeasureChildren is a parent's count of children ("a mother of two").
const MeasureChildren = "children"

// ageOf finds the person whose age the number q gives: right after the
// name between commas ("Amira Osei, 67, said", Swedish "Amira Osei, 67 år,"),
// after "aged" ("Amira Osei, aged 67"), or as "N-year-old" right before the
// name or after ", a" ("the 24-year-old Amira Osei", "Amira Osei, a
// 24-year-old midfielder"). Ages run from 1 to 115.
func (v *vocab) ageOf(src string, q quantity.Quantity, ms []span.Mention) (span.Span, bool) {
	if q.Kind != quantity.Count || q.Low != q.High || q.Low < 1 || q.Low > 115 || q.Low != float64(int(q.Low)) {
		return span.Span{}, false
	}
	// Any mention: the tagger may call a person a place or an
	// organisation in one article; CrossReference keeps ages of
	// corpus-level people only.
	if c := strings.ToLower(q.Compound); strings.HasPrefix(src[q.End:], "-old") && v.isAgeCompound(c+"-old") {
		q.Compound, q.End = "year-old", q.End+len("-old") // "24-year" + "-old"
	}
	if subj, ok := ageAtDeath(src, q, ms); ok {
		return subj, true
	}
	head := v.ageHead(src, q)
	switch q.Compound {
	case "":
		rest := strings.TrimLeft(src[q.End:], " ")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "år"), " ")
		if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ")") {
			return span.Span{}, false
		}
	default:
		if !v.isAgeCompound(q.Compound) {
			return span.Span{}, false
		}
		// "the 24-year-old Amira Osei": the name right after.
		after := strings.TrimLeft(src[q.End:], " ")
		if subj, ok := mentionWhere(ms, func(m span.Mention) bool { return m.Start == len(src)-len(after) }); ok {
			return subj, true
		}
	}
	if !strings.HasSuffix(head, ",") && !strings.HasSuffix(head, "(") {
		return span.Span{}, false
	}
	end := len(strings.TrimRight(head[:len(head)-1], " "))
	return mentionWhere(ms, func(m span.Mention) bool { return m.End == end })
}

// ageAtDeath finds the person an age at death is of, the person named
// last before it: "X has died aged 87", "died at the age of 87", "X dog,
// 87 år gammal".
func ageAtDeath(src string, q quantity.Quantity, ms []span.Mention) (span.Span, bool) {
	lowBefore := strings.ToLower(strings.TrimRight(src[max(0, q.Start-40):q.Start], " "))
	died := strings.HasSuffix(lowBefore, "died aged") || strings.HasSuffix(lowBefore, "at the age of") ||
		strings.HasSuffix(lowBefore, "dies aged") || strings.HasPrefix(strings.TrimLeft(src[q.End:], " "), "år gammal")
	if !died {
		return span.Span{}, false
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= q.Start && ms[k].Type == span.Person {
			return span.Span{Start: ms[k].Start, End: ms[k].End}, true
		}
	}
	return span.Span{}, false
}

// ageHead is the text before an age, back over "aged" (or ", a" before
// an age compound): it ends with the comma after the name.
func (v *vocab) ageHead(src string, q quantity.Quantity) string {
	head := strings.TrimRight(src[:q.Start], " ")
	// The word after the last space, as written: "aged", or "a" before
	// an age compound.
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		if w := head[i+1:]; v.ageCues.has(w) || v.indefiniteArticles.has(w) && v.isAgeCompound(q.Compound) {
			return strings.TrimRight(head[:i], " ")
		}
	}
	return head
}

// mentionWhere returns the first mention of ms that ok accepts.
func mentionWhere(ms []span.Mention, ok func(span.Mention) bool) (span.Span, bool) {
	for _, m := range ms {
		if ok(m) {
			return span.Span{Start: m.Start, End: m.End}, true
		}
	}
	return span.Span{}, false
}

// yearBefore reports a year written before offset at of the sentence
// ("In 2012 X, 74, received ..."): the figures after it are of that time.
func yearBefore(qs []quantity.Quantity, at int) bool {
	for _, q := range qs {
		// Only a year opening the sentence ("In 2012", "Back in 2023,")
		// dates it: "X, founded in 1948, has 41,000 members" is today's.
		if q.Kind == quantity.Year && q.Start < at && q.Start < 15 {
			return true
		}
	}
	return false
}

// thenAge reports an age of another time: "the then 19-year-old X",
// "X, then 19,", or one followed by ", now N".
func (v *vocab) thenAge(src string, q quantity.Quantity) bool {
	before := strings.TrimSpace(strings.ToLower(src[max(0, q.Start-12):q.Start]))
	after := strings.ToLower(src[q.End:min(len(src), q.End+40)])
	for w := range v.thenWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return strings.HasPrefix(strings.TrimLeft(after, "-year old"), ", now ")
}

// isAgeCompound reports the word of an age compound ("24-year-old",
// "24-årige").
func (v *vocab) isAgeCompound(w string) bool {
	return v.ageCompounds.has(strings.ToLower(w))
}

// companyMeasure reports a money measure only an organisation has:
// revenue, profit, loss, whatever the currency.
func (v *vocab) companyMeasure(measure string) bool {
	base, _, _ := strings.Cut(measure, " (")
	for _, p := range v.periods {
		base = strings.TrimPrefix(base, p.period+" ")
	}
	switch base {
	case "revenue", "profit", "loss":
		return true
	}
	return false
}

// wholeGroup reports words after a staff count that make it the whole
// group's ("worldwide", "in total", "across the group", "globalt").
func (v *vocab) wholeGroup(after []word) bool {
	var ws []string
	for k := 0; k < len(after) && k < 3; k++ {
		ws = append(ws, strings.ToLower(after[k].text))
	}
	phrase := " " + strings.Join(ws, " ") + " "
	for _, p := range v.wholeGroupCues {
		if strings.HasPrefix(phrase, " "+p+" ") {
			return true
		}
	}
	return false
}

// employsBefore reports a verb of employing in the three words before at
// ("employs about 1,200 people", "sysselsätter 300 personer").
func (v *vocab) employsBefore(src string, s span.Span, at int) bool {
	ws := wordsIn(src, s.Start, at)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if v.employVerbs.has(strings.ToLower(ws[k].text)) {
			return true
		}
	}
	return false
}

// eachBefore reports "each" (or "vardera") in the three words before at,
// or the Swedish "var" right before it.
func (v *vocab) eachBefore(src string, s span.Span, at int) bool {
	ws := wordsIn(src, s.Start, at)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := strings.ToLower(ws[k].text)
		if v.eachBeforeWords.has(w) || v.eachRightBefore.has(w) && k == len(ws)-1 {
			return true
		}
	}
	return false
}

// nearestOrgBefore is the nearest ORG mention before at.
func nearestOrgBefore(ms []span.Mention, at int) (span.Span, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= at && ms[k].Type == span.Org {
			return span.Span{Start: ms[k].Start, End: ms[k].End}, true
		}
	}
	return span.Span{}, false
}

// nearestBeforeOf is the nearest mention before at; persons are skipped
// when personOK is false.
func nearestBeforeOf(ms []span.Mention, at int, personOK bool) (span.Span, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= at && (personOK || ms[k].Type != span.Person) {
			return span.Span{Start: ms[k].Start, End: ms[k].End}, true
		}
	}
	return span.Span{}, false
}

// Measures of a division ("carried by 187 votes to 162").
const (
	MeasureVotesFor     = "votes for"
	MeasureVotesAgainst = "votes against"
)

// bodyMentionBefore finds the body that voted in a division: the
// nearest mention before at in its sentence that is no person and whose
// name ends in a body noun ("the Housing and Planning Committee ... by 9
// votes to 4", "passed by the Harbour Assembly"). A committee's vote and
// the floor's are then never compared.
func (v *vocab) bodyMentionBefore(src string, ms []span.Mention, at int) (span.Span, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End > at || m.Type == span.Person {
			continue
		}
		if v.bodyName(src[m.Start:m.End]) {
			return span.Span{Start: m.Start, End: m.End}, true
		}
	}
	return span.Span{}, false
}

// divisionAgainst reports whether the words before a number make it the
// losing side of a division: "<number> votes to".
func divisionAgainst(before []word, lex *Lexicon) bool {
	n := len(before)
	if n < 3 || !lex.v.divisionLinks.has(strings.ToLower(before[n-1].text)) || !figureWord(before[n-3].text) {
		return false
	}
	m, ok := lex.Measure(before[n-2].text)
	return ok && m == "votes"
}

type word struct {
	text       string
	start, end int
}

// wordsIn splits src[from:to] into words (letters, digits, hyphens) and
// single punctuation marks, with offsets.
func wordsIn(src string, from, to int) []word {
	var out []word
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(src[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' || r2 == '\'' || r2 == '’') {
					break
				}
				j += n2
			}
			out = append(out, word{src[i:j], i, j})
			i = j
		default:
			out = append(out, word{src[i : i+n], i, i + n})
			i += n
		}
	}
	return out
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// countedNoun finds the measure noun after a number, skipping up to four
// modifier words and commas ("350,000 strong, mostly young members").
// subset reports whether a modifier marks the figure as counting a subset.
func countedNoun(after []word, lex *Lexicon) (measure string, at int, subset, ok bool) {
	v := lex.v
	skipped := 0
	for i, w := range after {
		if m, ok := lex.Measure(w.text); ok {
			return m, i, subset, true
		}
		if w.text == "," || w.text == "-" {
			continue
		}
		if !isLowerWord(w.text) || figureWord(w.text) || v.spelledNumbers.has(strings.ToLower(w.text)) || v.listJoins.has(w.text) {
			// "58 passengers and six crew members": the noun belongs to
			// the second count.
			return "", 0, false, false
		}
		if v.subsetWords.has(strings.ToLower(w.text)) {
			subset = true
		}
		skipped++
		if skipped > 4 {
			return "", 0, false, false
		}
	}
	return "", 0, false, false
}

// capitalisedRun returns the run of capitalised words at the start of
// after ("Harbour Board"), or "".
func capitalisedRun(src string, after []word) string {
	n := 0
	for n < len(after) && !isLowerWord(after[n].text) && unicode.IsLetter([]rune(after[n].text)[0]) {
		n++
	}
	if n == 0 {
		return ""
	}
	return src[after[0].start:after[n-1].end]
}

// mentionAt returns the mention starting at after[i].
func mentionAt(ms []span.Mention, after []word, i int) (span.Span, bool) {
	if i >= len(after) {
		return span.Span{}, false
	}
	for _, m := range ms {
		if m.Start == after[i].start {
			return span.Span{Start: m.Start, End: m.End}, true
		}
	}
	return span.Span{}, false
}

// afterPreposition returns an entity right after the measure noun and a
// preposition ("seats on the Harbour Board", "platser i styrelsen").
func (v *vocab) afterPreposition(ms []span.Mention, after []word, noun int) (span.Span, bool) {
	i := noun + 1
	if i >= len(after) || !v.prepositions.has(strings.ToLower(after[i].text)) {
		return span.Span{}, false
	}
	i++
	if i < len(after) && (v.definiteArticles.has(strings.ToLower(after[i].text)) || v.indefiniteArticles.has(strings.ToLower(after[i].text))) {
		i++
	}
	return mentionAt(ms, after, i)
}

// rankAttached reports whether a rank word follows a verb of placing
// (rank_verbs, the list the quantity parser reads ordinals with) within
// three words.
func (v *vocab) rankAttached(src string, s span.Span, at int) bool {
	ws := wordsIn(src, s.Start, at)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if v.rankVerbs.has(strings.ToLower(ws[k].text)) {
			return true
		}
	}
	return false
}

func nearestBefore(ms []span.Mention, at int, personOnly bool) (span.Span, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= at && (!personOnly || ms[k].Type == span.Person) {
			return span.Span{Start: ms[k].Start, End: ms[k].End}, true
		}
	}
	return span.Span{}, false
}

func persons(ms []span.Mention) []span.Span {
	var out []span.Span
	for _, m := range ms {
		if m.Type == span.Person {
			out = append(out, span.Span{Start: m.Start, End: m.End})
		}
	}
	return out
}

func mentionsIn(ms []span.Mention, s span.Span) []span.Mention {
	var out []span.Mention
	for _, m := range ms {
		if m.Start >= s.Start && m.End <= s.End {
			out = append(out, m)
		}
	}
	return out
}
