package lexicon

// NerOfHeads are words that head an organisation's name before "of" or
// "for" without making a name an organisation's alone ("House of
// Wardens"; internal/ner's of-names pass, with OrgHeads).
const NerOfHeads Name = "ner_of_heads"
