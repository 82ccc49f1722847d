package ner

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// bracketedAcronyms: an acronym in brackets right after an organisation's
// name is that organisation's short name, an organisation, found where
// the taggers missed it or retyped when they called it a person
// ("Kestrel Democratic Front ( KDF )", "the Gorvish Union (GVU)"); the
// name has two words or more, as capitals after one word mostly tell
// which of its namesakes it is ("Tarnby ( CDP )", "Estudiantes ( LP )"),
// and a known place is left alone ("( UK )").
func bracketedAcronyms(d *doc) {
	var extra []span.Mention
	for i := range d.ms {
		m := d.ms[i]
		if m.Type != span.Org || !strings.Contains(m.Text, " ") {
			continue
		}
		start, end, ok := bracketedAcronym(d.src, m.End)
		if !ok || d.lx.IsPlace(d.src[start:end]) {
			continue
		}
		covered := false
		for j := range d.ms {
			o := &d.ms[j]
			if o.Start >= end || start >= o.End {
				continue
			}
			covered = true
			if o.Start == start && o.End == end && o.Type != span.GPE && o.Type != span.Location {
				o.Type = span.Org
			}
		}
		if !covered {
			extra = append(extra, span.Mention{Text: d.src[start:end], Type: span.Org, Start: start, End: end, Sentence: m.Sentence})
		}
	}
	d.ms = appendSorted(d.ms, extra)
}

// bracketedAcronym finds an acronym in brackets at src[at:], after at
// most one space and with at most one space inside each bracket
// (" (KDF)", " ( KDF )"), and returns its byte offsets.
func bracketedAcronym(src string, at int) (int, int, bool) {
	i := at
	if i < len(src) && src[i] == ' ' {
		i++
	}
	if i >= len(src) || src[i] != '(' {
		return 0, 0, false
	}
	i++
	if i < len(src) && src[i] == ' ' {
		i++
	}
	start := i
	for i < len(src) && src[i] < 0x80 && unicode.IsUpper(rune(src[i])) {
		i++
	}
	end := i
	if i < len(src) && src[i] == ' ' {
		i++
	}
	if i >= len(src) || src[i] != ')' || !isAcronymWord(src[start:end]) || strings.Contains(src[start:end], " ") {
		return 0, 0, false
	}
	return start, end, true
}

// theAcronyms: an acronym the taggers missed right after "the" in a
// sentence with lower-case words is an organisation ("traders said the
// QXB would not move"); a known place, a Roman numeral or a word the
// casing lexicon knows as ordinary is left alone, and thing-acronyms
// later drops the acronyms of things ("the DVD").
func theAcronyms(d *doc) {
	var extra []span.Mention
	for si, s := range d.sents {
		if allCapsSentence(d.src, s) {
			continue
		}
		ws := sentenceWords(d.src, s)
		for k := 1; k < len(ws); k++ {
			w := ws[k]
			if !strings.EqualFold(ws[k-1].text, "the") || ws[k-1].end+1 != w.start || !isAcronymWord(w.text) ||
				!allLetters(w.text) || strings.Trim(w.text, "IVXLCDM") == "" || d.lx.IsPlace(w.text) || d.e.english != nil && d.e.english.Ordinary(w.text) {
				continue
			}
			if w.end < len(d.src) && strings.ContainsRune("-/", rune(d.src[w.end])) {
				continue // part of a model's or a product's name ("the QX-101")
			}
			if m := (span.Mention{Text: w.text, Type: span.Org, Start: w.start, End: w.end, Sentence: si}); !overlapsAny(m, d.ms) {
				extra = append(extra, m)
			}
		}
	}
	d.ms = appendSorted(d.ms, extra)
}

// allLetters reports a word made of letters only.
func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
