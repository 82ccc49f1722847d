package lexicon

// The concepts of capitalised words that are no names (internal/ner's
// mention rules): acronyms of things and roles, interjections, greetings
// and words of address, faith and group words, words for things.
const (
	ThingAcronyms Name = "thing_acronyms"
	RoleAcronyms  Name = "role_acronyms"
	// RoleAcronymBodyCues before "the" make a role's acronym a body
	// ("in the CPA"; internal/ner's thing-acronyms pass).
	RoleAcronymBodyCues Name = "role_acronym_body_cues"
	Interjections       Name = "interjections"
	Greetings           Name = "greetings"
	GroupWords          Name = "group_words"
	// DemonymPersonEndings join a demonym to make a word for its people
	// ("Englishman", "Frenchwomen"; internal/ner's demonymWord).
	DemonymPersonEndings Name = "demonym_person_endings"
	AddressWords         Name = "address_words"
	ThingWords           Name = "thing_words"
	// CelestialBodies are planets' names ("Venus"; internal/ner's
	// celestial-bodies rule).
	CelestialBodies Name = "celestial_bodies"
	// TableAbbreviations are wire tables' abbreviations ("Shr", "Qtly").
	TableAbbreviations Name = "table_abbreviations"
	// FileExtensions end a file's name ("pdf" of "minutes.pdf").
	FileExtensions Name = "file_extensions"
)

// Products' and things' contexts (internal/entities' thing-context
// vote): nouns after a one-word name and phrases before it ("the Tarnix
// processor", "copies of Tarnix").
const (
	ThingNounsAfter    Name = "thing_nouns_after"
	ThingPhrasesBefore Name = "thing_phrases_before"
)

// Eponymous conditions (internal/entities' possessive-names): a noun
// after a name's "'s" that makes it a condition named after a person
// ("Quillan's disease"), no store's name.
const EponymConditionNouns Name = "eponym_condition_nouns"
