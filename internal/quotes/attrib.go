package quotes

import (
	"github.com/nec-analyse/nec-analyse/internal/lexicon"

	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/textutil"
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
// fragment far from the verb ("X has said that he wants Tidewatch to be a
// "members-led" party") is the writer's, not the speaker's.
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
	poss   bool   // possessive ("Quill's spokesman"): never the speaker
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
	switch {
	case lw == "according" && x.lang != "sv" && i+1 < len(toks) && lower(toks[i+1].text) == "to":
		return i, i + 1, true
	case lw == "enligt" && x.lang != "en":
		return i, i, true
	case x.isVerb(lw, x.lang):
		return i, i, true
	}
	return 0, 0, false
}

// postOnly reports verbs whose speaker always follows them.
func postOnly(t tok) bool {
	lw := lower(t.text)
	return lw == "according" || lw == "enligt"
}

// cands finds the possible speakers in toks: entity mentions lying
// wholly inside, subject pronouns, and capitalised runs (without leading
// sentence words such as "Despite", honorifics or sentence adverbs).
func (x *extractor) cands(toks []tok) []cand {
	var out []cand
	if len(toks) == 0 {
		return nil
	}
	lo, hi := toks[0].s, toks[len(toks)-1].e
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word {
			i++
			continue
		}
		if m := x.mentionAt(t.s); m != nil && m.Start >= lo && m.End <= hi {
			j := i
			for j < len(toks) && toks[j].s < m.End {
				j++
			}
			name := strings.TrimSpace(m.Name)
			text := x.src[m.Start:m.End]
			if name == "" {
				name, _ = stripPossessive(text)
			}
			_, poss := stripPossessive(text)
			rest := x.src[m.End:]
			poss = poss || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
			typ := m.Type
			if typ == "" {
				typ = "MISC"
			}
			out = append(out, cand{s: m.Start, e: m.End, ti: i, tj: j, name: name, typ: typ, poss: poss})
			i = j
			continue
		}
		if pc := x.pronounClass(t.text); pc != "" {
			out = append(out, cand{s: t.s, e: t.e, ti: i, tj: i + 1, name: t.text, typ: typPron, pron: pc})
			i++
			continue
		}
		if !isCap(t.text) {
			i++
			continue
		}
		j := i
		for j < len(toks) {
			w := toks[j]
			if !w.word || j > i && (x.mentionAt(w.s) != nil || x.pronounClass(w.text) != "") {
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
		a := i
		for a < j && (x.lx.Has(lexicon.QuotesCapStopwords, lower(toks[a].text)) || x.lx.Has(lexicon.QuotesHonorifics, lower(toks[a].text)) && a+1 < j ||
			x.isSentenceAdverb(toks[a].text) || x.lx.Has(lexicon.QuotesNameConnectors, lower(toks[a].text))) {
			a++
		}
		if a == j-1 && x.sentenceStart(toks[a].s) && !x.personSurname(toks[a].text) {
			// One capitalised word opening a sentence that no tagger
			// called a name is an ordinary word ("Friends said ..."),
			// unless a person's name ends in it ("Osei said").
			a = j
		}
		if a < j {
			name, poss := stripPossessive(x.src[toks[a].s:toks[j-1].e])
			out = append(out, cand{s: toks[a].s, e: toks[j-1].e, ti: a, tj: j, name: name, typ: typName, poss: poss})
		}
		i = j
	}
	return out
}

// personSurname reports a word that ends a person mention of the article.
func (x *extractor) personSurname(w string) bool {
	for _, m := range x.ments {
		if m.Type == "PERSON" && strings.HasSuffix(x.src[m.Start:m.End], " "+w) {
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
		x.lx.Has(lexicon.ArticlesEnSv, lower(toks[k-1].text)) && (lower(toks[k-2].text) == "of" || lower(toks[k-2].text) == "av")
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
		!x.lx.Has(lexicon.QuotesCompoundWords, lw) && !x.lx.Has(lexicon.QuotesClauseWords, lw) && lw != "according" && lw != "enligt"
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
	for j < len(toks) && !isSep(toks[j]) {
		j++
	}
	if needPunct && (j >= len(toks) || toks[j].text != "," && toks[j].text != ":") {
		return 0, nil, false
	}
	seg := toks[i:j]
	// The subject ends at a preposition after it: "skriver Lal i
	// sitt avskedsbrev", "sade han till journalister", "said Quill in a
	// statement".
	for k := 1; k < len(seg) && seg[0].word; k++ {
		// Not inside a name: "the Bank of England", "Secretary of State X".
		nextLower := k+1 < len(seg) && seg[k+1].word && isLowerWord(seg[k+1].text)
		if seg[k].word && isLowerWord(seg[k].text) && x.lx.Has(lexicon.PrepositionsEnSv, lower(seg[k].text)) && nextLower {
			seg = seg[:k]
			break
		}
	}
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
	if len(words) == 1 && x.pronounClass(words[0].text) != "" {
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
	cs := x.cands(seg)
	for _, c := range cs {
		if c.typ == "PERSON" && !c.poss {
			return segEnd, &c, true
		}
	}
	for _, c := range cs {
		if x.validName(seg, c) {
			return segEnd, &c, true
		}
	}
	if len(words) <= 6 {
		return segEnd, nil, true
	}
	return 0, nil, false
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
		if c.typ == "PERSON" && !c.poss && c.ti > j-i && c.ti-(j-i) <= 3 && lowerRun(seg[j-i:c.ti]) {
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
	if last.tj == len(seg) && !last.poss && !x.prepBefore(seg, last) {
		return &last
	}
	first := cs[0]
	lead := 0
	for lead < len(seg) && seg[lead].word && x.lx.Has(lexicon.ArticlesEnSv, lower(seg[lead].text)) {
		lead++
	}
	if first.ti == lead && !first.poss && first.typ != typPron &&
		(first.tj == len(seg) || seg[first.tj].word && x.lx.Has(lexicon.PrepositionsEnSv, lower(seg[first.tj].text)) ||
			first.typ != "PERSON" && first.tj+1 == len(seg) && x.lx.Has(lexicon.QuotesOrgNouns, lower(seg[first.tj].text))) {
		return &first // "Tidewatch", "Tidewatch of Riverside", "the GMB union"
	}
	return nil
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
	var segs [][]tok
	a := 0
	for i, t := range pre {
		if isSep(t) {
			segs = append(segs, pre[a:i])
			a = i + 1
		}
	}
	segs = append(segs, pre[a:])
	strip := func(seg []tok) []tok {
		for len(seg) > 0 && seg[len(seg)-1].word && x.isAux(seg[len(seg)-1].text) {
			seg = seg[:len(seg)-1]
		}
		return seg
	}
	last := strip(segs[len(segs)-1])
	if n := len(last); n > 0 && x.lx.Has(lexicon.QuotesCompoundWords, lower(last[n-1].text)) {
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
	for k := len(segs) - 1; k >= 0; k-- {
		seg := strip(segs[k])
		if len(seg) == 0 {
			continue
		}
		first := seg[0]
		lowerStart := first.word && isLowerWord(first.text) && !x.lx.Has(lexicon.ArticlesEnSv, lower(first.text))
		artLower := x.lx.Has(lexicon.ArticlesEnSv, lower(first.text)) && len(seg) > 1 && seg[1].word && isLowerWord(seg[1].text)
		// An age (", 67,") or a role owned by a name (", Tarn's chief
		// executive,") is an appositive too.
		age := len(seg) == 1 && first.word && isNumber(first.text)
		capPoss := first.word && !isLowerWord(first.text) && len(seg) >= 2 &&
			(strings.HasSuffix(first.text, "'s") || strings.HasSuffix(first.text, "’s"))
		if capPoss {
			// The possessive must own a lower-case role noun phrase.
			last := seg[len(seg)-1]
			capPoss = last.word && isLowerWord(last.text)
		}
		if k < len(segs)-1 && (lowerStart || artLower || age || capPoss) {
			continue // an appositive: "deputy chair of Tidewatch"
		}
		if c := x.chooseInSeg(seg); c != nil {
			return c, x.attrStart(seg, *c), stFound
		}
		if k == len(segs)-1 {
			if lowerStart && (lower(first.text) == "who" || lower(first.text) == "which" || lower(first.text) == "som") {
				continue
			}
			if !first.word {
				return nil, 0, stNone
			}
			return nil, first.s, stUnnamed
		}
		return nil, 0, stNone
	}
	return nil, 0, stNone
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
	return x.lx.Has(lexicon.AbbreviationsEnSv, lower(w)) || len([]rune(w)) == 1 && isCap(w)
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
func (x *extractor) closedByFullStop(p *piece) bool {
	i := p.after
	for i > p.open {
		r, n := utf8.DecodeLastRuneInString(x.src[:i])
		if strings.ContainsRune("\"'”’»“«", r) || unicode.IsSpace(r) {
			i -= n
			continue
		}
		return r == '.'
	}
	return false
}

// post reads an attribution after the closing mark of p, before limit:
// "..., said X", "..." X said., "...", says Sky News, "..., säger hon".
func (x *extractor) post(p *piece, limit int) *attrib {
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
	vi, vEnd, found, words := 0, 0, false, 0
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
		if a, b, ok := x.verbAt(toks, k); ok {
			vi, vEnd, found = a, b, true
			break
		}
	}
	if !found {
		return nil
	}
	if postOnly(toks[vi]) {
		if segEnd, c, ok := x.afterAccording(toks, vEnd+1); ok {
			return &attrib{s: toks[vi].s, e: segEnd, c: c, at: p.open}
		}
		return nil
	}
	pre := toks[:vi]
	if wordsFrom(pre, 0) == 0 {
		if x.lx.Has(lexicon.ListenerVerbs, lower(toks[vi].text)) {
			return nil
		}
		if segEnd, c, ok := x.afterVerb(toks, vEnd+1, false); ok {
			return &attrib{s: toks[vi].s, e: segEnd, c: c, at: p.open}
		}
		return nil
	}
	c, start, st := x.subjectBefore(pre, nil)
	if st == stNone {
		return nil
	}
	if start < 0 {
		start = toks[vi].s
	}
	return &attrib{s: start, e: ext(toks, vEnd), c: c, at: p.open}
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
		if postOnly(toks[vi]) {
			segEnd, c, ok := x.afterAccording(toks, vEnd+1)
			if ok && wordsAfterOffset(toks, segEnd) <= maxDist {
				at := toks[vi].s
				return &attrib{s: toks[vi].s, e: segEnd, c: c, at: at}
			}
			continue
		}
		if pre := toks[:vi]; wordsFrom(pre, 0) > 0 {
			var w []tok
			for _, t := range wider {
				if t.e <= toks[vi].s {
					w = append(w, t)
				}
			}
			if c, start, st := x.subjectBefore(pre, w); st != stNone {
				if wordsFrom(toks, vEnd+1) > maxDist {
					continue
				}
				at := start
				if start < 0 {
					start, at = toks[vi].s, c.s
				}
				return &attrib{s: start, e: ext(toks, vEnd), c: c, at: at}
			}
		}
		if !x.lx.Has(lexicon.ListenerVerbs, lower(toks[vi].text)) {
			segEnd, c, ok := x.afterVerb(toks, vEnd+1, true)
			if ok && c != nil && wordsAfterOffset(toks, segEnd) <= maxDist {
				return &attrib{s: toks[vi].s, e: segEnd, c: c, at: toks[vi].s}
			}
		}
	}
	return nil
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

// attributeAll finds each piece's attribution, shares attributions along
// paragraph-spanning runs and across "“A,” she said. “B.”", and sets the
// kinds.
func (x *extractor) attributeAll() {
	for idx, p := range x.pieces {
		if p.dash {
			continue
		}
		ps, pe := x.paras[p.para].Start, x.paras[p.para].End
		limit := pe
		if idx+1 < len(x.pieces) && x.pieces[idx+1].para == p.para {
			limit = x.pieces[idx+1].open
		}
		short := x.shortFragment(p)
		if p.closed {
			p.attr = x.post(p, limit)
		}
		if p.attr == nil {
			from := ps
			if si := x.sentIndex(p.open); si >= 0 && x.sents[si].Start > from {
				from = x.sents[si].Start
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
			p.attr = x.leadIn(from, min(sentFrom, from), p.open, short)
		}
		if p.attr == nil && p.para > 0 && p.open == firstNonSpace(x.src, ps, pe) && !(p.chain >= 0 && p.chain != idx) {
			// "She said:" ending the previous paragraph.
			pp := x.paras[p.para-1]
			_, e := trimSpan(x.src, pp.Start, pp.End)
			if e > pp.Start && x.src[e-1] == ':' {
				from := x.lastTerminator(pp.Start, e-1)
				p.attr = x.leadIn(from, from, e, short)
			}
		}
		if p.attr == nil && p.closed && x.onlyPunct(p.after, pe) {
			p.attr = x.detAttrib(p.para + 1)
		}
		p.own = p.attr != nil
	}
	x.fillChains()
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
	x.fillChains()
	for _, p := range x.pieces {
		switch {
		case p.dash || p.attr != nil || p.chain >= 0:
			p.kind = KindSpeech
		case x.shortFragment(p):
			p.kind = KindScare
		default:
			p.kind = KindSpeech
		}
		if p.kind == KindSpeech && p.attr != nil {
			x.speaker(p.attr)
		}
	}
}

// fillChains gives the pieces of a paragraph-spanning quote without an
// attribution the first attribution found in the run.
func (x *extractor) fillChains() {
	first := map[int]*attrib{}
	for _, p := range x.pieces {
		if p.chain >= 0 && p.attr != nil && first[p.chain] == nil {
			first[p.chain] = p.attr
		}
	}
	for _, p := range x.pieces {
		if p.chain >= 0 && p.attr == nil {
			p.attr = first[p.chain]
		}
	}
}

// speaker resolves an attribution's speaker (once).
func (x *extractor) speaker(a *attrib) string {
	if a.resolved {
		return a.speaker
	}
	a.resolved = true
	a.speaker = Unknown
	switch {
	case a.c == nil:
	case a.c.typ == typPron:
		if a.c.pron == pronThird {
			a.speaker = x.antecedent(a.at, lower(a.c.name))
		}
	case a.c.typ == typName:
		name := strings.TrimSpace(a.c.name)
		if strings.HasPrefix(lower(name), "the ") {
			name = name[4:]
		}
		if name != "" {
			a.speaker = name
		}
	default:
		a.speaker = a.c.name
		x.speakerAt[a.c.s] = true
	}
	return a.speaker
}

// antecedent is the person a pronoun before at refers to: the most
// recent PERSON mention (outside quotes) in the sentence of at and the
// three before it, preferring one in subject position (a speaker already,
// or opening its clause) over an object ("said she hoped Mr X").
func (x *extractor) antecedent(at int, pron string) string {
	ws := 0
	if si := x.sentIndex(at); si >= 0 {
		ws = x.sents[max(0, si-3)].Start
	} else if k := x.paraOf(at); k >= 0 {
		ws = x.paras[max(0, k-1)].Start
	}
	var fallback *Mention
	for i := len(x.ments) - 1; i >= 0; i-- {
		m := &x.ments[i]
		if m.End > at {
			continue
		}
		if m.Start < ws {
			break
		}
		if m.Type != "PERSON" || x.inQuote(m.Start) || x.otherGender(m, pron) {
			continue // "Mr X" is no "she"
		}
		if x.possessor(m) {
			if fallback == nil {
				return Unknown // "Okoro's lawyer said ... he said": the lawyer, unnamed
			}
			continue
		}
		if x.subjectLike(m) {
			fallback = m
			break
		}
		if fallback == nil {
			fallback = m
		}
	}
	if fallback == nil {
		return Unknown
	}
	x.speakerAt[fallback.Start] = true
	if n := strings.TrimSpace(fallback.Name); n != "" {
		return n
	}
	n, _ := stripPossessive(x.src[fallback.Start:fallback.End])
	return n
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
func (x *extractor) otherGender(m *Mention, pron string) bool {
	title := strings.ToLower(strings.TrimSuffix(textutil.LastField(x.src[max(0, m.Start-12):m.Start]), "."))
	if first, _, ok := strings.Cut(x.src[m.Start:m.End], " "); ok {
		if t := strings.ToLower(strings.TrimSuffix(first, ".")); x.lx.Has(lexicon.MaleTitles, t) || x.lx.Has(lexicon.FemaleTitles, t) {
			title = t
		}
	}
	switch pron {
	case "she", "hon":
		return x.lx.Has(lexicon.MaleTitles, title)
	case "he", "han":
		return x.lx.Has(lexicon.FemaleTitles, title)
	}
	return false
}

// possessor reports a mention written as a possessive before a lower-case
// noun ("Okoro's lawyer"): the noun's person is someone else.
func (x *extractor) possessor(m *Mention) bool {
	rest := x.src[m.End:]
	text := x.src[m.Start:m.End]
	if !(strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") || strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s")) {
		return false
	}
	next := tokenize(x.src, m.End, min(len(x.src), m.End+40))
	for _, t := range next {
		if t.word {
			w := strings.TrimPrefix(strings.TrimPrefix(t.text, "'s"), "’s")
			if w == "" || w == "s" {
				continue
			}
			return isLowerWord(w)
		}
	}
	return false
}

// subjectLike reports a mention used as a speaker, followed by a speech
// verb, or opening its sentence or clause (after punctuation or "and").
func (x *extractor) subjectLike(m *Mention) bool {
	if x.speakerAt[m.Start] {
		return true
	}
	lo := 0
	if k := x.paraOf(m.Start); k >= 0 {
		lo = x.paras[k].Start
	}
	if si := x.sentIndex(m.Start); si >= 0 && x.sents[si].Start > lo {
		lo = x.sents[si].Start
	}
	// "Fire chief Ingrid Solberg said ...": the subject of a speech verb,
	// also over an apposition ("X, director of health protection, said").
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
	if len(next) > 0 && next[0].word && x.isVerb(next[0].text, x.lang) {
		return true
	}
	if len(next) > 0 && next[0].text == "," {
		for k := 1; k < len(next)-1 && k <= 16; k++ {
			if !next[k].word && next[k].text != "," {
				break
			}
			if next[k].text == "," {
				if next[k+1].word && x.isVerb(next[k+1].text, x.lang) {
					return true
				}
				break
			}
		}
	}
	toks := tokenize(x.src, lo, m.Start)
	for {
		// "Dr Celia Mwangi", "Dr. Mwangi": the title is part of the subject.
		n := len(toks)
		if n > 1 && toks[n-1].text == "." && x.lx.Has(lexicon.QuotesHonorifics, lower(toks[n-2].text)) {
			toks = toks[:n-2]
		} else if n > 0 && toks[n-1].word && x.lx.Has(lexicon.QuotesHonorifics, lower(toks[n-1].text)) {
			toks = toks[:n-1]
		} else {
			break
		}
	}
	if len(toks) == 0 {
		return true
	}
	// ", Tory MP Michael Mates, who ...", ", Green councillor X, who ...":
	// titles, roles and party tags right before the name (the entity stage
	// keeps the name alone) are part of the subject when a clause break
	// stands before them.
	k := len(toks)
	for k > 0 && toks[k-1].word && (!isLowerWord(toks[k-1].text) || x.lx.Has(lexicon.QuotesRoleNouns, lower(toks[k-1].text))) && !x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[k-1].text)) {
		k--
	}
	if k < len(toks) && k > 0 && !toks[k-1].word && strings.Contains(",;:(–—", toks[k-1].text) {
		return true
	}
	if x.allNounPhrase(toks) && x.lx.Has(lexicon.QuotesRoleNouns, lower(toks[len(toks)-1].text)) {
		// "Lib Dem home affairs spokesman Mark Oaten": the name closes the
		// sentence's opening noun phrase, its subject.
		return true
	}
	if len(toks) <= 2 && toks[0].word && !isLowerWord(toks[0].text) && !x.lx.Has(lexicon.PrepositionsEnSv, lower(toks[0].text)) &&
		(len(toks) == 1 || toks[1].word) {
		// Only a title or role opens the sentence before the name:
		// "Oppositionsrådet Lena Berg", "Councillor X".
		return true
	}
	t := toks[len(toks)-1]
	if t.text == "," && len(toks) >= 4 && toks[len(toks)-3].word && x.lx.Has(lexicon.PossessiveDeterminersEnSv, lower(toks[len(toks)-3].text)) {
		// "Standing beside her deputy, Daniel Okoro,": an apposition
		// inside a phrase names someone else than the sentence's
		// subject ("His daughter, Amira Osei, led" opens the sentence
		// and is its subject).
		return false
	}
	return !t.word && strings.Contains(",;:(–—", t.text) || x.lx.Has(lexicon.QuotesCompoundWords, lower(t.text))
}
