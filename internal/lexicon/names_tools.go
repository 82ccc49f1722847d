package lexicon

// The concepts the tools under internal/tools read (a test checks that
// every constant has a file and every file a constant).
const (
	// function
	TrainnerNameGlue Name = "trainner_name_glue"

	// people
	PersonCommonNouns Name = "person_common_nouns"
	// GivenNamesExcluded is read by internal/tools/trainner -givenlex.
	GivenNamesExcluded Name = "given_names_excluded"
	SurnamesFirst      Name = "surnames_first"
)
