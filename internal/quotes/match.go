package quotes

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Instance is a quote of a named article.
type Instance struct {
	Article string
	Quote
}

// Group is the same words carried by one or more articles.
type Group struct {
	Text    string // the longest instance's text
	Speaker string // the speaker most instances name (ties: alphabetical), "unknown" if none named
	Kind    string // "speech" if any instance is speech, else "scare"
	// Articles are the articles quoting the words, sorted.
	Articles []string
	// Instances are sorted by article, Start.
	Instances []Instance
}

// Finding kinds.
const (
	// AttributionConflict: the same words are attributed to two
	// different named speakers.
	AttributionConflict = "quote-attribution-conflict"
	// Source: words an article attributes to a speaker appear in another
	// article's own voice, which is the likely original.
	Source = "quote-source"
)

// Finding is a problem found among the quotes of a corpus.
type Finding struct {
	Kind    string
	Message string
	// Uncertain marks a finding the evidence leaves in doubt (below its
	// kind's severity), for the reason Reason gives.
	Uncertain bool
	Reason    string
	// Evidence are the instances involved: for AttributionConflict the
	// instances naming a speaker, sorted by article, Start; for Source
	// the quoting instance, then a pseudo-instance of Kind "own-voice"
	// (Speaker "unknown") spanning the other article's unquoted words.
	Evidence []Instance
}

// Thresholds for matching words.
const (
	// minFragment is the fewest words a fragment (or a quote found in an
	// article's own voice) needs to count as the same words.
	minFragment = 5
	// minApprox is the fewest words for an approximate match: up to one
	// word edit per ten words ("It's a reminder" for "It's just a
	// reminder").
	minApprox = 10
)

// wtok is a normalised word with its offsets.
type wtok struct {
	w    string
	s, e int
}

// isApostrophe reports marks dropped inside words ("don’t" -> "dont").
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// normWords splits src[from:to] into lower-cased words (letters and
// digits; apostrophes inside words dropped; everything else, including
// quote marks and hyphens, separates words). breaks[i] reports an
// ellipsis ("...", "…") just before word i.
func normWords(src string, from, to int) (words []wtok, breaks []bool) {
	var b strings.Builder
	start, last := -1, -1
	pendingBreak := false
	flush := func() {
		if start >= 0 {
			words = append(words, wtok{b.String(), start, last})
			breaks = append(breaks, pendingBreak)
			pendingBreak = false
			b.Reset()
			start = -1
		}
	}
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(src[i:to])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
			b.WriteString(strings.ToLower(string(r)))
			last = i + n
		case isApostrophe(r) && start >= 0 && i+n < to && isWordRune(runeAt(src, i+n, to)):
			// inside a word
		default:
			flush()
			if r == '…' || r == '.' && i+1 < to && src[i+1] == '.' {
				pendingBreak = len(words) > 0
			}
		}
		i += n
	}
	flush()
	return words, breaks
}

// norm is a quote's words, whole and split at ellipses.
type norm struct {
	words []string
	parts [][]string
}

func normalise(text string) norm {
	ws, br := normWords(text, 0, len(text))
	var n norm
	for i, w := range ws {
		if br[i] || i == 0 {
			n.parts = append(n.parts, nil)
		}
		n.words = append(n.words, w.w)
		n.parts[len(n.parts)-1] = append(n.parts[len(n.parts)-1], w.w)
	}
	return n
}

// indexWords is the index of needle in hay from from, or -1.
func indexWords(hay []string, needle []string, from int) int {
	if len(needle) == 0 {
		return from
	}
	for i := from; i+len(needle) <= len(hay); i++ {
		if hay[i] != needle[0] {
			continue
		}
		ok := true
		for k := 1; k < len(needle); k++ {
			if hay[i+k] != needle[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// findParts finds the parts in order in hay (each contiguous, gaps
// allowed only at ellipses), returning the word range covered.
func findParts(hay []string, parts [][]string) (int, int, bool) {
	if len(parts) == 0 {
		return 0, 0, false
	}
	// Try every start of the first part so that a later part may still
	// be found.
	for s := indexWords(hay, parts[0], 0); s >= 0; s = indexWords(hay, parts[0], s+1) {
		pos := s + len(parts[0])
		ok := true
		for _, p := range parts[1:] {
			i := indexWords(hay, p, pos)
			if i < 0 {
				ok = false
				break
			}
			pos = i + len(p)
		}
		if ok {
			return s, pos, true
		}
	}
	return 0, 0, false
}

// approxFind finds needle in hay with at most k word edits (insertions,
// deletions, substitutions), returning the best-matching word range.
func approxFind(hay, needle []string, k int) (int, int, bool) {
	m := len(needle)
	if m == 0 || len(hay) == 0 {
		return 0, 0, false
	}
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	prevStart := make([]int, m+1)
	curStart := make([]int, m+1)
	for i := 0; i <= m; i++ {
		prev[i] = i
	}
	bestCost, bestS, bestE := k+1, 0, 0
	for j := 1; j <= len(hay); j++ {
		cur[0], curStart[0] = 0, j
		for i := 1; i <= m; i++ {
			sub := 1
			if needle[i-1] == hay[j-1] {
				sub = 0
			}
			c, st := prev[i-1]+sub, prevStart[i-1]
			if i == 1 {
				st = j - 1
			}
			if v := prev[i] + 1; v < c {
				c, st = v, prevStart[i]
			}
			if v := cur[i-1] + 1; v < c {
				c, st = v, curStart[i-1]
			}
			cur[i], curStart[i] = c, st
		}
		if cur[m] < bestCost {
			bestCost, bestS, bestE = cur[m], curStart[m], j
		}
		prev, cur = cur, prev
		prevStart, curStart = curStart, prevStart
	}
	if bestCost > k || bestE <= bestS {
		return 0, 0, false
	}
	return bestS, bestE, true
}

// sameWords reports whether two quotes carry the same words: equal after
// normalising, or the shorter (at least minFragment words) a contiguous
// fragment of the longer (gaps only at its ellipses), or at least
// minApprox words matched with one word edit per ten.
func sameWords(a, b norm) bool {
	if len(a.words) == 0 || len(b.words) == 0 {
		return false
	}
	if equalWords(a.words, b.words) {
		return true
	}
	s, l := a, b
	if len(s.words) > len(l.words) {
		s, l = l, s
	}
	if len(s.words) < minFragment {
		return false
	}
	if _, _, ok := findParts(l.words, s.parts); ok {
		return true
	}
	if len(s.words) >= minApprox {
		_, _, ok := approxFind(l.words, s.words, len(s.words)/minApprox)
		return ok
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// matcher holds the options of one Match.
type matcher struct {
	opts  Options
	lx    *lexicon.Lexicon
	stock *stockWords // built on first use
	// months maps English month words to their months, built on first use.
	months map[string]lexicon.MonthWord
}

// sameSpeaker reports names of one speaker: equal, or the words of one
// all in the other ("Sky" and "Sky News", "Okoro" and "Daniel Okoro").
func (mt *matcher) sameSpeaker(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	wa, _ := normWords(a, 0, len(a))
	wb, _ := normWords(b, 0, len(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	for _, w := range wa {
		if !mt.nameWord(w.w, wb) {
			return false
		}
	}
	return true
}

// nameWord reports whether a name-word pass finds w in ws.
func (mt *matcher) nameWord(w string, ws []wtok) bool {
	for _, p := range nameWordPasses {
		if mt.on(p.Info) && p.Run(w, ws) {
			return true
		}
	}
	return false
}

// nameWordExact reports w among ws.
func nameWordExact(w string, ws []wtok) bool {
	for _, o := range ws {
		if o.w == w {
			return true
		}
	}
	return false
}

// shortGivenName reports a word of two letters or more that begins,
// shorter, the first word of ws when ws has two words or more ("Mo" in
// "Mohammed Islam").
func shortGivenName(w string, ws []wtok) bool {
	return len(ws) >= 2 && utf8.RuneCountInString(w) >= 2 && len(w) < len(ws[0].w) && strings.HasPrefix(ws[0].w, w)
}

// nearSpelling reports a word of five letters or more that one of ws
// spells with one letter more, less, changed or swapped, the same first
// letter kept ("Renwik" for "Renwick"): the entity stage flags such a
// slip as a spelling variant, so it names the same speaker here.
func nearSpelling(w string, ws []wtok) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, o := range ws {
		if utf8.RuneCountInString(o.w) >= 5 && w[0] == o.w[0] && edlib.OSADamerauLevenshteinDistance(w, o.w) == 1 {
			return true
		}
	}
	return false
}

// lessInst orders instances by article, then Start.
func lessInst(a, b Instance) bool {
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End < b.End
}

// Match groups instances across articles and finds attribution
// conflicts and likely sources.
//
// Two instances carry the same words when their normalised words (quote
// marks, case, whitespace, punctuation and ellipses ignored) are equal,
// when one of at least five words is a contiguous fragment of the other
// (an ellipsis in the shorter may skip words), or when one of at least
// ten words matches with at most one word edit per ten words; a fragment
// or approximate match, a quote found in another article's own voice and
// a conflict's shared words need two distinctive words (distinctive-match:
// "hundreds of millions of dollars" links nothing). Groups are
// the connected sets of such instances (single instances included),
// sorted by (len(Articles) desc, Text); findings are sorted by kind then
// message.
//
// sources maps article id -> kept text source and paras article id ->
// its paragraphs (nil: the whole source): words quoted in one article
// are looked for unquoted in another's own voice. A Source finding is
// made when article A attributes a speech quote of at least five words
// to a named speaker S, S speaks in none of B's quotes and is not named
// in the paragraph of B that carries the same words outside quote marks;
// B is then the likely original (publication order is not known here).
func Match(instances []Instance, sources map[string]string, paras map[string][]span.Span) ([]Group, []Finding) {
	return MatchWith(instances, sources, paras, Options{})
}

// MatchWith is Match with options.
func MatchWith(instances []Instance, sources map[string]string, paras map[string][]span.Span, opts Options) ([]Group, []Finding) {
	mt := &matcher{opts: opts, lx: opts.lexicon()}
	norms := make([]norm, len(instances))
	for i, in := range instances {
		norms[i] = normalise(in.Text)
	}
	groups := mt.groupInstances(instances, norms)
	ms := &matchSet{instances: instances, norms: norms, groups: groups, sources: sources, paras: paras}
	var findings []Finding
	for _, fp := range findingPasses {
		if mt.on(fp.Info) {
			findings = append(findings, fp.Run(mt, ms)...)
		}
	}
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return lessInst(a.Evidence[0], b.Evidence[0])
	})
	return groups, findings
}

// matchSet is what the finding passes read: the instances with their
// normalised words, the groups, and the articles' sources and paragraphs.
type matchSet struct {
	instances []Instance
	norms     []norm
	groups    []Group
	sources   map[string]string
	paras     map[string][]span.Span
}

// groupInstances groups the instances carrying the same words (see
// Match), sorted by (len(Articles) desc, Text).
func (mt *matcher) groupInstances(instances []Instance, norms []norm) []Group {
	n := len(instances)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Instances with the same words and the same breaks match the same
	// instances (sameWords reads nothing else) and each other: the first
	// stands for the others in the search below, and they are joined. A
	// quote of no words matches nothing.
	search := make([]bool, n)
	byNorm := map[string]int{}
	for i := range norms {
		if len(norms[i].words) == 0 {
			continue
		}
		k := normKey(norms[i])
		if r, ok := byNorm[k]; ok {
			parent[find(i)] = find(r)
			continue
		}
		byNorm[k] = i
		search[i] = true
	}
	grams := make([]map[string]bool, n)
	for i := range norms {
		if search[i] {
			grams[i] = trigrams(norms[i].words)
		}
	}
	// Only instances sharing a trigram (or, for texts under three words,
	// the whole text) can match: pair them through an inverted index
	// instead of comparing every pair.
	byGram := map[string][]int{}
	for i := range grams {
		for g := range grams[i] {
			byGram[g] = append(byGram[g], i)
		}
	}
	for i := 0; i < n; i++ {
		if !search[i] {
			continue
		}
		for _, j := range laterSharing(i, grams[i], byGram) {
			if find(i) == find(j) || !mayMatch(norms[i], norms[j], grams[i], grams[j]) {
				continue
			}
			if sameWords(norms[i], norms[j]) && mt.linkDistinctive(norms, i, j) {
				parent[find(i)] = find(j)
			}
		}
	}
	members := map[int][]int{}
	for i := 0; i < n; i++ {
		r := find(i)
		members[r] = append(members[r], i)
	}
	var groups []Group
	for _, idx := range members {
		groups = append(groups, makeGroup(instances, norms, idx))
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		if a.Text != b.Text {
			return a.Text < b.Text
		}
		return lessInst(a.Instances[0], b.Instances[0])
	})
	return groups
}

// normKey is one string for each quote's words and breaks.
func normKey(n norm) string {
	var b strings.Builder
	for _, p := range n.parts {
		b.WriteString(strconv.Itoa(len(p)))
		for _, w := range p {
			b.WriteByte(' ')
			b.WriteString(strconv.Itoa(len(w)))
			b.WriteByte(':')
			b.WriteString(w)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// laterSharing lists, sorted, the instances after i sharing one of its
// trigrams.
func laterSharing(i int, grams map[string]bool, byGram map[string][]int) []int {
	cands := map[int]bool{}
	for g := range grams {
		for _, j := range byGram[g] {
			if j > i {
				cands[j] = true
			}
		}
	}
	js := make([]int, 0, len(cands))
	for j := range cands {
		js = append(js, j)
	}
	sort.Ints(js)
	return js
}

// conflictFindings reports the groups whose instances name different
// speakers.
func conflictFindings(mt *matcher, ms *matchSet) []Finding {
	var out []Finding
	for _, g := range ms.groups {
		if f, ok := mt.conflict(g); ok {
			out = append(out, f)
		}
	}
	return out
}

// trigrams is the set of word trigrams (bigrams or the word for shorter
// texts).
func trigrams(ws []string) map[string]bool {
	g := map[string]bool{}
	if len(ws) < 3 {
		g[strings.Join(ws, " ")] = true
		return g
	}
	for i := 0; i+3 <= len(ws); i++ {
		g[ws[i]+" "+ws[i+1]+" "+ws[i+2]] = true
	}
	return g
}

// mayMatch is a cheap filter before sameWords: equal texts, or the
// shorter sharing a trigram with the longer.
func mayMatch(a, b norm, ga, gb map[string]bool) bool {
	if len(a.words) < 3 || len(b.words) < 3 {
		return equalWords(a.words, b.words)
	}
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	for g := range ga {
		if gb[g] {
			return true
		}
	}
	return false
}

// makeGroup builds the group of the instances idx.
func makeGroup(instances []Instance, norms []norm, idx []int) Group {
	var g Group
	arts := map[string]bool{}
	votes := map[string]int{}
	best := -1
	for _, i := range idx {
		in := instances[i]
		g.Instances = append(g.Instances, in)
		arts[in.Article] = true
		if in.Speaker != "" && in.Speaker != Unknown {
			votes[in.Speaker]++
		}
		if in.Kind == KindSpeech {
			g.Kind = KindSpeech
		}
		if best < 0 || len(norms[i].words) > len(norms[best].words) ||
			len(norms[i].words) == len(norms[best].words) && (len(in.Text) > len(instances[best].Text) ||
				len(in.Text) == len(instances[best].Text) && lessInst(in, instances[best])) {
			best = i
		}
	}
	if g.Kind == "" {
		g.Kind = instances[best].Kind
	}
	g.Text = instances[best].Text
	g.Speaker = Unknown
	top := 0
	for s, c := range votes {
		if c > top || c == top && s < g.Speaker {
			g.Speaker, top = s, c
		}
	}
	for a := range arts {
		g.Articles = append(g.Articles, a)
	}
	sort.Strings(g.Articles)
	sort.SliceStable(g.Instances, func(i, j int) bool { return lessInst(g.Instances[i], g.Instances[j]) })
	return g
}

// minConflictWords is the fewest words a quote needs before two speakers
// of it make a conflict: "very happy" is said by many people.
const minConflictWords = 4

// disagree reports two articles that give the words to speakers with no
// one in common.
func (mt *matcher) disagree(ev []Instance) bool {
	byArticle := map[string][]string{}
	var arts []string
	for _, in := range ev {
		if _, ok := byArticle[in.Article]; !ok {
			arts = append(arts, in.Article)
		}
		byArticle[in.Article] = append(byArticle[in.Article], in.Speaker)
	}
	for i, a := range arts {
		for _, b := range arts[i+1:] {
			shared := false
			for _, x := range byArticle[a] {
				for _, y := range byArticle[b] {
					shared = shared || mt.sameSpeaker(x, y)
				}
			}
			if !shared {
				return true
			}
		}
	}
	return false
}

// relayed reports a group where one instance quotes another's words
// inside its own quote ("The minister told me, and I quote, 'I will not
// resign'"): the words are relayed, not given to a second speaker.
func relayed(g Group) bool {
	for _, a := range g.Instances {
		for _, b := range g.Instances {
			if len(b.Text) <= len(a.Text) || a.Speaker == b.Speaker {
				continue
			}
			i := strings.Index(b.Text, strings.TrimRight(a.Text, ".,!? "))
			if i <= 0 {
				continue
			}
			r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(b.Text[:i], " "))
			if strings.ContainsRune("'‘\"“»«", r) {
				return true
			}
		}
	}
	return false
}

// slogan reports a group that some article quotes as a slogan: in its
// attribution or in the words just before the quote (Quote.Slogan).
func (mt *matcher) slogan(g Group) bool {
	for _, in := range g.Instances {
		if in.Slogan {
			return true
		}
		for _, w := range strings.Fields(strings.ToLower(in.Attribution)) {
			if mt.lx.Has(lexicon.SloganWords, strings.Trim(w, ".,:;'’\"“”")) {
				return true
			}
		}
	}
	return false
}

// vetoed reports a conflict veto pass that finds the group's different
// speakers no conflict.
func (mt *matcher) vetoed(g Group, ev []Instance) bool {
	for _, p := range conflictVetoes {
		if mt.on(p.Info) && p.Run(mt, g, ev) {
			return true
		}
	}
	return false
}

// vetoRelayed: the words are relayed inside another speaker's quote.
func vetoRelayed(_ *matcher, g Group, _ []Instance) bool { return relayed(g) }

// vetoSlogan: some article calls the words a slogan.
func vetoSlogan(mt *matcher, g Group, _ []Instance) bool { return mt.slogan(g) }

// vetoEcho: no two articles disagree: one article gives the words to two
// people (a judge echoing the prosecution), and any other gives them to
// one of the same.
func vetoEcho(mt *matcher, _ Group, ev []Instance) bool { return !mt.disagree(ev) }

// conflict reports a group whose instances name different speakers and
// that no veto pass excuses.
func (mt *matcher) conflict(g Group) (Finding, bool) {
	if len(normalise(g.Text).words) < minConflictWords {
		return Finding{}, false
	}
	var names []string
	var ev, unnamed []Instance
	for _, in := range g.Instances {
		if in.Speaker == "" || in.Speaker == Unknown {
			unnamed = append(unnamed, in)
			continue
		}
		ev = append(ev, in)
		known := false
		for _, s := range names {
			if mt.sameSpeaker(s, in.Speaker) {
				known = true
				break
			}
		}
		if !known {
			names = append(names, in.Speaker)
		}
	}
	if len(names) < 2 || !mt.sharedDistinctive(ev) || mt.vetoed(g, ev) {
		return Finding{}, false
	}
	var parts []string
	for _, s := range names {
		var arts []string
		for _, in := range ev {
			if mt.sameSpeaker(s, in.Speaker) && (len(arts) == 0 || arts[len(arts)-1] != in.Article) {
				arts = append(arts, in.Article)
			}
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", s, strings.Join(arts, ", ")))
	}
	sort.Strings(parts)
	f := Finding{
		Kind:     AttributionConflict,
		Message:  fmt.Sprintf("%q is attributed to different speakers: %s", excerpt(g.Text), strings.Join(parts, "; ")),
		Evidence: ev,
	}
	f.Reason = mt.doubt(names, append(ev[:len(ev):len(ev)], unnamed...))
	f.Uncertain = f.Reason != ""
	return f, true
}

// excerpt shortens a text for a message.
func excerpt(s string) string {
	s = textutil.OneSpace(s)
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	cut := 80
	for cut > 60 && !unicode.IsSpace(r[cut]) {
		cut--
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}

// ownVoice is an article's unquoted words, in runs broken at quotes and
// paragraph ends, kept compact so that every article's can stay in
// memory for a corpus's source search: one string of the words (lower
// case, as normWords gives them) with a space between words and a line
// break between runs, and each word's offsets in the article.
type ownVoice struct {
	text string
	offs []int32 // start and end of each word, in text order
}

// ownVoiceOf splits an article's kept text into unquoted runs. Quoted
// spans are those of its instances and those Extract finds again (any
// language), so that own voice never includes quoted words.
func (mt *matcher) ownVoiceOf(src string, paras []span.Span, quoted []span.Span) ownVoice {
	ps := cleanSpans(paras, len(src))
	if paras == nil && len(src) > 0 {
		ps = []span.Span{{Start: 0, End: len(src)}}
	}
	for _, q := range ExtractWith(src, ps, nil, nil, "", mt.opts) {
		quoted = append(quoted, span.Span{Start: q.Start, End: q.End})
	}
	inQuote := func(s, e int) bool {
		for _, q := range quoted {
			if s < q.End && e > q.Start {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	var ov ownVoice
	inRun := false
	for _, p := range ps {
		ws, _ := normWords(src, p.Start, p.End)
		for _, w := range ws {
			if inQuote(w.s, w.e) {
				inRun = false
				continue
			}
			switch {
			case inRun:
				b.WriteByte(' ')
			case b.Len() > 0:
				b.WriteByte('\n')
			}
			inRun = true
			b.WriteString(w.w)
			ov.offs = append(ov.offs, int32(w.s), int32(w.e))
		}
		inRun = false
	}
	ov.text = b.String()
	return ov
}

// runs are the voice's runs of words (substrings of its text) with the
// index of each run's first word.
func (ov ownVoice) runs() (runs [][]string, first []int) {
	n := 0
	for line := range strings.SplitSeq(ov.text, "\n") {
		if line == "" {
			continue
		}
		ws := strings.Split(line, " ")
		runs, first = append(runs, ws), append(first, n)
		n += len(ws)
	}
	return runs, first
}

// has reports the trigram g (three words joined by spaces) among the
// voice's: three words in a row within one run.
func (ov ownVoice) has(g string) bool {
	t := ov.text
	for off := 0; ; {
		i := strings.Index(t[off:], g)
		if i < 0 {
			return false
		}
		i += off
		if (i == 0 || t[i-1] == ' ' || t[i-1] == '\n') && (i+len(g) == len(t) || t[i+len(g)] == ' ' || t[i+len(g)] == '\n') {
			return true
		}
		off = i + 1
	}
}

// shared counts the trigrams of qg (of a quote of three words or more)
// the voice has, stopping at most.
func (ov ownVoice) shared(qg map[string]bool, most int) int {
	n := 0
	for g := range qg {
		if n >= most {
			break
		}
		if ov.has(g) {
			n++
		}
	}
	return n
}

// find looks for a quote in the own-voice runs, returning its offsets.
func (ov ownVoice) find(q norm, qg map[string]bool) (int, int, bool) {
	if ov.shared(qg, 1) == 0 {
		return 0, 0, false
	}
	runs, first := ov.runs()
	at := func(r, s, e int) (int, int, bool) {
		return int(ov.offs[2*(first[r]+s)]), int(ov.offs[2*(first[r]+e-1)+1]), true
	}
	for r, words := range runs {
		if s, e, ok := findParts(words, q.parts); ok {
			return at(r, s, e)
		}
	}
	if len(q.words) < minApprox {
		return 0, 0, false
	}
	for r, words := range runs {
		if s, e, ok := approxFind(words, q.words, len(q.words)/minApprox); ok {
			return at(r, s, e)
		}
	}
	return 0, 0, false
}

// gramHash is the FNV-1a hash of a trigram's words joined by spaces
// (the key trigrams makes).
func gramHash(words ...string) uint64 {
	h := uint64(14695981039346656037)
	for i, w := range words {
		if i > 0 {
			h = (h ^ ' ') * 1099511628211
		}
		for k := 0; k < len(w); k++ {
			h = (h ^ uint64(w[k])) * 1099511628211
		}
	}
	return h
}

// gramEntry says that article art's own voice has a trigram hashing to h.
type gramEntry struct {
	h   uint64
	art int32
}

// gramIndex is an inverted index from trigram to the articles whose own
// voice has it, as flat sorted entries of (hash, article): for a whole
// corpus a few arrays without pointers, not a map of strings. Two
// trigrams with one hash only add candidates, which the exact test
// (ownVoice.shared) rules out.
type gramIndex []gramEntry

// newGramIndex indexes the voices' trigrams (voices[i] is article i's).
func newGramIndex(voices []ownVoice) gramIndex {
	var ix gramIndex
	for a, ov := range voices {
		runs, _ := ov.runs()
		for _, ws := range runs {
			if len(ws) < 3 {
				// trigrams keys a run this short by all its words: no
				// quote of five words or more shares it.
				continue
			}
			for i := 0; i+3 <= len(ws); i++ {
				ix = append(ix, gramEntry{gramHash(ws[i], ws[i+1], ws[i+2]), int32(a)})
			}
		}
	}
	slices.SortFunc(ix, func(x, y gramEntry) int {
		if c := cmp.Compare(x.h, y.h); c != 0 {
			return c
		}
		return cmp.Compare(x.art, y.art)
	})
	return slices.Compact(ix)
}

// articles lists the articles with a trigram hashing to h, in order.
func (ix gramIndex) articles(h uint64) gramIndex {
	i, _ := slices.BinarySearchFunc(ix, h, func(e gramEntry, h uint64) int { return cmp.Compare(e.h, h) })
	j := i
	for j < len(ix) && ix[j].h == h {
		j++
	}
	return ix[i:j]
}

// sourceFindingsPass finds quotes whose words another article prints in
// its own voice.
func sourceFindingsPass(mt *matcher, ms *matchSet) []Finding {
	return mt.sourceFindings(ms.instances, ms.norms, ms.sources, ms.paras)
}

// sourceSearch holds the articles' own voices for the source findings.
type sourceSearch struct {
	mt        *matcher
	sources   map[string]string
	paras     map[string][]span.Span
	byArticle map[string][]Instance
	ids       []string // the articles, sorted
	// voices are the articles' own voices, in the order of ids; index
	// finds the articles whose own voice has a trigram: a quote is only
	// compared with articles sharing trigrams, which keeps the search
	// near-linear in corpus size.
	voices  []ownVoice
	ordinal map[string]int
	index   gramIndex
}

func newSourceSearch(mt *matcher, instances []Instance, sources map[string]string, paras map[string][]span.Span) *sourceSearch {
	ss := &sourceSearch{mt: mt, sources: sources, paras: paras, byArticle: map[string][]Instance{}, ordinal: map[string]int{}}
	for _, in := range instances {
		ss.byArticle[in.Article] = append(ss.byArticle[in.Article], in)
	}
	for id := range sources {
		ss.ids = append(ss.ids, id)
	}
	sort.Strings(ss.ids)
	ss.voices = make([]ownVoice, len(ss.ids))
	for i, id := range ss.ids {
		ss.ordinal[id] = i
		ss.voices[i] = ss.buildVoice(id)
	}
	ss.index = newGramIndex(ss.voices)
	return ss
}

// voice is article id's own voice.
func (ss *sourceSearch) voice(id string) ownVoice {
	return ss.voices[ss.ordinal[id]]
}

// buildVoice builds article id's own voice.
func (ss *sourceSearch) buildVoice(id string) ownVoice {
	src := ss.sources[id]
	var quoted []span.Span
	for _, in := range ss.byArticle[id] {
		if in.Start >= 0 && in.End <= len(src) && in.Start < in.End {
			quoted = append(quoted, span.Span{Start: in.Start, End: in.End})
		}
	}
	return ss.mt.ownVoiceOf(src, ss.paras[id], quoted)
}

// sourceCand is a quote and another article sharing its trigrams,
// judged by the source vetoes.
type sourceCand struct {
	ss      *sourceSearch
	in      Instance
	q       norm
	qg      map[string]bool
	b       string // the other article
	looked  bool
	s, e    int
	matched bool
}

// span finds the quote's words in b's own voice (once): none in an
// article sharing fewer trigrams with the quote than sharing asks (one
// that only a hash collision of the index made a candidate).
func (sc *sourceCand) span() (int, int, bool) {
	if !sc.looked {
		sc.looked = true
		ov := sc.ss.voice(sc.b)
		if need := sharedNeed(sc.qg); ov.shared(sc.qg, need) >= need {
			sc.s, sc.e, sc.matched = ov.find(sc.q, sc.qg)
		}
	}
	return sc.s, sc.e, sc.matched
}

// vetoQuotedThere: the other article quotes the same speaker itself.
func vetoQuotedThere(mt *matcher, sc *sourceCand) bool {
	return mt.speaksIn(sc.ss.byArticle[sc.b], sc.in.Speaker)
}

// vetoNamedNear: the other article names the speaker in the paragraph
// holding the words.
func vetoNamedNear(_ *matcher, sc *sourceCand) bool {
	s, _, ok := sc.span()
	return ok && namesNear(sc.ss.sources[sc.b], sc.ss.paras[sc.b], s, sc.in.Speaker)
}

// vetoCredited: a paragraph of the other article before the words opens
// with the speaker's name and a colon, the headline or transcript way of
// crediting them ("Gazette: Ferry plan for north pier").
func vetoCredited(_ *matcher, sc *sourceCand) bool {
	s, _, ok := sc.span()
	return ok && creditedBefore(sc.ss.sources[sc.b], sc.ss.paras[sc.b], s, sc.in.Speaker)
}

// creditedBefore reports a paragraph of src starting before off that
// opens with one to four capitalised words and a colon, each word a word
// of speaker's name ("Gazette:" or "Harbour Gazette:" for Harbour Gazette).
func creditedBefore(src string, paras []span.Span, off int, speaker string) bool {
	name, _ := normWords(speaker, 0, len(speaker))
	if len(name) == 0 {
		return false
	}
	of := map[string]bool{}
	for _, w := range name {
		of[w.w] = true
	}
	for _, p := range cleanSpans(paras, len(src)) {
		if p.Start >= off {
			break
		}
		head := src[p.Start:min(p.End, p.Start+80)]
		c := strings.IndexByte(head, ':')
		if c < 0 {
			continue
		}
		ws, _ := normWords(src, p.Start, p.Start+c)
		credit := len(ws) > 0 && len(ws) <= 4 && firstNonSpace(src, p.Start, p.End) == ws[0].s
		for _, w := range ws {
			credit = credit && of[w.w] && isCap(src[w.s:w.e])
		}
		if credit {
			return true
		}
	}
	return false
}

// sourceVetoed reports a source veto pass that excuses sc.
func (mt *matcher) sourceVetoed(sc *sourceCand) bool {
	for _, p := range sourceVetoes {
		if mt.on(p.Info) && p.Run(mt, sc) {
			return true
		}
	}
	return false
}

// sourceFindings finds quotes whose words another article prints in its
// own voice.
func (mt *matcher) sourceFindings(instances []Instance, norms []norm, sources map[string]string, paras map[string][]span.Span) []Finding {
	ss := newSourceSearch(mt, instances, sources, paras)
	var out []Finding
	seen, altSeen := map[string]bool{}, map[string]bool{}
	for i, in := range instances {
		if in.Kind != KindSpeech || in.Speaker == "" || in.Speaker == Unknown || len(norms[i].words) < minFragment {
			continue
		}
		if !mt.distinctive(norms[i].words) {
			continue
		}
		qg := trigrams(norms[i].words)
		for _, b := range ss.sharing(in.Article, qg) {
			sc := &sourceCand{ss: ss, in: in, q: norms[i], qg: qg, b: b}
			if mt.sourceVetoed(sc) {
				continue
			}
			s, e, ok := sc.span()
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%d", in.Article, b, s, e)
			if !ok || seen[key] {
				continue
			}
			seen[key] = true
			src := sources[b]
			own := Instance{Article: b, Quote: Quote{Start: s, End: e, Text: src[s:e], Kind: KindOwnVoice, Speaker: Unknown}}
			out = append(out, Finding{
				Kind:     Source,
				Message:  mt.sourceMessage(in, b, src, paras[b], s, e),
				Evidence: []Instance{in, own},
			})
			out = append(out, mt.alteredSource(in, own, src, altSeen)...)
		}
	}
	return out
}

// sharing lists, sorted, the articles other than article whose own voice
// may hold a quote with trigrams qg (of three words each: a quote of three
// words or more): any match shares at least three trigrams (a five-word
// fragment has three, and an approximate match of ten words or more keeps
// more than that). The index matches trigrams by hash, so the list may
// hold articles sharing fewer; sourceCand.span rules them out.
func (ss *sourceSearch) sharing(article string, qg map[string]bool) []string {
	need := sharedNeed(qg)
	var out []string
	if need == 0 {
		for _, b := range ss.ids {
			if b != article {
				out = append(out, b)
			}
		}
		return out
	}
	hits := map[int32]int{}
	for g := range qg {
		for _, e := range ss.index.articles(gramHash(g)) {
			hits[e.art]++
		}
	}
	var arts []int
	for b, n := range hits {
		if n >= need && ss.ids[b] != article {
			arts = append(arts, int(b))
		}
	}
	sort.Ints(arts) // ids are sorted
	for _, b := range arts {
		out = append(out, ss.ids[b])
	}
	return out
}

// sharedNeed is the fewest trigrams of qg an article's own voice shares
// to be searched for the quote (see sharing).
func sharedNeed(qg map[string]bool) int { return min(3, len(qg)) }

// namesNear reports whether the paragraph of src holding off names the
// speaker (all its words in order, or the last word of a longer name
// capitalised): the article then reports the speaker, if indirectly ("X
// said the board had lost its way"), rather than speaking itself.
func namesNear(src string, paras []span.Span, off int, speaker string) bool {
	ps := cleanSpans(paras, len(src))
	p := span.Span{Start: 0, End: len(src)}
	for _, q := range ps {
		if q.Start <= off && off < q.End {
			p = q
			break
		}
	}
	name, _ := normWords(speaker, 0, len(speaker))
	if len(name) == 0 {
		return false
	}
	ws, _ := normWords(src, p.Start, p.End)
	hay := make([]string, len(ws))
	for i, w := range ws {
		hay[i] = w.w
	}
	needle := make([]string, len(name))
	for i, w := range name {
		needle[i] = w.w
	}
	if indexWords(hay, needle, 0) >= 0 {
		return true
	}
	if len(name) < 2 {
		return false
	}
	last := name[len(name)-1].w
	for _, w := range ws {
		if w.w == last && isCap(src[w.s:w.e]) {
			return true
		}
	}
	return false
}

// speaksIn reports whether speaker is named as speaking in one of the
// article's quotes.
func (mt *matcher) speaksIn(ins []Instance, speaker string) bool {
	for _, in := range ins {
		if in.Speaker != Unknown && in.Speaker != "" && mt.sameSpeaker(in.Speaker, speaker) {
			return true
		}
	}
	return false
}
