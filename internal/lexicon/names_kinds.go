package lexicon

// PlaceKindNouns name a kind of settlement or land; right before a naming
// word (WorkNamingWords) they make the name after it a place ("a town
// called Quillby"; internal/ner's kind-named-places pass).
const PlaceKindNouns Name = "place_kind_nouns"

// QuestionOpenersEn are auxiliaries and question words that open a
// question before a name, never part of it ("Does Quill Barrel ...";
// internal/ner's opening-links pass).
const QuestionOpenersEn Name = "question_openers_en"

// BeFormsEn are forms of "be" that link a name to what it is: "X is in
// Tarnia", "X is a small town" are a place's evidence (internal/entities'
// unplaced-name vote).
const BeFormsEn Name = "be_forms_en"
