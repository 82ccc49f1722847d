package lexicon

// The concepts that read names in real news (internal/ner and
// internal/entities): headlines in title case, name forms.
const (
	// function
	TitleCaseSmallWords Name = "title_case_small_words"
)

// people
const (
	NameSuffixes Name = "name_suffixes"
	NameForms    Name = "name_forms"
)

// function
const VersusWords Name = "versus_words"
