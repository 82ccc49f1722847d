package stance

import "sort"

// maxStanceEvidence is how many sentences back one stance label.
const maxStanceEvidence = 2

// Support is a sentence backing a stance label.
type Support struct {
	// Kind is the cue group that made the sentence count ("refute",
	// "hedge", "assert"), or "related" when it only shares the claim's
	// words.
	Kind string
	// Cue is the cue as written and CueStart, CueEnd its offsets ("" and
	// 0, 0 for Kind "related").
	Cue              string
	CueStart, CueEnd int
	// Sentence is the sentence's text and Start, End its offsets.
	Sentence   string
	Start, End int
}

// Explain returns the sentences of body that back label for claim, best
// first: for disagree the sentences holding refuting cues, for discuss
// those holding hedges or predictions, for agree those holding asserting
// cues, each ranked by how many of the claim's content words they share
// (then by position); at most two. When no sentence holds such a cue, the sentences
// sharing most of the claim's words are given (Kind "related"). For a
// body in another language than English (lang), cue sentences are looked
// for in the first three sentences only, as ClassifyLang decides there.
// Unrelated pairs get none. Offsets are byte offsets into body.
func Explain(claim, body, lang, label string) []Support {
	group := map[string]int{Disagree: cueRefute, Discuss: cueHedge, Agree: cueAssert}
	g, ok := group[label]
	if !ok {
		return nil
	}
	claimWords := map[string]bool{}
	for _, t := range tokenize(claim) {
		if content(t) {
			claimWords[t.stem] = true
		}
	}
	toks := tokenize(body)
	if len(toks) == 0 {
		return nil
	}
	sents := sentenceSpans(body, toks)
	type cand struct {
		sent, overlap int
		cue           *Support
	}
	cands := make([]cand, len(sents))
	seen := make([]map[string]bool, len(sents))
	for i := range cands {
		cands[i].sent = i
		seen[i] = map[string]bool{}
	}
	surf := surfaceTable()
	sfs := make([]*surface, len(toks))
	for i, t := range toks {
		sfs[i] = surf[t.lower]
		c := &cands[t.sent]
		if claimWords[t.stem] && !seen[t.sent][t.stem] {
			seen[t.sent][t.stem] = true
			c.overlap++
		}
	}
	for _, h := range scanCues(toks, sfs) {
		t := toks[h.i]
		c := &cands[t.sent]
		if h.group != g || !h.counts() || c.cue != nil || (lang != "en" && lang != "" && t.sent >= 3) {
			continue
		}
		end := toks[h.i+h.n-1].end
		c.cue = &Support{Kind: cueKinds[g], Cue: body[t.start:end], CueStart: t.start, CueEnd: end}
	}
	rank := func(withCue bool) []cand {
		var out []cand
		for _, c := range cands {
			if (c.cue != nil) == withCue && (withCue || c.overlap > 0) {
				out = append(out, c)
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].overlap > out[j].overlap })
		return out
	}
	ranked := rank(true)
	if len(ranked) == 0 {
		ranked = rank(false)
	}
	var out []Support
	for _, c := range ranked {
		if len(out) == maxStanceEvidence {
			break
		}
		ev := Support{Kind: "related"}
		if c.cue != nil {
			ev = *c.cue
		}
		sp := sents[c.sent]
		ev.Start, ev.End, ev.Sentence = sp.Start, sp.End, body[sp.Start:sp.End]
		out = append(out, ev)
	}
	return out
}

// cueKinds names the cue groups in Evidence.Kind.
var cueKinds = [nCueGroups]string{cueRefute: "refute", cueHedge: "hedge", cueAssert: "assert", cueNegation: "negation"}
