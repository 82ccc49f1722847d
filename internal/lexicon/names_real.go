package lexicon

// The concepts that read names in real news (internal/ner and
// internal/entities): headlines in title case, name forms.
const (
	// function
	TitleCaseSmallWords Name = "title_case_small_words"
)
