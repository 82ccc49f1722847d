package lexicon

// The concepts the NER stage (internal/ner) reads. Their names carry the
// "ner_" prefix while other packages keep drifted copies of some of them
// (organisation heads, person words, weekdays, function words); the
// copies are to be unified into shared concepts.
const (
	// calendar
	NerCalendarWords Name = "ner_calendar_words"
	NerLeadingMonths Name = "ner_leading_months"

	// events
	NerEventHeads Name = "ner_event_heads"
	// AwardNames are short names of awards ("Oscars"; internal/ner's
	// award-names pass).
	AwardNames Name = "award_names"
	// NerStormOpeners open the names of storms ("Hurricane Ada";
	// internal/ner's storm-names pass).
	NerStormOpeners Name = "ner_storm_openers"
	NerLawHeads     Name = "ner_law_heads"
	NerLawLinks     Name = "ner_law_links"

	// sports
	NerSportNames  Name = "ner_sport_names"
	NerSportsWords Name = "ner_sports_words"
	NerTeamMembers Name = "ner_team_members"
	NerTeamPlayers Name = "ner_team_players"

	// people
	NerOfficeTitles  Name = "ner_office_titles"
	NerRoleModifiers Name = "ner_role_modifiers"
	NerPersonWords   Name = "ner_person_words"
	NerPersonLabels  Name = "ner_person_labels"
	NerRoyalTitles   Name = "ner_royal_titles"
	NameParticles    Name = "name_particles"

	// organisations
	CompanySuffixes  Name = "company_suffixes"
	NerNewsAgencies  Name = "ner_news_agencies"
	NerSvOrgSuffixes Name = "ner_sv_org_suffixes"

	// places
	NerLocationHeads Name = "ner_location_heads"
	NerPlaceOpeners  Name = "ner_place_openers"

	// function words
	NerCommonInitial Name = "ner_common_initial"
	NerNotSurname    Name = "ner_not_surname"
	NerKeptDots      Name = "ner_kept_dots"
	NerSvStopwords   Name = "ner_sv_stopwords"
	// NerOfHeads head an organisation's or a treaty's name before "of",
	// "for" or "on" without making a name an organisation's alone
	// ("House of Wardens"; internal/ner's of-names pass, with OrgHeads).
	NerOfHeads Name = "ner_of_heads"
)
