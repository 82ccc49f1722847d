package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// This file holds passes for junk names found on real news: dates that
// look like names ("Nov 5th"), a country's initials written with spaces
// ("U. S."), a plural title before a list of names ("Lords Quill, Lind
// and Brekkan") and parties named by their members ("the Tories").

// monthDays: "Nov 5th", "July 4", "5th November": a month and a day are
// a date, no name.
func monthDays(d *doc, c *candidate) verdict {
	words := strings.Fields(c.Text)
	if len(words) != 2 {
		return keep
	}
	month := func(w string) bool {
		return d.lx.Has(lexicon.NerCalendarWords, strings.ToLower(strings.TrimSuffix(w, ".")))
	}
	if month(words[0]) && dayNumber(words[1]) || dayNumber(words[0]) && month(words[1]) {
		return drop
	}
	return keep
}

// dayNumber reports a day of the month: one or two digits, perhaps with
// an ordinal ending and a comma ("5", "5th", "21st,").
func dayNumber(w string) bool {
	w = strings.TrimSuffix(w, ",")
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 2 {
		return false
	}
	return ordinalEnding(strings.ToLower(w[digits:]))
}

// ordinalEnding reports what may follow the digits of a cardinal or an
// ordinal number: nothing, or an English ordinal ending ("st", "nd",
// "rd", "th"; lower case).
func ordinalEnding(s string) bool {
	switch s {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// spacedInitials is a run of single capital letters, each with a full
// stop, written with one space between them ("U. S."), from start to
// end (after the last full stop).
type spacedInitials struct{ start, end int }

// spacedInitialsIn returns the runs of two or more spaced initials in
// sentence s that spell a country once the spaces are dropped ("U. S.",
// "U. K.").
func spacedInitialsIn(lx *lexicon.Lexicon, src string, s span.Span) []spacedInitials {
	var out []spacedInitials
	for p := s.Start; p < s.End; p++ {
		if p > s.Start && (wordByteBefore(src, p) || src[p-1] == '.') {
			continue
		}
		q, letters, joined := p, 0, ""
		for q < s.End {
			r, n := utf8.DecodeRuneInString(src[q:])
			if !unicode.IsUpper(r) || q+n >= s.End || src[q+n] != '.' || q+n+1 < s.End && wordByteAfterDot(src, q+n+1) {
				break
			}
			joined += src[q : q+n+1]
			q += n + 1
			letters++
			if q+1 < s.End && src[q] == ' ' {
				r, _ := utf8.DecodeRuneInString(src[q+1:])
				if unicode.IsUpper(r) && q+2 < s.End && q+1+utf8.RuneLen(r) < s.End && src[q+1+utf8.RuneLen(r)] == '.' {
					q++ // one space before the next initial
					continue
				}
			}
			break
		}
		if letters >= 2 && strings.Contains(src[p:q], " ") && lx.IsCountry(joined) {
			out = append(out, spacedInitials{p, q})
			p = q
		}
	}
	return out
}

// wordByteAfterDot reports a letter or digit right after an initial's
// full stop ("S.Geo"): then it is no initial written alone.
func wordByteAfterDot(src string, i int) bool {
	r, _ := utf8.DecodeRuneInString(src[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// spacedCountryInitials: a country's initials written with spaces ("U.
// S. Survey Office") are the country, never a person's initials ("S.
// Survey"): the mentions that start inside them go, and the capitalised
// words after them are one name with them, an organisation (a place when
// its last word is a place's head), unless a mention there is a person
// ("U. S. Senator Ada Quill": the initials are then a GPE of their own).
func spacedCountryInitials(d *doc) {
	var extra []span.Mention
	for si, s := range d.sents {
		for _, run := range spacedInitialsIn(d.lx, d.src, s) {
			// The capitalised words right after the initials.
			end := run.end
			for _, t := range sentenceTokens(d.src, span.Span{Start: run.end, End: s.End}) {
				if !capitalised(t.text) || t.start > end+1 || d.src[end:t.start] != strings.Repeat(" ", t.start-end) {
					break
				}
				if base, ok := cutPossessive(t.text); ok {
					end = t.start + len(base)
					break
				}
				end = t.end
			}
			kept := d.ms[:0]
			person, whole := false, -1
			for _, m := range d.ms {
				switch {
				case m.Start >= run.start && m.Start < run.end && m.End >= end && m.Type != span.Person:
					whole = len(kept) // an organisation or a place over them all
				case m.Start < run.end && run.start < m.End:
					continue // "S. Survey", "The U"
				case m.Start > run.end && m.Start <= end+1 && m.Type == span.Person && (d.e.personalName(m.Text) || titleCut(d.lx, strings.Fields(m.Text), true) > 0):
					person = true
				}
				kept = append(kept, m)
			}
			d.ms = kept
			switch {
			case whole >= 0:
			case person || end == run.end:
				extra = append(extra, span.Mention{Text: d.src[run.start:run.end], Type: span.GPE, Start: run.start, End: run.end, Sentence: si})
			default:
				typ := span.Org
				if locationHead(d.lx, strings.ToLower(d.src[strings.LastIndexByte(d.src[:end], ' ')+1:end])) {
					typ = span.Location
				}
				extra = append(extra, span.Mention{Text: d.src[run.start:end], Type: typ, Start: run.start, End: end, Sentence: si})
			}
		}
	}
	if len(extra) > 0 {
		d.ms = mergeNames(d.ms, extra)
	}
}

// cutPossessive returns w without a possessive ending, and whether it
// had one ("Survey's").
func cutPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if b, ok := strings.CutSuffix(w, suf); ok {
			return b, true
		}
	}
	return w, false
}

// pluralTitle reports the plural of a title or person word ("Lords",
// "Senators"), or of a title institutions share ("Justices"), which
// opens a list of names, one person each.
func pluralTitle(lx *lexicon.Lexicon, w string) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(w), "s")
	return ok && len(stem) > 1 && capitalised(w) && (lx.Has(lexicon.NerPersonWords, stem) || lx.Has(lexicon.InstitutionTitles, stem))
}

// pluralTitles: "Lords Quill, Lind, Hope and Brekkan": a plural title
// is no part of the first name, and each name of the list after it
// ("Quill", "Lind", ...) is a person, found if the taggers missed it.
// The title must open a list of two names or more, its first name no
// ordinary word ("Queens Park" stays).
func pluralTitles(d *doc) {
	var extra []span.Mention
	for i := 0; i < len(d.ms); i++ {
		m := &d.ms[i]
		first, rest, ok := strings.Cut(m.Text, " ")
		if !ok || !pluralTitle(d.lx, first) || !capitalised(rest) || strings.Contains(rest, " ") || m.End > len(d.src) || d.src[m.Start+len(first)] != ' ' ||
			d.e.english != nil && d.e.english.Ordinary(rest) || len(listedNames(d.src, m.End, d.sents[m.Sentence].End)) == 0 {
			continue
		}
		m.Start += len(first) + 1
		m.Text = rest
		m.Type = span.Person
		extra = append(extra, listedPeople(d, m.End, m.Sentence, i+1)...)
	}
	d.ms = appendSorted(d.ms, extra)
}

// listSeparators join the names of a list, longest first.
var listSeparators = []string{", and ", ", ", " and "}

// listedNames returns the one-word capitalised names of a list from
// offset at to end (", Lind, Hope and Brekkan"), each as its start and
// end; the list ends at anything else, and at a name running into
// another capitalised word ("Hope Street").
func listedNames(src string, at, end int) [][2]int {
	var out [][2]int
	if end > len(src) {
		return nil
	}
	for at < end {
		sep := 0
		for _, p := range listSeparators {
			if strings.HasPrefix(src[at:end], p) {
				sep = len(p)
				break
			}
		}
		if sep == 0 {
			break
		}
		start := at + sep
		e := start
		for e < end {
			r, n := utf8.DecodeRuneInString(src[e:])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				break
			}
			e += n
		}
		if !capitalised(src[start:e]) || utf8.RuneCountInString(src[start:e]) < 2 || e+1 < end && src[e] == ' ' && capitalised(src[e+1:end]) {
			break
		}
		out = append(out, [2]int{start, e})
		at = e
	}
	return out
}

// listedPeople types as people the names of the list (listedNames) from
// offset at of sentence sent, ms[next:] being the mentions after it,
// and returns those of its names that no mention covers.
func listedPeople(d *doc, at, sent, next int) []span.Mention {
	var extra []span.Mention
	for _, n := range listedNames(d.src, at, d.sents[sent].End) {
		for next < len(d.ms) && d.ms[next].End <= n[0] {
			next++
		}
		switch {
		case next < len(d.ms) && d.ms[next].Start == n[0] && d.ms[next].End == n[1]:
			d.ms[next].Type = span.Person
		case next < len(d.ms) && d.ms[next].Start < n[1]:
			return extra // a longer name there: the list ends
		default:
			extra = append(extra, span.Mention{Text: d.src[n[0]:n[1]], Type: span.Person, Start: n[0], End: n[1], Sentence: sent})
		}
	}
	return extra
}

// partyName reports a party named by its members, perhaps after the
// place of a local party ("Tories", "Harbourside Tories").
func partyName(lx *lexicon.Lexicon, name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || !lx.Has(lexicon.PartyPluralNames, strings.ToLower(words[len(words)-1])) {
		return false
	}
	for _, w := range words {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// partyNames: "the Tories", "Harbourside Tories": a party named by its
// members is an organisation, never a place or a person, found where the
// taggers missed it unless the text writes the word in lower case
// ("Tories say ..."); a local party takes back the place joined to its
// own by "and" ("Dunmore and Harbourside Tories"), unless that is a
// person's name; a party's word before a member's name is cut off
// ("Tory Ada Quill").
func partyNames(d *doc) {
	d.ms = appendSorted(d.ms, missedPartyNames(d))
	for i := range d.ms {
		partyMemberCut(d, &d.ms[i])
	}
	for i := 0; i < len(d.ms); i++ {
		m := &d.ms[i]
		if m.Type == span.Org || !partyName(d.lx, m.Text) {
			continue
		}
		m.Type = span.Org
		if i == 0 || !strings.Contains(m.Text, " ") {
			continue
		}
		p := d.ms[i-1]
		if p.End+5 == m.Start && m.Start <= len(d.src) && d.src[p.End:m.Start] == " and " && !partyName(d.lx, p.Text) && !d.e.personalName(p.Text) {
			d.ms[i-1] = span.Mention{Text: d.src[p.Start:m.End], Type: span.Org, Start: p.Start, End: m.End, Sentence: m.Sentence}
			d.ms = append(d.ms[:i], d.ms[i+1:]...)
			i--
		}
	}
}

// partyMemberCut cuts a party's word, and any word before it, off a
// person's name when a given name and a surname follow it ("Tory Ada
// Quill", "Fellow Lib Dem Bo Lind"); a name the models typed otherwise
// is then a person's, unless it ends in an organisation's head
// ("Democrat Ada Quill" typed an organisation).
func partyMemberCut(d *doc, m *span.Mention) {
	if m.End > len(d.src) {
		return
	}
	words := strings.Fields(m.Text)
	if len(words) == 0 || m.Type != span.Person && (m.Type == "" || orgHead(d.lx, words[len(words)-1])) {
		return
	}
	for j := 0; j < 2; j++ {
		for k := 1; k <= 2 && j+k+2 <= len(words); k++ {
			party := strings.Join(words[j:j+k], " ")
			if !d.lx.Has(lexicon.PartyWords, strings.ToLower(party)) || !d.lx.IsGivenName(words[j+k]) {
				continue
			}
			lead := strings.Join(words[:j+k], " ") + " "
			if at := m.Start + len(lead); at < m.End && d.src[m.Start:at] == lead {
				m.Start, m.Text, m.Type = at, d.src[at:m.End], span.Person
			}
			return
		}
	}
}

// missedPartyNames returns the one-word party names (party_plural_names)
// written capitalised outside a sentence in capitals, where no mention
// covers them, when the text never writes them in lower case.
func missedPartyNames(d *doc) []span.Mention {
	var add []span.Mention
	for si, s := range d.sents {
		if allCapsSentence(d.src, s) {
			continue
		}
		for _, t := range sentenceTokens(d.src, s) {
			w, _ := cutPossessive(t.text)
			w = strings.TrimRight(w, "'’")
			lw := strings.ToLower(w)
			if !capitalised(w) || d.lower[lw] || !d.lx.Has(lexicon.PartyPluralNames, lw) || coveredBy(d.ms, t.start, t.start+len(w)-1) {
				continue
			}
			add = append(add, span.Mention{Text: w, Type: span.Org, Start: t.start, End: t.start + len(w), Sentence: si})
		}
	}
	return add
}

// compassPlaces: "Tarnby East", "Dunmore North West", "Harbourside
// Central": a person's name ending in compass points after a word that
// the casing lexicon knows and that is no given name and no title is a
// district or a constituency, a place ("Ada West", "Lord North" and
// "Zoltar West", of a word the casing lexicon does not know, stay
// people).
func compassPlaces(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if m.Type != span.Person {
			continue
		}
		words := strings.Fields(m.Text)
		k := len(words)
		for k > 1 && d.lx.Has(lexicon.CompassPoints, strings.ToLower(words[k-1])) {
			k--
		}
		if k == len(words) || d.e.english == nil || !capitalised(words[0]) || d.lx.IsGivenName(words[0]) || !d.e.knownWord(words[0]) || d.lx.Has(lexicon.NerPersonWords, strings.ToLower(strings.TrimSuffix(words[0], "."))) {
			continue
		}
		m.Type = span.GPE
	}
}

// quoteOpeners: `said: "Basically, ...`, `"Slight increases ...`: one
// ordinary word (by the casing lexicon) opening a quote, capitalised only
// there, is no name, as at a sentence's start (ordinary-openers); known
// places and acronyms stay, and function words are function-words'.
func quoteOpeners(d *doc, c *candidate) verdict {
	if d.e.english == nil || strings.Contains(c.Text, " ") || !quoteInitial(d.src, c.Start) || d.capCount[c.Text] > 1 ||
		d.lx.Has(lexicon.StopwordsEn, strings.ToLower(c.Text)) || // function-words' ("The")
		!d.e.english.Ordinary(c.Text) || isAcronymWord(c.Text) || d.lx.IsPlace(c.Text) || allCapsSentence(d.src, c.s) {
		return keep
	}
	return drop
}
