package lexicon

// The concepts of capitalised words that are no names (internal/ner's
// mention rules): acronyms of things and roles, interjections, greetings
// and words of address, faith and group words, words for things.
const (
	ThingAcronyms Name = "thing_acronyms"
	RoleAcronyms  Name = "role_acronyms"
	Interjections Name = "interjections"
	Greetings     Name = "greetings"
	GroupWords    Name = "group_words"
	AddressWords  Name = "address_words"
	ThingWords    Name = "thing_words"
)
