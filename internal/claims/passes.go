package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Stage is the rules stage name of the claims passes ("claims/<name>").
const Stage = "claims"

// ExtractOptions are the options of the claims extraction (ExtractWith,
// EventDateWith, EventDayWith).
type ExtractOptions struct {
	// Lexicon is the vocabulary (nil: DefaultLexicon()).
	Lexicon *Lexicon
	// Off switches passes off by ID ("claims/<name>", see Rules): for
	// evaluation harnesses, never a user option.
	Off rules.Off
}

// lexicon returns o's lexicon, or the shared default one.
func (o ExtractOptions) lexicon() *Lexicon {
	if o.Lexicon == nil {
		return defaultLexicon()
	}
	return o.Lexicon
}

// verdict is what a pass makes of a figure.
type verdict int

const (
	// next: the pass does not apply; the table goes on.
	next verdict = iota
	// claim: a reading says what the figure measures, or a subject rule
	// found its subject; the table stops.
	claim
	// drop: the figure is no claim.
	drop
	// reject: (a filter) the figure is not what its reading said; the
	// readings go on from the next one.
	reject
)

// figurePass is the function type of every figure pass: readings,
// filters, subject rules and refinements read and fill one figure.
type figurePass func(f *figure) verdict

// sentencePass finds a figure said in words in a whole sentence ("A, B
// and C won", "X topped the poll"), with no number to start from.
type sentencePass func(x *sentence) []Raw

// How a figure is read: its passes run in these tables, in this order.
//
//   - sentencePasses find figures said in words in the sentence;
//   - then, for each quantity of the sentence, readings say what it
//     measures (the first that claims it wins; a reading may drop it);
//   - filters drop figures that are no claim, or reject a reading (the
//     next reading is tried);
//   - subject rules find what the figure is about (the first that claims
//     it wins; a figure no rule claims is dropped);
//   - refinements adjust its measure and flags.
var (
	sentencePasses []rules.Pass[sentencePass]
	readings       []rules.Pass[figurePass]
	filters        []rules.Pass[figurePass]
	subjectRules   []rules.Pass[figurePass]
	refinements    []rules.Pass[figurePass]
)

// The tables are filled in init so that passes may refer to pass names
// (a table literal referring to functions that read the tables would be
// an initialisation cycle).
func init() {
	sentencePasses = sentencePassTable()
	readings = readingTable()
	filters = filterTable()
	subjectRules = subjectTable()
	refinements = refinementTable()
	dateFilters = dateFilterTable()
	dateRefinements = dateRefinementTable()
}

// Rules lists every pass of the claims stage, in run order: sentence
// passes, readings, filters, subject rules and refinements of Extract,
// then the filters and refinements of EventDate.
func Rules() []rules.Info {
	var out []rules.Info
	out = append(out, rules.Infos(sentencePasses)...)
	out = append(out, rules.Infos(readings)...)
	out = append(out, rules.Infos(filters)...)
	out = append(out, rules.Infos(subjectRules)...)
	out = append(out, rules.Infos(refinements)...)
	out = append(out, rules.Infos(dateFilters)...)
	out = append(out, rules.Infos(dateRefinements)...)
	return out
}

func info(name, doc string) rules.Info { return rules.Info{Stage: Stage, Name: name, Doc: doc} }

// sentence is one sentence being read, with what the passes share.
type sentence struct {
	src string
	lex *Lexicon
	v   *vocab
	off rules.Off
	// s is the sentence, si its index in sents; ments are all the
	// article's mentions and inSent the sentence's.
	s      span.Span
	si     int
	sents  []span.Span
	ments  []span.Mention
	inSent []span.Mention
	// text is the sentence and lower its lower case (same offsets); qs
	// its quantities, offsets relative to the sentence.
	text, lower string
	qs          []quantity.Quantity
	// leadEvent: figures of the article's main event here are about it
	// (a lead sentence naming no year); tollRises: the article's first
	// line says a toll rose.
	leadEvent, tollRises bool
	// out are the figures found so far in the article.
	out []Raw
	// lang is the article's language.
	lang string
	// ownClause maps a figure's start to the start of the clause of its
	// own that the own-clause pass found (see ownClauseStart).
	ownClause map[int]int
}

// readingID names the reading that claimed a figure.
type readingID int

const (
	readNone readingID = iota
	readAge
	readAmount
	readRank
	readMagnitude
	readTerm
	readCompound
	readVotedDivision
	readDivisionAgainst
	readCasualty
	readWinners
	readCounted
	readGeneric
)

// figure is one quantity of a sentence being read.
type figure struct {
	*sentence
	// q is the quantity, with offsets into src; before and after are the
	// sentence's words before and after it.
	q             quantity.Quantity
	before, after []word
	// r is the figure as read so far.
	r Raw
	// reading is the reading that claimed the figure; subjectBy the name
	// of the subject rule that found its subject.
	reading   readingID
	subjectBy string
	// amount is the keyword measure of an amount.
	amount amountMeasure
	// noun is the measure of a counted or compound noun, nounIdx the
	// counted noun's index in after and subset whether a modifier made it
	// count a subset ("three new seats").
	noun    string
	nounIdx int
	subset  bool
	// division marks a count of votes in a division ("carried by 187
	// votes to 162"), divisionAt where its body is looked for before.
	division   bool
	divisionAt int
	// part marks a casualty count that is a part of the toll ("two of
	// the injured died").
	part bool
	// clause holds what the subject rules of counts share.
	clause *countClause
	// kin marks a count of a parent's children ("a mother of two"): no
	// name says whose, but one story's parent is the story's person.
	kin bool
}

// divided reports a figure of a division (votes for or against).
func (f *figure) divided() bool {
	return f.reading == readVotedDivision || f.reading == readDivisionAgainst || f.reading == readCounted && f.division
}

// counted reports a count of a measure noun that is no division.
func (f *figure) counted() bool { return f.reading == readCounted && !f.division }

// eventFigure reports a figure about the article's main event: an
// event's amount, a magnitude, a prison term, a division, a casualty.
func (f *figure) eventFigure() bool {
	switch f.reading {
	case readAmount:
		return f.amount.event
	case readMagnitude, readTerm, readCasualty:
		return true
	}
	return f.divided()
}

// Extract finds the figures of one article. sents and ments are the
// article's sentences and entity mentions, in order; lead are the
// sentences of its lead (a subset of sents: casualty figures there are
// about the main event, see ByLead); lang is its language.
func Extract(src string, sents, lead []span.Span, ments []span.Mention, lang string, lex *Lexicon) []Raw {
	return ExtractWith(src, sents, lead, ments, lang, ExtractOptions{Lexicon: lex})
}

// ExtractWith is Extract with options: the lexicon, and passes switched
// off.
func ExtractWith(src string, sents, lead []span.Span, ments []span.Mention, lang string, opts ExtractOptions) []Raw {
	lex := opts.lexicon()
	inLead := map[int]bool{}
	for _, s := range lead {
		inLead[s.Start] = true
	}
	x := &sentence{src: src, lex: lex, v: lex.v, off: opts.Off, sents: sents, ments: ments, lang: lang,
		// A first line saying the toll rose makes every toll of the
		// article a revision ("Storm death toll rises").
		tollRises: len(sents) > 0 && lex.v.risingToll(src[sents[0].Start:sents[0].End])}
	mi := 0
	for si, s := range sents {
		for mi < len(ments) && ments[mi].End <= s.Start {
			mi++
		}
		var inSent []span.Mention
		for k := mi; k < len(ments) && ments[k].Start < s.End; k++ {
			inSent = append(inSent, ments[k])
		}
		x.s, x.si, x.inSent = s, si, inSent
		x.text = src[s.Start:s.End]
		x.lower = textutil.Lower(x.text) // keeps byte offsets
		x.qs = lex.qf.FindAll(x.text, lang)
		otherEvent := false // a year in the sentence: casualties may be another event's
		for _, q := range x.qs {
			otherEvent = otherEvent || q.Kind == quantity.Year
		}
		x.leadEvent = inLead[s.Start] && !otherEvent
		first := len(x.out)
		for _, p := range sentencePasses {
			if x.off.Enabled(p.Info) {
				x.out = append(x.out, p.Run(x)...)
			}
		}
		for _, q := range x.qs {
			if q.Kind == quantity.Year {
				continue
			}
			q.Start += s.Start
			q.End += s.Start
			if r, ok := x.read(q); ok {
				x.out = append(x.out, r)
			}
		}
		for i := first; i < len(x.out); i++ {
			x.describe(&x.out[i])
		}
	}
	story := x.v.storyNames(src, sents, inLead, ments)
	for i := range x.out {
		x.out[i].Story = story
	}
	return x.out
}

// storyNames are the words (three letters or more, lower case, accents
// folded, sorted)
// of the names in an article's first line and lead sentences: the
// mentions' words, and the capitalised words after a sentence's first
// (names the tagger missed: "Budgeten i Lillviken"), but not those of a
// first line in title case, nor given names (many stories have a
// "John") or the words of a news outlet the lead names (its source,
// not its story: "the Financial Times reported").
func (v *vocab) storyNames(src string, sents []span.Span, inLead map[int]bool, ments []span.Mention) []string {
	var ws []string
	add := func(w string) {
		if w = textutil.FoldAccents(nameWord(w)); utf8.RuneCountInString(w) >= 3 {
			ws = append(ws, w) // "Lillöga" and "Lilloga" name one town
		}
	}
	top := func(s span.Span, k int) bool { return k == 0 || inLead[s.Start] }
	for k, s := range sents {
		if !top(s, k) {
			continue
		}
		fields := nameFields(src[s.Start:s.End])
		if k == 0 && titleCase(fields) {
			continue
		}
		for i, w := range fields {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
				add(w)
			}
		}
	}
	topEnd := 0 // the end of the last top sentence: mentions after it are skipped
	for k, s := range sents {
		if top(s, k) {
			topEnd = s.End
		}
	}
	for _, m := range ments {
		if m.Start >= topEnd {
			break
		}
		for k, s := range sents {
			if s.Start > m.Start {
				break
			}
			if m.End <= s.End {
				if top(s, k) {
					for _, w := range nameFields(src[m.Start:m.End]) {
						add(w)
					}
				}
				break
			}
		}
	}
	drop := v.outletWords(src, sents, top)
	kept := ws[:0]
	for _, w := range ws {
		if !v.givenNames.has(w) && !drop[w] {
			kept = append(kept, w)
		}
	}
	return sortedUnique(kept)
}

// outletWords are the words (accents folded) of the news outlets named in
// the sentences top keeps.
func (v *vocab) outletWords(src string, sents []span.Span, top func(span.Span, int) bool) map[string]bool {
	drop := map[string]bool{}
	for k, s := range sents {
		if !top(s, k) {
			continue
		}
		lower := textutil.Lower(src[s.Start:s.End])
		for _, o := range v.outlets {
			if containsWords(lower, o) {
				for _, w := range strings.Fields(o) {
					drop[textutil.FoldAccents(w)] = true
				}
			}
		}
	}
	return drop
}

// containsWords reports phrase in s with a word boundary on each side
// (an empty phrase is nowhere).
func containsWords(s, phrase string) bool {
	if phrase == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(phrase):])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) &&
			(i+len(phrase) == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		off = i + 1
	}
}

// titleCase reports a line whose words of four letters or more all
// start with a capital ("Senate Overrides Obama Veto").
func titleCase(fields []string) bool {
	long := 0
	for _, w := range fields {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return long > 0
}

// read runs the figure passes on one quantity (offsets into src).
func (x *sentence) read(q quantity.Quantity) (Raw, bool) {
	f := &figure{sentence: x, q: q,
		r: Raw{Kind: string(q.Kind), Low: q.Low, High: q.High, Hedge: q.Hedge, Text: q.Text,
			Start: q.Start, End: q.End, Sentence: x.s},
		before: wordsIn(x.src, x.s.Start, q.Start), after: wordsIn(x.src, q.End, x.s.End)}
	if !x.readAs(f) {
		return Raw{}, false
	}
	if f.r.How == "" && !x.findSubject(f) {
		if f.reading != readGeneric {
			return Raw{}, false
		}
		f.r.How = ByContext // no name in the sentence: the article's story
	}
	if f.reading == readGeneric && guessed(f.r.How) {
		f.r.How = ByContext
		if f.kin {
			f.r.How = ByEvent // compared with the story's other parents of that kind (see sameParent)
		}
	}
	for _, p := range refinements {
		if x.off.Enabled(p.Info) {
			p.Run(f)
		}
	}
	return f.r, true
}

// readAs runs the readings and their filters: false when the figure is
// dropped or no reading claims it.
func (x *sentence) readAs(f *figure) bool {
	base := *f
	for _, p := range readings {
		if !x.off.Enabled(p.Info) {
			continue
		}
		switch p.Run(f) {
		case next:
			continue
		case drop:
			return false
		}
		switch x.filter(f) {
		case drop:
			return false
		case reject:
			*f = base
			continue
		}
		return true
	}
	return false
}

// filter runs the filters on a figure its reading claimed.
func (x *sentence) filter(f *figure) verdict {
	for _, p := range filters {
		if !x.off.Enabled(p.Info) {
			continue
		}
		if v := p.Run(f); v == drop || v == reject {
			return v
		}
	}
	return next
}

// findSubject runs the subject rules: false when one drops the figure or
// none finds its subject.
func (x *sentence) findSubject(f *figure) bool {
	for _, p := range subjectRules {
		if !x.off.Enabled(p.Info) {
			continue
		}
		switch p.Run(f) {
		case claim:
			f.subjectBy = p.Name
			return true
		case drop:
			return false
		}
	}
	return false
}

// nearTotal reports "a total of" (or "totalt") in the 30 bytes before the
// figure: several terms summed.
func (f *figure) nearTotal() bool {
	at := f.q.Start - f.s.Start
	near := f.lower[max(0, at-30):at]
	for _, c := range f.v.totalBefore {
		if strings.Contains(near, c) {
			return true
		}
	}
	return false
}
