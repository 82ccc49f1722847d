package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// letterRuns calls fn for each maximal run of letters in s, with its
// byte offsets.
func letterRuns(s string, fn func(start, end int)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(start, i)
			start = -1
		}
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

// docCasing maps the upper-case form of each word that the text writes
// with a lower-case letter, past the first word of a sentence, to its
// most frequent such form ("SHEARER" -> "Shearer", "NAMED" -> "named").
// Ties go to the form that sorts first.
func docCasing(src string, sents []span.Span) map[string]string {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		text := src[s.Start:s.End]
		if !strings.ContainsFunc(text, unicode.IsLower) {
			continue
		}
		first := true
		letterRuns(text, func(a, b int) {
			w := text[a:b]
			if first {
				first = false
				return
			}
			if !strings.ContainsFunc(w, unicode.IsLower) {
				return
			}
			u := strings.ToUpper(w)
			if counts[u] == nil {
				counts[u] = map[string]int{}
			}
			counts[u][w]++
		})
	}
	out := make(map[string]string, len(counts))
	for u, forms := range counts {
		keys := make([]string, 0, len(forms))
		for f := range forms {
			keys = append(keys, f)
		}
		sort.Strings(keys)
		best := keys[0]
		for _, f := range keys[1:] {
			if forms[f] > forms[best] {
				best = f
			}
		}
		out[u] = best
	}
	return out
}

// trueCase rewrites, in place, the words of an all-capitals sentence to
// the case running text would give them, so that prose's tagger, trained
// on mixed case, sees "Shearer named as England captain" rather than
// "SHEARER NAMED AS ENGLAND CAPTAIN". A word takes the form the same
// text gives it elsewhere (casing), else its form in the casing lexicon
// (lower case, or capitalised from four letters on). A country's short
// form ("US", never the pronoun) and any other word of three letters or
// fewer that the lexicon does not know in lower case (an acronym: "EU")
// stay in capitals, even first in the sentence; any other unknown word
// is capitalised, and so is the first word. Single letters are left
// alone. Only runes whose encoding keeps its length are changed, so byte
// offsets still hold.
func (e *Extractor) trueCase(b []byte, casing map[string]string) {
	first := true
	letterRuns(string(b), func(a, z int) {
		w := string(b[a:z])
		isFirst := first
		first = false
		if utf8.RuneCountInString(w) < 2 || strings.ContainsFunc(w, unicode.IsLower) {
			return
		}
		form, ok := casing[w]
		switch {
		case len(w) <= 3 && e.lx.IsCountry(w):
			form = w // "US", not the pronoun
		case ok:
		default:
			capital, known := true, false
			if e.english != nil {
				capital, known = e.english.Casing(w)
			}
			switch {
			case known && !capital:
				form = strings.ToLower(w)
			case utf8.RuneCountInString(w) <= 3:
				form = w // an acronym, known capitalised ("EU") or unknown
			default:
				form = titleWord(w)
			}
		}
		if isFirst && form != w {
			form = titleWord(form) // a word kept in capitals stays so ("US troops")
		}
		copyRunes(b[a:z], form)
	})
}

// titleWord is w with its first letter in upper case and the rest kept,
// or, when w is all capitals, the rest in lower case.
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	if !strings.ContainsFunc(rest, unicode.IsLower) {
		rest = strings.ToLower(rest)
	}
	return string(unicode.ToUpper(r)) + rest
}

// copyRunes writes form over dst rune by rune, keeping each rune of dst
// whose replacement would have another encoded length.
func copyRunes(dst []byte, form string) {
	i := 0
	for _, r := range form {
		if i >= len(dst) {
			return
		}
		old, n := utf8.DecodeRune(dst[i:])
		if utf8.RuneLen(r) == n && unicode.ToUpper(r) == unicode.ToUpper(old) {
			utf8.EncodeRune(dst[i:], r)
		}
		i += n
	}
}

// textPass rewrites the text the English passes read, keeping every
// byte offset, before any tagging; lower holds the words the text writes
// in lower case.
type textPass func(e *Extractor, src string, sents []span.Span, lower map[string]bool) string

// textPasses run in this order before the sentence passes.
var textPasses = []rules.Pass[textPass]{
	{Info: info("capital-abbreviations", `An abbreviation that opens a name, written in capitals before a word in capitals ("ST. LOUIS", "MT. ELMS"; name_opening_abbreviations), is read as the tokenizer knows it ("St. LOUIS"), so the name runs on across its full stop; not "MS. Her", "NO. THE".`), Run: (*Extractor).trueCaseCapitalAbbreviations},
	{Info: info("title-case-lines", `A headline in title case is read in the case its words take in the article's body ("Quill Checks Into Harbour Clinic" as "Quill checks into Harbour clinic"), so it mints no names from ordinary words; a text of that line alone has it read so only from ten words on (a shorter one may be a name's title).`), Run: (*Extractor).trueCaseTitleLines},
	{Info: info("caps-headlines", `A headline in capitals over a body is read in the case the body gives its words ("QUILL TO SELL FERRY UNIT <QFL>" as "Quill to sell ferry unit <QFL>"): a word the body never writes, and no name by the casing lexicon, is an ordinary word, so the headline mints no name the body does not support.`), Run: (*Extractor).trueCaseCapsHeadline},
}

// trueCaseTitleLines returns src with each title-case sentence (see
// titleCase) rewritten in the case running text gives its words. A
// capitalised word past the first keeps its capitals when the body (the
// other sentences) writes it so beside the same capitalised neighbour
// ("Harbour Rovers", "Arcade Quill"); else it takes the form the body writes it
// in mid-sentence (docCasing); else, known to the casing lexicon, its
// case there; else, unknown, it keeps its capitals only when the body
// writes it capitalised somewhere ("Subryan" opening a sentence) or
// there is no body, so a headline mints no name the body does not
// support. A text of title-case lines alone has only those of
// minBodilessTitle words or more true-cased. Acronyms and the
// first word are kept. Byte offsets hold (see copyRunes). src itself is
// returned when no sentence is in title case.
func (e *Extractor) trueCaseTitleLines(src string, sents []span.Span, lower map[string]bool) string {
	var titles, body []span.Span
	for i, s := range sents {
		if e.titleCase(src[s.Start:s.End], lower, i == 0, i == 0 && len(sents) > 1) {
			titles = append(titles, s)
		} else {
			body = append(body, s)
		}
	}
	if len(body) == 0 {
		// No body to read the words' case from: only a line too long
		// to be one name is true-cased from the casing lexicon; a short
		// one may be a name's own title ("Harbour Pump Works").
		titles = slices.DeleteFunc(titles, func(s span.Span) bool { return letterRunCount(src[s.Start:s.End]) < minBodilessTitle })
	}
	if len(titles) == 0 {
		return src
	}
	casing := docCasing(src, body)
	var bodyText strings.Builder
	caps := map[string]bool{}
	for _, s := range body {
		bodyText.WriteString(src[s.Start:s.End])
		bodyText.WriteByte('\n')
		letterRuns(src[s.Start:s.End], func(a, z int) {
			if r, _ := utf8.DecodeRuneInString(src[s.Start+a:]); unicode.IsUpper(r) {
				caps[src[s.Start+a:s.Start+z]] = true
			}
		})
	}
	ev := bodyEvidence{text: bodyText.String(), casing: casing, caps: caps, lower: lower}
	b := []byte(src)
	for _, s := range titles {
		e.trueCaseTitle(b[s.Start:s.End], src[s.Start:s.End], ev)
	}
	return string(b)
}

// bodyEvidence is what an article's body (the sentences in no title
// case) says of how its words are written: its text, the mid-sentence
// forms of its words (docCasing), the words it capitalises anywhere, the
// words it writes in lower case.
type bodyEvidence struct {
	text        string
	casing      map[string]string
	caps, lower map[string]bool
}

// trueCaseTitle rewrites dst, the bytes of the title-case line, in the
// case body supports (see trueCaseTitleLines).
func (e *Extractor) trueCaseTitle(dst []byte, line string, body bodyEvidence) {
	type run struct{ a, z int }
	var runs []run
	letterRuns(line, func(a, z int) { runs = append(runs, run{a, z}) })
	// pair is the two runs i and j as written, when only a space parts
	// them and both are capitalised.
	pair := func(i, j int) string {
		if i < 0 || j >= len(runs) || runs[j].a != runs[i].z+1 || line[runs[i].z] != ' ' ||
			!upperFirst(line[runs[i].a:]) || !upperFirst(line[runs[j].a:]) {
			return ""
		}
		return line[runs[i].a:runs[j].z]
	}
	for i, r := range runs {
		w := line[r.a:r.z]
		_, n := utf8.DecodeRuneInString(w)
		if i == 0 && opensLine(line, r.a) || !upperFirst(w) || !strings.ContainsFunc(w[n:], unicode.IsLower) {
			continue // the first word, lower-case words and acronyms stay
		}
		if p := pair(i-1, i); p != "" && strings.Contains(body.text, p) {
			continue
		}
		if p := pair(i, i+1); p != "" && strings.Contains(body.text, p) {
			continue
		}
		form, ok := body.casing[strings.ToUpper(w)]
		if !ok && body.caps[w] && !body.lower[strings.ToLower(w)] {
			continue // "Law 2-0-23-0" below "Stuart Law"
		}
		if !ok && e.english != nil {
			if capital, known := e.english.Casing(w); known && !capital || !known && !body.caps[w] && body.text != "" {
				form, ok = strings.ToLower(w), true
			}
		}
		if ok {
			copyRunes(dst[r.a:r.z], form)
		}
	}
}

// opensLine reports the word at byte a of line opening it: no letter or
// digit comes before it ("‘Very ..."; not "Dead" of "2 Dead, 1 Hurt").
func opensLine(line string, a int) bool {
	return !strings.ContainsFunc(line[:a], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// upperFirst reports s starting with an upper-case letter.
func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// ordinaryWord reports a word the casing lexicon knows as one written in
// lower case mid-sentence.
func (e *Extractor) ordinaryWord(w string) bool {
	if e.english == nil {
		return false
	}
	capital, known := e.english.Casing(w)
	return known && !capital
}

// titleCase reports a sentence written in title case, as headlines are:
// three words or more (two in a heading, the first sentence of a text of
// several: "Prompt Repairs" over a review), every word starting with a lower-case letter one
// that title case leaves so ("in", "of"), and capitalised words past the
// first that are ordinary words, which the text writes in lower case or
// the casing lexicon knows in lower case ("Checks", "Overrides"): one in
// the text's first sentence (its headline), two elsewhere ("Stuart Law"
// in a list of names has one).
func (e *Extractor) titleCase(text string, lower map[string]bool, first, heading bool) bool {
	words, ordinary := 0, 0
	ok := true
	letterRuns(text, func(a, z int) {
		if !ok {
			return
		}
		w := text[a:z]
		r, n := utf8.DecodeRuneInString(w)
		if a > 0 && text[a-1] == '-' && !unicode.IsUpper(r) {
			return // "Co-workers": title case may leave a hyphen's second part
		}
		words++
		lw := strings.ToLower(w)
		switch {
		case e.lx.Has(lexicon.TitleCaseSmallWords, lw) || n == len(w):
		case !unicode.IsUpper(r):
			ok = false // "checks": running text
		case !(words == 1 && opensLine(text, a)) && strings.ContainsFunc(w[n:], unicode.IsLower) && (lower[lw] || e.ordinaryWord(w)):
			ordinary++ // not the line's first word: "2 Dead" counts "Dead"
		}
	})
	need := 2
	if first {
		need = 1
	}
	return ok && (words >= 3 || heading && words == 2) && ordinary >= need
}

// minBodilessTitle is the fewest words of a title-case line that a text
// of no other sentence has true-cased: ten words or more are running
// text, no one name's title.
const minBodilessTitle = 10

// letterRunCount counts the runs of letters in s.
func letterRunCount(s string) int {
	n := 0
	letterRuns(s, func(int, int) { n++ })
	return n
}

// maxCapsHeadlineWords bounds the words of a capitals line read as a
// headline, so that the body is searched a bounded number of times.
const maxCapsHeadlineWords = 40

// trueCaseCapsHeadline returns src with its first sentence, when written
// in capitals over a body that is not, rewritten in the case the body
// gives its words: capitalised when the body writes it so beside its
// headline neighbour ("Tarnby Ferries"), or when it comes before a
// ticker (the company's name: "TARNBY PUMP WORKS <TPW>") and the text
// never writes it in lower case; else the body's mid-sentence
// form (docCasing); else its case in the casing lexicon; else kept when
// of three letters or fewer (an acronym) or inside angle brackets (a
// ticker: "<QFL>"); else capitalised when the body capitalises it
// anywhere ("Quill" opening a sentence) or it is a known place; else,
// a word the body never writes, lower case. The first word is capitalised. Byte offsets hold (see
// copyRunes); src itself is returned when nothing changes.
func (e *Extractor) trueCaseCapsHeadline(src string, sents []span.Span, lower map[string]bool) string {
	if len(sents) < 2 || !allCapsSentence(src, sents[0]) {
		return src
	}
	if n := letterRunCount(src[sents[0].Start:sents[0].End]); n < 2 || n > maxCapsHeadlineWords {
		return src // no headline: each word pair is looked up in the body
	}
	body := sents[1:]
	hasLower := false
	for _, s := range body {
		hasLower = hasLower || strings.ContainsFunc(src[s.Start:s.End], unicode.IsLower)
	}
	if !hasLower {
		return src
	}
	casing := docCasing(src, body)
	caps := map[string]bool{}
	for _, s := range body {
		letterRuns(src[s.Start:s.End], func(a, z int) {
			w := src[s.Start+a : s.Start+z]
			if upperFirst(w) && strings.ContainsFunc(w, unicode.IsLower) {
				caps[strings.ToUpper(w)] = true
			}
		})
	}
	var bodyText strings.Builder
	for _, s := range body {
		bodyText.WriteString(src[s.Start:s.End])
		bodyText.WriteByte('\n')
	}
	b := []byte(src)
	line := src[sents[0].Start:sents[0].End]
	dst := b[sents[0].Start:sents[0].End]
	type run struct{ a, z int }
	var runs []run
	letterRuns(line, func(a, z int) { runs = append(runs, run{a, z}) })
	// named reports the runs i and j, one space apart, capitalised as
	// the body writes them side by side ("Cherokee Group").
	named := func(i, j int) bool {
		return i >= 0 && j < len(runs) && runs[j].a == runs[i].z+1 && line[runs[i].z] == ' ' &&
			strings.Contains(bodyText.String(), titleWord(line[runs[i].a:runs[i].z])+" "+titleWord(line[runs[j].a:runs[j].z]))
	}
	// ticker is where a ticker in angle brackets opens ("<QFL>"): the
	// words before it name the company.
	ticker := -1
	if i := strings.IndexByte(line, '<'); i > 0 && strings.IndexByte(line[i:], '>') > 1 {
		ticker = i
	}
	for i, r := range runs {
		w := line[r.a:r.z]
		if utf8.RuneCountInString(w) < 2 || r.a > 0 && line[r.a-1] == '<' || r.z < len(line) && line[r.z] == '>' {
			continue // a single letter, a ticker
		}
		form, ok := casing[w]
		capital, known := true, false
		if e.english != nil {
			capital, known = e.english.Casing(w)
		}
		switch {
		case len(w) <= 3 && e.lx.IsCountry(w):
			form = w // "US", not the pronoun
		case named(i-1, i) || named(i, i+1) || r.z <= ticker && !lower[strings.ToLower(w)]:
			form = titleWord(w)
		case ok:
		case known && !capital:
			form = strings.ToLower(w)
		case utf8.RuneCountInString(w) <= 3:
			form = w // an acronym
		case known || caps[w] || e.lx.IsPlace(titleWord(w)):
			form = titleWord(w)
		default:
			form = strings.ToLower(w) // no word the body writes
		}
		if i == 0 && form != w {
			form = titleWord(form)
		}
		copyRunes(dst[r.a:r.z], form)
	}
	return string(b)
}
