package ner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// workTitles: "the action movie Tarnby Treasure", "a song called Judge
// Quill": the capitalised words right after a noun of a made work
// (work_nouns), or after such a noun or one of work_named_nouns and
// "called", "titled" or "entitled" (work_naming_words), name the work,
// MISC, whatever the taggers typed them; a mention inside those words
// takes them all, and the text's other mentions of the title, alone, are
// the work too; not before a verb of making (work_maker_verbs: "the film
// Ada Quill directed").
func workTitles(d *doc) {
	titles, changed := map[string]bool{}, false
	for i := range d.ms {
		m := &d.ms[i]
		if m.Sentence < 0 || m.Sentence >= len(d.sents) {
			continue
		}
		s := d.sents[m.Sentence]
		start := capitalRunStart(d.src, s.Start, m.Start)
		if !workCue(d, s.Start, start) {
			continue
		}
		end := max(m.End, capitalRunEnd(d.src, s.End, m.End))
		if next := nextWord(d.src, end, s.End); d.lx.Has(lexicon.WorkMakerVerbs, next) {
			continue // "the film Ada Quill directed": the maker, no title
		}
		m.Start = start
		m.End = end
		m.Text = d.src[m.Start:m.End]
		m.Type = span.Misc
		addTitle(d, titles, m.Text)
		changed = true
	}
	if changed {
		d.ms = dropInsideOthers(d.ms)
	}
	retypeTitles(d, titles)
}

// capitalRunEnd is the end of the run of capitalised words, one space
// apart, that goes on from at (not past to).
func capitalRunEnd(src string, to, at int) int {
	for at+1 < to && src[at] == ' ' {
		e := wordEnd(src, at+1)
		if e == at+1 || e > to || !capitalised(src[at+1:e]) {
			break
		}
		at = e
	}
	return at
}

// addTitle adds a title, and the title without its opening article
// ("Harbour" of "The Harbour"), to titles; a title of function words
// alone is none ("The").
func addTitle(d *doc, titles map[string]bool, title string) {
	first, rest, _ := strings.Cut(title, " ")
	if rest == "" && d.lx.Has(lexicon.StopwordsEn, strings.ToLower(first)) {
		return
	}
	titles[title] = true
	if rest != "" && d.lx.Has(lexicon.ArticlesEnSv, strings.ToLower(first)) {
		titles[rest] = true
	}
}

// capitalRunStart is the start of the run of capitalised words, one space
// apart, that ends with the word at at (not before from).
func capitalRunStart(src string, from, at int) int {
	for {
		w, i := wordBeforeSpace(src, from, at)
		if w == "" || !capitalised(w) {
			return at
		}
		at = i
	}
}

// workCue reports a work's noun, in lower case, one space before at
// ("movie Tarnby"), or such a noun and a naming word ("song called
// Tarnby", "a new single entitled Tarnby").
//
// A work noun after a demonstrative (demonstratives_en_sv) cues nothing:
// "in this film Ada and Bo meet" names no title.
func workCue(d *doc, from, at int) bool {
	w, i := wordBeforeSpace(d.src, from, at)
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	if d.lx.Has(lexicon.WorkNouns, w) {
		before, _ := wordBeforeSpace(d.src, from, i)
		return !d.lx.Has(lexicon.DemonstrativesEnSv, strings.ToLower(before)) // "in this movie Ada and Bo meet"
	}
	if !d.lx.Has(lexicon.WorkNamingWords, w) {
		return false
	}
	for k := 0; k < 2; k++ {
		if w, i = wordBeforeSpace(d.src, from, i); w == "" || w != strings.ToLower(w) {
			return false
		}
		if d.lx.Has(lexicon.WorkNouns, w) || d.lx.Has(lexicon.WorkNamedNouns, w) {
			return true
		}
	}
	return false
}

// retypeTitles types MISC every mention of the text whose whole text is
// one of titles, and takes in the words before a mention that end a
// title with it ("Oddmere" before "Treasure" of "Oddmere Treasure"; an
// article alone is left out, as the text writes the title without it
// too).
func retypeTitles(d *doc, titles map[string]bool) {
	if len(titles) == 0 {
		return
	}
	for i := range d.ms {
		m := &d.ms[i]
		longest := ""
		for t := range titles {
			if len(t) > len(m.Text) && strings.HasSuffix(t, " "+m.Text) && !d.lx.Has(lexicon.ArticlesEnSv, strings.ToLower(strings.TrimSuffix(t, " "+m.Text))) && m.End >= len(t) && d.src[m.End-len(t):m.End] == t &&
				(m.Sentence < 0 || m.Sentence >= len(d.sents) || m.End-len(t) >= d.sents[m.Sentence].Start) && len(t) > len(longest) {
				longest = t // the text before m is t's, so titles of one length are one
			}
		}
		if longest != "" {
			m.Start = m.End - len(longest)
			m.Text = longest
		}
		if titles[m.Text] {
			m.Type = span.Misc
		}
	}
	d.ms = dropInsideOthers(d.ms)
}

// colonTitles: "Tarnby Quest: Harbour" written twice or more in a text is
// one work's title, a series and its part, MISC; the part alone is the
// work too. A name before a colon once is a label or a speaker
// ("Tarnby: Harbour plans").
func colonTitles(d *doc) {
	titles, changed := map[string]bool{}, false
	for i := range d.ms {
		m := &d.ms[i]
		if m.Sentence < 0 || m.Sentence >= len(d.sents) || m.Start < 2 || d.src[m.Start-2:m.Start] != ": " {
			continue
		}
		s := d.sents[m.Sentence]
		colon := m.Start - 2
		w := lastWord(d.src, colon)
		if w == "" || !capitalised(w) || !strings.HasSuffix(d.src[:colon], w) {
			continue
		}
		start := capitalRunStart(d.src, s.Start, colon-len(w))
		if start < s.Start || !capitalised(m.Text) {
			continue
		}
		title := d.src[start:m.End]
		if strings.Count(d.src, title) < 2 || !endsName(d.src, m.End) || listItem(d.src, start, m.End) {
			continue
		}
		addTitle(d, titles, m.Text)
		m.Start = start
		m.Text = title
		m.Type = span.Misc
		changed = true
	}
	if changed {
		d.ms = dropInsideOthers(d.ms)
	}
	retypeTitles(d, titles)
}

// listItem reports a name at src[start:end] that stands in a list's
// line, after a comma or before a dash ("Ada Quill, Tarnby Times: Film -
// Harbour"): a label, no title.
func listItem(src string, start, end int) bool {
	before := strings.TrimRight(src[:start], " ")
	after := strings.TrimLeft(src[end:], " ")
	return strings.HasSuffix(before, ",") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–")
}

// endsName reports the end of a word at at: no letter or digit follows.
func endsName(src string, at int) bool {
	return !wordByteAfter(src, at)
}

// dropInsideOthers drops a mention that lies inside another, longer one
// (a title took its words), or repeats an earlier one's span, keeping the
// others in their order. One sweep over the mentions sorted by start (a
// longer one first, then by index): a mention lies inside one before it
// in that order exactly when one of those ends at or past its end, so the
// cost is that of the sort, O(n log n).
func dropInsideOthers(ms []span.Mention) []span.Mention {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(ms[a].Start, ms[b].Start); c != 0 {
			return c
		}
		if c := cmp.Compare(ms[b].End, ms[a].End); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	inside := make([]bool, len(ms))
	reach := 0 // the furthest end of the mentions swept so far
	for k, i := range order {
		if k > 0 && reach >= ms[i].End {
			inside[i] = true
		}
		if k == 0 || ms[i].End > reach {
			reach = ms[i].End
		}
	}
	out := make([]span.Mention, 0, len(ms))
	for i, m := range ms {
		if !inside[i] {
			out = append(out, m)
		}
	}
	return out
}

// yearTitles: "Euro 2031", "Harbourfest 2030": a name right before a
// year of four digits, in the same sentence, takes it in and names an
// edition of an event, a show or a product, MISC, unless a country or a
// person of two words or more ("Ada Quill 2030"), a range of years
// ("Tarnby Assembly 1974–1983") or a name of "X of Y", an
// institution's; the text's other mentions of the name alone are the
// same title, unless it was typed a place.
func yearTitles(d *doc) {
	titles := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		if m.Sentence < 0 || m.Sentence >= len(d.sents) || d.lx.IsCountry(m.Text) ||
			m.Type == span.Person && strings.Contains(m.Text, " ") {
			continue
		}
		end := d.sents[m.Sentence].End
		if m.End+5 > end || d.src[m.End] != ' ' || !year(d.src[m.End+1:m.End+5]) || wordByteAfter(d.src, m.End+5) || yearRange(d.src[m.End+5:]) {
			continue
		}
		if d.lx.Has(lexicon.NerCalendarWords, strings.ToLower(lastWord(d.src, m.End))) || strings.Contains(m.Text, " of ") {
			continue // "... of June 2031", "Tarnby Academy of Arts 2031"
		}
		if m.Type != span.GPE && m.Type != span.Location {
			addTitle(d, titles, m.Text) // a place's edition leaves the place a place ("Tarnby 2030 plans")
		}
		m.End += 5
		m.Text = d.src[m.Start:m.End]
		m.Type = span.Misc
	}
	retypeTitles(d, titles)
}

// yearRange reports a dash or a slash after a year, a range of years
// ("Tarnby Assembly 1974–1983": a term, no title).
func yearRange(rest string) bool {
	return strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "—")
}

// year reports four digits from 1800 to 2099.
func year(s string) bool {
	if len(s) != 4 || !(strings.HasPrefix(s, "18") || strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
}

// workLists: "movies, including Tarn Hours, Quill Street and Harbour
// Ode", "her plays include Ada's Ode": the names listed right after a
// plural noun of made works (work_list_nouns), at most two lower-case
// words and a listing word (work_list_words) are the works' titles,
// MISC, whatever the taggers typed a mention inside them or whether they
// found one. A list item is the capitalised words up to a comma, a
// semicolon, a bracket or "and" (at most six, small lower-case words
// between them allowed: "For the Love of Ada"); the list ends at an item
// that is no such run, or after its "and". The text's other mentions of
// a listed title of two words or more are the work too.
func workLists(d *doc) {
	titles := map[string]bool{}
	changed := false
	for si, s := range d.sents {
		ws := sentenceWords(d.src, s)
		for k, w := range ws {
			if !d.lx.Has(lexicon.WorkListWords, w.text) || !workListCue(d, ws, k) {
				continue
			}
			for at, last := w.end, false; at+1 < s.End && d.src[at] == ' '; {
				if n := yearPossessive(d.src[at+1 : s.End]); n > 0 {
					at += n // "films including 2031's Tarn Hours": the title after the year
				}
				end, next, lastNext := workListItem(d, at+1, s.End)
				if end <= at+1 {
					break
				}
				if listTitle(d, si, at+1, end) {
					changed = true
				}
				if title := d.src[at+1 : end]; strings.Contains(title, " ") {
					addTitle(d, titles, title)
				}
				if last || next < 0 {
					break
				}
				at, last = next, lastNext
			}
		}
	}
	if changed {
		slices.SortStableFunc(d.ms, func(a, b span.Mention) int { return cmp.Compare(a.Start, b.Start) })
		d.ms = dropInsideOthers(d.ms)
	}
	retypeTitles(d, titles)
}

// workListCue reports a plural noun of made works at most two lower-case
// words before the listing word ws[k], the words apart by a space or a
// comma and a space ("movies, including", "films have included").
func workListCue(d *doc, ws []outletWord, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if gap := d.src[ws[j].end:ws[j+1].start]; gap != " " && gap != ", " {
			return false
		}
		w := ws[j].text
		if w != strings.ToLower(w) {
			return false
		}
		if d.lx.Has(lexicon.WorkListNouns, w) {
			return true
		}
	}
	return false
}

// workListItem reads the list item from at: capitalised words (or
// numbers), small lower-case stopwords between them allowed ("For the
// Love of Ada"), at most six words, up to a comma, a semicolon, a colon,
// a bracket, a quote mark, a full stop or "and". It returns the item's
// end (at when there is none), where the next item starts after a space
// (-1 when the list ends there), and whether that next item is the last
// (after "and").
func workListItem(d *doc, at, to int) (end, next int, lastNext bool) {
	end = at
	for i, words := at, 0; i < to; {
		j := i
		for j < to && !strings.ContainsRune(" ,;:()\"", rune(d.src[j])) {
			j++
		}
		w := strings.TrimRight(d.src[i:j], ".?!")
		if w == "" || w == "and" {
			break
		}
		if words++; words > 6 {
			return at, -1, false
		}
		switch {
		case capitalised(w) || unicode.IsDigit(rune(w[0])):
			end = i + len(w)
		case len(w) > 4 || !d.lx.Has(lexicon.StopwordsEn, w):
			return at, -1, false // a lower-case word: no title
		}
		if j >= to || d.src[j] != ' ' || len(w) < j-i {
			break
		}
		i = j + 1
	}
	rest := d.src[end:to]
	switch {
	case end == at:
		return at, -1, false
	case strings.HasPrefix(rest, ", and "):
		return end, end + len(", and"), true
	case strings.HasPrefix(rest, " and "):
		return end, end + len(" and"), true
	case strings.HasPrefix(rest, ", "):
		return end, end + len(","), false
	}
	return end, -1, false
}

// yearPossessive is the length of a year and its possessive with the
// space after them opening rest ("2031's "), or 0.
func yearPossessive(rest string) int {
	if len(rest) < 5 || !year(rest[:4]) {
		return 0
	}
	for _, p := range []string{"'s ", "’s "} {
		if strings.HasPrefix(rest[4:], p) {
			return 4 + len(p)
		}
	}
	return 0
}

// listTitle makes the list item at src[start:end] of sentence si a
// title, MISC: the first mention inside it takes it whole; a new mention
// when the taggers found none. It reports a change.
func listTitle(d *doc, si, start, end int) bool {
	for i := range d.ms {
		m := &d.ms[i]
		if m.Start >= start && m.End <= end {
			if m.Start == start && m.End == end && m.Type == span.Misc {
				return false
			}
			m.Start, m.End, m.Text, m.Type = start, end, d.src[start:end], span.Misc
			return true
		}
	}
	d.ms = append(d.ms, span.Mention{Text: d.src[start:end], Type: span.Misc, Start: start, End: end, Sentence: si})
	return true
}
