package lexicon

// The concepts of capitalised words that are no names (internal/ner's
// mention rules): acronyms of things, interjections and greetings, faith
// and group words, retweet markers, function words,
// words of address, names of things, storms.
const (
	ThingAcronyms  Name = "thing_acronyms"
	RoleAcronyms   Name = "role_acronyms"
	Interjections  Name = "interjections"
	Greetings      Name = "greetings"
	GroupWords     Name = "group_words"
	RetweetMarkers Name = "retweet_markers"
	FunctionWords  Name = "function_words"
	AddressWords   Name = "address_words"
	ThingWords     Name = "thing_words"
	StormOpeners   Name = "storm_openers"
)
