package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// sentenceDoc is what the passes that type prose's mentions of one
// sentence and merge the English tagger's names into them share.
type sentenceDoc struct {
	lx  *lexicon.Lexicon
	src string
	// found are prose's mentions as chunked; ms the mentions so far.
	found, ms []span.Mention
	// tagged are the English tagger's names (nil without a tagger);
	// ordinary is its casing lexicon's test for an ordinary word.
	tagged   []span.Mention
	ordinary func(string) bool
	// unnamed are the tagger's names taggerNames rejected as ordinary
	// words: no other model's name over them is added either.
	unnamed []span.Mention
	// typed are the English typing model's names (the tagger's when
	// there is no typing model).
	typed []span.Mention
	// sent is the sentence; known the words the text capitalises
	// mid-sentence (nil: none known), capCount how often, and openCount
	// the capitalised words opening its sentences, how often; nameCased
	// the casing lexicon's test for a word capitalised at least half of
	// the times it is seen mid-sentence (nil: none).
	sent      span.Span
	known     map[string]bool
	capCount  map[string]int
	openCount map[string]int
	nameCased func(string) bool
	// cues is the document's index for personCuedElsewhere (nil: the
	// sentence's own, built when first needed).
	cues *personCues
}

// sentencePass changes the mentions of one sentence.
type sentencePass func(t *sentenceDoc)

// sentencePasses type prose's mentions of each sentence and merge the
// English tagger's names into them, in this order, before the mention
// rules.
var sentencePasses = []rules.Pass[sentencePass]{
	{Info: info("org-cue", `A name right after an organisation word is an organisation ("the pressure group Tidewatch").`), Run: orgCues},
	{Info: info("tagger-wider-persons", `A one-word person or place inside a longer person name of the English tagger is that name ("Bo Tarrant" for "Tarrant"), unless it is "the" and a person-name word: no person's name opens with "the" ("The Tarrant fire chief" keeps "Tarrant"; "The Quillers" of a band widens).`), Run: taggerWiderPersons},
	{Info: info("tagger-persons", `A full name prose typed a place and the English tagger a person is a person ("Randall Quillon").`), Run: taggerPersons},
	{Info: info("tagger-orgs", `A name the English tagger found as an organisation on exactly its span is one, unless a country, a person's name, or a person named by one given or learnt person-name word ("Harbour Party").`), Run: taggerOrgs},
	{Info: info("tagger-types", `A name the English typing model found as a person or a place on exactly its span takes that type (the model weighs prose's label with its own features), unless a known place, one ordinary word or a name ending in a plural ordinary word ("Quill Advisors") would become a person, or a personal name a place; an organisation the English tagger found on exactly its span, of several words or one the casing lexicon knows as a name, stays one unless a person with a given or learnt person-name word in it or a known place.`), Run: taggerTypes},
	{Info: info("prose-alone-words", `A one-word place or organisation that prose alone found, where neither English model finds a name, is no name when the casing lexicon knows it as an ordinary word the text capitalises mid-sentence once at most and not after "the", or, opening the sentence, neither as a name nor capitalised elsewhere mid-sentence ("Kindest regards"); known places and acronyms stay.`), Run: proseAloneWords},
	{Info: info("tagger-lone-openers", `A one-word name only the English tagger found that opens a sentence of a line with lower-case words is no name when the text uses it nowhere else (never capitalised mid-sentence, opening no other sentence, no possessive after it), the lexicon knows it as no place, no person-name word and no people ("Tarnbians"), and unlabelled news does not capitalise it mid-sentence (news_capitalised_words): "Splendidly the old tram rattled past"; a name before a figure stays (a result's line).`), Run: taggerLoneOpeners},
	{Info: info("tagger-names", `Names of two letters or more that only the English tagger found are added, but no one ordinary word, no event's word, typed an organisation or a place mid-sentence in a line with lower-case words ("in Section 7"), nor such a name of two ordinary words or more, no stop word first and no organisation's, company's, band's or event's head last, anywhere in such a line ("Truly Pleased with the room").`), Run: taggerNames},
	{Info: info("typer-names", `Names of two letters or more that only the English typing model found are added.`), Run: typerNames},
	{Info: info("learnt-name-places", `A one-word place that is a person-name word learnt from labelled data and news (person_names_learned) and no known place, nor after a place cue, is a person ("thanks to Haines").`), Run: learntNamePlaces},
	{Info: info("learnt-places", `A person whose whole name is a place learnt from labelled data (places_learned) is a place, unless a given name or a learnt person-name word is in it or a person word comes before it; so is one learnt from news datelines (places_learned_news), unless a given name is in it, a person word comes before it or the text writes it after a person's cue anywhere ("then met Dunedin").`), Run: learntPlaces},
	{Info: info("learnt-orgs", `A person or place whose whole name is an organisation learnt from labelled data (orgs_learned) or from news (orgs_learned_news; a person only when the text never writes it after a person's cue) is an organisation, unless a given name or a learnt person-name word is in it, a person word comes before it, or a place is a known one or after a place cue ("then met Gucci").`), Run: learntOrgs},
	{Info: info("honorific-persons", `A name that opens with an honorific and a capitalised word is a person, whatever a model typed it ("Mr. Quillane"), unless a capitalised honorific opens a name in lower case ("MX Quill": an acronym); ordinary words in capitals before an honorific inside a name are cut off it ("FERRY RIGHTS Mr. Quill"; not "BBC Mr Quill").`), Run: honorificPersons},
	{Info: info("learnt-org-led", `A person whose first word is an organisation learnt from labelled data or news (orgs_learned, orgs_learned_news) is an organisation, a firm's product or division, unless a given name or a learnt person-name word is in it or a person word comes before it ("Critics said Crocs Wallet was slow").`), Run: learntOrgLed},
}

// mergeTagged runs the sentence passes that on lets run over prose's
// mentions ms and the tagger's names.
func mergeTagged(lx *lexicon.Lexicon, src string, ms, tagged []span.Mention, ordinary func(string) bool, on func(rules.Info) bool) []span.Mention {
	t := &sentenceDoc{lx: lx, src: src, sent: span.Span{Start: 0, End: len(src)}, found: ms, tagged: tagged, ordinary: ordinary, typed: tagged}
	return t.merge(on)
}

// merge runs the sentence passes that on lets run over t.found (prose's
// mentions) and the taggers' names, and returns the mentions.
func (t *sentenceDoc) merge(on func(rules.Info) bool) []span.Mention {
	t.ms = append(make([]span.Mention, 0, len(t.found)+len(t.tagged)), t.found...)
	for _, p := range sentencePasses {
		if on(p.Info) {
			p.Run(t)
		}
	}
	return t.ms
}

// withTagged merges the tagger's names into prose's mentions with every
// pass on: a mention the tagger found as an ORG on exactly its span
// becomes ORG (prose types parties and unions as places or people),
// unless prose made it a person of two or more words whose first is no
// ordinary word (ordinary, from the tagger's casing lexicon), or with a
// person word before it ("Theresa May", "organiser Marsh": the English
// tagger, trained on Wikipedia, mistakes such people for organisations);
// a person or a place it found on exactly a mention's span retypes it
// (tagger-types, which in the pipeline reads the typing model's names);
// tagger names of two letters or more overlapping no mention are added.
func withTagged(lx *lexicon.Lexicon, src string, ms, tagged []span.Mention, ordinary func(string) bool) []span.Mention {
	return mergeTagged(lx, src, ms, tagged, ordinary, func(rules.Info) bool { return true })
}

// orgCues types as organisations the mentions right after an
// organisation word.
func orgCues(t *sentenceDoc) {
	for i := range t.ms {
		if t.ms[i].Type != span.Org && orgCue(t.lx, t.src, t.ms[i]) {
			t.ms[i].Type = span.Org
		}
	}
}

// taggerWiderPersons widens one-word mentions to the tagger's longer
// person names holding them (widerPerson), but for "the" and a
// person-name word (theSurname): the tagger took a sentence's opening
// article into a place's name before a noun ("The Tarrant fire chief").
func taggerWiderPersons(t *sentenceDoc) {
	before := append([]span.Mention(nil), t.ms...)
	for i, m := range before {
		if w := widerPerson(m, t.tagged, before); w != nil && !theSurname(t.lx, w.Text) {
			t.ms[i] = *w
		}
	}
}

// taggerPersons: "Randall Cunningham": a full name prose took for a
// place, which the tagger found as a person on exactly its span.
func taggerPersons(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		for _, g := range t.tagged {
			if g.Type == span.Person && (m.Type == span.GPE || m.Type == span.Location) && g.Start == m.Start && g.End == m.End &&
				strings.Contains(m.Text, " ") && !holdsPlaceWord(t.lx, m.Text) {
				m.Type = span.Person
			}
		}
	}
}

// taggerOrgs types as an organisation a mention the tagger found as one
// on exactly its span, unless it names a country or is a person with a
// person word around it or a personal name.
func taggerOrgs(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		if taggedOrg(t, *m) && !isCountry(t.lx, m.Text) &&
			!(m.Type == span.Person && (personCue(t.lx, t.src, *m) || personalName(m.Text, t.ordinary) || loneNameWord(t.lx, m.Text))) {
			m.Type = span.Org
		}
	}
}

// taggerTypes gives a mention the typing model's person or place type
// when the model found it on exactly its span: not a person when the
// gazetteer knows a word of it as a place or it is one ordinary word
// ("Cup"), not a place when prose found a personal name of two words or
// more. An organisation the English tagger found on exactly its span
// (tagger-orgs), of several words or one the casing lexicon knows as a
// name, takes only a person's type with a given name or a learnt
// person-name word in it, or a place's when the gazetteer knows it: the
// typing model reads unknown firms and clubs as people more often than
// the tagger misreads people as organisations (BENCHMARKS.md, session
// 13). The typing model takes prose's label of each token as a feature,
// so where it disagrees it has learnt that prose is wrong there.
func taggerTypes(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		if orgCue(t.lx, t.src, *m) {
			continue // "the pressure group Tidewatch" stays an organisation
		}
		tagged := m.Type == span.Org && taggedOrg(t, *m) && (strings.Contains(m.Text, " ") || t.nameCased != nil && t.nameCased(m.Text))
		for _, g := range t.typed {
			if g.Start != m.Start || g.End != m.End || g.Type == m.Type ||
				tagged && !(g.Type == span.Person && holdsNameWord(t.lx, m.Text) || g.Type == span.GPE && t.lx.IsPlace(m.Text)) {
				continue
			}
			switch {
			case g.Type == span.Person && !holdsPlaceWord(t.lx, m.Text) && !landmarkName(t.lx, m.Text) && !(t.ordinary != nil && !strings.Contains(m.Text, " ") && t.ordinary(m.Text)) &&
				!pluralOrdinaryEnd(t.lx, m.Text, t.ordinary):
				m.Type = g.Type
			case g.Type == span.GPE && !(m.Type == span.Person && personalName(m.Text, t.ordinary)):
				m.Type = g.Type
			}
		}
	}
}

// taggedOrg reports a mention the English tagger found as an
// organisation on exactly its span.
func taggedOrg(t *sentenceDoc, m span.Mention) bool {
	for _, g := range t.tagged {
		if g.Type == span.Org && g.Start == m.Start && g.End == m.End {
			return true
		}
	}
	return false
}

// learntNamePlaces types as people the one-word places whose word the
// learnt person-name words hold and the gazetteer does not know as a
// place: prose types many surnames as places, and the typing model
// follows it where it has not met the name.
func learntNamePlaces(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		if (m.Type == span.GPE || m.Type == span.Location) && !strings.Contains(m.Text, " ") && learntName(t.lx, m.Text) && !t.lx.IsPlace(m.Text) &&
			!placeCued(t.lx, t.src, *m) {
			m.Type = span.Person
		}
	}
}

// placeCued reports a mention after a word that puts it in a place ("in
// Hamilton", "the town of Hamilton": place_cues, place_prepositions) or
// before a comma and a known place ("Hamilton, Ontario").
func placeCued(lx *lexicon.Lexicon, src string, m span.Mention) bool {
	w := wordBefore(src, m.Start)
	if lx.Has(lexicon.PlaceCues, w) || lx.Has(lexicon.PlacePrepositions, w) {
		return true
	}
	if w == "of" {
		if i := strings.LastIndex(src[:m.Start], "of"); i > 0 && lx.Has(lexicon.PlaceCues, wordBefore(src, i)+" of") {
			return true
		}
	}
	after := strings.TrimLeft(src[m.End:min(len(src), m.End+40)], " ")
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != ' ' })
	if len(words) == 0 {
		return false
	}
	first := strings.TrimSpace(words[0])
	if lx.IsPlace(first) {
		return true
	}
	f := strings.Fields(first)
	return len(f) >= 1 && lx.IsPlace(f[0]) || len(f) >= 2 && lx.IsPlace(f[0]+" "+f[1])
}

// holdsNameWord reports a name with a given name or a learnt person-name
// word in it.
func holdsNameWord(lx *lexicon.Lexicon, name string) bool {
	return slices.ContainsFunc(strings.Fields(name), lx.IsPersonNameWord)
}

// honorificPersons types as people the names of two words or more that
// open with an honorific (honorifics: "Mr.", "Dr", "Dame") followed by a
// capitalised word, unless the honorific is written in capitals before a
// name that is not ("MX Quill": an acronym).
func honorificPersons(t *sentenceDoc) {
	for i := range t.ms {
		m := &t.ms[i]
		innerHonorific(t.lx, t.ordinary, m)
		first, rest, ok := strings.Cut(m.Text, " ")
		if !ok || rest == "" || m.Type == span.Person || !t.lx.Has(lexicon.Honorifics, strings.ToLower(strings.TrimSuffix(first, "."))) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || strings.ToUpper(first) == first && strings.ToUpper(rest) != rest {
			continue // "Lord of the Rings"; "MX Onda": an acronym, not the honorific
		}
		m.Type = span.Person
	}
}

// innerHonorific cuts off a name the ordinary words in capitals before
// an honorific inside it and a capitalised word after it ("FERRY RIGHTS
// Mr. Quill", a section's label and the man): the name is the
// honorific's. Words the casing lexicon does not know as ordinary stay:
// an acronym may be a name of its own that a later pass splits off ("the
// BBC Mr Quill").
func innerHonorific(lx *lexicon.Lexicon, ordinary func(string) bool, m *span.Mention) {
	words := strings.Fields(m.Text)
	for k := 1; k+1 < len(words); k++ {
		if !isAllCaps(words[k-1]) || ordinary == nil || !ordinary(words[k-1]) {
			return
		}
		if !lx.Has(lexicon.Honorifics, strings.ToLower(strings.TrimSuffix(words[k], "."))) || isAllCaps(words[k]) || !capitalised(words[k+1]) {
			continue
		}
		if at := strings.Index(m.Text, " "+words[k]+" "); at >= 0 {
			m.Start += at + 1
			m.Text = m.Text[at+1:]
		}
		return
	}
}

// loneNameWord reports a one-word name that is a given name or a learnt
// person-name word ("Haines").
func loneNameWord(lx *lexicon.Lexicon, name string) bool {
	return !strings.Contains(name, " ") && lx.IsPersonNameWord(name)
}

// learntName reports a word the learnt person-name words hold.
func learntName(lx *lexicon.Lexicon, w string) bool {
	return lx.Has(lexicon.PersonNamesLearned, strings.ToLower(w))
}

// taggerNames adds the tagger's names that overlap none of prose's,
// but not what ordinaryTagged rejects.
func taggerNames(t *sentenceDoc) {
	var kept []span.Mention
	for _, m := range t.tagged {
		if t.ordinaryTagged(m) {
			t.unnamed = append(t.unnamed, m)
		} else {
			kept = append(kept, m)
		}
	}
	t.ms = addUncovered(t.ms, t.found, kept)
}

// typerNames adds the typing model's names that overlap no mention so far
// (prose's and the tagger's) nor a tagger's name taggerNames rejected,
// but not what typerJunk rejects.
func typerNames(t *sentenceDoc) {
	typed := slices.DeleteFunc(slices.Clone(t.typed), t.typerJunk)
	t.ms = addUncovered(t.ms, append(slices.Clone(t.ms), t.unnamed...), typed)
}

// typerJunk reports a name of the typing model alone that is no name:
// words run together ("CorbyntoPowerAt": a hashtag or a headline glued
// to the text; "TheCalderPostreports": a name glued to a lower-case word),
// one word that opens with a digit ("200MM"), one word the casing
// lexicon knows as ordinary ("Web") or one word opening the sentence that
// neither the casing lexicon nor the text capitalises mid-sentence
// ("Regains"), unless a given name ("Rose", "Hillary"), or a person
// named like a landmark ("Harrowgate Cemetery").
func (t *sentenceDoc) typerJunk(m span.Mention) bool {
	r, _ := utf8.DecodeRuneInString(m.Text)
	one := !strings.Contains(m.Text, " ")
	switch {
	case gluedWords(m.Text) || one && (unicode.IsDigit(r) || gluedToWord(t.src, m.Text, t.ordinary)):
		return true
	case !one || t.lx.IsGivenName(m.Text):
	case t.ordinary != nil && t.ordinary(m.Text):
		return true
	case sentenceInitialWord(t.src, t.sent, m) && !t.known[m.Text] && !(t.nameCased != nil && t.nameCased(m.Text)):
		return true
	}
	return m.Type == span.Person && landmarkName(t.lx, m.Text)
}

// ordinaryTagged reports a name of the English tagger that is one word
// the casing lexicon knows as ordinary and no given name, typed an
// organisation or a place mid-sentence in prose ("in Section 7", "the
// Fantasy"), or two words or more that are all such words, wherever in
// the sentence ("Truly Pleased with the room"): capitalised for emphasis
// or a heading's sake, not a name. A person stays, an event's word ("the
// Games", which event-names types), a stop word (function-words' to
// judge), a name of several words with a stop word first ("The Doors")
// or an event's, organisation's (org_heads, ner_of_heads), company's or
// band's head last, and any
// name of a line without a lower-case word, a table's or a score card's
// ("Law 4-0-31-1": a surname).
func (t *sentenceDoc) ordinaryTagged(m span.Mention) bool {
	if m.Type == span.Person || t.ordinary == nil || !holdsLowerWord(t.src[t.sent.Start:t.sent.End]) {
		return false
	}
	if words := strings.Fields(m.Text); len(words) > 1 {
		last := strings.ToLower(words[len(words)-1])
		for _, heads := range []lexicon.Name{lexicon.NerEventHeads, lexicon.OrgHeads, lexicon.NerOfHeads, lexicon.CompanyHeads, lexicon.NerGroupHeads, lexicon.NerPersonOrgHeads} {
			if t.lx.Has(heads, last) {
				return false
			}
		}
		return !t.lx.Has(lexicon.StopwordsEn, strings.ToLower(words[0])) &&
			!slices.ContainsFunc(words, func(w string) bool { return !t.ordinary(w) || t.lx.IsGivenName(w) })
	}
	return t.ordinary(m.Text) && !t.lx.IsGivenName(m.Text) && !t.lx.Has(lexicon.NerEventHeads, strings.ToLower(m.Text)) &&
		!t.lx.Has(lexicon.StopwordsEn, strings.ToLower(m.Text)) && !sentenceInitialWord(t.src, t.sent, m)
}

// taggerLoneOpeners sets aside the tagger's names loneOpener rejects:
// tagger-names adds none of them, and typer-names no name over them.
func taggerLoneOpeners(t *sentenceDoc) {
	t.tagged = slices.DeleteFunc(slices.Clone(t.tagged), func(m span.Mention) bool {
		if t.loneOpener(m) {
			t.unnamed = append(t.unnamed, m)
			return true
		}
		return false
	})
}

// loneOpener reports a name of one word that only the tagger found,
// opening a sentence of a line with a lower-case word, that the text
// uses nowhere else (never capitalised mid-sentence, in any casing of
// its first letter, opening no other sentence) nor writes with a
// possessive, the lexicon knows as no place, no person-name word and
// no plural of a demonym (demonymWord: a people), and the news does not
// capitalise mid-sentence (news_capitalised_words) ("Splendidly the old
// tram rattled past"): its capital is the sentence's, and the tagger
// has no second use to read. A name before a figure stays (a result's
// line).
func (t *sentenceDoc) loneOpener(m span.Mention) bool {
	rest := t.src[m.End:t.sent.End]
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(r) {
		return false // a result's line: "Calder 1 Harbourton 0 (after extra time)"
	}
	glued, _, _ := strings.Cut(rest, " ")
	if t.openCount[m.Text] > 1 || possessive(m.Text+strings.TrimRight(glued, ".,;:!?\"'”’)")) || t.known[lowerFirst(m.Text)] {
		return false // a second use: "Quillbox played ... Quillbox took the stage", "Quillbox's", "ITunes ... iTunes"
	}
	if _, people := demonymWord(t.lx, m.Text); people {
		return false // a people: "Tarnbians go to the polls"
	}
	return sentenceInitialWord(t.src, t.sent, m) && !t.known[m.Text] && !isAllCaps(m.Text) &&
		holdsLowerWord(t.src[t.sent.Start:t.sent.End]) && !t.lx.IsPersonNameWord(m.Text) && !t.lx.IsPlace(m.Text) &&
		!t.lx.HasLower(lexicon.NewsCapitalisedWords, m.Text)
}

// lowerFirst returns w with its first letter in lower case ("iTunes" for
// "ITunes").
func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

// holdsLowerWord reports a text with a word of letters in lower case.
func holdsLowerWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ToLower(w) == w {
			return true
		}
	}
	return false
}

// gluedToWord reports one word that is a capitalised word the text writes
// on its own elsewhere, run into a lower-case word of three letters or
// more that the casing lexicon knows as ordinary ("TheCalderPostreports":
// "TheCalderPost" and "reports").
func gluedToWord(src, w string, ordinary func(string) bool) bool {
	if ordinary == nil {
		return false
	}
	for k := 1; k < len(w)-2; k++ {
		if !utf8.RuneStart(w[k]) {
			continue
		}
		head, tail := w[:k], w[k:]
		r, _ := utf8.DecodeLastRuneInString(head)
		if !unicode.IsLower(r) || strings.ToLower(tail) != tail || !ordinary(tail) || !unicode.IsUpper([]rune(head)[0]) {
			continue
		}
		if wordCount(src, head, 1) > 0 {
			return true
		}
	}
	return false
}

// landmarkName reports a name of two words or more that ends in a
// landmark's head ("Harrowgate Cemetery") or opens with a word that opens
// places' names only ("Mount Calder").
func landmarkName(lx *lexicon.Lexicon, name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	return lx.Has(lexicon.NerLandmarkHeads, strings.ToLower(textutil.LastField(name))) || lx.Has(lexicon.NerLandmarkOpeners, strings.ToLower(first))
}

// gluedWords reports a word with two or more capitals right after a
// lower-case letter ("CorbyntoPowerAt"; not "McDonald" or "DeShields").
func gluedWords(w string) bool {
	n, lower := 0, false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			n++
		}
		lower = unicode.IsLower(r)
	}
	return n >= 2 && !strings.Contains(w, " ")
}

// addUncovered appends to out the names of tagged of two letters or
// more that overlap no mention of found, and sorts out by Start when
// any was added.
func addUncovered(out, found, tagged []span.Mention) []span.Mention {
	added := false
	for _, t := range tagged {
		overlaps := false
		for _, m := range found {
			overlaps = overlaps || t.Start < m.End && m.Start < t.End
		}
		if !overlaps && utf8.RuneCountInString(t.Text) >= 2 {
			out = append(out, t)
			added = true
		}
	}
	if added {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// pluralOrdinaryEnd reports a name of two words or more ending in a
// plural ordinary word ("Gordon Advisors", "Quill Partners"): a firm's
// name, not a person's.
func pluralOrdinaryEnd(lx *lexicon.Lexicon, name string, ordinary func(string) bool) bool {
	i := strings.LastIndexByte(name, ' ')
	last := name[i+1:]
	return i > 0 && ordinary != nil && lx.PluralS(last) && ordinary(last)
}

// proseAloneWords drops the one-word places and organisations that
// prose alone found (no name of the English tagger or the typing model
// overlaps them) when the casing lexicon knows the word as ordinary and
// the text capitalises it mid-sentence once at most, or when the casing
// lexicon does not know it as a name and it opens the sentence, written
// nowhere else mid-sentence ("Comeaux, 49," after "Arcade Comeaux" stays); never a known
// place or an acronym. Prose types many capitalised ordinary words as
// places ("Hi", "Kindest regards"); the typing model reads prose's label
// and still found nothing there. People are kept (a surname alone,
// "Quill said").
func proseAloneWords(t *sentenceDoc) {
	if t.tagged == nil {
		return // no English tagger to agree or disagree with prose
	}
	t.ms = slices.DeleteFunc(t.ms, func(m span.Mention) bool {
		if strings.Contains(m.Text, " ") || isAcronymWord(m.Text) || t.lx.IsPlace(m.Text) || m.Type == span.Person {
			return false
		}
		if overlapsAny(m, t.tagged) || overlapsAny(m, t.typed) {
			return false
		}
		// Words the casing lexicon knows as names ("Finchley", "Populus")
		// stay, and so do unknown words past the sentence's first
		// ("ProPublica").
		// Nor do ordinary words the text capitalises mid-sentence twice
		// or more ("for Respect", "Respect failed": a party's name) or
		// after "the" ("the Blazers fired ...": a side).
		ordinary := t.ordinary != nil && t.ordinary(m.Text) && t.capCount[m.Text] < 2 && !strings.EqualFold(wordBefore(t.src, m.Start), "the")
		return ordinary || !(t.nameCased != nil && t.nameCased(m.Text)) && sentenceInitialWord(t.src, t.sent, m) && !t.known[m.Text]
	})
}

// overlapsAny reports whether m shares a byte with any of ms.
func overlapsAny(m span.Mention, ms []span.Mention) bool {
	for _, g := range ms {
		if g.Start < m.End && m.Start < g.End {
			return true
		}
	}
	return false
}

// mentionIndex answers overlap questions about a fixed set of mentions
// in logarithmic time: the mentions sorted by start, and the longest
// one's length, which bounds how far back an overlapping one can start.
type mentionIndex struct {
	ms     []span.Mention
	maxLen int
}

func newMentionIndex(ms []span.Mention) mentionIndex {
	x := mentionIndex{ms: slices.Clone(ms)}
	slices.SortFunc(x.ms, func(a, b span.Mention) int { return a.Start - b.Start })
	for _, m := range x.ms {
		x.maxLen = max(x.maxLen, m.End-m.Start)
	}
	return x
}

// find calls f on each indexed mention that starts before end and could
// reach past start, latest start first, until f returns true.
func (x mentionIndex) find(start, end int, f func(g span.Mention) bool) bool {
	i, _ := slices.BinarySearchFunc(x.ms, end, func(g span.Mention, t int) int { return g.Start - t })
	for j := i - 1; j >= 0 && x.ms[j].Start > start-x.maxLen-1; j-- {
		if f(x.ms[j]) {
			return true
		}
	}
	return false
}

// overlaps reports an indexed mention overlapping m (as overlapsAny).
func (x mentionIndex) overlaps(m span.Mention) bool {
	return x.find(m.Start, m.End, func(g span.Mention) bool { return g.Start < m.End && m.Start < g.End })
}

// covers reports an indexed mention holding all of m.
func (x mentionIndex) covers(m span.Mention) bool {
	return x.find(m.Start, m.End, func(g span.Mention) bool { return g.Start <= m.Start && m.End <= g.End })
}
