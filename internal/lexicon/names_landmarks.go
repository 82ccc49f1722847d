package lexicon

// NerLandmarkHeads are final words that make a name of two words or more
// a landmark, never a person ("Harrowgate Cemetery"; internal/ner's
// tagger-types and typer-names passes).
const NerLandmarkHeads Name = "ner_landmark_heads"

// NerLandmarkOpeners are first words that make a name of two words or
// more a place, never a person ("Mount Calder"; internal/ner's
// tagger-types and typer-names passes).
const NerLandmarkOpeners Name = "ner_landmark_openers"

// NerCampaignHeads are final words that make a name a campaign's or a
// movement's ("Socialist Appeal"; internal/ner's head-names pass, with
// OrgHeads).
const NerCampaignHeads Name = "ner_campaign_heads"
