package quotes

import (
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"

	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Candidate types besides entity types.
const (
	typName = "NAME" // a capitalised run that is not a mention
	typPron = "PRON" // a subject pronoun
)

// Subject search outcomes.
const (
	stNone    = iota // no subject: not an attribution
	stFound          // a named or pronoun subject
	stUnnamed        // a subject without a name ("a party source")
)

// Distances, in words, allowed between a reporting verb (or the speaker
// after it) and the opening mark of a quote it introduces. A short
// fragment far from the verb ("X has said that he wants Tidewatch to become a
// "members-led" union") is the writer's, not the speaker's.
const (
	maxLeadDist      = 20
	maxShortLeadDist = 5
	maxPostVerbWords = 10 // the verb must be among the first words after a closing mark
)

// cand is a possible speaker in an attribution.
type cand struct {
	s, e   int
	ti, tj int // token range in the slice it was built from
	name   string
	typ    string // entity type, typName or typPron
	pron   string // pronoun class
	poss   bool   // possessive ("Quill's spokesman"): not the speaker, but for possessive-own-words ("Quill's statement said")
}

// isSep reports punctuation that ends a noun phrase.
func isSep(t tok) bool {
	return !t.word && strings.Contains(",;:.!?()[]–—-\"“”„‘’'«»", t.text)
}

func lower(s string) string { return strings.ToLower(s) }

// verbAt reports a reporting verb at toks[i], returning its first and
// last token ("according to" spans two).
func (x *extractor) verbAt(toks []tok, i int) (vi, vEnd int, ok bool) {
	if i >= len(toks) || !toks[i].word {
		return 0, 0, false
	}
	lw := lower(toks[i].text)
	if end, ok := x.sourcePhraseAt(toks, i); ok {
		return i, end, true
	}
	if x.isVerb(lw, x.lang) {
		return i, i, true
	}
	if start, ok := x.sayingPhraseEnding(toks, i); ok {
		return start, i, true
	}
	return 0, 0, false
}

// sayingPhraseEnding reports a phrase of saying_phrases_en ending at
// toks[i] ("quoted as saying"), returning its first token
// (saying-phrase).
func (x *extractor) sayingPhraseEnding(toks []tok, i int) (int, bool) {
	if !x.on(infoSayingPhrase) {
		return 0, false
	}
	for _, p := range x.sayingPhrases {
		start := i - len(p) + 1
		if start < 0 {
			continue
		}
		j := 0
		for j < len(p) && toks[start+j].word && lower(toks[start+j].text) == p[j] {
			j++
		}
		if j == len(p) {
			return start, true
		}
	}
	return 0, false
}

// sourcePhraseAt reports a phrase of the language's source_phrases
// ("according to", "enligt") starting at toks[i], returning its last
// token.
func (x *extractor) sourcePhraseAt(toks []tok, i int) (int, bool) {
	for _, p := range x.sourcePhrases {
		if i+len(p) > len(toks) {
			continue
		}
		j := 0
		for j < len(p) && toks[i+j].word && lower(toks[i+j].text) == p[j] {
			j++
		}
		if j == len(p) {
			return i + j - 1, true
		}
	}
	return 0, false
}

// postOnly reports verbs whose speaker always follows them.
func (x *extractor) postOnly(t tok) bool {
	return x.lx.Has(lexicon.PostOnlyVerbs, lower(t.text))
}

// cands finds the possible speakers in toks with the candidate passes:
// entity mentions lying wholly inside, subject pronouns, and capitalised
// runs (without leading sentence words such as "Despite", honorifics or
// sentence adverbs).
func (x *extractor) cands(toks []tok) []cand {
	if len(toks) == 0 {
		return nil
	}
	sc := &candScan{toks: toks, lo: toks[0].s, hi: toks[len(toks)-1].e}
	for sc.i < len(toks) {
		if !toks[sc.i].word || !x.readCand(sc) {
			sc.i++
		}
	}
	return sc.out
}

// candScan is a candidate search over toks.
type candScan struct {
	toks   []tok
	lo, hi int // the span of toks
	i      int // the token being read
	out    []cand
}

// readCand runs the candidate passes at sc.i until one takes the token.
func (x *extractor) readCand(sc *candScan) bool {
	for _, p := range candPasses {
		if x.on(p.Info) && p.Run(x, sc) {
			return true
		}
	}
	return false
}

// candMention takes an entity mention lying wholly inside the tokens.
func candMention(x *extractor, sc *candScan) bool {
	toks := sc.toks
	m := x.mentionAt(toks[sc.i].s)
	if m == nil || m.Start < sc.lo || m.End > sc.hi {
		return false
	}
	j := sc.i
	for j < len(toks) && toks[j].s < m.End {
		j++
	}
	name := strings.TrimSpace(m.Entity)
	text := x.src[m.Start:m.End]
	if name == "" {
		name, _ = stripPossessive(text)
	}
	_, poss := stripPossessive(text)
	rest := x.src[m.End:]
	poss = poss || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || bareApostrophe(text, rest)
	typ := m.Type
	if typ == "" {
		typ = span.Misc
	}
	sc.out = append(sc.out, cand{s: m.Start, e: m.End, ti: sc.i, tj: j, name: name, typ: typ, poss: poss})
	sc.i = j
	return true
}

// bareApostrophe reports a name ending in s followed by a lone
// apostrophe and a lower-case word: a possessive ("Reyes' lawyer").
func bareApostrophe(text, rest string) bool {
	if !strings.HasSuffix(text, "s") {
		return false
	}
	for _, a := range []string{"' ", "’ "} {
		if r, ok := strings.CutPrefix(rest, a); ok {
			f := strings.Fields(r)
			return len(f) > 0 && isLowerWord(f[0])
		}
	}
	return false
}

// candPronoun takes a subject pronoun.
func candPronoun(x *extractor, sc *candScan) bool {
	t := sc.toks[sc.i]
	pc := x.pronounClass(t.text)
	if pc == "" {
		return false
	}
	sc.out = append(sc.out, cand{s: t.s, e: t.e, ti: sc.i, tj: sc.i + 1, name: t.text, typ: typPron, pron: pc})
	sc.i++
	return true
}

// candCapitalised takes a run of capitalised words (joined by name
// connectors: "Bank of Northland"), trimmed of the sentence words,
// honorifics and adverbs opening it.
func candCapitalised(x *extractor, sc *candScan) bool {
	toks, i := sc.toks, sc.i
	if !isCap(toks[i].text) {
		return false
	}
	j := x.capRunEnd(toks, i)
	a := x.nameStart(toks, i, j)
	if a == j-1 && x.sentenceStart(toks[a].s) && !x.personSurname(toks[a].text) {
		// One capitalised word opening a sentence that no tagger
		// called a name is an ordinary word ("Friends said ..."),
		// unless a person's name ends in it ("Osei said").
		a = j
	}
	if a < j {
		name, poss := stripPossessive(x.src[toks[a].s:toks[j-1].e])
		sc.out = append(sc.out, cand{s: toks[a].s, e: toks[j-1].e, ti: a, tj: j, name: name, typ: typName, poss: poss})
	}
	sc.i = j
	return true
}

// capRunEnd is the end of the capitalised run starting at toks[i]: it
// stops before a mention (when mentions are candidates) or a pronoun.
func (x *extractor) capRunEnd(toks []tok, i int) int {
	mentions := x.on(infoMentionCands)
	j := i
	for j < len(toks) {
		w := toks[j]
		if !w.word || j > i && (mentions && x.mentionAt(w.s) != nil || x.pronounClass(w.text) != "") {
			break
		}
		if isCap(w.text) {
			j++
			continue
		}
		if j > i && x.lx.Has(lexicon.QuotesNameConnectors, lower(w.text)) && j+1 < len(toks) && toks[j+1].word && isCap(toks[j+1].text) {
			j++
			continue
		}
		break
	}
	return j
}

// nameStart skips the sentence words ("Despite"), honorifics (not the
// last word), sentence adverbs and connectors opening toks[i:j].
func (x *extractor) nameStart(toks []tok, i, j int) int {
	a := i
	for a < j {
		lw := lower(toks[a].text)
		if !(x.lx.Has(lexicon.QuotesCapStopwords, lw) || x.lx.Has(lexicon.Honorifics, lw) && a+1 < j ||
			x.isSentenceAdverb(toks[a].text) || x.lx.Has(lexicon.QuotesNameConnectors, lw)) {
			break
		}
		a++
	}
	return a
}

// personSurname reports a word that ends a person mention of the article.
func (x *extractor) personSurname(w string) bool {
	if !strings.Contains(w, " ") {
		return x.mentIx().surnames[w]
	}
	for _, m := range x.ments {
		if m.Type == span.Person && strings.HasSuffix(x.src[m.Start:m.End], " "+w) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether off is where a sentence of the article
// begins.
func (x *extractor) sentenceStart(off int) bool {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].Start >= off })
	return i < len(x.sents) && x.sents[i].Start == off
}

// prepBefore reports a preposition (maybe followed by an article) just
// before the candidate: "on Twitter", "in the Independent".
func (x *extractor) prepBefore(toks []tok, c cand) bool {
	k := c.ti - 1
	for k >= 0 && toks[k].word && x.lx.Has(lexicon.ArticlesEnSv, lower(toks[k].text)) {
		k--
	}
	if k >= 0 && toks[k].word && x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[k].text)) {
		return true
	}
	// "of the conservative Moderates": an adjective after "of the".
	return k >= 2 && toks[k].word && isLowerWord(toks[k].text) && !x.isVerb(lower(toks[k].text), "en") &&
		x.lx.Has(lexicon.ArticlesEnSv, lower(toks[k-1].text)) && x.lx.Has(lexicon.PartitivePrepositionsEnSv, lower(toks[k-2].text))
}

// personsPrepPhrase reports a segment opening with a person (cs[0])
// whose last candidate lies in a prepositional phrase after an article
// and a capitalised possessive ("Tom Reyes of the Harbour Board's Coast
// Patrol Unit"): the phrase belongs to the person, who is the subject.
func (x *extractor) personsPrepPhrase(seg []tok, cs []cand) bool {
	last := cs[len(cs)-1]
	if !x.on(infoPrepPossessor) || len(cs) < 2 || cs[0].typ != span.Person || cs[0].poss {
		return false
	}
	k := last.ti - 1
	if k < 0 || !seg[k].word || !isCap(seg[k].text) || !hasPossessiveS(seg[k].text) {
		return false
	}
	for k--; k >= 0 && seg[k].word && isCap(seg[k].text); k-- {
	}
	art := k
	for k >= 0 && seg[k].word && x.lx.Has(lexicon.ArticlesEnSv, lower(seg[k].text)) {
		k--
	}
	return k < art && k >= cs[0].tj && seg[k].word && x.lx.Has(lexicon.PrepositionsEnSv, lower(seg[k].text))
}

// hasPossessiveS reports a word ending in a possessive "'s" ("Board's").
func hasPossessiveS(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// modifier reports a candidate followed by a lower-case noun it
// modifies ("Tidewatch donor", "Sky News political correspondent").
func (x *extractor) modifier(toks []tok, c cand) bool {
	if c.tj >= len(toks) || !toks[c.tj].word {
		return false
	}
	w := toks[c.tj].text
	lw := lower(w)
	return isLowerWord(w) && !x.lx.Has(lexicon.PrepositionsEnSv, lw) && !x.isAux(w) && !x.isVerb(lw, x.lang) && !x.lx.Has(lexicon.ConjunctionsEnSv, lw) &&
		!x.lx.Has(lexicon.QuotesCompoundWords, lw) && !x.lx.Has(lexicon.QuotesClauseWords, lw) && !x.postOnly(toks[c.tj])
}

// validName reports a candidate usable as a named speaker.
func (x *extractor) validName(toks []tok, c cand) bool {
	return c.typ != typPron && !c.poss && !x.prepBefore(toks, c) && !x.modifier(toks, c)
}

// afterVerb reads an inverted subject after a reporting verb, from
// toks[i] to the next punctuation: "says Sky News", "säger hon", "said a
// spokesperson". It fails when the words are a clause ("said the move
// was wrong"). With needPunct the words must end at a comma or colon (a
// lead-in: "says X, the left is ..."). It returns the end offset of the
// subject and the speaker (nil when unnamed).
func (x *extractor) afterVerb(toks []tok, i int, needPunct bool) (int, *cand, bool) {
	j := i
	for j < len(toks) && !x.sepAt(toks, j) {
		j++
	}
	if needPunct && (j >= len(toks) || toks[j].text != "," && toks[j].text != ":") {
		return 0, nil, false
	}
	seg := x.cutAtPreposition(toks[i:j])
	var words []tok
	for _, t := range seg {
		if t.word {
			words = append(words, t)
		}
	}
	if len(words) == 0 {
		return 0, nil, false
	}
	segEnd := seg[len(seg)-1].e
	if len(words) == 1 && x.on(infoPronounCands) && x.pronounClass(words[0].text) != "" {
		return segEnd, &cand{s: words[0].s, e: words[0].e, name: words[0].text, typ: typPron,
			pron: x.pronounClass(words[0].text)}, true
	}
	if len(words) > 8 {
		return 0, nil, false
	}
	for _, w := range words {
		if isLowerWord(w.text) && x.lx.Has(lexicon.QuotesClauseWords, lower(w.text)) {
			return 0, nil, false
		}
	}
	if c := x.invertedSpeaker(seg); c != nil {
		return segEnd, c, true
	}
	if len(words) <= 6 {
		return segEnd, nil, true
	}
	return 0, nil, false
}

// roleApposition reads the name in apposition after an unnamed role
// ("said Reyes's lawyer, Ana Quill."): seg (ending at toks[j], a comma)
// holds a role noun and the words after the comma up to the next
// punctuation are one person mention.
func (x *extractor) roleApposition(toks, seg []tok, j int) (int, *cand) {
	if j+1 >= len(toks) || toks[j].text != "," {
		return 0, nil
	}
	role := false
	for _, t := range seg {
		role = role || t.word && x.lx.Has(lexicon.RoleNouns, lower(t.text))
	}
	if !role {
		return 0, nil
	}
	k := j + 1
	for k < len(toks) && !x.sepAt(toks, k) {
		k++
	}
	app := toks[j+1 : k]
	cs := x.cands(app)
	if len(cs) != 1 || cs[0].typ != span.Person || cs[0].poss || cs[0].ti != 0 || cs[0].tj != len(app) || x.titleOnly(cs[0]) {
		return 0, nil
	}
	c := cs[0]
	return app[len(app)-1].e, &c
}

// cutAtPreposition ends an inverted subject at a preposition after it:
// "skriver Lal i sitt avskedsbrev", "sade han till journalister", "said
// Quill in a statement"; not inside a name ("the Bank of England",
// "Secretary of State X").
func (x *extractor) cutAtPreposition(seg []tok) []tok {
	for k := 1; k < len(seg) && seg[0].word; k++ {
		nextLower := k+1 < len(seg) && seg[k+1].word && isLowerWord(seg[k+1].text) && !x.capAfterArticle(seg, k+1)
		if seg[k].word && isLowerWord(seg[k].text) && x.lx.Has(lexicon.PrepositionsEnSv, lower(seg[k].text)) && nextLower {
			return seg[:k]
		}
	}
	return seg
}

// invertedSpeaker picks the speaker among the words after a verb: a
// person, else the first usable name, else nil.
func (x *extractor) invertedSpeaker(seg []tok) *cand {
	cs := x.cands(seg)
	for _, c := range cs {
		if c.typ == span.Person && !c.poss && !x.titleOnly(c) {
			return &c
		}
	}
	for _, c := range cs {
		if x.validName(seg, c) && !x.titleOnly(c) {
			return &c
		}
	}
	return nil
}

// afterAccording reads the source after "according to" / "enligt": the
// name right after it (or a short unnamed source before punctuation).
func (x *extractor) afterAccording(toks []tok, i int) (int, *cand, bool) {
	j := i
	for j < len(toks) && toks[j].word && x.lx.Has(lexicon.ArticlesEnSv, lower(toks[j].text)) {
		j++
	}
	if j >= len(toks) || !toks[j].word {
		return 0, nil, false
	}
	k := j
	for k < len(toks) && !isSep(toks[k]) {
		k++
	}
	seg := toks[i:k]
	for _, c := range x.cands(seg) {
		if c.ti == j-i && c.typ != typPron && !c.poss && !x.modifier(seg, c) {
			return c.e, &c, true
		}
		if c.typ == span.Person && !c.poss && c.ti > j-i && c.ti-(j-i) <= 3 && lowerRun(seg[j-i:c.ti]) {
			// "according to chief executive Daniel Okoro": a role
			// before the name.
			return c.e, &c, true
		}
	}
	n := 0
	for _, t := range seg {
		if t.word {
			n++
			if isLowerWord(t.text) && x.lx.Has(lexicon.QuotesClauseWords, lower(t.text)) {
				return 0, nil, false
			}
		}
	}
	if n <= 6 && k < len(toks) {
		return seg[len(seg)-1].e, nil, true
	}
	return 0, nil, false
}

// lowerRun reports tokens that are all lower-case words.
func lowerRun(ts []tok) bool {
	for _, t := range ts {
		if !t.word || !isLowerWord(t.text) {
			return false
		}
	}
	return true
}

// chooseInSeg picks the subject of a noun-phrase segment: a name at its
// end ("In an interview, Quill"), or at its start before a preposition
// ("Quill of Tidewatch").
func (x *extractor) chooseInSeg(seg []tok) *cand {
	cs := x.cands(seg)
	if len(cs) == 0 {
		return nil
	}
	last := cs[len(cs)-1]
	prepPhrase := x.personsPrepPhrase(seg, cs)
	if last.tj == len(seg) && !last.poss && !x.prepBefore(seg, last) && !prepPhrase {
		return &last
	}
	first := cs[0]
	lead := 0
	for lead < len(seg) && seg[lead].word && x.lx.Has(lexicon.ArticlesEnSv, lower(seg[lead].text)) {
		lead++
	}
	if prepPhrase {
		// "Commander Tom Reyes of ...": titles before the person.
		for lead < first.ti && seg[lead].word && isCap(seg[lead].text) && x.lx.Has(lexicon.SpeakerTitles, lower(seg[lead].text)) {
			lead++
		}
	}
	if first.ti == lead && !first.poss && first.typ != typPron &&
		(first.tj == len(seg) || seg[first.tj].word && x.lx.Has(lexicon.PrepositionsEnSv, lower(seg[first.tj].text)) ||
			first.typ != span.Person && first.tj+1 == len(seg) && x.lx.Has(lexicon.OrgNouns, lower(seg[first.tj].text))) {
		return &first // "Tidewatch", "Tidewatch of Riverside", "the GMB union"
	}
	if x.on(infoOwnWords) {
		return x.ownWordsOwner(seg, cs)
	}
	return nil
}

// ownWordsOwner is the candidate of a segment that is a possessive name
// and a noun for its own words, with only articles, honorifics or a
// conjunction before ("Mr Quill's statement", "and Tidewatch's
// statement to the press"), or nil.
func (x *extractor) ownWordsOwner(seg []tok, cs []cand) *cand {
	for k := range cs {
		c := &cs[k]
		if c.typ == typPron || !c.poss || !x.ownWordsAt(seg, c.tj) {
			continue
		}
		for _, t := range seg[:c.ti] {
			lw := lower(t.text)
			if !t.word || !x.lx.Has(lexicon.ArticlesEnSv, lw) && !x.lx.Has(lexicon.Honorifics, lw) && !x.lx.Has(lexicon.ConjunctionsEnSv, lw) {
				return nil
			}
		}
		return c
	}
	return nil
}

// ownWordsAt reports a noun for one's own words at toks[i] ending the
// segment toks, or followed by a preposition ("statement", "statement
// to the press").
func (x *extractor) ownWordsAt(toks []tok, i int) bool {
	return i < len(toks) && toks[i].word && x.lx.Has(lexicon.OwnWordsNounsEn, lower(toks[i].text)) &&
		(i+1 == len(toks) || toks[i+1].word && x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[i+1].text)))
}

// subjectBefore finds the subject of a reporting verb in the words
// before it. The segment next to the verb is the subject ("the Tidewatch
// leader said" has an unnamed one); when it is empty or only adverbs,
// comma-separated appositives are skipped back to the name ("Quill,
// the self-appointed leader, recently told"); a predicate joined by
// "and" takes the first name of the clause ("X announced ... and
// declared"). It returns the candidate (nil when unnamed), the offset the
// attribution starts at (-1: at the verb, the name lying before an
// earlier quote), and the outcome.
//
// wider are the words of the sentence before the verb outside quotes,
// searched for the first name when pre (cut at an earlier quote) has
// none for an "and" predicate.
func (x *extractor) subjectBefore(pre, wider []tok) (*cand, int, int) {
	segs, paren := x.subjectSegments(pre)
	if last := x.stripAux(segs[len(segs)-1]); len(last) > 0 && x.lx.Has(lexicon.QuotesCompoundWords, lower(last[len(last)-1].text)) {
		return x.andPredicateSubject(pre, wider)
	}
	relative := false // the segment after this one is a relative pronoun ("who")
	for k := len(segs) - 1; k >= 0; k-- {
		seg := x.stripAux(segs[k])
		if len(seg) == 0 {
			continue
		}
		final := k == len(segs)-1
		if relative && x.on(infoSourceRelative) {
			if end, ok := x.sourcePhraseAt(seg, 0); ok {
				// "..., according to a cousin of his, who said": the source is
				// the relative's antecedent, named or not.
				if _, c, ok := x.afterAccording(seg, end+1); ok && c != nil {
					return c, seg[0].s, stFound
				}
				return nil, seg[0].s, stUnnamed
			}
		}
		relative = false
		if !final && paren[k] && x.on(infoParenAside) && x.personBefore(segs[:k]) {
			continue // an aside: "Reyes of the Harbour Board (HB7) said"
		}
		if !final && (x.appositive(seg) || x.tagSegment(seg)) {
			continue // an appositive: "deputy chair of Tidewatch"
		}
		if !final && x.on(infoRoleOrgApposition) && k >= 2 && x.roleOrgApposition(x.stripAux(segs[k-1]), seg) {
			k-- // "Quill, Chief Press Officer, Harbour Board, said"
			continue
		}
		if c := x.chooseInSeg(seg); c != nil {
			return c, x.attrStart(seg, *c), stFound
		}
		if !final {
			return nil, 0, stNone
		}
		first := seg[0]
		if x.lowerStart(first) && x.lx.Has(lexicon.RelativePronounsEnSv, lower(first.text)) {
			relative = true
			continue // a relative clause: "Quill, who chairs the board, said"
		}
		if !first.word {
			return nil, 0, stNone
		}
		return nil, first.s, stUnnamed
	}
	return nil, 0, stNone
}

// roleOrgApposition reports a capitalised role (its last word a role
// noun: "Chief Press Officer") and the organisation it serves, with no
// person in it ("Harbour Board"): two segments of an apposition between
// a name and its verb ("Quill, Chief Press Officer, Harbour Board,
// said"), where the speaker is the name before them.
func (x *extractor) roleOrgApposition(role, org []tok) bool {
	if len(role) == 0 || len(org) == 0 {
		return false
	}
	for _, t := range role {
		if !t.word || !isCap(t.text) {
			return false
		}
	}
	if !x.lx.Has(lexicon.RoleNouns, lower(role[len(role)-1].text)) {
		return false
	}
	for _, t := range org {
		if !t.word || !isCap(t.text) && !x.lx.Has(lexicon.PrepositionsEnSv, lower(t.text)) {
			return false
		}
	}
	for _, c := range x.cands(org) {
		if c.typ == span.Person || c.typ == typPron {
			return false
		}
	}
	return true
}

// splitAtSeps splits toks at the punctuation that ends noun phrases,
// dropping it; there is always at least one (maybe empty) segment.
func splitAtSeps(toks []tok) [][]tok {
	var segs [][]tok
	a := 0
	for i, t := range toks {
		if isSep(t) {
			segs = append(segs, toks[a:i])
			a = i + 1
		}
	}
	return append(segs, toks[a:])
}

// personBefore reports segments before an aside that name a person as
// the subject: the last one's subject, or any candidate of those before
// it ("Ada Quill, of the Tarn Board (TB)").
func (x *extractor) personBefore(segs [][]tok) bool {
	if len(segs) == 0 {
		return false
	}
	if c := x.chooseInSeg(x.stripAux(segs[len(segs)-1])); c != nil && c.typ == span.Person {
		return true
	}
	for _, seg := range segs[:len(segs)-1] {
		for _, c := range x.cands(seg) {
			if c.typ == span.Person {
				return true
			}
		}
	}
	return false
}

// subjectSegments splits the words before a reporting verb like
// splitAtSeps, keeping a possessive apostrophe inside its segment
// (possessive-apostrophe-segment), and reports each segment wholly
// inside round brackets.
func (x *extractor) subjectSegments(toks []tok) (segs [][]tok, paren []bool) {
	poss := x.on(infoPossSegment)
	a, open := 0, false
	for i, t := range toks {
		if !isSep(t) || poss && possApostrophe(toks, i) {
			continue
		}
		segs = append(segs, toks[a:i])
		paren = append(paren, open && t.text == ")")
		open = t.text == "("
		a = i + 1
	}
	return append(segs, toks[a:]), append(paren, false)
}

// stripAux drops the auxiliaries and adverbs ending seg ("has", "also
// recently").
func (x *extractor) stripAux(seg []tok) []tok {
	for len(seg) > 0 && seg[len(seg)-1].word && x.isAux(seg[len(seg)-1].text) {
		seg = seg[:len(seg)-1]
	}
	return seg
}

// andPredicateSubject is the subject of a predicate joined by "and" ("X
// announced the result and declared"): the first pronoun or usable name
// of pre, else of wider (the sentence before an earlier quote: the
// attribution then starts at the verb, -1).
func (x *extractor) andPredicateSubject(pre, wider []tok) (*cand, int, int) {
	for k, ts := range [][]tok{pre, wider} {
		for _, c := range x.cands(ts) {
			if c.typ == typPron || x.validName(ts, c) {
				if k == 1 {
					return &c, -1, stFound // named before an earlier quote
				}
				return &c, x.attrStart(ts, c), stFound
			}
		}
	}
	return nil, 0, stNone
}

// appositive reports a segment between the name and its verb that
// describes the name: lower case ("deputy chair of Tidewatch"), an
// article before lower case ("the self-appointed leader"), an age (",
// 67,") or a role owned by a name (", Tarn's chief executive,").
func (x *extractor) appositive(seg []tok) bool {
	first := seg[0]
	lowerStart := x.lowerStart(first)
	artLower := x.lx.Has(lexicon.ArticlesEnSv, lower(first.text)) && len(seg) > 1 && seg[1].word && isLowerWord(seg[1].text)
	age := len(seg) == 1 && first.word && isNumber(first.text)
	party := first.word && x.lx.Has(lexicon.PartyMemberNouns, lower(first.text))
	return lowerStart || artLower || age || party || ownedRole(seg) || x.on(infoOrgRoleAppositive) && x.orgRole(seg)
}

// orgRole reports capitalised words naming no person before a lower-case
// role ending in a role noun ("Tarnco chairman and chief executive").
func (x *extractor) orgRole(seg []tok) bool {
	k := 0
	for k < len(seg) && seg[k].word && !isLowerWord(seg[k].text) {
		k++
	}
	if k == 0 || k == len(seg) {
		return false
	}
	for _, t := range seg[k:] {
		if !t.word || !isLowerWord(t.text) {
			return false
		}
	}
	if !x.lx.Has(lexicon.RoleNouns, lower(seg[len(seg)-1].text)) {
		return false
	}
	for _, c := range x.cands(seg[:k]) {
		if c.typ == span.Person || c.typ == typPron {
			return false
		}
	}
	return true
}

// lowerStart reports a lower-case word other than an article.
func (x *extractor) lowerStart(t tok) bool {
	return t.word && isLowerWord(t.text) && !x.lx.Has(lexicon.ArticlesEnSv, lower(t.text))
}

// ownedRole reports a capitalised possessive owning a lower-case role
// noun phrase ("Tarn's chief executive").
func ownedRole(seg []tok) bool {
	first, last := seg[0], seg[len(seg)-1]
	return first.word && !isLowerWord(first.text) && len(seg) >= 2 &&
		(strings.HasSuffix(first.text, "'s") || strings.HasSuffix(first.text, "’s")) &&
		last.word && isLowerWord(last.text)
}

// isNumber reports a token of digits only.
func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// attrStart is where an attribution naming c starts: at c, or at an
// article just before it ("the Guardian reported").
func (x *extractor) attrStart(toks []tok, c cand) int {
	if c.ti > 0 && toks[c.ti-1].word && x.lx.Has(lexicon.ArticlesEnSv, lower(toks[c.ti-1].text)) {
		return toks[c.ti-1].s
	}
	return c.s
}

// ext is the end of an attribution whose verb ends at toks[vEnd]: the
// verb, its short object up to the next punctuation ("told the
// Guardian", "tells me") and a colon right after ("He told me:").
func ext(toks []tok, vEnd int) int {
	e := toks[vEnd].e
	j, words, last := vEnd+1, 0, e
	for j < len(toks) && !isSep(toks[j]) {
		if toks[j].word {
			words++
		}
		last = toks[j].e
		j++
	}
	if words > 0 && words <= 6 {
		e = last
	}
	if j < len(toks) && toks[j].text == ":" && (words == 0 || words <= 6) {
		e = toks[j].e
	}
	return e
}

// wordsFrom counts the word tokens of toks[i:].
func wordsFrom(toks []tok, i int) int {
	n := 0
	for ; i < len(toks); i++ {
		if toks[i].word {
			n++
		}
	}
	return n
}

// wordsAfterOffset counts the word tokens starting at or after off.
func wordsAfterOffset(toks []tok, off int) int {
	n := 0
	for _, t := range toks {
		if t.word && t.s >= off {
			n++
		}
	}
	return n
}

// abbrevBefore reports an abbreviation ("Mr", an initial) ending at the
// dot at i.
func (x *extractor) abbrevBefore(i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(x.src[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	w := x.src[j:i]
	return x.lx.Has(lexicon.AbbreviationsEnSv, lower(w)) || len([]rune(w)) == 1 && isCap(w) || isCap(w) && x.dottedTitle(w)
}

// endsSentence reports a sentence-final mark at i (before hi).
func (x *extractor) endsSentence(i, hi int) bool {
	c := x.src[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	next := runeAt(x.src, i+1, hi)
	if next != -1 && !unicode.IsSpace(next) && !strings.ContainsRune("\"”’'»«)", next) {
		return false
	}
	return c != '.' || !x.abbrevBefore(i)
}

// clauseEnd is the end of the sentence starting at from (before limit).
func (x *extractor) clauseEnd(from, limit int) int {
	for i := from; i < limit; i++ {
		if x.endsSentence(i, limit) {
			return i
		}
	}
	return limit
}

// lastTerminator is the start of the last sentence in [from,to).
func (x *extractor) lastTerminator(from, to int) int {
	for i := to - 1; i >= from; i-- {
		if x.endsSentence(i, to) && i+1 < to {
			return i + 1
		}
	}
	return from
}

// closedByFullStop reports a quote whose last character before its
// closing mark is a full stop.
func (x *extractor) closedByFullStop(p *piece) bool { return x.closingRune(p) == '.' }

// closingRune is the last character of a quote before its closing mark
// (and spaces), or -1.
func (x *extractor) closingRune(p *piece) rune {
	i := p.after
	for i > p.open {
		r, n := utf8.DecodeLastRuneInString(x.src[:i])
		if strings.ContainsRune("\"'”’»“«", r) || unicode.IsSpace(r) {
			i -= n
			continue
		}
		return r
	}
	return -1
}

// verbSite is a reporting verb near a quote, toks[vi..vEnd] ("according
// to" spans two tokens), with what its readers need.
type verbSite struct {
	toks     []tok
	vi, vEnd int
	// open is the quote's opening mark (after-quote readers).
	open int
	// wider are the sentence's words outside quotes before the lead-in
	// (see subjectBefore), and maxDist the most words allowed between the
	// attribution and the opening mark (lead-in readers).
	wider   []tok
	maxDist int
}

// read runs a table of readers at v until one is done.
func (x *extractor) read(readers []rules.Pass[readFunc], v *verbSite) *attrib {
	for _, r := range readers {
		if !x.on(r.Info) {
			continue
		}
		if a, done := r.Run(x, v); a != nil || done {
			return a
		}
	}
	return nil
}

// post reads an attribution after the closing mark of p, before limit:
// "..., said X", "..." X said., "...", says Sky News, "..., säger hon".
func (x *extractor) post(p *piece, limit int) *attrib {
	v := x.postVerb(p, limit)
	if v == nil {
		return nil
	}
	return x.read(afterReaders, v)
}

// postVerb finds the reporting verb among the first words after the
// closing mark of p (before limit and the end of the sentence), or nil.
func (x *extractor) postVerb(p *piece, limit int) *verbSite {
	i := firstNonSpace(x.src, p.after, limit)
	if r := runeAt(x.src, i, limit); r == ',' || r == '–' || r == '—' {
		i = firstNonSpace(x.src, i+len(string(r)), limit)
	}
	if i >= limit || strings.ContainsRune(".;:!?", runeAt(x.src, i, limit)) {
		return nil
	}
	toks := tokenize(x.src, i, x.clauseEnd(i, limit))
	// A quote closed by a full stop and followed by a capitalised word
	// ends its sentence: a new sentence may name its speaker only right
	// away ("... at all." Fox said.), not after a clause of its own ("...
	// at all." The row came after Blair told ...).
	maxWords := maxPostVerbWords
	if x.closedByFullStop(p) && len(toks) > 0 && toks[0].word && !isLowerWord(toks[0].text) {
		maxWords = 3
	}
	words := 0
	for k, t := range toks {
		if !t.word {
			continue
		}
		if words == 0 && x.lx.Has(lexicon.ConjunctionsEnSv, lower(t.text)) {
			return nil
		}
		words++
		if words > maxWords {
			break
		}
		if vi, vEnd, ok := x.verbAt(toks, k); ok {
			return &verbSite{toks: toks, vi: vi, vEnd: vEnd, open: p.open}
		}
	}
	return nil
}

// readAfterAccording reads "according to X" / "enligt X" after a quote.
func readAfterAccording(x *extractor, v *verbSite) (*attrib, bool) {
	if !x.postOnly(v.toks[v.vi]) {
		return nil, false
	}
	if segEnd, c, ok := x.afterAccording(v.toks, v.vEnd+1); ok {
		return &attrib{s: v.toks[v.vi].s, e: segEnd, c: c, at: v.open}, true
	}
	return nil, true
}

// readAfterSaidX reads a verb opening the words after a quote and the
// speaker after it ("said X", "säger hon"); a listener verb ("told the
// Gazette") gives none.
func readAfterSaidX(x *extractor, v *verbSite) (*attrib, bool) {
	if x.postOnly(v.toks[v.vi]) || wordsFrom(v.toks[:v.vi], 0) > 0 {
		return nil, false
	}
	if x.lx.Has(lexicon.ListenerVerbs, lower(v.toks[v.vi].text)) {
		return nil, true
	}
	if segEnd, c, ok := x.afterVerb(v.toks, v.vEnd+1, false); ok {
		return &attrib{s: v.toks[v.vi].s, e: segEnd, c: c, at: v.open}, true
	}
	return nil, true
}

// readAfterSaidRoleName reads a verb opening the words after a quote, an
// unnamed role and a person's name in apposition ("said Reyes's lawyer,
// Ana Quill").
func readAfterSaidRoleName(x *extractor, v *verbSite) (*attrib, bool) {
	if x.postOnly(v.toks[v.vi]) || wordsFrom(v.toks[:v.vi], 0) > 0 || x.lx.Has(lexicon.ListenerVerbs, lower(v.toks[v.vi].text)) {
		return nil, false
	}
	i := v.vEnd + 1
	j := i
	for j < len(v.toks) && !x.sepAt(v.toks, j) {
		j++
	}
	seg := v.toks[i:j]
	if len(seg) == 0 || len(seg) > 6 || x.invertedSpeaker(seg) != nil {
		return nil, false
	}
	if e, c := x.roleApposition(v.toks, seg, j); c != nil {
		return &attrib{s: v.toks[v.vi].s, e: e, c: c, at: v.open}, true
	}
	return nil, false
}

// readAfterXSaid reads the subject before a verb after a quote ("X
// said", "the minister told the radio").
func readAfterXSaid(x *extractor, v *verbSite) (*attrib, bool) {
	pre := v.toks[:v.vi]
	if x.postOnly(v.toks[v.vi]) || wordsFrom(pre, 0) == 0 {
		return nil, false
	}
	c, start, st := x.subjectBefore(pre, nil)
	if st == stNone {
		return nil, true
	}
	if start < 0 {
		start = v.toks[v.vi].s
	}
	return &attrib{s: start, e: ext(v.toks, v.vEnd), c: c, at: v.open}, true
}

// leadIn reads an attribution in the words before an opening mark at
// open, from from: "X said:", "He told me:", "as X tells me,", "X said
// she hoped Y", "says X, the left is". The nearest reporting verb that
// has a subject wins, if it is close enough to the quote.
//
// sentFrom is the start of the sentence, which may lie before from when
// an earlier quote cut the lead-in.
func (x *extractor) leadIn(from, sentFrom, open int, short bool) *attrib {
	toks := tokenize(x.src, from, open)
	var wider []tok
	if sentFrom < from {
		for _, t := range tokenize(x.src, sentFrom, open) {
			if !x.inQuote(t.s) {
				wider = append(wider, t)
			}
		}
	}
	maxDist := maxLeadDist
	if short {
		maxDist = maxShortLeadDist
	}
	for k := len(toks) - 1; k >= 0; k-- {
		vi, vEnd, ok := x.verbAt(toks, k)
		if !ok {
			continue
		}
		v := &verbSite{toks: toks, vi: vi, vEnd: vEnd, wider: wider, maxDist: maxDist}
		if a := x.read(leadReaders, v); a != nil {
			return a
		}
	}
	return nil
}

// readLeadAccording reads "according to X" / "enligt X" before a quote.
func readLeadAccording(x *extractor, v *verbSite) (*attrib, bool) {
	if !x.postOnly(v.toks[v.vi]) {
		return nil, false
	}
	segEnd, c, ok := x.afterAccording(v.toks, v.vEnd+1)
	if ok && wordsAfterOffset(v.toks, segEnd) <= v.maxDist {
		at := v.toks[v.vi].s
		if x.on(infoAccordingRelay) {
			if p := x.relayedSubject(v.toks, segEnd); p != nil {
				return &attrib{s: v.toks[v.vi].s, e: p.e, c: p, at: at}, true
			}
		}
		return &attrib{s: v.toks[v.vi].s, e: segEnd, c: c, at: at}, true
	}
	return nil, true
}

// relayedSubject is the person opening the clause after an "according
// to" source ending at offset end and its comma, after a lower-case role
// noun and before a lower-case word that is no auxiliary, preposition or
// conjunction (a verb: "According to the Gazette, ferry spokeswoman Ada
// Lind read out a note"), or nil: "Reyes was a “familiar face”"
// describes Reyes.
func (x *extractor) relayedSubject(toks []tok, end int) *cand {
	j := 0
	for j < len(toks) && toks[j].s < end {
		j++
	}
	if j >= len(toks) || toks[j].text != "," {
		return nil
	}
	k := j + 1
	for k < len(toks) && !x.sepAt(toks, k) {
		k++
	}
	seg := toks[j+1 : k]
	for _, c := range x.cands(seg) {
		if c.typ != span.Person {
			continue
		}
		if c.poss || c.tj >= len(seg) {
			return nil
		}
		w := seg[c.tj].text
		lw := lower(w)
		if !seg[c.tj].word || !isLowerWord(w) || x.isAux(w) || x.lx.Has(lexicon.PrepositionsEnSv, lw) || x.lx.Has(lexicon.ConjunctionsEnSv, lw) || x.lx.Has(lexicon.RelativePronounsEnSv, lw) {
			return nil
		}
		for _, t := range seg[:c.ti] {
			if t.word && isLowerWord(t.text) && x.lx.Has(lexicon.RoleNouns, lower(t.text)) {
				return &c
			}
		}
		return nil
	}
	return nil
}

// readLeadXSaid reads the subject before a verb before a quote ("X
// said:", "as X tells me,"); a verb too far from the quote gives none.
func readLeadXSaid(x *extractor, v *verbSite) (*attrib, bool) {
	toks, vi := v.toks, v.vi
	pre := toks[:vi]
	if x.postOnly(toks[vi]) || wordsFrom(pre, 0) == 0 {
		return nil, false
	}
	var w []tok
	for _, t := range v.wider {
		if t.e <= toks[vi].s {
			w = append(w, t)
		}
	}
	c, start, st := x.subjectBefore(pre, w)
	if st == stNone || c != nil && x.on(infoReportedClause) && x.inReportedClause(toks, c.s) {
		return nil, false
	}
	if wordsFrom(toks, v.vEnd+1) > v.maxDist {
		return nil, true
	}
	at := start
	if start < 0 {
		start, at = toks[vi].s, c.s
	}
	return &attrib{s: start, e: ext(toks, v.vEnd), c: c, at: at}, true
}

// inReportedClause reports a subject at offset at that a subordinator
// opens ("if", "when": lexicon clause_openers) after an earlier
// reporting verb of toks with no punctuation between: "wrote that when
// Lal declared the sale" reports what Lal did, and the earlier verb's
// subject speaks; "stressed that it was amicable, although Lal admitted"
// gives Lal a clause of their own.
func (x *extractor) inReportedClause(toks []tok, at int) bool {
	k := 0
	for k < len(toks) && toks[k].s < at {
		k++
	}
	if k == 0 || !toks[k-1].word || !isLowerWord(toks[k-1].text) || !x.lx.Has(lexicon.ClauseOpeners, toks[k-1].text) {
		return false
	}
	for i := k - 2; i >= 0 && !isSep(toks[i]); i-- {
		if _, _, ok := x.verbAt(toks, i); ok {
			return true
		}
	}
	return false
}

// readLeadSaysX reads a named speaker after a verb before a quote, ended
// by a comma or colon ("says X, the left is ...").
func readLeadSaysX(x *extractor, v *verbSite) (*attrib, bool) {
	if x.postOnly(v.toks[v.vi]) || x.lx.Has(lexicon.ListenerVerbs, lower(v.toks[v.vi].text)) {
		return nil, false
	}
	segEnd, c, ok := x.afterVerb(v.toks, v.vEnd+1, true)
	if ok && c != nil && wordsAfterOffset(v.toks, segEnd) <= v.maxDist {
		return &attrib{s: v.toks[v.vi].s, e: segEnd, c: c, at: v.toks[v.vi].s}, true
	}
	return nil, false
}

// shortFragment reports one to three words that are not a clause: a
// scare quote unless attributed.
func (x *extractor) shortFragment(p *piece) bool {
	toks := tokenize(x.src, p.start, p.end)
	var words []tok
	for _, t := range toks {
		if t.word {
			words = append(words, t)
		}
	}
	if len(words) > 3 || len(words) == 0 {
		return len(words) == 0
	}
	if r := runeBefore(x.src, p.start, p.end); r == '.' || r == '!' || r == '?' {
		return false
	}
	if x.lx.Has(lexicon.SubjectPronounsEnSv, lower(words[0].text)) && len(words) > 1 {
		return false
	}
	for _, w := range words {
		lw := strings.ReplaceAll(lower(w.text), "’", "'")
		if strings.Contains(lw, "n't") {
			return false // "Don't", "won't"
		}
		if i := strings.IndexByte(lw, '\''); i > 0 && x.lx.Has(lexicon.ContractedSubjectsEn, lw[:i]) {
			return false // "It's over", "We're back"
		}
	}
	return true
}

// onlyPunct reports that src[from:to] holds no letters or digits.
func (x *extractor) onlyPunct(from, to int) bool {
	return from >= to || !hasWord(x.src, from, to)
}

// attributeAll finds each piece's attribution with the finders, runs the
// article passes (sharing attributions along paragraph-spanning runs and
// across "“A,” she said. “B.”", marking scare quotes), and resolves the
// speakers in order.
func (x *extractor) attributeAll() {
	for idx, p := range x.pieces {
		if p.dash {
			continue
		}
		for _, f := range findPasses {
			if x.on(f.Info) {
				if p.attr = f.Run(x, idx); p.attr != nil {
					break
				}
			}
		}
		p.own = p.attr != nil
	}
	for _, ap := range articlePasses {
		if x.on(ap.Info) {
			ap.Run(x)
		}
	}
	for _, p := range x.pieces {
		if p.kind == "" {
			p.kind = KindSpeech
		}
		if p.kind == KindSpeech && p.attr != nil {
			x.speaker(p.attr)
		}
	}
}

// limit is where the words after piece idx end: the next piece's opening
// mark in the paragraph, or the paragraph's end.
func (x *extractor) limit(idx int) int {
	p := x.pieces[idx]
	if idx+1 < len(x.pieces) && x.pieces[idx+1].para == p.para {
		return x.pieces[idx+1].open
	}
	return x.paras[p.para].End
}

// findAfterQuote reads the attribution after a closed piece's closing
// mark.
func findAfterQuote(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	if !p.closed {
		return nil
	}
	return x.post(p, x.limit(idx))
}

// findColonLeadIn reads the lead-in of a closed piece that a colon
// introduces and that ends its own sentence (Quill argued: "… not
// confronted." Reyes confirmed …): the sentence after it is new, not its
// attribution. It reads with the lead-in pass, so only while that is on.
func findColonLeadIn(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	if !p.closed || p.start >= p.end || !x.on(infoLeadIn) {
		return nil
	}
	words := strings.TrimRight(x.src[p.start:p.end], " \t\n")
	before := strings.TrimRight(x.src[x.paras[p.para].Start:p.open], " \t")
	if words == "" || !strings.ContainsRune(".!?", rune(words[len(words)-1])) || !strings.HasSuffix(before, ":") {
		return nil
	}
	return findLeadIn(x, idx)
}

// findLeadIn reads the attribution before a piece's opening mark, in its
// sentence after the previous piece (and its own attribution) of the
// paragraph.
func findLeadIn(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	ps := x.paras[p.para].Start
	from := ps
	if si := x.sentIndex(p.open); si >= 0 && x.sents[si].Start > from {
		from = x.sents[si].Start
		for si > 0 && x.sents[si-1].Start >= ps && x.titleEnds(x.sents[si-1].Start, from) {
			si--
			from = x.sents[si].Start // "Donald Trump Jr. later replied:"
		}
	}
	if idx > 0 && x.pieces[idx-1].para == p.para {
		prev := x.pieces[idx-1]
		b := prev.after
		if prev.attr != nil && prev.own && prev.attr.e > b && prev.attr.e <= p.open {
			b = prev.attr.e
		}
		if b > from {
			from = b
		}
	}
	if from > p.open {
		from = p.open
	}
	sentFrom := x.lastTerminator(ps, p.open)
	if si := x.sentIndex(p.open); si >= 0 && x.sents[si].Start > sentFrom && x.sents[si].Start <= p.open {
		sentFrom = x.sents[si].Start
	}
	from = x.lastTerminator(from, p.open)
	return x.leadIn(from, min(sentFrom, from), p.open, x.shortFragment(p))
}

// findColonParagraph reads "She said:" ending the previous paragraph,
// for a piece opening its paragraph (and not continuing a quote).
func findColonParagraph(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	ps, pe := x.paras[p.para].Start, x.paras[p.para].End
	if p.para == 0 || p.open != firstNonSpace(x.src, ps, pe) || p.chain >= 0 && p.chain != idx {
		return nil
	}
	pp := x.paras[p.para-1]
	_, e := trimSpan(x.src, pp.Start, pp.End)
	if e <= pp.Start || x.src[e-1] != ':' {
		return nil
	}
	from := x.lastTerminator(pp.Start, e-1)
	return x.leadIn(from, from, e, x.shortFragment(p))
}

// findDetNext reads a Swedish "Det säger X." opening the next paragraph,
// for a closed piece with nothing but punctuation after it.
func findDetNext(x *extractor, idx int) *attrib {
	p := x.pieces[idx]
	if !p.closed || !x.onlyPunct(p.after, x.paras[p.para].End) {
		return nil
	}
	return x.detAttrib(p.para + 1)
}

// followOn gives a piece without an attribution the attribution of the
// piece before it in the paragraph when only punctuation stands between
// that attribution and its opening mark.
func (x *extractor) followOn() {
	for idx, p := range x.pieces {
		if p.attr != nil || p.dash || idx == 0 {
			continue
		}
		prev := x.pieces[idx-1]
		if prev.para != p.para || prev.attr == nil {
			continue
		}
		b := prev.after
		if prev.attr.e > b && prev.attr.e <= p.open {
			b = prev.attr.e
		}
		if x.onlyPunct(b, p.open) {
			p.attr = prev.attr
		}
	}
}

// markScare marks the unattributed short fragments as scare quotes
// (dialogue-dash speech and paragraph-spanning quotes never are).
func (x *extractor) markScare() {
	for _, p := range x.pieces {
		if !(p.dash || p.attr != nil || p.chain >= 0) && x.shortFragment(p) {
			p.kind = KindScare
		}
	}
}

// fillChains gives the pieces of a paragraph-spanning quote without an
// attribution the first attribution found in the run.
func (x *extractor) fillChains() {
	first := map[int]*attrib{}
	for _, p := range x.pieces {
		if p.chain >= 0 && p.attr != nil && (first[p.chain] == nil || first[p.chain].ctx && !p.attr.ctx) {
			first[p.chain] = p.attr // one read around the run's words wins over context
		}
	}
	for _, p := range x.pieces {
		if p.chain >= 0 && (p.attr == nil || p.attr.ctx && !first[p.chain].ctx) {
			p.attr = first[p.chain]
		}
	}
}
