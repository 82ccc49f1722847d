package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// A figure has an owner when the text gives it one: a bracket right
// after a name ("the Harbour Party (41 seats)", "the Tidewater Gulls
// (six years, $40 million)") holds that name's figures, and a price
// after a bidder's verb ("Tidewater has bid $40 million", "Tidewater's
// offer of $40 million") is that bidder's, not the main event's.

// owner is the name a figure belongs to: a mention, or a capitalised
// name the tagger did not mark ("and Gulls (six years, ...)"), resolved
// by its spelling (ByName).
type owner struct {
	m    span.Span
	name string
}

// claim makes o the figure's subject.
func (o owner) claim(f *figure) verdict {
	if o.name != "" {
		f.r.How, f.r.Name = ByName, o.name
		return claim
	}
	f.r.How, f.r.Subjects = ByMention, []span.Span{o.m}
	return claim
}

// nameEndingAt is the name whose last word ends at offset end (a
// possessive mark after it allowed): a mention, else a run of
// capitalised words, without a leading article and not opening the
// sentence (whose capital says nothing). A mention owns it when typed
// an organisation or a person, or of any type when agent says the name
// is its own verb's subject (a bidder's: "Tarnby has bid $9m", the
// tagger's place for a company the corpus types an organisation). ok is
// false for none, for a mention of another type, or for a name that is
// a preposition's object ("in Tarnby").
func (f *figure) nameEndingAt(end int, agent bool) (owner, bool) {
	ws := wordsIn(f.src, f.s.Start, end)
	n := len(ws)
	if n == 0 {
		return owner{}, false
	}
	end = ws[n-1].start + len(stripPossessive(ws[n-1].text))
	k := n
	for k > 0 && !isLowerWord(ws[k-1].text) && unicode.IsLetter([]rune(ws[k-1].text)[0]) {
		k--
	}
	for k < n && f.v.articles.has(strings.ToLower(ws[k].text)) {
		k++
	}
	if k == n {
		return owner{}, false
	}
	prev := k - 1
	if prev >= 0 && f.v.articles.has(strings.ToLower(ws[prev].text)) {
		prev--
	}
	if prev >= 0 && f.v.objectPrepositions.has(strings.ToLower(ws[prev].text)) {
		return owner{}, false
	}
	for _, m := range f.inSent {
		if m.Start < end && ws[n-1].start < m.End {
			if m.Type != span.Org && m.Type != span.Person && !agent {
				return owner{}, false
			}
			return owner{m: span.Span{Start: m.Start, End: m.End}}, true
		}
	}
	if k == 0 {
		return owner{}, false // "Overall (41 seats)": a sentence's first word
	}
	return owner{name: f.src[ws[k].start:end]}, true
}

// stripPossessive is a word without its possessive mark ("Gulls'",
// "Quill's").
func stripPossessive(w string) string {
	for _, mark := range []string{"'s", "’s", "'", "’"} {
		if s, ok := strings.CutSuffix(w, mark); ok {
			return s
		}
	}
	return w
}

// nameBracket reports a figure inside a bracket that opens right after a
// name (or its possessive) and holds only figures, each opening one of
// its comma-separated parts of four words at most ("(eight years, $9
// million)"), the figure alone in its part and the only one of its kind:
// its
// owner and the offset just after the bracket.
func (f *figure) nameBracket() (owner, int, bool) {
	open := strings.LastIndexAny(f.src[f.s.Start:f.q.Start], "()")
	if open < 0 || f.src[f.s.Start+open] != '(' {
		return owner{}, 0, false
	}
	open += f.s.Start
	shut := strings.IndexAny(f.src[f.q.End:f.s.End], "()")
	if shut < 0 || f.src[f.q.End+shut] != ')' {
		return owner{}, 0, false
	}
	shut += f.q.End
	from := open + 1
	for _, part := range strings.SplitAfter(f.src[open+1:shut], ",") {
		to := from + len(part)
		if !f.opensWithFigure(strings.TrimSpace(part)) || len(wordsIn(part, 0, len(part))) > 4 {
			return owner{}, 0, false // "(the second of four names on a list)": words, not figures
		}
		if from <= f.q.Start && f.q.End <= to && (strings.TrimSpace(f.src[from:f.q.Start]) != "" || figureOutside(f.src[f.q.End:to])) {
			return owner{}, 0, false // "($140- $150 million)": a range, not one figure
		}
		from = to
	}
	for _, q := range f.qs {
		if q.Kind == f.q.Kind && q.Start+f.s.Start != f.q.Start && q.Start+f.s.Start > open && q.End+f.s.Start <= shut {
			return owner{}, 0, false // "($40 million, $50 million)": a list, not one figure
		}
	}
	name := strings.TrimRight(f.src[f.s.Start:open], " ")
	o, ok := f.nameEndingAt(f.s.Start+len(name), false)
	return o, shut + 1, ok
}

// figureOutside reports a digit or a currency sign in text.
func figureOutside(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) }) >= 0
}

// opensWithFigure reports text opening with a digit, a currency sign or
// a number in words.
func (f *figure) opensWithFigure(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) {
		return true
	}
	ws := wordsIn(text, 0, len(text))
	return len(ws) > 0 && f.v.spelledNumbers.has(strings.ToLower(ws[0].text))
}

// bracketAmount reads money in a name's bracket with no keyword of its
// own by the keyword after the bracket, past the list's other names and
// brackets ("the Gulls (six years, $40 million) and Terns (five years,
// $30 million) have made offers"): an event measure only.
func (v *vocab) bracketAmount(f *figure) (amountMeasure, bool) {
	_, after, ok := f.nameBracket()
	if !ok {
		return amountMeasure{}, false
	}
	depth, n := 0, 0
	for _, w := range wordsIn(f.src, after, f.s.End) {
		t := strings.ToLower(w.text)
		switch {
		case t == "(":
			depth++
			continue
		case t == ")":
			depth--
			continue
		case depth > 0:
			continue
		case t == ";" || t == "." || t == ":" || isMoneyWord(t) || figureWord(t):
			return amountMeasure{}, false
		}
		if n++; n > 8 {
			break
		}
		m, ok := v.moneyWords[t]
		if !ok {
			m, ok = v.moneyWords[strings.TrimSuffix(t, "s")] // "made offers"
		}
		if ok {
			if !m.event {
				return amountMeasure{}, false
			}
			m.measure += currencySuffix(f.q.Currency)
			return m, true
		}
	}
	return amountMeasure{}, false
}

// bidderOf is the name whose bid a price is: the name before the figure
// in its clause, with only lower-case words between (no comma, no
// statement verb: "X said the club offered"), the last a bid verb ("X
// has bid $9m", not "X was offered $9m"), or a bid noun and a link after
// a verb of making it or the name's possessive ("X made an offer of $9m",
// "X's offer of $9m").
func (f *figure) bidderOf() (owner, bool) {
	ws := wordsIn(f.src, f.s.Start, f.q.Start)
	k := len(ws)
	for k > 0 && isLowerWord(ws[k-1].text) {
		k--
	}
	if k == 0 || k == len(ws) || len(ws)-k > 7 {
		return owner{}, false
	}
	var between []string
	for _, w := range ws[k:] {
		t := strings.ToLower(w.text)
		if f.v.reportingVerbs.has(t) {
			return owner{}, false
		}
		between = append(between, t)
	}
	name := ws[k-1]
	poss := stripPossessive(name.text) != name.text
	j := len(between) - 1
	linked := f.v.bidLinks.has(between[j])
	if linked {
		j--
	}
	if j < 0 || !f.v.bidWords.has(between[j]) {
		return owner{}, false
	}
	switch {
	case poss && j <= 2: // "X's offer of", "X's bid"
	case linked:
		if !slices.ContainsFunc(between[:j], f.v.bidMaking.has) {
			return owner{}, false
		}
	case poss:
		return owner{}, false
	case j > 0 && f.v.passiveAux.has(between[j-1]) && !f.v.progressive.endsAny(between[j]):
		return owner{}, false // "X was offered $9m": X is offered it
	}
	return f.nameEndingAt(name.end, true)
}

// measurePrice is the measure of a deal's price (a bid's, see bidderOf).
const measurePrice = "price"

func readBracketAmountOf(f *figure) verdict {
	if f.q.Kind != quantity.Money {
		return next
	}
	m, ok := f.v.bracketAmount(f)
	if !ok {
		return next
	}
	return f.claimAmount(m)
}

func bracketOwner(f *figure) verdict {
	o, _, ok := f.nameBracket()
	if !ok {
		return next
	}
	return o.claim(f)
}

func bidderSubject(f *figure) verdict {
	if f.reading != readAmount || !f.amount.event {
		return next
	}
	if base, _, _ := strings.Cut(f.amount.measure, " ("); base != measurePrice {
		return next
	}
	o, ok := f.bidderOf()
	if !ok {
		return next
	}
	return o.claim(f)
}
