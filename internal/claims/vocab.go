package claims

import (
	"strings"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/dates"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// set is a concept's entries (read only).
type set map[string]struct{}

func (s set) has(w string) bool { _, ok := s[w]; return ok }

// endsAny reports w ending in one of the set's endings.
func (s set) endsAny(w string) bool {
	for e := range s {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// union is a new set holding the words of a and b.
func union(a, b set) set {
	out := make(set, len(a)+len(b))
	for w := range a {
		out[w] = struct{}{}
	}
	for w := range b {
		out[w] = struct{}{}
	}
	return out
}

// stops are the function words of a language (both English and Swedish
// for another): "man" is a Swedish pronoun, an English noun.
func (v *vocab) stops(lang string) set {
	switch lang {
	case "en":
		return v.stopEn
	case "sv":
		return v.stopSv
	}
	return v.stopwords
}

// vocab is the claims stage's vocabulary, read once from a lexicon: the
// cue words of the extraction rules. Sets are the concepts' own maps
// (never modified); phrase lists whose order decides a match are in file
// order (lexicon.InOrder), the others sorted.
type vocab struct {
	// Winners and ranks said in words.
	winCues, winVerbs, winNouns set
	topPhrases, nextPhrases     []string
	rankVerbs                   set

	// Counts and their subjects.
	subsetWords, createdWords, bodyMeasures, bodyNouns, bodyNameHeads set
	ownerNouns, ownerVerbs, representVerbs                            set
	earlierPeriodCues                                                 []string
	changeVerbs, countChangeWords                                     set
	// timeVarying are the measures whose value changes with time.
	timeVarying set
	// givenNames and outlets name no story: "John" is in many; "the
	// Financial Times reported" is a source.
	givenNames set
	// changeFrom and changeTo open the earlier and the new value of a
	// change ("from 70% to 49%").
	changeFrom, changeTo set
	// respectively pairs a list of figures with the names before them.
	respectively set
	// listJoins join the items of a list ("A, B and C").
	listJoins set
	outlets   []string
	// Generic figures: function words (end a counted noun phrase),
	// uncounted nouns ("years", "times") and the verbs of tallies.
	stopwords, uncounted, tallyVerbs, parentNouns, rateUnits, placePrepositions, oneModifiers, amountModifiers, articles set
	stopEn, stopSv, oneDeterminers                                                                                       set
	spelledNumbers, actingVerbs, hypotheticalCues                                                                        set
	wholeGroupCues                                                                                                       []string
	employVerbs, prepositions, eachWords                                                                                 set
	// A clause's subject: gain participles open a clause of its figures,
	// objectPrepositions make the name after them no subject, container
	// prepositions put a party in a body, and bodyOwnCues make a count
	// after a body its own.
	gainParticiples, objectPrepositions, containerPrepositions, bodyOwnCues set
	// partitive are the phrases between a part and its whole ("64 of the
	// 150 seats"), as word lists.
	partitive [][]string

	// Prison terms, ages, casualties and magnitudes.
	termPassive, termRevision []string
	termUnits                 map[string]string
	jailWords, ageCompounds   set
	// ageCues and indefiniteArticles open an age after a name ("X,
	// aged 24", "X, a 24-year-old").
	ageCues, indefiniteArticles set
	// Divisions: voteVerbs before "N to M" make it one ("voted seven
	// to two"), divisionLinks join its two sides ("187 votes to 162")
	// and voteForPrepositions name whom votes were cast for.
	voteVerbs, divisionLinks, voteForPrepositions set
	magnitudeWords                                set
	casualtyAfter                                 map[string]string
	casualtyBefore                                map[string]string
	tollWords, tollLinks                          set
	casualtyFiller                                set
	casualtyPeople                                set
	// killingNouns make the count after them and "of" a death toll.
	killingNouns set
	// groupPersonNouns name a group of people by sex or age.
	groupPersonNouns         set
	casualtySubset           set
	updateCues, runningCount []string
	severity                 map[string]string
	riseWords                set

	// Money and percentages.
	moneyWords, percentWords  map[string]amountMeasure
	payerMeasures, payerVerbs set
	// paidVerbs name an amount by getting it as pay (MeasurePaid);
	// paidStems are their stems (see asPaid).
	paidVerbs, paidStems set
	// takePaidVerbs state a cost too: pay only with a person's subject
	// (personPronouns: he, she; see personTakes).
	takePaidVerbs, personPronouns set
	// payWork after an amount and a payPurpose link make it pay for
	// that work (see paysForWork).
	payWork, payPurpose set
	// bidWords, bidMaking and bidLinks name a price's bidder (see
	// bidderOf); passiveAux make a bid verb passive ("was offered")
	// unless it ends as a participle of the present (progressive:
	// "were offering").
	bidWords, bidMaking, bidLinks, passiveAux, progressive set
	sumCues, indefiniteOpenings                            []string
	// totalBefore are the phrases before a figure that make it a sum
	// ("a total of").
	totalBefore []string
	// weekdayAnchors before a weekday make it the event's ("on Monday").
	weekdayAnchors                         set
	percentChange                          set
	perShare                               [][]string
	perShareCompounds                      set
	fineRule, costNoun, figureLinks        set
	feeQualifiers, subordinators           set
	coordinators, personRelatives          set
	otherValue                             []string
	surpassWords                           set
	financing, debtNouns                   set
	premiumAverage, premiumClose           set
	yearPrepositions, linkWords, noMeasure set
	periods                                []reportPeriod

	// Event dates.
	relDay map[string]int
	// relDayKeys, relPeriodKeys and weekdayKeys are the keys of relDay,
	// relPeriod and weekdays, sorted (the order they are tried in).
	relDayKeys, relPeriodKeys, weekdayKeys []string
	relPeriod                              map[string]func(pub time.Time) (time.Time, time.Time)
	weekdays                               map[string]time.Weekday
	reportingVerbs, comparisonWords        set
	periodWords, periodEndWords            set
	futureWords, startWords                set
	// dateOpeners stand between a start word and its date ("starting on
	// the 14th"); nextPeriods follow "next" as a time to come.
	dateOpeners, nextPeriods set
	// rateArticles before a rate unit make a rate ("a year"); feeNouns
	// and costVerbs are the forms of "fee" and of the verb "cost".
	rateArticles, feeNouns, costVerbs set
	// relativePronouns open a relative clause after a comma (", who");
	// nameListJoins join the names of a list of winners ("A and B").
	relativePronouns, nameListJoins set
	// eachBeforeWords up to three words before a number, and
	// eachRightBefore right before it, make it each subject's.
	eachBeforeWords, eachRightBefore set
	// thenWords before an age make it one of another time ("the then
	// 19-year-old"); groupPossessives after "of" make a count a change
	// ("of its members"); definiteArticles may follow a preposition
	// before a subject's name.
	thenWords, groupPossessives, definiteArticles set
	// cal reads dates and month names.
	cal *dates.Calendar
}

// reportPeriod is a period a company figure covers ("quarterly") and the
// phrases that name it.
type reportPeriod struct {
	period string
	cues   []string
}

// amountConcepts are the keyword concepts of money and percentages, in
// the order they are read (a keyword two of them list takes the later
// one's measure), with their measure, whether it is an event's and
// whether it is itself a debt (a debt noun after it names the same debt).
var amountConcepts = []struct {
	n       lexicon.Name
	percent bool
	measure string
	event   bool
	debt    bool
}{
	{lexicon.MoneyPrice, false, measurePrice, true, false},
	{lexicon.MoneyFine, false, "fine", true, false},
	{lexicon.MoneyRansom, false, "ransom", true, false},
	{lexicon.MoneyDamages, false, "damages", true, false},
	{lexicon.MoneyRevenue, false, "revenue", false, false},
	{lexicon.MoneyProfit, false, "profit", false, false},
	{lexicon.MoneyLoss, false, "loss", false, false},
	{lexicon.MoneyCost, false, "cost", true, false},
	{lexicon.MoneyPay, false, "pay", false, false},
	{lexicon.MoneyRepayment, false, "repayment", true, true},
	{lexicon.PercentVoteShare, true, "vote share", false, false},
	{lexicon.PercentTurnout, true, "turnout", true, false},
	{lexicon.PercentPremium, true, "premium", true, false},
	{lexicon.PercentStake, true, "stake", false, false},
	{lexicon.PercentUnemployment, true, "unemployment", false, false},
	{lexicon.PercentInflation, true, "inflation", false, false},
}

// newVocab reads the claims vocabulary from lx.
func newVocab(lx *lexicon.Lexicon) *vocab {
	s := func(n lexicon.Name) set { return set(lx.Set(n)) }
	byWord := func(pairs ...any) map[string]string {
		out := map[string]string{}
		for i := 0; i+1 < len(pairs); i += 2 {
			for w := range lx.Set(pairs[i].(lexicon.Name)) {
				out[w] = pairs[i+1].(string)
			}
		}
		return out
	}
	v := &vocab{
		winCues: s(lexicon.WinCues), winVerbs: s(lexicon.WinVerbs), winNouns: s(lexicon.WinNouns),
		topPhrases: lx.InOrder(lexicon.TopRankPhrases), nextPhrases: lx.InOrder(lexicon.NextRankPhrases),
		rankVerbs: s(lexicon.RankVerbs),

		subsetWords: s(lexicon.SubsetWords), createdWords: s(lexicon.CreatedWords),
		bodyMeasures: s(lexicon.BodyMeasures), bodyNouns: s(lexicon.BodyNouns), bodyNameHeads: s(lexicon.BodyNameHeads),
		ownerNouns: s(lexicon.OrgNouns), ownerVerbs: s(lexicon.OwnerVerbs), representVerbs: s(lexicon.RepresentVerbs),
		earlierPeriodCues: lx.Words(lexicon.EarlierPeriodCues),
		changeVerbs:       s(lexicon.ChangeWords), countChangeWords: s(lexicon.CountChangeWords),
		timeVarying: s(lexicon.TimeVaryingMeasures),
		changeFrom:  s(lexicon.ChangeFromWords), changeTo: s(lexicon.ChangeToWords), respectively: s(lexicon.RespectivelyWords), listJoins: s(lexicon.ListConjunctions),
		givenNames: union(s(lexicon.GivenNamesMale), s(lexicon.GivenNamesFemale)),
		outlets:    lx.InOrder(lexicon.NewsOutlets),
		stopwords:  s(lexicon.StopwordsEnSv), uncounted: s(lexicon.UncountedNouns), tallyVerbs: s(lexicon.TallyVerbs),
		parentNouns: s(lexicon.ParentNouns), rateUnits: s(lexicon.RateUnits), placePrepositions: s(lexicon.PlacePrepositions), oneModifiers: s(lexicon.OneModifiers), amountModifiers: s(lexicon.AmountModifiers), articles: s(lexicon.ArticlesEnSv),
		stopEn: s(lexicon.StopwordsEn), stopSv: s(lexicon.StopwordsSv), oneDeterminers: s(lexicon.OneDeterminers),
		spelledNumbers: s(lexicon.SpelledNumbers), actingVerbs: s(lexicon.ActingVerbs), hypotheticalCues: s(lexicon.HypotheticalCues),
		wholeGroupCues: lx.Words(lexicon.WholeGroupCues),
		employVerbs:    s(lexicon.EmployVerbs), prepositions: s(lexicon.SubjectPrepositions), eachWords: s(lexicon.EachWords),
		gainParticiples: s(lexicon.GainParticiples), objectPrepositions: s(lexicon.PrepositionsEnSv),
		containerPrepositions: s(lexicon.ContainerPrepositions), bodyOwnCues: s(lexicon.BodyOwnCues),

		termPassive: lx.Words(lexicon.TermPassiveVerbs), termRevision: lx.Words(lexicon.TermRevisionCues),
		termUnits: byWord(lexicon.TermUnitsYears, MeasureSentenceYears, lexicon.TermUnitsMonths, MeasureSentenceMonths),
		jailWords: s(lexicon.JailWords), ageCompounds: s(lexicon.AgeCompounds), magnitudeWords: s(lexicon.MagnitudeWords),
		ageCues: s(lexicon.AgeCues), indefiniteArticles: s(lexicon.IndefiniteArticlesEn),
		voteVerbs: s(lexicon.VoteVerbs), divisionLinks: s(lexicon.DivisionLinks), voteForPrepositions: s(lexicon.VoteForPrepositions),
		casualtyAfter: byWord(lexicon.CasualtyAfterDeaths, MeasureDeaths, lexicon.CasualtyAfterInjured, MeasureInjured,
			lexicon.CasualtyAfterArrests, MeasureArrests, lexicon.CasualtyAfterShot, MeasureShot),
		casualtyBefore: byWord(lexicon.CasualtyBeforeDeaths, MeasureDeaths, lexicon.CasualtyBeforeInjured, MeasureInjured,
			lexicon.CasualtyBeforeArrests, MeasureArrests, lexicon.CasualtyBeforeShot, MeasureShot),
		tollWords: s(lexicon.TollWords), tollLinks: s(lexicon.TollLinks),
		casualtyFiller: s(lexicon.CasualtyFillers), casualtyPeople: s(lexicon.CasualtyPeople), casualtySubset: s(lexicon.CasualtySubsetWords), killingNouns: s(lexicon.KillingNouns), groupPersonNouns: s(lexicon.GroupPersonNouns),
		updateCues: lx.Words(lexicon.UpdateCues), runningCount: lx.Words(lexicon.RunningCountCues),
		severity: byWord(lexicon.SeveritySerious, "seriously", lexicon.SeverityCritical, "critically",
			lexicon.SeveritySlight, "slightly"),
		riseWords: s(lexicon.RiseWords),

		moneyWords: map[string]amountMeasure{}, percentWords: map[string]amountMeasure{},
		payerMeasures: s(lexicon.PayerMeasures), payerVerbs: s(lexicon.PayerVerbs), paidVerbs: s(lexicon.PaidVerbs), takePaidVerbs: s(lexicon.TakePaidVerbs),
		personPronouns: union(s(lexicon.PronounsMaleEnSv), s(lexicon.PronounsFemaleEnSv)), payWork: s(lexicon.PayWorkVerbs), payPurpose: s(lexicon.PayPurposeLinks),
		bidWords: s(lexicon.BidWords), bidMaking: s(lexicon.BidMakingVerbs), bidLinks: s(lexicon.BidLinks), passiveAux: s(lexicon.PassiveAux),
		progressive: s(lexicon.ProgressiveSuffixesEn),
		sumCues:     lx.Words(lexicon.SumCues), indefiniteOpenings: lx.Words(lexicon.IndefiniteOpenings), totalBefore: lx.Words(lexicon.TotalBeforeCues),
		weekdayAnchors: s(lexicon.WeekdayAnchors),
		percentChange:  s(lexicon.ChangeWords), perShareCompounds: s(lexicon.PerShareCompounds),
		fineRule: s(lexicon.FineRuleCues), costNoun: s(lexicon.CostNounOpeners), figureLinks: s(lexicon.FigureLinks),
		feeQualifiers: s(lexicon.FeeQualifiers), subordinators: s(lexicon.ClauseOpeners), coordinators: s(lexicon.ClauseCoordinators), personRelatives: s(lexicon.PersonRelativePronounsEn),
		otherValue: lx.Words(lexicon.OtherValueCues), surpassWords: s(lexicon.SurpassWords), financing: s(lexicon.FinancingWords), debtNouns: s(lexicon.DebtNouns),
		premiumAverage: s(lexicon.PremiumReferenceAverage), premiumClose: s(lexicon.PremiumReferenceClose),
		yearPrepositions: s(lexicon.YearPrepositions), linkWords: s(lexicon.KeywordLinks), noMeasure: s(lexicon.AmountStopWords),
		periods: []reportPeriod{
			{"quarterly", lx.Words(lexicon.PeriodQuarterly)},
			{"half-year", lx.Words(lexicon.PeriodHalfYear)},
			{"annual", lx.Words(lexicon.PeriodAnnual)},
		},

		relDay:          map[string]int{},
		relPeriod:       map[string]func(time.Time) (time.Time, time.Time){},
		weekdays:        lx.WeekdayWords("en", "sv"),
		reportingVerbs:  s(lexicon.StatementVerbs),
		comparisonWords: s(lexicon.ComparisonWords),
		periodWords:     s(lexicon.PeriodWords), periodEndWords: s(lexicon.PeriodEndWords),
		futureWords: s(lexicon.FutureWords), startWords: s(lexicon.ScheduleStartWords),
		dateOpeners: s(lexicon.ScheduleDateOpeners), nextPeriods: s(lexicon.NextPeriods),
		rateArticles: s(lexicon.RateArticles), feeNouns: s(lexicon.FeeNouns), costVerbs: s(lexicon.CostVerbs),
		relativePronouns: s(lexicon.RelativePronounsEnSv), nameListJoins: s(lexicon.NameListJoins),
		eachBeforeWords: s(lexicon.EachBeforeWords), eachRightBefore: s(lexicon.EachRightBeforeWords),
		thenWords: s(lexicon.ThenWords), groupPossessives: s(lexicon.GroupPossessivesEn), definiteArticles: s(lexicon.DefiniteArticlesEn),
		cal: dates.NewCalendar(lx),
	}
	for _, c := range amountConcepts {
		m := v.moneyWords
		if c.percent {
			m = v.percentWords
		}
		for _, w := range lx.InOrder(c.n) {
			m[w] = amountMeasure{measure: c.measure, event: c.event, debt: c.debt}
		}
	}
	for _, p := range lx.InOrder(lexicon.PartitivePhrases) {
		v.partitive = append(v.partitive, strings.Fields(p))
	}
	for _, p := range lx.InOrder(lexicon.PerSharePhrases) {
		v.perShare = append(v.perShare, strings.Fields(p))
	}
	for _, d := range []struct {
		n   lexicon.Name
		off int
	}{{lexicon.RelativeDayYesterday, -1}, {lexicon.RelativeDayToday, 0}} {
		for w := range lx.Set(d.n) {
			v.relDay[w] = d.off
		}
	}
	for _, p := range []struct {
		n lexicon.Name
		f func(time.Time) (time.Time, time.Time)
	}{
		{lexicon.RelativePeriodThisWeek, thisWeek}, {lexicon.RelativePeriodLastWeek, lastWeek},
		{lexicon.RelativePeriodThisYear, thisYear}, {lexicon.RelativePeriodLastYear, lastYear},
	} {
		for w := range lx.Set(p.n) {
			v.relPeriod[w] = p.f
		}
	}
	v.relDayKeys, v.relPeriodKeys, v.weekdayKeys = sortedKeys(v.relDay), sortedKeys(v.relPeriod), sortedKeys(v.weekdays)
	v.paidStems = set{}
	for w := range v.paidVerbs {
		v.paidStems[stem(w)] = struct{}{}
	}
	return v
}
