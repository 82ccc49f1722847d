package lexicon

// The concepts of the embedded lexicon, one constant each (a test checks
// that every constant has a file and every file a constant).
const (
	// places
	Countries       Name = "countries"
	Cities          Name = "cities"
	Regions         Name = "regions"
	PlaceGivenNames Name = "place_given_names"
	Demonyms        Name = "demonyms"
	// speech: the reporting verbs that date a statement (the quotes
	// stage's reporting_verbs include them)
	StatementVerbs   Name = "statement_verbs"
	StatementVerbsEn Name = "statement_verbs_en"
	StatementVerbsSv Name = "statement_verbs_sv"
	// speech: reporting verbs that continue the speaker just quoted
	ContinuingVerbsEn Name = "continuing_verbs_en"
	// speech: nouns for a person's or body's own words ("Quill's
	// statement"): the owner speaks through them
	OwnWordsNounsEn Name = "own_words_nouns_en"
	// people: nouns for a thing a person has that cannot speak
	// ("Brand's case"): a possessive before one is no speaker
	PossessedThingsEn Name = "possessed_things_en"
	// function words that open sentences: read by ner, entities and
	// quotes
	SentenceLinks         Name = "sentence_links"
	SentenceFunctionWords Name = "sentence_function_words"
	// people: offices that are titles and role nouns alike
	OfficeTitles Name = "office_titles"
)
