package check

import (
	"fmt"
	"math"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// Finding kinds added by the gate (see report.Kinds).
const (
	FindingFactConflict = report.FindingFactConflict
	FindingNewEntity    = report.FindingNewEntity
)

// Threshold is the lowest severity that fails the gate; None never fails.
type Threshold struct {
	Severity report.Severity
	None     bool
}

// ParseThreshold parses --fail-on: error, warning, info or none.
func ParseThreshold(s string) (Threshold, error) {
	if s == "none" {
		return Threshold{None: true}, nil
	}
	sev, err := report.ParseSeverity(s)
	if err != nil {
		return Threshold{}, fmt.Errorf("unknown --fail-on %q (valid: error, warning, info, none)", s)
	}
	return Threshold{Severity: sev}, nil
}

// Options controls Run.
type Options struct {
	Facts *Facts
	// Previous, when set, is an earlier report: only findings and
	// entities new relative to it are kept.
	Previous *report.Report
	// Accepted lists the findings the team accepted: they are reported
	// apart and never fail the gate.
	Accepted *Accepted
	Lexicon  *claims.Lexicon
	FailOn   Threshold
}

// Result is the gate's verdict.
type Result struct {
	// Findings are sorted by severity (errors first), article, offset.
	Findings []report.Finding
	// Counts per severity name.
	Counts map[string]int
	// Accepted are the findings an accept entry matched, sorted as
	// Findings; they are not in Findings nor Counts.
	Accepted []report.AcceptedFinding
	// NotStated are the facts that matched the batch's entities and
	// measures but no figure in it, in the facts file's order.
	NotStated []report.FactRef
	Failed    bool
}

// Run checks a report.
func Run(rep *report.Report, opts Options) Result {
	facts := opts.Facts
	if facts == nil {
		facts = &Facts{}
	}
	lex := opts.Lexicon
	if lex == nil {
		lex = claims.DefaultLexicon()
	}
	known := knownEntities(rep, facts)
	var out []report.Finding
	conflicts, notStated := factConflicts(rep, facts, lex)
	out = append(out, conflicts...)
	for _, f := range rep.Findings {
		switch f.Kind {
		case report.FindingSpellingVariant:
			// Misspelling a known name is a warning; others are news.
			f.Severity = report.Info
			if known[entityOfMisspelling(rep, f)] {
				f.Severity = report.Warning
			}
		}
		out = append(out, f)
	}
	baseEnts := map[string]bool{}
	if opts.Previous != nil {
		for _, e := range opts.Previous.Entities {
			baseEnts[e.Name] = true
		}
	}
	for _, e := range rep.Entities {
		if known[e.Name] || baseEnts[e.Name] || len(e.Spans) == 0 {
			continue
		}
		s := e.Spans[0]
		out = append(out, report.Finding{Kind: FindingNewEntity, Severity: report.Info,
			Message:  fmt.Sprintf("new entity %s (%s), in %s", e.Name, e.Type, articleCount(len(e.Articles))),
			Evidence: []report.Evidence{s}})
	}
	if opts.Previous != nil {
		out = newSince(out, opts.Previous)
	}
	report.SortFindings(out)
	res := Result{Counts: map[string]int{"error": 0, "warning": 0, "info": 0}, NotStated: notStated}
	for _, f := range out {
		if e, ok := opts.Accepted.Match(f); ok {
			res.Accepted = append(res.Accepted, report.AcceptedFinding{Finding: f, AcceptReason: e.Reason, AcceptLine: e.Line})
			continue
		}
		res.Findings = append(res.Findings, f)
		res.Counts[f.Severity.String()]++
		if !opts.FailOn.None && f.Severity >= opts.FailOn.Severity {
			res.Failed = true
		}
	}
	return res
}

// knownEntities are the entities named in the facts file (as entities or
// fact subjects), matched to the report's entities through any spelling.
func knownEntities(rep *report.Report, facts *Facts) map[string]bool {
	names := map[string]bool{}
	for _, e := range facts.Entities {
		names[strings.ToLower(e.Name)] = true
	}
	for _, f := range facts.Facts {
		names[strings.ToLower(f.Subject)] = true
	}
	known := map[string]bool{}
	for _, e := range rep.Entities {
		if names[strings.ToLower(e.Name)] {
			known[e.Name] = true
			continue
		}
		for _, v := range e.Variants {
			if !v.Misspelling && names[strings.ToLower(v.Text)] {
				known[e.Name] = true
			}
		}
	}
	return known
}

func entityOfMisspelling(rep *report.Report, f report.Finding) string {
	if len(f.Evidence) == 0 {
		return ""
	}
	ev := f.Evidence[0]
	for _, e := range rep.Entities {
		for _, s := range e.Spans {
			if s.Article == ev.Article && s.Start == ev.Start && s.End == ev.End {
				return e.Name
			}
		}
	}
	return ""
}

// factConflicts compares every claim value with the facts, through the
// claims package's own comparison (claims.Compatible, on the values as
// extracted): one finding per article and fact; values with a guessed
// subject never conflict, as between sources. A fact whose subject or
// measure matches nothing is a fact-unmatched finding; one that matched
// but has no figure in the batch is returned in notStated.
func factConflicts(rep *report.Report, facts *Facts, lex *claims.Lexicon) (out []report.Finding, notStated []report.FactRef) {
	subjects := newSubjectIndex(rep)
	for _, fact := range facts.Facts {
		subject, okS := subjects.resolve(fact.Subject)
		measure, okM := knownMeasure(rep, lex, fact.Measure)
		if !okS {
			out = append(out, unmatched(facts, fact, "subject", fact.Subject, nearestSubject(fact.Subject, subjects.names)))
		}
		if !okM {
			out = append(out, unmatched(facts, fact, "measure", fact.Measure, nearestMeasure(lex, fact.Measure)))
		}
		if !okS || !okM {
			continue
		}
		fv, ok := fact.ClaimValue(measure)
		if !ok {
			continue
		}
		stated := false
		for _, c := range rep.Claims {
			if c.Subject != subject || c.Measure != measure {
				continue
			}
			stated = stated || len(c.Values) > 0
			out = append(out, conflictsWith(c, fact, fv, subject, measure)...)
		}
		if !stated {
			notStated = append(notStated, report.FactRef{Subject: fact.Subject, Measure: fact.Measure, Path: facts.Path, Line: fact.Line})
		}
	}
	return out, notStated
}

// conflictsWith is the fact-conflict findings of a claim against the
// fact's value fv: one per article.
func conflictsWith(c report.Claim, fact Fact, fv claims.Value, subject, measure string) []report.Finding {
	var out []report.Finding
	reported := map[string]bool{}
	for _, v := range c.Values {
		if claims.Guessed(v.SubjectFrom) || reported[v.Article] || claims.Compatible(fv, v.Claim) {
			continue
		}
		reported[v.Article] = true
		loc := ""
		if fact.Line > 0 {
			loc = fmt.Sprintf(" (facts line %d)", fact.Line)
		}
		out = append(out, report.Finding{Kind: FindingFactConflict, Severity: report.Error,
			Message:  fmt.Sprintf("%s %s: %s says %s, the facts say %s%s", subject, measure, v.Article, v.Value, claims.FormatValue(fv), loc),
			Evidence: []report.Evidence{{Article: v.Article, Start: v.Start, End: v.End, Text: v.Text}}})
	}
	return out
}

// newSince keeps the findings not in the baseline (new entities are
// filtered against it when they are made). A finding is the same as a
// baseline one when its kind and evidence (articles, offsets, text) are:
// messages carry counts ("(5 sources)") that change as articles are
// added. A finding without evidence is compared by its message.
func newSince(fs []report.Finding, base *report.Report) []report.Finding {
	seen := map[string]bool{}
	for _, f := range base.Findings {
		seen[findingKey(f)] = true
	}
	var out []report.Finding
	for _, f := range fs {
		if !seen[findingKey(f)] {
			out = append(out, f)
		}
	}
	return out
}

// findingKey identifies a finding across runs (see newSince).
func findingKey(f report.Finding) string {
	var b strings.Builder
	b.WriteString(f.Kind)
	spans := false
	for _, e := range f.Evidence {
		fmt.Fprintf(&b, "\x00%s:%d:%d:%s", e.Article, e.Start, e.End, e.Text)
		spans = spans || e.End > e.Start
	}
	if !spans {
		b.WriteString("\x00" + f.Message)
	}
	return b.String()
}

// Baseline builds a facts file from a report: every claim the corpus
// agrees on (two sources or more), the event date when two sources or
// more agree on it, and every entity named by two sources or more.
func Baseline(rep *report.Report) *Facts {
	f := &Facts{}
	for _, c := range rep.Claims {
		if c.Status != claims.Agree || len(c.Values) < 2 {
			continue
		}
		if claims.IsDate(c.Measure) {
			if fact, ok := agreedDate(c); ok {
				f.Facts = append(f.Facts, fact)
			}
			continue
		}
		lo, hi := claims.Interval(c.Values[0].Claim)
		for _, v := range c.Values[1:] {
			l, h := claims.Interval(v.Claim)
			lo, hi = max(lo, l), min(hi, h)
		}
		if math.IsInf(lo, 0) || math.IsInf(hi, 0) || lo > hi {
			continue // open-ended ("over 30,000"): nothing to pin down
		}
		fact := Fact{Subject: c.Subject, Measure: c.Measure}
		if lo == hi {
			fact.Value = Num(lo)
		} else {
			l, h := lo, hi
			fact.Low, fact.High = &l, &h
		}
		f.Facts = append(f.Facts, fact)
	}
	for _, e := range rep.Entities {
		if len(e.Articles) >= 2 {
			f.Entities = append(f.Entities, FactEntity{Name: e.Name})
		}
	}
	return f
}

// agreedDate is the day an agreeing date claim gives, as a fact: the
// day two sources or more give as a resolved date in the figure's own
// sentence (weekdays alone, periods, dates without a year and guessed
// subjects say too little), when no such value gives another day.
func agreedDate(c report.Claim) (Fact, bool) {
	day := ""
	sources := map[string]bool{}
	for _, v := range c.Values {
		cv := v.Claim
		if cv.Display == "" || cv.Unresolved || cv.Period || cv.Low == 0 || cv.Low != cv.High || claims.Guessed(v.SubjectFrom) {
			continue
		}
		if day != "" && cv.Display != day {
			return Fact{}, false
		}
		day = cv.Display
		sources[v.Article] = true
	}
	if len(sources) < 2 {
		return Fact{}, false
	}
	if _, ok := claims.DateValue(c.Measure, day); !ok {
		return Fact{}, false
	}
	return Fact{Subject: c.Subject, Measure: c.Measure, Value: &Scalar{Date: day}}, true
}

// articleCount writes "1 article", "3 articles".
func articleCount(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}
