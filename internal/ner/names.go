package ner

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// spaceWord is one white-space separated word of a sentence, with offsets.
type spaceWord struct {
	text       string
	start, end int
}

// sentenceTokens splits src[s.Start:s.End] on white space, splitting
// trailing commas, full stops and the like off each word and opening
// brackets off its front.
func sentenceTokens(src string, s span.Span) []spaceWord {
	var out []spaceWord
	i := s.Start
	for i < s.End {
		for i < s.End && (src[i] == ' ' || src[i] == '\n' || src[i] == '\t') {
			i++
		}
		j := i
		for j < s.End && src[j] != ' ' && src[j] != '\n' && src[j] != '\t' {
			j++
		}
		if b := leadingMarks(src[i:j]); b > 0 && b < j-i {
			out = append(out, spaceWord{src[i : i+b], i, i + b}) // "(National": the mark is no part of the word
			i += b
		}
		if j > i {
			e := j
			for e > i && strings.IndexByte(",.;:!?)\"", src[e-1]) >= 0 {
				e--
			}
			if e > i {
				out = append(out, spaceWord{src[i:e], i, e})
			}
			if e < j {
				out = append(out, spaceWord{src[e:j], e, j})
			}
		}
		i = j
	}
	return out
}

// leadingMarks returns the length in bytes of the opening brackets w
// starts with ("(", "["). A quotation mark stays on its word, so that a
// quote's capitalised first word ("If ...) opens no name.
func leadingMarks(w string) int {
	return len(w) - len(strings.TrimLeft(w, "(["))
}

// institutionNames finds organisation names ending in an institution
// head and joined by "and", "&" or a plural possessive ("Dock and
// Harbour Workers' Union", "Ferry Drivers Union") that the taggers cut
// into pieces or typed as people. Each becomes one ORG mention and the
// pieces inside it are dropped. A name needs two capitalised words or
// more; it never crosses "of", "the", lower-case words or the possessive
// of a day, a place or a name of its own ("Wednesday's", "Tarnby's",
// "Quorrick's" where "Quorrick" stands alone elsewhere: ownName).
func institutionNames(d *doc) []span.Mention {
	lx, src, sents, ms := d.lx, d.src, d.sents, d.ms
	var extra []span.Mention
	for si, s := range sents {
		toks := sentenceTokens(src, s)
		for h, t := range toks {
			if !capitalised(t.text) || !lx.Has(lexicon.OrgHeads, strings.ToLower(t.text)) {
				continue
			}
			if h+1 < len(toks) && capitalised(toks[h+1].text) {
				continue // the head is inside a longer name ("Union Street")
			}
			first := h
			for k := h - 1; k >= 0; k-- {
				w := toks[k].text
				if stem, ok := cutPossessive(w); ok && (lx.Has(lexicon.NerCalendarWords, strings.ToLower(stem)) || lx.IsPlace(stem) || d.ownName(stem)) {
					break // "Wednesday's Harbour League", "Oslo's Harbour Board", "Quorrick's Harbour Board"
				}
				if capitalised(w) && !lx.Has(lexicon.NerCalendarWords, strings.ToLower(w)) {
					first = k
					continue
				}
				if lx.Has(lexicon.AndForms, w) && k > 0 && capitalised(toks[k-1].text) && !lx.Has(lexicon.OrgHeads, strings.ToLower(toks[k-1].text)) &&
					!lx.Has(lexicon.OrgCues, strings.ToLower(toks[k-1].text)) {
					continue // not two organisations: "Metropolitan Police and Crown Prosecution Service"
				}
				break
			}
			if first < h && capitalised(toks[first].text) && (lx.Has(lexicon.DefiniteArticlesEn, strings.ToLower(toks[first].text)) || lx.Has(lexicon.IndefiniteArticlesEn, strings.ToLower(toks[first].text))) {
				first++
			}
			if h-first < 1 || first > 0 && toks[first-1].text == "of" {
				continue // one word, or the tail of "Bank of the X Union"
			}
			if sentenceInitialOrdinary(lx, src, s, toks[first].start, toks[first].text) {
				continue
			}
			start, end := toks[first].start, t.end
			if n := len(extra); n > 0 && extra[n-1].Start <= start && extra[n-1].End >= end {
				continue // inside the name found just before
			}
			extra = append(extra, span.Mention{Text: src[start:end], Type: span.Org, Start: start, End: end, Sentence: si})
		}
	}
	return mergeNames(ms, extra)
}

// ownName reports the stem of a possessive inside a run of capitalised
// words that is a name of its own: the text writes it on its own too,
// and it is no ordinary word nor a title ("Quorrick" of "Quorrick's
// Harbour Board" beside "Quorrick won"; not "Worker's", "Prince's").
func (d *doc) ownName(stem string) bool {
	lw := strings.ToLower(stem)
	return d.e != nil && d.e.english != nil && !d.ordinaryWord(stem) && !d.lx.Has(lexicon.PersonTitles, lw) &&
		!d.lx.Has(lexicon.NerRoyalTitles, lw) && standsAlone(d.src, stem)
}

// standsAlone reports a word src also holds on its own, with no
// possessive after it ("Quorrick" in "Quorrick won"). An empty word
// (the stem of a lone "'s" token) stands nowhere.
func standsAlone(src, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		k := strings.Index(src[i:], w)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+len(w)
		i = end
		before, _ := utf8.DecodeLastRuneInString(src[:at])
		after, _ := utf8.DecodeRuneInString(src[end:])
		if at > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || end < len(src) && (unicode.IsLetter(after) || unicode.IsDigit(after) || after == '\'' || after == '’' || after == '-') {
			continue
		}
		return true
	}
}

// mergeNames puts the organisation names a rule found (extra) in place
// of the mentions inside them; a mention holding two of them (two
// organisations a tagger ran together) is dropped, and a name that a
// longer mention reaches into (a person before it) is not added.
func mergeNames(ms, extra []span.Mention) []span.Mention {
	if len(extra) == 0 {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		inside, holds := false, 0
		for _, x := range extra {
			inside = inside || m.Start >= x.Start && m.End <= x.End
			if x.Start >= m.Start && x.End <= m.End {
				holds++
			}
		}
		if holds >= 2 {
			continue // two organisations a tagger ran together
		}
		overlaps := false
		for _, x := range extra {
			overlaps = overlaps || !(m.Start >= x.Start && m.End <= x.End) && m.Start < x.End && x.Start < m.End
		}
		if overlaps {
			// A longer mention reaching over the name's edge (a person
			// before it): keep it and drop the name.
			extra = dropOverlapping(extra, m)
		}
		if !inside {
			kept = append(kept, m)
		}
	}
	return appendSorted(kept, extra)
}

// dropOverlapping removes the names in xs that overlap m without
// containing it.
func dropOverlapping(xs []span.Mention, m span.Mention) []span.Mention {
	out := xs[:0]
	for _, x := range xs {
		if m.Start < x.End && x.Start < m.End && !(m.Start >= x.Start && m.End <= x.End) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// sentenceInitialOrdinary reports a capitalised first word of a sentence
// that is an ordinary word ("Members", "Striking"), not part of a name.
func sentenceInitialOrdinary(lx *lexicon.Lexicon, src string, s span.Span, start int, w string) bool {
	return opensSentence(src, s, span.Mention{Start: start}) && (lx.Has(lexicon.NerCommonInitial, strings.ToLower(w)) || strings.HasSuffix(strings.ToLower(w), "ing"))
}

// middleInitials joins a person mention cut at a middle initial ("Rosalind
// M" + "Lal" of "Priya K. Lal") into one name; a capitalised word after
// the initial that no mention covers, no acronym nor stopword, is the
// surname the taggers left out ("Judge Priya K" of "Priya K. Lal").
func middleInitials(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		last := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]
		if m.Type == span.Person && utf8.RuneCountInString(last) == 1 && capitalised(last) &&
			m.End+2 < len(src) && src[m.End] == '.' && src[m.End+1] == ' ' {
			if i+1 < len(ms) && ms[i+1].Start == m.End+2 && ms[i+1].Sentence == m.Sentence {
				m.End = ms[i+1].End
				m.Text = src[m.Start:m.End]
				i++
			} else if w := strings.TrimRight(lastWordAfter(src, m.End+2), "."); strings.Contains(m.Text, " ") && capitalised(w) && !strings.Contains(w, ".") &&
				!isAcronymWord(w) && !lx.Has(lexicon.StopwordsEn, strings.ToLower(w)) && (i+1 >= len(ms) || ms[i+1].Start >= m.End+2+len(w)) &&
				m.Sentence < len(sents) && m.End+2+len(w) <= sents[m.Sentence].End {
				// "Ada K. Quill" with no mention of "Quill"; never past the
				// sentence ("... Malcolm X. Besides Dee, ...").
				m.End += 2 + len(w)
				m.Text = src[m.Start:m.End]
			}
		}
		out = append(out, m)
	}
	return out
}

// appositivePerson types as a person a name of two or more words that
// the taggers called a place or an organisation but that a role follows
// (", general secretary of ...", ", the union's national officer") or
// precedes ("chief executive Daniel Okoro"). Countries, cities and names
// with an organisation's head word are left alone.
func appositivePerson(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type == span.Person || !strings.Contains(m.Text, " ") || isCountry(lx, m.Text) || isLocality(lx, m.Text) {
			continue
		}
		words := strings.Fields(m.Text)
		lastWord := strings.ToLower(words[len(words)-1])
		if lx.Has(lexicon.OrgHeads, lastWord) || locationHead(lx, lastWord) || lx.Has(lexicon.OrgCues, lastWord) {
			continue
		}
		allCaps := true
		for _, w := range words {
			allCaps = allCaps && capitalised(w)
		}
		if !allCaps {
			continue
		}
		s := sents[m.Sentence]
		if lx.Has(lexicon.NerPersonWords, wordBefore(src, m.Start)) || roleAfter(lx, src[m.End:s.End]) {
			m.Type = span.Person
		}
	}
}

// roleAfter reports an apposition naming a role right after a name:
// ", general secretary of", ", the union's national officer", ", a
// former minister".
func roleAfter(lx *lexicon.Lexicon, rest string) bool {
	r, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	ws := strings.Fields(strings.ToLower(r))
	for k := 0; k < len(ws) && k < 4; k++ {
		w := strings.Trim(ws[k], ",.;:")
		if k == 0 && (lx.Has(lexicon.DefiniteArticlesEn, w) || lx.Has(lexicon.IndefiniteArticlesEn, w) || lx.Has(lexicon.GroupPossessivesEn, w)) {
			continue
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue // "the union's"
		}
		if lx.Has(lexicon.NerPersonWords, w) {
			return true
		}
		if !lx.Has(lexicon.NerRoleModifiers, w) {
			return false
		}
	}
	return false
}

// locationHead reports a final word that makes a name a place.
func locationHead(lx *lexicon.Lexicon, w string) bool { return lx.Has(lexicon.NerLocationHeads, w) }

// trimFullStops drops a sentence's full stop that a mention swallowed
// ("Corrin Bay." at the end of a sentence), keeping the dot of an
// initial ("J."), an abbreviation ("U.S.") or a company suffix ("Inc.").
func trimFullStops(lx *lexicon.Lexicon, ms []span.Mention) {
	for i := range ms {
		m := &ms[i]
		if !strings.HasSuffix(m.Text, ".") {
			continue
		}
		core := m.Text[:len(m.Text)-1]
		last := core[strings.LastIndexAny(core, " .")+1:]
		if utf8.RuneCountInString(last) <= 1 || strings.Contains(core[strings.LastIndexByte(core, ' ')+1:], ".") ||
			lx.Has(lexicon.NerKeptDots, strings.ToLower(last)) {
			continue
		}
		m.Text, m.End = core, m.End-1
	}
}

// keptDots extends a mention ending in an abbreviation whose full stop
// belongs to the name (ner_kept_dots) over that full stop when a word or
// punctuation of the same sentence follows it ("Quorvane Corp. said",
// "Quorvane Corp., the lender"): prose splits some of them off.
func keptDots(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if m.End >= len(d.src) || d.src[m.End] != '.' || m.Sentence < 0 || m.Sentence >= len(d.sents) {
			continue
		}
		last := textutil.LastField(m.Text)
		s := d.sents[m.Sentence]
		if !d.lx.Has(lexicon.NerKeptDots, strings.ToLower(last)) || m.End+1 >= s.End || strings.TrimSpace(d.src[m.End+1:s.End]) == "" ||
			m.End+1 < len(d.src) && d.src[m.End+1] != ' ' && d.src[m.End+1] != ',' {
			continue
		}
		if i+1 < len(d.ms) && d.ms[i+1].Start <= m.End {
			continue
		}
		m.End++
		m.Text = d.src[m.Start:m.End]
	}
}

// particlesBefore extends the person mention ms[i] leftwards over up to
// two surname particles and the capitalised word before them ("Joost" +
// "van der" before "Westhuizen").
func particlesBefore(lx *lexicon.Lexicon, src string, s span.Span, ms []span.Mention, i int) {
	m := &ms[i]
	start, particles := m.Start, 0
	for start > s.Start && src[start-1] == ' ' {
		w := wordEndingAt(src, start-1)
		if w == "" || !lx.Has(lexicon.NameParticles, w) || particles == 2 {
			break
		}
		particles++
		start -= 1 + len(w)
	}
	if particles == 0 || start <= s.Start || src[start-1] != ' ' {
		return
	}
	first := wordEndingAt(src, start-1)
	at := start - 1 - len(first)
	if first == "" || !capitalised(first) || strings.ContainsAny(first, ".-") || lx.Has(lexicon.NerCommonInitial, strings.ToLower(first)) ||
		overlapsOther(ms, i, at) && !(i > 0 && ms[i-1].Start == at && ms[i-1].Type == span.Person) {
		return
	}
	m.Start, m.Text = at, src[at:m.End]
}

// withParticles extends each person mention over lower-case surname
// particles and the capitalised word after them ("Johan" + "van der
// Westhuizen", "Aravinda de Silva"), or over a particle hyphened to its
// name ("Muqtada al-Sadr"), when no other mention lies there.
func withParticles(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != span.Person {
			continue
		}
		s := sents[m.Sentence]
		end, particles := m.End, 0
		for {
			rest := src[end:s.End]
			if !strings.HasPrefix(rest, " ") {
				break
			}
			w := rest[1:]
			if j := strings.IndexAny(w, " ,.;:!?\"'’()"); j >= 0 {
				w = w[:j]
			}
			switch {
			case lx.Has(lexicon.NameParticles, w) && particles < 2:
				particles++
				end += 1 + len(w)
				continue
			case particles > 0 && capitalised(w):
				end += 1 + len(w)
			case particles < 2 && lx.ParticleHyphenName(w):
				particles++ // "Muqtada al-Sadr"
				end += 1 + len(w)
			}
			break
		}
		if last := src[strings.LastIndexByte(src[:end], ' ')+1 : end]; particles == 0 || end == m.End || !capitalised(last) && !lx.ParticleHyphenName(last) {
			continue
		}
		if i+1 < len(ms) && ms[i+1].Start < end && (ms[i+1].End > end || ms[i+1].Type != span.Person && lx.ParticleHyphenName(ms[i+1].Text)) {
			continue // would cut into the next mention, or swallow a hyphened organisation ("al-Jazeera")
		}
		m.End, m.Text = end, src[m.Start:end]
	}
	for i := range ms {
		if ms[i].Type == span.Person {
			particlesBefore(lx, src, sents[ms[i].Sentence], ms, i)
		}
	}
	sortMentions(ms)
	// Drop mentions now inside an extended one ("Westhuizen", "Joost").
	out := ms[:0]
	for _, m := range ms {
		if len(out) > 0 && m.Start >= out[len(out)-1].Start && m.End <= out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// sortMentions orders mentions by start, the longer first on a tie, so
// that the order never depends on how they were found.
func sortMentions(ms []span.Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
}

// initialledNames finds people written with initials and a surname ("J.
// Pooley", "T.O'Gorman", "A.B. Kaye") that prose missed or typed as
// something else, as in score cards. The initials must not spell a
// country ("U.S. Steel") and the word after them must be a capitalised
// word that is no place, date, institution head or function word. A
// mention of another type than a person on exactly the surname is
// replaced (a person there is extended by withInitials); a name
// overlapping any other mention is left alone.
func initialledNames(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	var add []span.Mention
	replaced := map[int]bool{}
	for si, s := range sents {
		for p := s.Start; p+2 < s.End; p++ {
			q := initialsAt(lx, src, s, p)
			if q < 0 {
				continue
			}
			e := surnameEnd(src, s, q)
			if !surnameWord(lx, src, s, q, e) {
				continue
			}
			m := span.Mention{Text: src[p:e], Type: span.Person, Start: p, End: e, Sentence: si}
			onSurname, ok := initialledFree(ms, m, q)
			if !ok {
				continue
			}
			if onSurname >= 0 {
				replaced[onSurname] = true
			}
			add = append(add, m)
			p = e
		}
	}
	if len(add) == 0 {
		return ms
	}
	out := make([]span.Mention, 0, len(ms)+len(add))
	for i, x := range ms {
		if !replaced[i] {
			out = append(out, x)
		}
	}
	return appendSorted(out, add)
}

// initialsAt returns the end of the initials opening at offset p of
// sentence s (one to three "X." with at most one space after each, the
// space included), or -1 when none open there or they spell a country
// ("U.S.").
func initialsAt(lx *lexicon.Lexicon, src string, s span.Span, p int) int {
	r, n := utf8.DecodeRuneInString(src[p:])
	if !unicode.IsUpper(r) || p+n >= s.End || src[p+n] != '.' || p > s.Start && wordByteBefore(src, p) || p > s.Start && src[p-1] == '.' {
		return -1
	}
	q := p
	count := 0
	for count < 3 {
		r, n := utf8.DecodeRuneInString(src[q:])
		if !unicode.IsUpper(r) || q+n >= s.End || src[q+n] != '.' {
			break
		}
		q += n + 1
		count++
		if q < s.End && src[q] == ' ' {
			q++
		}
	}
	initials := strings.TrimSpace(src[p:q])
	if count == 0 || lx.IsCountry(initials) || lx.IsCountry(strings.ReplaceAll(initials, " ", "")) {
		return -1
	}
	return q
}

// surnameEnd returns the end of the word of letters, apostrophes and
// hyphens from offset q of sentence s, without those at its end.
func surnameEnd(src string, s span.Span, q int) int {
	e := q
	for e < s.End {
		r, n := utf8.DecodeRuneInString(src[e:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		e += n
	}
	for e > q && strings.ContainsRune("'’-", rune(src[e-1])) {
		e--
	}
	return e
}

// surnameWord reports whether src[q:e] may be a surname after initials:
// a capitalised word of two letters or more that is no function word,
// date, institution head or place.
func surnameWord(lx *lexicon.Lexicon, src string, s span.Span, q, e int) bool {
	w := src[q:e]
	first, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	return !(utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(first) || e < s.End && src[e] == '.' && utf8.RuneCountInString(w) == 1 ||
		lx.Has(lexicon.NerNotSurname, lw) || lx.Has(lexicon.NerCommonInitial, lw) || lx.Has(lexicon.NerCalendarWords, lw) ||
		lx.Has(lexicon.OrgHeads, lw) || lx.IsPlace(w))
}

// initialledFree reports whether the initialled name m (its surname
// from offset q) overlaps no mention but one of another type than a
// person on exactly its surname, whose index it returns (-1 for none).
func initialledFree(ms []span.Mention, m span.Mention, q int) (onSurname int, ok bool) {
	onSurname = -1
	for i, x := range ms {
		if x.Start >= m.End || m.Start >= x.End {
			continue
		}
		if x.Start == q && x.End == m.End && x.Type != span.Person {
			onSurname = i
			continue
		}
		return -1, false
	}
	return onSurname, true
}

// allCapitalised reports words that all open with a capital letter.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if !capitalised(w) {
			return false
		}
	}
	return len(words) > 0
}

// personCore cuts a person mention down to the name it ends with: after
// the last title in it ("Israeli Foreign Minister David Levy", "Boxing
// Association President Ramon Manzanares"), or past an adjective of
// nationality or a date opening it ("American Dennis Mitchell", "Friday
// Mitchell"), with ordinary words before such an adjective by the casing
// lexicon (ordinary; "Controversial Australian Anthony Hill"). A name
// typed an organisation or a place becomes a person only when the words
// after the title are all nameish (names or unknown words by the casing
// lexicon). A mention is never
// cut to nothing, and the title must be followed by a capitalised word.
func personCore(lx *lexicon.Lexicon, ms []span.Mention, ordinary, nameish func(string) bool) {
	for i := range ms {
		m := &ms[i]
		person := m.Type == span.Person
		if !person && m.Type != span.Org && m.Type != span.GPE {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) < 2 || lx.Has(lexicon.OrgHeads, strings.ToLower(words[len(words)-1])) {
			continue // "National Executive Committee": an organisation prose took for a person
		}
		cut := titleCut(lx, words, person)
		if !person {
			// "Prime Minister Viktor Lind" typed an organisation or a
			// place is the person, when capitalised words follow that
			// look like a name ("Premier Oil", "Cardinal Health" and
			// "Ambassador Hotel" stay organisations).
			if cut == 0 || !allCapitalised(words[cut:]) || !allNameish(words[cut:], nameish) {
				continue
			}
			m.Type = span.Person
		}
		if cut == 0 && person {
			cut = openersCut(lx, words, ordinary)
		}
		cutFront(m, words, cut)
	}
}

// titleCut returns how many of a name's words a title ends (0 for
// none): the last person word or label in a person's name (the last
// office title in another name) and any title right after it
// ("Secretary General Kofi Annan").
func titleCut(lx *lexicon.Lexicon, words []string, person bool) int {
	cut := 0
	for k := len(words) - 2; k >= 0; k-- {
		w := strings.ToLower(strings.TrimSuffix(words[k], "."))
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:] // "Lieutenant-Colonel"
		}
		if person && (lx.Has(lexicon.NerPersonWords, w) || lx.Has(lexicon.NerPersonLabels, w)) || !person && lx.Has(lexicon.NerOfficeTitles, w) {
			cut = k + 1
			break
		}
	}
	for cut > 0 && cut < len(words)-1 && lx.Has(lexicon.NerPersonWords, strings.ToLower(strings.TrimSuffix(words[cut], "."))) {
		cut++
	}
	return cut
}

// allNameish reports words that are all nameish (nil: any word is).
func allNameish(words []string, nameish func(string) bool) bool {
	for _, w := range words {
		if nameish != nil && !nameish(w) {
			return false
		}
	}
	return true
}

// openersCut returns how many words open a person's name without
// belonging to it: nationalities and dates, and ordinary words before a
// nationality ("Controversial Australian Anthony Hill"; an ordinary word
// alone may be a given name: "Mark Brooks"); none when that leaves one
// word of two letters, which is no person's name but a firm's or a
// body's short name or an office ("Valmoran Re", "Tarnish FA", "Tarnish
// MP"; session 13, with the test off: on BBC a football body's initials
// after a nationality became the person "FA" in three articles and a
// reinsurer the person "Re" in five, on WikiANN dev one more false
// person "MP"; ecbplus unchanged).
func openersCut(lx *lexicon.Lexicon, words []string, ordinary func(string) bool) int {
	cut := 0
	for k := 0; k < len(words)-1; k++ {
		w := words[k]
		lw := strings.ToLower(w)
		if lx.IsDemonym(w) || lx.Has(lexicon.WeekdaysEn, lw) || lx.Has(lexicon.NerLeadingMonths, lw) {
			cut = k + 1
			continue
		}
		if ordinary == nil || !ordinary(w) {
			break
		}
	}
	if cut == len(words)-1 && utf8.RuneCountInString(words[cut]) == 2 && !strings.Contains(words[cut], ".") {
		return 0 // no person is left by "Valmoran Re"
	}
	return cut
}

// cutFront drops the first cut words (of words, m's text split at
// spaces) from m, unless that leaves nothing or a word without a
// capital first.
func cutFront(m *span.Mention, words []string, cut int) {
	if cut == 0 || cut >= len(words) {
		return
	}
	first, _ := utf8.DecodeRuneInString(words[cut])
	if !unicode.IsUpper(first) {
		return
	}
	off := 0
	for k := 0; k < cut; k++ {
		off = strings.Index(m.Text[off:], words[k]) + off + len(words[k])
	}
	off += len(m.Text[off:]) - len(strings.TrimLeft(m.Text[off:], " "))
	m.Start += off
	m.Text = m.Text[off:]
}

// countryInBrackets reports whether rest opens with a country in
// brackets ("(France)", " ( U.S. )"), as results lists write after a
// competitor's name.
func countryInBrackets(lx *lexicon.Lexicon, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	inner, ok := strings.CutPrefix(rest, "(")
	if !ok {
		return false
	}
	inner, _, ok = strings.Cut(inner, ")")
	return ok && lx.IsCountry(strings.TrimSpace(inner))
}

// Kinds of number after a competitor's country bracket.
const (
	noScore = iota
	teamScore
	timeOrDistance
)

// scoreAfterBracket tells what number follows the bracket rest opens
// with: a whole number (a side's score), a time or a distance ("3:45.011",
// "70.60"), or none.
func scoreAfterBracket(rest string) int {
	_, after, ok := strings.Cut(rest, ")")
	if !ok {
		return noScore
	}
	word, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	c, _ := utf8.DecodeRuneInString(word)
	switch {
	case !unicode.IsDigit(c):
		return noScore
	case strings.ContainsAny(word, ":."):
		return timeOrDistance
	}
	return teamScore
}

// bracketTeams adds, as organisations, the capitalised words right after
// a competitor's country bracket that no mention covers, before a number
// or "same time" ("( Netherlands ) TVM same time").
func bracketTeams(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	var add []span.Mention
	for si, s := range sents {
		text := src[s.Start:s.End]
		for from := 0; ; {
			k := strings.IndexByte(text[from:], ')')
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if !countryBracketBefore(lx, text[:k+1]) {
				continue
			}
			rest := text[k+1:]
			start := k + 1 + len(rest) - len(strings.TrimLeft(rest, " "))
			if strings.HasPrefix(text[start:], ",") { // "( U.S. ) , Reynard Honda , 54.683"
				start++
				start += len(text[start:]) - len(strings.TrimLeft(text[start:], " "))
			}
			end := start
			for _, w := range strings.Fields(text[start:]) {
				if !capitalised(w) || strings.ContainsAny(w, "()") {
					break
				}
				end = strings.Index(text[end:], w) + end + len(w)
			}
			if end == start {
				continue
			}
			after := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(text[end:], " "), ","), " ")
			c, _ := utf8.DecodeRuneInString(after)
			if !unicode.IsDigit(c) && !strings.HasPrefix(after, "same time") {
				continue
			}
			m := span.Mention{Text: text[start:end], Type: span.Org, Start: s.Start + start, End: s.Start + end, Sentence: si}
			free := true
			for _, o := range ms {
				free = free && (o.End <= m.Start || m.End <= o.Start)
			}
			if free {
				add = append(add, m)
			}
		}
	}
	return appendSorted(ms, add)
}

// countryBracketBefore reports whether before ends with a country in
// brackets ("Erik Dekker ( Netherlands ) ").
func countryBracketBefore(lx *lexicon.Lexicon, before string) bool {
	before = strings.TrimRight(strings.TrimRight(strings.TrimRight(before, " "), ","), " ")
	inner, ok := strings.CutSuffix(before, ")")
	if !ok {
		return false
	}
	i := strings.LastIndexByte(inner, '(')
	return i >= 0 && lx.IsCountry(strings.TrimSpace(inner[i+1:]))
}

// competitors types as people the names that results lists follow with a
// country in brackets ("Orla Brannock ( France ) beat ...", "3. Bram
// Pelk (Germany) 13.36"), taking back first names prose left out,
// and as an organisation a name right after such a bracket (the
// competitor's team: "( Netherlands ) Tarnby 8 seconds").
// A name needs two words or more, none a place or an institution head,
// and is never an organisation already ("Dynamo (Russia)" stays a team).
func competitors(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	ms = bracketTeams(lx, src, sents, ms)
	for i := range ms {
		m := &ms[i]
		s := sents[m.Sentence]
		after := src[m.End:s.End]
		if m.Type != span.Org && countryBracketBefore(lx, src[s.Start:m.Start]) && !countryInBrackets(lx, after) {
			// "Bo Lind ( Netherlands ) Tarnby 1:23": the rider's team.
			m.Type = span.Org
			continue
		}
		if !countryInBrackets(lx, after) {
			continue
		}
		if m.Type == span.Org {
			if !strings.Contains(m.Text, " ") && scoreAfterBracket(after) == timeOrDistance {
				m.Type = span.Person // "Samokhvalova ( Russia ) 3:45.011": an athlete
			}
			continue
		}
		competitor(lx, src, s, ms, i)
	}
	return ms
}

// competitor types ms[i], a name of no organisation before a country in
// brackets in sentence s: one word by the number after the bracket, a
// longer name (with the capitalised words before it that prose left out)
// as a person unless a place or an institution head is in it.
func competitor(lx *lexicon.Lexicon, src string, s span.Span, ms []span.Mention, i int) {
	m := &ms[i]
	start := competitorStart(lx, src, s, ms, i)
	words := strings.Fields(src[start:m.End])
	if len(words) == 1 {
		switch score := scoreAfterBracket(src[m.End:s.End]); {
		case m.Type != span.Person && score == teamScore:
			// "Benetton ( Italy ) 92 Dinamo ( Russia ) 81": one word
			// and a score after the country is a side...
			m.Type = span.Org
		case score == timeOrDistance:
			m.Type = span.Person // ... and with a time or a distance, an athlete
		}
		return
	}
	if len(words) < 2 || lx.Has(lexicon.OrgHeads, strings.ToLower(words[len(words)-1])) {
		return
	}
	for _, w := range words {
		if lx.IsPlace(w) {
			return
		}
	}
	m.Start, m.Text, m.Type = start, src[start:m.End], span.Person
}

// competitorStart returns where the competitor's name ms[i] starts once
// the capitalised words right before it are taken back (first names
// prose left out), stopping at a function word, a place, another mention
// or anything but a space, a quote or a bracket before the word.
func competitorStart(lx *lexicon.Lexicon, src string, s span.Span, ms []span.Mention, i int) int {
	start := ms[i].Start
	for start > s.Start+1 && src[start-1] == ' ' {
		w := wordEndingAt(src, start-1)
		at := start - 1 - len(w)
		first, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if w == "" || !unicode.IsUpper(first) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) ||
			lx.Has(lexicon.NerNotSurname, lw) || lx.Has(lexicon.NerCommonInitial, lw) || lx.IsPlace(w) || overlapsOther(ms, i, at) ||
			at > s.Start && !strings.ContainsRune(" \"(", rune(src[at-1])) {
			break
		}
		start = at
	}
	return start
}

// splitAtLetters splits mentions at a lower-case word of one letter,
// which no name holds but score cards put between names ("Vaas b
// Chandana", "Moody c Adams"); each part with a capital keeps the type.
func splitAtLetters(ms []span.Mention) []span.Mention {
	var out []span.Mention
	for _, m := range ms {
		if !strings.Contains(m.Text, " ") {
			out = append(out, m)
			continue
		}
		from := 0
		split := false
		for i := 0; i+2 < len(m.Text); i++ {
			if m.Text[i] == ' ' && m.Text[i+1] >= 'a' && m.Text[i+1] <= 'z' && m.Text[i+2] == ' ' {
				if from <= i { // " a b ": the second letter shares the first's space
					out = appendPart(out, m, from, i)
				}
				from = i + 3
				split = true
			}
		}
		if !split {
			out = append(out, m)
			continue
		}
		out = appendPart(out, m, from, len(m.Text))
	}
	return out
}

// appendPart appends the part [from, to) of m's text as a mention of m's
// type when it has a capital letter.
func appendPart(out []span.Mention, m span.Mention, from, to int) []span.Mention {
	text := strings.TrimSpace(m.Text[from:to])
	if text == "" || !hasUpper(text) {
		return out
	}
	at := m.Start + from + strings.Index(m.Text[from:to], text)
	return append(out, span.Mention{Text: text, Type: m.Type, Start: at, End: at + len(text), Sentence: m.Sentence})
}

// tableHeader reports a mention made of short capitals, most of them
// single letters: a standings table's column heads ("W D L PCT GB").
func tableHeader(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 {
		return false
	}
	single := 0
	for _, w := range words {
		if utf8.RuneCountInString(w) > 3 || strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		if utf8.RuneCountInString(w) == 1 {
			single++
		}
	}
	return single*2 >= len(words)
}

// trimEdges cuts from each mention what no name holds at its edges:
// lower-case words opening it that are no surname particles, the text
// from an angle bracket on (a ticker, "Acme Corp <ACM.N>"), and weekdays
// and words with digits at its end ("Ecuador Tuesday", "Acme Inc Q2"),
// a bracket it does not open or close (outsideBrackets). A
// mention left empty, or a person's name with a digit that is no user
// name after "@", is dropped.
func trimEdges(lx *lexicon.Lexicon, src string, ms []span.Mention) []span.Mention {
	out := ms[:0]
	for _, m := range ms {
		// A lower-case word opening a name that is no particle
		// ("bowling Somerset", not "van der Berg").
		for {
			w, rest, ok := strings.Cut(m.Text, " ")
			if !ok || hasUpper(w) || lx.Has(lexicon.NameParticles, w) {
				break
			}
			trimmed := strings.TrimLeft(rest, " ")
			m.Start += len(m.Text) - len(trimmed)
			m.Text = trimmed
		}
		if i := strings.IndexAny(m.Text, "<>"); i >= 0 {
			m.Text = strings.TrimRight(m.Text[:i], " \n\t")
			m.End = m.Start + len(m.Text)
		}
		m = outsideBrackets(m)
		m = unopenedEnd(m)
		for {
			i := strings.LastIndexAny(m.Text, " \n\t")
			if i <= 0 {
				break
			}
			last := m.Text[i+1:]
			if !lx.Has(lexicon.WeekdaysEn, strings.ToLower(last)) && !strings.ContainsFunc(last, unicode.IsDigit) {
				break
			}
			// "Ecuador Tuesday", "Acme Inc Q2", "Cargo Newsroom Tel+44"
			m.Text = strings.TrimRight(m.Text[:i], " \n\t")
			m.End = m.Start + len(m.Text)
		}
		if m.Type == span.Person && strings.ContainsFunc(m.Text, unicode.IsDigit) && !handle(src, m) {
			continue // no person's name holds a digit ("C-4")
		}
		if m.Text != "" && hasUpper(m.Text) {
			out = append(out, m)
		}
	}
	return out
}

// unopenedEnd cuts off m's end a closing quotation mark or a slash that
// nothing inside the mention opens or continues: 'Ada Quill"' of an
// e-mail header ('"Ada Quill"<aq@...>'), "Quill/" of a line broken
// after a slash.
func unopenedEnd(m span.Mention) span.Mention {
	for {
		t := strings.TrimRight(m.Text, " \n\t")
		r, n := utf8.DecodeLastRuneInString(t)
		switch {
		case r == '/':
		case r == '"' && strings.Count(t, "\"") == 1, r == '”' && !strings.ContainsRune(t[:len(t)-n], '“'):
		default:
			return m
		}
		m.Text = strings.TrimRight(t[:len(t)-n], " \n\t")
		m.End = m.Start + len(m.Text)
	}
}

// outsideBrackets cuts from m a bracket the mention does not close or
// open, keeping the side that holds the name: the words up to an
// editor's closing bracket ("[Mayor Ada] Quill" quotes "Quill"; "Quill]"
// is "Quill"), the text from an opening one left open ("Okoro (Tarn" is
// "Okoro"; "(Quill" is "Quill"), and an ellipsis ending it ("Quill…",
// where a quoted post breaks off) or inside it ("Coke...drink" is "Coke").
func outsideBrackets(m span.Mention) span.Mention {
	trim := func(t string) string { return strings.Trim(t, " \n\t") }
	if i := strings.LastIndexAny(m.Text, "])"); i >= 0 && !strings.ContainsAny(m.Text[:i], "[(") {
		if left, right := trim(m.Text[:i]), trim(m.Text[i+1:]); right == "" {
			m.Text = left
		} else {
			m.Start += strings.Index(m.Text[i+1:], right) + i + 1
			m.Text = right
		}
	}
	if i := strings.IndexAny(m.Text, "[("); i >= 0 && !strings.ContainsAny(m.Text[i:], "])") {
		if left, right := trim(m.Text[:i]), trim(m.Text[i+1:]); left == "" {
			m.Start += strings.Index(m.Text[i+1:], right) + i + 1
			m.Text = right
		} else {
			m.Text = strings.TrimRight(m.Text[:i], " \n\t")
		}
	}
	if i, j := innerEllipsis(m.Text); i >= 0 {
		// "Coke..........drink", "Nazis...70k": no name goes on past
		// an ellipsis; the side before it is kept when it holds a capital.
		if left := strings.TrimRight(m.Text[:i], " \n\t"); hasUpper(left) {
			m.Text = left
		} else {
			right := strings.TrimLeft(m.Text[j:], " \n\t")
			m.Start += len(m.Text) - len(right)
			m.Text = right
		}
	}
	m.Text = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(m.Text, "…"), "..."), " \n\t")
	m.End = m.Start + len(m.Text)
	return m
}

// innerEllipsis finds the first ellipsis inside t with text on both of
// its sides ("…" or two full stops or more: "Coke...drink", not the
// single stops of "U.S." nor one ending t), as byte offsets [i, j); -1,
// -1 when there is none.
func innerEllipsis(t string) (int, int) {
	for i := 0; i < len(t); i++ {
		j := i
		switch {
		case strings.HasPrefix(t[i:], "…"):
			j = i + len("…")
		case strings.HasPrefix(t[i:], ".."):
			for j = i; j < len(t) && t[j] == '.'; j++ {
			}
		default:
			continue
		}
		if i > 0 && strings.TrimSpace(t[j:]) != "" {
			return i, j
		}
		i = j - 1
	}
	return -1, -1
}

// handle reports a one-word mention right after "@", spaces between
// allowed: a social-media user name, which may hold digits ("@ Quill42").
func handle(src string, m span.Mention) bool {
	return !strings.ContainsAny(m.Text, " \n\t") && strings.HasSuffix(strings.TrimRight(src[:m.Start], " "), "@")
}

// listTypes gives the names of a list one type: in a run of three
// mentions or more joined only by commas, semicolons or "and" ("Given ,
// Breen , Staunton , Irwin", "Wood , Loren Roberts , Steve Stricker"),
// where people (or organisations) are at least two and two thirds of the
// run, the places in it that the gazetteer does not know are retyped.
func listTypes(lx *lexicon.Lexicon, src string, ms []span.Mention) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Sentence == ms[j-1].Sentence && ms[j].Start >= ms[j-1].End && listJoin(src[ms[j-1].End:ms[j].Start]) {
			j++
		}
		if j-i >= 3 {
			retypeList(lx, ms[i:j])
		}
		i = j
	}
}

// listJoin reports text that only joins the items of a list.
func listJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case ",", ";", "and", ", and", "och", "or":
		return true
	}
	return false
}

// retypeList retypes the unknown places of a list of mostly people or
// mostly organisations, and the one-word people of a list of mostly
// places.
func retypeList(lx *lexicon.Lexicon, run []span.Mention) {
	counts := map[string]int{}
	for _, m := range run {
		counts[m.Type]++
	}
	if places := counts[span.GPE] + counts[span.Location]; places >= 3 && places*3 >= len(run)*2 {
		for k := range run {
			// "Ochil, Tarnby, Valmora": a one-word person, no given name,
			// among places is a place, and so is one of two words, neither
			// a given or learnt person-name word ("Palo Verde").
			if run[k].Type == span.Person && !strings.Contains(run[k].Text, ".") && (!strings.Contains(run[k].Text, " ") && !lx.IsGivenName(run[k].Text) || placeLikePair(lx, run[k].Text)) {
				run[k].Type = span.GPE
			}
		}
		return
	}
	for _, t := range []string{span.Person, span.Org} {
		if counts[t] < 2 || counts[t]*3 < len(run)*2 {
			continue
		}
		for k := range run {
			if (run[k].Type == span.GPE || run[k].Type == span.Location) && !holdsPlaceWord(lx, run[k].Text) {
				run[k].Type = t
			}
		}
	}
}

// placeLikePair reports a name of two capitalised words, no initial,
// neither of which is a given name, listed or learnt, or a learnt
// person-name word ("Palo Verde"; not "Ada Quill", "P Quill").
func placeLikePair(lx *lexicon.Lexicon, name string) bool {
	ws := strings.Fields(name)
	if len(ws) != 2 {
		return false
	}
	for _, w := range ws {
		if utf8.RuneCountInString(w) < 2 || !hasUpper(w[:1]) || lx.IsLearntGivenName(w) || lx.IsPersonNameWord(w) {
			return false
		}
	}
	return true
}

// speakers finds the one- or two-word names that a speech verb attributes
// a quote to and no tagger found, or found as an unknown place: right
// after a closing quote ("..., " Weber said") or right after the verb at
// the end of the sentence ("..., " said Webber ."). Places the gazetteer
// knows ("Moscow said"), news agencies and ordinary words are left alone.
func (e *Extractor) speakers(src string, sents []span.Span, ms []span.Mention) []span.Mention {
	var add []span.Mention
	for si, s := range sents {
		toks := sentenceTokens(src, s)
		for i := range toks {
			name := attributedName(e.lx, toks, i)
			if name == nil {
				continue
			}
			m := span.Mention{Start: name[0].start, End: name[len(name)-1].end, Type: span.Person, Sentence: si}
			m.Text = src[m.Start:m.End]
			if e.speakerName(m.Text) && speakerFree(ms, m) {
				add = append(add, m)
			}
		}
	}
	return appendSorted(ms, add)
}

// attributedName returns the one or two capitalised words that the
// speech verb toks[i] attributes a quote to, right after the closing
// quote ('" Weber said', '" Anna Weber said') or right after the verb
// at the end of the sentence ('", said Weber .'), or nil.
func attributedName(lx *lexicon.Lexicon, toks []spaceWord, i int) []spaceWord {
	if !lx.Has(lexicon.ReportingVerbs, toks[i].text) {
		return nil
	}
	switch {
	case i >= 2 && isCloseQuote(toks[i-2].text) && capitalised(toks[i-1].text):
		return toks[i-1 : i] // '" Weber said'
	case i >= 3 && isCloseQuote(toks[i-3].text) && capitalised(toks[i-2].text) && capitalised(toks[i-1].text):
		return toks[i-2 : i] // '" Anna Weber said'
	case i >= 1 && i+2 < len(toks) && isCloseQuote(toks[i-1].text) &&
		capitalised(toks[i+1].text) && (toks[i+2].text == "." || toks[i+2].text == ","):
		return toks[i+1 : i+2]
	case i >= 1 && i+3 < len(toks) && isCloseQuote(toks[i-1].text) &&
		capitalised(toks[i+1].text) && capitalised(toks[i+2].text) && (toks[i+3].text == "." || toks[i+3].text == ","):
		return toks[i+1 : i+3]
	}
	return nil
}

// speakerFree reports whether the speaker m overlaps no mention of ms; a
// place on exactly its span becomes a person ("Wexler" found as a
// place).
func speakerFree(ms []span.Mention, m span.Mention) bool {
	free := true
	for k := range ms {
		o := &ms[k]
		if o.Start < m.End && m.Start < o.End {
			free = false
			if o.Start == m.Start && o.End == m.End && (o.Type == span.GPE || o.Type == span.Location) {
				o.Type = span.Person
			}
		}
	}
	return free
}

// speakerName reports a name a speech verb may attribute a quote to:
// capitalised words that are no known place, agency, ordinary word or
// pronoun.
func (e *Extractor) speakerName(name string) bool {
	if e.lx.IsPlace(name) || e.lx.Has(lexicon.NerNewsAgencies, strings.ToLower(name)) || isAcronymWord(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if !capitalised(w) || e.lx.Has(lexicon.NerCommonInitial, strings.ToLower(w)) || e.english != nil && e.english.Ordinary(w) {
			return false
		}
	}
	return true
}

// isCloseQuote reports a token that closes a quotation.
func isCloseQuote(t string) bool {
	return strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") || t == "'" || t == "’"
}

// appendSorted returns ms with add appended, in text order.
func appendSorted(ms, add []span.Mention) []span.Mention {
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sortMentions(ms)
	return ms
}

// ofNames finds organisation names that join a head and capitalised
// words by "of" or "for" ("National Bank of Poland", "Ministry of
// Defence", "University of Michigan", "Party of God"), which prose cuts
// at "of". The words after it may hold "and", "of" or "for" between
// capitals ("Organisation for Security and Cooperation"); they stop
// before a title or a person ("Bank of England Governor Ada Quill") and
// at anything else.
func ofNames(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention, ordinary func(string) bool) []span.Mention {
	personAt := map[int]bool{}
	for _, m := range ms {
		if m.Type == span.Person && personLike(lx, m.Text, ordinary) {
			personAt[m.Start] = true
		}
	}
	var extra []span.Mention
	for si, s := range sents {
		toks := sentenceTokens(src, s)
		for i := 1; i+1 < len(toks); i++ {
			if !ofJoin(lx, toks[i-1].text, toks[i].text) || !nameWord(lx, toks[i+1], personAt) ||
				lx.Has(lexicon.NerCalendarWords, strings.ToLower(toks[i+1].text)) {
				continue
			}
			first := i - 1
			for first > 0 && capitalised(toks[first-1].text) && !lx.Has(lexicon.NerCalendarWords, strings.ToLower(toks[first-1].text)) &&
				!lx.Has(lexicon.NerPersonWords, strings.ToLower(toks[first-1].text)) {
				first--
			}
			if first < i-1 && (toks[first].text == "The" || sentenceInitialOrdinary(lx, src, s, toks[first].start, toks[first].text)) {
				first++
			}
			last := i + 1
			for last+1 < len(toks) {
				if nameWord(lx, toks[last+1], personAt) {
					last++
					continue
				}
				if w := toks[last+1].text; lx.Has(lexicon.NerOfNameLinks, w) && last+2 < len(toks) && nameWord(lx, toks[last+2], personAt) {
					last += 2
					continue
				}
				break
			}
			start, end := toks[first].start, toks[last].end
			for _, p := range []string{"'s", "’s"} {
				if strings.HasSuffix(src[start:end], p) && end-len(p) > start {
					end -= len(p) // "Bank of England's"
				}
			}
			extra = append(extra, span.Mention{Text: src[start:end], Type: span.Org, Start: start, End: end, Sentence: si})
			i = last
		}
	}
	return mergeNames(ms, extra)
}

// ofJoin reports a capitalised head that a name crosses the connector
// conn after: "of" and "for" after an organisation's head or one of
// ner_of_heads, "on" after one of ner_of_heads only ("Committee on
// Standards"; a bank "on Highway 214" is where it is).
func ofJoin(lx *lexicon.Lexicon, head, conn string) bool {
	if !capitalised(head) || !lx.Has(lexicon.NerHeadLinks, conn) {
		return false
	}
	lh := strings.ToLower(head)
	return lx.Has(lexicon.NerOfHeads, lh) || conn != "on" && lx.Has(lexicon.OrgHeads, lh)
}

// personLike reports a person's mention that may be a person's name
// after an organisation's "of": two words, neither an ordinary word by
// the casing lexicon (ordinary; nil: any), or a name opened by a given
// or learnt name ("Edvard Lanske" of "the Renewal Party of Edvard Lanske"; not
// "Harbour Pilots Arts" and "Sciences" of "Guild of Harbour Pilots
// Arts and Sciences", nor "Harwick" of "University of Harwick", nor
// "Coastal Affairs" of "Office for Coastal Affairs", which the tagger
// typed people; nor a name opened by a faith's or people's word: "Muslim
// Scholars" of "Association of Muslim Scholars").
func personLike(lx *lexicon.Lexicon, name string, ordinary func(string) bool) bool {
	first, _, _ := strings.Cut(name, " ")
	if lx.IsGivenName(first) {
		return true // a listed given name first ("German Gref")
	}
	if lf := strings.ToLower(first); lx.Has(lexicon.GroupWords, lf) || lx.Has(lexicon.Demonyms, lf) {
		return false // "Muslim Scholars" of "Association of Muslim Scholars"
	}
	if lx.IsPersonNameWord(first) {
		return true
	}
	ws := strings.Fields(name)
	return len(ws) == 2 && (ordinary == nil || !ordinary(ws[0]) && !ordinary(ws[1]))
}

// nameWord reports a capitalised word that may go on an organisation's
// name: no title and no person's first word.
func nameWord(lx *lexicon.Lexicon, w spaceWord, personAt map[int]bool) bool {
	return capitalised(w.text) && !lx.Has(lexicon.NerPersonWords, strings.ToLower(w.text)) && !personAt[w.start]
}

// regnalNumbers extends person mentions over a regnal number after them
// ("Charles VI", "Pedro II"); a lone "I" only after a royal title
// ("Queen Elizabeth I", not "... Ada I think").
func regnalNumbers(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != span.Person || !strings.HasPrefix(src[m.End:], " ") || m.Sentence >= len(sents) {
			continue
		}
		w := src[m.End+1:]
		if j := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			w = w[:j]
		}
		if !romanNumeral(w) || w == "I" && !lx.Has(lexicon.NerRoyalTitles, strings.ToLower(lastWord(src, m.Start))) {
			continue
		}
		if i+1 < len(ms) && ms[i+1].Start < m.End+1+len(w) || m.End+1+len(w) > sents[m.Sentence].End {
			continue
		}
		m.End += 1 + len(w)
		m.Text = src[m.Start:m.End]
	}
}

// romanNumeral reports a regnal number from I to XXXIX.
func romanNumeral(w string) bool { return w != "" && regnalNumber.MatchString(w) }

// regnalNumber matches the roman numerals up to XXXIX (and "").
var regnalNumber = regexp.MustCompile(`^X{0,3}(?:IX|IV|V?I{0,3})$`)

// joinAdjacentPeople joins two person mentions that only a space parts
// ("Wasim" + "Akram", "Wilfried" + "Van Moer"): prose labels a name's
// words apart when their tags differ.
func joinAdjacentPeople(src string, ms []span.Mention) []span.Mention {
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Type == span.Person && m.Type == span.Person && p.Sentence == m.Sentence && m.Start == p.End+1 && src[p.End] == ' ' {
				p.End, p.Text = m.End, src[p.Start:m.End]
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// wordEndingAt is the word (letters, hyphens, full stops) that ends
// exactly at offset end, or "" when a space or nothing ends there (unlike
// lastWord, it never skips spaces, so a rule stepping back word by word
// keeps its offsets right over double spaces).
func wordEndingAt(src string, end int) string {
	if end <= 0 || end > len(src) || src[end-1] == ' ' {
		return ""
	}
	return lastWord(src, end)
}

// streetNames gives back the first word of a street or a building that
// prose cut off, taking the head alone for the name ("Downing" + "Street",
// which prose tags a verb and a person): a one-word mention that is a
// place head after a capitalised word becomes the two-word place.
func streetNames(lx *lexicon.Lexicon, src string, ms []span.Mention) {
	for i := range ms {
		m := &ms[i]
		if strings.Contains(m.Text, " ") || !locationHead(lx, strings.ToLower(m.Text)) || m.Start < 2 || src[m.Start-1] != ' ' {
			continue
		}
		w := wordEndingAt(src, m.Start-1)
		at := m.Start - 1 - len(w)
		if w == "" || !capitalised(w) || strings.ContainsAny(w, ".") || isAcronymWord(w) || overlapsOther(ms, i, at) {
			continue // ("Quay Road. Street works": no name across a full stop)
		}
		m.Start, m.Text, m.Type = at, src[at:m.End], span.Location
	}
}

// splitAtVersus splits a mention at a word setting two sides against
// each other ("Quill vs Lind", "Tarnby v. Harbour"), keeping each side
// with a capital letter as a mention of the same type.
func splitAtVersus(lx *lexicon.Lexicon, ms []span.Mention) []span.Mention {
	var out []span.Mention
	for _, m := range ms {
		from, at := 0, 0
		for _, w := range strings.Fields(m.Text) {
			i := strings.Index(m.Text[at:], w) + at
			at = i + len(w)
			if i > from && lx.Has(lexicon.VersusWords, strings.ToLower(w)) {
				out = appendPart(out, m, from, i)
				from = at
			}
		}
		if from == 0 {
			out = append(out, m)
			continue
		}
		out = appendPart(out, m, from, len(m.Text))
	}
	return out
}

// cuedLonePlaces retypes as people the one-word places of a text whose
// word the text also names with a person's cue: a person's word before
// it, ", who" or an age in commas after it ("Quill, 45,"), or as the
// last word of a person's longer name ("Ada Quill"); not a known place,
// a person's word itself, nor a mention after a place cue ("in Quill").
// A cue after "of" is a title's ("Lord Ames of Quill, who ...").
// A speech verb after it is no cue: places and organisations speak
// ("Powys said").
func cuedLonePlaces(d *doc) {
	cued := map[string]bool{}
	for _, m := range d.ms {
		if i := strings.LastIndexByte(m.Text, ' '); i >= 0 {
			if m.Type == span.Person {
				cued[m.Text[i+1:]] = true
			}
			continue
		}
		if wordBefore(d.src, m.Start) != "of" && (personCue(d.lx, d.src, m) || personAround(d.lx, d.src, m) || ageAfter(d.src, m.End)) {
			cued[m.Text] = true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if (m.Type == span.GPE || m.Type == span.Location) && cued[m.Text] && !d.lx.IsPlace(m.Text) && !placeCued(d.lx, d.src, *m) &&
			!d.lx.Has(lexicon.NerPersonWords, strings.ToLower(strings.TrimSuffix(m.Text, "."))) {
			m.Type = span.Person
		}
	}
}

// ageAfter reports an age in commas right after offset i (", 45,").
func ageAfter(src string, i int) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(src[i:], " "), ",")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	n := 0
	for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n == 2 && strings.HasPrefix(strings.TrimLeft(rest[n:], " "), ",")
}

// ordinaryEndPeople types as organisations the people of two words or
// more whose last word the casing lexicon knows as ordinary and whose
// words hold no given name or learnt person-name word, with no person's
// word before them, not written in capitals, and whose last word the
// text does not name alone as a person ("Steward said" after "Emanuel
// Steward"): a business or a building named in title case, not a
// person. Two words opening with a word the casing lexicon knows as a
// name's stay ("Tyson Fury"), and so do a name with a possessive inside
// ("Labour's National Executive Committee": two names), one with an
// initial ("J. D. Quill": a person's) and one opening a
// sentence with an ordinary word, which may only be capitalised there;
// a name ending in an organisation's head is left to the entities' vote
// on heads ("Harbour Board").
func ordinaryEndPeople(d *doc) {
	if d.e.english == nil {
		return
	}
	ordinary := d.e.english.Ordinary
	alone := lonePeople(d.ms)
	for i := range d.ms {
		m := &d.ms[i]
		if !titleCasePerson(*m) {
			continue
		}
		last := textutil.LastField(m.Text)
		if !ordinary(last) || orgHead(d.lx, last) || personEvidence(d, *m, alone) {
			continue
		}
		first, rest, _ := strings.Cut(m.Text, " ")
		if !strings.Contains(rest, " ") && !ordinary(first) {
			if c, _ := d.e.english.Casing(first); c {
				continue
			}
		}
		if ordinaryOpened(d, *m) {
			continue
		}
		m.Type = span.Org
	}
}

// opensSentence reports a mention that opens sentence s, after quotes or
// brackets at most.
func opensSentence(src string, s span.Span, m span.Mention) bool {
	return s.Start <= m.Start && m.Start <= len(src) && strings.TrimLeft(src[s.Start:m.Start], " \"'“‘([«„") == ""
}

// holdsInitial reports a name with a word of one capital and a full stop
// ("J. D. Quill").
func holdsInitial(name string) bool {
	for _, w := range strings.Fields(name) {
		if r, size := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && w[size:] == "." {
			return true
		}
	}
	return false
}

// orgLedPeople retypes as organisations the people of two words or more
// whose first word the text names alone as an organisation: a firm's
// product or division ("Quorvex Phone" beside "Quorvex"), not a person,
// unless that word is a single letter (an initial: "Q Lind"), a given or
// learnt person-name word is in it, a person's word opens it or comes
// before it ("Mr Quorvex Lind"), or another person of the text ends in
// its last word, alone or in a longer name ("Lind" or "Bo Lind" beside
// "Quorvex Lind": a surname).
func orgLedPeople(d *doc) {
	orgs := map[string]bool{}
	surnames := map[string]map[string]bool{} // last word -> the people ending in it
	for _, m := range d.ms {
		switch {
		case m.Type == span.Org && !strings.Contains(m.Text, " "):
			orgs[m.Text] = true
		case m.Type == span.Person:
			last := textutil.LastField(m.Text)
			if surnames[last] == nil {
				surnames[last] = map[string]bool{}
			}
			surnames[last][m.Text] = true
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range d.ms {
		m := &d.ms[i]
		first, rest, ok := strings.Cut(m.Text, " ")
		if m.Type != span.Person || !ok || rest == "" || !orgs[first] || utf8.RuneCountInString(first) < 2 || holdsNameWord(d.lx, m.Text) || personCue(d.lx, d.src, *m) ||
			len(surnames[textutil.LastField(m.Text)]) > 1 {
			continue
		}
		m.Type = span.Org
	}
}

// possessiveVenues makes a name written after a venue's cue
// (venue_possessive_cues, e.g. "at", "going to", "near") with a possessive and
// no noun after it a venue, one name with its possessive ("dinner at
// Quill's", "going to Ada Lind's in May"): the possessive names a shop, a
// restaurant or a house, its owner's name. No noun follows when the
// sentence ends or punctuation or a preposition ("in", "for") comes next
// (noNounAfter); a conjunction may join a second owner of a noun
// ("Quill's and Lind's families").
func possessiveVenues(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if m.Sentence < 0 || m.Sentence >= len(d.sents) || strings.ContainsAny(m.Text, "'’") || !venueCue(d, m.Start) {
			continue
		}
		end := d.sents[m.Sentence].End
		at := m.End
		if at < end && d.src[at] == ' ' {
			at++
		}
		var n int
		for _, p := range []string{"'s", "’s"} {
			if strings.HasPrefix(d.src[at:end], p) {
				n = len(p)
			}
		}
		if n == 0 || wordByteAfter(d.src, at+n) {
			continue
		}
		if !noNounAfter(d.lx, d.src[at+n:end]) {
			continue
		}
		m.End = at + n
		m.Text = d.src[m.Start:m.End]
		m.Type = span.Facility
	}
}

// venueCue reports a venue's cue before at: the word before it, or the two
// words before it, in venue_possessive_cues ("at", "going to"; not "to"
// alone: "loyal to Quill's").
func venueCue(d *doc, at int) bool { return cueBefore(d, at, lexicon.VenuePossessiveCues) }

// cueBefore reports the word before at, or the two words before it, in
// the concept cues (the two words within one sentence).
func cueBefore(d *doc, at int, cues lexicon.Name) bool {
	w := wordBefore(d.src, at)
	if w == "" {
		return false
	}
	if d.lx.Has(cues, w) {
		return true
	}
	start := len(strings.TrimRight(d.src[:at], " ")) - len(lastWord(d.src, at))
	prev := lastWord(d.src, start)
	if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".!?") {
		return false // "They went. To Quill's ...": the sentence before
	}
	return d.lx.Has(cues, strings.ToLower(prev)+" "+w)
}

// noNounAfter reports rest, the text after a possessive, opening with no
// noun it could own: empty, punctuation, an English preposition
// (prepositions_en: "in", "for"), or a conjunction before a lower-case
// word with no other possessive after it in its clause
// (possessive_list_conjunctions_en: "Quill's or any other cafe"; not
// "Quill's and Lind's families", "Quill's and Tarn Green ward"); not a
// number ("Quill's 1990s hit") nor a place ("Quill's Tarnby", a ruler's
// country).
func noNounAfter(lx *lexicon.Lexicon, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	w := rest[:wordEnd(rest, 0)]
	if lx.Has(lexicon.PossessiveListConjunctionsEn, w) {
		clause := strings.TrimLeft(rest[len(w):], " ")
		if i := strings.IndexAny(clause, ",;:.!?\"“”()"); i >= 0 {
			clause = clause[:i]
		}
		r, _ := utf8.DecodeRuneInString(clause)
		return unicode.IsLower(r) && !strings.Contains(clause, "'s") && !strings.Contains(clause, "’s")
	}
	return lx.Has(lexicon.PrepositionsEn, w)
}

// possessiveShops: "Quill's Pizza", "Ada Lind's Bakery", "Tarn's Auto
// Repair": capitalised words, a possessive and capitalised words ending
// in a shop's head (ner_shop_heads) are one business, an organisation,
// whatever the taggers made of its parts (the owner a person, the head
// alone a person or nothing). The owner is one to three capitalised
// words after no article, no known place ("Tarnby's Pizza Hut"), no
// acronym ("QXB's Bakery") and no day or month.
func possessiveShops(d *doc) {
	var extra []span.Mention
	for si, s := range d.sents {
		toks := sentenceTokens(d.src, s)
		for k := range toks {
			owner, after := k-1, k+1 // a possessive token of its own ("Quill 's Pizza")
			t := toks[k].text
			if stem, ok := cutPossessive(t); ok && stem != "" {
				owner = k // "Quill's"
			} else if t != "'s" && t != "’s" {
				continue
			}
			if owner < 0 || after >= len(toks) {
				continue
			}
			head := -1
			for j := after; j < len(toks) && j < after+3 && capitalised(toks[j].text); j++ {
				if d.lx.Has(lexicon.NerShopHeads, strings.ToLower(toks[j].text)) {
					head = j
					break
				}
			}
			if head < 0 {
				continue
			}
			last := toks[owner].text
			if owner == k {
				last, _ = cutPossessive(last)
			}
			if !capitalised(last) || isAcronymWord(last) || d.lx.IsPlace(last) || d.lx.Has(lexicon.NerCalendarWords, strings.ToLower(last)) {
				continue
			}
			first := owner
			for first > 0 && owner-first < 2 && capitalised(toks[first-1].text) && !d.lx.Has(lexicon.StopwordsEn, strings.ToLower(toks[first-1].text)) &&
				!strings.ContainsAny(toks[first-1].text, "'’") {
				first--
			}
			if d.lx.Has(lexicon.StopwordsEn, strings.ToLower(toks[first].text)) {
				continue
			}
			m := span.Mention{Type: span.Org, Start: toks[first].start, End: toks[head].end, Sentence: si}
			m.Text = d.src[m.Start:m.End]
			extra = append(extra, m)
		}
	}
	// A shop replaces the mentions inside it, never one it cuts into
	// ("Quill's Pizza Hut" found whole by a tagger) or another shop.
	found := newMentionIndex(d.ms)
	var shops []span.Mention
	for _, x := range extra {
		cut := found.find(x.Start, x.End, func(g span.Mention) bool {
			return g.Start < x.End && x.Start < g.End && !(x.Start <= g.Start && g.End <= x.End)
		})
		if cut || len(shops) > 0 && shops[len(shops)-1].End > x.Start {
			continue
		}
		shops = append(shops, x)
	}
	if len(shops) == 0 {
		return
	}
	inShop := newMentionIndex(shops)
	d.ms = slices.DeleteFunc(d.ms, func(m span.Mention) bool { return inShop.covers(m) })
	d.ms = appendSorted(d.ms, shops)
}
