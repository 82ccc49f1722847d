package lexicon

// Concepts of the stance domain (cue groups of the stance model) and the
// stopwords it ignores.
const (
	StanceRefuteCues Name = "stance_refute_cues"
	StanceHedgeCues  Name = "stance_hedge_cues"
	StanceAssertCues Name = "stance_assert_cues"
	NegationCues     Name = "negation_cues"
	StopwordsEnSv    Name = "stopwords_en_sv"
)

// The stopwords of each language (stopwords_en_sv includes both).
const (
	StopwordsEn Name = "stopwords_en"
	StopwordsSv Name = "stopwords_sv"
)

// Concepts of claim-aware stance: fixed phrases that override their bare
// cue words, denials, predictions, and the outcome words whose contrary
// pairs (outcome_win / outcome_loss, ...) say an article states the
// opposite of a claim.
const (
	StanceAssertFixed  Name = "stance_assert_fixed"
	StanceHedgeFixed   Name = "stance_hedge_fixed"
	StanceDenialCues   Name = "stance_denial_cues"
	FutureCues         Name = "future_cues"
	OutcomeWin         Name = "outcome_win"
	OutcomeLoss        Name = "outcome_loss"
	OutcomeObjectVerbs Name = "outcome_object_verbs"
	OutcomeRise        Name = "outcome_rise"
	OutcomeFall        Name = "outcome_fall"
	OutcomeOverride    Name = "outcome_override"
	OutcomeSustain     Name = "outcome_sustain"
	OutcomePass        Name = "outcome_pass"
	OutcomeReject      Name = "outcome_reject"
	OutcomeEnter       Name = "outcome_enter"
	OutcomeLeave       Name = "outcome_leave"
	OutcomeCharge      Name = "outcome_charge"
	OutcomeClear       Name = "outcome_clear"
)

// StanceDenialVerbs are the verbs among the denials: a speaker's stance.
const StanceDenialVerbs Name = "stance_denial_verbs"

// ListConjunctions join the names of a list in a claim ("A, B and C").
const ListConjunctions Name = "list_conjunctions"

// ListConjunctionsEn are the English ones alone ("and", "or"; internal/
// entities' place lists).
const ListConjunctionsEn Name = "list_conjunctions_en"

// NameListJoins join the names of a list of winners ("A, B and C",
// "A och B", "A & B"): and_forms and the Swedish "och".
const NameListJoins Name = "name_list_joins"

// PersonMale and PersonFemale name a claim's person by sex: the one is
// the other's contrary ("A man was killed" against "killed a woman").
const (
	PersonMale   Name = "person_male"
	PersonFemale Name = "person_female"
)

// ReportNouns are the nouns a denial word may qualify and still deny the
// claim ("a false report"); before any other noun it qualifies that noun
// ("false documents").
const ReportNouns Name = "report_nouns"
