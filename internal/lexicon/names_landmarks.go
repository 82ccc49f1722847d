package lexicon

// NerLandmarkHeads are final words that make a name of two words or more
// a landmark or a place's unit, never a person ("Harrowgate Cemetery",
// "Quillan County"; internal/ner's tagger-types, typer-names and
// landmark-people passes).
const NerLandmarkHeads Name = "ner_landmark_heads"

// NerLandmarkOpeners are first words that make a name of two words or
// more a place, never a person ("Mount Calder"; internal/ner's
// tagger-types and typer-names passes).
const NerLandmarkOpeners Name = "ner_landmark_openers"

// NerCampaignHeads are final words that make a name a campaign's or a
// movement's ("Socialist Appeal"; internal/ner's head-names pass, with
// OrgHeads).
const NerCampaignHeads Name = "ner_campaign_heads"

// PlaceUnitHeads are final words of political units below a country that
// end no person's name ("Quillan County"; internal/ner's landmark-people
// pass types such a name a GPE); NerLandmarkHeads includes them.
const PlaceUnitHeads Name = "place_unit_heads"

// NerVenueHeads are final words of venues' and buildings' names that
// may end a surname too ("Quillmere Tower"), NerGroupHeads those of
// bands and ensembles ("Tarnby Quill Band"; internal/ner's
// head-ended-places pass).
const (
	NerVenueHeads Name = "ner_venue_heads"
	NerGroupHeads Name = "ner_group_heads"
)

// NerShopHeads are final words of shops', eateries' and trade
// businesses' names ("Quill's Pizza"; internal/ner's possessive-shops
// pass).
const NerShopHeads Name = "ner_shop_heads"

// VenuePlaceCues stand right before a venue's name ("the" or a
// possessive allowed between): a name typed an organisation there that
// ends in a place's, a venue's or a shop's head is the place ("lunch at
// the Quorrick Grill"; internal/ner's venue-places pass).
const VenuePlaceCues Name = "venue_place_cues"
