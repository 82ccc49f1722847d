package claims

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// sentencePassTable lists the sentence passes, in run order.
func sentencePassTable() []rules.Pass[sentencePass] {
	return []rules.Pass[sentencePass]{
		{Info: info("listed-winners", `A list of two or more people before a win verb counts the event's winners ("A, B and C won" -> winners 3).`),
			Run: func(x *sentence) []Raw { return one(x.v.listedWinners(x.src, x.s, x.inSent)) }},
		{Info: info("rank-phrase", `A rank said in words: "X topped the poll" is rank 1, "the next nearest candidate, X" the rank after the winners.`),
			Run: func(x *sentence) []Raw { return one(x.v.rankPhrase(x.src, x.s, x.inSent, x.out)) }},
		{Info: info("tally", `A vote tally after a verb of voting ("voted 97-1", "passed 51-49", "by a vote of 348 to 77"): the votes for and against, compared only with figures stating the same fact.`),
			Run: func(x *sentence) []Raw { return x.tallies() }},
		{Info: info("one-count", `"One man was shot", "after just one season": a count of one, which the number reader leaves out, compared only with figures stating the same fact.`),
			Run: func(x *sentence) []Raw { return x.ones() }},
	}
}

// readingTable lists the readings, in run order: the first that claims
// a figure says what it measures.
func readingTable() []rules.Pass[figurePass] {
	return []rules.Pass[figurePass]{
		{Info: info("age", `A number after a name between commas, after "aged" or as "N-year-old" next to a name is that person's age ("Ada Quill, 67,").`), Run: readAgeOf},
		{Info: info("amount", `Money or a percentage counts what a keyword near it names ("revenue of £1.4bn", "a turnout of 71%"); without one it is dropped.`), Run: readAmountOf},
		{Info: info("aside-amount", `Money closing a bracketed or dashed aside that opens with words counts what the keyword before the aside names, as a guess ("their offer to Ada Quill -- five years, $90 million -- rose"; not "$260m (£134m)").`), Run: readAsideAmountOf},
		{Info: info("name-bracket-amount", `Money in a bracket right after a name, with no keyword of its own, counts what the keyword after the bracket names ("the Gulls (six years, $40 million) have made offers"); an event measure only.`), Run: readBracketAmountOf},
		{Info: info("rank", `An ordinal is a rank ("came fourth").`), Run: readRankOf},
		{Info: info("magnitude", `A number after "magnitude" or before "on the Richter scale" is the main event's magnitude ("a magnitude 6.8 earthquake").`), Run: readMagnitudeOf},
		{Info: info("prison-term", `Years or months with a jail word in the clause are a prison term ("jailed for six years").`), Run: readTermOf},
		{Info: info("compound-measure", `A number joined to a measure noun counts it ("the 21-seat board"); a compound of no measure is dropped.`), Run: readCompoundOf},
		{Info: info("voted-division", `"voted seven to two": the first number is the votes for, the second the votes against.`), Run: readVotedDivisionOf},
		{Info: info("division-against", `The number after "N votes to" is the votes against ("carried by 187 votes to 162" -> 162 against).`), Run: readDivisionAgainstOf},
		{Info: info("children", `"A mother of three", "father of two": a count of children, never a casualty ("a mother of two died").`), Run: readChildrenOf},
		{Info: info("casualty", `A count next to a word of dying, injury or arrest is a casualty figure ("killed four", "23 were hurt").`), Run: readCasualtyOf},
		{Info: info("killing-of", `A count after a noun of killing and "of" is a death toll ("the slayings of two women" -> deaths 2).`), Run: readKillingOf},
		{Info: info("winners", `A count of people with a win cue counts the winners ("the three successful candidates").`), Run: readWinnersOf},
		{Info: info("counted-noun", `A count followed by a measure noun of the lexicon counts that measure ("41,000 members"); "by 187 votes to 162" gives the votes for.`), Run: readCountedNoun},
		{Info: info("generic", `A count of any other noun ("12 magazines") or money named by what it buys or the verb moving it ("a $1.5 billion package", "cut $716 billion"): compared only with figures stating the same fact.`), Run: readGenericOf},
	}
}

// one is a sentence pass's result as a list.
func one(r Raw, ok bool) []Raw {
	if !ok {
		return nil
	}
	return []Raw{r}
}

func readAgeOf(f *figure) verdict {
	subj, ok := f.v.ageOf(f.src, f.q, f.inSent)
	if !ok {
		return next
	}
	// "Amira Osei, 67,", "aged 67", "the 24-year-old Amira Osei": a
	// person's age, give or take a birthday.
	f.reading = readAge
	f.r.Measure, f.r.How, f.r.Subjects, f.r.Precision = MeasureAge, ByMention, []span.Span{subj}, 1
	return claim
}

// claimAmount claims f as an amount of measure m, as written.
func (f *figure) claimAmount(m amountMeasure) verdict {
	f.reading, f.amount = readAmount, m
	f.r.Measure, f.r.Precision, f.r.Display = m.measure, precision(f.q.Text, f.q.Low), f.q.Text
	return claim
}

func readAmountOf(f *figure) verdict {
	if f.q.Kind != quantity.Money && f.q.Kind != quantity.Percent {
		return next
	}
	m, ok := f.v.amount(f.q.Kind, f.q.Currency, f.before, f.after)
	if !ok {
		return next // no keyword: the generic reading may name it
	}
	return f.claimAmount(m)
}

func readAsideAmountOf(f *figure) verdict {
	if f.q.Kind != quantity.Money {
		return next
	}
	m, ok := f.v.asideAmount(f.q.Currency, f.before, f.after)
	if !ok {
		return next
	}
	return f.claimAmount(m)
}

func readRankOf(f *figure) verdict {
	if f.q.Kind != quantity.Ordinal {
		return next
	}
	f.reading = readRank
	f.r.Kind, f.r.Measure = "rank", "rank"
	return claim
}

func readMagnitudeOf(f *figure) verdict {
	if !f.v.magnitude(f.q, f.before, f.after) {
		return next
	}
	// "a magnitude 6.8 earthquake", "6.8-magnitude", "magnituden 6,3".
	f.reading = readMagnitude
	f.r.Measure, f.r.Precision = MeasureMagnitude, precision(f.q.Text, f.q.Low)
	return claim
}

func readTermOf(f *figure) verdict {
	term, ok := f.v.prisonSentence(f.q, f.before, f.after)
	if !ok {
		return next
	}
	f.reading = readTerm
	f.r.Measure = term
	return claim
}

func readCompoundOf(f *figure) verdict {
	if f.q.Compound == "" {
		return next
	}
	m, ok := f.lex.Measure(f.q.Compound)
	if !ok {
		return drop
	}
	f.reading, f.noun = readCompound, m
	f.r.Measure = m
	return claim
}

func readVotedDivisionOf(f *figure) verdict {
	before, after := f.before, f.after
	n := len(before)
	if n > 0 && f.v.voteVerbs.has(strings.ToLower(before[n-1].text)) && len(after) >= 2 &&
		f.v.divisionLinks.has(strings.ToLower(after[0].text)) && (figureWord(after[1].text) || f.v.spelledNumbers.has(strings.ToLower(after[1].text))) {
		// "the committee voted seven to two": a division.
		f.reading, f.divisionAt = readVotedDivision, f.q.Start
		f.r.Measure = MeasureVotesFor
		return claim
	}
	if n >= 3 && f.v.divisionLinks.has(strings.ToLower(before[n-1].text)) && f.v.voteVerbs.has(strings.ToLower(before[n-3].text)) &&
		(figureWord(before[n-2].text) || f.v.spelledNumbers.has(strings.ToLower(before[n-2].text))) {
		// The two of "voted seven to two".
		f.reading, f.divisionAt = readVotedDivision, before[n-2].start
		f.r.Measure = MeasureVotesAgainst
		return claim
	}
	return next
}

func readDivisionAgainstOf(f *figure) verdict {
	if !divisionAgainst(f.before, f.lex) {
		return next
	}
	// "by 187 votes to 162": the votes against the lead's motion,
	// compared only with other divisions; the body is named before the
	// whole division.
	f.reading, f.divisionAt = readDivisionAgainst, f.before[len(f.before)-3].start
	f.r.Measure = MeasureVotesAgainst
	return claim
}

func readCasualtyOf(f *figure) verdict {
	m, ok := f.v.casualtyMeasure(f.before, f.after)
	if !ok {
		return next
	}
	// "killed four", "23 were hurt"; "two of the injured died" is a part
	// of the toll (see the casualty-part filter).
	f.reading, f.part = readCasualty, f.v.casualtyPart(f.before, f.after)
	f.r.Measure = m
	return claim
}

func readKillingOf(f *figure) verdict {
	n := len(f.before)
	if n < 2 || !strings.EqualFold(f.before[n-1].text, "of") || !f.v.killingNouns.has(strings.ToLower(f.before[n-2].text)) {
		return next
	}
	if w := strings.ToLower(after0(f.after)); f.v.uncounted.has(w) && !f.v.stopwords.has(w) {
		return next // "the deaths of three years ago": no count of people
	}
	// "the killings of two young women"; "the deaths of two of the
	// workers" is a part of the toll.
	f.reading, f.part = readCasualty, f.v.casualtyPart(f.before, f.after)
	f.r.Measure = MeasureDeaths
	return claim
}

func readWinnersOf(f *figure) verdict {
	if !f.v.winnersCount(f.after) {
		return next
	}
	// "the three successful candidates", "three left-wingers elected".
	f.reading = readWinners
	f.r.Measure = MeasureWinners
	return claim
}

func readCountedNoun(f *figure) verdict {
	m, nounIdx, subset, ok := countedNoun(f.after, f.lex)
	if !ok {
		return next
	}
	f.reading, f.noun, f.nounIdx, f.subset = readCounted, m, nounIdx, subset
	f.r.Measure = m
	after := f.after
	if m == "votes" && nounIdx+2 < len(after) && f.v.divisionLinks.has(strings.ToLower(after[nounIdx+1].text)) && figureWord(after[nounIdx+2].text) {
		// "carried by 187 votes to 162": a division, not one candidate's
		// votes; its subject is the lead's motion.
		f.division, f.divisionAt = true, f.q.Start
		f.r.Measure = MeasureVotesFor
	}
	return claim
}

// filterTable lists the filters, in run order.
func filterTable() []rules.Pass[figurePass] {
	return []rules.Pass[figurePass]{
		{Info: info("dated-age", `No age in a sentence opening with a year ("In 2012 Ada Quill, 74, won"): another time's.`),
			Run: func(f *figure) verdict {
				return rejectIf(f.reading == readAge && yearBefore(f.qs, f.q.Start-f.s.Start))
			}},
		{Info: info("earlier-age", `No age in a sentence about an earlier season or year ("Ada Quill, 24, won it last year").`),
			Run: func(f *figure) verdict { return rejectIf(f.reading == readAge && f.v.earlierPeriod(f.text)) }},
		{Info: info("then-age", `No age of another time: "the then 19-year-old Ada Quill", "Ada Quill, then 19,", "19, now 22".`),
			Run: func(f *figure) verdict { return rejectIf(f.reading == readAge && f.v.thenAge(f.src, f.q)) }},
		{Info: info("sum-of-shares", `An event's amount followed by "between them" or "in total" is a sum of several shares: dropped.`),
			Run: func(f *figure) verdict {
				return dropIf(f.reading == readAmount && f.amount.event && f.v.betweenThem(f.after))
			}},
		{Info: info("placing-verb", `An ordinal with no verb of placing up to three words before it is no rank ("the fourth time"): dropped.`),
			Run: func(f *figure) verdict {
				return dropIf(f.reading == readRank && !f.v.rankAttached(f.src, f.s, f.q.Start))
			}},
		{Info: info("earlier-season", `A rank in a sentence about an earlier season or year is another contest's ("finished fourth last season"): dropped.`),
			Run: func(f *figure) verdict { return dropIf(f.reading == readRank && f.v.earlierPeriod(f.text)) }},
		{Info: info("total-term", `A prison term after "a total of" sums several terms ("jailed for a total of 16 years"): dropped.`),
			Run: func(f *figure) verdict { return dropIf(f.reading == readTerm && f.nearTotal()) }},
		{Info: info("casualty-part", `A casualty count that is a part of the toll ("two of the injured died", "another two died"): dropped.`),
			Run: func(f *figure) verdict { return dropIf(f.reading == readCasualty && f.part) }},
		{Info: info("earlier-toll", `A casualty count in a sentence about an earlier year ("Earlier this year a gunman killed three"; "last year") is another event's toll: dropped.`),
			Run: func(f *figure) verdict { return dropIf(f.reading == readCasualty && f.v.earlierPeriod(f.text)) }},
		{Info: info("coordinated-group", `A casualty count of one group joined by "and" to another group of people ("killed three boys and a girl", "a girl and three boys were hurt") counts a part of the victims: dropped.`),
			Run: func(f *figure) verdict {
				return dropIf(f.reading == readCasualty && f.v.coordinatedGroup(f.before, f.after))
			}},
		{Info: info("debt-figure", `An event's amount right before a debt noun (up to four lower-case words on, no function word between, past a converted amount in brackets: "to clear a £2.5bn (€2.9bn) overdue tax bill") is that debt, not the deal's price: dropped (a repayment stays one).`),
			Run: func(f *figure) verdict {
				return dropIf(f.reading == readAmount && f.amount.event && !f.amount.debt && f.v.debtAfter(f.after))
			}},
		{Info: info("earlier-value", `A figure right after "from" with "to" and another figure after it is the value before a change ("cut its stake from 70% to 49%"): dropped.`),
			Run: func(f *figure) verdict {
				return dropIf((f.reading == readAmount || f.reading == readCounted) && f.v.earlierValue(f.before, f.after))
			}},
		{Info: info("count-change", `A count that is a change or a part of an earlier whole ("losing 21 seats", "21 of its 70 seats", "21 more seats"): dropped.`),
			Run: func(f *figure) verdict {
				return dropIf(f.reading == readCounted && f.v.countChange(f.before, f.after[:f.nounIdx]))
			}},
		{Info: info("hypothetical", `A count under a modal or a combining word ("which would give him 93 seats", "a coalition of 93 seats"): dropped.`),
			Run: func(f *figure) verdict { return dropIf(f.reading == readCounted && f.v.hypothetical(f.before)) }},
		{Info: info("acting-part", `Members "of X" who act are a part of X, not its size ("Seven members of the committee backed the cut"): dropped.`),
			Run: func(f *figure) verdict {
				return dropIf(f.reading == readCounted && f.v.actingSubset(f.after[f.nounIdx+1:]))
			}},
	}
}

func dropIf(b bool) verdict {
	if b {
		return drop
	}
	return next
}

func rejectIf(b bool) verdict {
	if b {
		return reject
	}
	return next
}
