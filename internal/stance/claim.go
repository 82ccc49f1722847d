package stance

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Figure is a figure the claims stage found: a value of a measure for a
// subject. Start and End are byte offsets of Text, and SentStart, SentEnd
// those of its sentence, in the text the figure was found in.
type Figure struct {
	Subject, Measure   string
	Low, High          float64
	Text               string
	Start, End         int
	SentStart, SentEnd int
}

// ClaimFacts is what the pipeline knows of a claim beyond its words: the
// corpus entities it names (full names, as resolved) and the figures the
// claims stage finds in it.
type ClaimFacts struct {
	Names   []string
	Figures []Figure
}

// ArticleFacts is what the pipeline found in the article: its figures
// (offsets into the body).
type ArticleFacts struct {
	Figures []Figure
}

// Judgement is where an article stands on a claim, decided from the
// sentences that speak about the claim. Reason says in a few words what
// decided it; Evidence are those sentences, best first.
type Judgement struct {
	Label    string
	Score    float64
	Reason   string
	Evidence []Support
}

// Evidence kinds of claim-aware stance (Support.Kind).
const (
	KindStates    = "states"    // the sentence states the claim's outcome
	KindContrary  = "contrary"  // it states the contrary outcome
	KindFigure    = "figure"    // it gives the claim's figure, or another one
	KindDenial    = "denial"    // it says the claim is false
	KindReported  = "reported"  // the outcome is inside someone's quote
	KindPredicted = "predicted" // the outcome is in the future or conditional
)

// outcome classes: each has a contrary (class ^ 1).
const (
	outWin = iota
	outLoss
	outRise
	outFall
	outOverride
	outSustain
	outPass
	outReject
	outEnter
	outLeave
	outCharge
	outClear
	nOutcomes
	outObject = nOutcomes // "defeated X": the object lost, the subject won
)

var outcomeConcepts = [...]lexicon.Name{
	outWin: lexicon.OutcomeWin, outLoss: lexicon.OutcomeLoss,
	outRise: lexicon.OutcomeRise, outFall: lexicon.OutcomeFall,
	outOverride: lexicon.OutcomeOverride, outSustain: lexicon.OutcomeSustain,
	outPass: lexicon.OutcomePass, outReject: lexicon.OutcomeReject,
	outEnter: lexicon.OutcomeEnter, outLeave: lexicon.OutcomeLeave,
	outCharge: lexicon.OutcomeCharge, outClear: lexicon.OutcomeClear,
	outObject: lexicon.OutcomeObjectVerbs,
}

// claimWords are the phrase tables of claim-aware stance (built once).
type claimWords struct {
	outcome [nOutcomes + 1]cueSet
	denial  cueSet
	denyV   cueSet
	future  cueSet
	passive map[string]bool
}

var (
	claimWordsOnce sync.Once
	claimWordsTab  *claimWords
)

func claimTables() *claimWords {
	claimWordsOnce.Do(func() {
		lx := lexicon.Default()
		cw := &claimWords{passive: map[string]bool{}}
		for c, n := range outcomeConcepts {
			cw.outcome[c] = newCueSet(lx.InOrder(n))
		}
		cw.denial = newCueSet(lx.InOrder(lexicon.StanceDenialCues))
		cw.denyV = newCueSet(lx.InOrder(lexicon.StanceDenialVerbs))
		cw.future = newCueSet(lx.InOrder(lexicon.FutureCues))
		for w := range lx.Set(lexicon.PassiveAux) {
			cw.passive[w] = true
		}
		claimWordsTab = cw
	})
	return claimWordsTab
}

// outcomeHit is an outcome phrase in a token sequence.
type outcomeHit struct {
	class, i, n int
}

// outcomes finds the outcome phrases of toks, longest first; an object
// verb after a passive auxiliary ("was defeated") is a loss.
func (cw *claimWords) outcomes(toks []token) []outcomeHit {
	var out []outcomeHit
	for i := 0; i < len(toks); i++ {
		// Object verbs first: "defeated X" is read by the side X stands on.
		best, bestC := cw.outcome[outObject].matchAt(toks, i), outObject
		for c := 0; c < nOutcomes; c++ {
			if n := cw.outcome[c].matchAt(toks, i); n > best {
				best, bestC = n, c
			}
		}
		if best == 0 {
			continue
		}
		if bestC == outObject && i > 0 && cw.passive[toks[i-1].lower] && toks[i-1].sent == toks[i].sent {
			bestC = outLoss
		}
		out = append(out, outcomeHit{class: bestC, i: i, n: best})
		i += best - 1
	}
	return out
}

// claimShape is what Judge reads from a claim.
type claimShape struct {
	class    int             // outcome class of its predicate, -1 for none
	subject  map[string]bool // last words (lower case) of the names before the predicate
	object   map[string]bool // last words of the name right after the predicate: the other side
	names    map[string]bool // last words of all its names
	content  map[string]bool // content stems, neither names nor the predicate
	negated  bool            // "X did not win"
	nContent int
}

func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return stem(strings.Trim(f[len(f)-1], ".,'’\""))
}

func shapeClaim(claim string, cf ClaimFacts) claimShape {
	cw := claimTables()
	ct := tokenize(claim)
	cs := claimShape{class: -1, subject: map[string]bool{}, object: map[string]bool{}, names: map[string]bool{}, content: map[string]bool{}}
	predAt, objectAt := len(ct), len(claim)
	if hs := cw.outcomes(ct); len(hs) > 0 {
		h := hs[0]
		cs.class, predAt = h.class, h.i
		if o := h.i + h.n; o < len(ct) {
			if o+1 < len(ct) && lexicon.Default().Has(lexicon.ArticlesEnSv, ct[o].lower) {
				o++
			}
			objectAt = ct[o].start
		}
		if cs.class == outObject {
			cs.class = outWin
		}
		sfs := tokenSurfaces(ct)
		for _, c := range scanCues(ct, sfs) {
			if c.group == cueNegation && c.i < h.i && h.i-c.i <= negationReach {
				cs.negated = true
			}
		}
	}
	// Names: the corpus entities the claim names, else its capitalised
	// words after the first.
	names := cf.Names
	if len(names) == 0 {
		for i, t := range ct {
			if i > 0 && capitalised(claim, t) && !isStopword(t.lower) {
				names = append(names, t.lower)
			}
		}
	}
	predStart := len(claim)
	if predAt < len(ct) {
		predStart = ct[predAt].start
	}
	inSubject := subjectNames(claim, names, predStart)
	for k, n := range names {
		w := lastWord(n)
		if w == "" {
			continue
		}
		cs.names[w] = true
		if inSubject[k] {
			cs.subject[w] = true
		}
		if strings.HasPrefix(strings.ToLower(claim[objectAt:]), strings.ToLower(n)) {
			cs.object[w] = true
		}
	}
	for i, t := range ct {
		if content(t) && !cs.names[t.stem] && (i < predAt || i > predAt) {
			cs.content[t.stem] = true
		}
	}
	cs.nContent = len(cs.content)
	return cs
}

// subjectNames marks the names (by index) that make the claim's
// subject: the first name before the predicate (at byte predStart) and
// the names that run on from it, with only spaces or a list separator
// between ("Ola Brenn, Mira Tallis and Petra Honig won"). A name
// after other words ("Brandtberg set aside the challenge of Mats Berg,
// stopping him") is another party.
func subjectNames(claim string, names []string, predStart int) map[int]bool {
	lower := strings.ToLower(claim)
	type at struct{ k, start, end int }
	var found []at
	for k, n := range names {
		if i := strings.Index(lower, strings.ToLower(n)); i >= 0 && i < predStart {
			found = append(found, at{k, i, i + len(n)})
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].start < found[b].start })
	out := map[int]bool{}
	for j, f := range found {
		if j > 0 {
			prev := found[j-1]
			between := ""
			if f.start > prev.end {
				between = claim[prev.end:f.start]
			}
			if strings.TrimSpace(between) != "" && !listSeparator(between) {
				break
			}
		}
		out[f.k] = true
	}
	return out
}

func tokenSurfaces(toks []token) []*surface {
	surf := surfaceTable()
	sfs := make([]*surface, len(toks))
	for i, t := range toks {
		sfs[i] = surf[t.lower]
	}
	return sfs
}

// quoteRegions returns the byte ranges of body inside quotation marks
// (straight double quotes pair in order; curly and angle quotes open and
// close).
func quoteRegions(body string) []span.Span {
	var out []span.Span
	open := -1
	for i, r := range body {
		switch r {
		case '"':
			if open < 0 {
				open = i
			} else {
				out = append(out, span.Span{Start: open, End: i})
				open = -1
			}
		case '“', '«':
			open = i
		case '”', '»':
			if open >= 0 {
				out = append(out, span.Span{Start: open, End: i})
				open = -1
			}
		case '\n':
			// a quote left open runs to the paragraph's end
			if open >= 0 && strings.HasPrefix(body[i:], "\n\n") {
				out = append(out, span.Span{Start: open, End: i})
				open = -1
			}
		}
	}
	return out
}

func inRegions(rs []span.Span, off int) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].End > off })
	return i < len(rs) && rs[i].Start <= off
}

// sentenceEvidence is one sentence's reading against the claim.
type sentenceEvidence struct {
	kind   string
	weight float64
	cue    [2]int // byte offsets of the cue
	sent   int
}

// Judge decides where body stands on claim from the body's sentences
// about the claim: those naming the claim's subject (or, for a claim with
// no named subject, sharing two of its words). Such a sentence states
// the claim when it holds the claim's outcome word for the subject
// (won, elected, rose, ...), states its contrary when it holds the
// contrary outcome (missed out, defeated, fell, ...) or denies it
// (denied, hoax), and reports or predicts it when the outcome stands
// inside quotation marks or after a future or conditional word. A figure
// of the article for the claim's subject and measure agrees when it
// matches the claim's and disagrees when it does not. The claim's names
// and figures are checked against the article's (checkElements): another
// name or figure in the claim's place ("Tomas Pell will host" for
// "Ada Quill will host", "killing two people" for "killed five
// people") is rival evidence against it. An outcome in a contest said of
// the other side the claim names is the subject's contrary ("Brandtberg
// won" against "Berg defeated Brandtberg"). The side with more weight
// (sentences of the lead count more) decides, except that an article
// that never mentions one of the claim's names or figures does not
// agree (a low-scored discuss, the reason naming them). With no such
// sentence the trained model's label is kept, except that disagree then
// becomes a low-scored discuss (a refuting word not about the claim is
// no denial), and so does agree when the article never uses one of the
// claim's names, figures or content words (a false claim differs from
// the article in such a word: "a flood damaged" where the article has a
// fire). Offsets in the evidence are byte offsets into body.
func (m *Model) Judge(claim, body, lang string, cf ClaimFacts, af ArticleFacts) Judgement {
	label, score := m.ClassifyLang(claim, body, lang)
	toks := tokenize(body)
	if len(toks) == 0 {
		return Judgement{Label: label, Score: score, Reason: "empty article"}
	}
	cs := shapeClaim(claim, cf)
	sents := sentenceSpans(body, toks)
	ev := claimEvidence(cs, body, toks, sents)
	ev = append(ev, figureEvidence(cf, af, sents)...)
	ct := tokenize(claim)
	el := checkElements(claim, ct, body, toks)
	ev = append(ev, el.ev...)
	ev = append(ev, roleEvidence(claim, ct, body, toks)...)
	ev = append(ev, personEvidence(ct, body, toks)...)
	return decide(label, score, ev, body, sents, claim, lang, el)
}

// claimEvidence reads the outcome words, denials and their scope in the
// sentences about the claim.
func claimEvidence(cs claimShape, body string, toks []token, sents []span.Span) []sentenceEvidence {
	cw := claimTables()
	quotes := quoteRegions(body)
	sfs := tokenSurfaces(toks)
	rels, isName := relevance(cs, toks, len(sents))
	named := len(cs.subject) > 0
	about := func(s int) bool {
		if named {
			return rels[s].subj > 0
		}
		return rels[s].names+rels[s].content >= min(2, max(cs.nContent, 1))
	}
	negations, futures, futureAt := scopes(cw, toks, sfs)
	negatedAt := func(i int) bool {
		for k := max(i-negationReach, 0); k < i; k++ {
			if negations[k] && toks[k].sent == toks[i].sent {
				return true
			}
		}
		return false
	}
	var out []sentenceEvidence
	add := func(kind string, w float64, i, n int) {
		s := toks[i].sent
		if s < 3 {
			w *= 1.5
		}
		out = append(out, sentenceEvidence{kind: kind, weight: w, cue: [2]int{toks[i].start, toks[i+n-1].end}, sent: s})
	}
	// A sentence denying the claim holds the claim's outcome as what it
	// denies ("Reports that X won are false").
	denied := map[int]bool{}
	for i := 0; i < len(toks); i++ {
		n := cw.denial.matchAt(toks, i)
		if n == 0 {
			continue
		}
		if cw.qualifyingDenial(body, toks, i, n) {
			continue // "false documents", "fake posters": no denial of the claim
		}
		s := toks[i].sent
		if about(s) && rels[s].subj+rels[s].names+rels[s].content >= 2 && !negatedAt(i) {
			if inRegions(quotes, toks[i].start) || cw.denyV.matchAt(toks, i) > 0 {
				add(KindReported, 0.5, i, n)
			} else {
				add(KindDenial, 1, i, n)
				denied[s] = true
			}
		}
		i += n - 1
	}
	if cs.class >= 0 {
		leadNames := named && leadNamesSubject(toks, isName)
		for _, h := range cw.outcomes(toks) {
			s := toks[h.i].sent
			class := outcomeOf(cs, body, toks, isName, h, about(s), named, leadNames)
			if class < 0 || class>>1 != cs.class>>1 {
				continue // another kind of outcome, or not the subject's
			}
			same := class == cs.class
			if negatedAt(h.i) != cs.negated {
				same = !same
			}
			switch {
			case inRegions(quotes, toks[h.i].start):
				add(KindReported, 1, h.i, h.n)
			case futures[s] && futureAt[s] < h.i:
				add(KindPredicted, 1, h.i, h.n)
			case same && denied[s]:
				continue
			case same:
				add(KindStates, 1, h.i, h.n)
			default:
				add(KindContrary, 1, h.i, h.n)
			}
		}
	}
	return out
}

// outcomeOf is the outcome class the outcome phrase h gives the claim's
// subject: read by its holder in a sentence about the claim, implied
// (impliedSubject) in another sentence of an article whose lead names
// the subject, else -1.
func outcomeOf(cs claimShape, body string, toks []token, isName []int8, h outcomeHit, about, named, leadNames bool) int {
	switch {
	case about:
		return subjectOutcome(cs.class, body, toks, isName, h, named)
	case leadNames && impliedSubject(cs, body, toks, h):
		return h.class
	}
	return -1
}

// qualifyingDenial reports a one-word denial (no denial verb) at token i,
// n words long, used before a noun it qualifies (qualifiesNoun).
func (cw *claimWords) qualifyingDenial(body string, toks []token, i, n int) bool {
	return n == 1 && cw.denyV.matchAt(toks, i) == 0 && qualifiesNoun(body, toks, i)
}

// qualifiesNoun reports a denial word used before a noun it qualifies,
// other than a report noun ("false documents", not "a false report"):
// the next word, with spaces only between, is a content word.
func qualifiesNoun(body string, toks []token, i int) bool {
	j := i + 1
	if j >= len(toks) || !adjacent(body, toks, i, j) || !content(toks[j]) {
		return false
	}
	return !lexicon.Default().Has(lexicon.ReportNouns, toks[j].lower)
}

// leadNamesSubject reports whether the claim's subject is named in the
// article's first three sentences: the article is about that person.
func leadNamesSubject(toks []token, isName []int8) bool {
	for i, t := range toks {
		if t.sent >= 3 {
			break
		}
		if isName[i] == holderSubject {
			return true
		}
	}
	return false
}

// impliedSubject reports an outcome said of the claim's subject without
// naming it, in an article about the subject: the outcome is of a kind
// that befalls one person (entering or leaving care, charged or
// cleared, not a contest's win or loss, which many share), no name
// stands before it in its sentence ("The party girl had checked into
// ..."), and one of the claim's other names follows it within five
// words ("the Tarnby Recovery Centre").
func impliedSubject(cs claimShape, body string, toks []token, h outcomeHit) bool {
	switch cs.class {
	case outEnter, outLeave, outCharge, outClear:
	default:
		return false
	}
	s := toks[h.i].sent
	for k := h.i - 1; k >= 0 && toks[k].sent == s; k-- {
		if nameToken(body, toks[k]) {
			return false
		}
	}
	for k := h.i + h.n; k < len(toks) && k < h.i+h.n+5 && toks[k].sent == s; k++ {
		if cs.names[toks[k].stem] && !cs.subject[toks[k].stem] {
			return true
		}
	}
	return false
}

// sentenceRelevance counts a sentence's mentions of the claim: its
// subject's names, its other names, and its distinct content words.
type sentenceRelevance struct{ subj, names, content int }

// relevance reads each sentence's relevance to the claim and marks the
// tokens naming the claim's subject (holderSubject) and its other
// parties (holderOther).
func relevance(cs claimShape, toks []token, nSent int) ([]sentenceRelevance, []int8) {
	rels := make([]sentenceRelevance, nSent)
	type sentStem struct {
		sent int
		stem string
	}
	seen := map[sentStem]bool{}
	isName := make([]int8, len(toks))
	for i, t := range toks {
		k := sentStem{t.sent, t.stem}
		switch {
		case cs.subject[t.stem]:
			isName[i] = holderSubject
			rels[t.sent].subj++
		case cs.names[t.stem]:
			// Only the other side of the claim's predicate holds an
			// outcome; its places and titles ("in Germany") do not.
			if cs.object[t.stem] {
				isName[i] = holderOther
			}
			rels[t.sent].names++
		case cs.content[t.stem]:
			if !seen[k] {
				seen[k] = true
				rels[t.sent].content++
			}
		}
	}
	return rels, isName
}

// scopes marks the tokens of negations, and for each sentence whether
// and where a future or conditional word opens it.
func scopes(cw *claimWords, toks []token, sfs []*surface) (map[int]bool, map[int]bool, map[int]int) {
	negations := map[int]bool{}
	futures := map[int]bool{} // sentences with a future cue
	futureAt := map[int]int{}
	for _, h := range scanCues(toks, sfs) {
		if h.group == cueNegation {
			for k := h.i; k < h.i+h.n; k++ {
				negations[k] = true
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		if n := cw.future.matchAt(toks, i); n > 0 {
			if !futures[toks[i].sent] {
				futures[toks[i].sent] = true
				futureAt[toks[i].sent] = i
			}
			i += n - 1
		}
	}
	return negations, futures, futureAt
}

// subjectOutcome is the outcome class an outcome word gives the claim's
// subject (claimClass is the claim's own), or -1 when it is not said of
// the subject.
func subjectOutcome(claimClass int, body string, toks []token, isName []int8, h outcomeHit, named bool) int {
	class := h.class
	if class == outObject {
		if claimClass != outWin && claimClass != outLoss {
			return -1
		}
		return objectSide(body, toks, isName, h, named)
	}
	if !named {
		return class
	}
	who := holder(toks, isName, h)
	if class == outWin || class == outLoss {
		if p := participleAgent(body, toks, isName, h); p != holderNone {
			who = p
		}
	}
	switch who {
	case holderNone:
		return -1
	case holderOther:
		// In a contest the claim names both sides of ("Berg defeated
		// Brandtberg"), the other side's win is the subject's loss; other
		// outcomes are not the subject's.
		if class != outWin && class != outLoss {
			return -1
		}
		return class ^ 1
	}
	return class
}

// Who an outcome word is said of (holder): the claim's subject, another
// party the claim names ("Brandtberg" in "Berg defeated Brandtberg"), or
// neither.
const (
	holderNone = iota
	holderSubject
	holderOther
)

// holder says whom an outcome word is said of: the party of the claim
// (its subject or another) named nearest before it in the sentence
// ("Dunne reached the final, where Pell won": Pell), else the first of
// the claim's names up to four words after it ("the next nearest
// candidate, X"). names marks
// the tokens naming the claim's subject (holderSubject) or its other
// parties (holderOther).
func holder(toks []token, names []int8, h outcomeHit) int8 {
	s := toks[h.i].sent
	for k := h.i - 1; k >= 0 && toks[k].sent == s; k-- {
		if names[k] != holderNone {
			return names[k]
		}
	}
	for k := h.i + h.n; k < len(toks) && k < h.i+h.n+4 && toks[k].sent == s; k++ {
		if names[k] != holderNone {
			return names[k]
		}
	}
	return holderNone
}

// objectSide is the outcome an object verb ("defeated") gives the claim's
// subject: a loss when a subject name follows it within eight words, a
// win when another party of the claim does; else the verb's agent
// decides (unless a third party's name is its object, "knocked out
// Karl Dunne": -1): the sentence's first party for a participle after a comma
// ("X beat the challenge of Y, stopping him"), else the nearest party
// named before it ("After flooring Y, X ... stopping the fight"; -1 when
// another name is nearer: "referee Bo Lind stopped the fight"), a win
// when that is the subject and a loss when it is the other side; -1 when
// no party stands before it (or, for a claim with no named subject, a
// win: the verb's subject is the side the claim names).
func objectSide(body string, toks []token, names []int8, h outcomeHit, named bool) int {
	if !named {
		return outWin
	}
	s := toks[h.i].sent
	for k := h.i + h.n; k < len(toks) && k < h.i+h.n+8 && toks[k].sent == s; k++ {
		switch names[k] {
		case holderSubject:
			return outLoss
		case holderOther:
			return outWin
		}
	}
	// "knocked out Karl Dunne": the object is a third party, another
	// contest.
	for k := h.i + h.n; k < len(toks) && k < h.i+h.n+3 && toks[k].sent == s; k++ {
		if nameToken(body, toks[k]) && !calendarWord(toks[k].lower) {
			return -1
		}
		if !isStopword(toks[k].lower) {
			break
		}
	}
	who := participleAgent(body, toks, names, h)
	if who == holderNone && !objectFollows(toks, h.i+h.n-1) {
		return -1 // "the fifth coach fired within a month": a participle, its noun the one fired
	}
	for k := h.i - 1; who == holderNone && k >= 0 && toks[k].sent == s; k-- {
		if strings.Contains(body[toks[k].end:toks[k+1].start], ",") {
			break // the verb's agent is in its clause: "Brandtberg staggered Berg, and the ref stopped it"
		}
		if names[k] == holderNone && nameToken(body, toks[k]) && !calendarWord(toks[k].lower) {
			return -1 // "before referee Bo Lind stopped the fight": a third party did it
		}
		who = names[k]
	}
	switch who {
	case holderSubject:
		return outWin
	case holderOther:
		return outLoss
	}
	return -1
}

// participleAgent is, for an outcome word in "-ing" right after a comma
// ("..., stopping the champion", "..., winning by a knockout"), the first
// party of the claim named in its sentence: a participle clause takes the
// sentence's subject. It is holderNone for any other word.
func participleAgent(body string, toks []token, names []int8, h outcomeHit) int8 {
	if h.i == 0 || !strings.HasSuffix(toks[h.i].lower, "ing") || !strings.Contains(body[toks[h.i-1].end:toks[h.i].start], ",") {
		return holderNone
	}
	s := toks[h.i].sent
	k := h.i
	for k > 0 && toks[k-1].sent == s {
		k--
	}
	for ; k < h.i; k++ {
		if names[k] != holderNone {
			return names[k]
		}
	}
	return holderNone
}

// figureEvidence compares the claim's figures with the article's for the
// same subject and measure.
func figureEvidence(cf ClaimFacts, af ArticleFacts, sents []span.Span) []sentenceEvidence {
	var out []sentenceEvidence
	for _, c := range cf.Figures {
		for _, a := range af.Figures {
			if a.Subject != c.Subject || a.Measure != c.Measure || a.Subject == "" {
				continue
			}
			kind := KindFigure + "-" + KindContrary
			if a.Low <= c.High && c.Low <= a.High {
				kind = KindFigure + "-" + KindStates
			}
			out = append(out, sentenceEvidence{kind: kind, weight: 2, cue: [2]int{a.Start, a.End}, sent: sentenceOf(sents, a.Start)})
		}
	}
	return out
}

// side maps an evidence kind to the label it argues for.
func side(kind string) string {
	switch kind {
	case KindStates, KindFigure + "-" + KindStates:
		return Agree
	case KindContrary, KindDenial, KindFigure + "-" + KindContrary, KindRival:
		return Disagree
	}
	return Discuss
}

// decide weighs the evidence; the model's label and score are the
// fallback.
func decide(label string, score float64, ev []sentenceEvidence, body string, sents []span.Span, claim, lang string, el elementCheck) Judgement {
	missing := el.missing
	w := map[string]float64{}
	for _, e := range ev {
		w[side(e.kind)] += e.weight
	}
	total := w[Agree] + w[Disagree] + w[Discuss]
	j := Judgement{}
	switch {
	case total == 0 && label == Agree && len(missing)+len(el.words) > 0:
		// The model reads cue words and shared words; with nothing in
		// the article stating the claim's outcome, a name, figure or
		// word of the claim the article never uses is where a false
		// claim differs ("a flood damaged" where the article has fire).
		j.Label, j.Score = Discuss, min(score, 0.3)
		j.Reason = "no sentence states the claim's outcome, and the article does not mention the claim's " + strings.Join(append(missing, el.words...), ", ") + ": abstained"
		j.Evidence = Explain(claim, body, lang, Agree)
		return j
	case total == 0:
		j.Label, j.Score = label, score
		j.Reason = "no sentence states, denies or reports the claim's outcome; model label from cue words"
		if label == Disagree {
			j.Label, j.Score = Discuss, min(score, 0.3)
			j.Reason = "refuting words, but none about the claim: abstained"
		}
		if label != Unrelated {
			for _, s := range Explain(claim, body, lang, j.Label) {
				j.Evidence = append(j.Evidence, s)
			}
		}
		return j
	case w[Disagree] > w[Agree] && w[Disagree] >= w[Discuss]:
		j.Label = Disagree
	case w[Agree] > w[Disagree] && w[Agree] >= w[Discuss]:
		j.Label = Agree
	default:
		j.Label = Discuss
	}
	j.Score = w[j.Label] / total
	if j.Label == Discuss && w[Agree] > 0 && w[Agree] == w[Disagree] {
		j.Score = 0.2
	}
	j.Reason = fmt.Sprintf("sentences about the claim: %.1f stating it, %.1f against it, %.1f reporting or predicting it", w[Agree], w[Disagree], w[Discuss])
	if j.Label == Agree && len(missing) > 0 {
		// The article states part of the claim but never mentions the
		// rest: it does not state the claim.
		j.Label, j.Score = Discuss, min(j.Score, 0.3)
		j.Reason += "; the article does not mention the claim's " + strings.Join(missing, ", ") + ": abstained"
	}
	// Evidence: the deciding side's sentences first, then in text order.
	sort.SliceStable(ev, func(a, b int) bool {
		sa, sb := side(ev[a].kind) == j.Label, side(ev[b].kind) == j.Label
		if sa != sb {
			return sa
		}
		return ev[a].weight > ev[b].weight
	})
	used := map[int]bool{}
	for _, e := range ev {
		if len(j.Evidence) == maxStanceEvidence || used[e.sent] {
			continue
		}
		used[e.sent] = true
		sp := sents[e.sent]
		j.Evidence = append(j.Evidence, Support{Kind: e.kind, Cue: body[e.cue[0]:e.cue[1]], CueStart: e.cue[0], CueEnd: e.cue[1],
			Sentence: body[sp.Start:sp.End], Start: sp.Start, End: sp.End})
	}
	return j
}
