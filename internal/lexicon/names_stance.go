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
