package lexicon

// The concepts of the claims stage: its cue words and the measures (one
// concept per measure, named measure_<measure>).
const (
	// claims
	ActingVerbs             Name = "acting_verbs"
	AdditionalWords         Name = "additional_words"
	AgeCompounds            Name = "age_compounds"
	AgeCues                 Name = "age_cues"
	VoteVerbs               Name = "vote_verbs"
	DivisionLinks           Name = "division_links"
	VoteForPrepositions     Name = "vote_for_prepositions"
	AmountStopWords         Name = "amount_stop_words"
	BodyMeasures            Name = "body_measures"
	BodyNameHeads           Name = "body_name_heads"
	BodyNouns               Name = "body_nouns"
	BodyOwnCues             Name = "body_own_cues"
	CasualtyAfterArrests    Name = "casualty_after_arrests"
	CasualtyAfterDeaths     Name = "casualty_after_deaths"
	CasualtyAfterInjured    Name = "casualty_after_injured"
	CasualtyAfterShot       Name = "casualty_after_shot"
	CasualtyBeforeArrests   Name = "casualty_before_arrests"
	CasualtyBeforeDeaths    Name = "casualty_before_deaths"
	CasualtyBeforeInjured   Name = "casualty_before_injured"
	CasualtyBeforeShot      Name = "casualty_before_shot"
	CasualtyFillers         Name = "casualty_fillers"
	CasualtyPeople          Name = "casualty_people"
	EarlierThisYear         Name = "earlier_this_year"
	CasualtySubsetWords     Name = "casualty_subset_words"
	KillingNouns            Name = "killing_nouns"
	GroupPersonNouns        Name = "group_person_nouns"
	ChangeWords             Name = "change_words"
	ChangeFromWords         Name = "change_from_words"
	ChangeToWords           Name = "change_to_words"
	RespectivelyWords       Name = "respectively_words"
	ClauseOpeners           Name = "clause_openers"
	ClauseCoordinators      Name = "clause_coordinators"
	ComparisonWords         Name = "comparison_words"
	ContainerPrepositions   Name = "container_prepositions"
	CostNounOpeners         Name = "cost_noun_openers"
	CountChangeWords        Name = "count_change_words"
	CreatedWords            Name = "created_words"
	EachWords               Name = "each_words"
	EarlierPeriodCues       Name = "earlier_period_cues"
	EmployVerbs             Name = "employ_verbs"
	FeeQualifiers           Name = "fee_qualifiers"
	FigureLinks             Name = "figure_links"
	DebtNouns               Name = "debt_nouns"
	FinancingWords          Name = "financing_words"
	FineRuleCues            Name = "fine_rule_cues"
	FutureWords             Name = "future_words"
	GainParticiples         Name = "gain_participles"
	HypotheticalCues        Name = "hypothetical_cues"
	IndefiniteOpenings      Name = "indefinite_openings"
	JailWords               Name = "jail_words"
	KeywordLinks            Name = "keyword_links"
	MagnitudeWords          Name = "magnitude_words"
	MoneyCost               Name = "money_cost"
	MoneyDamages            Name = "money_damages"
	MoneyFine               Name = "money_fine"
	MoneyLoss               Name = "money_loss"
	MoneyPay                Name = "money_pay"
	MoneyPrice              Name = "money_price"
	MoneyProfit             Name = "money_profit"
	MoneyRansom             Name = "money_ransom"
	MoneyRepayment          Name = "money_repayment"
	MoneyRevenue            Name = "money_revenue"
	MoreWords               Name = "more_words"
	NextRankPhrases         Name = "next_rank_phrases"
	NounEndings             Name = "noun_endings"
	OtherValueCues          Name = "other_value_cues"
	OwnerVerbs              Name = "owner_verbs"
	PartitivePhrases        Name = "partitive_phrases"
	PayerMeasures           Name = "payer_measures"
	PayerVerbs              Name = "payer_verbs"
	PaidVerbs               Name = "paid_verbs"
	TakePaidVerbs           Name = "take_paid_verbs"
	ProgressiveSuffixesEn   Name = "progressive_suffixes_en"
	BidWords                Name = "bid_words"
	BidMakingVerbs          Name = "bid_making_verbs"
	BidLinks                Name = "bid_links"
	PayWorkVerbs            Name = "pay_work_verbs"
	PayPurposeLinks         Name = "pay_purpose_links"
	PerShareCompounds       Name = "per_share_compounds"
	PerSharePhrases         Name = "per_share_phrases"
	PercentInflation        Name = "percent_inflation"
	PercentPremium          Name = "percent_premium"
	PercentStake            Name = "percent_stake"
	PercentTurnout          Name = "percent_turnout"
	PercentUnemployment     Name = "percent_unemployment"
	PercentVoteShare        Name = "percent_vote_share"
	PeriodAnnual            Name = "period_annual"
	PeriodEndWords          Name = "period_end_words"
	PeriodHalfYear          Name = "period_half_year"
	PeriodQuarterly         Name = "period_quarterly"
	PeriodWords             Name = "period_words"
	PremiumReferenceAverage Name = "premium_reference_average"
	PremiumReferenceClose   Name = "premium_reference_close"
	RelativeDayToday        Name = "relative_day_today"
	RelativeDayYesterday    Name = "relative_day_yesterday"
	RelativePeriodLastWeek  Name = "relative_period_last_week"
	RelativePeriodLastYear  Name = "relative_period_last_year"
	RelativePeriodThisWeek  Name = "relative_period_this_week"
	RelativePeriodThisYear  Name = "relative_period_this_year"
	RepayVerbs              Name = "repay_verbs"
	RepresentVerbs          Name = "represent_verbs"
	RiseWords               Name = "rise_words"
	RunningCountCues        Name = "running_count_cues"
	ScheduleStartWords      Name = "schedule_start_words"
	SeverityCritical        Name = "severity_critical"
	SeveritySerious         Name = "severity_serious"
	SeveritySeriousAdverbs  Name = "severity_serious_adverbs"
	SeveritySlight          Name = "severity_slight"
	SpelledNumbers          Name = "spelled_numbers"
	StemEndingsEn           Name = "stem_endings_en"
	PluralEndingsEn         Name = "plural_endings_en"
	StanceStemEndingsEn     Name = "stance_stem_endings_en"
	SingularSEndingsEn      Name = "singular_s_endings_en"
	LatinNumberEndingsEn    Name = "latin_number_endings_en"
	SubjectPrepositions     Name = "subject_prepositions"
	SubsetWords             Name = "subset_words"
	SumCues                 Name = "sum_cues"
	SurpassWords            Name = "surpass_words"
	TermPassiveVerbs        Name = "term_passive_verbs"
	TermRevisionCues        Name = "term_revision_cues"
	TermUnitsMonths         Name = "term_units_months"
	TermUnitsYears          Name = "term_units_years"
	TollLinks               Name = "toll_links"
	TollWords               Name = "toll_words"
	TopRankPhrases          Name = "top_rank_phrases"
	UpdateCues              Name = "update_cues"
	WholeGroupCues          Name = "whole_group_cues"
	WinCues                 Name = "win_cues"
	WinNouns                Name = "win_nouns"
	WinVerbs                Name = "win_verbs"
	YearPrepositions        Name = "year_prepositions"

	// measures
	MeasureCandidates Name = "measure_candidates"
	MeasureCouncils   Name = "measure_councils"
	MeasureDelegates  Name = "measure_delegates"
	MeasureEmployees  Name = "measure_employees"
	MeasureMembers    Name = "measure_members"
	MeasureMPs        Name = "measure_mps"
	MeasurePeople     Name = "measure_people"
	MeasureSeats      Name = "measure_seats"
	MeasureVotes      Name = "measure_votes"
)

// TimeVaryingMeasures are the measures whose value changes with time.
const TimeVaryingMeasures Name = "time_varying_measures"

// Generic figures: words after a number that are no counted thing, and
// verbs before a vote tally.
const (
	UncountedNouns Name = "uncounted_nouns"
	TallyVerbs     Name = "tally_verbs"
)

// RateUnits name the unit of a rate after an amount ("a year").
const RateUnits Name = "rate_units"

// RateArticles before one of rate_units make an amount a rate ("a year",
// "each week").
const RateArticles Name = "rate_articles"

// ScheduleDateOpeners stand between a schedule's start word and its date
// ("starting on the 14th"); NextPeriods are the periods "next" makes a
// time to come ("next week").
const (
	ScheduleDateOpeners Name = "schedule_date_openers"
	NextPeriods         Name = "next_periods"
)

// FeeNouns are the forms of "fee" (a qualified fee is no price) and
// CostVerbs the forms of "cost" that may be a verb ("which cost £45m").
const (
	FeeNouns  Name = "fee_nouns"
	CostVerbs Name = "cost_verbs"
)

// EachBeforeWords up to three words before a number, and
// EachRightBeforeWords right before it, make it each listed subject's
// ("each won 412 votes", "fick var 12 mandat").
const (
	EachBeforeWords      Name = "each_before_words"
	EachRightBeforeWords Name = "each_right_before_words"
)

// ThenWords before an age make it an age of another time ("the then
// 19-year-old").
const ThenWords Name = "then_words"

// TotalBeforeCues before a figure make it several terms summed ("a total
// of 12 years").
const TotalBeforeCues Name = "total_before_cues"

// WeekdayAnchors before a weekday make it name the event's day ("on
// Monday", "last Tuesday").
const WeekdayAnchors Name = "weekday_anchors"

// AmountModifiers stand between an amount and its verb ("spending a
// relatively modest $5 million").
const AmountModifiers Name = "amount_modifiers"

// OneModifiers stand between "one" and the noun it counts ("one
// solitary fleck").
const OneModifiers Name = "one_modifiers"

// OneDeterminers make "one" after them a pronoun.
const OneDeterminers Name = "one_determiners"

// PlacePrepositions put a figure in a place ("27% of the vote in
// Tarnby"): a figure of one place is no contradiction of another's.
const PlacePrepositions Name = "place_prepositions"
