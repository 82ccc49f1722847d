package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// A party's share of a body and the body's total are different figures:
// "the Harbour Party emerged as the largest party in the Harbour Assembly,
// winning 41 seats" gives the party 41 seats, not the assembly (whose
// total is "the 120-seat Harbour Assembly", "120 seats in the Harbour
// Assembly"). The subject rules below keep the body named in such a
// sentence from taking the party's figure.

// holderFigure reports a figure the rules of this file read: a count of a
// measure noun (not "N each", not an owner noun's members), or a share, a
// stake or revenue; personOK says whether a person may be its subject.
func (f *figure) holderFigure() (personOK, ok bool) {
	switch {
	case f.reading == readAmount && !f.amount.event:
		return false, true
	case f.counted():
		if f.eachCue() {
			return false, false
		}
		if f.noun == "members" || f.noun == "employees" {
			if _, owned := f.v.ownerNounBefore(f.src, f.s, f.q.Start); owned {
				return false, false
			}
		}
		return !f.v.bodyMeasures.has(f.noun), true
	}
	return false, false
}

// eachCue reports "N votes each" or "each took N".
func (f *figure) eachCue() bool {
	i := f.nounIdx
	return i+1 < len(f.after) && f.v.eachWords.has(strings.ToLower(f.after[i+1].text)) || f.v.eachBefore(f.src, f.s, f.q.Start)
}

// clauseSubjectOf claims f for the subject of the clause before offset
// upTo (see clauseSubject). With none, a count is a guess (the fallback)
// and a share is dropped; but when the clause names no subject at all
// and orNext is set, the next rules decide ("lists in Tarnby were long,
// with 8,600 people waiting": the place's).
func (f *figure) clauseSubjectOf(upTo int, personOK, orNext bool) verdict {
	subj, ok, named := f.clauseSubject(upTo, personOK)
	switch {
	case ok:
		f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
		return claim
	case orNext && !named:
		return next
	case f.counted():
		f.r.How = ByFallback
		return claim
	}
	return drop
}

// clauseSubject is the subject of the clause before offset upTo: its
// first mention that is no preposition's object ("in Tarnby", "led by Ada
// Quill"), no possessive before another name ("Ada Quill's Harbour
// Party" is the party) and no speaker ("the commission said ..."). A
// sentence opening with a subordinate clause ("After the count, ...") has
// its subject after the clause's comma. None, but named, when that
// mention is a person and personOK is false, or a possessive owns a noun
// ("the Harbour Party's majority").
func (f *figure) clauseSubject(upTo int, personOK bool) (subj span.Span, ok, named bool) {
	from := f.s.Start
	if i := strings.LastIndexByte(f.src[f.s.Start:upTo], ';'); i >= 0 {
		from = f.s.Start + i + 1
	}
	ws := wordsIn(f.src, from, upTo)
	if len(ws) > 0 && f.v.subordinators.has(strings.ToLower(ws[0].text)) {
		k := nextComma(ws, 0)
		if k < 0 {
			return span.Span{}, false, false
		}
		from = ws[k].end
	}
	var ms []span.Mention
	for _, m := range f.inSent {
		if m.Start >= from && m.End <= upTo {
			ms = append(ms, m)
		}
	}
	for i, m := range ms {
		before := wordsIn(f.src, from, m.Start)
		k := len(before) - 1
		if k >= 0 && f.v.articles.has(strings.ToLower(before[k].text)) {
			k--
		}
		if k >= 0 && f.v.objectPrepositions.has(strings.ToLower(before[k].text)) {
			continue
		}
		name := f.src[m.Start:m.End]
		rest, owns := possessiveAfter(f.src[m.End:upTo])
		if owns || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
			if restAt := upTo - len(rest); i+1 < len(ms) && ms[i+1].Start >= restAt && strings.TrimSpace(f.src[restAt:ms[i+1].Start]) == "" {
				continue // "Ada Quill's Harbour Party": the party
			}
			return span.Span{}, false, true // "the Harbour Party's majority"
		}
		if f.spokeAfter(m.End, upTo) {
			continue
		}
		if m.Type == span.Person && !personOK {
			return span.Span{}, false, true
		}
		return span.Span{Start: m.Start, End: m.End}, true, true
	}
	return span.Span{}, false, false
}

// possessiveAfter reports text opening with a possessive mark ("'s"),
// and the text after it.
func possessiveAfter(text string) (string, bool) {
	for _, mark := range []string{"'s", "’s", "'", "’"} {
		if rest, ok := strings.CutPrefix(text, mark); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return rest, true
			}
		}
	}
	return text, false
}

// spokeAfter reports a statement verb right after offset at (after one
// auxiliary at most): "the commission said", "Ada Quill has said".
func (f *figure) spokeAfter(at, upTo int) bool {
	ws := wordsIn(f.src, at, upTo)
	for k := 0; k < len(ws) && k < 2; k++ {
		w := strings.ToLower(ws[k].text)
		if f.v.reportingVerbs.has(w) {
			return true
		}
		if !f.v.ownerVerbs.has(w) {
			return false
		}
	}
	return false
}

// nextComma is the index of the first comma of ws from k on that is no
// thousands separator ("6,000"), or -1.
func nextComma(ws []word, k int) int {
	for ; k < len(ws); k++ {
		if ws[k].text == "," && !numberComma(ws, k) {
			return k
		}
	}
	return -1
}

// numberComma reports the comma ws[k] inside a number ("6,000").
func numberComma(ws []word, k int) bool {
	return k > 0 && k+1 < len(ws) && figureWord(ws[k-1].text) && figureWord(ws[k+1].text) &&
		ws[k-1].end == ws[k].start && ws[k].end == ws[k+1].start
}

// gainClause finds the comma that opens the figure's part of the
// sentence when a gain participle follows it (", winning 41 seats with
// 34.1% of the vote", ", with 41 seats") and no name stands between it
// and the figure; at is the comma's offset.
func (f *figure) gainClause() (at int, ok bool) {
	ws := f.before
	for k := len(ws) - 1; k >= 0; k-- {
		switch ws[k].text {
		case ";", ".", ":":
			return 0, false
		case ",":
			if numberComma(ws, k) {
				continue
			}
			if k+1 >= len(ws) || !f.v.gainParticiples.has(strings.ToLower(ws[k+1].text)) {
				return 0, false
			}
			for _, m := range f.inSent {
				if m.Start >= ws[k].end && m.Start < f.q.Start {
					return 0, false // ", with the Harbour Party on 41%": its own subject
				}
			}
			return ws[k].start, true
		}
	}
	return 0, false
}

// bodyName reports a name ending in a body noun ("Harbour Assembly",
// "House of Commons").
func (v *vocab) bodyName(name string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return v.bodyNouns.has(last) || v.bodyNameHeads.has(last)
}

// contained reports a body named at [start, end) as the place its
// members sit ("the largest party in the Harbour Assembly", "in Tarnby's
// council"), with no word between it and the figure that makes the
// count its own ("the Harbour Assembly, which has 120 seats", "the
// Harbour Assembly's 120 seats") unless another name stands between.
func (f *figure) contained(start, end int) bool {
	ws := wordsIn(f.src, f.s.Start, start)
	in := false
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := ws[k].text
		if f.v.containerPrepositions.has(strings.ToLower(w)) {
			in = true
			break
		}
		if !f.v.articles.has(strings.ToLower(w)) && isLowerWord(w) || !unicode.IsLetter([]rune(w)[0]) {
			break // not an article, nor a name before the body ("Tarnby's")
		}
	}
	if !in {
		return false
	}
	if _, owns := possessiveAfter(f.src[end:f.q.Start]); owns {
		return false // "the Harbour Assembly's 120 seats"
	}
	for _, m := range f.inSent {
		if m.Start >= end && m.End <= f.q.Start {
			return true // "on the Harbour Board, Ada Quill's group holds 5 seats": another name's verb
		}
	}
	for _, w := range wordsIn(f.src, end, f.q.Start) {
		if f.v.bodyOwnCues.has(strings.ToLower(w.text)) {
			return false
		}
	}
	return true
}

func partitiveWhole(f *figure) verdict {
	if !f.counted() || !f.v.partitiveBefore(f.before) {
		return next
	}
	// "won 64 of the 150 seats in the Harbour Assembly": the whole is
	// the assembly's, if named, never the party's.
	subj, ok := f.v.afterPreposition(f.inSent, f.after, f.nounIdx)
	if !ok || personAt(f.inSent, subj) {
		return drop
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{subj}
	return claim
}

// partitiveBefore reports a partitive phrase right before a figure, after
// another figure ("64 of the", "five out of").
func (v *vocab) partitiveBefore(before []word) bool {
	for _, p := range v.partitive {
		n := len(before) - len(p)
		if n < 1 {
			continue
		}
		same := true
		for i, w := range p {
			if !strings.EqualFold(before[n+i].text, w) {
				same = false
				break
			}
		}
		if prev := before[n-1].text; same && (figureWord(prev) || v.spelledNumbers.has(strings.ToLower(prev))) {
			return true
		}
	}
	return false
}

// personAt reports the mention at s typed a person.
func personAt(ms []span.Mention, s span.Span) bool {
	for _, m := range ms {
		if m.Start == s.Start && m.End == s.End {
			return m.Type == span.Person
		}
	}
	return false
}

func participleSubject(f *figure) verdict {
	personOK, ok := f.holderFigure()
	if !ok {
		return next
	}
	at, ok := f.gainClause()
	if !ok {
		return next
	}
	return f.clauseSubjectOf(at, personOK, true)
}

func containerBody(f *figure) verdict {
	personOK, ok := f.holderFigure()
	if !ok {
		return next
	}
	// The name the nearest-name rules would take (nearest-entity,
	// body-noun, amount-holder): a body the party sits in?
	var at int
	if f.counted() {
		c := f.countClause()
		subj, found := nearestBeforeOf(c.ms, f.q.Start, c.personOK)
		switch {
		case c.headOK && (!found || c.headAt >= subj.End):
			if !f.contained(c.headAt, wordsIn(f.src, c.headAt, f.q.Start)[0].end) {
				return next
			}
			at = c.headAt
		case found && f.v.bodyName(f.src[subj.Start:subj.End]) && f.contained(subj.Start, subj.End):
			at = subj.Start
		default:
			return next
		}
	} else {
		subj, found := nearestOrgBefore(f.inSent, f.q.Start)
		if !found {
			subj, found = nearestBeforeOf(f.inSent, f.q.Start, false)
		}
		if !found || !f.v.bodyName(f.src[subj.Start:subj.End]) || !f.contained(subj.Start, subj.End) {
			return next
		}
		at = subj.Start
	}
	return f.clauseSubjectOf(at, personOK, false)
}
