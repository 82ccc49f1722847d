package check

import (
	"fmt"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/textutil"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// FindingFactUnmatched is a fact that checks nothing (see report.Kinds).
const FindingFactUnmatched = report.FindingFactUnmatched

// subjectIndex finds the report entity or claim subject a fact's subject
// names, in any of its spellings, case-insensitively.
type subjectIndex struct {
	// of maps a lower-case name or variant to the subject as the report
	// names it.
	of map[string]string
	// names are the candidates for a suggestion, as the report names
	// them, in report order.
	names []string
}

func newSubjectIndex(rep *report.Report) *subjectIndex {
	x := &subjectIndex{of: map[string]string{}}
	add := func(key, name string) {
		k := strings.ToLower(strings.TrimSpace(key))
		if _, ok := x.of[k]; !ok && k != "" {
			x.of[k] = name
		}
	}
	for _, e := range rep.Entities {
		add(e.Name, e.Name)
		x.names = append(x.names, e.Name)
	}
	for _, e := range rep.Entities {
		for _, v := range e.Variants {
			add(v.Text, e.Name)
		}
	}
	for _, c := range rep.Claims {
		if _, ok := x.of[strings.ToLower(c.Subject)]; !ok {
			x.names = append(x.names, c.Subject)
		}
		add(c.Subject, c.Subject)
	}
	return x
}

// resolve returns the subject as the report names it.
func (x *subjectIndex) resolve(subject string) (string, bool) {
	s, ok := x.of[strings.ToLower(strings.TrimSpace(subject))]
	return s, ok
}

// knownMeasure returns the measure a fact names as the lexicon names it:
// one of its nouns, a date measure, or a measure the report's claims use.
func knownMeasure(rep *report.Report, lex *claims.Lexicon, measure string) (string, bool) {
	if m, ok := lex.Measure(measure); ok {
		return m, true
	}
	m := strings.ToLower(strings.TrimSpace(measure))
	if claims.IsDate(m) {
		return m, true
	}
	for _, c := range rep.Claims {
		if c.Measure == m {
			return m, true
		}
	}
	return measure, false
}

// unmatched is the fact-unmatched finding of a fact: what failed to
// match (subject or measure), and the nearest known name.
func unmatched(facts *Facts, fact Fact, what, text, near string) report.Finding {
	msg := fmt.Sprintf("facts line %d: %s %q ", fact.Line, what, text)
	if what == "subject" {
		msg += "names no entity in this batch"
	} else {
		msg += "is no measure the lexicon knows"
	}
	if near != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", near)
	}
	msg += ", so the fact checks nothing"
	return report.Finding{Kind: FindingFactUnmatched, Severity: report.Warning, Message: msg,
		Evidence: []report.Evidence{{Path: facts.Path, Line: fact.Line, Text: text}}}
}

// nearestSubject is the candidate closest to s, if close enough to be
// the same name misspelt or shortened ("Tom Wheeler" for "Thomas
// Wheeler"): within a third of the longer name's length in edits, or half
// of it when the last words agree.
func nearestSubject(s string, names []string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	best, bestD := "", -1
	for _, n := range names {
		ln := strings.ToLower(n)
		d := textutil.EditDistance(s, ln)
		long := max(len(s), len(ln))
		ok := d*3 <= long || lastWord(s) == lastWord(ln) && len(lastWord(s)) >= 3 && d*2 <= long
		if ok && (bestD < 0 || d < bestD) {
			best, bestD = n, d
		}
	}
	return best
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nearestMeasure is the measure a misnamed one most likely means: the
// measure of one of its words ("ballots cast": votes), or of the
// lexicon's nearest noun within a third of its length in edits.
func nearestMeasure(lex *claims.Lexicon, measure string) string {
	for _, w := range strings.Fields(measure) {
		if m, ok := lex.Measure(w); ok {
			return m
		}
	}
	s := strings.ToLower(strings.TrimSpace(measure))
	best, bestD := "", -1
	for _, f := range lex.Forms() {
		d := textutil.EditDistance(s, f)
		if d*3 <= max(len(s), len(f)) && (bestD < 0 || d < bestD) {
			best, bestD = f, d
		}
	}
	if m, ok := lex.Measure(best); ok {
		return m
	}
	return ""
}
