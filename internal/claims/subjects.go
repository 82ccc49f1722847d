package claims

import (
	"slices"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/quantity"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// subjectTable lists the subject rules, in run order: the first that
// claims a figure gives its subject. Each applies to some readings only;
// for one reading they run in the order written here.
func subjectTable() []rules.Pass[figurePass] {
	return []rules.Pass[figurePass]{
		{Info: info("bracket-owner", `A figure in a bracket right after a name (or its possessive), the bracket holding only figures, one of each kind, is that name's ("the Gulls (six years, $40 million)"; not after a preposition).`), Run: bracketOwner},
		{Info: info("respectively", `The k-th of a list of figures followed by "respectively" is the k-th of the names listed before them ("A and B came second and fifth respectively"); with fewer names than figures, dropped.`), Run: respectivelySubject},
		{Info: info("guessed-amount", `An event amount read from a verb with its own subject is a guess ("the plan, which cost £45m").`), Run: guessedAmount},
		{Info: info("payer", `A person (or, but for a cost, an organisation) named with the payer's verb owns a fine, cost or repayment ("Ada Quill was fined £500").`), Run: payerSubject},
		{Info: info("bidder", `A price after a bidder's verb is the bidder's, not the main event's ("the Gulls have bid $40 million", "the Gulls' offer of $40 million"; not "was offered"), whatever type the tagger gave the bidder ("Tarnmouth has bid $9m", a company tagged a place).`), Run: bidderSubject},
		{Info: info("partitive-whole", `The whole after a part ("64 of the 150 seats in the Harbour Assembly") is the body's named after it, else dropped: never the party's.`), Run: partitiveWhole},
		{Info: info("participle-subject", `A count or share after a comma and a verb of winning (", winning 41 seats", ", with 41 seats") is the clause subject's, not the name nearest it; a person's seats are a guess.`), Run: participleSubject},
		{Info: info("container-body", `A count or share after the body it was won in ("the largest party in the Harbour Assembly with 41 seats") is the clause subject's, not the body's total; with none, a guess.`), Run: containerBody},
		{Info: info("amount-holder", `A share of the vote, a stake or revenue is the nearest organisation's before it ("Harbour Party came first with 41.2%").`), Run: amountHolder},
		{Info: info("ranked-person", `A rank is the nearest person's before it ("Ada Quill came fourth").`), Run: rankedPerson},
		{Info: info("sentenced-person", `A prison term is the person named before it with a passive verb ("Ada Quill was jailed for nine years").`), Run: sentencedPerson},
		{Info: info("unnamed-defendant", `A prison term of an unnamed one of several, or with someone else named, is a guess ("A getaway driver was jailed").`), Run: unnamedDefendant},
		{Info: info("division-body", `A division is the body named before it ("the Harbour Assembly passed it by 187 votes to 162").`), Run: divisionBody},
		{Info: info("division-body-noun", `A division with no body named is the body noun's before it ("the committee backed it by 9 votes to 4").`), Run: divisionBodyNoun},
		{Info: info("compound-name", `A compound figure is the entity named right after it ("the 21-seat Harbour Board").`), Run: compoundName},
		{Info: info("compound-capitalised", `A compound figure is the capitalised name after it, if no entity ("the 21-seat Harbour Board" untagged).`), Run: compoundCapitalised},
		{Info: info("compound-head", `A compound figure is the noun after it ("the 21-seat board"), matched to an entity with that head.`), Run: compoundHead},
		{Info: info("compound-nearest", `A compound figure with no noun after it is the nearest entity's before it ("Harbour Board, a 21-seat body"; no person for seats).`), Run: compoundNearest},
		{Info: info("each-list", `"N votes each" is each listed person's ("A, B and C ... 30,000 votes each"); dropped if fewer than two are named.`), Run: eachList},
		{Info: info("owner-noun", `Members or staff after an owner noun are that organisation's ("the union's 14,200 members", "the union has 12,400 members").`), Run: ownerNoun},
		{Info: info("nearest-entity", `A count is the nearest entity's before it in its clause ("Tidewatch has 120,000 members"; no person for seats).`), Run: nearestEntity},
		{Info: info("after-preposition", `A count is the entity after its noun and a preposition ("4,100 votes for the Harbour Party", "seats on the Harbour Board").`), Run: afterPrepositionSubject},
		{Info: info("body-noun", `A body's seats or members are the body noun's before them ("fullmäktige, som har 49 mandat").`), Run: bodyNounSubject},
		{Info: info("previous-figure", `A body's count with no subject continues the previous figure's subject ("The board has 39 seats. Three seats were created."), a guess.`), Run: previousFigure},
		{Info: info("fallback", `A count with no subject falls back on the article's main organisation (kept for members only), a guess.`), Run: fallbackSubject},
		{Info: info("lead-event", `An event figure in the lead (outside a sentence naming a year) is the main event's ("A fire killed four").`), Run: leadEvent},
		{Info: info("main-event", `Any other event figure, and a count of winners, is the main event's as a guess ("Three people were killed in the village").`), Run: mainEvent},
	}
}

func respectivelySubject(f *figure) verdict {
	end, ok := f.v.respectivelyAfter(f.lower, f.q.End-f.s.Start)
	if !ok {
		return next
	}
	figs := f.v.listedFigures(f.lower, f.qs, f.q.Kind, end)
	k := slices.Index(figs, f.q.Start-f.s.Start)
	if len(figs) < 2 || k < 0 {
		return next
	}
	var names []span.Span
	for _, m := range f.inSent {
		if m.End <= f.s.Start+figs[0] {
			names = append(names, span.Span{Start: m.Start, End: m.End})
		}
	}
	if len(names) < len(figs) {
		return drop // "came second and fifth respectively" of names not listed here
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{names[len(names)-len(figs)+k]}
	return claim
}

// listedFigures are the sentence offsets of the list of figures of kind
// that ends before the cue at end: figures joined only by commas and list
// words ("for $40 million and $12 million, respectively"; not an earlier
// "$90 million deal").
func (v *vocab) listedFigures(lower string, qs []quantity.Quantity, kind quantity.Kind, end int) []int {
	var run []quantity.Quantity
	for _, q := range qs {
		if q.Kind != kind || q.Start >= end {
			continue
		}
		if len(run) > 0 && !v.onlyJoins(lower[run[len(run)-1].End:q.Start]) {
			run = run[:0]
		}
		run = append(run, q)
	}
	if len(run) > 0 && !v.onlyJoins(lower[run[len(run)-1].End:end]) {
		return nil
	}
	out := make([]int, len(run))
	for i, q := range run {
		out[i] = q.Start
	}
	return out
}

// onlyJoins reports text holding nothing but commas and list words.
func (v *vocab) onlyJoins(text string) bool {
	for _, w := range wordsIn(text, 0, len(text)) {
		if w.text != "," && !v.listJoins.has(w.text) {
			return false
		}
	}
	return true
}

func guessedAmount(f *figure) verdict {
	if f.reading != readAmount || !f.amount.event || !f.amount.guess {
		return next
	}
	f.r.How = ByEvent // "the recovery plan, which cost £45m": what cost it, not the event
	return claim
}

func payerSubject(f *figure) verdict {
	if f.reading != readAmount || !f.amount.event {
		return next
	}
	subj, ok := f.v.ownerOfAmount(f.src, f.amount.measure, inClause(f.src, f.s, f.inSent, f.q.Start), f.q.Start)
	if !ok {
		return next
	}
	// "X claimed £48,200 in costs", "X was ordered to repay £1,900": X's
	// figure, not the event's.
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func amountHolder(f *figure) verdict {
	if f.reading != readAmount || f.amount.event {
		return next
	}
	// A share of the vote, a stake, revenue: an organisation's, the
	// nearest one before it if any ("the Social Democrats came first in
	// the town with 41.2%").
	subj, ok := nearestOrgBefore(f.inSent, f.q.Start)
	if !ok {
		subj, ok = nearestBeforeOf(f.inSent, f.q.Start, false)
	}
	if !ok && f.v.companyMeasure(f.amount.measure) {
		// The tagger may call a company a person in one article; the
		// corpus-level type decides (CrossReference drops people).
		subj, ok = nearestBeforeOf(f.inSent, f.q.Start, true)
	}
	if !ok {
		return next
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func rankedPerson(f *figure) verdict {
	if f.reading != readRank {
		return next
	}
	subj, ok := nearestBefore(f.inSent, f.q.Start, true)
	if !ok {
		return next
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func sentencedPerson(f *figure) verdict {
	if f.reading != readTerm {
		return next
	}
	subj, ok := f.v.termSubject(f.src, f.inSent, f.q.Start)
	if !ok {
		return next
	}
	// Each defendant has a term: "X was jailed for nine years", "Y for
	// four".
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func unnamedDefendant(f *figure) verdict {
	if f.reading != readTerm || !(f.v.indefiniteOpening(f.lower) || personBefore(f.inSent, f.q.Start)) {
		return next
	}
	// "A getaway driver was jailed", "Judge X jailed him": one of
	// several, or the person is not the one jailed.
	f.r.How = ByEvent
	return claim
}

func divisionBody(f *figure) verdict {
	if !f.divided() {
		return next
	}
	subj, ok := f.v.bodyMentionBefore(f.src, f.inSent, f.divisionAt)
	if !ok {
		return next
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func divisionBodyNoun(f *figure) verdict {
	if !f.divided() {
		return next
	}
	head, _, ok := f.v.bodyNounBefore(f.src, f.s, f.divisionAt)
	if !ok {
		return next
	}
	f.r.How, f.r.Head = ByCompound, head
	return claim
}

func compoundName(f *figure) verdict {
	if f.reading != readCompound {
		return next
	}
	subj, ok := mentionAt(f.inSent, f.after, 0)
	if !ok {
		return next
	}
	// "the 21-seat Harbour Board": the name itself.
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func compoundCapitalised(f *figure) verdict {
	if f.reading != readCompound {
		return next
	}
	name := capitalisedRun(f.src, f.after)
	if name == "" {
		return next
	}
	f.r.How, f.r.Name = ByName, name
	return claim
}

func compoundHead(f *figure) verdict {
	if f.reading != readCompound || len(f.after) == 0 || !isLowerWord(f.after[0].text) {
		return next
	}
	f.r.How, f.r.Head = ByCompound, strings.ToLower(f.after[0].text)
	return claim
}

func compoundNearest(f *figure) verdict {
	if f.reading != readCompound {
		return next
	}
	subj, ok := nearestBeforeOf(f.inSent, f.q.Start, !f.v.bodyMeasures.has(f.noun))
	if !ok {
		return next
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func eachList(f *figure) verdict {
	if !f.counted() {
		return next
	}
	after, i := f.after, f.nounIdx
	if !(i+1 < len(after) && f.v.eachWords.has(strings.ToLower(after[i+1].text)) || f.v.eachBefore(f.src, f.s, f.q.Start)) {
		return next
	}
	// "A, B and C ... N votes each", "A, B and C each took N".
	subs := persons(f.inSent)
	if len(subs) < 2 && f.si > 0 {
		subs = persons(mentionsIn(f.ments, f.sents[f.si-1]))
	}
	if len(subs) < 2 {
		return drop // "each" of people not named here
	}
	f.r.How, f.r.Subjects = ByEach, subs
	return claim
}

func ownerNoun(f *figure) verdict {
	if !f.counted() || f.noun != "members" && f.noun != "employees" {
		return next
	}
	owner, ok := f.v.ownerNounBefore(f.src, f.s, f.q.Start)
	if !ok {
		return next
	}
	// "the union's 14,200 members", "the union has 12,400 members": the
	// article's organisation with that head.
	f.r.How, f.r.Head = ByCompound, owner
	return claim
}

// countClause is what the subject rules of a count share: the mentions
// of its clause, whether a person may be its subject, and a body noun
// before it.
type countClause struct {
	ms       []span.Mention
	personOK bool
	// named: the clause names a subject the tagger typed a person (for a
	// body's count, which a person never has).
	named bool
	// head is a body noun before the count (for a body's count), at
	// headAt.
	head   string
	headAt int
	headOK bool
}

// countClause computes (once) what the subject rules of a count share.
func (f *figure) countClause() *countClause {
	if f.clause != nil {
		return f.clause
	}
	c := &countClause{personOK: !f.v.bodyMeasures.has(f.noun)}
	// The subject is in the figure's own clause: "X won 15 seats; Y took
	// 21 seats" gives Y's figure no subject from X's clause.
	c.ms = inClause(f.src, f.s, f.inSent, f.q.Start)
	if !c.personOK {
		kept := afterNearestPerson(c.ms, f.q.Start)
		c.named = len(kept) < len(c.ms)
		c.ms = kept
	}
	c.head, c.headAt, c.headOK = f.v.bodyNounBefore(f.src, f.s, f.q.Start)
	c.headOK = c.headOK && f.v.bodyMeasures.has(f.noun)
	f.clause = c
	return c
}

func nearestEntity(f *figure) verdict {
	if !f.counted() {
		return next
	}
	c := f.countClause()
	subj, ok := nearestBeforeOf(c.ms, f.q.Start, c.personOK)
	if !ok || c.headOK && c.headAt >= subj.End {
		return next // "X said the council has 49 seats": the body noun is nearer
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func afterPrepositionSubject(f *figure) verdict {
	if !f.counted() {
		return next
	}
	c := f.countClause()
	subj, ok := f.v.afterPreposition(c.ms, f.after, f.nounIdx)
	if !ok || c.headOK {
		return next
	}
	// Votes belong to whom they were "for"; "votes in the Assembly"
	// names where they were cast. Members "at" a company work there;
	// they belong to someone else.
	prep := f.after[f.nounIdx+1].text
	if f.noun == "votes" && !f.v.voteForPrepositions.has(strings.ToLower(prep)) || f.noun == "members" && strings.EqualFold(prep, "at") {
		return next
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

func bodyNounSubject(f *figure) verdict {
	if !f.counted() {
		return next
	}
	c := f.countClause()
	if !c.headOK {
		return next
	}
	// "Fullmäktige har 51 mandat", "the council, which has 49 seats".
	f.r.How, f.r.Head = ByCompound, c.head
	return claim
}

func previousFigure(f *figure) verdict {
	if !f.counted() || !f.v.bodyMeasures.has(f.noun) || f.countClause().named {
		return next
	}
	prev, ok := previousSubject(f.out, f.s, f.sents, f.si, baseMeasure(f.noun))
	if !ok {
		return next
	}
	// "The board has 39 seats. Three seats were created this year.": the
	// count continues the previous sentence's subject. Kept as a guess:
	// it never makes a conflict.
	f.r.How, f.r.Subjects, f.r.Head, f.r.Name = ByPrevious, prev.Subjects, prev.Head, prev.Name
	f.r.PrevHow = prev.How
	return claim
}

func fallbackSubject(f *figure) verdict {
	if !f.counted() {
		return next
	}
	f.r.How = ByFallback
	return claim
}

func leadEvent(f *figure) verdict {
	if !f.eventFigure() || !f.leadEvent {
		return next
	}
	f.r.How = ByLead
	return claim
}

func mainEvent(f *figure) verdict {
	if !f.eventFigure() && f.reading != readWinners {
		return next
	}
	f.r.How = ByEvent
	return claim
}

// refinementTable lists the refinements, in run order: each adjusts the
// measure or flags of the figures it applies to.
func refinementTable() []rules.Pass[figurePass] {
	return []rules.Pass[figurePass]{
		{Info: info("dated-count", `A count in a sentence opening with a year is of that time ("In 2023 the board employed 10,800 staff"): listed, never a conflict.`),
			Run: func(f *figure) verdict {
				if f.counted() {
					f.r.Dated = yearBefore(f.qs, f.q.Start-f.s.Start)
				}
				return next
			}},
		{Info: info("employs-people", `People after a verb of employing are staff ("employs 1,200 people" -> employees).`),
			Run: func(f *figure) verdict {
				if f.counted() && f.noun == "people" && f.v.employsBefore(f.src, f.s, f.q.Start) {
					f.r.Measure = "employees"
				}
				return next
			}},
		{Info: info("worldwide-staff", `Staff "worldwide" or "in total" are another measure than staff at a site ("2,300 employees worldwide").`),
			Run: func(f *figure) verdict {
				if f.counted() && f.r.Measure == "employees" && f.v.wholeGroup(f.after[f.nounIdx+1:]) {
					f.r.Measure = "employees (worldwide)"
				}
				return next
			}},
		{Info: info("new-subset", `A modifier such as "new" or "vacant" makes a count a subset ("three new seats" -> new seats).`),
			Run: func(f *figure) verdict {
				if f.counted() && f.subset {
					f.r.Measure = "new " + f.r.Measure
				}
				return next
			}},
		{Info: info("represented-members", `The workers an organisation represents are its members ("the union represents 12,400 workers" -> members).`),
			Run: func(f *figure) verdict {
				if f.subjectBy == "owner-noun" && f.v.representsBefore(f.src, f.s, f.q.Start) {
					f.r.Measure = "members"
				}
				return next
			}},
		{Info: info("created-subset", `A count followed by a word of creating counts new ones ("three seats created this year" -> new seats).`),
			Run: func(f *figure) verdict {
				if f.counted() && !f.subset && f.subjectBy != "each-list" && f.subjectBy != "owner-noun" && f.v.createdAfter(f.after, f.nounIdx) {
					f.r.Measure = "new " + f.noun
				}
				return next
			}},
		{Info: info("paid-verbs", `Money named by a verb of getting it and followed by a verb of work it pays for measures what "paid" does ("pocketed a modest £2m to coach the side" and "was paid £2m to coach the side" state one fact; "took £19m in its opening weekend" is no pay, nor "the film took £9m to produce": a verb of taking needs a person's subject).`),
			Run: func(f *figure) verdict {
				if f.reading == readGeneric && f.q.Kind == quantity.Money && f.v.paysForWork(f.after) {
					if w, rest, ok := strings.Cut(f.r.Measure, " "); ok && f.v.paidVerbs.has(w) && (!f.v.takePaidVerbs.has(w) || f.personTakes(w)) {
						f.r.Measure, f.r.paidByVerb = MeasurePaid+" "+rest, true
					}
				}
				return next
			}},
		{Info: info("revised-term", `A prison term in a sentence about its revision or in a relative clause is the original one, a guess ("had the term cut on appeal").`),
			Run: func(f *figure) verdict {
				if f.reading == readTerm && f.v.revisedTerm(f.text, f.q.Start-f.s.Start) {
					f.r.How = ByEvent
				}
				return next
			}},
		{Info: info("revised-toll", `A casualty count said as a revision ("the death toll has risen to six", "so far"), or under a headline saying the toll rose, is an update.`),
			Run: func(f *figure) verdict {
				if f.reading == readCasualty {
					f.r.Update = f.v.isUpdate(f.text) || f.tollRises
				}
				return next
			}},
		{Info: info("local-context", `Keeps the content words nearest a figure, six on each side (Raw.Local): two figures whose nearest words share four or more besides what they count, half the shorter list's, one of them a word of a name both sentences mention, state the same fact though the rest of a long sentence tells something else ("a club that signed Ada Quill on a $40 million contract for three seasons" closing a sentence about a losing run).`),
			Run: func(f *figure) verdict {
				f.r.Local = f.v.localWords(f.src, f.s.Start, f.s.End, f.r.Start, f.r.End)
				return next
			}},
		{Info: info("own-clause", `The names before a figure are those of its own clause: one a comma and a conjunction open with a name ("..., and coach Bo Lind was sacked 41 matches in") or a relative clause of people after a name ("turned to Bo Lind, who stayed for 41 matches"), from that name on; a party named earlier in the sentence is not the figure's.`),
			Run: func(f *figure) verdict {
				if at := f.ownClauseStart(f.r.Start); at >= 0 {
					if f.ownClause == nil {
						f.ownClause = map[int]int{}
					}
					f.ownClause[f.r.Start] = at
				}
				return next
			}},
	}
}

// personTakes reports a person as the subject of the verb of taking w
// before the figure: a person's pronoun ("he ended up taking") or a
// person's name not written as an owner ("Bo Lind took"; not "Bo Lind's
// film took") in the verb's clause.
func (f *figure) personTakes(w string) bool {
	at := -1
	for i := len(f.before) - 1; i >= 0; i-- {
		if strings.EqualFold(f.before[i].text, w) {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	from := 0
	for i := at - 1; i >= 0; i-- {
		if t := f.before[i].text; t == "," || t == ";" || t == ":" {
			from = i + 1
			break
		}
	}
	for _, x := range f.before[from:at] {
		if f.v.personPronouns.has(strings.ToLower(x.text)) {
			return true
		}
	}
	if from == at {
		return false
	}
	lo, hi := f.before[from].start, f.before[at].start
	for _, m := range f.inSent {
		if m.Type == span.Person && m.Start >= lo && m.End <= hi {
			rest := f.src[m.End:hi]
			if !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’") {
				return true
			}
		}
	}
	return false
}
