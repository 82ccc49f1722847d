package quotes

import (
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// The stage's rules are named passes in ordered tables, one function type
// per kind of pass; a table runs in order, skipping the passes
// Options.Off switches off. Rules lists them all.

// stage is the Info.Stage of every pass of this package.
const stage = "quotes"

func info(name, doc string) rules.Info { return rules.Info{Stage: stage, Name: name, Doc: doc} }

// Dialogue-dash runs (Swedish): a runFunc works on one run of consecutive
// dialogue-dash paragraphs, next being the index of the paragraph after
// it. A run keeps being speech when one of its pieces has an attribution.
type runFunc func(x *extractor, run []*piece, next int)

var (
	infoDashDet   = info("dash-det-paragraph", `A "Det säger X." paragraph after a dialogue-dash run attributes the run's unattributed end ("– Vi är redo." / "Det säger Mira Holm.").`)
	infoDashShare = info("dash-run-share", `Unattributed dialogue-dash paragraphs take the nearest earlier attribution of their run, else the first later one.`)
)

var dashRunPasses = []rules.Pass[runFunc]{
	{Info: infoDashDet, Run: dashDet},
	{Info: infoDashShare, Run: dashShare},
}

// Attribution finders: a findFunc reads the attribution of piece idx, or
// nil; the first finder that gives one wins.
type findFunc func(x *extractor, idx int) *attrib

var (
	infoColonLeadIn = info("colon-lead-in", `A quote a colon introduces that ends its own sentence takes its lead-in attribution, not the next sentence's verb (Quill argued: "… not confronted." Reyes confirmed …).`)
	infoAfterQuote  = info("after-quote", `Reads the attribution after a closing mark with the after-* readers ("…," said Ada Quill).`)
	infoLeadIn      = info("lead-in", `Reads the attribution in the sentence before an opening mark with the lead-* readers (Quill said: "…").`)
	infoColonPara   = info("colon-paragraph", `A quote opening its paragraph takes the attribution ending the paragraph before with a colon ("Quill said:" / "“…”").`)
	infoDetNext     = info("det-next-paragraph", `A quote ending its paragraph takes a Swedish "Det säger X." opening the next paragraph.`)
)

var findPasses = []rules.Pass[findFunc]{
	{Info: infoColonLeadIn, Run: findColonLeadIn},
	{Info: infoAfterQuote, Run: findAfterQuote},
	{Info: infoLeadIn, Run: findLeadIn},
	{Info: infoColonPara, Run: findColonParagraph},
	{Info: infoDetNext, Run: findDetNext},
	{Info: infoNextPara, Run: findAfterAttributed},
	{Info: infoPrevSent, Run: findPrevSentence},
}

// Readers at a reporting verb: a readFunc reads an attribution at the
// verb v; done without an attribution means the verb is the reader's but
// gives none (no later reader is tried for it).
type readFunc func(x *extractor, v *verbSite) (a *attrib, done bool)

var (
	infoAfterAccording = info("after-according-to", `After a closing mark, "according to" / "enligt" names the source ("…", according to the Tide Gazette.).`)
	infoAfterSaidX     = info("after-said-x", `After a closing mark, a reporting verb with the speaker after it ("…," said Ada Quill; "…", säger hon).`)
	infoOwnWords       = info("possessive-own-words", `Before a reporting verb, a possessive name and a noun for its own words are the name speaking ("Quill's statement said", "Tarnco's statement to the exchange added").`)
	infoRoleApposition = info("after-said-role-name", `After a reporting verb, an unnamed role followed by a person's name in apposition names that person ("…," said Reyes's lawyer, Ana Quill.).`)
	infoAfterXSaid     = info("after-x-said", `After a closing mark, the speaker before a reporting verb ("…," Quill said; "…," the minister told the radio).`)
	infoLeadAccording  = info("lead-according-to", `Before an opening mark, "according to" / "enligt" names the source (According to Ada Quill, the plan was "a mess".).`)
	infoLeadXSaid      = info("lead-x-said", `Before an opening mark, the subject of the nearest reporting verb (Quill, the harbour master, said: "…").`)
	infoLeadSaysX      = info("lead-says-x", `Before an opening mark, a named speaker after the verb, ended by a comma or colon (says Ada Quill, "…").`)
)

// infoRoleOrgApposition names the apposition subjectBefore skips when
// it is on.
var infoRoleOrgApposition = info("role-org-apposition", `Between a name and its reporting verb, a capitalised role and the organisation it serves are an apposition, not the speaker ("Ana Quill, Chief Press Officer, Harbour Board, said").`)

// infoSourceRelative names the relative clause subjectBefore reads
// after a source phrase.
var infoSourceRelative = info("source-relative", `Before a reporting verb, a relative pronoun after "according to" and its source speaks as that source, named or not: "…, according to a cousin of his, who said: “…”" is the cousin's (unknown), not the name earlier in the sentence.`)

// infoPossSegment and infoParenAside name what subjectSegments and
// subjectBefore read between a name and its verb.
var (
	infoPossSegment    = info("possessive-apostrophe-segment", `Before a reporting verb, a lone apostrophe after a word ending in s and before a lower-case word is a possessive inside the subject, not a break ("the Harbour Times' food writer Ada Quill, who said" is Quill's).`)
	infoPrepPossessor  = info("preposition-possessor", `In a subject opening with a person, a name after a preposition, an article and a capitalised possessive ("of the Harbour Board's Coast Patrol Unit") is inside the person's prepositional phrase, no subject; the person is, after titles too ("Captain Tom Reyes of the Harbour Board's Coast Patrol Unit said" is Reyes's; "War on Want's Ada Quill said" is Quill's).`)
	infoReportedClause = info("reported-clause-subject", `Before an opening mark, a reporting verb whose subject follows a subordinator ("if", "when") after an earlier reporting verb, with no punctuation between, is inside what that verb reports: the earlier verb's subject speaks ("Okoro wrote that when Lal declared the sale “…”" is Okoro's).`)
	infoAccordingRelay = info("according-to-relay", `Before an opening mark, a person opening the clause after an "according to" source and its comma, after a lower-case role noun and before a verb, speaks: the source relays them ("According to the Tide Gazette, ferry spokeswoman Ada Lind read out a note: “…”" is Lind's).`)
	infoParenAside     = info("parenthetical-aside", `Between a person's name and its reporting verb, words in round brackets are an aside, not the speaker ("Reyes, head of the Harbour Board's patrol unit (HB7), said" is Reyes's; with no person before, "the Harbour Board (HB) said" still reads the short form).`)
)

// infoSayingPhrase names the phrases verbAt reads as a reporting verb.
var infoSayingPhrase = info("saying-phrase", `A phrase ending in "saying" that reports speech (saying_phrases_en) is a reporting verb, its subject the speaker: "Quill was quoted as saying: “…”", "Lind can be heard saying: “…”"; "saying" alone is none.`)

// infoOrgNounSubject widens org-pronoun to a definite organisation noun.
var infoOrgNounSubject = info("org-noun-subject", `An unnamed attribution whose subject is "the" and an organisation noun ("the company said") speaks as org-pronoun reads an "it" there, when that organisation, the subject of the latest sentence before it, spoke there ("Tarnco said sales rose. “…,” the company said."; not after "Tarnco cut jobs. “…,” the newspaper reported.").`)

// infoOrgRoleAppositive names the appositive form orgRole reads.
var infoOrgRoleAppositive = info("org-role-appositive", `Between a name and its reporting verb, an organisation's name before a lower-case role is an apposition, not the speaker ("…," Ada Quill, Tarnco founder and fleet treasurer, said.).`)

// afterReaders read an attribution after a closing mark; leadReaders one
// before an opening mark, at each reporting verb from the nearest.
var (
	afterReaders = []rules.Pass[readFunc]{
		{Info: infoPassiveAfter, Run: readPassive},
		{Info: infoAfterAccording, Run: readAfterAccording},
		{Info: infoRoleApposition, Run: readAfterSaidRoleName},
		{Info: infoAfterSaidX, Run: readAfterSaidX},
		{Info: infoAfterXSaid, Run: readAfterXSaid},
	}
	leadReaders = []rules.Pass[readFunc]{
		{Info: infoPassive, Run: readPassive},
		{Info: infoLeadAccording, Run: readLeadAccording},
		{Info: infoLeadXSaid, Run: readLeadXSaid},
		{Info: infoLeadSaysX, Run: readLeadSaysX},
	}
)

// Speaker candidates: a candFunc reads a candidate at the word
// sc.toks[sc.i] and reports whether it took the token (advancing sc.i);
// the first pass that takes it wins.
type candFunc func(x *extractor, sc *candScan) bool

var (
	infoMentionCands = info("mention-candidates", `An entity mention lying wholly in the words is a speaker candidate ("Ms Quill" speaks as Ada Quill); off, names are read as capitalised runs.`)
	infoPronounCands = info("pronoun-candidates", `A subject pronoun is a speaker candidate, resolved later ("…," she said).`)
	infoCapNames     = info("capitalised-names", `A capitalised run that no tagger called a name is a candidate, without sentence words, honorifics or adverbs before it ("…," says Harbour Radio).`)
)

var candPasses = []rules.Pass[candFunc]{
	{Info: infoMentionCands, Run: candMention},
	{Info: infoPronounCands, Run: candPronoun},
	{Info: infoCapNames, Run: candCapitalised},
}

// Article passes work on every piece of the article once the finders are
// done, in order.
type articleFunc func(x *extractor)

var (
	infoParaRuns     = info("paragraph-runs", `The pieces of a quote running over paragraphs take the first attribution found in the run.`)
	infoFollowOn     = info("follow-on", `A quote right after an attributed one in its paragraph, with only punctuation between, shares its attribution ("A," she said. "B.").`)
	infoFollowOnRuns = info("follow-on-runs", `The later pieces of a paragraph-spanning quote take the attribution the follow-on pass gave its first piece.`)
	infoScare        = info("scare-quotes", `One to three words in quotes that are not a clause and have no attribution are scare quotes (the "independent" review).`)
)

var articlePasses = []rules.Pass[articleFunc]{
	{Info: infoParaRuns, Run: (*extractor).fillChains},
	{Info: infoFollowOn, Run: (*extractor).followOn},
	{Info: infoFollowOnRuns, Run: (*extractor).fillChains},
	{Info: infoScare, Run: (*extractor).markScare},
}

// Speaker resolution: a speakerFunc names the speaker of an attribution,
// reporting whether it applies; a named entity speaks as itself when none
// does.
type speakerFunc func(x *extractor, a *attrib) (string, bool)

var (
	infoPronounAntecedent  = info("pronoun-antecedent", `A third-person pronoun speaks as the person it refers to: the latest person in subject position in its sentence or the three before, else the latest person ("Quill arrived. “…,” she said.").`)
	infoRoleSpeaker        = info("role-speaker", `An unnamed attribution whose subject is a definite role ("the mayor said", "said the company's chief executive") speaks as the one person the article names in that role before it ("London mayor Ada Quill"); none or two such people leave it unknown.`)
	infoBatchRole          = info("batch-role-speaker", `An unnamed definite role no person of the article holds ("the prime minister said") speaks as the one person the batch's articles give that role as written ("Prime Minister", not "UK Prime Minister") who is named in the article before it, else as the batch's only holder of the role; two such people leave it unknown.`)
	infoRolePronoun        = info("role-pronoun", `A third-person pronoun left unknown after a sentence whose subject is a definite role ("The Tory leader countered … He declared: “…”") speaks as the one person the article names in that role, when no person is named between and no honorific or given name gives the other gender.`)
	infoRoleAnaphor        = info("role-anaphor", `An unnamed definite role left unknown by the role passes, with any modifiers ("the Russian president said", "said the 47-year-old director"), speaks as the person a pronoun there would refer to (read before the sentence it opens) when that person is the one the article names most often, or the named speaker just before and the verb continues ("added"), and the batch gives the role to no one else and them no other single-holder role ("Mayor Tom Reyes" is not "the Tarn chairman"); a spokesperson stays unknown.`)
	infoOrgPronoun         = info("org-pronoun", `An unnamed attribution whose subject is "it" speaks as the organisation that is the subject of the latest sentence before it outside quotes, or of the one before a "the firm …" sentence ("Tarn Ferries denied it. “…,” it said."); another subject leaves it unknown.`)
	infoRoleAge            = info("role-anaphor-age", `For role-anaphor, an age alone is a definite role ("said the 30-year-old", "the 24-year-old added"): it refers back to the story's person like "the 30-year-old skipper".`)
	infoRolePrevSubject    = info("role-anaphor-previous-subject", `For role-anaphor, the person a pronoun there would refer to speaks when another is named more often, if they are the subject and the only person named in the last sentence of the writer's before the role's (only quotes between), and the batch gives them no role of another noun ("Skipper Ada Quill believes the crew is ready. “We sail at dawn,” said the Tarn captain."); the batch's other role guards still apply.`)
	infoRoleHeld           = info("role-anaphor-held", `For role-anaphor, the person a pronoun there would refer to speaks even when another is named more often, if the batch names them by the role's noun ("Tarn striker Ada Quill" for "said the striker") and no other person the article names holds the phrase's role; an age alone does not.`)
	infoRoleAnaphorPronoun = info("role-anaphor-pronoun", `A third-person pronoun left unknown after a sentence whose subject is a definite role with any modifiers ("The 24-year-old skipper was fit. “…,” she said.") speaks as the person role-anaphor gives that role (the most-named person, named before the role's sentence), when no person is named between and no honorific or given name gives the other gender; a spokesperson or an owner's role stays unknown.`)
	infoCommonRole         = info("role-common-noun", `For role-anaphor and role-anaphor-pronoun, a role the batch gives to two or more other people, none named in the article, is a common noun that names none of them ("the TV host" of a story about Ada Quill, while other stories name two TV hosts); one other holder, or one named in the article, still keeps the role from the story's person.`)
	infoPronounChain       = info("pronoun-chain", `A third-person pronoun left unknown speaks as the speaker of the attribution just before it when that one is the same pronoun, named as the person the article names last, and no person is named and no role opens a sentence between ("Quill said … “…,” she said. … “…,” she added.").`)
	infoWrittenName        = info("written-name", `A capitalised run in the attribution that is no entity mention speaks as written, without a leading "the" ("…," says the Harbour Herald).`)
)

var speakerPasses = []rules.Pass[speakerFunc]{
	{Info: infoPronounAntecedent, Run: speakPronoun},
	{Info: infoWrittenName, Run: speakWrittenName},
}

// Antecedent filters: an antecedentFunc judges a person mention before a
// pronoun at offset at (found says whether a candidate was already kept).
type antecedentFunc func(x *extractor, m *span.Mention, pron string, at int, found bool) verdict

// verdict is an antecedent filter's judgement of a mention.
type verdict int

const (
	keep      verdict = iota // the mention may be the antecedent
	skip                     // the mention is not the antecedent; look further back
	noSpeaker                // the pronoun names no one: the speaker is unknown
)

var (
	infoGender              = info("antecedent-gender", `A person whose honorific gives the other gender is no antecedent ("she said" after "Mr Brand").`)
	infoGivenGender         = info("antecedent-given-name", `A person with no gendered honorific whose given name is a man's or a woman's by the given-name lexicon is no antecedent of a pronoun of the other gender ("she said" after "Mark Tarrant").`)
	infoOwnWordsAntecedent  = info("antecedent-own-words", `A person written as a possessive before a noun for their own words, in subject position, is an antecedent like the person ("Quill's comments drew praise. “…,” she added."), not an owner of someone else.`)
	infoPossessor           = info("antecedent-possessor", `A person written as a possessive before a lower-case noun is no antecedent, and as the latest person in subject position leaves the pronoun unnamed ("Brand's lawyer said … he said"; "he admired Brand's leadership" looks further back).`)
	infoQuotedSentences     = info("antecedent-quoted-sentences", `A pronoun with no antecedent in its sentence and the three before looks again without counting sentences opening inside a quote ("Quill said: “A. B. C.” She added: …" still reaches Quill).`)
	infoPossessorApposition = info("antecedent-possessor-apposition", `A possessive opening an apposition to the person named right before it ("Ada Quill, Brand's lawyer, said") is no antecedent and leaves the search going: the apposition's person is the one named.`)
	infoPossessedThing      = info("antecedent-possessed-thing", `A possessive in subject position before a noun known as a thing a person has and no person, role, kin or body ("Brand's case", "Brand's future"; plurals read as singular) is no antecedent and leaves the search going: no one it owns can speak ("Brand's girlfriend" still leaves the pronoun unnamed).`)
	infoUnnamedSubj         = info("antecedent-unnamed-subject", `A person named before a sentence whose subject is an unnamed role ("A Labour spokesman denied …") is no antecedent of a pronoun after it: the pronoun is that unnamed person, unknown.`)
)

var antecedentPasses = []rules.Pass[antecedentFunc]{
	{Info: infoGender, Run: filterGender},
	{Info: infoGivenGender, Run: filterGivenGender},
	{Info: infoPossessor, Run: filterPossessor},
	{Info: infoUnnamedSubj, Run: filterUnnamedSubject},
}

// Subject position: a subjectFunc judges whether a person mention is in
// subject position (preferred as a pronoun's antecedent); decided false
// means undecided, and a mention no pass decides is not a subject.
type subjectFunc func(x *extractor, sc *subjectCtx) (subject, decided bool)

var (
	infoSubjSpeaker     = info("subject-speaker", `A mention already used as a speaker is in subject position.`)
	infoSubjVerbAfter   = info("subject-verb-after", `A mention followed by a reporting verb, maybe after a party tag, is a subject ("Mira Holm (S) säger", "Brand said").`)
	infoSubjAppVerb     = info("subject-apposition-verb", `A mention followed by an apposition and a reporting verb is a subject ("Brand, director of the port, said").`)
	infoSubjSentStart   = info("subject-sentence-start", `A mention opening its sentence, an honorific aside, is a subject ("Dr Lina Brand arrived.").`)
	infoSubjRoleBreak   = info("subject-role-after-break", `A mention after a clause break and titles or role nouns is a subject (", Councillor Lina Brand, who").`)
	infoSubjRolePhrase  = info("subject-role-phrase", `A mention closing the sentence's opening noun phrase that ends in a role noun is a subject ("Harbour Party transport spokesman Tom Reyes").`)
	infoSubjTitleOnly   = info("subject-title-only", `A mention after one or two capitalised title words opening the sentence is a subject ("Councillor Lina Brand", "Oppositionsrådet Mira Holm").`)
	infoObjApposition   = info("object-apposition", `A mention in an apposition after a possessive, closed by punctuation, is no subject ("Standing beside her deputy, Tom Reyes, she …"; not "Seeing his slip, Tom Reyes phoned").`)
	infoSubjClauseStart = info("subject-clause-opening", `A mention opening a clause, after punctuation or "and", is a subject ("…; Brand arrived").`)
)

var subjectPasses = []rules.Pass[subjectFunc]{
	{Info: infoSubjSpeaker, Run: subjSpeaker},
	{Info: infoSubjVerbAfter, Run: subjVerbAfter},
	{Info: infoSubjAppVerb, Run: subjAppositionVerb},
	{Info: infoSubjSentStart, Run: subjSentenceStart},
	{Info: infoSubjRoleBreak, Run: subjRoleAfterBreak},
	{Info: infoSubjRolePhrase, Run: subjRolePhrase},
	{Info: infoSubjTitleOnly, Run: subjTitleOnly},
	{Info: infoObjApposition, Run: objApposition},
	{Info: infoSubjClauseStart, Run: subjClauseOpening},
}

// Corpus findings: a findingFunc finds one kind of finding among the
// matched quotes.
type findingFunc func(mt *matcher, ms *matchSet) []Finding

var (
	infoConflict = info("attribution-conflict", `The same words (four or more) given to different named speakers by two articles are an attribution conflict.`)
	infoSource   = info("own-voice-source", `Words an article gives to a named speaker that another article prints in its own voice make that article the likely source.`)
)

var findingPasses = []rules.Pass[findingFunc]{
	{Info: infoConflict, Run: conflictFindings},
	{Info: infoSource, Run: sourceFindingsPass},
	{Info: infoAltered, Run: alteredFindings},
}

// Conflict vetoes: a vetoFunc reports a group whose different speakers
// are no conflict; ev are its instances that name a speaker.
type vetoFunc func(mt *matcher, g Group, ev []Instance) bool

var (
	infoRelayed = info("relayed-quote", `Words one speaker relays inside their own quote are no conflict ("The minister told me, 'I will not resign'").`)
	infoSlogan  = info("slogan", `Words some article calls a slogan, motto, banner or the like are no conflict: many people repeat them.`)
	infoJoint   = info("conflict-joint-speakers", `An attribution naming two of the speakers ("said Quill and Tarrant") is no conflict: the words are theirs together.`)
	infoEcho    = info("one-article-echo", `Words one article gives to two speakers are no conflict unless two articles disagree (a judge echoing the prosecution).`)
)

var conflictVetoes = []rules.Pass[vetoFunc]{
	{Info: infoRelayed, Run: vetoRelayed},
	{Info: infoSlogan, Run: vetoSlogan},
	{Info: infoJoint, Run: vetoJoint},
	{Info: infoEcho, Run: vetoEcho},
}

// Speaker names: a nameWordFunc reports whether the word w of one
// speaker's name is in the other's words ws; two names are one speaker
// when every word of the shorter is (or when they are equal).
type nameWordFunc func(w string, ws []wtok) bool

var (
	infoNamePart     = info("name-part", `A name whose words are all in another names the same speaker ("Reyes" and "Tom Reyes", "Harbour" and "Harbour Radio").`)
	infoShortGiven   = info("short-given-name", `A word of two letters or more that begins the first word of a longer name of two words or more is a short form of the given name ("Mo" and "Mohammed Islam", "Chris Bale" and "Christian Bale").`)
	infoNearSpelling = info("near-spelling", `A word of five letters or more spelt with one letter more, less, changed or swapped, the first kept, is the same name word ("Renwik" for "Renwick").`)
)

var nameWordPasses = []rules.Pass[nameWordFunc]{
	{Info: infoNamePart, Run: nameWordExact},
	{Info: infoNearSpelling, Run: nearSpelling},
	{Info: infoShortGiven, Run: shortGivenName},
}

// Source vetoes: a sourceVetoFunc reports a quote whose words, found in
// another article's own voice, do not make that article its source.
type sourceVetoFunc func(mt *matcher, sc *sourceCand) bool

var (
	infoQuotedThere = info("speaker-quoted-there", `No source finding when the other article quotes the same speaker itself.`)
	infoCredited    = info("speaker-credited", `No source finding when a paragraph of the other article before the words opens with the speaker's name and a colon: a headline or transcript credits them ("Gazette: Ferry plan for north pier").`)
	infoNamedNear   = info("speaker-named-near", `No source finding when the other article names the speaker in the paragraph with the words (it reports them indirectly: "Reyes argued that …").`)
)

var sourceVetoes = []rules.Pass[sourceVetoFunc]{
	{Info: infoQuotedThere, Run: vetoQuotedThere},
	{Info: infoNamedNear, Run: vetoNamedNear},
	{Info: infoCredited, Run: vetoCredited},
}

// Rules lists every pass of the package in run order: per article the
// dialogue-dash runs, the attribution finders (the after-quote and
// lead-in readers and the speaker candidates run inside them), the
// article passes, then speaker resolution with its antecedent and
// subject-position rules; per corpus the finding passes with their
// conflict vetoes, name rules and source vetoes.
func Rules() []rules.Info {
	var out []rules.Info
	out = append(out, rules.Infos(dashRunPasses)...)
	out = append(out, rules.Infos(inlinePasses)...)
	out = append(out, rules.Infos(spillPasses)...)
	out = append(out, rules.Infos(findPasses)...)
	out = append(out, rules.Infos(afterReaders)...)
	out = append(out, rules.Infos(leadReaders)...)
	out = append(out, infoRoleOrgApposition, infoOrgRoleAppositive, infoOwnWords, infoSourceRelative, infoPossSegment, infoParenAside, infoPrepPossessor, infoReportedClause, infoAccordingRelay, infoOwnSentencePerson, infoSayingPhrase)
	out = append(out, rules.Infos(candPasses)...)
	out = append(out, rules.Infos(articlePasses)...)
	out = append(out, rules.Infos(speakerPasses)...)
	out = append(out, infoRoleSpeaker, infoBatchRole, infoRoleAnaphor, infoOrgPronoun, infoOrgNounSubject, infoRolePronoun, infoPronounChain, infoRoleAnaphorPronoun, infoCommonRole, infoRoleAge, infoRoleHeld, infoRolePrevSubject)
	out = append(out, rules.Infos(namePasses)...)
	out = append(out, infoQuotedSentences, infoOwnWordsAntecedent, infoPossessorApposition, infoPossessedThing)
	out = append(out, rules.Infos(antecedentPasses)...)
	out = append(out, rules.Infos(subjectPasses)...)
	out = append(out, infoDistinctive)
	out = append(out, rules.Infos(findingPasses)...)
	out = append(out, rules.Infos(conflictVetoes)...)
	out = append(out, rules.Infos(doubtPasses)...)
	out = append(out, rules.Infos(nameWordPasses)...)
	out = append(out, rules.Infos(sameWordsPasses)...)
	out = append(out, infoSlightWords, infoTwoApostrophes)
	out = append(out, rules.Infos(sourceVetoes)...)
	out = append(out, rules.Infos(ownVoicePasses)...)
	return out
}

// enabled reports whether pass i runs under off (quickly when nothing is
// off, the usual case).
func enabled(off rules.Off, i rules.Info) bool { return len(off) == 0 || off.Enabled(i) }

// on reports whether pass i runs for this article.
func (x *extractor) on(i rules.Info) bool { return enabled(x.opts.Off, i) }

// on reports whether pass i runs for this match.
func (mt *matcher) on(i rules.Info) bool { return enabled(mt.opts.Off, i) }
