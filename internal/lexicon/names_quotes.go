package lexicon

// The concepts the quotes stage reads (a test checks that every constant
// has a file and every file a constant).
const (
	// speech
	ReportingVerbs   Name = "reporting_verbs"
	ReportingVerbsEn Name = "reporting_verbs_en"
	ReportingVerbsSv Name = "reporting_verbs_sv"
	ListenerVerbs    Name = "listener_verbs"
	PassiveAux       Name = "passive_auxiliaries"
	// PostOnlyVerbs are the attribution words whose speaker always
	// follows them ("according to Quill").
	PostOnlyVerbs Name = "post_only_verbs"
	// SourcePhrases name a quote's source after them ("according to
	// Quill", "enligt Quill"), per language and both.
	SourcePhrases   Name = "source_phrases"
	SourcePhrasesEn Name = "source_phrases_en"
	SourcePhrasesSv Name = "source_phrases_sv"
	// SayingPhrasesEn end in "saying" and report speech ("quoted as
	// saying"), the speaker their subject before them.
	SayingPhrasesEn Name = "saying_phrases_en"
	// SpeechBackOpenersSv open a Swedish paragraph that names the
	// speaker of the speech before it ("Det säger X.").
	SpeechBackOpenersSv Name = "speech_back_openers_sv"

	// function
	PrepositionsEnSv Name = "prepositions_en_sv"
	// PrepositionsEn are English prepositions alone, for passes that read
	// English text only (internal/ner's possessive-venues), and
	// PossessiveListConjunctionsEn the conjunctions that may follow a
	// venue's possessive ("at Quill's or any other cafe").
	PrepositionsEn               Name = "prepositions_en"
	PossessiveListConjunctionsEn Name = "possessive_list_conjunctions_en"
	ArticlesEnSv                 Name = "articles_en_sv"
	IndefiniteArticlesEn         Name = "indefinite_articles_en"
	PersonRelativePronounsEn     Name = "person_relative_pronouns_en"
	QuotedAsPhrasesEn            Name = "quoted_as_phrases_en"
	PartitivePrepositionsEn      Name = "partitive_prepositions_en"
	PartitivePrepositionsEnSv    Name = "partitive_prepositions_en_sv"
	RelativePronounsEnSv         Name = "relative_pronouns_en_sv"
	ConjunctionsEnSv             Name = "conjunctions_en_sv"
	PossessiveDeterminersEnSv    Name = "possessive_determiners_en_sv"
	SubjectPronounsEnSv          Name = "subject_pronouns_en_sv"
	PronounsThirdPersonEnSv      Name = "pronouns_third_person_en_sv"
	// PronounsFemaleEnSv and PronounsMaleEnSv are the third-person
	// pronouns of either sex ("she", "hon"; "he", "han").
	PronounsFemaleEnSv Name = "pronouns_female_en_sv"
	PronounsMaleEnSv   Name = "pronouns_male_en_sv"
	PronounsSelfEnSv   Name = "pronouns_self_en_sv"
	// PronounsNeuterEn is "it": an organisation's, never a person's.
	PronounsNeuterEn         Name = "pronouns_neuter_en"
	ContractedSubjectsEn     Name = "contracted_subjects_en"
	ApostropheContractionsEn Name = "apostrophe_contractions_en"
	AbbreviationsEnSv        Name = "abbreviations_en_sv"
	AdverbSuffixesEn         Name = "adverb_suffixes_en"
	// VerbSuffixesEn end English finite verbs ("votes", "questioned"),
	// PastSuffixesEn those of the past alone; PronounIEn is "i".
	VerbSuffixesEn       Name = "verb_suffixes_en"
	PastSuffixesEn       Name = "past_suffixes_en"
	PronounIEn           Name = "pronoun_i_en"
	QuotesAuxWords       Name = "quotes_aux_words"
	QuotesCompoundWords  Name = "quotes_compound_words"
	QuotesClauseWords    Name = "quotes_clause_words"
	QuotesCapStopwords   Name = "quotes_cap_stopwords"
	QuotesNameConnectors Name = "quotes_name_connectors"

	// people
	MaleTitles       Name = "male_titles"
	FemaleTitles     Name = "female_titles"
	GivenNamesMale   Name = "given_names_male"
	GivenNamesFemale Name = "given_names_female"
	NameSuffixes     Name = "name_suffixes"
	SpeakerTitles    Name = "speaker_title_words"
	PartyMemberNouns Name = "party_member_nouns"

	// organisations
	OrgNouns Name = "org_nouns"

	// quotes
	SloganWords Name = "slogan_words"
	// QuoteSlightWords are words whose only dropping or adding leaves a
	// quote's meaning ("that", "the", "of").
	QuoteSlightWords Name = "quotes_slight_words_en"
	// SplitMeaningCompoundsEn are words that mean otherwise written as
	// two ("apart", "a part").
	SplitMeaningCompoundsEn Name = "split_meaning_compounds_en"
)

// Stock words and phrases: shared words made only of these (and function
// words and numbers) link no quotes across articles.
const (
	QuoteStockWords   Name = "quote_stock_words"
	QuoteStockPhrases Name = "quote_stock_phrases"
)
