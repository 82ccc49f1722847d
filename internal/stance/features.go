package stance

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Dense features of a (claim, body) pair. The names document the model
// file; their order is part of the format (FeatureVersion).
var denseNames = func() []string {
	names := []string{
		"cos_body",           // TF-IDF cosine, claim vs whole body
		"cos_lead",           // TF-IDF cosine, claim vs the first 3 sentences
		"cos_max_sentence",   // best TF-IDF cosine with one body sentence
		"frac_claim_in_body", // share of the claim's content words found in the body
		"idf_frac_claim_in_body",
		"frac_claim_bigrams_in_body",
		"frac_claim_in_lead",
		"log_claim_len",
		"log_body_len",
		"log_related_sentences", // sentences sharing 2+ claim words
		"frac_related_sentences",
		"claim_has_number",
		"frac_claim_numbers_in_body",
		"frac_claim_names_in_body", // capitalised words, language-independent
		"claim_question",
	}
	for _, g := range []string{"refute", "hedge", "assert", "negation"} {
		names = append(names, g+"_claim", g+"_log_body", g+"_body_rate", g+"_log_lead",
			g+"_log_related", g+"_related_rate")
	}
	names = append(names, "valence_claim", "valence_body", "valence_related",
		"valence_claim_x_related", "first_related_position")
	// Sentence level (feature version 3): cues read in context (fixed
	// phrases, negation scope) in the three sentences closest to the
	// claim, and next to the claim's own words; claim words under
	// negation; the best share of the claim's words in one sentence.
	for _, g := range []string{"refute", "hedge", "assert", "negation"} {
		names = append(names, g+"_top3", g+"_near_claim")
	}
	names = append(names, "log_negated_claim_words", "negated_claim_rate", "max_sentence_coverage")
	return names
}()

var nDense = len(denseNames)

// FeatureVersion changes whenever denseNames or the vector layout changes.
const FeatureVersion = 3

// featurizer turns pairs into feature vectors; read-only after setup.
type featurizer struct {
	idf        map[string]float64
	defaultIDF float64
	headVocab  map[string]int
	bodyVocab  map[string]int
}

// pairFeatures are one pair's features before binning.
type pairFeatures struct {
	dense []float64
	head  []int     // indices into headVocab, unique, ascending not required
	body  []int     // indices into bodyVocab
	bodyV []float64 // values for body (L2-normalised log term frequency)
	// refuted is whether the body holds a refuting cue; it decides
	// whether disagree is allowed (File.DisagreeNeedsCue).
	refuted bool
}

func (f *featurizer) idfOf(s string) float64 {
	if v, ok := f.idf[s]; ok {
		return v
	}
	return f.defaultIDF
}

func content(t token) bool {
	return len(t.stem) > 1 && !isStopword(t.lower)
}

func capitalised(text string, t token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	return unicode.IsUpper(r)
}

type bigram struct{ a, b string }

// bodyWord is one distinct content stem of a body.
type bodyWord struct {
	stem  string
	count int
	lead  int
	idf   float64
	head  int // index among the claim's words, or -1
}

// extract computes the features of one pair: the claim's words, one pass
// over the body, the overlap features, the related sentences, the
// claim's numbers and names, the cue and valence features, and the
// sparse vocabulary features.
func (f *featurizer) extract(claim, body string) pairFeatures {
	surf := surfaceTable()
	ht := tokenize(claim)
	bt := tokenize(body)
	d := make([]float64, nDense)

	cw := f.claimTerms(claim, ht)
	bp := f.scanBody(bt, surf, cw)
	overlapFeatures(d, cw, bp)
	rel := relatedSentences(bp.masks, len(cw.weights))
	d[9] = math.Log1p(float64(rel.n))
	if bp.nSent > 0 {
		d[10] = float64(rel.n) / float64(bp.nSent)
	}
	nameFeatures(d, cw, bp)
	if endsInQuestion(claim) {
		d[14] = 1
	}

	// Cues and polarity (VADER lexicon valences, mean over words).
	const cueBase = 15
	sentBase := cueBase + 6*nCueGroups + 5
	cc := claimCues(ht, surf)
	bc := bodyCues(bt, bp.sfs, rel.related)
	// The disagree gate reads cues in context: a refuting word inside a
	// fixed phrase ("no doubt") or under negation ("did not deny") is no
	// denial.
	hits := scanCues(bt, bp.sfs)
	refuted := false
	for _, h := range hits {
		if h.group == cueRefute && h.counts() {
			refuted = true
			break
		}
	}
	sentenceFeatures(d[sentBase:], bt, hits, bp.claimTok, bp.masks, bp.sDot, bp.sNorm, len(cw.weights), cw.cos)
	cueFeatures(d[cueBase:], cc, bc, len(bt), rel.n)
	valenceFeatures(d[cueBase+6*nCueGroups:], cc, bc, len(ht), len(bt), rel, bp.nSent)

	pf := pairFeatures{dense: d, refuted: refuted}
	if f.headVocab != nil {
		f.vocabFeatures(&pf, ht, bp.words)
	}
	return pf
}

// claimTerms are the distinct content words of a claim, indexed in order
// of first occurrence (up to 64 of them fit the sentence masks).
type claimTerms struct {
	index   map[string]int // stem -> index into weights
	weights []float64      // summed IDF of each word's occurrences
	norm    float64        // L2 norm of weights
	numbers []string       // stems of the words that start with a digit
	names   []string       // stems of capitalised words after the first token
	bigrams map[bigram]bool
}

// claimTerms collects the content words of the claim tokens ht, their
// TF-IDF weights and norm, numbers, names and content bigrams.
func (f *featurizer) claimTerms(claim string, ht []token) *claimTerms {
	cw := &claimTerms{index: map[string]int{}, bigrams: map[bigram]bool{}}
	prev := ""
	for i, t := range ht {
		if !content(t) {
			prev = ""
			continue
		}
		if prev != "" {
			cw.bigrams[bigram{prev, t.stem}] = true
		}
		prev = t.stem
		if _, ok := cw.index[t.stem]; !ok {
			cw.index[t.stem] = len(cw.weights)
			cw.weights = append(cw.weights, 0)
			if t.lower[0] >= '0' && t.lower[0] <= '9' {
				cw.numbers = append(cw.numbers, t.stem)
			} else if i > 0 && capitalised(claim, t) {
				cw.names = append(cw.names, t.stem)
			}
		}
		w := f.idfOf(t.stem)
		cw.weights[cw.index[t.stem]] += w
	}
	hnorm := 0.0
	for _, w := range cw.weights {
		hnorm += w * w
	}
	cw.norm = math.Sqrt(hnorm)
	return cw
}

// cos is the TF-IDF cosine of the claim with a text whose dot product
// with the claim is dot and whose squared norm is n2 (0 if either is 0).
func (cw *claimTerms) cos(dot, n2 float64) float64 {
	if dot == 0 || n2 == 0 || cw.norm == 0 {
		return 0
	}
	return dot / (cw.norm * math.Sqrt(n2))
}

// bodyScan is what one pass over a body's tokens gathers.
type bodyScan struct {
	nSent int
	masks []uint64   // per sentence: the claim words it holds (bit k: word k < 64)
	sDot  []float64  // per sentence: TF-IDF dot product with the claim
	sNorm []float64  // per sentence: squared TF-IDF norm
	sfs   []*surface // per token: its surface table entry, or nil
	local map[string]int
	// words are the body's distinct content stems in text order, so that
	// every sum is taken in a fixed order.
	words      []bodyWord
	found      []bool // per claim word: seen in the body
	foundLead  []bool // per claim word: seen in the first 3 sentences
	bigramHits int    // distinct claim bigrams found in the body
	claimTok   []bool // per token: a claim word
	content    int    // content tokens
}

// scanBody is the body pass: one table look-up per token, term counts,
// sentence masks and per-sentence dot products and norms.
func (f *featurizer) scanBody(bt []token, surf map[string]*surface, cw *claimTerms) *bodyScan {
	nh := len(cw.weights)
	nSent := 0
	if len(bt) > 0 {
		nSent = bt[len(bt)-1].sent + 1
	}
	bp := &bodyScan{
		nSent:     nSent,
		masks:     make([]uint64, nSent),
		sDot:      make([]float64, nSent),
		sNorm:     make([]float64, nSent),
		sfs:       make([]*surface, len(bt)),
		local:     make(map[string]int, len(bt)/2),
		words:     make([]bodyWord, 0, len(bt)/2),
		found:     make([]bool, nh),
		foundLead: make([]bool, nh),
		claimTok:  make([]bool, len(bt)),
	}
	var hitList []bigram
	prev := ""
	for i, t := range bt {
		sf := surf[t.lower]
		bp.sfs[i] = sf
		if len(t.stem) <= 1 || (sf != nil && sf.stop) {
			prev = ""
			continue
		}
		bp.content++
		bw := f.bodyWordOf(bp, cw, t.stem)
		bw.count++
		w := bw.idf
		bp.sNorm[t.sent] += w * w
		if t.sent < 3 {
			bw.lead++
		}
		if k := bw.head; k >= 0 {
			bp.claimTok[i] = true
			bp.found[k] = true
			if t.sent < 3 {
				bp.foundLead[k] = true
			}
			bp.sDot[t.sent] += cw.weights[k] * w
			if k < 64 {
				bp.masks[t.sent] |= 1 << uint(k)
			}
			if prev != "" {
				if bg := (bigram{prev, t.stem}); cw.bigrams[bg] && !containsBigram(hitList, bg) {
					hitList = append(hitList, bg)
					bp.bigramHits++
				}
			}
		}
		prev = t.stem
	}
	return bp
}

// bodyWordOf returns the entry of stem among bp's words, adding it (with
// its IDF and its index among the claim's words) on first sight.
func (f *featurizer) bodyWordOf(bp *bodyScan, cw *claimTerms, stem string) *bodyWord {
	j, ok := bp.local[stem]
	if !ok {
		j = len(bp.words)
		bp.local[stem] = j
		hk := -1
		if k, ok := cw.index[stem]; ok {
			hk = k
		}
		bp.words = append(bp.words, bodyWord{stem: stem, idf: f.idfOf(stem), head: hk})
	}
	return &bp.words[j]
}

// containsBigram reports whether list holds bg.
func containsBigram(list []bigram, bg bigram) bool {
	dup := false
	for _, h := range list {
		dup = dup || h == bg
	}
	return dup
}

// has reports whether the body holds the content stem s.
func (bp *bodyScan) has(s string) bool {
	j, ok := bp.local[s]
	return ok && bp.words[j].count > 0
}

// overlapFeatures fills d[0:9] (see denseNames): the cosines of the claim
// with the whole body, its lead and its best sentence, the shares of the
// claim's words and bigrams found, and the two lengths.
func overlapFeatures(d []float64, cw *claimTerms, bp *bodyScan) {
	hWeights := cw.weights
	nh := len(hWeights)
	dot, bnorm, ldot, lnorm := 0.0, 0.0, 0.0, 0.0
	for i := range bp.words {
		bw := &bp.words[i]
		w := bw.idf * float64(bw.count)
		bnorm += w * w
		lw := bw.idf * float64(bw.lead)
		lnorm += lw * lw
		if bw.head >= 0 {
			dot += hWeights[bw.head] * w
			ldot += hWeights[bw.head] * lw
		}
	}
	d[0] = cw.cos(dot, bnorm)
	d[1] = cw.cos(ldot, lnorm)
	maxCos := 0.0
	for s := range bp.sDot {
		maxCos = math.Max(maxCos, cw.cos(bp.sDot[s], bp.sNorm[s]))
	}
	d[2] = maxCos
	if nh > 0 {
		nf, nfl, idfF, idfT := 0, 0, 0.0, 0.0
		for k := range bp.found {
			if bp.found[k] {
				nf++
				idfF += hWeights[k]
			}
			if bp.foundLead[k] {
				nfl++
			}
			idfT += hWeights[k]
		}
		d[3] = float64(nf) / float64(nh)
		d[4] = idfF / idfT
		d[6] = float64(nfl) / float64(nh)
	}
	if len(cw.bigrams) > 0 {
		d[5] = float64(bp.bigramHits) / float64(len(cw.bigrams))
	}
	d[7] = math.Log1p(float64(nh))
	d[8] = math.Log1p(float64(bp.content))
}

// relatedSents marks the body's sentences related to the claim.
type relatedSents struct {
	related []bool // per sentence
	n       int    // related sentences
	first   int    // the first related sentence, or -1
}

// relatedSentences finds the related sentences: those sharing 2+ claim
// words (1 for claims of up to 2 words), from the sentence masks.
func relatedSentences(masks []uint64, nh int) relatedSents {
	need := 2
	if nh <= 2 {
		need = 1
	}
	rel := relatedSents{related: make([]bool, len(masks)), first: -1}
	for s, m := range masks {
		if bits.OnesCount64(m) >= need {
			rel.related[s] = true
			rel.n++
			if rel.first < 0 {
				rel.first = s
			}
		}
	}
	return rel
}

// nameFeatures fills d[11:14] (see denseNames): whether the claim holds
// a number, and the shares of its numbers and of its names found in the
// body.
func nameFeatures(d []float64, cw *claimTerms, bp *bodyScan) {
	if len(cw.numbers) > 0 {
		d[11] = 1
		n := 0
		for _, s := range cw.numbers {
			if bp.has(s) {
				n++
			}
		}
		d[12] = float64(n) / float64(len(cw.numbers))
	}
	if len(cw.names) > 0 {
		n := 0
		for _, s := range cw.names {
			if bp.has(s) {
				n++
			}
		}
		d[13] = float64(n) / float64(len(cw.names))
	}
}

// endsInQuestion reports whether the claim's last character other than
// white space and quotes is a question mark.
func endsInQuestion(claim string) bool {
	for i := len(claim) - 1; i >= 0; i-- {
		if claim[i] == ' ' || claim[i] == '\n' || claim[i] == '"' || claim[i] == '\'' {
			continue
		}
		return claim[i] == '?'
	}
	return false
}

// claimCueCounts are the cue phrases of each group in the claim and the
// sum of its words' valences.
type claimCueCounts struct {
	cues    [nCueGroups]int
	valence float64
}

// claimCues counts the cue phrases of each group in the claim tokens ht
// (a matched phrase is skipped whole) and sums their valences.
func claimCues(ht []token, surf map[string]*surface) claimCueCounts {
	var c claimCueCounts
	for g := 0; g < nCueGroups; g++ {
		for i := 0; i < len(ht); i++ {
			if sf := surf[ht[i].lower]; sf != nil {
				if n := matchPhrases(sf.cues[g], ht, i); n > 0 {
					c.cues[g]++
					i += n - 1
				}
			}
		}
	}
	for _, t := range ht {
		if sf := surf[t.lower]; sf != nil && sf.hasVal {
			c.valence += sf.val
		}
	}
	return c
}

// bodyCueCounts are the cue phrases of each group in the body, in its
// first 3 sentences and in its related sentences, and the valences of
// the body and of its related sentences.
type bodyCueCounts struct {
	body, lead, rel [nCueGroups]int
	valence         float64 // sum over the body's words
	relValence      float64 // sum over the related sentences' words
	relValued       int     // words with a valence in related sentences
}

// bodyCues counts the cue phrases of each group in the body tokens bt
// (surface entries sfs), skipping the rest of a matched phrase per
// group, and sums the valences.
func bodyCues(bt []token, sfs []*surface, related []bool) bodyCueCounts {
	var c bodyCueCounts
	var skip [nCueGroups]int // tokens still inside a matched phrase
	for i, sf := range sfs {
		if sf == nil {
			for g := range skip {
				skip[g] = max(skip[g]-1, 0)
			}
			continue
		}
		s := bt[i].sent
		if sf.hasVal {
			c.valence += sf.val
			if related[s] {
				c.relValence += sf.val
				c.relValued++
			}
		}
		for g := 0; g < nCueGroups; g++ {
			if skip[g] > 0 {
				skip[g]--
				continue
			}
			if !sf.anyCue {
				continue
			}
			n := matchPhrases(sf.cues[g], bt, i)
			if n == 0 {
				continue
			}
			skip[g] = n - 1
			c.body[g]++
			if s < 3 {
				c.lead[g]++
			}
			if related[s] {
				c.rel[g]++
			}
		}
	}
	return c
}

// cueFeatures fills the six cue features of each group (see denseNames)
// from d[0]; nBody is the body's token count, nRel its related sentences.
func cueFeatures(d []float64, cc claimCueCounts, bc bodyCueCounts, nBody, nRel int) {
	for g := 0; g < nCueGroups; g++ {
		o := 6 * g
		d[o] = float64(cc.cues[g])
		d[o+1] = math.Log1p(float64(bc.body[g]))
		if nBody > 0 {
			d[o+2] = 100 * float64(bc.body[g]) / float64(nBody)
		}
		d[o+3] = math.Log1p(float64(bc.lead[g]))
		d[o+4] = math.Log1p(float64(bc.rel[g]))
		if nRel > 0 {
			d[o+5] = float64(bc.rel[g]) / float64(nRel)
		}
	}
}

// valenceFeatures fills d[0:5] (see denseNames): the mean valence of the
// claim, the body and the related sentences, the claim's times the
// related sentences', and the position of the first related sentence
// (1 if none). nClaim and nBody are the token counts.
func valenceFeatures(d []float64, cc claimCueCounts, bc bodyCueCounts, nClaim, nBody int, rel relatedSents, nSent int) {
	if nClaim > 0 {
		d[0] = cc.valence / float64(nClaim)
	}
	if nBody > 0 {
		d[1] = 10 * bc.valence / float64(nBody)
	}
	if bc.relValued > 0 {
		d[2] = bc.relValence / float64(bc.relValued)
	}
	d[3] = d[0] * d[2]
	if rel.first >= 0 && nSent > 0 {
		d[4] = float64(rel.first) / float64(nSent)
	} else {
		d[4] = 1
	}
}

// vocabFeatures fills pf's sparse features: the claim's stems in the
// head vocabulary, and the body's stems in the body vocabulary with
// their L2-normalised log term frequencies.
func (f *featurizer) vocabFeatures(pf *pairFeatures, ht []token, words []bodyWord) {
	seen := map[int]bool{}
	for _, t := range ht {
		if k, ok := f.headVocab[t.stem]; ok && !seen[k] {
			seen[k] = true
			pf.head = append(pf.head, k)
		}
	}
	n2 := 0.0
	for i := range words {
		if k, ok := f.bodyVocab[words[i].stem]; ok {
			v := math.Log1p(float64(words[i].count))
			pf.body = append(pf.body, k)
			pf.bodyV = append(pf.bodyV, v)
			n2 += v * v
		}
	}
	if n2 > 0 {
		n := math.Sqrt(n2)
		for i := range pf.bodyV {
			pf.bodyV[i] /= n
		}
	}
}

// Reach of the sentence-level features, in tokens: how near a cue must
// stand to one of the claim's words, and how far back a negation governs
// a claim word.
const (
	nearClaimReach = 6
	negatedReach   = 3
)

// topSentences returns the three sentences of highest positive cosine
// with the claim, best first (-1 where there are fewer).
func topSentences(sDot, sNorm []float64, cos func(dot, n2 float64) float64) [3]int {
	top := [3]int{-1, -1, -1}
	topCos := [3]float64{}
	for s := range sDot {
		c := cos(sDot[s], sNorm[s])
		if c <= 0 {
			continue
		}
		for k := 0; k < 3; k++ {
			if top[k] < 0 || c > topCos[k] {
				copy(top[k+1:], top[k:2])
				copy(topCos[k+1:], topCos[k:2])
				top[k], topCos[k] = s, c
				break
			}
		}
	}
	return top
}

// sentenceFeatures fills the sentence-level features (see denseNames):
// d[0:8] the counted cues of each group in the three sentences closest
// to the claim and within nearClaimReach tokens of a claim word (both
// log1p), d[8:10] the claim words with a negation up to negatedReach
// tokens before them (log1p, and per claim word found), d[10] the best
// share of the claim's distinct words in one sentence.
func sentenceFeatures(d []float64, bt []token, hits []cueHit, claimTok []bool, masks []uint64, sDot, sNorm []float64, nh int, cos func(dot, n2 float64) float64) {
	top := topSentences(sDot, sNorm, cos)
	inTop := func(s int) bool { return s == top[0] || s == top[1] || s == top[2] }
	// Prefix counts of claim tokens, for the window around each cue.
	pre := make([]int, len(bt)+1)
	for i, c := range claimTok {
		pre[i+1] = pre[i]
		if c {
			pre[i+1]++
		}
	}
	var topCue, nearCue [nCueGroups]int
	negAt := make([]bool, len(bt))
	for _, h := range hits {
		if h.group == cueNegation {
			for k := h.i; k < h.i+h.n; k++ {
				negAt[k] = true
			}
		}
		if !h.counts() {
			continue
		}
		s := bt[h.i].sent
		if inTop(s) {
			topCue[h.group]++
		}
		lo, hi := h.i, h.i+h.n-1
		for k := 0; k < nearClaimReach && lo > 0 && bt[lo-1].sent == s; k++ {
			lo--
		}
		for k := 0; k < nearClaimReach && hi+1 < len(bt) && bt[hi+1].sent == s; k++ {
			hi++
		}
		if pre[hi+1]-pre[lo]-(pre[h.i+h.n]-pre[h.i]) > 0 {
			nearCue[h.group]++
		}
	}
	for g := 0; g < nCueGroups; g++ {
		d[2*g] = math.Log1p(float64(topCue[g]))
		d[2*g+1] = math.Log1p(float64(nearCue[g]))
	}
	negated, claimWords := 0, 0
	for i, c := range claimTok {
		if !c {
			continue
		}
		claimWords++
		for k := i - 1; k >= 0 && k >= i-negatedReach && bt[k].sent == bt[i].sent; k-- {
			if negAt[k] {
				negated++
				break
			}
		}
	}
	d[8] = math.Log1p(float64(negated))
	if claimWords > 0 {
		d[9] = float64(negated) / float64(claimWords)
	}
	if nh > 0 {
		best := 0
		for _, m := range masks {
			best = max(best, bits.OnesCount64(m))
		}
		d[10] = float64(best) / float64(min(nh, 64))
	}
}
