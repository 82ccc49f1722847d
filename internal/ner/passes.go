package ner

import (
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"strings"
)

// stage names this package's passes ("ner/of-names").
const stage = "ner"

// doc is what the English passes share for one text: the source, its
// sentences, the mentions found so far, the lexicon and the extractor
// (for its casing lexicon).
type doc struct {
	src   string
	sents []span.Span
	ms    []span.Mention
	lx    *lexicon.Lexicon
	e     *Extractor
	// lower holds the words the text writes in lower case; known the
	// words it capitalises mid-sentence and the first words of names of
	// two or more words (read by the mention rules).
	lower, known map[string]bool
	// capCount counts the words the text capitalises mid-sentence;
	// openCount the capitalised words opening its sentences.
	capCount, openCount map[string]int
	// textCounts memoises writtenAgain; textScans counts its scans of
	// the text, which maxTextScans bounds.
	textCounts map[string]bool
	textScans  int
	// stormed holds the words the text writes right after a storm's
	// opener ("Rita" of "Hurricane Rita"), built on first use.
	stormed map[string]bool
}

// maxTextScans bounds the whole-text scans of writtenAgain in one
// document, so that a text of many distinct candidates costs linear time.
const maxTextScans = 32

// writtenAgain reports whether the text writes name more than once;
// past maxTextScans distinct names it answers yes (the caller's safe
// answer: leave the name as found).
func (d *doc) writtenAgain(name string) bool {
	if again, ok := d.textCounts[name]; ok {
		return again
	}
	if d.textScans >= maxTextScans {
		return true
	}
	d.textScans++
	again := strings.Count(d.src, name) > 1
	if d.textCounts == nil {
		d.textCounts = map[string]bool{}
	}
	d.textCounts[name] = again
	return again
}

// candidate is one mention the taggers found in sentence s, as the
// mention rules see it.
type candidate struct {
	span.Mention
	s span.Span
	// place is set when known-places typed the mention a place;
	// acronym-orgs then leaves it alone.
	place bool
}

// verdict is a mention rule's decision on a candidate.
type verdict int

const (
	// keep passes the candidate (perhaps changed) to the next rule.
	keep verdict = iota
	// drop discards it.
	drop
)

// mentionRule judges, and may retype or trim, one candidate.
type mentionRule func(d *doc, c *candidate) verdict

// docPass runs over all the mentions of a text, in d.ms, after the
// mention rules.
type docPass func(d *doc)

func info(name, line string) rules.Info { return rules.Info{Stage: stage, Name: name, Doc: line} }

// mentionRules judge each mention the taggers found, in this order.
var mentionRules = []rules.Pass[mentionRule]{
	{Info: info("dateline-words", `A dateline's place cut short takes back its first words ("NEW" of "NEW YORK 1996-08-30").`), Run: datelineWords},
	{Info: info("known-places", `A country, a large city or a dateline's place is a GPE ("MINSK 1996-08-30"), unless a person has a given name like it ("Sofia").`), Run: knownPlaces},
	{Info: info("shouted-words", `Ordinary words of four letters or more written in capitals outside a capitals headline are no name ("FREE", "NEED HELP NOW").`), Run: shoutedWords},
	{Info: info("interjections", `An interjection, a sign-off, a greeting or a word of address alone, or an ordinary word stretched for emphasis, is no name ("Sorry", "Lol", "Hi", "Mom", "Pleaseee"), nor are ordinary words and interjections with one so stretched ("WOW YESSSSS"); a greeting is cut off a name ("Hey Ada", "Dear Bo").`), Run: interjections},
	{Info: info("opening-interjections", `An interjection opening a sentence is cut off the name after it when the name's next word is no ordinary word, no word news capitalises and no acronym ("Bye Capwin!", "Damn Vorena", "Awwwww Didga"; "Great Lakes", "Cool FM" stay), unless the whole name is a known place or the text writes it again.`), Run: openingInterjections},
	{Info: info("opening-links", `A conjunction or sentence adverb (sentence_links), a pronoun or determiner (sentence_function_words), or an auxiliary or question word (question_openers_en) opening a sentence is cut off the capitalised name after it, unless a given name, a function word after it or a line without lower-case words ("And Ada said", "Does Quill Barrel ban ..."; "Will Quill", "Why We Sail" stay).`), Run: openingLinks},
	{Info: info("dated-labels", `An ordinary word and a month before a day's number is a table's or a notice's label, no name ("Pay April 30", "Record March 9").`), Run: datedLabels},
	{Info: info("table-abbreviations", `A name holding an abbreviation of wire copy's earnings tables, its other words ordinary ones or dates, is none ("Shr", "Avg", "Nine Mths", "QTR NET"; table_abbreviations).`), Run: tableAbbreviations},
	{Info: info("exclamation-lines", `A sentence of two or three capitalised ordinary words alone before a full stop or an exclamation mark is an exclamation or a review's verdict, no name ("Very Impressed.", "Stay Strong!"; a headline ends in no stop), unless a known place.`), Run: exclamationLines},
	{Info: info("thing-words", `A word for a thing alone, a star sign or the wireless network, is no name ("Aquarius", "WiFi").`), Run: thingWords},
	{Info: info("celestial-bodies", `A planet's name alone (celestial_bodies) in a sentence that names another is no name ("Mercury and Venus are conjunct", "transit Venus aspected by Rahu"); alone a planet's name may be a firm's or a person's ("Mars said", "Venus won").`), Run: celestialBodies},
	{Info: info("listed-thing-acronyms", `An acronym listed beside an item of lower-case words names a thing, no name ("HCA, MCT, green tea extract, CLA"; "ADHD, LD, and control subjects"); a dotted abbreviation stays ("Washington, D.C., and ...").`), Run: listedThingAcronyms},
	{Info: info("acronym-orgs", `An acronym outside a capitals headline is an organisation ("NATO", "OSCE"), unless known-places made it a place.`), Run: acronymOrgs},
	{Info: info("no-article-person", `No person takes an article: "the Civic Hall" is a place, "the Tarnby Orioles" a side.`), Run: noArticlePerson},
	{Info: info("personal-names", `A place named like a person, a given name and a surname, is a person ("Rodney Quillfeather").`), Run: personalNames},
	{Info: info("given-name-places", `A one-word place that is a given name and no known place is a person ("Nina").`), Run: givenNamePlaces},
	{Info: info("ordinary-phrase-people", `A person of two words or more, all ordinary words by the casing lexicon and the first no given name, is a title-case phrase, no name ("Benefit Payments"); an ordinary first word before a given name, listed or learnt from labelled data (given_names_learned), is cut off ("Dear Ada", "Conductor Jarryd Tolvane").`), Run: ordinaryPhrasePeople},
	{Info: info("country-named-orgs", `A person named with a known word and a country is an organisation ("Harbours Canada", "Ferries Denmark").`), Run: countryNamedOrgs},
	{Info: info("acronym-opened-orgs", `A person named with an acronym first (of three letters, or two before a known place: "AC Oslo") is an organisation ("KLX Radio Tarnby"), unless every word is in capitals ("ADA QUILL": transcripts write speakers so).`), Run: acronymOpenedOrgs},
	{Info: info("acronym-ended-names", `A person of two words or more, not all in capitals, ending in an acronym that is no post-nominal, regnal number or person's word is an organisation ("Tarnby AC", "Quorvex UK"), or a thing when a thing's acronym (thing_acronyms: "Quorvex DVD").`), Run: acronymEndedNames},
	{Info: info("calendar-words", `Day, month and holiday names are dates, not names ("Monday", "July").`), Run: calendarWords},
	{Info: info("prepositional-months", `"May" after a preposition of time (month_prepositions) and before no name or possessive is the month, no name, unless the text writes it after an honorific or a given name ("expected in May"; not "Mrs May", "in May's cabinet").`), Run: prepositionalMonths},
	{Info: info("month-days", `A month and a day of it are a date, no name ("Nov 5th", "5th November").`), Run: monthDays},
	{Info: info("lone-initials", `A single letter before a full stop is an initial, which with-initials puts back on its name ("S. Brekkan").`), Run: loneInitials},
	{Info: info("table-headers", `Short capitals, most of them single letters, are a table's column heads ("W D L PCT GB").`), Run: tableHeaders},
	{Info: info("event-names", `A name ending in an event word, or the event word alone, is an event, MISC ("World Cup", "Korean War", "the Cup"); an event word alone after a demonym takes it back ("Tarnish Open").`), Run: eventNames},
	{Info: info("document-names", `A name ending in a document's word (ner_document_heads) is a treaty, an agreement or a contract, MISC ("Tarnby Accord", "Harbour Pump Supply Contract").`), Run: documentNames},
	{Info: info("award-names", `A short name of an award or its ceremony (award_names) is an event, MISC ("the Oscars", "an Emmy").`), Run: awardNames},
	{Info: info("award-given-names", `A given name that names an award too (award_given_names), alone after an article, a possessive determiner or a word of an award's category, or before an award word, is the award, MISC ("an Oscar", "best actor Oscar", "Oscar-winning"; not "Oscar said").`), Run: awardGivenNames},
	{Info: info("storm-names", `A name of two words or more opened by a storm's word (ner_storm_openers) is an event, MISC ("Hurricane Ada", "Tropical Storm Bo"), and so is a one-word name the text writes after one elsewhere ("Hurricane Ada ... Ada made landfall").`), Run: stormNames},
	{Info: info("demonyms", `An adjective or a noun of nationality, faith or people is no name, alone or before lower-case words ("Iranian", "Sunni", "Catholic civilians"); its plural names a group, MISC ("Iraqis", "Frenchmen"); one ending a longer name before a lower-case word is cut off it ("Tarnby Mariners American football"), and no name after a compass point or an ordinary word alone ("West African traders"), kept after a place, a given name or a title ("Ada German said", "Mr German said").`), Run: demonyms},
	{Info: info("addresses-and-files", `An e-mail address or a file's name (file_extensions) written as one word is no name ("ada.quill@tarnby.example", "Quillstock.pdf").`), Run: addressesAndFiles},
	{Info: info("function-words", `A mention made only of function words is no name ("The" of a quote's first word, "It's").`), Run: functionWords},
	{Info: info("office-bodies", `A one-word name of a body a person may lead or sit in (offices) is an organisation, never a place or a person ("the Cabinet", "the Lords", "Senate").`), Run: officeBodies},
	{Info: info("title-words", `A mention made only of titles and honorifics, an article first allowed, is no name ("Mr", "The Rev", "Gov."): the name after them is its own mention.`), Run: titleWords},
	{Info: info("lone-letters", `A person of one letter is no name ("B" of "Plan B").`), Run: loneLetters},
	{Info: info("sport-names", `A sport is a section's label, not a name ("SOCCER - ...", "Cricket").`), Run: sportNames},
	{Info: info("ordinary-place-words", `An ordinary word typed a place, alone in a capitals headline or opening a sentence, is no name ("CRICKET", "Bowling"); so is a company's head typed a place alone opening a sentence, though the text capitalises it in a name ("Airways have ..." beside "Tarnby Airways").`), Run: ordinaryPlaceWords},
	{Info: info("quote-opening-words", `An ordinary word opening a quote, capitalised only for that, is cut off the name, and a function word with the small words after it ("Vote Tory", "In the Champions Shield").`), Run: quoteOpeningWords},
	{Info: info("ordinary-openers", `An ordinary word opening a sentence that the text never capitalises mid-sentence is no name ("Disaster struck").`), Run: ordinaryOpeners},
	{Info: info("unknown-openers", `A one-word place opening a sentence before a lower-case word or punctuation, a word the casing lexicon never saw and no known place, given name, acronym or hyphenated name, before no function word nor a verb's form ("is", "votes", "questioned"), that the text writes nowhere else, is no name ("Comfy , warm rooms", "Gorjus breakfast"; not "Quorvanby is a town", "Quorvanby votes", and a place the text is about is named again).`), Run: unknownOpeners},
	{Info: info("quote-openers", `One ordinary word opening a quote, capitalised only there, is no name ("said: \"Basically, ..."), as at a sentence's start.`), Run: quoteOpeners},
	{Info: info("line-labels", `A word labelling a line, before a colon or a possessive and a number, is no name ("Attendance : 200").`), Run: lineLabels},
	{Info: lowerCaseOpenersInfo, Run: lowerCaseOpeners},
	{Info: info("role-openers", `A word opening a sentence before a role is no name ("Chief executive ...", "Defence barrister ...").`), Run: roleOpeners},
}

// lowerCaseOpenersInfo names the rule that sentences are skipped for
// (noNameCandidate) when it is on.
var lowerCaseOpenersInfo = info("lower-case-openers", `A word opening a sentence that the text also writes in lower case, or a common opener, is no name ("However").`)

// docPasses run over the kept mentions of a text, in this order.
var docPasses = []rules.Pass[docPass]{
	{Info: info("trim-full-stops", `A sentence's full stop that a mention swallowed is dropped ("Corrin Bay."), an initial's or "Inc."'s kept.`), Run: func(d *doc) { trimFullStops(d.lx, d.ms) }},
	{Info: info("trim-edges", `Lower-case openers, tickers, weekdays and words with digits are cut off a name ("Ecuador Tuesday", "Acme Corp <ACM.N>"), and so are a bracket it does not open or close, with the side that holds no name ("[Mayor Ada] Quill" quotes "Quill"), and an ellipsis ending it ("Quill…") or inside it, keeping the side before it when that holds a capital, else the side after ("Tarnco...although" is "Tarnco", "70k...Brindlers" is "Brindlers"), and a closing quotation mark or a slash ending it that nothing in it opens ('"Ada Quill"<aq@...>' of an e-mail header); a person's name with a digit is dropped ("C-4") unless a user name, one word after "@" ("@ Quill42").`), Run: func(d *doc) { d.ms = trimEdges(d.lx, d.src, d.ms) }},
	{Info: info("quote-marks", `A single quote mark opening a name is cut off it ("'Tidewatch' party").`), Run: quoteMarks},
	{Info: info("article-openers", `An indefinite article opening a sentence is cut off the organisation's or the place's name of two words or more after it ("A Tarnby Police spokeswoman said"; "A Quill" may be an initial and a surname).`), Run: articleOpeners},
	{Info: info("company-suffixes", `A company's suffix after a comma joins the name before it, an organisation ("Harbour Freight, Inc."); such a suffix alone is no name.`), Run: companySuffixes},
	{Info: info("hyphen-words", `A name is cut at a hyphen joining it to an ordinary lower-case word ("Quill-era", "anti-Quill"; not "Kim In-so"), and a person takes the capitalised part of such a word before it ("man-Ada Quill").`), Run: hyphenWords},
	{Info: info("split-at-letters", `A mention is split at a lower-case single letter, as score cards write ("Tarrant b Fenwick").`), Run: func(d *doc) { d.ms = splitAtLetters(d.ms) }},
	{Info: info("split-at-versus", `A mention is split at a word setting two sides against each other ("Quill vs Lind", "Tarnby v. Harbour").`), Run: func(d *doc) { d.ms = splitAtVersus(d.lx, d.ms) }},
	{Info: info("compass-places", `A person's name ending in compass points after a word that is no given name and no title is a district or a constituency, a place ("Tarnby East", "Dunmore North West"; "Ada West", "Lord North" stay).`), Run: compassPlaces},
	{Info: info("person-core", `A person is cut down to the name after a title or a nationality ("Harbour Minister Ada Quill", "American Bo Lind"), unless one word of two letters would be left ("Tarnish FA").`), Run: func(d *doc) { personCore(d.lx, d.ms, d.e.english.Ordinary, d.e.nameish) }},
	{Info: info("role-splits", `A name that runs a body or a place into a role and a person's given name is the person, and the body or place when it ends in an organisation's or a place's head or is a known place or an acronym ("Harbour Board Spokesperson Ada Quill", "Tarnby County Sheriff Anna Lind"; "Interior Secretary Ada Vane" is the person alone); one that ends in a role after a known place is the place.`), Run: roleSplits},
	{Info: info("plural-titles", `A plural title before a list of names is no part of the first, and each one-word name of the list is a person ("Lords Quill, Lind and Hope").`), Run: pluralTitles},
	{Info: info("institution-names", `An organisation's name with "and" or a plural possessive inside is one name ("Dock and Harbour Workers' Union"); a name's own possessive stays out of it ("Tavercorp's Harbour Pilots Union").`), Run: func(d *doc) { d.ms = institutionNames(d) }},
	{Info: info("ampersand-names", `Capitalised words joined by "&" are one organisation's name ("Harbour & Lind", "Quill & Sons"), unless a side is a known place or a person's full name, both sides are given names or ordinary words ("Ada & Bo", "News & Events"), two acronyms, or no mention of the taggers touches it or those inside are all places.`), Run: ampersandPass},
	{Info: info("head-names", `A lone organisation head the taggers found takes back the capitalised words before it and is an organisation ("Socialist Appeal supporters"), unless a known place ("Soviet Union").`), Run: headNames},
	{Info: info("of-names", `An organisation's name across "of" or "for" is one name (a name after it opened by a faith's or people's word is no person that stops it: "Association of Muslim Jurists"), and across "on" after ner_of_heads ("Ministry of Defence", "National Bank of Poland", "House of Commons", "Committee on Standards"), also over a person of ordinary words ("Department for Coastal Development"); not "Tarnby Herald on Monday", "Harbour Bank on Quay Road").`), Run: func(d *doc) { d.ms = ofNames(d.lx, d.src, d.sents, d.ms, d.e.english.Ordinary) }},
	{Info: info("of-places", `A place's head before "of" and one to three capitalised words is one place, LOC ("Isle of Tarn", "Gulf of Valmora", "Palace of Tarnby"), and a state's (state_of_heads) a GPE ("Republic of Tarnia").`), Run: ofPlaces},
	{Info: info("law-names", `A law's or a bill's name ending in "Act" or "Bill" is one name, MISC, across "of", "and" or "against" ("Freedom of Information Act").`), Run: lawNames},
	{Info: info("middle-initials", `A person cut at a middle initial is joined again ("Ada K." and "Quill"), or takes back the surname no mention covers.`), Run: func(d *doc) { d.ms = middleInitials(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("street-names", `A street or a building takes back the first word prose cut off ("Downing" of "Downing Street").`), Run: func(d *doc) { streetNames(d.lx, d.src, d.ms) }},
	{Info: info("place-heads-alone", `A mention made only of a place name's final words, left when the words before them were cut or never found, is no name ("St." of "52nd St.", "Avenue").`), Run: placeHeadsAlone},
	{Info: info("with-particles", `A person is extended over surname particles ("Pieter van der Brekkan", "Ana de Lind") or a particle hyphened to the surname ("Khalid al-Worani").`), Run: func(d *doc) { d.ms = withParticles(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("join-adjacent-people", `Two people that only a space parts are one ("Wilfried" and "Van Brekkan").`), Run: func(d *doc) { d.ms = joinAdjacentPeople(d.src, d.ms) }},
	{Info: info("nicknames", `A person's name with a nickname in brackets or quotes inside is one person ("Ada (Dee) Quill", "Ada 'Dee' Quill").`), Run: func(d *doc) { d.ms = nicknames(d.lx, d.src, d.ms) }},
	{Info: info("regnal-numbers", `A person is extended over a regnal number ("Charles VI", "Queen Elizabeth I").`), Run: func(d *doc) { regnalNumbers(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("appositive-person", `A name of two words or more that a role follows or precedes is a person ("Lisbon Quill, a former minister, ...").`), Run: func(d *doc) { appositivePerson(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("with-initials", `A person is extended leftwards over initials ("A. Brekkan", "A.B. Kestrel").`), Run: func(d *doc) { d.ms = withInitials(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("initialled-names", `People written with initials and a surname that the taggers missed are found ("J. Tolliver", "T.O'Brekkan").`), Run: func(d *doc) { d.ms = initialledNames(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("spaced-country-initials", `A country's initials written with spaces are the country, never a person's initials, and one name with the capitalised words after them ("U. S. Survey Office", not "S. Survey").`), Run: spacedCountryInitials},
	{Info: info("competitors", `A results list's name before a country in brackets is a person, the name after it the team ("Ada Quill ( Norway ) Tarnby Cycling").`), Run: func(d *doc) { d.ms = competitors(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("agency-mentions", `News agencies are found and typed as organisations ("told Reuters", "AP reported").`), Run: func(d *doc) { d.ms = agencyMentions(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("speakers", `A name a speech verb attributes a quote to is a person ("..., " Weber said").`), Run: func(d *doc) { d.ms = d.e.speakers(d.src, d.sents, d.ms) }},
	{Info: info("outlets", `Newspapers, broadcasters and platforms (news_outlets) are organisations ("the Observer reported", "on Twitter").`), Run: func(d *doc) { d.ms = outletMentions(d.lx, d.src, d.sents, d.ms, d.lower) }},
	{Info: info("site-names", `A website named by its address is an organisation ("according to Tidewatch.com"), not the domain of an e-mail address ("ada@Tarnby.com").`), Run: func(d *doc) { d.ms = siteNames(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("cued-names", `A capitalised name the taggers missed right after an organisation's noun in a noun phrase is an organisation ("the campaign group Tidewatch").`), Run: func(d *doc) { d.ms = cuedNames(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("bracketed-acronyms", `An acronym in brackets right after an organisation's name of two words or more is its short name, an organisation, found where the taggers missed it or typed it a person ("Kestrel Democratic Front ( KDF )", "the Gorvish Union (GVU)"); never a known place ("( UK )"), nor after a one-word name, where it tells namesakes apart ("Estudiantes ( LP )").`), Run: bracketedAcronyms},
	{Info: info("sports-teams", `The places a sports report names as sides are teams ("Tarnshire 259", "beat Valmora", "a victory over Valmora", "Tarnshire won", "Kestrel captain"; side_cue_words, side_versus_words, side_result_verbs), not the first name of a person the report names in two words ("Ada beat ..." after "Ada Quill").`), Run: func(d *doc) { sportsTeams(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("list-types", `The unknown places in a list of people or organisations take their type ("Wood , Ada Quill , Bo Lind"), and a one-word person that is no given name in a list of places is a place, and so is a two-word one without a given or learnt person-name word ("Tarnby, Quillby, Valmora and Kestrel", "..., Valmora and Quorvby Strand").`), Run: func(d *doc) { listTypes(d.lx, d.src, d.ms) }},
	{Info: info("line-up-names", `A name of one capital and a surname in a sentence naming two other people so (a team's line-up) is a person, whatever the taggers typed it ("A Quill (capt); B Lind, C Vane"), unless a word of it is a known place or an organisation's head ("S Africa").`), Run: lineUpNames},
	{Info: info("opener-names", `An ordinary word opening a sentence (a function word, a participle, a sentence adverb, or a word the text never capitalises mid-sentence that is no person-name word) is cut off a name the text names elsewhere on its own, which is found there if missed ("Choosing Quill, ..." is "Quill"; "Considering Tidewatch ..."; "Legitimate Tarnwood studios" beside "Tarnwood" typed no person; a function word off a name of two words opening with an ordinary word, "Some High Quay" beside "High Quay"; "Luckily Quill" beside a person "Quill" is "Quill"; "Rich Quill" stays).`), Run: openerNames},
	{Info: info("opening-surnames", `The surname of a person named in full is found where it opens a sentence and the taggers missed it, unless it is an ordinary word ("Quill hosted ..." after "Ada Quill").`), Run: openingSurnames},
	{Info: info("hyphen-names-again", `A name of the text is found again where a hyphen joins it to a lower-case word and the taggers missed it ("a Quill-era rule").`), Run: hyphenNamesAgain},
	{Info: info("party-names", `A party named by its members is an organisation, found where the taggers missed it, with the place of a local party ("the Tories", "Dunmore and Harbourside Tories"); a party's word before a member's name is no part of it, and the name left is a person's, whatever the models typed it ("Tory Ada Quill", "Democrat Bo Lind").`), Run: partyNames},
	{Info: info("lower-case-places", `A known place written in lower case is a place when the casing lexicon has each of its words capitalised nine times in ten mid-sentence ("moved to mexico", "san francisco"; not "turkey", nor a function word, "us").`), Run: lowerCasePlaces},
	{Info: info("lower-case-people", `A given name written in lower case that the casing lexicon has capitalised nine times in ten mid-sentence, no stop word, known place or ordinary word, is a person where no mention covers it, in a text that writes "i" or opens a sentence in lower case, with up to two such lower-case words after it ("max and jen are late", "saw amy quorvane live"; not "will", "grace").`), Run: lowerCasePeople},
	{Info: info("service-places", `A name typed an organisation or a person right before a public service in lower case (place_service_words) is the service's place, a GPE ("Tarnby police", "the Tarnby fire department"; not "Tarnby Police", "UN police", "Riot police").`), Run: servicePlaces},
	{Info: info("the-acronyms", `An acronym the taggers missed right after "the" in a sentence with lower-case words is an organisation ("traders said the QXB would wait"), unless a known place, a Roman numeral ("the LXI Congress") or an ordinary word by the casing lexicon ("the IT desk"); thing-acronyms drops a thing's ("the DVD").`), Run: theAcronyms},
	{Info: info("kind-named-places", `A name right after a kind of place (place_kind_nouns) and a naming word is a place, a GPE, and so is every mention of the text written the same, one before a known place two ("the city called Quillby", "towns named Quillby", "Quillby California"; one sense per discourse).`), Run: kindNamedPlaces},
	{Info: info("same-name-again", `A name is found again where the taggers missed it in the same text, with its type (one sense per discourse), but not inside an address ("Ada.Quill@tarnby.example"); a person's surname hyphened to its particle is found alone too, with the particle in either case and one type for both ("al-Worani" after "Khalid al-Worani"; a one-word name never at a sentence's start).`), Run: func(d *doc) { d.ms = sameNameAgain(d.lx, d.src, d.sents, d.ms) }},
	{Info: info("possessed-things", `A one-word place that is an ordinary word and no known place, written after a possessive and never after a place's word, is a thing or an event, MISC ("his Budget", "the minister's first Budget"; not "in Tarnby").`), Run: possessedThings},
	{Info: info("signature-names", `A line of one word that is a given name or a learnt person-name word is a person, signing or greeted ("Ada ,"), found where missed or typed otherwise; months, known places and words in capitals are left alone.`), Run: signatureNames},
	{Info: info("ordinary-one-words", `A one-word place or person written mid-sentence that the casing lexicon knows as an ordinary word, and no known place, given name or acronym, is no name ("in Sheet format", "the Saga"), unless the text names it in a longer name, after a person's word, as an organisation, in capitals or capitalised mid-sentence twice ("Ada Harvest ... Harvest", "Mr Field"); before an organisation's noun it is an organisation ("Ladder magazine").`), Run: ordinaryOneWords},
	{Info: info("cued-lone-places", `A one-word place that the text also names with a person's cue (a person's word before it, ", who" or an age after it) or as the surname of a longer person's name is a person, unless a known place or after a place cue ("Quill, 45, ... Quill's first").`), Run: cuedLonePlaces},
	{Info: info("cued-people", `A name that a cue only a person has marks in its sentence (", who", ", a Tarnby native who", "'s wife", "'s testimony" (person_possessions), "as saying", a party's tag ", D-Tarn.", a speech verb then "he" or "she": "Quorvane has said he", a listener's verb before it: "told Quorvane", or a word of kinship owned by a person before it, kin_words after kin_owners or a possessive: "his wife Quorvane", "Ada's son, Quorvane"; not "its sister Quorvane dam") is a person: a place of one to three capitalised words, an organisation too unless the cue is "who" or a listener's verb (sides and firms take them: "Tarnby City, who"), and a capitalised word the taggers missed that the casing lexicon does not know as ordinary; never a known place, an outlet, a title, a name after "the", "of" or a possessive determiner, nor one ending in an organisation's head or a side's word ("Tarnby City"), nor after an organisation's noun (", a side who"), nor a word that ends an organisation's name in the text ("Otters" of "Valmora Otters").`), Run: cuedPeople},
	{Info: info("paired-people", `A one-word place or organisation that "and" or "or" alone joins to a person named with a given or learnt person-name word (not after "of": "House of Quill and Tarnco") is a person ("between Quorvane and Ada Lind"), if it may be a surname alone (no known place, outlet, organisation's head or ordinary word), after no article, "of", place cue or possessive, before no "of" and a capital, and no place or organisation learnt from labelled data or news.`), Run: pairedPeople},
	{Info: info("speaker-labels", `A word opening a sentence before a colon and a capital or a quote, a transcript's or a headline's speaker ("QUORVANE: Yes, we did.", "Ada: Harbour plan 'unusual'"), is a person where the taggers missed it: in capitals, five letters or more ("NATO:" is an acronym) and no ordinary word by the casing lexicon ("UPDATE:"), or capitalised and a name by the casing lexicon or a person-name word ("Subs:", "Obituary:" are neither); never a known place, a title or a word of nationality, nor before a line-up or a score line ("TARNBY: Quill 2, Lind 5.").`), Run: speakerLabels},
	{Info: info("ordinary-end-people", `A person's name of two words or more that ends in an ordinary word and holds no given or learnt person-name word, without a person's word before it and whose last word the text does not name alone as a person, is an organisation ("Hobby Basket", "Pine Fabrics").`), Run: ordinaryEndPeople},
	{Info: info("head-ended-people", `A person's name of two words or more that ends in a company's or a congregation's head (company_heads, ner_person_org_heads) and holds no given or learnt person-name word, without a person's word before or in it, an initial, a possessive inside, capitals throughout, an ordinary word opening it at a sentence's start or a last word the text names alone as a person, is an organisation ("Tarnby Bible Church", "Quillan Creamery"; "Ada Church" stays).`), Run: headEndedPeople},
	{Info: info("head-ended-places", `A person's name of two words or more that ends in a place's head (ner_location_heads, ner_venue_heads) or a band's, a shop's or an organisation's head (ner_group_heads, ner_shop_heads, org_heads), on head-ended-people's evidence (no given or learnt person-name word, no person's word, initial or possessive), of capitalised words only, no stop word first and holding no known place, is a place (a GPE for a political unit) or an organisation ("Quillmere Hall", "Tarnby Tower", "Tarnby Quill Band"; "Ada Hall" stays).`), Run: headEndedPlaces},
	{Info: info("org-led-people", `A person of two words or more whose first word the text names alone as an organisation is that organisation's product or division, an organisation ("Quorvex Phone" beside "Quorvex"), unless that word is a single letter (an initial), a given or learnt person-name word is in it, a person's word opens it or comes before it, or another person of the text ends in its last word, alone or in a longer name ("Lind" or "Bo Lind" beside "Quorvex Lind": a surname).`), Run: orgLedPeople},
	{Info: info("org-led-products", `A person of two words or more whose first word, no function word or known place, opens an organisation's name of the text ending in an organisation's or a company's head is that organisation's product or division, an organisation, and so is its last word written alone as a person without a person's cue ("Quorvex Browser" beside "the Quorvex Foundation", then "acquiring Browser"); org-led-people's guards.`), Run: orgLedProducts},
	{Info: info("possessive-venues", `A name after a venue's cue of one or two words (venue_possessive_cues, e.g. "at", "near", "going to"; not "to" alone) with a possessive and no noun after it, before the sentence's end, punctuation, an English preposition (prepositions_en) or a conjunction before a lower-case word and no possessive in its clause, is a venue with its possessive, FAC ("dinner at Quill's", "going to Ada Lind's in May", "coffee in Quorrick's or any other cafe"; not "went to Quill's and Lind's homes", "loyal to Ada Quill's").`), Run: possessiveVenues},
	{Info: info("possessive-shops", `Capitalised words, a possessive and capitalised words ending in a shop's head (ner_shop_heads) are one business, an organisation, whatever the taggers made of the parts ("Quill's Pizza", "Ada Lind's Bakery"); not after a known place, an acronym or a day as the owner ("Tarnby's Pizza Hut").`), Run: possessiveShops},
	{Info: info("venue-places", `A name of two words or more typed an organisation that ends in a place's, a venue's or a shop's head (loc_heads, ner_venue_heads, ner_landmark_heads, ner_shop_heads; no political unit's) is the place, LOC, right after a venue's cue (venue_place_cues: "at", "near", "in", "going to"), "the" or a possessive allowed between ("lunch at the Quorrick Grill", "near the Tarn Bridges", "in Tarnby's Valmora Art Museum"; "the Quorrick Grill said" stays).`), Run: venuePlaces},
	{Info: info("work-titles", `The capitalised words right after a noun of a made work (work_nouns; not after a demonstrative: "in this movie Ada and Bo meet"), or after such a noun or work_named_nouns and a naming word (work_naming_words), are the work's title, MISC, whatever the taggers typed a mention inside them, and so is the title alone elsewhere in the text ("the action movie Tarnby Treasure", "a song called Judge Quill", "a single titled Harbour"; not "play England").`), Run: workTitles},
	{Info: info("work-lists", `The names listed right after a plural noun of made works (work_list_nouns), at most two lower-case words and a listing word (work_list_words) are the works' titles, MISC, whatever the taggers typed a mention inside them or where they found none; an item is capitalised words with small stopwords between them, up to a comma or "and", and the list ends at an item of lower-case words or after its "and"; a listed title of two words or more is the work alone elsewhere in the text too ("movies, including Tarn Hours, Quill Street and Harbour Ode", "her plays include Ada's Ode"; not "games including Tarnby").`), Run: workLists},
	{Info: info("colon-titles", `A name after another name and a colon, the pair written twice or more in the text, is one work's title, a series and its part, MISC, and so is the part alone ("Tarnby Quest: Harbour"; not a headline's "Tarnby: Harbour plans" once).`), Run: colonTitles},
	{Info: info("year-titles", `A name right before a year takes it in, an edition of an event, a show or a product, MISC, and so is the name alone elsewhere in the text ("Euro 2031", "Harbourfest 2030"); not a country, a month, a person's full name or a range of years ("Tarnby Assembly 1974–1983").`), Run: yearTitles},
	{Info: info("thing-acronyms", `An acronym of a thing or a role is no name ("DUI", "ADHD", "GDP", "MP"), nor one written as a word after a lower-case word or joined by a slash ("against Aids", "HIV/Aids"), unless the text spells out a thing's as an organisation (a role's never: "PM" beside "Prime Minister"), and a role's is cut off a person's name ("Ada Quill MP").`), Run: thingAcronyms},
	{Info: info("landmark-people", `A person's name whose last word only ends places' names (ner_landmark_heads: "Quillan County", "Tarn Heights", "Lindale Mall") or whose first word only opens them ("Mount Calder") is a place (a GPE when it ends in a political unit's head, place_unit_heads), unless an honorific comes before it or opens it ("Mr Valley") or a given name opens it and the text names its last word alone ("Ada Valley ... Valley said").`), Run: landmarkPeople},
	{Info: info("numbered-names", `A name ending in a word that numbers its names (ner_numbered_heads) takes in the number of one or two digits right after it, an organisation if typed a person ("Channel 4", "Valmora Radio 2"); not a figure going on ("Radio 4.5"), nor a side's plural ("Tarnby 76ers").`), Run: numberedNames},
	{Info: info("suffix-dots", `A name ending in a company's suffix or another abbreviation whose full stop is the name's (ner_kept_dots) takes back the full stop the taggers left out mid-sentence ("Quorvane Corp. said", "Quorvane Corp., the lender").`), Run: keptDots},
}

// Rules lists every pass of the package, in run order: the English
// text passes, sentence passes, mention rules and document passes (Entities), then
// the passes of the capitalised-word fallback (Capitalised), then those
// joining the Swedish tagger's names and the capitalised runs (Tagged,
// which runs Capitalised first).
func Rules() []rules.Info {
	var out []rules.Info
	out = append(out, rules.Infos(textPasses)...)
	out = append(out, rules.Infos(sentencePasses)...)
	out = append(out, rules.Infos(mentionRules)...)
	out = append(out, rules.Infos(docPasses)...)
	out = append(out, rules.Infos(capsPasses)...)
	out = append(out, rules.Infos(svPasses)...)
	return out
}

// SetOff switches off the passes that off names (by ID, "ner/of-names";
// IDs of other stages are ignored), for harnesses that measure a pass's
// effect; nil switches every pass on again. It is not safe to call while
// the Extractor is in use.
func (e *Extractor) SetOff(off rules.Off) {
	e.skip = nil
	for _, i := range Rules() {
		if !off.Enabled(i) {
			if e.skip == nil {
				e.skip = map[string]bool{}
			}
			e.skip[i.Name] = true
		}
	}
}

// on reports whether the pass i runs.
func (e *Extractor) on(i rules.Info) bool { return !e.skip[i.Name] }
