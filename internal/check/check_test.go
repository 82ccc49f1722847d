package check

import (
	"errors"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

func TestParseFacts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		wantErr  string // "" for success
		facts    int
	}{
		{"value and range", "facts:\n  - subject: A\n    measure: votes\n    value: 5\n  - subject: B\n    measure: members\n    low: 1\n    high: 2\nentities:\n  - name: C\n", "", 2},
		{"empty file", "", "", 0},
		{"json", `{"facts": [{"subject": "A", "measure": "seats", "value": 21}]}`, "", 1},
		{"missing value", "facts:\n  - subject: A\n    measure: votes\n", "f:2:5: fact needs value, or low and high", 0},
		{"both value and range", "facts:\n  - subject: A\n    measure: votes\n    value: 1\n    low: 1\n    high: 2\n", "f:2:5: fact has both value and low/high", 0},
		{"low above high", "facts:\n  - subject: A\n    measure: votes\n    low: 3\n    high: 2\n", "f:2:5: fact has low above high", 0},
		{"no subject", "facts:\n  - measure: votes\n    value: 1\n", "f:2:5: fact without a subject", 0},
		{"unknown top key", "fact:\n  - subject: A\n", `f:1:1: unknown key "fact" (want facts, entities)`, 0},
		{"unknown fact key", "facts:\n  - subject: A\n    measure: votes\n    valeu: 1\n", `f:4:5: unknown key "valeu"`, 0},
		{"wrong type", "facts:\n  - subject: A\n    measure: votes\n    value: many\n", `f:4:12: value "many": want a number or a date (YYYY-MM-DD)`, 0},
		{"not a number", "facts:\n  - subject: A\n    measure: votes\n    value: .nan\n", `f:4:12: value ".nan": want a number or a date (YYYY-MM-DD)`, 0},
		{"date fact", "facts:\n  - subject: (lead event)\n    measure: date\n    value: 2026-03-09\n", "", 1},
		{"date for a count", "facts:\n  - subject: A\n    measure: votes\n    value: 2026-03-09\n", `f:2:5: a date value for the measure "votes"`, 0},
		{"number for a date", "facts:\n  - subject: (lead event)\n    measure: date\n    value: 12\n", `f:2:5: the measure "date" takes a date (YYYY-MM-DD)`, 0},
		{"infinite bound", "facts:\n  - subject: A\n    measure: votes\n    low: 1\n    high: .inf\n", "f:2:5: fact has a value that is not a finite number", 0},
		{"indentation", "facts:\n  - subject: A\n   measure: votes\n    value: 1\n", "f:3:4: did not find expected '-' indicator", 0},
		{"a mapping for the list", "facts:\n  subject: A\n", "f:2:3: facts: expected a list (lines starting with '- ')", 0},
		{"a list for a fact", "facts:\n  - [A, votes]\n", "f:2:5: facts: each entry is a mapping (key: value lines)", 0},
		{"entity without name", "entities:\n  - name: \"\"\n", "f:2:5: entity without a name", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFacts("f", strings.NewReader(tc.in))
			if tc.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.wantErr) || !errors.Is(err, ErrFacts) {
					t.Fatalf("ParseFacts(%q) error = %v, want prefix %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseFacts(%q): %v", tc.in, err)
			}
			if len(f.Facts) != tc.facts {
				t.Errorf("%d facts, want %d", len(f.Facts), tc.facts)
			}
		})
	}
}

// fill sets each claim value's Claim from its JSON fields, as the
// pipeline would have extracted it (test reports are built by hand).
func fill(r *report.Report) *report.Report {
	for i := range r.Claims {
		c := &r.Claims[i]
		for k := range c.Values {
			v := &c.Values[k]
			v.Claim = claims.Value{Article: v.Article, Raw: claims.Raw{Measure: c.Measure, Low: v.Low, High: v.High, Hedge: v.Hedge,
				Precision: v.Precision, How: v.SubjectFrom, Text: v.Text, Start: v.Start, End: v.End}}
		}
	}
	return r
}

func testReport() *report.Report {
	r := report.New("t")
	r.Entities = []report.Entity{
		{Name: "Amira Osei", Type: "PERSON", Articles: []string{"a", "b"}, Variants: []report.Variant{
			{Text: "Amira Osei"}, {Text: "Amira Osie", Misspelling: true}},
			Spans: []report.Evidence{{Article: "a", Start: 0, End: 10}, {Article: "b", Start: 5, End: 15}}},
		{Name: "Harbour Board", Type: "ORG", Articles: []string{"a"}, Spans: []report.Evidence{{Article: "a", Start: 20, End: 33}}},
		{Name: "Tom Reyes", Type: "PERSON", Articles: []string{"b"}, Variants: []report.Variant{{Text: "Tom Reyes"}, {Text: "Tom Reyas", Misspelling: true}},
			Spans: []report.Evidence{{Article: "b", Start: 40, End: 49}}},
	}
	r.Claims = []report.Claim{{Subject: "Harbour Board", Measure: "seats", Status: "single",
		Values: []report.ClaimValue{{Article: "a", Value: "25", Low: 25, High: 25, Text: "25-seat", Start: 50, End: 57}}}}
	r.Findings = []report.Finding{
		{Kind: report.FindingSpellingVariant, Severity: report.Warning, Message: "osie", Evidence: []report.Evidence{{Article: "b", Start: 5, End: 15}}},
		{Kind: report.FindingSpellingVariant, Severity: report.Warning, Message: "reyas", Evidence: []report.Evidence{{Article: "b", Start: 40, End: 49}}},
	}
	return fill(r)
}

func TestRun(t *testing.T) {
	facts := &Facts{Facts: []Fact{{Subject: "harbour board", Measure: "seat", Value: Num(21), Line: 3}},
		Entities: []FactEntity{{Name: "Amira Osei"}}}
	res := Run(testReport(), Options{Facts: facts, FailOn: Threshold{Severity: report.Error}})
	kinds := map[string]report.Severity{}
	for _, f := range res.Findings {
		kinds[f.Kind+":"+f.Message] = f.Severity
	}
	if sev, ok := kinds["fact-conflict:Harbour Board seats: a says 25, the facts say 21 (facts line 3)"]; !ok || sev != report.Error {
		t.Errorf("no fact-conflict error; findings %v", kinds)
	}
	if kinds["spelling-variant:osie"] != report.Warning || kinds["spelling-variant:reyas"] != report.Info {
		t.Errorf("misspelling of a known entity must warn, of an unknown one inform: %v", kinds)
	}
	if !res.Failed || res.Counts["error"] != 1 {
		t.Errorf("verdict %+v", res)
	}
	if _, ok := kinds["new-entity:new entity Tom Reyes (PERSON), in 1 article"]; !ok {
		t.Errorf("no new-entity finding for Tom Reyes: %v", kinds)
	}

	none := Run(testReport(), Options{Facts: facts, FailOn: Threshold{None: true}})
	if none.Failed {
		t.Error("--fail-on none failed")
	}
	base := testReport()
	withBase := Run(testReport(), Options{Facts: facts, Previous: base, FailOn: Threshold{Severity: report.Info}})
	for _, f := range withBase.Findings {
		if f.Kind != FindingFactConflict {
			t.Errorf("finding %s:%s is not new relative to the baseline", f.Kind, f.Message)
		}
	}
}

func TestBaseline(t *testing.T) {
	r := report.New("t")
	r.Claims = []report.Claim{
		{Subject: "Harbour Board", Measure: "seats", Status: "agree", Values: []report.ClaimValue{{Article: "a", Low: 21, High: 21}, {Article: "b", Low: 21, High: 21}}},
		{Subject: "Tidewatch", Measure: "members", Status: "agree", Values: []report.ClaimValue{{Article: "a", Low: 120000, High: 120000}, {Article: "b", Low: 120000, High: 120000, Hedge: "nearly"}}},
		{Subject: "X", Measure: "votes", Status: "conflict", Values: []report.ClaimValue{{Article: "a", Low: 1, High: 1}}},
		{Subject: "Y", Measure: "votes", Status: "agree", Values: []report.ClaimValue{{Article: "a", Low: 10, High: 10, Hedge: "over"}, {Article: "b", Low: 12, High: 12, Hedge: "over"}}},
	}
	f := Baseline(fill(r))
	if len(f.Facts) != 2 {
		t.Fatalf("facts = %+v, want the two agreed, bounded claims", f.Facts)
	}
	if f.Facts[0].Value.Number != 21 || *f.Facts[1].Low != 115000 || *f.Facts[1].High != 125000 {
		t.Errorf("facts = %v %v-%v", *f.Facts[0].Value, *f.Facts[1].Low, *f.Facts[1].High)
	}
}

func TestParseThreshold(t *testing.T) {
	for in, want := range map[string]Threshold{"error": {Severity: report.Error}, "warning": {Severity: report.Warning},
		"info": {Severity: report.Info}, "none": {None: true}} {
		if got, err := ParseThreshold(in); err != nil || got != want {
			t.Errorf("ParseThreshold(%q) = %+v, %v", in, got, err)
		}
	}
	if _, err := ParseThreshold("fatal"); err == nil {
		t.Error("fatal accepted")
	}
}

func TestFactConflictsSkipGuessesAndRepeat(t *testing.T) {
	rep := testReport()
	rep.Claims = []report.Claim{{Subject: "(lead event)", Measure: "deaths", Status: "updated", Values: []report.ClaimValue{
		{Article: "a", Value: "6", Low: 6, High: 6, SubjectFrom: "event"},
		{Article: "a", Value: "6", Low: 6, High: 6, SubjectFrom: "lead"},
		{Article: "a", Value: "6", Low: 6, High: 6, SubjectFrom: "lead", Start: 90},
		{Article: "b", Value: "9", Low: 9, High: 9, SubjectFrom: "event"},
	}}}
	facts := &Facts{Facts: []Fact{{Subject: "(lead event)", Measure: "deaths", Value: Num(4), Line: 2}}}
	var got []string
	for _, f := range Run(fill(rep), Options{Facts: facts, FailOn: Threshold{Severity: report.Error}}).Findings {
		if f.Kind == FindingFactConflict {
			got = append(got, f.Message)
		}
	}
	want := "(lead event) deaths: a says 6, the facts say 4 (facts line 2)"
	if len(got) != 1 || got[0] != want {
		t.Errorf("fact conflicts = %q, want only %q (b's value is a guess; a's repeats)", got, want)
	}
}

func TestFactConflictsUseThePrecisionWritten(t *testing.T) {
	rep := testReport()
	rep.Claims = []report.Claim{{Subject: "(lead event)", Measure: "premium (%)", Status: "single", Values: []report.ClaimValue{
		{Article: "a", Value: "27%", Low: 27, High: 27, SubjectFrom: "lead", Precision: 1},
		{Article: "b", Value: "29%", Low: 29, High: 29, SubjectFrom: "lead", Precision: 1},
	}}}
	facts := &Facts{Facts: []Fact{{Subject: "(lead event)", Measure: "premium (%)", Value: Num(27.3)}}}
	var got []string
	for _, f := range Run(fill(rep), Options{Facts: facts, FailOn: Threshold{Severity: report.Error}}).Findings {
		if f.Kind == FindingFactConflict {
			got = append(got, f.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "b says 29%") {
		t.Errorf("fact conflicts = %q, want only b's 29%% (27%% stands for 26.5..27.5)", got)
	}
}

// A finding seen in the baseline stays old when only a count in its
// message changed (a sixth article adds a source).
func TestNewSinceMatchesEvidenceNotCounts(t *testing.T) {
	ev := []report.Evidence{{Article: "c", Start: 10, End: 22, Text: "Maria Okafur"}}
	base := report.New("t")
	base.Findings = []report.Finding{{Kind: report.FindingSpellingVariant, Message: `"Maria Okafur" looks like a misspelling of "Maria Okafor" (5 sources)`, Evidence: ev}}
	now := []report.Finding{
		{Kind: report.FindingSpellingVariant, Message: `"Maria Okafur" looks like a misspelling of "Maria Okafor" (6 sources)`, Evidence: ev},
		{Kind: report.FindingSpellingVariant, Message: "new", Evidence: []report.Evidence{{Article: "d", Start: 1, End: 5, Text: "Okaf"}}},
		{Kind: report.FindingArticleProblem, Message: "d: bad front matter", Evidence: []report.Evidence{{Article: "d"}}},
	}
	got := newSince(now, base)
	if len(got) != 2 || got[0].Message != "new" || got[1].Kind != report.FindingArticleProblem {
		t.Errorf("newSince = %+v, want the new variant and the article problem", got)
	}
}
