package lexicon

// The concepts of an organisation's context that the entities stage's
// holder-role and org-kind votes read (internal/entities).
const (
	// HolderRoles after a name or its possessive make it an
	// organisation's ("Tidewatch's former president").
	HolderRoles Name = "holder_roles"
	// OrgKindAfter after a one-word name make it an organisation's
	// ("a Tidewatch store").
	OrgKindAfter Name = "org_kind_after"
	// OrgSpeakerCues before a name make it an organisation's ("a
	// statement from Tidewatch").
	OrgSpeakerCues Name = "org_speaker_cues"
)

// MonthPrepositions before a month's name make it a date ("in May"):
// internal/ner's prepositional-months rule.
const MonthPrepositions Name = "month_prepositions"

// PlaceOfHeads open place names across "of" ("Isle of Tarn"):
// internal/ner's of-places pass.
const PlaceOfHeads Name = "place_of_heads"
