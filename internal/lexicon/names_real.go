package lexicon

// The concepts that read names in real news (internal/ner and
// internal/entities): headlines in title case, name forms.
const (
	// function
	TitleCaseSmallWords Name = "title_case_small_words"
)

// people (name_suffixes is the quotes stage's, in names_quotes.go)
const NameForms Name = "name_forms"

// function
const VersusWords Name = "versus_words"

// Non-names: party tags, movements.
const (
	PartyTagLetters  Name = "party_tag_letters"
	MovementWords    Name = "movement_words"
	MovementSuffixes Name = "movement_suffixes"
)

// PluralBodyNouns end names of several bodies.
const PluralBodyNouns Name = "plural_body_nouns"

// PartyPluralNames name parties by their members ("the Tories"):
// internal/ner's party-names pass.
const PartyPluralNames Name = "party_plural_names"

// CompassPoints end the names of districts after a place ("Tarnby
// East"): internal/ner's compass-places pass.
const CompassPoints Name = "compass_points"

// PostNominals are the letters after a person's name for an office or an
// honour ("Ada Quill MP"): internal/entities' name-suffix pass.
const PostNominals Name = "post_nominals"

// PartyWords are a party's words for its members, written before a
// member's name ("Tory Ada Quill"): internal/ner's party-names pass.
const PartyWords Name = "party_words"
