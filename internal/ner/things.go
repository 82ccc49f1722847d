package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// possessedThings: prose types a capitalised common noun that names a
// thing or a yearly event a place ("the Budget"). A one-word name typed a
// place that is an ordinary word by the casing lexicon and no known
// place, that the text writes after a possessive, one lower-case word
// between allowed ("his Budget", "the minister's first Budget"), and
// never after a word that puts it in a place ("in X", "the town of X"),
// is a thing: each of its mentions is MISC. A place is seldom owned.
func possessedThings(d *doc) {
	state := map[string]int{} // 1: written after a possessive; -1: place-cued
	for _, m := range d.ms {
		if !d.ordinaryPlaceWord(m) || state[m.Text] < 0 {
			continue
		}
		switch {
		case placeCued(d.lx, d.src, m):
			state[m.Text] = -1
		case possessedAt(d.lx, d.src, m.Start):
			state[m.Text] = 1
		}
	}
	for i, m := range d.ms {
		if state[m.Text] > 0 && (m.Type == span.GPE || m.Type == span.Location) {
			d.ms[i].Type = span.Misc
		}
	}
}

// ordinaryPlaceWord reports a one-word mention typed a place, an ordinary
// word by the casing lexicon, neither a known place nor an acronym.
func (d *doc) ordinaryPlaceWord(m span.Mention) bool {
	return (m.Type == span.GPE || m.Type == span.Location) && !strings.ContainsAny(m.Text, " -'’") &&
		!isAcronymWord(m.Text) && !d.lx.IsPlace(m.Text) && d.e.english.Ordinary(m.Text)
}

// possessedAt reports a possessive right before byte offset at, or one
// word in lower case before it ("his Budget", "the Tories' first
// Budget"); not a contracted subject ("it's Budget").
func possessedAt(lx *lexicon.Lexicon, src string, at int) bool {
	w, i := wordBeforeSpace(src, 0, at)
	if w == "" {
		return false
	}
	if possessiveWord(lx, w) {
		return true
	}
	if strings.ToLower(w) != w || strings.ContainsAny(w, "'’") {
		return false
	}
	w, _ = wordBeforeSpace(src, 0, i)
	return possessiveWord(lx, w)
}

// possessiveWord reports a possessive determiner ("his") or a genitive
// ("minister's", "Tories'") that is no contracted subject ("it's").
func possessiveWord(lx *lexicon.Lexicon, w string) bool {
	lw := strings.ToLower(w)
	if lx.Has(lexicon.PossessiveDeterminersEnSv, lw) {
		return true
	}
	for _, end := range []string{"'s", "’s", "s'", "s’"} {
		if stem, ok := strings.CutSuffix(lw, end); ok && stem != "" {
			return !lx.Has(lexicon.ContractedSubjectsEn, stem)
		}
	}
	return false
}

// prepositionalMonths: "May", which calendar-words leaves alone as a
// surname too, is the month after a preposition of time ("expected in
// May", "until May") when no name or possessive follows it and the text
// never writes it after an honorific or a given name ("Mrs May",
// "Theresa May").
func prepositionalMonths(d *doc, c *candidate) verdict {
	text := strings.TrimSuffix(c.Text, ".") // "in May." of a sentence's end
	lw := strings.ToLower(text)
	if !d.lx.Has(lexicon.MonthsEn, lw) || d.lx.Has(lexicon.NerCalendarWords, lw) || text != titleWord(lw) ||
		!d.lx.Has(lexicon.MonthPrepositions, wordBefore(d.src, c.Start)) || c.Start+len(text) > len(d.src) {
		return keep
	}
	after := d.src[c.Start+len(text):]
	if strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") {
		return keep
	}
	if next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " "); next != "" && capitalWord(next) {
		return keep
	}
	for at := 0; at < len(d.src); {
		k := strings.Index(d.src[at:], text)
		if k < 0 {
			break
		}
		w, _ := wordBeforeSpace(d.src, 0, at+k)
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if w != "" && (d.lx.Has(lexicon.Honorifics, lw) || d.lx.Has(lexicon.PersonTitles, lw) || d.lx.IsGivenName(lw)) {
			return keep
		}
		at += k + len(text)
	}
	return drop
}

// quoteMarks cuts a single quote mark opening a name off it, with a
// closing one right after the name or none ("'Tidewatch' party",
// "'Tidewatch"): a name is quoted, it does not start with the mark.
func quoteMarks(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		for _, q := range []string{"'", "‘", "’"} {
			rest, ok := strings.CutPrefix(m.Text, q)
			if !ok || rest == "" || !capitalWord(rest) {
				continue
			}
			m.Start += len(q)
			m.Text = rest
			break
		}
	}
}

// ofPlaces joins a place's head written with a capital before "of" and
// one to three capitalised words ("Isle of Tarn", "Gulf of Valmora",
// "Palace of Tarnby") into one place, in place of the mentions inside
// it; none of the words after "of" a calendar word or a person's word.
func ofPlaces(d *doc) {
	var extra []span.Mention
	for si, s := range d.sents {
		toks := sentenceTokens(d.src, s)
		for i := 0; i+2 < len(toks); i++ {
			head := toks[i].text
			state := d.lx.Has(lexicon.StateOfHeads, strings.ToLower(head))
			if !capitalWord(head) || !state && !d.lx.Has(lexicon.PlaceOfHeads, strings.ToLower(head)) || toks[i+1].text != "of" {
				continue
			}
			last := i + 1
			for last+1 < len(toks) && last-i < 4 && capitalWord(toks[last+1].text) && !isAcronymWord(toks[last+1].text) &&
				!d.lx.Has(lexicon.NerCalendarWords, strings.ToLower(toks[last+1].text)) && !d.lx.Has(lexicon.NerPersonWords, strings.ToLower(toks[last+1].text)) {
				last++
			}
			if last == i+1 || last-i >= 4 {
				continue // no place after "of", or a longer run than a place's
			}
			start, end := toks[i].start, toks[last].end
			for _, p := range []string{"'s", "’s"} {
				if strings.HasSuffix(d.src[start:end], p) && end-len(p) > start {
					end -= len(p) // "Isle of Tarn's"
				}
			}
			typ := span.Location
			if state {
				typ = span.GPE
			}
			extra = append(extra, span.Mention{Text: d.src[start:end], Type: typ, Start: start, End: end, Sentence: si})
			i = last
		}
	}
	d.ms = mergeNames(d.ms, extra)
}
