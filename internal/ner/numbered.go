package ner

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// numberedNames extends a name ending in a word that numbers its names
// (ner_numbered_heads) over the number of one or two digits right after
// it ("Channel 4", "BBC Radio 2"; a person so named is an
// organisation), unless the number goes on as a figure ("Radio 4.5").
func numberedNames(d *doc) {
	for i := range d.ms {
		m := &d.ms[i]
		if m.Sentence < 0 || m.Sentence >= len(d.sents) {
			continue
		}
		end := d.sents[m.Sentence].End
		if m.End+1 >= end || d.src[m.End] != ' ' {
			continue
		}
		w := d.src[m.End+1 : m.End+1+wordLen(d.src[m.End+1:end])]
		after := d.src[m.End+1+len(w) : end]
		if !numberedWord(d.lx, m.Text, w) || numberGoesOn(after) || i+1 < len(d.ms) && d.ms[i+1].Start < m.End+1+len(w) {
			continue
		}
		m.End += 1 + len(w)
		m.Text = d.src[m.Start:m.End]
		if m.Type == span.Person {
			m.Type = span.Org
		}
	}
}

// wordLen is the length of the letters and digits opening s.
func wordLen(s string) int {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i
		}
	}
	return len(s)
}

// numberGoesOn reports a number that goes on after a dot, a comma, a
// dash or a slash and a digit ("4.5", "2-1"): a figure, no name's part.
func numberGoesOn(after string) bool {
	if len(after) < 2 || !strings.ContainsRune(".,-–/:", rune(after[0])) && !strings.HasPrefix(after, "–") {
		return false
	}
	r := strings.TrimLeft(after, ".,-–/:")
	return r != "" && unicode.IsDigit(rune(r[0]))
}

// numberedWord reports w, a number of one or two digits, as the end of
// the name before it, whose last word numbers its names
// (ner_numbered_heads: "Channel 4").
func numberedWord(lx *lexicon.Lexicon, name, w string) bool {
	if w == "" || len(w) > 2 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) {
		return false
	}
	return lx.Has(lexicon.NerNumberedHeads, strings.ToLower(textutil.LastField(name)))
}
