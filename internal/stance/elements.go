package stance

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/quantity"
)

// KindRival is claim-aware evidence that the article puts another name
// or figure where the claim has its own: "Tomas Pell will host" against
// "Ada Quill will host", "killing two people" against "killed five
// people".
const KindRival = "rival"

// Windows of the element checks, in tokens: how far from a claim's
// figure its context words are read, and how many function words may
// stand between a missing name and the word beside it.
const (
	figureReach = 4
	nameGap     = 2
)

// elementCheck is what the article says of the claim's names and
// figures: the ones it never mentions (as written in the claim) and the
// sentences that give the claim's figure, or another name or figure in
// its place.
type elementCheck struct {
	missing []string
	words   []string // content words of the claim the article never uses
	ev      []sentenceEvidence
}

// checkElements compares the claim's names and figures with the
// article's. A name (a run of capitalised words after the first word)
// is mentioned when one of its words of three letters or more is; a
// figure when the article has a quantity of the same kind and value. A
// name the article never mentions is looked for in its place: the
// word beside it in the claim ("host" in "Quill will host"), found
// in the article with another capitalised name on the same side and at
// most nameGap function words between, gives rival evidence. A figure is
// compared with the article's figures that share the most of its context
// words (up to figureReach words either side: "killed five people"
// against "killing two people"): the same value states it, another is a
// rival.
func checkElements(claim string, ct []token, body string, toks []token) elementCheck {
	var out elementCheck
	have := make(map[string]bool, len(toks))
	prefixes := make(map[string]bool, len(toks))
	for _, t := range toks {
		have[t.stem] = true
		prefixes[wordPrefix(t.stem, prefixLen)] = true
		prefixes[wordPrefix(t.stem, namePrefixLen)] = true
	}
	claimStems := make(map[string]bool, len(ct))
	for _, t := range ct {
		claimStems[t.stem] = true
	}
	cq := figuresOf(claim, ct, "en")
	bq := figuresOf(body, toks, "")
	missing, ev := nameElements(claim, ct, body, toks, cq, have, prefixes, claimStems)
	out.missing, out.ev = missing, ev
	for _, t := range ct {
		if content(t) && !prefixes[wordPrefix(t.stem, prefixLen)] && !nameToken(claim, t) && !inQuantity(cq, t.start) {
			out.words = append(out.words, claim[t.start:t.end])
		}
	}
	// Figures.
	for _, q := range cq {
		if q.Kind == quantity.Year {
			continue
		}
		found := false
		for _, a := range bq {
			found = found || a.Kind == q.Kind && a.Low <= q.High && q.Low <= a.High
		}
		if !found {
			out.missing = append(out.missing, q.Text)
		}
		out.ev = append(out.ev, figureRivals(q, !found, ct, bq, toks)...)
	}
	return out
}

// listSeparator reports the text between two names of a list: a comma,
// "and", "or" (or Swedish "och", "eller"), or a comma and one of them.
func listSeparator(between string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), ","))))
	switch {
	case len(f) == 0:
		return strings.Contains(between, ",")
	case len(f) == 1:
		return lexicon.Default().Has(lexicon.ListConjunctions, f[0])
	}
	return false
}

// How many letters of two words must agree for them to count as forms
// of one word ("damaged" and "damage", "prisoner" and "prison"), and of
// two names ("Somali" and "Somalian", not "Johnson" and "Johnston").
const (
	prefixLen     = 5
	namePrefixLen = 6
)

// wordPrefix returns the first n letters of w.
func wordPrefix(w string, n int) string {
	k := 0
	for i := range w {
		if k == n {
			return w[:i]
		}
		k++
	}
	return w
}

// nameElements returns the claim's names (runs of capitalised words
// after the first word) that the article never mentions, and the rival
// names in their places (see checkElements).
func nameElements(claim string, ct []token, body string, toks []token, cq []quantity.Quantity, have, prefixes, claimStems map[string]bool) (missing []string, ev []sentenceEvidence) {
	// Names. Names listed together ("A, B and C won") are one subject:
	// an article naming one of them is not silent on it.
	type namePhrase struct {
		i, j, group int
		mentioned   bool
	}
	var phrases []namePhrase
	for i := 1; i < len(ct); {
		if !nameToken(claim, ct[i]) || inQuantity(cq, ct[i].start) {
			i++
			continue
		}
		p := namePhrase{i: i, j: i}
		for p.j < len(ct) && ct[p.j].sent == ct[i].sent && nameToken(claim, ct[p.j]) && !inQuantity(cq, ct[p.j].start) {
			w := ct[p.j].stem
			p.mentioned = p.mentioned || len(w) >= 3 && (have[w] || len(w) >= namePrefixLen && prefixes[wordPrefix(w, namePrefixLen)])
			p.j++
		}
		if n := len(phrases); n > 0 {
			p.group = phrases[n-1].group
			if !listSeparator(claim[ct[phrases[n-1].j-1].end:ct[i].start]) {
				p.group++
			}
		}
		phrases = append(phrases, p)
		i = p.j
	}
	groupMentioned := map[int]bool{}
	for _, p := range phrases {
		groupMentioned[p.group] = groupMentioned[p.group] || p.mentioned
	}
	// A group the article mentions still has rivals when its place is
	// only ever taken by other names: "Quill, the 2007 host" is
	// mentioned, but "Pell will host" holds the claim's place and
	// "Quill will host" never does.
	// Only a name that stands as a party is looked for so: not a date
	// ("on Saturday announced") nor a modifier of a noun ("Greek
	// teenager", "Tarnby's Harbour dairy", "Danish and Swedish
	// pirates").
	groupOwn := map[int]int{}
	groupRivals := map[int][]sentenceEvidence{}
	groupParty := map[int]bool{}
	for _, p := range phrases {
		rivals, own := nameRivals(claim, ct, p.i, p.j, body, toks, claimStems, groupMentioned[p.group])
		groupOwn[p.group] += own
		groupRivals[p.group] = append(groupRivals[p.group], rivals...)
		groupParty[p.group] = !calendarWord(ct[p.i].lower) && !modifierName(claim, ct, p.j)
		if !groupMentioned[p.group] {
			missing = append(missing, claim[ct[p.i].start:ct[p.j-1].end])
		}
	}
	for g := 0; len(phrases) > 0 && g <= phrases[len(phrases)-1].group; g++ {
		if !groupMentioned[g] || groupOwn[g] == 0 && groupParty[g] {
			ev = append(ev, groupRivals[g]...)
		}
	}
	return missing, ev
}

// figuresOf returns the quantities of text (tokens toks) that are
// figures: not a number word written as part of a name ("Commuters
// First", "Six Nations"), capitalised away from the sentence's start.
func figuresOf(text string, toks []token, lang string) []quantity.Quantity {
	qs := quantity.FindAll(text, lang)
	out := qs[:0]
	for _, q := range qs {
		if q.Word && q.Start < len(text) && text[q.Start] >= 'A' && text[q.Start] <= 'Z' {
			k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= q.Start })
			if k > 0 && k < len(toks) && toks[k-1].sent == toks[k].sent {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// inQuantity reports whether byte offset off falls inside one of qs.
func inQuantity(qs []quantity.Quantity, off int) bool {
	for _, q := range qs {
		if off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}

// nameToken reports a capitalised word that is no function word and
// does not start with a digit.
func nameToken(text string, t token) bool {
	return capitalised(text, t) && !isStopword(t.lower) && !(t.lower[0] >= '0' && t.lower[0] <= '9')
}

// nameRivals looks for another name in the place of the claim's name
// ct[i:j] (see checkElements); own counts the places where one of the
// claim's names stands.
//
// For a name the article mentions (verbsOnly), only a verb's place is
// looked in: a word ending in "-ed" right beside the name ("fired X"),
// or any word with an auxiliary or a future word between ("X will
// host", "X was named"). A noun's place ("the store in X", "the X
// office") holds other names in true articles too.
func nameRivals(claim string, ct []token, i, j int, body string, toks []token, claimStems map[string]bool, verbsOnly bool) (out []sentenceEvidence, own int) {
	try := func(anchor, dir int, gap []string) {
		a := ct[anchor]
		if content(a) && !nameToken(claim, a) && (!verbsOnly || verbPlace(a, gap)) {
			ev, n := rivalsBeside(a.stem, dir, gap, verbsOnly && auxGap(gap), body, toks, claimStems)
			out = append(out, ev...)
			own += n
		}
	}
	// The content word before the name (function words between), and
	// the one after it.
	k := i - 1
	for k >= 0 && i-1-k < nameGap && isStopword(ct[k].lower) {
		k--
	}
	if k >= 0 && adjacentRun(claim, ct, k, i) {
		try(k, +1, lowers(ct[k+1:i], false))
	}
	k = j
	for k < len(ct) && k-j < nameGap && isStopword(ct[k].lower) {
		k++
	}
	if k < len(ct) && adjacentRun(claim, ct, j-1, k) {
		try(k, -1, lowers(ct[j:k], true))
	}
	return out, own
}

// auxGap reports whether gap holds an auxiliary or a future word.
func auxGap(gap []string) bool {
	lx := lexicon.Default()
	for _, g := range gap {
		if lx.Has(lexicon.PassiveAux, g) || lx.Has(lexicon.FutureCues, g) {
			return true
		}
	}
	return false
}

// looseGap walks from token k in direction dir over up to three function
// words, spaces only between, one of them an auxiliary or a future word
// ("Pell will be the host" for the claim's "will host"); it returns
// the last of them and whether the walk found one.
func looseGap(body string, toks []token, k, dir int) (int, bool) {
	lx := lexicon.Default()
	r, aux := k, false
	for n := 0; n < 3; n++ {
		next := r + dir
		if next < 0 || next >= len(toks) || !adjacent(body, toks, r, next) || !isStopword(toks[next].lower) {
			break
		}
		r = next
		aux = aux || lx.Has(lexicon.PassiveAux, toks[r].lower) || lx.Has(lexicon.FutureCues, toks[r].lower)
	}
	return r, aux
}

// modifierName reports a name that modifies the noun after it (ct[j]):
// a content word, no name, that is no past form ("Wexley teenager",
// "Alderton office"; not "Rovers fired").
func modifierName(claim string, ct []token, j int) bool {
	return j < len(ct) && ct[j].sent == ct[j-1].sent && content(ct[j]) && !nameToken(claim, ct[j]) && !strings.HasSuffix(ct[j].lower, "ed")
}

// verbPlace reports whether the claim's word a, with the function words
// gap between it and a name, stands as a verb: gap holds an auxiliary or
// a future word, or is empty and a ends in "-ed".
func verbPlace(a token, gap []string) bool {
	return auxGap(gap) || len(gap) == 0 && strings.HasSuffix(a.lower, "ed")
}

// rivalsBeside finds the word anchor in the article with a capitalised
// name on side dir (+1: after it) and the function words gap between,
// spaces only around them; a name the claim has is no rival but its own
// (counted in own).
func rivalsBeside(anchor string, dir int, gap []string, loose bool, body string, toks []token, claimStems map[string]bool) (out []sentenceEvidence, own int) {
	for k, t := range toks {
		if t.stem != anchor {
			continue
		}
		r, ok := k, true
		if loose {
			r, ok = looseGap(body, toks, k, dir)
		} else {
			for _, g := range gap {
				r += dir
				ok = ok && r >= 0 && r < len(toks) && toks[r].lower == g && adjacent(body, toks, r-dir, r)
			}
		}
		r += dir
		if !ok || r < 0 || r >= len(toks) || !adjacent(body, toks, r-dir, r) || !nameToken(body, toks[r]) {
			continue
		}
		if calendarWord(toks[r].lower) {
			continue // "on Friday killed", "sentenced May 3": a date, no name
		}
		lo, hi := r, r
		for lo-1 >= 0 && nameToken(body, toks[lo-1]) && adjacent(body, toks, lo-1, lo) {
			lo--
		}
		for hi+1 < len(toks) && nameToken(body, toks[hi+1]) && adjacent(body, toks, hi, hi+1) {
			hi++
		}
		if claimNamed(toks[lo:hi+1], claimStems) {
			own++ // "Tom Abel" for "Thomas Abel"
			continue
		}
		// The last of a list ("Danish and Swedish pirates") may stand
		// beside the claim's word with the claim's name among the others.
		far := hi + 1
		if dir < 0 {
			far = lo - 1
		}
		if far >= 0 && far < len(toks) && lexicon.Default().Has(lexicon.ListConjunctions, toks[far].lower) {
			continue
		}
		out = append(out, sentenceEvidence{kind: KindRival, weight: 1, cue: [2]int{toks[lo].start, toks[hi].end}, sent: t.sent})
	}
	return out, own
}

// calendarWord reports a weekday or month name (English or Swedish).
func calendarWord(w string) bool {
	lx := lexicon.Default()
	for _, n := range []lexicon.Name{lexicon.WeekdaysEn, lexicon.MonthsEn, lexicon.WeekdaysSv, lexicon.MonthsSv} {
		if lx.Has(n, w) {
			return true
		}
	}
	return false
}

// claimNamed reports whether one of toks is a word of the claim.
func claimNamed(toks []token, claimStems map[string]bool) bool {
	for _, t := range toks {
		if claimStems[t.stem] {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens a and b (either order) of text stand
// next to each other with only spaces between.
func adjacent(text string, toks []token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	if a < 0 || b >= len(toks) || toks[a].sent != toks[b].sent {
		return false
	}
	for _, c := range text[toks[a].end:toks[b].start] {
		if c != ' ' {
			return false
		}
	}
	return true
}

// adjacentRun reports whether tokens a..b of text stand next to each
// other with only spaces between.
func adjacentRun(text string, toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !adjacent(text, toks, k, k+1) {
			return false
		}
	}
	return true
}

// lowers returns the lower-case forms of toks, reversed if rev.
func lowers(toks []token, rev bool) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		if rev {
			out[len(toks)-1-i] = t.lower
		} else {
			out[i] = t.lower
		}
	}
	return out
}

// figureRivals compares the claim's figure q with the article's figures
// of the same kind in the most similar context (see checkElements).
func figureRivals(q quantity.Quantity, missing bool, ct []token, bq []quantity.Quantity, toks []token) []sentenceEvidence {
	anchors := contextStems(ct, q.Start, q.End)
	if q.Compound != "" {
		anchors[stem(lowerWord(q.Compound))] = true
	}
	if len(anchors) == 0 {
		return nil
	}
	type cand struct {
		q     quantity.Quantity
		score int
		sent  int
	}
	var cands []cand
	best := 0
	for _, a := range bq {
		if a.Kind != q.Kind || a.Currency != q.Currency {
			continue
		}
		ctx := contextStems(toks, a.Start, a.End)
		if a.Compound != "" {
			ctx[stem(lowerWord(a.Compound))] = true
		}
		score := 0
		for s := range ctx {
			if anchors[s] {
				score++
			}
		}
		if score == 0 {
			continue
		}
		best = max(best, score)
		cands = append(cands, cand{a, score, tokenSentence(toks, a.Start)})
	}
	var out []sentenceEvidence
	for _, c := range cands {
		if c.score < best || c.score < min(2, len(anchors)) {
			continue
		}
		kind := KindRival
		if c.q.Low <= q.High && q.Low <= c.q.High {
			kind = KindFigure + "-" + KindStates
		} else if !missing {
			continue // the article gives the claim's figure elsewhere
		}
		out = append(out, sentenceEvidence{kind: kind, weight: 1, cue: [2]int{c.q.Start, c.q.End}, sent: c.sent})
	}
	return out
}

// contextStems returns the content stems within figureReach tokens of
// the byte range [start, end) in its sentence, numbers left out.
func contextStems(toks []token, start, end int) map[string]bool {
	out := map[string]bool{}
	first := sort.Search(len(toks), func(k int) bool { return toks[k].end > start })
	if first == len(toks) || toks[first].start >= end {
		return out
	}
	last := first
	for last+1 < len(toks) && toks[last+1].start < end {
		last++
	}
	s := toks[first].sent
	for k := max(first-figureReach, 0); k <= min(last+figureReach, len(toks)-1); k++ {
		t := toks[k]
		if (k >= first && k <= last) || t.sent != s || !content(t) || t.lower[0] >= '0' && t.lower[0] <= '9' {
			continue
		}
		out[t.stem] = true
	}
	return out
}

// tokenSentence is the sentence of the token at byte offset off (or the
// first after it).
func tokenSentence(toks []token, off int) int {
	if len(toks) == 0 {
		return 0
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].end > off })
	return toks[min(k, len(toks)-1)].sent
}
