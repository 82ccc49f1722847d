package lexicon

// The concepts the entities stage reads (internal/entities).
const (
	// people
	Honorifics        Name = "honorifics"
	PersonTitles      Name = "person_titles"
	InstitutionTitles Name = "institution_titles"
	TitleHeads        Name = "title_heads"
	PeerTitles        Name = "peer_titles"
	KinWords          Name = "kin_words"
	// KinOwners own a kin word before a name (ner's cued-people).
	KinOwners      Name = "kin_owners"
	RoleNouns      Name = "role_nouns"
	RoleSuffixesSv Name = "role_suffixes_sv"
	// RoleSuffixesSvHyphened end a role compound only after a hyphen
	// ("Hamnpartiet-chef").
	RoleSuffixesSvHyphened Name = "role_suffixes_sv_hyphened"
	// RoleEndVerbs end an apposition after a name (", the founder of
	// Tidewatch said"); AndWordsEnSv part two roles before a name.
	RoleEndVerbs Name = "role_end_verbs"
	AndWordsEnSv Name = "and_words_en_sv"
	// FilialNameSuffixes name a son or a father ("Jr", "Sr").
	FilialNameSuffixes Name = "filial_name_suffixes"
	RoleModifiers      Name = "role_modifiers"
	RoleFieldModifiers Name = "role_field_modifiers"
	RoleOwnerStops     Name = "role_owner_stops"
	UniqueRoles        Name = "unique_roles"
	SingleHolderRoles  Name = "single_holder_roles"
	RoleQualifiers     Name = "role_qualifiers"

	// organisations
	OrgHeads          Name = "org_heads"
	OmittedHeads      Name = "omitted_heads"
	CompanyHeads      Name = "company_heads"
	OrgCues           Name = "org_cues"
	WeakOrgCues       Name = "weak_org_cues"
	OrgAfterWords     Name = "org_after_words"
	OrgCompoundWords  Name = "org_compound_words"
	SpokespersonWords Name = "spokesperson_words"
	OrgNameConnectors Name = "org_name_connectors"
	SaidItVerbs       Name = "said_it_verbs"
	// SaidItLinkingVerbs leave the "it" of "said it" a thing ("said it
	// seemed fair").
	SaidItLinkingVerbs Name = "said_it_linking_verbs"
	// SaidItCopulas after the verb leave it a thing too ("said it would
	// be better").
	SaidItCopulas Name = "said_it_copulas"
	GenericOwners Name = "generic_owners"
	Offices       Name = "offices"

	// places
	LocHeads Name = "loc_heads"
	// LocHeadSurnames are places' heads that are surnames too ("Ada
	// Lane"; internal/entities' loc-head vote).
	LocHeadSurnames Name = "loc_head_surnames"
	PlaceCues       Name = "place_cues"
	// PlaceAfterWords make the name right before them a place ("a
	// Valmora resident"; internal/entities' place-context vote).
	PlaceAfterWords Name = "place_after_words"
	// PlaceRouteCues right before a name make it a route's end or a
	// seat ("flew to Valmora", "the capital Valmora"; internal/entities'
	// unplaced-name vote).
	PlaceRouteCues Name = "place_route_cues"
	// PlaceNounsAfter right after a name make it a place ("the Valmora
	// seat"; internal/entities' unplaced-name vote).
	PlaceNounsAfter Name = "place_nouns_after"
	// PlaceThePrepositions before "the" and a plural name make it a
	// place ("in the Tarn Hills"; internal/entities' plural-group vote).
	PlaceThePrepositions Name = "place_the_prepositions"
	// StateOfHeads open a state's name across "of" ("Republic of
	// Tarnia"; internal/ner's of-places pass), a GPE.
	StateOfHeads Name = "state_of_heads"
	// PlaceServiceWords are a place's public services, written after
	// its name ("Tarnby police"): internal/ner's service-places pass.
	PlaceServiceWords Name = "place_service_words"
	GeoOpeners        Name = "geo_openers"

	// sports
	SideWords Name = "side_words"
	// SideVerbs are the plural verbs a side takes right after its name
	// ("Tarnby have", "Tarnby are"), where a place takes the singular.
	SideVerbs Name = "side_verbs"
	// SideVerbStops are the words after which a plural verb does not
	// make the name before it a side ("Tarnby and Valmora have", "the
	// Tarnby are", "fans of Tarnby are").
	SideVerbStops Name = "side_verb_stops"
	// SideVersusMarks are the marks between two sides that people are
	// never written around ("Tarnby v Valmora").
	SideVersusMarks Name = "side_versus_marks"
	// SideCueWords are the words right before a name that set it as a
	// side against another ("against Tarnby", "victory over Tarnby").
	SideCueWords Name = "side_cue_words"
	// SideVersusWords stand between two sides ("Tarnby beat Valmora",
	// "Tarnby v Valmora"): the names on either side are sides.
	SideVersusWords Name = "side_versus_words"
	// NameOpeningAbbreviations open a place's or a person's name ("ST.
	// LOUIS", "MT. VERNON", "DR. ADA QUILL").
	NameOpeningAbbreviations Name = "name_opening_abbreviations"
	// CapacityWordsEn open a phrase of the capacity someone acts in ("as a
	// writer"; internal/entities' role-after pass).
	CapacityWordsEn Name = "capacity_words_en"
	// CopulaPlacePrepositionsEn put a name in a known place after "be"
	// ("X is in Valmora").
	CopulaPlacePrepositionsEn Name = "copula_place_prepositions_en"
	// SideResultVerbs are the words right after a name that make it a
	// side in a game's result ("Tarnby won").
	SideResultVerbs Name = "side_result_verbs"

	// function
	SaidItAdverbs Name = "said_it_adverbs"
	RoleArticles  Name = "role_articles"
)

// ParentNouns count children in "a mother of three".
const ParentNouns Name = "parent_nouns"

// AndForms are the ways of writing "and" inside a name ("and", "&"):
// two names that differ only so are one name written two ways, not a
// misspelling (internal/entities' same-name-words join).
const AndForms Name = "and_forms"

// DefiniteArticlesEn is the English definite article ("the"; internal/
// entities' event-context and plural-group votes).
const DefiniteArticlesEn Name = "definite_articles_en"

// PluralPossessiveEndings end a plural possessive word inside a name
// ("Pilots'", "Pilots’"): the name written without the apostrophe is the
// same name.
const PluralPossessiveEndings Name = "plural_possessive_endings"

// EponymPlaceCues stand before a person's full name used as the short
// form of a place or body named after the person ("checked into Ada
// Quill", "a stay at Ada Quill" beside "the Ada Quill Clinic";
// internal/entities' eponym-place join).
const EponymPlaceCues Name = "eponym_place_cues"
