package stance

import (
	"strings"
	"sync"
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

var cueLists = [nCueGroups]string{
	cueRefute: `fake|fraud|hoax|false|falsely|deny|denies|denied|denial|denying|not true|untrue|bogus|
	debunk|debunked|debunks|debunking|retract|retracted|retraction|misleading|fabricated|made up|
	no evidence|not real|satire|satirical|prank|doubt|doubts|dismissed|refuted|refutes|refute|rejects|
	rejected|nonsense|myth|baseless|unfounded|incorrect|wrong|scam|contrary|despite|
	falsk|falska|falskt|bluff|bluffen|förnekar|förnekade|förnekat|dementerar|dementerade|dementi|osant|
	påhitt|påhittad|felaktig|felaktiga|felaktigt|inga bevis|inte sant|avfärdar|avfärdade|myt`,
	cueHedge: `reportedly|reported|report|reports|allegedly|alleged|alleges|claim|claims|claimed|claiming|
	according to|apparently|purportedly|supposedly|rumor|rumors|rumour|rumours|rumored|rumoured|
	unconfirmed|unverified|speculation|speculated|suggests|suggest|suggested|possibly|possible|may|
	might|could|appears|appear|seems|seem|believed|thought to|expected|likely|predicted|predict|
	predicts|poll|polls|would|if true|said to|is said|are said|sources|source|could be|set to|
	enligt|uppges|uppgifter|påstås|påstår|påstod|ska ha|kan|kanske|troligen|troligtvis|tycks|verkar|
	väntas|förväntas|ser ut att|tyder på|spekulationer|sannolikt|opinionsundersökningar|
	opinionsundersökning|rykten|ryktet|obekräftade|obekräftat|hoppas|skulle|påstådda|påstådd`,
	cueAssert: `confirmed|confirms|confirm|confirming|officially|official|announced|announces|
	revealed|reveals|shows|showed|proved|proves|proven|indeed|true|verified|verify|evidence|footage|
	video|photos|won|wins|elected|
	bekräftar|bekräftade|bekräftat|officiellt|meddelade|meddelar|visar|visade|bevisar|bevis|vann|
	valdes|segrade`,
	cueNegation: `not|no|never|nor|isn't|wasn't|didn't|doesn't|don't|aren't|weren't|hasn't|haven't|
	won't|can't|cannot|nobody|nothing|inte|ingen|inga|inget|aldrig|varken`,
}

// cueSet matches the phrases of one group over a token sequence.
type cueSet struct {
	// first maps a phrase's first word to the phrases starting with it
	// (each as its words).
	first map[string][][]string
}

func newCueSet(list string) cueSet {
	cs := cueSet{first: map[string][][]string{}}
	for _, p := range strings.Split(list, "|") {
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

var cueSets = func() [nCueGroups]cueSet {
	var out [nCueGroups]cueSet
	for g, l := range cueLists {
		out[g] = newCueSet(l)
	}
	return out
}()

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
		for w := range stopwords {
			get(w).stop = true
		}
		for w, v := range valences() {
			s := get(w)
			s.val, s.hasVal = v, true
		}
		for g := range cueSets {
			for w, ps := range cueSets[g].first {
				s := get(w)
				s.cues[g] = ps
				s.anyCue = true
			}
		}
		surfaces = m
	})
	return surfaces
}
