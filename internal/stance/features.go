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

// extract computes the features of one pair.
func (f *featurizer) extract(claim, body string) pairFeatures {
	surf := surfaceTable()
	ht := tokenize(claim)
	bt := tokenize(body)
	d := make([]float64, nDense)

	// Claim content words, with their index (up to 64 for sentence masks).
	hIndex := map[string]int{}
	var hWeights []float64
	hnorm := 0.0
	var hNumbers, hNames []string
	hBigrams := map[bigram]bool{}
	prev := ""
	for i, t := range ht {
		if !content(t) {
			prev = ""
			continue
		}
		if prev != "" {
			hBigrams[bigram{prev, t.stem}] = true
		}
		prev = t.stem
		if _, ok := hIndex[t.stem]; !ok {
			hIndex[t.stem] = len(hWeights)
			hWeights = append(hWeights, 0)
			if t.lower[0] >= '0' && t.lower[0] <= '9' {
				hNumbers = append(hNumbers, t.stem)
			} else if i > 0 && capitalised(claim, t) {
				hNames = append(hNames, t.stem)
			}
		}
		w := f.idfOf(t.stem)
		hWeights[hIndex[t.stem]] += w
	}
	for _, w := range hWeights {
		hnorm += w * w
	}
	hnorm = math.Sqrt(hnorm)
	nh := len(hWeights)

	// Body pass 1: one table look-up per token, term counts, sentence
	// masks and cosines. Distinct stems are kept in text order so that
	// every sum is taken in a fixed order.
	nSent := 0
	if len(bt) > 0 {
		nSent = bt[len(bt)-1].sent + 1
	}
	masks := make([]uint64, nSent)
	sDot := make([]float64, nSent)
	sNorm := make([]float64, nSent)
	sfs := make([]*surface, len(bt))
	local := make(map[string]int, len(bt)/2)
	words := make([]bodyWord, 0, len(bt)/2)
	found := make([]bool, nh)
	foundLead := make([]bool, nh)
	bigramHits := 0
	claimTok := make([]bool, len(bt))
	var hitList []bigram
	bodyContent := 0
	prev = ""
	for i, t := range bt {
		sf := surf[t.lower]
		sfs[i] = sf
		if len(t.stem) <= 1 || (sf != nil && sf.stop) {
			prev = ""
			continue
		}
		bodyContent++
		j, ok := local[t.stem]
		if !ok {
			j = len(words)
			local[t.stem] = j
			hk := -1
			if k, ok := hIndex[t.stem]; ok {
				hk = k
			}
			words = append(words, bodyWord{stem: t.stem, idf: f.idfOf(t.stem), head: hk})
		}
		bw := &words[j]
		bw.count++
		w := bw.idf
		sNorm[t.sent] += w * w
		if t.sent < 3 {
			bw.lead++
		}
		if k := bw.head; k >= 0 {
			claimTok[i] = true
			found[k] = true
			if t.sent < 3 {
				foundLead[k] = true
			}
			sDot[t.sent] += hWeights[k] * w
			if k < 64 {
				masks[t.sent] |= 1 << uint(k)
			}
			if prev != "" {
				if bg := (bigram{prev, t.stem}); hBigrams[bg] {
					dup := false
					for _, h := range hitList {
						dup = dup || h == bg
					}
					if !dup {
						hitList = append(hitList, bg)
						bigramHits++
					}
				}
			}
		}
		prev = t.stem
	}
	dot, bnorm, ldot, lnorm := 0.0, 0.0, 0.0, 0.0
	for i := range words {
		bw := &words[i]
		w := bw.idf * float64(bw.count)
		bnorm += w * w
		lw := bw.idf * float64(bw.lead)
		lnorm += lw * lw
		if bw.head >= 0 {
			dot += hWeights[bw.head] * w
			ldot += hWeights[bw.head] * lw
		}
	}
	cos := func(dot, n2 float64) float64 {
		if dot == 0 || n2 == 0 || hnorm == 0 {
			return 0
		}
		return dot / (hnorm * math.Sqrt(n2))
	}
	d[0] = cos(dot, bnorm)
	d[1] = cos(ldot, lnorm)
	maxCos := 0.0
	for s := range sDot {
		maxCos = math.Max(maxCos, cos(sDot[s], sNorm[s]))
	}
	d[2] = maxCos
	if nh > 0 {
		nf, nfl, idfF, idfT := 0, 0, 0.0, 0.0
		for k := range found {
			if found[k] {
				nf++
				idfF += hWeights[k]
			}
			if foundLead[k] {
				nfl++
			}
			idfT += hWeights[k]
		}
		d[3] = float64(nf) / float64(nh)
		d[4] = idfF / idfT
		d[6] = float64(nfl) / float64(nh)
	}
	if len(hBigrams) > 0 {
		d[5] = float64(bigramHits) / float64(len(hBigrams))
	}
	d[7] = math.Log1p(float64(nh))
	d[8] = math.Log1p(float64(bodyContent))

	// Related sentences: those sharing 2+ claim words (1 for short claims).
	need := 2
	if nh <= 2 {
		need = 1
	}
	related := make([]bool, nSent)
	nRel, firstRel := 0, -1
	for s, m := range masks {
		if bits.OnesCount64(m) >= need {
			related[s] = true
			nRel++
			if firstRel < 0 {
				firstRel = s
			}
		}
	}
	d[9] = math.Log1p(float64(nRel))
	if nSent > 0 {
		d[10] = float64(nRel) / float64(nSent)
	}
	inBody := func(s string) bool {
		j, ok := local[s]
		return ok && words[j].count > 0
	}
	if len(hNumbers) > 0 {
		d[11] = 1
		n := 0
		for _, s := range hNumbers {
			if inBody(s) {
				n++
			}
		}
		d[12] = float64(n) / float64(len(hNumbers))
	}
	if len(hNames) > 0 {
		n := 0
		for _, s := range hNames {
			if inBody(s) {
				n++
			}
		}
		d[13] = float64(n) / float64(len(hNames))
	}
	for i := len(claim) - 1; i >= 0; i-- {
		if claim[i] == ' ' || claim[i] == '\n' || claim[i] == '"' || claim[i] == '\'' {
			continue
		}
		if claim[i] == '?' {
			d[14] = 1
		}
		break
	}

	// Cues and polarity (VADER lexicon valences, mean over words).
	const cueBase = 15
	sentBase := cueBase + 6*nCueGroups + 5
	var headCue, bodyCue, leadCue, relCue [nCueGroups]int
	hv := 0.0
	for g := 0; g < nCueGroups; g++ {
		for i := 0; i < len(ht); i++ {
			if sf := surf[ht[i].lower]; sf != nil {
				if n := matchPhrases(sf.cues[g], ht, i); n > 0 {
					headCue[g]++
					i += n - 1
				}
			}
		}
	}
	for _, t := range ht {
		if sf := surf[t.lower]; sf != nil && sf.hasVal {
			hv += sf.val
		}
	}
	var skip [nCueGroups]int // tokens still inside a matched phrase
	bv, rv, rn := 0.0, 0.0, 0
	for i, sf := range sfs {
		if sf == nil {
			for g := range skip {
				skip[g] = max(skip[g]-1, 0)
			}
			continue
		}
		s := bt[i].sent
		if sf.hasVal {
			bv += sf.val
			if related[s] {
				rv += sf.val
				rn++
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
			bodyCue[g]++
			if s < 3 {
				leadCue[g]++
			}
			if related[s] {
				relCue[g]++
			}
		}
	}
	// The disagree gate reads cues in context: a refuting word inside a
	// fixed phrase ("no doubt") or under negation ("did not deny") is no
	// denial.
	hits := scanCues(bt, sfs)
	refuted := false
	for _, h := range hits {
		if h.group == cueRefute && h.counts() {
			refuted = true
			break
		}
	}
	sentenceFeatures(d[sentBase:], bt, hits, claimTok, masks, sDot, sNorm, nh, cos)
	for g := 0; g < nCueGroups; g++ {
		o := cueBase + 6*g
		d[o] = float64(headCue[g])
		d[o+1] = math.Log1p(float64(bodyCue[g]))
		if len(bt) > 0 {
			d[o+2] = 100 * float64(bodyCue[g]) / float64(len(bt))
		}
		d[o+3] = math.Log1p(float64(leadCue[g]))
		d[o+4] = math.Log1p(float64(relCue[g]))
		if nRel > 0 {
			d[o+5] = float64(relCue[g]) / float64(nRel)
		}
	}
	vo := cueBase + 6*nCueGroups
	if len(ht) > 0 {
		d[vo] = hv / float64(len(ht))
	}
	if len(bt) > 0 {
		d[vo+1] = 10 * bv / float64(len(bt))
	}
	if rn > 0 {
		d[vo+2] = rv / float64(rn)
	}
	d[vo+3] = d[vo] * d[vo+2]
	if firstRel >= 0 && nSent > 0 {
		d[vo+4] = float64(firstRel) / float64(nSent)
	} else {
		d[vo+4] = 1
	}

	pf := pairFeatures{dense: d, refuted: refuted}
	if f.headVocab != nil {
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
	return pf
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
