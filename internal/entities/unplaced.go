package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dateline"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// voteUnplacedName: the taggers type many a one-word name they do not
// know a place ("Tarnix", a program; "Quillvane", a shop): a one-word
// cluster that no place list knows and that its text writes as a place
// (see placeEvidence) at under a third of its mentions is no place:
// MISC, the least committal type, as the org and person votes before
// found no cue of theirs either.
func voteUnplacedName(c *cluster, t string) (string, bool) {
	if t != span.GPE {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) != 1 || c.knownPlaceName(f.tokens[0]) {
			return t, false
		}
	}
	places := 0
	for _, i := range c.idx {
		m := c.ms[i]
		if m.Lang == "sv" {
			return t, false // the cues are English
		}
		if c.placeEvidence(m) {
			places++
		}
	}
	if places*3 >= len(c.idx) {
		return t, false
	}
	return span.Misc, true
}

// knownPlaceName reports a name a place list knows: the gazetteer's
// countries, cities and regions, or the places learnt from labelled data
// and news datelines.
func (v vocab) knownPlaceName(name string) bool {
	k := strings.ToLower(name)
	return v.lx.IsPlace(name) || v.lx.Has(lexicon.PlacesLearned, k) || v.lx.Has(lexicon.PlacesLearnedNews, k)
}

// placeEvidence reports a mention its text writes as a place: after a
// place's word ("in X", "the town of X"), before a place's noun ("X
// residents"), "at" it as a venue, after a word of routes, visits and
// seats (place_route_cues: "flew to X", "visited X", "the capital X",
// "Ada Quill, 23, of X"), an organisation's name and "of" ("the Harbour
// Gulls of X"),
// a bearing ("east of X") or a preposition and "the" ("in the X", "in
// the lower X", not "in the X world"), after a place's phrase before the
// list it ends ("the towns of Tarnby and X"), or in a list beside a place a place
// list knows or the texts write as one ("X, Valmora", "Valmora and X"),
// or before "is in" a known place or "is a" kind of place (copulaPlace:
// "X is in Valmora", "X is a small town"); not before a possessive ("in
// X's new film").
func (c *cluster) placeEvidence(m Mention) bool {
	return c.directPlace(m) || !possessed(m) && c.placeListed(m)
}

// directPlace reports a mention its own words write as a place (see
// placeEvidence), a list's other items aside.
func (c *cluster) directPlace(m Mention) bool {
	if possessed(m) {
		return false
	}
	b := strings.ToLower(strings.TrimRight(strings.TrimSpace(m.Before), " ,;:"))
	return c.datelinePlace(m) || c.placeContext(m) || c.placeAfter(m) || c.venueAt(m) || c.endsInPhrase(lexicon.PlaceRouteCues, strings.ReplaceAll(b, ",", " ,")) ||
		c.bearingBefore(b) || c.peerOf(b) || c.orgOf(m) || c.placeTheBefore(b, m.After) || c.placeNounAfter(m.After) || c.listOpened(strings.TrimSpace(m.Before)) ||
		c.copulaPlace(m.After)
}

// datelinePlace reports a mention that is a wire dateline's place or
// its region ("TARNBY, Conn., March 3 - "; see dateline.Place).
func (v vocab) datelinePlace(m Mention) bool {
	return dateline.Place(v.lx, m.Before, m.Text, m.After)
}

// peerOf reports a peer's title, a name and "of" ending b ("Lord Quill
// of X", "Baroness Lind of X"): a peer is "of" a place.
func (v vocab) peerOf(b string) bool {
	ws := strings.Fields(b)
	n := len(ws)
	return n >= 3 && ws[n-1] == "of" && v.lx.Has(lexicon.PeerTitles, ws[n-3])
}

// orgOf reports a name of an organisation, typed so by the taggers, and
// "of" right before m ("the Harbour Gulls of X", a side named with its
// town; "Quillco of X").
func (c *cluster) orgOf(m Mention) bool {
	if !strings.HasSuffix(m.Before, " of ") {
		return false
	}
	if c.orgEnds == nil {
		c.orgEnds = map[string]map[int]bool{}
		for _, p := range c.ms {
			if p.Type == span.Org {
				if c.orgEnds[p.Article] == nil {
					c.orgEnds[p.Article] = map[int]bool{}
				}
				c.orgEnds[p.Article][p.End] = true
			}
		}
	}
	return c.orgEnds[m.Article][m.Start-len(" of ")]
}

// placeNounAfter reports a place's noun as the next word, in lower case:
// place_nouns_after ("the X seat", "X airport"), a place's head
// (ner_location_heads: "X island", "X village") or a political unit's
// (place_unit_heads: "X province").
func (v vocab) placeNounAfter(a string) bool {
	if !strings.HasPrefix(a, " ") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(a, " "), " ")
	next, _, _ = strings.Cut(strings.TrimRight(next, ".,;:"), "-") // "X province-15"
	return v.lx.Has(lexicon.PlaceNounsAfter, next) || next == strings.ToLower(next) &&
		(v.lx.Has(lexicon.NerLocationHeads, next) || v.lx.Has(lexicon.PlaceUnitHeads, next))
}

// bearingBefore reports a compass word and "of" ending b ("east of").
func (v vocab) bearingBefore(b string) bool {
	rest, ok := strings.CutSuffix(b, " of")
	return ok && v.lx.Has(lexicon.CompassPoints, lastField(rest))
}

// placeTheBefore reports a place's preposition and "the", one lower-case
// word between allowed, ending b ("in the", "to the lower"), with no
// lower-case noun after the name ("in the Tarnix world" is a thing's).
func (v vocab) placeTheBefore(b, after string) bool {
	ws := strings.Fields(b)
	n := len(ws)
	if n >= 3 && ws[n-2] == "the" {
		ws, n = ws[:n-1], n-1 // "in the lower"
	}
	if n < 2 || ws[n-1] != "the" || !v.lx.Has(lexicon.PlaceThePrepositions, ws[n-2]) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	r, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsLower(r) || v.lx.Has(lexicon.StopwordsEn, strings.TrimRight(next, ".,;:"))
}

// placeListed reports a mention in a list beside a place a place list
// knows: one of the three items before it ("Valmora, Tarnby and X") or
// after it ("X, Valmora"), joined by commas, "and" or "or"; or a county
// after its town (see addressed).
func (c *cluster) placeListed(m Mention) bool {
	return c.listedBeside(strings.TrimSpace(m.Before), true) || c.listedBeside(strings.TrimSpace(m.After), false)
}

// listedBeside reports a known place among the three list items that
// end s (before the mention) or open it (after it).
func (c *cluster) listedBeside(s string, before bool) bool {
	for k := 0; k < 3; k++ {
		rest, ok := c.cutListJoint(s, before)
		if !ok {
			return false
		}
		if before && k == 0 && strings.HasSuffix(s, ",") && c.addressed(rest) {
			return true
		}
		item, more := c.firstItem(rest)
		if before {
			item, more = c.lastItem(rest)
		}
		ws := strings.Fields(item)
		if c.placedName(capitalRun(ws, before)) {
			return true
		}
		for n := 1; n <= len(ws); n++ {
			name := ws[:n]
			if before {
				name = ws[len(ws)-n:]
			}
			cut := `"'(.,;:` // "(Valmora" opens a bracket; "(Valmora)," is a side's after a player's name
			if !before {
				cut = `"').,;:`
			}
			if c.knownPlaceName(strings.Trim(strings.Join(name, " "), cut)) {
				return true
			}
		}
		s = more
	}
	return false
}

// capitalRun returns the capitalised words of a list item next to the
// list's joint, trimmed of punctuation: the whole name, never a word of
// it ("Pacific Assault", not "Pacific"; none in "Call of Duty").
func capitalRun(ws []string, before bool) string {
	i, j := 0, len(ws)
	if before {
		for i = j; i > 0 && isCapitalWord(strings.TrimLeft(ws[i-1], `"'(`)); i-- {
		}
	} else {
		for j = 0; j < len(ws) && isCapitalWord(strings.TrimLeft(ws[j], `"'(`)); j++ {
		}
	}
	for _, w := range append(append([]string{}, ws[:i]...), ws[j:]...) {
		if isCapitalWord(w) {
			return "" // a name's inner word: "Call" of "Call of Duty"
		}
	}
	return strings.Trim(strings.Join(ws[i:j], " "), `"'().,;:`)
}

// listOpened reports a mention in a list of names whose first item
// follows a place's phrase (see placeNounCue): "the villages of Tarnby,
// Pellow and X"; the phrase before the list holds for every item.
func (c *cluster) listOpened(b string) bool {
	ws := strings.Fields(b)
	for k := 0; k < 3; k++ {
		n := len(ws)
		if n == 0 {
			return false
		}
		switch {
		case c.lx.Has(lexicon.ListConjunctionsEn, ws[n-1]):
			ws = ws[:n-1]
		case strings.HasSuffix(ws[n-1], ","):
			ws[n-1] = strings.TrimSuffix(ws[n-1], ",")
		default:
			return false
		}
		i := len(ws)
		for i > 0 && len(ws)-i < 3 && isCapitalWord(strings.TrimSuffix(ws[i-1], ",")) && !strings.HasSuffix(ws[i-1], ",") {
			i--
		}
		if i == len(ws) || i == 0 {
			return false
		}
		ws = ws[:i]
		last := ws[i-1]
		if c.lx.Has(lexicon.ListConjunctionsEn, last) || strings.HasSuffix(last, ",") {
			continue
		}
		return c.placeNounCue(strings.ToLower(strings.Join(ws, " ")))
	}
	return false
}

// placeNounCue reports b ending in a place's or a route's phrase of
// words, a place's noun in it ("the villages of", "residents of"), not a
// lone preposition ("in", "from", "to": "in January and X", "from
// Tarnix and X", "listen to Ada and X").
func (v vocab) placeNounCue(b string) bool {
	for {
		if v.lx.Has(lexicon.PlaceRouteCues, b) || v.lx.Has(lexicon.PlaceCues, b) {
			return strings.ContainsRune(b, ' ')
		}
		i := strings.IndexByte(b, ' ')
		if i < 0 {
			return false
		}
		b = b[i+1:]
	}
}

// placedName reports a name the taggers type a place at most of its
// mentions and the texts write as one by a place's words at a third of
// them or more (see sitedPlace): "Tarnby" in "the village of Tarnby"
// lends a place's evidence to "X" in "were Tarnby and X".
func (c *cluster) placedName(name string) bool {
	if c.placed == nil {
		c.placed = map[string]bool{}
		n, g, e := map[string]int{}, map[string]int{}, map[string]int{}
		for _, m := range c.ms {
			if m.Lang == "sv" {
				continue
			}
			k := strings.ToLower(strings.TrimSpace(m.Text))
			n[k]++
			if m.Type == span.GPE || m.Type == span.Location {
				g[k]++
				if c.sitedPlace(m) {
					e[k]++
				}
			}
		}
		for k, v := range e {
			if v*3 >= n[k] && g[k]*2 > n[k] {
				c.placed[k] = true
			}
		}
	}
	return c.placed[strings.ToLower(name)]
}

// sitedPlace reports a mention written as a place by a place's word
// before it ("in X", "the village of X", "the residents of X", "east
// of X", "in the X") or a place's noun after it ("X residents", "X
// island"); a lone route's or venue's word ("to X", "from X", "at X")
// says less, as one goes to, comes from and is at a firm or a person too.
func (c *cluster) sitedPlace(m Mention) bool {
	if possessed(m) {
		return false
	}
	b := strings.ToLower(strings.TrimRight(strings.TrimSpace(m.Before), " ,;:"))
	return c.placeNounCue(b) || c.placeContext(m) || c.placeAfter(m) || c.bearingBefore(b) || c.placeTheBefore(b, m.After) || c.placeNounAfter(m.After)
}

// addressed reports a text ending in a place's word or a route's and a
// capitalised name, as a town's before its county ("from Tarnby, X",
// "in Port Hallam, X").
func (c *cluster) addressed(b string) bool {
	ws := strings.Fields(b)
	i := len(ws)
	for i > 0 && len(ws)-i < 3 && isCapitalWord(ws[i-1]) {
		i--
	}
	if i == len(ws) || i == 0 {
		return false
	}
	w := strings.ToLower(ws[i-1])
	return c.lx.Has(lexicon.PlaceCues, w) || c.lx.Has(lexicon.PlaceRouteCues, w)
}

// lastItem splits s before its last list item: the words after its last
// comma, "and" or "or", up to three.
func (c *cluster) lastItem(s string) (item, rest string) {
	ws := strings.Fields(s)
	i := len(ws)
	for i > 0 && len(ws)-i < 3 && !c.lx.Has(lexicon.ListConjunctionsEn, ws[i-1]) && !strings.HasSuffix(ws[i-1], ",") {
		i--
	}
	return strings.Join(ws[i:], " "), strings.Join(ws[:i], " ")
}

// firstItem splits s after its first list item: the words before its
// first comma, "and" or "or", up to three.
func (c *cluster) firstItem(s string) (item, rest string) {
	ws := strings.Fields(s)
	i := 0
	for i < len(ws) && i < 3 && !c.lx.Has(lexicon.ListConjunctionsEn, ws[i]) {
		i++
		if strings.HasSuffix(ws[i-1], ",") {
			break
		}
	}
	item = strings.TrimSuffix(strings.Join(ws[:i], " "), ",")
	rest = strings.Join(ws[i:], " ")
	if strings.HasSuffix(strings.Join(ws[:i], " "), ",") {
		rest = ", " + rest
	}
	return item, rest
}

// cutListJoint cuts a list's joint (a comma, "and", "or") from the end
// of before (or the start of after), reporting whether one was there.
func (c *cluster) cutListJoint(s string, before bool) (string, bool) {
	if c.listJoints == nil {
		c.listJoints = append([]string{","}, c.lx.InOrder(lexicon.ListConjunctionsEn)...)
	}
	for _, j := range c.listJoints {
		r, ok := strings.CutPrefix(s, j)
		if before {
			r, ok = strings.CutSuffix(s, j)
		}
		// a word joint stands apart: "and", not the end of "Thailand"
		if ok && (j == "," || before && strings.HasSuffix(r, " ") || !before && strings.HasPrefix(r, " ")) {
			return strings.TrimSpace(r), true
		}
	}
	return s, false
}
