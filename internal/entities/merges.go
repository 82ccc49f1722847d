package entities

import (
	"slices"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// mergePass is a merge pass: it joins forms of one entity.
type mergePass func(r *resolver)

// merges run in order after the spelling tests. The word merges
// (acronym to genitive-word) decide each one-word form by the first of
// them that claims it.
var merges = []rules.Pass[mergePass]{
	{Info: info("transliteration", `Joins two full names of people whose every word is one or two letters off the other's, never in one article, each the other's only such name: "Heidar Quillvandi" to "Heydar Quillbandi".`), Run: mergeTransliterations},
	{Info: info("cut-name", `Joins a one-word name to the one longer name it ends when every mention follows the rest of it: "Quay" after "Harbour" to "Harbour Quay".`), Run: mergeCutNames},
	{Info: info("middle-names", `Joins a person's first name and surname to the one longer name of them with middle names: "Ada Quill" to "Ada Mae Quill"; first, a name of two words or more to the one longer person's name ending in it after given names or initials ("Quill Lind" to "Ada Quill Lind"), or of several such names to the one written in every article that writes it, whose middle word is then a surname's ("Ada Lind" stays apart).`), Run: mergeMiddleNames},
	{Info: info("name-forms", `Joins two full names with one surname whose first names are forms of one given name (name_forms), when no other person has the surname: "Chuck Quill" to "Charles Quill".`), Run: mergeNameForms},
	{Info: info("birth-name", `Joins a full name written right after "born" to the one other person of that article with the surname: "Ada Mae Quill" of "Quill was born Ada Mae Quill" to "Mirelle Quill".`), Run: mergeBirthNames},
	{Info: info("nickname-name", `Joins a name written with a nickname inside it to the nickname and surname written as a name: "Ada (Dee) Quill" to "Dee Quill".`), Run: mergeNicknameNames},
	{Info: info("genitive-name", `Joins a multi-word name with a genitive -s on its last word to the name without it: "Harbour Firsts" to "Harbour First" (Swedish).`), Run: mergeGenitiveNames},
	{Info: info("plural-word", `Joins two organisation or law names of three words or more that differ only by a plural -s on a word before the last: "Guild of Harbour Pilots Arts" to "Guild of Harbour Pilot Arts"; a spelling one source writes beside one of two sources or more is reported as a misspelling.`), Run: mergePluralWords},
	{Info: info("apostrophe-forms", `Joins an organisation's or a law's name of three words or more with a plural possessive inside to the one name written without the apostrophe: "Harbour Pilots' Guild" to "Harbour Pilots Guild".`), Run: mergeApostropheForms},
	{Info: info("of-place", `Joins an organisation's name "X of P", P a place, to X written alone when no other "X of Q" is named and every article writing X alone names P: "Central Board of Tarnland" to "Central Board".`), Run: mergeOfPlaces},
	{Info: info("same-name-words", `Joins organisation names of three capitalised words or more whose capitalised words are the same but for plural and Latin endings, in any order: "Tarnby Board for Ferries and Harbours" to "Tarnby Ferry and Harbour Board"; one source's name that differs only in its lower-case words from one two sources or more write is a misspelling ("Board for Harbour Works" for "Board of Harbour Works").`), Run: mergeSameNameWords},
	{Info: info("country-forms", `Joins organisation names that differ only in how the country opening them is written: "U. S. Tidal Survey", "U.S. Tidal Survey", "US Tidal Survey" and "United States Tidal Survey".`), Run: mergeCountryForms},
	{Info: info("coordinated-name", `Joins an organisation's name with a modifier coordinated by "and" before more of the name to the one organisation's name without it when both are joined to names "... of P" of one place: "Ferry and Harbour Board" to "Ferry Board", both "of Norway".`), Run: mergeCoordinatedNames},
	{Info: info("the-head", `Joins a one-word organisation's head written after "the" in most mentions to the one organisation's name it opens before "of": "the Academy" to "Academy of Tarnby Arts".`), Run: mergeTheHeads},
	{Info: info("acronym-head", `Joins an acronym no name spells to the one organisation's name it spells but for the initial of a head word the name leaves out: "TPD" to "Tarnby Police" (Department, omitted_heads).`), Run: mergeAcronymHeads},
	{Info: info("acronym", `Joins an acronym to the one multi-word name (or names of one entity) it spells: "NFU" to "Northmoor Ferry Union"; when several names spell it, to the one named in an article with it, never a person's nor for an acronym that is a known place ("US"); in an article without the name, only when the folder writes the acronym beside the name somewhere or defines it by the name ("Tarn Mill Company (TMC)", "TMC (Tarn ...)", read in the text however the taggers cut the name) or the article shares a person's or an organisation's name with one of the name's (the same story): "WMC" of a mining company is not "Windows Media Center" of another story.`), Run: mergeAcronyms},
	{Info: info("acronym-definition", `Joins an acronym written in brackets just after a name whose last capitalised words spell it (connectors and a place inside passed over) to that name's mention: "HB" of "the Quellmoor Harbour Board (HB)" to "Quellmoor Harbour Board", "TCC" of "the Tarn UK Cable Company (TCC)" to "Tarn UK Cable Company"; not to a mention holding only some of the words spelling it ("Harbour Board" of "Tarn Harbour Board (THB)").`), Run: mergeAcronymDefinitions},
	{Info: info("acronym-division", `Joins an organisation's name made of an acronym and organisation heads alone to the acronym written alone, unless a place's or a body of it (offices): "TBC Television Network" and "TBC Entertainment Group" to "TBC"; not "UK Government" to "UK" nor "EU Commission" to "EU", nor "SD Times" to "SD" joined to the place "San Diego" it spells.`), Run: mergeAcronymDivisions},
	{Info: info("site-name", `Joins a website named by address to the one-word name the address gives: "Tidewatch.com" to "Tidewatch".`), Run: mergeSiteNames},
	{Info: info("the-word", `Joins a one-word name always written after "the" to the one organisation's name ending in it, unless written alone in over five times as many articles or the text goes on naming after it (a capitalised word, a hyphen, "and" and capitalised words up to an organisation's head: "the Courier and Post Workers' Union"): "the Herald" to "Tarnby Herald".`), Run: mergeTheWords},
	{Info: info("place-surname", `Keeps a place's name from the persons it is a surname of, unless written before a speech verb in an article naming the one person: "England said" joins Mark England.`), Run: mergePlaceSurnames},
	{Info: info("initial-name", `Joins a person's name written with an initial to the one full name of the persons with its surname (or its surname with a particle) whose first name it opens, when every such name shares an article with the full name (a line-up and its match report); across stories an initial may be anyone's: "A Quill" to "Ada Quill", "A de Quill" to "Ada de Quill".`), Run: mergeInitialNames},
	{Info: info("particle-surname", `Joins a surname that opens with a name particle (name_particles) to the one person whose full name ends in it, or the one named in the same article: "De Quill" to "Ada de Quill"; when several do, the one full name that the others write with an initial (initial-name): "A de Quill" beside "Ada de Quill".`), Run: mergeParticleSurnames},
	{Info: info("surname", `Joins a surname alone to the one person with that surname, or the one named in the same article (by any of its full names), unless a place's head always written after "the" ("the Hall"), the word of over ten articles beside a full name written once in another article, or a name opening with no given or learnt person-name word that has a strong organisation's cue and no mention in the surname's article ("Mr Gate" is not "president of Tarn Gate"), or a place's head too (ner_location_heads) in no article of the full name and never written as a person's ("House prices fell" is not "Clarence House"), or a word the taggers typed a place or MISC (or an organisation, when a known place's or organisation's name), in no article of the full name, written alone in more articles than the full name and never as a person's ("Mac" of a computer is not "Tavor Mac"), but for such a word after the full name's other words ("Dorado |Velde|") or listed beside a person (", ", "; ", a substitute's brackets "Ash (|Tarrant| 60)") in an article sharing a story's name with the full name's, or a surname written after a peer's title (peer_titles) in no article of the full name, none writing it after a peer's title too, and none of its story ("Lord Quill" of a debate is not "Ada Quill" of a sports story); when several persons have the surname, the one full name that the others write with an initial (initial-name: "A Quill" of a line-up beside "Ada Quill" in the match report): "Quill" to "Ada Quill".`), Run: mergeSurnames},
	{Info: info("surname-slip", `Joins a one-word name of six letters or more, no one's surname, to the one person whose surname it misspells by one letter or a transposed pair, when no other name is that near, no article writes it more than twice and no more articles write it than the person's name: "Quilnton" to "Ada Quinlton"; not "Varnelle", written three times in one article, to "Bo Varnell", nor a band's name four articles write to a runner one article names.`), Run: mergeSurnameSlips},
	{Info: info("blend-name", `Joins a one-word name blended from the starts of a first name and a surname, no one's surname, to the one person whose names begin so: "AdQu" to "Ada Quill".`), Run: mergeBlendNames},
	{Info: info("main-bearer", `Joins a surname alone, in an article naming several people with it, to the one named first there and in twice as many articles as each other: "Quill" to "Ada Quill" beside her daughter "Bo Quill".`), Run: mergeMainBearers},
	{Info: info("first-name", `Joins a first name alone (typed no organisation, unless a given name, listed or learnt from labelled data) to the only person with that first name, when it is not used more on its own than in the name: "Ada" to "Ada Quill".`), Run: mergeFirstNames},
	{Info: info("story-first-name", `Joins a first name alone to the one person with that first name named before it in the same article: "Ada" after "Ada Quill", used more often alone.`), Run: mergeStoryFirstNames},
	{Info: info("genitive-word", `Joins a one-word genitive without apostrophe to its person (not in English, which writes the apostrophe: "Germans" is not Mike German) or word: "Quills" to "Ada Quill".`), Run: mergeGenitiveWords},
	{Info: info("same-word", `Joins the unattached one-word names of one spelling across articles: "Tidewatch" here and there.`), Run: mergeSameWords},
	{Info: info("misc-word", `Joins the one-word names of one spelling typed MISC in every mention across articles, attached or not, as an award's or an event's, unless a longer name ends in it: "Emmys" here, and "Emmys" beside "Emmy" there; not "Bill" beside "Harbour Bill".`), Run: mergeMiscWords},
	{Info: info("party-name", `Joins a party's name to its short form written alone, no place and no surname: "Harbour Party" to "Harbour".`), Run: mergePartyNames},
	{Info: info("owner-acronym", `Joins an acronym after its organisation owner's name to the acronym alone: "Harbour NFU" to "NFU".`), Run: mergeOwnerAcronyms},
	{Info: info("place-named-side", `Joins a one-word name left alone (a plural, a side word or an organisation's head) to the one name that is a place's and it, unless written alone in over five times as many articles: "Mariners" to "Tarnby Mariners", "Herald" to "Tarnby Herald".`), Run: mergePlaceNamedSides},
	{Info: info("eponym-place", `Joins a person's full name opening with a given name (listed or learnt) written after a place's cue (eponym_place_cues: "at", "into") at most of its mentions, two or more, to the body named after the person that the corpus writes in full (the most written one), unless a mention has an honorific before it or a speech verb after it, or over a quarter a role: "checked into Ada Quill", "a stay at Ada Quill" to "Ada Quill Clinic".`), Run: mergeEponymPlaces},
	{Info: info("truncated-org", `Joins a truncated organisation name to the one longer name it begins: "Harbour Ferry" to "Harbour Ferry Board"; never a name ending in an organisation's head that more articles write than the longer name going on with two capitalised words or more ("Harbour Union" beside a "Harbour Union Ferry Fund" written once).`), Run: mergeTruncatedOrgs},
	{Info: info("short-form", `Joins a one-word short form to the one organisation name it begins, in articles that write the full name, unless a place or written as one ("in Brightline", not "in Brightline's offer"; a dateline's "TARNWICK, Conn., March 3 -" is not Tarnwick Holdings Corp): "Brightline" to "Brightline Logistics".`), Run: mergeShortForms},
}

// mergeGenitiveNames joins "X Ys" to "X Y".
func mergeGenitiveNames(r *resolver) {
	for _, k := range r.order {
		f := r.forms[k]
		n := len(f.tokens)
		if n < 2 || !strings.HasSuffix(f.key, "s") {
			continue
		}
		if g, ok := r.forms[strings.TrimSuffix(f.key, "s")]; ok && len(g.tokens) == n {
			r.union(f.key, g.key)
		}
	}
}

// eachFreeWord calls claim on every one-word form, in order, that no
// earlier word merge has claimed, with the word in lower case; claim
// joins the form if it can, and reports whether the form is decided
// (joined or kept apart), so later word merges leave it alone.
func (r *resolver) eachFreeWord(claim func(f *form, w string) bool) {
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 || r.claimed[f] {
			continue
		}
		if claim(f, strings.ToLower(f.tokens[0])) {
			r.claimed[f] = true
		}
	}
}

// mergeAcronyms claims every acronym and joins it to the multi-word
// names whose initials it spells when they are all one entity, or else
// to those named in an article with it when they are, no person's and
// unless the acronym is a known place ("US"). An acronym in an article
// naming none of them joins them only when its article tells their
// story (sharesStoryName): one name spelling it somewhere in a folder
// of many stories is no evidence ("WMC" of a mining company is not
// "Windows Media Center" of another story).
func mergeAcronyms(r *resolver) {
	r.eachFreeWord(func(f *form, _ string) bool {
		if !isAcronym(f.tokens[0]) {
			return false
		}
		cands := r.spelledBy(f.tokens[0])
		if len(cands) >= 1 && !r.sameRoot(cands) {
			if r.lx.IsPlace(f.tokens[0]) {
				return true
			}
			cands = slices.DeleteFunc(slices.Clone(cands), func(g *form) bool { return !coOccur(r.ms, f, g) || r.typeOf(g) == span.Person })
		}
		if len(cands) >= 1 && r.sameRoot(cands) && r.acronymEvidence(f, cands) {
			r.union(f.key, cands[0].key)
		}
		return true
	})
}

// acronymEvidence reports the evidence that acronym f is the one entity
// the names cands spelling it name: an article of f names one of them
// too; or some article of the folder writes the acronym alone beside one
// of them (the pair is attested, "Tarn Mill Company (TMC)"); or some
// article defines the acronym by the name, read in the text however the
// taggers cut it (acronymDefinitions); or an
// article of f tells a story of theirs, naming a person or an
// organisation an article of cands names (sharesStoryName).
func (r *resolver) acronymEvidence(f *form, cands []*form) bool {
	written := r.wordArts[key(f.tokens)]
	for _, g := range cands {
		if coOccur(r.ms, f, g) {
			return true
		}
		for a := range r.formArts(g) {
			if written[a] {
				return true
			}
		}
	}
	if defs := r.acronymDefinitions()[f.tokens[0]]; defs != nil {
		for _, g := range cands {
			if defs[r.spellKey(g.tokens)] {
				return true // "Tarn Mill Company (TMC)" written, however the taggers cut it
			}
		}
	}
	root := r.find(cands[0].key)
	for _, g := range cands {
		if r.sharesStoryName(f, g, root) {
			return true
		}
	}
	return false
}

// sharesStoryName reports a name of a person or an organisation, two
// words or more, not under root, that an article of f and an article of
// g both write, named in at most 20 articles or 5% of the folder (a
// name in many articles tells no one story).
func (r *resolver) sharesStoryName(f, g *form, root string) bool {
	idx := r.storyNameIndex()
	for a := range r.formArts(f) {
		for _, h := range idx[a] {
			if h != f && h != g && r.find(h.key) != root && h.inArticleOf(r.ms, g) {
				return true
			}
		}
	}
	return false
}

// formArts returns the articles of f's mentions.
func (r *resolver) formArts(f *form) map[string]bool {
	if f.arts == nil {
		f.inArticleOf(r.ms, f)
	}
	return f.arts
}

// storyNameIndex maps each article to the forms of two words or more,
// mostly typed a person or an organisation, named in at most
// max(20, 5% of the articles) articles, in key order; built once.
func (r *resolver) storyNameIndex() map[string][]*form {
	if r.blocks.storyNames != nil {
		return r.blocks.storyNames
	}
	arts := map[string]bool{}
	for _, m := range r.ms {
		arts[m.Article] = true
	}
	limit := max(20, len(arts)/20)
	r.blocks.storyNames = map[string][]*form{}
	for _, k := range r.order {
		g := r.forms[k]
		if len(g.tokens) < 2 || r.sources(g) > limit {
			continue
		}
		if t := r.typeOf(g); t != span.Person && t != span.Org {
			continue
		}
		for a := range r.formArts(g) {
			r.blocks.storyNames[a] = append(r.blocks.storyNames[a], g)
		}
	}
	return r.blocks.storyNames
}

// mergePlaceSurnames claims the names of places that are no given names:
// "France" is no surname of "Air France", "Toronto" no first name of
// "Toronto Bond Traders"; but "England said" in an article naming Mark
// England is him.
func mergePlaceSurnames(r *resolver) {
	r.eachFreeWord(func(f *form, w string) bool {
		if !r.lx.IsPlace(f.tokens[0]) || r.lx.GivenName(f.tokens[0]) {
			return false
		}
		if target := pickPerson(r.ms, f, r.withSurname(w)); target != nil && coOccur(r.ms, f, target) && r.speaks(r.ms, f) {
			r.union(f.key, target.key)
		}
		return true
	})
}

// mergeSurnames joins a surname to its person.
func mergeSurnames(r *resolver) {
	r.eachFreeWord(func(f *form, w string) bool {
		if r.lx.Has(lexicon.NerLocationHeads, w) && r.alwaysAfterThe(f) {
			return false // "the House", "the Hall": a place's head, no surname
		}
		cands := r.withSurname(w)
		target := pickPerson(r.ms, f, cands)
		if target == nil && len(cands) > 1 {
			target = r.pickByFullNames(f, cands)
		}
		if target == nil && len(cands) > 1 {
			target = r.storyInitialsOf(cands) // "A Quill" beside "Ada Quill": one person (initial-name)
		}
		if target != nil && !r.loneFullName(target, f, w) && !r.bodyElsewhere(target, f) && !r.headElsewhere(target, f, w) && !r.strayWord(target, f) && !r.peerApart(target, f) {
			r.union(f.key, target.key)
			return true
		}
		return false
	})
}

// mergeInitialNames joins the names written with an initial to the one
// full name they open among the persons sharing a surname, or a surname
// with a particle (storyInitialsOf).
func mergeInitialNames(r *resolver) {
	var groups [][]*form
	surnames := map[string]bool{}
	tails := map[string][]*form{}
	var tailKeys []string
	for _, p := range r.persons {
		if w := strings.ToLower(p.tokens[len(p.tokens)-1]); !surnames[w] {
			surnames[w] = true
			groups = append(groups, r.withSurname(w))
		}
		if t, ok := r.particleTail(p.tokens); ok {
			if tails[t] == nil {
				tailKeys = append(tailKeys, t)
			}
			tails[t] = append(tails[t], p)
		}
	}
	for _, t := range tailKeys {
		groups = append(groups, tails[t])
	}
	for _, cands := range groups {
		full := r.storyInitialsOf(cands)
		if full == nil || len(cands) < 2 {
			continue
		}
		for _, c := range cands {
			if r.find(c.key) != r.find(full.key) {
				r.union(c.key, full.key)
			}
		}
	}
}

// storyInitialsOf is initialsOf when every name written with an initial
// shares an article with the full name (a match report and its
// line-up): across stories an initial may be anyone's.
func (r *resolver) storyInitialsOf(cands []*form) *form {
	full := initialsOf(cands)
	if full == nil {
		return nil
	}
	arts := map[string]bool{}
	for _, i := range full.mentions {
		arts[r.ms[i].Article] = true
	}
	for _, c := range cands {
		shared := c == full
		for _, i := range c.mentions {
			shared = shared || arts[r.ms[i].Article]
		}
		if !shared {
			return nil
		}
	}
	return full
}

// loneFullName reports a full name p written once in the whole corpus,
// in another article than the surname alone f, whose last word w is
// written alone in over ten articles: the word names more than that one
// mention's person ("Tories" in a hundred articles beside one "South
// Downs Tories").
func (r *resolver) loneFullName(p, f *form, w string) bool {
	if len(p.mentions) != 1 || len(r.wordArts[key([]string{w})]) <= 10 {
		return false
	}
	for _, i := range f.mentions {
		if r.ms[i].Article == r.ms[p.mentions[0]].Article {
			return false
		}
	}
	return true
}

// peerApart reports a surname alone f written after a peer's title
// (peer_titles: "Lord Quill"), in no article of the full name p, none
// writing the surname after a peer's title too (p is then the peer:
// "Lord Quill ... Ada Quill said"), and none telling p's story
// (sharesStoryName): a peer is named by title and surname, and a
// namesake of another story is someone else ("Lord Quill" of a debate
// is not "Ada Quill" the lawyer of a sports story).
func (r *resolver) peerApart(p, f *form) bool {
	if p.inArticleOf(r.ms, f) || !r.peerTitled(r.ms, f) {
		return false
	}
	_, w, _ := strings.Cut(f.key, "\x00")
	for a := range r.formArts(p) {
		if g := r.forms[a+"\x00"+w]; g != nil && r.peerTitled(r.ms, g) {
			return false
		}
	}
	return !r.sharesStoryName(f, p, r.find(p.key))
}

// peerTitled reports a form written after a peer's title at least once.
func (v vocab) peerTitled(ms []Mention, f *form) bool {
	for _, i := range f.mentions {
		words := strings.Fields(strings.ToLower(ms[i].Before))
		if len(words) > 0 && v.lx.Has(lexicon.PeerTitles, words[len(words)-1]) {
			return true
		}
	}
	return false
}

// strayWord reports a surname alone f that the taggers typed a place or
// MISC, or an organisation when the word is a known place's or
// organisation's name (they type many a person an organisation:
// "Quillon vetoed it"), in no article of the full name p, written alone in more articles than
// p is, and never written as a person is (before a speech verb or after
// an honorific): the word names something else there ("Mac" of a
// computer in five stories, beside "Tavor Mac" the lender in two). A
// word its text writes after the full name's other words ("to Real
// |Tarnby|", the taggers taking the last word only) is the name; so is
// one listed beside a person (", " or "; " between, or in brackets
// after one: "Quill, |Lind|, Ash", "Quill (|Lind| 45)") in an article
// telling the full name's story (sharesStoryName): a squad's list.
func (r *resolver) strayWord(p, f *form) bool {
	switch t, w := r.typeOf(f), strings.ToLower(f.tokens[0]); {
	case t == span.Person:
		return false
	case t == span.Org && !r.lx.IsPlace(f.tokens[0]) && !r.lx.Has(lexicon.OrgsLearned, w) && !r.lx.Has(lexicon.OrgsLearnedNews, w):
		return false
	}
	if p.inArticleOf(r.ms, f) || len(r.wordArts[key(f.tokens)]) <= r.sources(p) || r.speaks(r.ms, f) || r.titledForm(r.ms, f) {
		return false
	}
	return !r.writtenInFull(p, f) && !(r.listedWithPerson(f) && r.sharesStoryName(f, p, r.find(p.key)))
}

// writtenInFull reports a mention of the one-word form f whose text
// before it ends in the other words of the full name p ("Harbour "
// before "Quellin" of "Harbour Quellin", the taggers taking the last
// word alone).
func (r *resolver) writtenInFull(p, f *form) bool {
	lead := strings.Join(p.tokens[:len(p.tokens)-1], " ") + " "
	for _, i := range f.mentions {
		if strings.HasSuffix(r.ms[i].Before, lead) {
			return true
		}
	}
	return false
}

// listedWithPerson reports a mention of f next to another mention, with
// ", " or "; " between them, or in brackets with a number right after
// it (a substitute and his minute: "Quill (Lind 45)"; not a side's name
// "Quill (Tarnby)"), that the taggers typed a person or whose one word
// is a surname of a person in the corpus.
func (r *resolver) listedWithPerson(f *form) bool {
	if r.blocks.byEdge == nil {
		r.blocks.byEdge = map[string]map[int][]int{}
		for i, m := range r.ms {
			if r.blocks.byEdge[m.Article] == nil {
				r.blocks.byEdge[m.Article] = map[int][]int{}
			}
			at := r.blocks.byEdge[m.Article]
			at[m.Start] = append(at[m.Start], i)
			at[-1-m.End] = append(at[-1-m.End], i) // ends as negative keys
		}
	}
	person := func(j int) bool {
		return r.ms[j].Type == span.Person || len(r.toks[j]) == 1 && len(r.withSurname(strings.ToLower(r.toks[j][0]))) > 0
	}
	for _, i := range f.mentions {
		m, at := r.ms[i], r.blocks.byEdge[r.ms[i].Article]
		if strings.HasSuffix(m.Before, ", ") || strings.HasSuffix(m.Before, "; ") || strings.HasSuffix(m.Before, " (") && minuteAfter(m.After) {
			if slices.ContainsFunc(at[-1-(m.Start-2)], person) {
				return true
			}
		}
		if strings.HasPrefix(m.After, ", ") || strings.HasPrefix(m.After, "; ") {
			if slices.ContainsFunc(at[m.End+2], person) {
				return true
			}
		}
	}
	return false
}

// headElsewhere reports a surname f that is a place's head too (w,
// ner_location_heads: "House", "Hall"), in no article of the full name p,
// never written as a person is (before a speech verb or after an
// honorific): "House prices fell" or "that House" is no surname of
// "Clarence House" named in another story.
func (r *resolver) headElsewhere(p, f *form, w string) bool {
	return r.lx.Has(lexicon.NerLocationHeads, w) && !p.inArticleOf(r.ms, f) && !r.speaks(r.ms, f) && !r.titledForm(r.ms, f)
}

// bodyElsewhere reports a full name p, in no article of the surname
// alone f, that the text gives a strong organisation's cue at a mention
// ("president of Tarn Gate", "Tarn Gate shares") and that opens with no
// given or learnt person-name word: a body's name ending in a word that is also a surname
// ("Mr Gate" elsewhere is someone else).
func (r *resolver) bodyElsewhere(p, f *form) bool {
	if p.inArticleOf(r.ms, f) || r.lx.IsPersonNameWord(p.tokens[0]) {
		return false
	}
	for _, i := range p.mentions {
		if r.orgContext(r.ms[i]) == strongCue {
			return true
		}
	}
	return false
}

// pickByFullNames returns the one candidate person whose cluster holds a
// full name (two words or more) written in f's article, as another form
// of the name ("Lind" in an article that names "Ana Maria (Mia)
// Lind", a form of "Mia Lind"); nil when none or several are.
func (r *resolver) pickByFullNames(f *form, cands []*form) *form {
	if r.fullNameArts == nil {
		// The articles of each cluster's full names, by root (built once:
		// the word merges join one-word forms under these roots and
		// never move a root).
		r.fullNameArts = map[string]map[string]bool{}
		for _, k := range r.order {
			g := r.forms[k]
			if len(g.tokens) < 2 {
				continue
			}
			root := r.find(k)
			if r.fullNameArts[root] == nil {
				r.fullNameArts[root] = map[string]bool{}
			}
			for _, i := range g.mentions {
				r.fullNameArts[root][r.ms[i].Article] = true
			}
		}
	}
	arts := map[string]bool{}
	for _, i := range f.mentions {
		arts[r.ms[i].Article] = true
	}
	var hit *form
	for _, c := range cands {
		for a := range r.fullNameArts[r.find(c.key)] {
			if arts[a] {
				if hit != nil && hit != c {
					return nil
				}
				hit = c
				break
			}
		}
	}
	return hit
}

// mergeFirstNames joins a first name alone to the one full name with it.
// It must be rarer than the full name: a word used more on its own than
// in the name is not its first name. A name typed an organisation is
// none, unless it is a given name of the lexicon, listed or learnt from
// labelled data (given_names_learned), and no place ("Craig" typed an
// organisation in "I agreed with Bo and Nils").
func mergeFirstNames(r *resolver) {
	r.eachFreeWord(func(f *form, w string) bool {
		if cands := r.withFirstName(w); len(cands) == 1 && (r.typeOf(f) != span.Org || r.learntGivenNameOnly(f.tokens[0])) &&
			r.wordTotal[w] <= len(cands[0].mentions) && len(r.wordArts[w]) <= r.sources(cands[0]) {
			r.union(f.key, cands[0].key)
			return true
		}
		return false
	})
}

// learntGivenNameOnly reports a given name of the lexicon, listed or
// learnt from labelled data (Lexicon.IsLearntGivenName), that is no place.
func (v vocab) learntGivenNameOnly(w string) bool {
	return v.lx.IsLearntGivenName(w) && !v.lx.IsPlace(w)
}

// givenNameOnly reports a given name of the lexicon that is no place.
func (v vocab) givenNameOnly(w string) bool {
	return v.lx.IsGivenName(w) && !v.lx.IsPlace(w)
}

// mergeGenitiveWords joins a genitive without apostrophe ("Quills"), in
// any language, to the person with the stem as surname, or to the stem
// written alone in the same article.
func mergeGenitiveWords(r *resolver) {
	r.eachFreeWord(func(f *form, w string) bool {
		if !strings.HasSuffix(w, "s") || len(w) <= 3 {
			return false
		}
		stem := w[:len(w)-1]
		if lang := r.ms[f.mentions[0]].Lang; lang == "" || lang == "en" {
			// English writes a genitive with an apostrophe: "Germans" is
			// a plural or another word, not Mike German's.
		} else if target := pickPerson(r.ms, f, r.withSurname(stem)); target != nil {
			r.union(f.key, target.key)
			return true
		}
		if g, ok := r.forms[r.ms[f.mentions[0]].Article+"\x00"+stem]; ok && g != f {
			r.union(f.key, g.key)
			return true
		}
		if g, ok := r.forms[stem]; ok && g != f {
			r.union(f.key, g.key)
			return true
		}
		return false
	})
}

// mergeSameWords joins the one-word forms left alone that have one
// spelling (lower case, accents folded).
func mergeSameWords(r *resolver) {
	firstOf := map[string]string{}
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 || r.find(k) != k {
			continue
		}
		w := key(f.tokens)
		if root, ok := firstOf[w]; ok {
			r.union(k, root)
		} else {
			firstOf[w] = k
		}
	}
}

// mergeMiscWords joins the one-word names of one spelling whose every
// mention is typed MISC (an award, an event, a group), whichever cluster
// holds them: same-word leaves out the forms another merge attached (the
// plural "Emmys" joined to "Emmy" in one article), which would split one
// award in two. A person's or an organisation's name is typed no MISC;
// a word that ends a longer name ("Bill" of two bills' names) may stand
// for either, and is left alone.
func mergeMiscWords(r *resolver) {
	heads := map[string]bool{} // the last words of longer names ("Bill" of "Harbour Bill")
	for _, k := range r.order {
		if f := r.forms[k]; len(f.tokens) > 1 {
			heads[strings.ToLower(f.tokens[len(f.tokens)-1])] = true
		}
	}
	firstOf := map[string]string{}
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 || !r.allMisc(f) || heads[strings.ToLower(f.tokens[0])] {
			continue
		}
		w := key(f.tokens)
		if first, ok := firstOf[w]; ok {
			r.union(k, first)
		} else {
			firstOf[w] = k
		}
	}
}

// allMisc reports a form whose every mention is typed MISC.
func (r *resolver) allMisc(f *form) bool {
	for _, i := range f.mentions {
		if r.ms[i].Type != span.Misc {
			return false
		}
	}
	return len(f.mentions) > 0
}

// mergeTruncatedOrgs joins a name of two words or more that is no
// person's full name, no place and no name ending in a place's head ("Hong
// Kong" is not the Hong Kong Standard, "Tallow Street" not the Tallow
// Street Gazette) to the longer organisation names it begins, when they
// are all one entity, unless a whole name of its own (see wholeOrgName).
func mergeTruncatedOrgs(r *resolver) {
	r.indexPersons() // before multi-word names join again
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) < 2 || r.fullNames[f.key] || r.lx.IsPlace(strings.Join(f.tokens, " ")) ||
			r.lx.Has(lexicon.LocHeads, strings.ToLower(f.tokens[len(f.tokens)-1])) {
			continue // "Tallow Street" is a street, not the Tallow Street Gazette
		}
		if cands := r.orgsBegunBy(f); len(cands) >= 1 && r.sameRoot(cands) && !r.wholeOrgName(f, cands[0]) {
			r.union(f.key, cands[0].key)
		}
	}
}

// wholeOrgName reports a name f that ends in an organisation's head and
// that more articles write than the longer name g it begins, which goes
// on with two words or more, the first capitalised: a name of its own, not g cut
// short ("European Union" beside a fund named after it, the "European
// Union Harbour Fund", written once; "Tarnby Police" is the "Tarnby
// Police Department", "Royal Bank" the "Royal Bank of Tarnby").
func (r *resolver) wholeOrgName(f, g *form) bool {
	n := len(f.tokens)
	return len(g.tokens)-n >= 2 && isCapitalWord(g.tokens[n]) && r.orgHead(f.tokens[n-1]) && len(r.formArts(f)) > len(r.formArts(g))
}

// mergeShortForms joins a one-word short form left alone ("Brightline")
// to the organisation names it begins ("Brightline Logistics") when they
// are all one entity, unless it is written as a place ("in London" is not
// the London Assembly) or a person's name (see personWord), or
// used in an article without the full name: reporters give the full name
// before the short one ("Harbour", a town, is not the Harbour Police).
func mergeShortForms(r *resolver) {
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) != 1 || isAcronym(f.tokens[0]) || r.find(k) != k || len(f.mentions) == 0 {
			continue
		}
		if r.writtenAsPlace(f) || r.typeOf(f) == span.Person && r.personWord(f) {
			continue
		}
		if cands := r.orgsFirstWord(f.tokens[0]); len(cands) >= 1 && r.sameRoot(cands) && articlesWithin(r.wordArts[key(f.tokens)], r.ms, cands[0]) {
			r.union(f.key, cands[0].key)
		}
	}
}

// writtenAsPlace reports a one-word form that names a place ("London" is
// not the London Newsroom) or is written after a place word ("in X"),
// not as an owner ("in X's offer").
func (r *resolver) writtenAsPlace(f *form) bool {
	if r.lx.IsPlace(f.tokens[0]) {
		return true
	}
	for _, i := range f.mentions {
		if r.placeContext(r.ms[i]) && !possessed(r.ms[i]) || r.datelinePlace(r.ms[i]) {
			return true
		}
	}
	return false
}

// personWord reports a word some person in the corpus has as a surname,
// or written after an honorific: "Ford" is not Ford Motor Co where
// Harriet Ford or Mr Ford is named ("Iomega" and "Iomega Corp" join).
func (r *resolver) personWord(f *form) bool {
	return len(r.withSurname(strings.ToLower(f.tokens[0]))) > 0 || r.titledForm(r.ms, f)
}

// pickPerson chooses the person a surname-only form refers to: the only
// candidate, or the only candidate mentioned in the same articles.
func pickPerson(ms []Mention, f *form, cands []*form) *form {
	if len(cands) == 1 {
		return cands[0]
	}
	if len(cands) == 0 {
		return nil
	}
	var hit *form
	for _, c := range cands {
		if c.inArticleOf(ms, f) {
			if hit != nil && hit != c {
				return nil
			}
			hit = c
		}
	}
	return hit
}

// speaks reports a form written right before a speech verb at least once
// ("England said").
func (v vocab) speaks(ms []Mention, f *form) bool {
	for _, i := range f.mentions {
		w, _, _ := strings.Cut(strings.TrimLeft(ms[i].After, " "), " ")
		if v.lx.Has(lexicon.ReportingVerbs, strings.ToLower(strings.TrimRight(w, ".,;:"))) {
			return true
		}
	}
	return false
}

// titledForm reports a form written after an honorific at least once.
func (v vocab) titledForm(ms []Mention, f *form) bool {
	for _, i := range f.mentions {
		if v.honorificBefore(ms[i]) {
			return true
		}
	}
	return false
}

// articlesWithin reports whether every article in arts mentions g.
func articlesWithin(arts map[string]bool, ms []Mention, g *form) bool {
	has := map[string]bool{}
	for _, i := range g.mentions {
		has[ms[i].Article] = true
	}
	for a := range arts {
		if !has[a] {
			return false
		}
	}
	return true
}

// minuteAfter reports a text opening with a space and a digit (" 45)").
func minuteAfter(a string) bool { return len(a) > 1 && a[0] == ' ' && a[1] >= '0' && a[1] <= '9' }
