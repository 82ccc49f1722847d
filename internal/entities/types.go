package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// cluster is one cluster of forms while its type is voted.
type cluster struct {
	*resolver
	fs  []*form
	idx []int // the mentions of every form

	// Facts more than one vote reads, by the running type they were
	// counted under.
	cueCount map[string]int
	// strongCues counts the mentions with a strong organisation cue,
	// set by orgCues.
	strongCues int
	titled     *bool
	// bare caches barePerson, which walks every mention.
	bare *bool
	// contexts caches orgContexts: org-cues and non-person-cues read
	// them, the first under each running type.
	contexts []cue
}

// typeVote is a type vote: given the running type t of cluster c, it
// returns the new running type, and final when that type is the
// cluster's.
type typeVote func(c *cluster, t string) (typ string, final bool)

// The head votes decide together: the first form (in key order) with a
// head word of an enabled head vote decides (see firstHead).
var (
	orgHeadVote     = info("org-head", `Types a cluster an organisation when its first form with a head word ends in an organisation's head: "Harbour Board".`)
	locHeadVote     = info("loc-head", `Types a cluster a place that is no political unit when its first form with a head word ends in a place's head: "Quay Road"; not a given name and a head that is a surname too (loc_head_surnames) when the cluster writes the head alone, not after "the", or a mention has a person's cue (a role, a speech verb, ", who"): "Ada Bridge ... Bridge could miss", "the harbour spokesman Ada Lane".`)
	loneAcronymVote = info("lone-acronym", `Types a cluster of several forms that is no person's an organisation when its first form with a head word is an acronym, not a word written only among a headline's capitals or as a wire dateline's place ("STORM HITS TARNBY TOWN" beside "Tarnby", "TARNBY, March 3 - "): "NFU" in two articles, typed a place by the tagger.`)
)

// typeVotes run in order on each cluster, from the type most of its
// mentions have; an untyped cluster at the end is MISC.
var typeVotes = []rules.Pass[typeVote]{
	{Info: info("law-name", `Keeps a cluster MISC when most of its mentions are and a name of it ends in a law's head (ner_law_heads): "Harbour Safety Act" with its acronym "HSA".`), Run: voteLawName},
	{Info: info("eponym-type", `Types a cluster that eponym-place joined a person's full name to as the body named after the person it joined it to, whatever the person's name and its cues say: "Ada Quill" with "Ada Quill Clinic" is the clinic.`), Run: voteEponym},
	{Info: info("person-tie", `Types a cluster of one-word names in two articles or more that the taggers typed a person at no more of its mentions than all other types together the other types' most common, unless a name is a given or learnt person-name word or a surname of a person in the corpus, is listed beside a person (", ", "; "), or an honorific stands before a mention or a speech verb follows one: "Tarnwave" typed a person three times, an organisation twice and a place once is an organisation.`), Run: votePersonTie},
	{Info: info("event-name", `Types a cluster MISC, an event, when a name of two words or more in it ends in an event's head (ner_event_heads) and is mostly typed MISC, whatever its short form alone is typed: "Tarnby Open" with "the Open".`), Run: voteEventName},
	{Info: info("event-context", `Types a one-word person's or place's cluster that is no country MISC, a competition, when a quarter of its mentions (three or more) come before a competition's noun (event_role_nouns_after: "the Tarnby champion", "a Tarnby semi-finalist", "the Tarnby title") or stand in a list beside an event's name ("the Quill Open, Tarnby and the Lind Cup"), unless an honorific stands before one; an organisation's cluster only with a form typed MISC, an event's name ("the Tarnbiads" beside "Tarnbiad gold"), as a side has none.`), Run: voteEventContext},
	{Info: info("titled-work", `Types a person's cluster MISC, a work, when every name of two words or more in it opens with a capitalised article written so inside a sentence: no person's name does ("The Tarnby Diaries", "saw The Tarnby Diaries"; a film, a show, a book).`), Run: voteTitledWork},
	{Info: info("outlet-name", `Types a cluster an organisation when a form names a news outlet or platform (news_outlets), whatever speech verbs follow it: "the Observer says".`), Run: voteOutletName},
	{Info: info("plural-name", `Types a cluster an organisation when it holds a name of two words or more both with and without a plural -s on its last word, as a party's or a group's name and its member's (people's names are not plural), unless it opens with a given name or the plural is written in Swedish text alone (its genitive): "Harbour Dems" and "Harbour Dem"; "Ada Quills" and "Ada Quill" stay a person.`), Run: votePluralName},
	{Info: info("person-full-name", `Types a cluster a person's when a full name in it is mostly typed a person and is no place, no organisation and holds none: "Ada Valmora" beside "Valmora" typed a place.`), Run: votePersonFullName},
	{Info: info("place-name", `Types a cluster naming a country, or a large city or region (unless typed an organisation), a place unless a form names an organisation or it is a person's: untyped "Valmora".`), Run: votePlaceName},
	{Info: info("compass-place", `Types a cluster a place when a form is a compass word or the like before a place: "North Valmora", "Gulf of Mexico".`), Run: voteCompassPlace},
	{Info: info("person-holding-place", `Types a person's cluster an organisation when a full name holds a place and is no place: "Seattle Mariners", "Bank of England".`), Run: votePersonHoldingPlace},
	{Info: info("acronym-spells-name", `Types a cluster an organisation when an acronym in it spells another of its names, unless it is mostly typed a person and a full name of it opens with a given name (a person's initials: "AQL" with "Ada Quill Lind"): "NFU" with "Northmoor Ferry Union"; a place, LOC, when that name ends in a place's head (loc_heads): "TSS" with "Tarnby Space Station".`), Run: voteAcronymSpellsName},
	{Info: info("person-name-form", `Types a cluster a person's when a multi-word form is mostly typed a person and ends in no organisation head or acronym: "North Quill" beside "Quill" typed an organisation.`), Run: votePersonNameForm},
	{Info: info("holder-role", `Types a person's cluster an organisation when a role only an organisation has follows a mention or its possessive, role modifiers between allowed (holder_roles: "the Harbour Alliance leader", "Tidewatch's former president", "Tidewatch members"), unless a form opens with a given name or an honorific stands before a mention.`), Run: voteHolderRoles},
	{Info: info("org-kind", `Types a cluster of one-word forms an organisation when half its mentions or more come before a shop's, a party's or a union's noun (org_kind_after: "a Tidewatch store") or after a body's speaker (org_speaker_cues: "a statement from Tidewatch"), unless an honorific stands before one.`), Run: voteOrgKind},
	{Info: info("person-cues", `Types a cluster a person's on a person's cue around a mention ("Mr Quill", "Quill said", "Quill, the harbour master"), or a given name opening a name typed an organisation once, unless it names an organisation, a country or a large city, opens with a country's initials ("U. S. Tidal Survey said") or ends in a landmark's head ("Margaret Quill Theatre").`), Run: votePersonCues},
	{Info: info("side-cues", `Types a cluster typed a place an organisation, a side, when a side's cues stand at two of its mentions or more and at over twice as many as a place's ("in X", "at X", "X residents"): a score next to it ("X 23-17", "19-33 X"), a side's player, staff or fans after it or its possessive (ner_team_members: "the X flanker", "X's coach"), a word setting it against another before it (side_cue_words: "against X", "victory over X"), one between two sides next to it (side_versus_words: "beat X", "X v Y") or a result's after it (side_result_verbs: "X won"), a plural verb after it (side_verbs: "X have"; not "X and Y have"), or brackets after a person's name in a squad list ("A Quill (X), B Lind (Y)"); never a country, and a mention with a place's words around it counts as a place's ("Schools in X have closed").`), Run: voteSideCues},
	{Info: orgHeadVote, Run: voteOrgHead},
	{Info: locHeadVote, Run: voteLocHead},
	{Info: loneAcronymVote, Run: voteLoneAcronym},
	{Info: info("org-cues", `Types a cluster an organisation on cues around its mentions ("the pressure group X", "X shares", "X said it would"), weak cues only against no person's full name or honorific, and so a spokesperson's word after a name ("a Pellow spokeswoman") when a given or learnt person-name word, initial, honorific or role makes it a person's, else strong; a role "of" a name before its possessive is no cue ("a member of X's chambers"); a person's cluster needs cues at half its mentions, or at two (or one strong cue) when nothing but the taggers' types makes it a person's (no given or learnt person-name word, initial, honorific or role); a cluster typed a place that its text writes as one ("at X", "in X", "X residents") at a third of its mentions or more, at two or more and at twice its cues stays a place ("at Brackwell" twice, "the Brackwell boss" once: a venue), and one typed an organisation becomes one when that is at over half its mentions ("at Fenmarsh" twice, "the Fenmarsh boss" once); such a place typed an organisation or a political unit that its text writes only "at", never "in", and the gazetteer does not know is a venue, LOC as a ground's name is, not GPE.`), Run: voteOrgCues},
	{Info: info("non-person-cues", `Types a person's cluster that nothing but the taggers' types make a person's (no honorific or role, no surname written alone; a given name allowed) an organisation when an organisation's cue stands at one mention and a person's name is impossible at another: "which" after it, a role or a person's name "at" it ("the mortgage company Ada Quill", "Ada Quill, which ...", "chief economist at Ada Quill", "said Bo Lind at Ada Quill").`), Run: voteNonPersonCues},
	{Info: info("thing-context", `Types a one-word place that no place list knows a thing, MISC, when a quarter of its mentions (three or more, and more than after a place's word) come before a noun of made things or after a phrase of copies and versions: "the Tarnix processor", "Tarnix programs", "copies of Tarnix".`), Run: voteThingContext},
	{Info: info("plural-group", `Types a cluster of one plural word typed a place that no place list knows an organisation, a group named by its members (a band, a side), when it is written at two mentions or more, after "the" at half of them or more, and never after a place's word or "in the", "to the" (place_the_prepositions): "a song by the Quillers", "the Quillers played"; "flew to the Tarnisles" stays a place.`), Run: votePluralGroup},
	{Info: info("place-context", `Types a cluster a place when most mentions follow a place word or come before a place noun, and none an honorific: "in Port Hallam", "the mayor of Ostrava Nova", "a Valmora resident"; a place word before a possessive is none ("in Ilse Dorlach's new film"); a person's cluster with a full name opened by a given name stays a person's ("interested in Ada Quill").`), Run: votePlaceContext},
	{Info: info("cueless-place", `Types a cluster of one-word names typed a person a place when no mention has a person's cue (an honorific before, a speech verb after, a role) and a third of its mentions, three or more, or half of them, one or more, have a place's ("in Tarrant", "the city of Tarrant", "Tarrant residents"; "in Valdrasa ... Valdrasa was shut"): a town named like a surname.`), Run: voteCuelessPlace},
	{Info: info("unplaced-name", `Types a cluster of one-word names that the taggers mostly typed a place and no place list knows MISC, a thing unnamed, when under a third of its mentions have a place's evidence: a wire dateline's place or region ("HARNWICK, Quell, March 3 - "), a place's word or a route's before it ("in X", "flew to X", "the capital X", "most of X", "the assault on X", "east of X", "Lord Quill of X", "the Harbour Gulls of X", "in the X"), a place's noun after it ("X residents", "the X seat"), "at" it, a known place beside it in a list ("Valmora and X", "X, Valmora"), "is in" a known place or "is a" kind of place after it ("X is in Valmora", "X is a small town") or a name its texts write as a place by such words at a third of its mentions or more ("were Tarnby and X" beside "the village of Tarnby"; not by a lone "to", "from" or "at"), a place's phrase before the list ("the towns of Tarnby and X"; not a lone "in", "to", "from"), or a town before it ("from Tarnby, X"): "Tarnix" in "Tarnix software", "using Tarnix".`), Run: voteUnplacedName},
}

// clusterType votes the type of the cluster fs with mentions idx.
func (r *resolver) clusterType(fs []*form, idx []int) string {
	c := &cluster{resolver: r, fs: fs, idx: idx}
	t := majorityType(r.ms, idx)
	for _, p := range typeVotes {
		if !r.off.Enabled(p.Info) {
			continue
		}
		var final bool
		if t, final = p.Run(c, t); final {
			return t
		}
	}
	if t == "" {
		return span.Misc
	}
	return t
}

// voteLawName: a law named in full ("Harbour Safety Act", which the NER
// types MISC) stays MISC whatever its acronym or the words around it say.
func voteLawName(c *cluster, t string) (string, bool) {
	if t != span.Misc {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) >= 2 && c.lx.Has(lexicon.NerLawHeads, strings.ToLower(f.tokens[len(f.tokens)-1])) {
			return t, true
		}
	}
	return t, false
}

// voteEventName: an event named in full ("Tarnby Open", which the NER's
// event-names types MISC) makes its cluster an event, though prose types
// its short form alone ("the Open") a place.
func voteEventName(c *cluster, t string) (string, bool) {
	for _, f := range c.fs {
		if len(f.tokens) >= 2 && c.lx.Has(lexicon.NerEventHeads, strings.ToLower(f.tokens[len(f.tokens)-1])) && c.typeOf(f) == span.Misc {
			return span.Misc, true
		}
	}
	return t, false
}

// voteTitledWork: "The Tarnby Diaries", "The Quill Affair": a name opening with
// a capitalised article inside a sentence is a title, no person's name.
func voteTitledWork(c *cluster, t string) (string, bool) {
	if t != span.Person {
		return t, false
	}
	inside := false
	for _, f := range c.fs {
		if len(f.tokens) < 2 {
			continue
		}
		first := strings.ToLower(f.tokens[0])
		if r, _ := utf8.DecodeRuneInString(f.tokens[0]); !unicode.IsUpper(r) || isInitial(f.tokens[0]) || !c.lx.Has(lexicon.ArticlesEnSv, first) {
			return t, false // "A Quill" is an initial and a surname
		}
		for _, i := range f.mentions {
			// A Swedish article opens a title in a Swedish text only
			// ("Den Quill" is a name in an English one).
			textArticle := c.lx.Has(lexicon.StopwordsEn, first) || c.ms[i].Lang == "sv"
			inside = inside || textArticle && strings.ContainsFunc(c.ms[i].Before, unicode.IsLetter)
		}
	}
	if !inside {
		return t, false
	}
	return span.Misc, true
}

// votePersonFullName: a person's full name makes the cluster a person's
// before any place list is asked ("MaliVai Washington" and "Washington",
// whom prose mostly typed a place). "East Jerusalem" is no person's name;
// "Mark England" is, with "England said".
func votePersonFullName(c *cluster, t string) (string, bool) {
	for _, f := range c.fs {
		if c.personFullName(f) {
			t = span.Person
		}
	}
	return t, false
}

// votePluralName: a cluster holding "X Ys" and "X Y" (two words or more,
// Y capitalised, X not opening with a given name) names a group and its
// members ("Lib Dems", "Lib Dem"): an organisation, whatever the taggers
// said; a person's name does not take a plural (a surname ending in -s
// with its slip, "Ada Quills" and "Ada Quill", stays a person's).
func votePluralName(c *cluster, t string) (string, bool) {
	keys := map[string]bool{}
	for _, f := range c.fs {
		if len(f.tokens) >= 2 {
			keys[f.key] = true
		}
	}
	for _, f := range c.fs {
		n := len(f.tokens)
		if n < 2 {
			continue
		}
		last := f.tokens[n-1]
		if c.givenNameOnly(f.tokens[0]) {
			continue // "Bo Lindqvist" beside a slip "Bo Lindqvis" is a person
		}
		if c.swedishOnly(f) {
			continue // "Ada Quills" of a Swedish text is her genitive, no plural
		}
		if stem, ok := strings.CutSuffix(last, "s"); ok && utf8.RuneCountInString(stem) >= 3 && isCapitalWord(stem) &&
			keys[key(append(append([]string{}, f.tokens[:n-1]...), stem))] {
			return span.Org, true
		}
	}
	return t, false
}

// swedishOnly reports a form written in Swedish text alone, where a
// name's final -s is the genitive without an apostrophe ("Ada Quills
// bok").
func (c *cluster) swedishOnly(f *form) bool {
	for _, i := range f.mentions {
		if c.ms[i].Lang != "sv" {
			return false
		}
	}
	return len(f.mentions) > 0
}

// personFullName reports a form of two to four words, mostly typed a
// person, not in capitals, neither an organisation's name nor a place nor
// holding one, and not ending in a place's name unless that is also a
// given name or the surname is in the cluster alone.
func (c *cluster) personFullName(f *form) bool {
	n := len(f.tokens)
	if n < 2 || n > 4 || c.typeOf(f) != span.Person || allCapitals(f.tokens) || c.orgNamed(f) || c.holdsPlace(f.tokens) {
		return false
	}
	last := f.tokens[n-1]
	return !c.lx.IsPlace(strings.Join(f.tokens, " ")) && !c.geoOpener(f.tokens[0]) &&
		(!c.lx.IsPlace(last) || c.lx.GivenName(last) || nameFirst(f, c.fs))
}

// geoOpener reports a word that opens names of places ("North").
func (v vocab) geoOpener(w string) bool { return v.lx.Has(lexicon.GeoOpeners, strings.ToLower(w)) }

// placeName reports a form naming a country, or a large city or region
// unless the running type is an organisation (a team named after its
// city in a sports report), and not a person's given name found as a
// person ("Chad"); org reports a form naming an organisation.
func (c *cluster) placeName(t string) (place, org bool) {
	for _, f := range c.fs {
		name := strings.Join(f.tokens, " ")
		place = place || (c.lx.IsCountry(name) || c.lx.IsLocality(name) && t != span.Org) &&
			!(t == span.Person && c.lx.GivenName(name))
		org = org || c.orgNamed(f)
	}
	return place, org
}

// votePlaceName: a country or a large city is a place, whatever the
// taggers said.
func votePlaceName(c *cluster, t string) (string, bool) {
	if place, org := c.placeName(t); place && !org && t != span.Person {
		return span.GPE, true
	}
	return t, false
}

// voteCompassPlace: a compass word or the like before a place is a place
// ("East Jerusalem", "Northern Ontario"), whatever prose said.
func voteCompassPlace(c *cluster, t string) (string, bool) {
	for _, f := range c.fs {
		if len(f.tokens) >= 2 && c.geoOpener(f.tokens[0]) && c.lx.IsPlace(strings.Join(f.tokens[1:], " ")) {
			return span.GPE, true
		}
	}
	return t, false
}

// votePersonHoldingPlace: a name typed a person that holds a place and is
// no place itself names an organisation ("Seattle Mariners", "Bank of
// England"), unless it opens with a geographic word ("Gulf of Mexico",
// "Republic of Ireland") or ends in a place's head.
func votePersonHoldingPlace(c *cluster, t string) (string, bool) {
	if t != span.Person {
		return t, false
	}
	if place, _ := c.placeName(t); place {
		return t, false
	}
	for _, f := range c.fs {
		n := len(f.tokens)
		if n >= 2 && n <= 4 && c.typeOf(f) == span.Person && !allCapitals(f.tokens) &&
			!c.lx.IsPlace(strings.Join(f.tokens, " ")) && !c.geoOpener(f.tokens[0]) &&
			!c.lx.Has(lexicon.LocHeads, strings.ToLower(f.tokens[n-1])) && c.holdsPlace(f.tokens) {
			return span.Org, true
		}
	}
	return t, false
}

// voteAcronymSpellsName: an acronym spelling another name of the cluster
// marks an organisation.
func voteAcronymSpellsName(c *cluster, t string) (string, bool) {
	var spelt map[string]bool // the initials of the cluster's names: is it a place's?
	for _, f := range c.fs {
		if len(f.tokens) != 1 || !isAcronym(f.tokens[0]) {
			continue
		}
		if spelt == nil {
			spelt = map[string]bool{}
			for _, g := range c.fs {
				if n := len(g.tokens); n >= 2 {
					k := c.formInitials(g)
					spelt[k] = spelt[k] || c.lx.Has(lexicon.LocHeads, strings.ToLower(g.tokens[n-1]))
				}
			}
		}
		if place, ok := spelt[f.tokens[0]]; ok {
			switch {
			case t == span.Person && c.givenNamed():
				return t, false // a person's initials: "AQL" of "Ada Quill Lind"
			case place:
				return span.Location, true // "TSS" of "Tarnby Space Station"
			}
			return span.Org, true
		}
	}
	return t, false
}

// votePersonNameForm: a multi-word form mostly typed a person, not ending
// in an organisation's head or an acronym, makes the cluster a person's.
func votePersonNameForm(c *cluster, t string) (string, bool) {
	for _, f := range c.fs {
		last := f.tokens[len(f.tokens)-1]
		if len(f.tokens) >= 2 && c.typeOf(f) == span.Person && !c.orgHead(last) && !isAcronym(last) {
			t = span.Person
		}
	}
	return t, false
}

// firstHead finds the first form (in key order) that an enabled head vote
// decides, and returns the type it gives and the vote's name: a name of
// two words or more ending in an organisation's head, one ending in a
// place's head, or a lone acronym in a cluster of several forms that is
// no person's, unless written only in a headline's capitals.
func (c *cluster) firstHead(t string) (typ, by string) {
	org, loc, acr := c.off.Enabled(orgHeadVote), c.off.Enabled(locHeadVote), c.off.Enabled(loneAcronymVote)
	for _, f := range c.fs {
		n := len(f.tokens)
		switch {
		case org && c.orgNamed(f):
			return span.Org, orgHeadVote.Name
		case loc && n >= 2 && c.lx.Has(lexicon.LocHeads, strings.ToLower(f.tokens[n-1])) && !c.surnameHead(f):
			return span.Location, locHeadVote.Name
		case acr && n == 1 && isAcronym(f.tokens[0]) && t != span.Person && len(c.fs) > 1 && !c.shouted(f) && !slices.ContainsFunc(f.mentions, func(i int) bool { return c.datelinePlace(c.ms[i]) }):
			return span.Org, loneAcronymVote.Name
		}
	}
	return "", ""
}

// shouted reports a form whose every mention stands among words in
// capitals, a headline's ("IN RICHMOND HILL, TARNBY DA SAYS"): a word
// written so is no acronym.
func (c *cluster) shouted(f *form) bool {
	for _, i := range f.mentions {
		m := c.ms[i]
		prev, next := lastField(m.Before), ""
		if ws := strings.Fields(m.After); len(ws) > 0 {
			next = ws[0]
		}
		if prev == "" && next == "" || !capitalsWord(prev) || !capitalsWord(next) {
			return false
		}
	}
	return true
}

// capitalsWord reports a word with a letter and no lower-case letter,
// or none ("" at a sentence's edge).
func capitalsWord(w string) bool {
	return w == "" || strings.ContainsFunc(w, unicode.IsLetter) && !strings.ContainsFunc(w, unicode.IsLower)
}

// surnameHead reports a form of a given name and a place's head that is
// a surname too (loc_head_surnames: "Ada Lane"), whose head the cluster
// writes alone, not after "the", as a surname is ("Lane said"; "the
// Lane" is a ground's short name), or that a person's cue marks: a role,
// a speech verb or ", who" ("the harbour spokesman Ada Lane").
func (c *cluster) surnameHead(f *form) bool {
	if len(f.tokens) != 2 || !c.givenNameOnly(f.tokens[0]) || !c.lx.Has(lexicon.LocHeadSurnames, strings.ToLower(f.tokens[1])) {
		return false
	}
	if c.speaks(c.ms, f) || slices.ContainsFunc(f.mentions, func(i int) bool { return len(c.rolesOf(c.ms[i], c.off)) > 0 || c.whoAfter(c.ms[i]) }) {
		return true // "the harbour spokesman Ada Lane", "Ada Lane, who"
	}
	for _, g := range c.fs {
		if len(g.tokens) != 1 || g.tokens[0] != f.tokens[1] {
			continue
		}
		for _, i := range g.mentions {
			if !strings.EqualFold(lastField(c.ms[i].Before), "the") {
				return true
			}
		}
	}
	return false
}

// whoAfter reports a mention before a comma and a relative pronoun only
// a person takes (person_relative_pronouns_en: ", who").
func (v vocab) whoAfter(m Mention) bool {
	r, ok := strings.CutPrefix(m.After, ", ")
	w, _, found := strings.Cut(r, " ")
	return ok && found && v.lx.Has(lexicon.PersonRelativePronounsEn, w)
}

// headVote returns the type firstHead gives when the head vote named
// decides it.
func (c *cluster) headVote(t, name string) (string, bool) {
	if typ, by := c.firstHead(t); by == name {
		return typ, true
	}
	return t, false
}

func voteOrgHead(c *cluster, t string) (string, bool) { return c.headVote(t, orgHeadVote.Name) }

func voteLocHead(c *cluster, t string) (string, bool) { return c.headVote(t, locHeadVote.Name) }

func voteLoneAcronym(c *cluster, t string) (string, bool) {
	return c.headVote(t, loneAcronymVote.Name)
}

// isTitled reports a mention of the cluster written after an honorific.
func (c *cluster) isTitled() bool {
	if c.titled == nil {
		titled := false
		for _, i := range c.idx {
			titled = titled || c.honorificBefore(c.ms[i])
		}
		c.titled = &titled
	}
	return *c.titled
}

// orgCues counts the mentions with an organisation cue around them (see
// orgContext). Weak cues count only when the running type is no person's
// or no full name of the cluster is a person's and no honorific stands
// before it ("Documentary maker Michael Lind", "Mr Holt said it has
// ...").
func (c *cluster) orgCues(t string) int {
	if n, ok := c.cueCount[t]; ok {
		return n
	}
	fullPerson := false
	for _, f := range c.fs {
		fullPerson = fullPerson || len(f.tokens) >= 2 && c.typeOf(f) == span.Person
	}
	cues, strong := 0, 0
	for _, k := range c.orgContexts() {
		switch {
		case k == strongCue || k == spokespersonCue && c.barePerson():
			cues++
			strong++
		case (k == weakCue || k == spokespersonCue) && !(t == span.Person && (fullPerson || c.isTitled())):
			cues++
		}
	}
	c.strongCues = strong
	if c.cueCount == nil {
		c.cueCount = map[string]int{}
	}
	c.cueCount[t] = cues
	return cues
}

// voteOrgCues: any cue makes a cluster that is no person's an
// organisation; cues at half the mentions or more make any cluster one,
// and cues at two mentions or one strong cue a person's cluster with no
// person's evidence (see barePerson); a name its text writes as a
// place far more often than it gives it a cue is a place (see
// placeOutweighs): a venue (written "at" it only, never "in" it, and
// unknown to the gazetteer) that the taggers typed an organisation or a
// political unit is LOC, as a ground's name is ("at Quarry Park"),
// another organisation GPE.
func voteOrgCues(c *cluster, t string) (string, bool) {
	cues := c.orgCues(t)
	if outweighs, venue := c.placeOutweighs(t, cues); outweighs {
		switch {
		case (t == span.Org || t == span.GPE) && venue && !c.knownPlace():
			return span.Location, false // "at Quarry Park" only: a venue, LOC as a ground's name is (loc-head)
		case t == span.Org:
			return span.GPE, false
		}
		return t, false
	}
	if cues > 0 && t != span.Person || (cues >= 2 || c.strongCues > 0) && c.barePerson() || cues*2 >= len(c.idx) {
		return span.Org, true
	}
	return t, false
}

// placeOutweighs reports a cluster the taggers mostly typed a place that
// its text writes as a place at twice as many mentions as it gives an
// organisation's cue or more, at two or more and at a third of all: a
// venue or a county named in a club's or a force's role ("at Quarry
// Park" five times, "the Quarry Park boss" once) stays a place. A
// cluster the taggers mostly typed an organisation needs that at over
// half its mentions. venue reports that every such mention is "at" the
// name, none "in" it or before a place noun ("at Quarry Park", not "in
// Quarry Park").
func (c *cluster) placeOutweighs(t string, cues int) (outweighs, venue bool) {
	if cues == 0 || t != span.GPE && t != span.Location && t != span.Facility && t != span.Org {
		return false, false
	}
	places, ats := 0, 0
	for k, i := range c.idx {
		m := c.ms[i]
		if c.orgContexts()[k] != noCue || possessed(m) {
			continue
		}
		switch {
		case c.placeContext(m) || c.placeAfter(m):
			places++
		case c.venueAt(m):
			places++
			ats++
		}
	}
	if t == span.Org {
		return places >= 2 && places >= 2*cues && places*2 > len(c.idx), ats == places
	}
	return places >= 2 && places >= 2*cues && places*3 >= len(c.idx), ats == places
}

// knownPlace reports a cluster with a form the gazetteer knows as a
// place.
func (c *cluster) knownPlace() bool {
	return slices.ContainsFunc(c.fs, func(f *form) bool { return c.lx.IsPlace(strings.Join(f.tokens, " ")) })
}

// venueAt reports "at" right before a mention, not after a role or a
// person's name ("at Quarry Park", not "chief economist at X" nor "said
// Bo Lind at X").
func (c *cluster) venueAt(m Mention) bool {
	b := strings.ToLower(strings.TrimSpace(m.Before))
	return (b == "at" || strings.HasSuffix(b, " at")) && !c.roleAtCue(b) && !c.personAt(m)
}

// barePerson reports a cluster that only the taggers' types make a
// person's: no given or learnt person-name word in its forms and none
// opening with an initial, no honorific before a mention and no role
// beside one ("Tidewatch said ...", "Harbour Rail said ..." typed a
// person).
func (c *cluster) barePerson() bool {
	if c.bare == nil {
		b := c.findBarePerson()
		c.bare = &b
	}
	return *c.bare
}

// findBarePerson computes barePerson.
func (c *cluster) findBarePerson() bool {
	for _, f := range c.fs {
		if len(f.tokens) >= 2 && isInitial(f.tokens[0]) {
			return false // an initial and a surname: "A. Quill"
		}
		if slices.ContainsFunc(f.tokens, c.lx.IsPersonNameWord) {
			return false
		}
	}
	if c.isTitled() {
		return false
	}
	for _, i := range c.idx {
		if len(c.rolesOf(c.ms[i], c.off)) > 0 {
			return false
		}
	}
	return true
}

// votePlaceContext: prose often types a town it does not know as a person
// or an organisation: a cluster mostly written after "in", "near", "the
// mayor of", ... and never after an honorific (nor, for an organisation,
// an organisation cue) is a place. A place word before a possessive
// ("in Quill's speech") does not count.
func votePlaceContext(c *cluster, t string) (string, bool) {
	places := 0
	for _, i := range c.idx {
		if m := c.ms[i]; c.placeContext(m) && !possessed(m) || c.placeAfter(m) {
			places++
		}
	}
	switch {
	case (t == span.Person || t == "") && !c.isTitled() && !(t == span.Person && c.givenNamed()) && places*2 > len(c.idx):
		return span.GPE, true
	case t == span.Org && c.orgCues(t) == 0 && places*2 >= len(c.idx) && places > 0:
		return span.GPE, true
	}
	return t, false
}

// givenNamed reports a cluster with a form of two or three capitalised
// words opening with a given name that is no place, ending in no place's
// head: a person's full name ("interested in Ada Quill").
func (c *cluster) givenNamed() bool {
	for _, f := range c.fs {
		if n := len(f.tokens); n >= 2 && n <= 3 && c.givenNameOnly(f.tokens[0]) && !c.lx.IsPlace(strings.Join(f.tokens, " ")) &&
			!c.lx.Has(lexicon.LocHeads, strings.ToLower(f.tokens[n-1])) && !c.orgHead(f.tokens[n-1]) && isCapitalWord(f.tokens[n-1]) {
			return true
		}
	}
	return false
}

// possessed reports a mention before a possessive ("in Quill's
// speech"): what comes after a place word is then the name's thing, and
// the name need not be a place.
func possessed(m Mention) bool {
	return strings.HasPrefix(m.After, "'s") || strings.HasPrefix(m.After, "’s")
}

func majorityType(ms []Mention, idx []int) string {
	counts := map[string]int{}
	for _, i := range idx {
		counts[ms[i].Type]++
	}
	best, bestN := "", 0
	for _, t := range []string{span.Person, span.Org, span.GPE, span.Location, span.Facility, span.Misc, ""} {
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
	}
	// A person's type tied with others loses when the other types
	// together outnumber it: a side typed a person, an organisation and a
	// place once each is no person's.
	if best == span.Person {
		others := 0
		for _, t := range []string{span.Org, span.GPE, span.Location, span.Facility, span.Misc} {
			others += counts[t]
		}
		if others > bestN {
			for _, t := range []string{span.Org, span.GPE, span.Location, span.Facility, span.Misc} {
				if counts[t] == bestN {
					return t
				}
			}
		}
	}
	return best
}

// nameFirst reports a two-word form whose last word is also in the
// cluster alone: a person named in full, then by the surname.
func nameFirst(f *form, fs []*form) bool {
	if len(f.tokens) != 2 {
		return false
	}
	for _, g := range fs {
		if len(g.tokens) == 1 && strings.EqualFold(g.tokens[0], f.tokens[1]) {
			return true
		}
	}
	return false
}

// cue is how strongly the words around a mention say it names an
// organisation.
type cue int

const (
	noCue cue = iota
	// weakCue: a cue word before the name ("the pressure group X",
	// "Documentary maker X") or "X said it would ...", which a person's
	// full name outweighs.
	weakCue
	// strongCue: a company word after the name or its possessive ("X's
	// cables division", "X chairman"), a role of it, a parenthesis naming
	// an organisation kind.
	strongCue
	// spokespersonCue: a spokesperson's word after the name ("X
	// spokesman"), strong when nothing but the taggers' types makes the
	// cluster a person's (barePerson), else weak: a person has a
	// spokesman too.
	spokespersonCue
)

// orgContexts returns the orgContext of each mention of the cluster, in
// the order of c.idx, worked out on the first call.
func (c *cluster) orgContexts() []cue {
	if c.contexts == nil {
		c.contexts = make([]cue, len(c.idx))
		for k, i := range c.idx {
			c.contexts[k] = c.orgContext(c.ms[i])
		}
	}
	return c.contexts
}

// orgContext reports how strongly the words around a mention say it
// names an organisation: a role "of" it ("General Secretary of X"),
// "said it" after it, a company word after it or its possessive ("X's
// cables division", "X chairman"), a parenthesis after it naming an
// organisation kind ("X (... trade union)"), or a cue word before it
// ("the pressure group X") or a spokesperson's word after it ("X
// spokesman"), in that order.
func (v vocab) orgContext(m Mention) cue {
	b := strings.ToLower(strings.TrimSpace(m.Before))
	a := strings.TrimSpace(m.After)
	switch {
	case v.roleOfCue(m, b):
		return strongCue
	case v.saidItCue(m, a, b):
		return weakCue
	case v.orgWordAfter(a), v.orgKindInParens(a):
		return strongCue
	case v.orgCueBefore(b):
		return weakCue
	case v.spokespersonAfter(a):
		return spokespersonCue
	}
	return noCue
}

// spokespersonAfter reports a spokesperson's word right after the name
// ("a Quill spokesman"): a body's, or a person's ("a Pellow spokeswoman"
// speaks for Ms Pellow).
func (v vocab) spokespersonAfter(a string) bool {
	w, _, _ := strings.Cut(a, " ")
	return v.lx.Has(lexicon.SpokespersonWords, strings.ToLower(strings.TrimRight(w, ".,;:")))
}

// roleOfCue reports a role noun and "of" before the mention ("General
// Secretary of X"), not after a place word ("the mayor of X") nor before
// a possessive ("a member of X's chambers").
func (v vocab) roleOfCue(m Mention, b string) bool {
	if !strings.HasSuffix(b, " of") || v.placeContext(m) || possessed(m) {
		return false // "a member of Ada Quill's chambers": the role is of what she owns
	}
	words := strings.Fields(b)
	return len(words) >= 2 && v.isRoleNoun(words[len(words)-2])
}

// saidItCue reports "X said it would ...", "X said it has sold ...": a
// person would be "he" or "she" ("said it is possible", "said it would be
// better" are no such cue). Not after "of" ("Tarn Group of Valmora said
// it": the group said it) nor a place word.
func (v vocab) saidItCue(m Mention, a, b string) bool {
	la := strings.ToLower(a)
	rest, ok := strings.CutPrefix(la, "said it ")
	if !ok {
		rest, ok = strings.CutPrefix(la, "says it ")
	}
	if !ok || strings.HasSuffix(b, " of") || b == "of" || v.placeContext(m) {
		return false
	}
	w, rest, _ := strings.Cut(rest, " ")
	if strings.HasSuffix(w, "ly") || v.lx.Has(lexicon.SaidItAdverbs, w) {
		w, rest, _ = strings.Cut(rest, " ") // "said it almost doubled"
	}
	if next, _, _ := strings.Cut(rest, " "); v.lx.Has(lexicon.SaidItCopulas, next) {
		return false
	}
	return v.lx.Has(lexicon.SaidItVerbs, w) || strings.HasSuffix(w, "ed") && !v.lx.Has(lexicon.SaidItLinkingVerbs, w)
}

// orgWordAfter reports a company word as the next word, or either of the
// next two past a possessive ("X's cables division", "X shares"); a word
// of org_compound_words only right after the name without a possessive
// ("X chairman": a person has a spokesman but is not one).
func (v vocab) orgWordAfter(a string) bool {
	next := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(a, "'s"), "’s"), " ")
	n := 1
	if len(next) < len(a) {
		n = 2
	}
	for k, w := range strings.Fields(next) {
		lw := strings.ToLower(strings.TrimRight(w, ".,;:"))
		if v.lx.Has(lexicon.OrgAfterWords, lw) || n == 1 && v.lx.Has(lexicon.OrgCompoundWords, lw) {
			return true
		}
		if k+1 >= n || strings.ContainsAny(w, ".,;:") {
			break
		}
	}
	return false
}

// orgKindInParens reports a parenthesis right after the mention holding
// an organisation's head word ("X (the dockers' union)").
func (v vocab) orgKindInParens(a string) bool {
	if !strings.HasPrefix(a, "(") {
		return false
	}
	inner := strings.ToLower(a[1:])
	if i := strings.IndexByte(inner, ')'); i >= 0 {
		inner = inner[:i]
	}
	for _, w := range strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if v.orgHeadWord(w) {
			return true
		}
	}
	return false
}

// orgCueBefore reports a cue word or phrase right before the mention
// ("the pressure group X", "shares in X").
func (v vocab) orgCueBefore(b string) bool { return v.endsInPhrase(lexicon.WeakOrgCues, b) }

// voteOutletName: a newspaper, broadcaster or platform is an
// organisation, though it "says" and "reports" as people do; a name the
// list gives with "the" only where every mention of the form follows
// "the" ("the Hill" is an outlet, "Hill" a surname).
func voteOutletName(c *cluster, t string) (string, bool) {
	for _, f := range c.fs {
		name := strings.ToLower(strings.Join(f.tokens, " "))
		if c.lx.Has(lexicon.NewsOutlets, name) || c.lx.Has(lexicon.NewsOutlets, "the "+name) && c.alwaysAfterThe(f) {
			return span.Org, true
		}
	}
	return t, false
}

// votePersonTie: a one-word name the taggers typed a person no more
// often than otherwise is no person's by their vote (majorityType gives
// a person's type a tie with the others together: a band's "Tarnwave"
// typed a person three times, an organisation twice and a place once).
// Person-name words, corpus surnames and names in a list of people keep
// the tie: the taggers type many a lone surname a place in a squad's
// list; so does a name of one article, whose tagging is one vote
// (a cricket scorecard's "b Quill" typed an organisation twice).
func votePersonTie(c *cluster, t string) (string, bool) {
	if t != span.Person {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) != 1 || c.lx.IsPersonNameWord(f.tokens[0]) || len(c.withSurname(strings.ToLower(f.tokens[0]))) > 0 || c.listedWithPerson(f) {
			return t, false
		}
	}
	counts, arts := map[string]int{}, map[string]bool{}
	for _, i := range c.idx {
		counts[c.ms[i].Type]++
		arts[c.ms[i].Article] = true
	}
	if len(arts) < 2 {
		return t, false // one article's tagging is one vote
	}
	best, bestN, others := "", 0, 0
	for _, o := range []string{span.Org, span.GPE, span.Location, span.Facility, span.Misc} {
		others += counts[o]
		if counts[o] > bestN {
			best, bestN = o, counts[o]
		}
	}
	if others < counts[span.Person] || c.isTitled() {
		return t, false
	}
	for _, f := range c.fs {
		if c.speaks(c.ms, f) {
			return t, false
		}
	}
	return best, false
}
