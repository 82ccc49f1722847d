package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dateline"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// cityNotPerson reports whether a mention typed typ that names a large
// city is the city: an organisation label is overridden (organisations
// named after their city carry a head noun, "Chicago Board of Trade",
// and so make a longer mention), a person label too unless the city is
// also a given name ("Sofia").
func cityNotPerson(lx *lexicon.Lexicon, text, typ string) bool {
	switch typ {
	case span.Org:
		return isLocality(lx, text)
	case span.Person:
		return isLocality(lx, text) && !lx.GivenName(text)
	}
	return false
}

// datelinePlace reports whether m is the place of a news dateline or its
// region in sentence s (dateline.Place: "LONDON (Agency) -", "GENEVA,
// March 3 -", "MINSK 1996-08-30"); a capital abbreviation opening it is
// read as capital-abbreviations rewrote it ("St. LOUIS").
func datelinePlace(lx *lexicon.Lexicon, src string, s span.Span, m span.Mention) bool {
	if m.Start < s.Start || m.End > s.End {
		return false
	}
	return dateline.Place(lx, src[s.Start:m.Start], afterAbbreviation(lx, m.Text), src[m.End:s.End])
}

// agencyWordAfter reports text opening with "agency" or "news agency".
func agencyWordAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	// A case-blind prefix test: never lower-case the whole rest of the
	// article (once per mention, that was quadratic in its length).
	hasPrefix := func(p string) bool { return len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) }
	return hasPrefix("agency") || hasPrefix("news agency")
}

// agencyMentions returns an ORG mention for every news agency name in the
// sentences that no mention in ms covers, and retypes those that are
// covered exactly. Two-letter agency names ("AP", "TT") count only in
// capitals.
func agencyMentions(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	// A person named like one ("Bloomberg") stays a person, unless the
	// text calls it a news agency once ("the Xinhua news agency").
	called := map[string]bool{}
	for _, m := range ms {
		if agencyWordAfter(src[m.End:]) {
			called[strings.ToLower(m.Text)] = true
		}
	}
	for i := range ms {
		if name := strings.ToLower(ms[i].Text); lx.Has(lexicon.NerNewsAgencies, name) && (ms[i].Type != span.Person || called[name]) {
			ms[i].Type = span.Org
		}
	}
	var extra []span.Mention
	for si, s := range sents {
		text := src[s.Start:s.End]
		for at := 0; at < len(text); {
			j := strings.IndexFunc(text[at:], unicode.IsUpper)
			if j < 0 {
				break
			}
			a := at + j
			b := a
			for b < len(text) {
				r, size := utf8.DecodeRuneInString(text[b:])
				if !unicode.IsLetter(r) && r != '-' {
					break
				}
				b += size
			}
			at = max(b, a+1)
			w := text[a:b]
			if !lx.Has(lexicon.NerNewsAgencies, strings.ToLower(w)) || len(w) <= 2 && w != strings.ToUpper(w) || wordByteBefore(src, s.Start+a) {
				continue
			}
			start, end := s.Start+a, s.Start+b
			covered := false
			for _, m := range ms {
				covered = covered || m.Start < end && start < m.End
			}
			if !covered {
				extra = append(extra, span.Mention{Text: w, Type: span.Org, Start: start, End: end, Sentence: si})
			}
		}
	}
	return appendSorted(ms, extra)
}

// withInitials extends each person mention leftwards over initials
// written just before it ("J. Russell", "A.B. Kaye"): prose leaves them
// out.
func withInitials(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != span.Person {
			continue
		}
		s := sents[m.Sentence]
		start := m.Start
		for {
			k := strings.TrimRight(src[s.Start:start], " ")
			if len(k) < 2 || k[len(k)-1] != '.' {
				break
			}
			// One capital letter before the dot, at a word start.
			r, size := utf8.DecodeLastRuneInString(k[:len(k)-1])
			if !unicode.IsUpper(r) {
				break
			}
			at := s.Start + len(k) - 1 - size
			if wordByteBefore(src, at) && src[at-1] != '.' {
				break
			}
			if at > s.Start && src[at-1] == '.' {
				// "A.B." written without a space: keep going from the dot.
				start = at
				continue
			}
			start = at
		}
		if start < m.Start && !overlapsOther(ms, i, start) && !lx.IsCountry(strings.TrimSpace(src[start:m.Start])) {
			// ("U.S. Jane Doe": the initials are the country's)
			m.Text = src[start:m.End]
			m.Start = start
		}
	}
	return ms
}

// overlapsOther reports whether [start, ms[i].Start) overlaps a mention
// other than ms[i].
func overlapsOther(ms []span.Mention, i, start int) bool {
	for k, o := range ms {
		if k != i && o.Start < ms[i].Start && start < o.End {
			return true
		}
	}
	return false
}

// standingsRow reports a row of a league table: a name of up to four
// capitalised words and six numbers or more after it ("Ross County 3 0 0
// 3 3 7 0"); a golfer's line has four rounds, fewer.
func standingsRow(text string) bool {
	fields := strings.Fields(text)
	i := 0
	for i < len(fields) && i < 4 && capitalised(fields[i]) {
		i++
	}
	if i == 0 || len(fields)-i < 6 {
		return false
	}
	for _, f := range fields[i:] {
		if strings.Trim(f, "0123456789.-") != "" || !strings.ContainsAny(f, "0123456789") {
			return false
		}
	}
	return true
}

// sidesLine reports a result or fixture line of a sports report: two
// names, each followed by a score ("Montrose 2 Ross County 1"), or two
// names either side of a versus word (versus_words, or one of its
// abbreviations written without the full stop: "Walsall v Wrexham"),
// after an optional label ("Postponed : ...").
func sidesLine(lx *lexicon.Lexicon, text string) bool {
	if label, rest, ok := strings.Cut(text, ":"); ok && !strings.Contains(strings.TrimSpace(label), " ") {
		text = rest
	}
	fields := strings.Fields(text)
	names := func(i int) int { // index past a run of capitalised words from i
		for i < len(fields) && capitalised(fields[i]) {
			i++
		}
		return i
	}
	isScore := func(w string) bool { return w != "" && strings.Trim(w, "0123456789") == "" }
	i := names(0)
	if i == 0 || i >= len(fields) {
		return false
	}
	switch {
	case isScore(fields[i]):
		j := names(i + 1)
		return j > i+1 && j == len(fields)-1 && isScore(fields[j])
	case lx.Has(lexicon.VersusWords, fields[i]) || lx.Has(lexicon.VersusWords, fields[i]+"."):
		j := names(i + 1)
		return j > i+1 && (j == len(fields) || fields[j] == "." || strings.HasPrefix(fields[j], "("))
	}
	return false
}

// sportsTeams retypes as organisations the places a sports report names
// as sides: in a text with three sports words or more, a place that is not
// a country and stands next to a score or a fixture word ("Tarnshire 259",
// "Quillford 429-7", "v Harrowby", "beat Lindale", "against Valmorshire",
// "Lindale won") or before a player word ("Tarnshire captain"), unless it is a
// dateline's place ("LONDON 1996-08-30") or the first name of a person
// of the report. A whole result
// line ("Tarnby 6 Quillford 2") names sides in any text.
func sportsTeams(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) {
	report := sportsReport(lx, src)
	teams := map[string]bool{}
	// The first names of the report's people named in two words are
	// players, not sides ("Ada beat Bo Lind" after "Ada Quill"); built
	// when first asked, as most texts are no sports report.
	var firsts map[string]bool
	first := func(text string) bool {
		if firsts == nil {
			firsts = map[string]bool{}
			for _, m := range ms {
				if first, last, ok := strings.Cut(m.Text, " "); ok && m.Type == span.Person && !strings.Contains(last, " ") && !lx.IsPlace(last) {
					firsts[first] = true
				}
			}
		}
		return firsts[text]
	}
	for i := range ms {
		m := &ms[i]
		if m.Type == span.Org || isCountry(lx, m.Text) || m.Sentence < len(sents) && datelinePlace(lx, src, sents[m.Sentence], *m) {
			continue
		}
		if !report {
			// Outside a sports report only a whole result line names
			// sides ("Lotte 6 Hyundai 2"), and never people ("Roe v
			// Wade", "Ada Quill 1204 Bo Lind 987").
			if m.Type != span.Person && m.Sentence < len(sents) && sidesLine(lx, src[sents[m.Sentence].Start:sents[m.Sentence].End]) && !first(m.Text) {
				m.Type = span.Org
			}
			continue
		}
		if !first(m.Text) && namedSide(lx, src, sents, *m) {
			m.Type = span.Org
			teams[m.Text] = true
		}
	}
	// One sense per report: a team is a team wherever it is named, except
	// as a venue ("in Leeds", "at Leeds") or a dateline.
	for i := range ms {
		m := &ms[i]
		if !teams[m.Text] || m.Type != span.GPE && m.Type != span.Location {
			continue
		}
		before := wordBefore(src, m.Start)
		if before == "in" || before == "at" || m.Sentence < len(sents) && datelinePlace(lx, src, sents[m.Sentence], *m) {
			continue
		}
		m.Type = span.Org
	}
}

// sportsReport reports a text with three sports words or more.
func sportsReport(lx *lexicon.Lexicon, src string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(src), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if lx.Has(lexicon.NerSportsWords, w) || lx.Has(lexicon.NerSportNames, w) {
			n++
		}
	}
	return n >= 3
}

// namedSide reports whether m, in a sports report and no organisation,
// names a side: by the words around it (sideContext), by a city ending
// it ("Dynamo Moscow", "Lada Togliatti"), or by standing in a result,
// fixture or standings line.
func namedSide(lx *lexicon.Lexicon, src string, sents []span.Span, m span.Mention) bool {
	last := textutil.LastField(m.Text)
	return sideContext(lx, src, m) ||
		strings.Contains(m.Text, " ") && lx.IsLocality(last) && !lx.GivenName(last) && !lx.IsPlace(m.Text) ||
		m.Type != span.Org && m.Sentence < len(sents) && (sidesLine(lx, src[sents[m.Sentence].Start:sents[m.Sentence].End]) ||
			standingsRow(src[sents[m.Sentence].Start:sents[m.Sentence].End]))
}

// sideContext reports words around m that make it a side: a place next
// to a score, after words setting it against another (side_cue_words:
// "against", "victory over"), next to a word between two sides
// (side_versus_words: "beat", "v"), before a result's word
// (side_result_verbs: "won") or a team member's word ("Glamorgan
// 259", "v Durham", "Kent won", "Kent captain"); one word typed a person
// only where a person cannot be ("v Kent", "Mariners shortstop").
func sideContext(lx *lexicon.Lexicon, src string, m span.Mention) bool {
	rest := strings.TrimLeft(src[m.End:], " ")
	c, _ := utf8.DecodeRuneInString(rest)
	before := wordBefore(src, m.Start)
	next, _, _ := strings.Cut(rest, " ")
	after := strings.ToLower(strings.TrimRight(next, ".,;:"))
	versus := lx.Has(lexicon.SideVersusMarks, before)
	if m.Type == span.GPE || m.Type == span.Location {
		return unicode.IsDigit(c) || sideCueBefore(lx, src, m.Start) || lx.Has(lexicon.SideVersusWords, after) ||
			lx.Has(lexicon.SideResultVerbs, after) || lx.Has(lexicon.NerTeamMembers, after)
	}
	return m.Type == span.Person && !strings.Contains(m.Text, " ") && (versus || lx.Has(lexicon.NerTeamPlayers, after))
}

// sideCueBefore reports one or two words of side_cue_words, or one of
// side_versus_words, right before offset at ("victory over", "beat").
func sideCueBefore(lx *lexicon.Lexicon, src string, at int) bool {
	words := strings.Fields(strings.ToLower(src[max(0, at-24):at]))
	// The words after a sentence's end are all there is; a full stop
	// ends a sentence unless it ends "vs.".
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if !strings.ContainsAny(w[len(w)-1:], ".!?") {
			continue
		}
		if t := strings.TrimSuffix(w, "."); t != w && lx.Has(lexicon.SideVersusWords, t) {
			words[i] = t
			continue
		}
		words = words[i+1:]
		break
	}
	n := len(words)
	return n >= 1 && (lx.Has(lexicon.SideCueWords, words[n-1]) || lx.Has(lexicon.SideVersusWords, words[n-1])) ||
		n >= 2 && lx.Has(lexicon.SideCueWords, words[n-2]+" "+words[n-1])
}
