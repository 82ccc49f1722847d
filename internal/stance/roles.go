package stance

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// agentReach is how many words before a verb its agent's name is looked
// for.
const agentReach = 12

// roleEvidence reads who did the claim's verb. For a claim "S V O" whose
// verb is a past form ("seized", "fired") with a name O right after it
// (a determiner may stand between), an article sentence where the
// nearest name before that verb is O ("HMS Tarnby intercepted three
// pirate ships and seized arms") has the roles the other way round: O
// did it, so the claim ("Pirates seized HMS Tarnby") is contrary to it.
// A passive ("Tarnby was seized") is skipped, and an article that also
// puts O after the verb ("seized the Tarnby") gives no such evidence.
func roleEvidence(claim string, ct []token, body string, toks []token) []sentenceEvidence {
	v, obj := claimVerbObject(claim, ct)
	if v < 0 {
		return nil
	}
	verb := ct[v].stem
	var swapped []int
	objectHits := 0
	for k, t := range toks {
		if t.stem != verb || passiveAround(toks, k) || capitalised(body, t) || !objectFollows(toks, k) {
			continue // "was (almost totally) destroyed", "destroyed by", a headline's "Church Damaged", "the coach fired within a month"
		}
		s := t.sent
		if participle(body, toks, k) {
			// "..., stopping the champion": the sentence's subject did it.
			if opensSentence(toks, k, obj) {
				swapped = append(swapped, k)
			}
			continue
		}
		for r := k + 1; r < len(toks) && r <= k+3 && toks[r].sent == s; r++ {
			if obj[toks[r].stem] {
				objectHits++
			}
		}
		for r := k - 1; r >= 0 && r >= k-agentReach && toks[r].sent == s; r-- {
			if nameToken(body, toks[r]) && !calendarWord(toks[r].lower) {
				if obj[toks[r].stem] {
					swapped = append(swapped, k)
				}
				break
			}
		}
	}
	if objectHits > 0 {
		return nil
	}
	out := make([]sentenceEvidence, 0, len(swapped))
	for _, k := range swapped {
		w := 1.0
		if toks[k].sent < 3 {
			w = 1.5
		}
		out = append(out, sentenceEvidence{kind: KindContrary, weight: w, cue: [2]int{toks[k].start, toks[k].end}, sent: toks[k].sent})
	}
	return out
}

// claimVerbObject finds the claim's first word that is a past form (ends
// in "-ed", not after an auxiliary) with a name right after it, a
// determiner allowed between, and a subject before it that does not
// hold that name. It returns the verb's index and the name's stems (of
// three letters or more), or -1.
func claimVerbObject(claim string, ct []token) (int, map[string]bool) {
	for v := 1; v < len(ct)-1; v++ {
		t := ct[v]
		if !strings.HasSuffix(t.lower, "ed") || !content(t) || nameToken(claim, t) {
			continue
		}
		if passiveBefore(ct, v) {
			return -1, nil
		}
		o := v + 1
		if o < len(ct)-1 && isStopword(ct[o].lower) {
			o++
		}
		obj := map[string]bool{}
		for ; o < len(ct) && nameToken(claim, ct[o]); o++ {
			if len(ct[o].stem) >= 3 {
				obj[ct[o].stem] = true
			}
		}
		if len(obj) == 0 {
			return -1, nil
		}
		for _, s := range ct[:v] {
			if obj[s.stem] {
				return -1, nil
			}
		}
		return v, obj
	}
	return -1, nil
}

// passiveBefore reports an auxiliary right before token k in its
// sentence ("was seized", "be sentenced").
func passiveBefore(toks []token, k int) bool {
	return k > 0 && toks[k-1].sent == toks[k].sent && lexicon.Default().Has(lexicon.PassiveAux, toks[k-1].lower)
}

// objectFollows reports whether a word that may open the verb's object
// follows token k in its sentence ("seized arms", "stopped the fight",
// "defeated two rivals"): not the sentence's end nor a preposition
// ("the fifth coach fired within a month").
func objectFollows(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].sent == toks[k].sent && !lexicon.Default().Has(lexicon.PrepositionsEnSv, toks[k+1].lower)
}

// passiveAround reports a passive reading of the past form at token k:
// an auxiliary up to three words before it in its sentence ("is to be
// formally sentenced", "was nearly destroyed") or "by" after it.
func passiveAround(toks []token, k int) bool {
	lx := lexicon.Default()
	for r := k - 1; r >= 0 && r >= k-3 && toks[r].sent == toks[k].sent; r-- {
		if lx.Has(lexicon.PassiveAux, toks[r].lower) {
			return true
		}
	}
	return k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].lower == "by"
}

// participle reports a word in "-ing" right after a comma ("...,
// stopping the champion").
func participle(body string, toks []token, k int) bool {
	return k > 0 && strings.HasSuffix(toks[k].lower, "ing") && strings.Contains(body[toks[k-1].end:toks[k].start], ",")
}

// opensSentence reports whether one of the first three words of token
// k's sentence is one of the stems obj: the sentence's subject.
func opensSentence(toks []token, k int, obj map[string]bool) bool {
	first := k
	for first > 0 && toks[first-1].sent == toks[k].sent {
		first--
	}
	for r := first; r < first+3 && r < k; r++ {
		if obj[toks[r].stem] {
			return true
		}
	}
	return false
}

// personReach is how many words from the claim's verb its person noun
// is looked for, in the claim and in the article (on one line: a
// headline's last word is no neighbour of the next line's first).
const personReach = 2

// personEvidence reads the sex of the claim's person. For a claim whose
// verb (a past form) has a noun for a man or a woman within personReach
// words ("A man was killed"), article sentences that put the other sex
// beside that verb ("killed a woman") are rival evidence, unless the
// article also puts the claim's own beside it somewhere.
func personEvidence(ct []token, body string, toks []token) []sentenceEvidence {
	lx := lexicon.Default()
	sex := func(w string) int {
		switch {
		case lx.Has(lexicon.PersonMale, w):
			return 1
		case lx.Has(lexicon.PersonFemale, w):
			return 2
		}
		return 0
	}
	claimSex, verb := 0, ""
	for p, t := range ct {
		if claimSex = sex(t.lower); claimSex == 0 {
			continue
		}
		for r := max(p-personReach, 0); r <= min(p+personReach, len(ct)-1); r++ {
			if strings.HasSuffix(ct[r].lower, "ed") && content(ct[r]) {
				verb = ct[r].stem
				break
			}
		}
		break
	}
	if claimSex == 0 || verb == "" {
		return nil
	}
	var rivals []sentenceEvidence
	own := 0
	for k, t := range toks {
		if t.stem != verb {
			continue
		}
		for r := max(k-personReach, 0); r <= min(k+personReach, len(toks)-1); r++ {
			if r == k || toks[r].sent != t.sent || strings.Contains(body[min(toks[r].end, t.end):max(toks[r].start, t.start)], "\n") {
				continue
			}
			switch s := sex(toks[r].lower); {
			case s == claimSex:
				own++
			case s != 0:
				rivals = append(rivals, sentenceEvidence{kind: KindRival, weight: 1, cue: [2]int{toks[r].start, toks[r].end}, sent: t.sent})
			}
		}
	}
	if own > 0 {
		return nil
	}
	return rivals
}
