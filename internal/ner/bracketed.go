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
