package quotes

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// speaker resolves an attribution's speaker (once) with the speaker
// passes (a named entity speaks as itself when none applies) and cleans
// the name with the name passes.
func (x *extractor) speaker(a *attrib) string {
	if a.resolved {
		return a.speaker
	}
	a.resolved = true
	a.speaker = x.cleanName(x.resolveSpeaker(a))
	return a.speaker
}

// resolveSpeaker names the speaker of a with the speaker passes.
func (x *extractor) resolveSpeaker(a *attrib) string {
	a.speaker = Unknown
	if a.c == nil {
		if x.on(infoRoleSpeaker) {
			if s, r := x.roleSpeaker(a); s != "" {
				a.speaker, a.role = s, r
			}
		}
		if a.speaker == Unknown && a.role == nil && x.on(infoRoleAnaphor) {
			if s := x.roleAnaphorSpeaker(a); s != "" {
				a.speaker = s
			}
		}
		if a.speaker == Unknown && x.on(infoOrgPronoun) {
			if s := x.orgPronounSpeaker(a); s != "" {
				a.speaker, a.orgPron = s, true
			}
		}
		return a.speaker
	}
	for _, p := range speakerPasses {
		if x.on(p.Info) {
			if s, ok := p.Run(x, a); ok {
				a.speaker = s
				return s
			}
		}
	}
	if a.c.typ != typPron && a.c.typ != typName {
		a.speaker = a.c.name
		a.entity = true
		x.speakerAt[a.c.s] = true
	}
	return a.speaker
}

// speakPronoun resolves a third-person pronoun to its antecedent; other
// pronouns ("I", "we") name no one.
func speakPronoun(x *extractor, a *attrib) (string, bool) {
	if a.c.typ != typPron {
		return "", false
	}
	if a.c.pron == pronThird {
		s := x.antecedent(a.at, lower(a.c.name))
		if s == Unknown && x.on(infoRolePronoun) {
			if p := x.roleAntecedent(a.at, lower(a.c.name)); p != "" {
				return p, true
			}
		}
		if s == Unknown && x.on(infoPronounChain) {
			if p := x.chainAntecedent(a, lower(a.c.name)); p != "" {
				return p, true
			}
		}
		if s == Unknown && x.on(infoRoleAnaphorPronoun) {
			if p := x.roleAnaphorPronoun(a.at, lower(a.c.name)); p != "" {
				return p, true
			}
		}
		return s, true
	}
	return Unknown, true
}

// chainAntecedent is the speaker of the attribution before a when that
// one is the same pronoun, named as the person the article names last
// before a (outside quotes), and no person is named and no sentence
// opens with a role between them ("Quill said
// … “…,” she said. [four sentences] “…,” she added."); else "".
func (x *extractor) chainAntecedent(a *attrib, pron string) string {
	prev := x.attribBefore(a)
	if prev == nil || prev.c == nil || prev.c.typ != typPron || lower(prev.c.name) != pron {
		return ""
	}
	s := prev.speaker // resolved in article order; an unresolved one names no one
	if !prev.resolved || s == Unknown || s == "" {
		return ""
	}
	var last *span.Mention // the latest person mention ending by a.at
	for i := x.mentionsBefore(a.at) - 1; i >= 0 && last == nil; i-- {
		if m := &x.ments[i]; m.Type == span.Person && m.End <= a.at && !x.inQuote(m.Start) {
			last = m
		}
	}
	if last != nil && last.Start >= prev.e {
		return "" // a person named between the two attributions
	}
	if last == nil || strings.TrimSpace(last.Entity) != s && strings.TrimSpace(x.src[last.Start:last.End]) != s {
		return "" // the person named last is someone else: the earlier pronoun may be wrong
	}
	for k := max(0, x.sentIndex(prev.e)); k < len(x.sents) && x.sents[k].Start < a.at; k++ {
		st := x.sents[k]
		if st.Start >= prev.e && (x.unnamedRoleSubject(st) || x.subjectRolePhrase(st) != nil || x.roleOpening(st)) {
			return ""
		}
	}
	return s
}

// roleOpening reports a sentence opening with an article and a role noun
// ("A spokeswoman for the ferry line told …"), outside quotes.
func (x *extractor) roleOpening(st span.Span) bool {
	if x.inQuote(st.Start) {
		return false
	}
	toks := tokenize(x.src, st.Start, min(st.End, st.Start+60))
	return len(toks) >= 2 && toks[0].word && toks[1].word && x.lx.Has(lexicon.ArticlesEnSv, lower(toks[0].text)) && x.lx.Has(lexicon.RoleNouns, lower(toks[1].text))
}

// speakWrittenName names the speaker as the attribution writes it,
// without a leading "the".
func speakWrittenName(_ *extractor, a *attrib) (string, bool) {
	if a.c.typ != typName {
		return "", false
	}
	name := strings.TrimSpace(a.c.name)
	if strings.HasPrefix(lower(name), "the ") {
		name = name[4:]
	}
	if name == "" {
		return Unknown, true
	}
	return name, true
}

// antecedent is the person a pronoun before at refers to: the most
// recent PERSON mention (outside quotes) in the sentence of at and the
// three before it that the antecedent passes keep, preferring one in
// subject position (a speaker already, or opening its clause) over an
// object ("said she hoped Mr X").
func (x *extractor) antecedent(at int, pron string) string {
	narrow := x.windowStart(at, false)
	m, stop := x.antecedentFrom(narrow, at, pron)
	if m == nil && !stop && x.on(infoQuotedSentences) {
		if wide := x.windowStart(at, true); wide < narrow {
			m, _ = x.antecedentFrom(wide, at, pron)
		}
	}
	if m == nil {
		return Unknown
	}
	x.speakerAt[m.Start] = true
	if n := strings.TrimSpace(m.Entity); n != "" {
		return n
	}
	n, _ := stripPossessive(x.src[m.Start:m.End])
	return n
}

// antecedentFrom is the antecedent of a pronoun at offset at among the
// person mentions from offset ws (see antecedent), or nil; stop reports
// an antecedent pass that left the pronoun unnamed.
func (x *extractor) antecedentFrom(ws, at int, pron string) (found *span.Mention, stop bool) {
	var fallback *span.Mention
	for i := x.mentionsBefore(at) - 1; i >= 0; i-- { // later ones end after at
		m := &x.ments[i]
		if m.End > at {
			continue
		}
		if m.Start < ws {
			break
		}
		if m.Type != span.Person || x.inQuote(m.Start) {
			continue
		}
		switch x.judgeAntecedent(m, pron, at, fallback != nil) {
		case skip:
			continue
		case noSpeaker:
			return nil, true
		}
		if x.subjectLike(m) {
			return m, false
		}
		if fallback == nil {
			fallback = m
		}
	}
	return fallback, false
}

// windowStart is the offset a pronoun at offset at looks back to: the
// start of the third sentence before its own (with skipQuoted, not
// counting sentences opening inside a quote), else of the paragraph
// before its own.
func (x *extractor) windowStart(at int, skipQuoted bool) int {
	if si := x.windowSentence(at, skipQuoted); si >= 0 {
		return x.sents[si].Start
	}
	if k := x.paraOf(at); k >= 0 {
		return x.paras[max(0, k-1)].Start
	}
	return 0
}

// windowSentence is the first sentence a pronoun at offset at looks back
// to: the third before its own, with skipQuoted not counting sentences
// opening inside a quote (a quote of three sentences does not push the
// speaker before it out of reach); -1 when at is before every sentence.
func (x *extractor) windowSentence(at int, skipQuoted bool) int {
	si := x.sentIndex(at)
	if si < 0 {
		return -1
	}
	for n := 0; si > 0 && n < 3; {
		si--
		if !skipQuoted || !x.inQuote(firstWordAt(x.src, x.sents[si].Start, x.sents[si].End)) {
			n++
		}
	}
	return si
}

// firstWordAt is the offset of the first letter or digit in [from,to),
// or to.
func firstWordAt(src string, from, to int) int {
	if i := strings.IndexFunc(src[from:min(to, len(src))], isWordRune); i >= 0 {
		return from + i
	}
	return to
}

// judgeAntecedent runs the antecedent passes on m until one does not
// keep it.
func (x *extractor) judgeAntecedent(m *span.Mention, pron string, at int, found bool) verdict {
	for _, p := range antecedentPasses {
		if x.on(p.Info) {
			if v := p.Run(x, m, pron, at, found); v != keep {
				return v
			}
		}
	}
	return keep
}

// filterGender skips a mention of the other gender: "Mr X" is no "she".
func filterGender(x *extractor, m *span.Mention, pron string, _ int, _ bool) verdict {
	if x.otherGender(m, pron) {
		return skip
	}
	return keep
}

// filterGivenGender skips a mention without a gendered honorific whose
// given name is of the other gender ("she said" after "Mark Tarrant").
func filterGivenGender(x *extractor, m *span.Mention, pron string, _ int, _ bool) verdict {
	if male, female := x.titleGender(m); male || female {
		return keep // the honorific decides (antecedent-gender)
	}
	male, female := x.givenNameGender(m)
	switch {
	case x.lx.Has(lexicon.PronounsFemaleEnSv, pron):
		if male {
			return skip
		}
	case x.lx.Has(lexicon.PronounsMaleEnSv, pron):
		if female {
			return skip
		}
	}
	return keep
}

// filterPossessor skips a possessive mention ("Okoro's lawyer"); as the
// latest person it leaves the pronoun unnamed ("Okoro's lawyer said ...
// he said": the lawyer).
func filterPossessor(x *extractor, m *span.Mention, _ string, _ int, found bool) verdict {
	switch {
	case !x.possessor(m):
		return keep
	case x.on(infoOwnWordsAntecedent) && x.ownWordsAfter(m) && x.subjectLike(m):
		return keep // "Quill's comments drew praise. … she said"
	case found || !x.subjectLike(m):
		return skip // an object: "he admired Brand's leadership"
	case x.on(infoPossessorApposition) && x.appositionOfPerson(m):
		return skip // "Ada Quill, Brand's lawyer, said …": the lawyer is Quill
	case x.on(infoPossessedThing) && x.ownsThing(m):
		return skip // "Commenting on Brand's case, he said": no one owned speaks
	}
	return noSpeaker
}

// appositionOfPerson reports a possessive mention opening an apposition
// to the person named right before it ("Ada Quill, Brand's lawyer,").
func (x *extractor) appositionOfPerson(m *span.Mention) bool {
	i := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].Start >= m.Start })
	if i == 0 {
		return false
	}
	p := &x.ments[i-1]
	return p.Type == span.Person && p.End <= m.Start && strings.TrimSpace(x.src[p.End:m.Start]) == ","
}

// ownsThing reports a possessive mention whose possessed words (up to
// three, to the first punctuation) name a thing a person has and no
// person or body that speaks ("Brand's case", "Brand's first task"); a
// role, kin, spokesperson, person noun or organisation noun among them,
// or no known thing, leaves it a possible speaker ("Brand's lawyer",
// "Brand's girlfriend"). Plurals are read as their singular.
func (x *extractor) ownsThing(m *span.Mention) bool {
	next := x.afterPossessive(m, 60)
	thing := false
	for k := 0; k < len(next) && next[k].word && k < 3; k++ {
		w := lower(next[k].text)
		for _, w := range []string{w, x.lx.Singular(w)} {
			for _, l := range []lexicon.Name{lexicon.RoleNouns, lexicon.KinWords, lexicon.SpokespersonWords, lexicon.PersonCommonNouns, lexicon.OrgNouns} {
				if x.lx.Has(l, w) {
					return false
				}
			}
			if x.lx.Has(lexicon.PossessedThingsEn, w) || x.lx.Has(lexicon.PersonPossessions, w) || x.lx.Has(lexicon.OwnWordsNounsEn, w) {
				thing = true
			}
		}
	}
	return thing
}

// filterUnnamedSubject leaves a pronoun unnamed when a sentence between
// the mention and the pronoun has an unnamed role as its subject ("A
// Labour spokesman denied the claim. “…,” he said."); a candidate kept
// after that sentence stays.
func filterUnnamedSubject(x *extractor, m *span.Mention, _ string, at int, found bool) verdict {
	first := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].Start > m.End })
	for _, s := range x.sents[first:] {
		if s.Start > at {
			break
		}
		if x.unnamedRoleSubject(s) {
			if found {
				return skip
			}
			return noSpeaker
		}
	}
	return keep
}

// unnamedRoleSubject reports a sentence opening with an unnamed role as
// its subject (see roleSubject).
func (x *extractor) unnamedRoleSubject(s span.Span) bool {
	_, k := x.roleSubject(s)
	return k >= 0
}

// roleSubject finds an unnamed role opening the sentence s as its
// subject: an article, up to four words, a role noun, then a lower-case
// word ("A Labour spokesman denied", "The party official said"), with no
// person named in it before the verb. It returns the sentence's first
// tokens and the index of the role noun, or -1.
func (x *extractor) roleSubject(s span.Span) ([]tok, int) {
	if x.inQuote(s.Start) {
		return nil, -1
	}
	toks := tokenize(x.src, s.Start, min(s.End, s.Start+120))
	if len(toks) < 3 || !toks[0].word || !x.lx.Has(lexicon.ArticlesEnSv, lower(toks[0].text)) {
		return nil, -1
	}
	for k := 1; k < len(toks)-1 && k <= 5; k++ {
		t := toks[k]
		if m := x.mentionAt(t.s); !t.word || m != nil && m.Type == span.Person || x.lx.Has(lexicon.PrepositionsEnSv, lower(t.text)) || x.isVerb(lower(t.text), x.lang) {
			return nil, -1
		}
		if x.lx.Has(lexicon.RoleNouns, lower(t.text)) && toks[k+1].word && isLowerWord(toks[k+1].text) &&
			!x.lx.Has(lexicon.RoleNouns, lower(toks[k+1].text)) && !x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[k+1].text)) {
			return toks, k
		}
	}
	return nil, -1
}

// allNounPhrase reports tokens that are all words with no verb, conjunction
// or preposition: a noun phrase opening the sentence.
func (x *extractor) allNounPhrase(toks []tok) bool {
	if len(toks) == 0 || len(toks) > 8 {
		return false
	}
	for _, t := range toks {
		lw := lower(t.text)
		if !t.word || x.lx.Has(lexicon.PrepositionsEnSv, lw) || x.lx.Has(lexicon.ConjunctionsEnSv, lw) || x.lx.Has(lexicon.QuotesClauseWords, lw) {
			return false
		}
	}
	return true
}

// otherGender reports a mention whose honorific ("Mr", "Ms") gives a
// gender the pronoun does not have: "she said" after "Mr McConnell".
func (x *extractor) otherGender(m *span.Mention, pron string) bool {
	male, female := x.titleGender(m)
	switch {
	case x.lx.Has(lexicon.PronounsFemaleEnSv, pron):
		return male
	case x.lx.Has(lexicon.PronounsMaleEnSv, pron):
		return female
	}
	return false
}

// titleGender reports the gender the honorific before or opening a
// mention gives.
func (x *extractor) titleGender(m *span.Mention) (male, female bool) {
	title := strings.ToLower(strings.TrimSuffix(textutil.LastField(x.src[max(0, m.Start-12):m.Start]), "."))
	if first, _, ok := strings.Cut(x.src[m.Start:m.End], " "); ok {
		if t := strings.ToLower(strings.TrimSuffix(first, ".")); x.lx.Has(lexicon.MaleTitles, t) || x.lx.Has(lexicon.FemaleTitles, t) {
			title = t
		}
	}
	return x.lx.Has(lexicon.MaleTitles, title), x.lx.Has(lexicon.FemaleTitles, title)
}

// givenNameGender reports the gender the given name of a person mention
// gives by the given-name lexicon: the mention's first word, or its
// entity's ("Quill" of Ada Quill).
func (x *extractor) givenNameGender(m *span.Mention) (male, female bool) {
	for _, n := range []string{x.src[m.Start:m.End], m.Entity} {
		ws := strings.Fields(n)
		if len(ws) < 2 {
			continue
		}
		g := strings.ToLower(ws[0])
		if male, female = x.lx.Has(lexicon.GivenNamesMale, g), x.lx.Has(lexicon.GivenNamesFemale, g); male || female {
			return male, female
		}
	}
	return false, false
}

// possessor reports a mention written as a possessive before a lower-case
// noun ("Okoro's lawyer"): the noun's person is someone else.
func (x *extractor) possessor(m *span.Mention) bool {
	rest := x.src[m.End:]
	text := x.src[m.Start:m.End]
	if !(strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") || strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s")) {
		return false
	}
	w := x.wordAfterPossessive(m)
	return w != "" && isLowerWord(w)
}

// ownWordsAfter reports a possessive mention followed by a noun for
// its own words ("Quill's comments").
func (x *extractor) ownWordsAfter(m *span.Mention) bool {
	w := x.wordAfterPossessive(m)
	return w != "" && x.lx.Has(lexicon.OwnWordsNounsEn, lower(w))
}

// afterPossessive returns the tokens of the n bytes after m, past the
// marks of a possessive outside the mention ("'", "’", "s", "'s").
func (x *extractor) afterPossessive(m *span.Mention, n int) []tok {
	next := tokenize(x.src, m.End, min(len(x.src), m.End+n))
	k := 0
	for k < len(next) && (next[k].text == "'" || next[k].text == "’" || next[k].text == "s" || next[k].text == "'s" || next[k].text == "’s") {
		k++
	}
	return next[k:]
}

// wordAfterPossessive is the first word after m, past a possessive "'s"
// outside the mention; "" when none follows within 40 bytes.
func (x *extractor) wordAfterPossessive(m *span.Mention) string {
	for _, t := range x.afterPossessive(m, 40) {
		if !t.word {
			continue
		}
		if w := strings.TrimPrefix(strings.TrimPrefix(t.text, "'s"), "’s"); w != "" && w != "s" {
			return w
		}
	}
	return ""
}

// subjectLike reports a mention in subject position by the subject
// passes: used as a speaker, followed by a speech verb, or opening its
// sentence or clause (after punctuation or "and").
func (x *extractor) subjectLike(m *span.Mention) bool {
	sc := &subjectCtx{m: m}
	for _, p := range subjectPasses {
		if x.on(p.Info) {
			if like, decided := p.Run(x, sc); decided {
				return like
			}
		}
	}
	return false
}

// subjectCtx is a mention being judged by the subject passes, with the
// words around it read once.
type subjectCtx struct {
	m               *span.Mention
	after, before   []tok
	hasAfter, hasBf bool
}

// next are the tokens after the mention, a party or age tag ("(M)")
// skipped.
func (sc *subjectCtx) next(x *extractor) []tok {
	if sc.hasAfter {
		return sc.after
	}
	sc.hasAfter = true
	m := sc.m
	next := tokenize(x.src, m.End, min(len(x.src), m.End+160))
	if len(next) > 2 && next[0].text == "(" {
		// A party or age tag before the verb: "Lena Berg (M) är".
		for k := 1; k < len(next) && k <= 5; k++ {
			if next[k].text == ")" {
				next = next[k+1:]
				break
			}
		}
	}
	sc.after = next
	return next
}

// prev are the tokens of the mention's sentence (within its paragraph)
// before it, without the honorifics just before it ("Dr Celia Mwangi",
// "Dr. Mwangi": the title is part of the subject).
func (sc *subjectCtx) prev(x *extractor) []tok {
	if sc.hasBf {
		return sc.before
	}
	sc.hasBf = true
	m := sc.m
	lo := 0
	if k := x.paraOf(m.Start); k >= 0 {
		lo = x.paras[k].Start
	}
	if si := x.sentIndex(m.Start); si >= 0 && x.sents[si].Start > lo {
		lo = x.sents[si].Start
	}
	toks := tokenize(x.src, lo, m.Start)
	for {
		n := len(toks)
		if n > 1 && toks[n-1].text == "." && x.lx.Has(lexicon.Honorifics, lower(toks[n-2].text)) {
			toks = toks[:n-2]
		} else if n > 0 && toks[n-1].word && x.lx.Has(lexicon.Honorifics, lower(toks[n-1].text)) {
			toks = toks[:n-1]
		} else {
			break
		}
	}
	sc.before = toks
	return toks
}

// subjSpeaker: a mention already used as a speaker.
func subjSpeaker(x *extractor, sc *subjectCtx) (bool, bool) {
	return true, x.speakerAt[sc.m.Start]
}

// subjVerbAfter: "Fire chief Ingrid Solberg said ...", the subject of a
// speech verb.
func subjVerbAfter(x *extractor, sc *subjectCtx) (bool, bool) {
	next := sc.next(x)
	return true, len(next) > 0 && next[0].word && x.isVerb(next[0].text, x.lang)
}

// subjAppositionVerb: "X, director of health protection, said", the
// subject of a speech verb over an apposition.
func subjAppositionVerb(x *extractor, sc *subjectCtx) (bool, bool) {
	next := sc.next(x)
	if len(next) == 0 || next[0].text != "," {
		return false, false
	}
	for k := 1; k < len(next)-1 && k <= 16; k++ {
		if !next[k].word && next[k].text != "," {
			break
		}
		if next[k].text == "," {
			return true, next[k+1].word && x.isVerb(next[k+1].text, x.lang)
		}
	}
	return false, false
}

// subjSentenceStart: nothing but an honorific before the mention in its
// sentence.
func subjSentenceStart(x *extractor, sc *subjectCtx) (bool, bool) {
	return true, len(sc.prev(x)) == 0
}

// subjRoleAfterBreak: ", Tory MP Michael Mates, who ...", ", Green
// councillor X, who ...": titles, roles and party tags right before the
// name (the entity stage keeps the name alone) are part of the subject
// when a clause break stands before them.
func subjRoleAfterBreak(x *extractor, sc *subjectCtx) (bool, bool) {
	toks := sc.prev(x)
	k := len(toks)
	for k > 0 && toks[k-1].word && (!isLowerWord(toks[k-1].text) || x.lx.Has(lexicon.RoleNouns, lower(toks[k-1].text))) && !x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[k-1].text)) {
		k--
	}
	return true, k < len(toks) && k > 0 && !toks[k-1].word && strings.Contains(",;:(–—", toks[k-1].text)
}

// subjRolePhrase: "Harbour Party home affairs spokesman Daniel Okoro": the name
// closes the sentence's opening noun phrase, its subject.
func subjRolePhrase(x *extractor, sc *subjectCtx) (bool, bool) {
	toks := sc.prev(x)
	return true, x.allNounPhrase(toks) && x.lx.Has(lexicon.RoleNouns, lower(toks[len(toks)-1].text))
}

// subjTitleOnly: only a title or role opens the sentence before the
// name: "Oppositionsrådet Lena Berg", "Councillor X".
func subjTitleOnly(x *extractor, sc *subjectCtx) (bool, bool) {
	toks := sc.prev(x)
	return true, len(toks) > 0 && len(toks) <= 2 && toks[0].word && !isLowerWord(toks[0].text) &&
		!x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[0].text)) && (len(toks) == 1 || toks[1].word)
}

// objApposition: "Standing beside her deputy, Daniel Okoro,": an
// apposition inside a phrase names someone else than the sentence's
// subject ("His daughter, Amira Osei, led" opens the sentence and is its
// subject). The apposition is closed: a word right after the name makes
// it the subject of its clause ("Seeing his slip, Mr Quill then
// phoned").
func objApposition(x *extractor, sc *subjectCtx) (bool, bool) {
	toks := sc.prev(x)
	n := len(toks)
	if n < 4 || toks[n-1].text != "," || !toks[n-3].word || !x.lx.Has(lexicon.PossessiveDeterminersEnSv, lower(toks[n-3].text)) {
		return false, false
	}
	nx := sc.next(x)
	return false, len(nx) == 0 || !nx[0].word
}

// subjClauseOpening: the mention opens a clause, after punctuation or
// "and".
func subjClauseOpening(x *extractor, sc *subjectCtx) (bool, bool) {
	toks := sc.prev(x)
	if len(toks) == 0 {
		return false, false
	}
	t := toks[len(toks)-1]
	return true, !t.word && strings.Contains(",;:(–—", t.text) || x.lx.Has(lexicon.QuotesCompoundWords, lower(t.text))
}
