package stance

import (
	"strings"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Cue groups: words and phrases (English and Swedish, lower case) whose
// presence near a claim says how a text stands on it. They are features of
// the learned model, not rules: the weights come from FNC-1 training data,
// and the Swedish entries ride on the weights their English counterparts
// learn.
const (
	cueRefute   = iota // the claim is denied or debunked
	cueHedge           // reported, alleged, predicted: discussed, not asserted
	cueAssert          // confirmed, announced: asserted
	cueNegation        // plain negation: not, no, never, inte
	nCueGroups
)

// cueConcepts are the lexicon concepts of the cue groups.
var cueConcepts = [nCueGroups]lexicon.Name{
	cueRefute:   lexicon.StanceRefuteCues,
	cueHedge:    lexicon.StanceHedgeCues,
	cueAssert:   lexicon.StanceAssertCues,
	cueNegation: lexicon.NegationCues,
}

// cueSet matches the phrases of one group over a token sequence.
type cueSet struct {
	// first maps a phrase's first word to the phrases starting with it
	// (each as its words).
	first map[string][][]string
}

func newCueSet(phrases []string) cueSet {
	cs := cueSet{first: map[string][][]string{}}
	for _, p := range phrases {
		words := strings.Fields(p)
		if len(words) == 0 {
			continue
		}
		cs.first[words[0]] = append(cs.first[words[0]], words)
	}
	return cs
}

// matchAt returns the number of tokens of the longest phrase matching at
// toks[i], or 0.
func (cs cueSet) matchAt(toks []token, i int) int {
	return matchPhrases(cs.first[toks[i].lower], toks, i)
}

// matchPhrases returns the length of the longest of phrases (all starting
// with toks[i]'s word) matching at toks[i], or 0.
func matchPhrases(phrases [][]string, toks []token, i int) int {
	best := 0
	for _, p := range phrases {
		if len(p) <= best || i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			if toks[i+k].lower != p[k] {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// fixedConcepts are fixed phrases that join a cue group although they
// hold a word of another ("no doubt" asserts, "could not rule out"
// hedges): matched longest first across groups, they keep their words from
// counting as their bare meaning.
var fixedConcepts = map[int]lexicon.Name{
	cueAssert: lexicon.StanceAssertFixed,
	cueHedge:  lexicon.StanceHedgeFixed,
}

// cueSets builds the cue groups from the lexicon. The groups are
// features of the trained model: the default lexicon's, whatever a user
// file adds (see surfaceTable).
func cueSets(lx *lexicon.Lexicon) [nCueGroups]cueSet {
	var out [nCueGroups]cueSet
	for g, n := range cueConcepts {
		phrases := lx.InOrder(n)
		if f, ok := fixedConcepts[g]; ok {
			phrases = append(phrases, lx.InOrder(f)...)
		}
		out[g] = newCueSet(phrases)
	}
	return out
}

// negationReach is how many tokens before a cue a negation still
// governs it ("did not deny", "has never been confirmed").
const negationReach = 3

// cueHit is one cue matched in a token sequence: its group, first token
// and length in tokens. Negated marks a refuting or asserting cue with a
// negation up to negationReach tokens before it in the same sentence
// ("not deny", "was not elected"): it does not count as its group.
type cueHit struct {
	group, i, n int
	negated     bool
}

// scanCues matches the cue phrases of every group over toks, longest
// first across groups, so that a fixed phrase ("no doubt") is one cue of
// its own group and its words ("no", "doubt") are not cues. sfs holds
// each token's surface (nil for a word with none). Hits are in text
// order and do not overlap.
func scanCues(toks []token, sfs []*surface) []cueHit {
	var hits []cueHit
	lastNeg := -1 << 30
	for i := 0; i < len(toks); i++ {
		sf := sfs[i]
		if sf == nil || !sf.anyCue {
			continue
		}
		best, bestG := 0, -1
		for g := 0; g < nCueGroups; g++ {
			if n := matchPhrases(sf.cues[g], toks, i); n > best {
				best, bestG = n, g
			}
		}
		if best == 0 {
			continue
		}
		h := cueHit{group: bestG, i: i, n: best}
		if bestG == cueRefute || bestG == cueAssert {
			h.negated = i-lastNeg <= negationReach && toks[lastNeg].sent == toks[i].sent
		}
		if bestG == cueNegation {
			lastNeg = i + best - 1
		}
		hits = append(hits, h)
		i += best - 1
	}
	return hits
}

// counts reports whether a hit counts for its group (a negated refuting
// or asserting cue does not).
func (h cueHit) counts() bool { return !h.negated }

// surface is what is known of a lower-cased word form, looked up once per
// token: stopword, VADER valence, and the cue phrases starting with it.
type surface struct {
	stop   bool
	val    float64
	hasVal bool
	cues   [nCueGroups][][]string
	anyCue bool
}

var (
	surfaceOnce sync.Once
	surfaces    map[string]*surface
)

// surfaceTable returns the word-form table (built once).
func surfaceTable() map[string]*surface {
	surfaceOnce.Do(func() {
		m := map[string]*surface{}
		get := func(w string) *surface {
			s := m[w]
			if s == nil {
				s = &surface{}
				m[w] = s
			}
			return s
		}
		lx := lexicon.Default()
		for w := range lx.Set(lexicon.StopwordsEnSv) {
			get(w).stop = true
		}
		for w, v := range valences() {
			s := get(w)
			s.val, s.hasVal = v, true
		}
		sets := cueSets(lx)
		for g := range sets {
			for w, ps := range sets[g].first {
				s := get(w)
				s.cues[g] = ps
				s.anyCue = true
			}
		}
		surfaces = m
	})
	return surfaces
}
