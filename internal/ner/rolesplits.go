package ner

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// roleNoun reports a title or a role noun ("Spokesperson", "Sheriff",
// "Director"), in any case.
func roleNoun(lx *lexicon.Lexicon, w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return lx.Has(lexicon.NerPersonWords, w) || lx.Has(lexicon.RoleNouns, w) || lx.Has(lexicon.SpeakerTitles, w)
}

// wordOffsets returns the start and end offsets in s of its white-space
// separated words.
func wordOffsets(s string) (starts, ends []int) {
	in := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && in:
			ends = append(ends, i)
			in = false
		case !unicode.IsSpace(r) && !in:
			starts = append(starts, i)
			in = true
		}
	}
	if in {
		ends = append(ends, len(s))
	}
	return starts, ends
}

// roleSplits splits a name that runs a body or a place into a role and a
// person's name ("Harbour Board Spokesperson Ada Quill"): the words
// before the role are the body or the place it serves (see roleBody),
// the given name and the words after it a person. A name
// that only ends in a role after a known place is that place ("Tarnby
// Sheriff" when Tarnby is a known place).
func roleSplits(d *doc) {
	var out []span.Mention
	changed := false
	for _, m := range d.ms {
		starts, ends := wordOffsets(m.Text)
		words := make([]string, len(starts))
		for i := range starts {
			words[i] = m.Text[starts[i]:ends[i]]
		}
		if len(words) < 2 {
			out = append(out, m)
			continue
		}
		split := false
		for k := 1; k+1 < len(words); k++ {
			if !roleNoun(d.lx, words[k]) || !d.lx.IsGivenName(words[k+1]) && !(learntName(d.lx, words[k+1]) && k+2 < len(words)) || roleNoun(d.lx, words[k-1]) {
				continue
			}
			if before, ok := roleBody(d.lx, m, words, starts, ends, k); ok {
				out = append(out, before)
			}
			after := m
			after.Text, after.Start = m.Text[starts[k+1]:], m.Start+starts[k+1]
			after.Type = span.Person
			out = append(out, after)
			split, changed = true, true
			break
		}
		if split {
			continue
		}
		if n := len(words); roleNoun(d.lx, words[n-1]) && d.lx.IsPlace(m.Text[:ends[n-2]]) {
			m.Text, m.End, m.Type = m.Text[:ends[n-2]], m.Start+ends[n-2], span.GPE
			changed = true
		}
		out = append(out, m)
	}
	if changed {
		d.ms = out
	}
}

// roleBody returns the body or place before the role at words[k] of m,
// without the role's words and modifiers around it ("Assistant Tarnby
// County" -> "Tarnby County"): a place when it is a known place or ends
// in a place's head, an organisation when it ends in an organisation's
// head or is an acronym, else none ("Interior" of "Interior Secretary").
func roleBody(lx *lexicon.Lexicon, m span.Mention, words []string, starts, ends []int, k int) (span.Mention, bool) {
	modifier := func(w string) bool {
		return roleNoun(lx, w) || lx.Has(lexicon.NerRoleModifiers, strings.ToLower(w))
	}
	i, j := 0, k // the body is words[i:j]
	for i < j && modifier(words[i]) {
		i++
	}
	for j > i && modifier(words[j-1]) {
		j--
	}
	if i == j {
		return span.Mention{}, false
	}
	body := m
	body.Text, body.Start, body.End = m.Text[starts[i]:ends[j-1]], m.Start+starts[i], m.Start+ends[j-1]
	last := strings.ToLower(words[j-1])
	switch {
	case lx.IsPlace(body.Text) || lx.Has(lexicon.LocHeads, last) || lx.Has(lexicon.NerLocationHeads, last):
		body.Type = span.GPE
	case orgHead(lx, words[j-1]) || isAcronymWord(body.Text):
		body.Type = span.Org
	default:
		return span.Mention{}, false
	}
	return body, true
}
