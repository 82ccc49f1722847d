package main

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

func TestScoreMentions(t *testing.T) {
	rep := &report.Report{
		Articles: []report.Article{{ID: "a"}, {ID: "b"}, {ID: "c", DuplicateOf: "a"}},
		Entities: []report.Entity{
			{Name: "Vera Lindqvist", Type: "PERSON", Spans: []report.Evidence{{Article: "a", Start: 0, End: 14}, {Article: "b", Start: 4, End: 13}}},
			{Name: "Harbour Board", Type: "ORG", Spans: []report.Evidence{{Article: "a", Start: 20, End: 33}}},
			{Name: "Osterby", Type: "PERSON", Spans: []report.Evidence{{Article: "a", Start: 40, End: 47}}},
			{Name: "Kallmora", Type: "GPE", Spans: []report.Evidence{{Article: "b", Start: 30, End: 38}}},
		},
	}
	gold := []typedMention{
		{article: "a", start: 0, end: 14, class: "PER", text: "Vera Lindqvist"},     // exact, typed
		{article: "b", start: 0, end: 13, class: "PER", text: "Dr Lindqvist"},       // overlap, typed
		{article: "a", start: 16, end: 33, class: "ORG", text: "the Harbour Board"}, // overlap, typed
		{article: "a", start: 40, end: 47, class: "LOC", text: "Osterby"},           // exact, wrong type
		{article: "b", start: 30, end: 38, class: "LOC", text: "Kallmora"},          // exact, GPE fits LOC
		{article: "b", start: 50, end: 60, class: "ORG", text: "Tidewatch"},         // missed
		{article: "c", start: 0, end: 14, class: "PER", text: "Vera Lindqvist"},     // in a copy: left out
	}
	s := scoreMentions("x", rep, gold)
	for _, tc := range []struct {
		class string
		want  classScore
	}{
		{"PER", classScore{Gold: 2, Exact: 1, Overlap: 2, Typed: 2}},
		{"ORG", classScore{Gold: 2, Exact: 0, Overlap: 1, Typed: 1}},
		{"LOC", classScore{Gold: 2, Exact: 2, Overlap: 2, Typed: 1}},
	} {
		if got := *s.By[tc.class]; got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.class, got, tc.want)
		}
	}
	if s.Confusion["LOC"]["PERSON"] != 1 || s.Confusion["LOC"]["GPE"] != 1 || s.Confusion["ORG"]["none"] != 1 || s.Confusion["PER"]["PERSON"] != 2 {
		t.Errorf("confusion %v", s.Confusion)
	}
	// Misses: the two other spans, the wrong type and the miss.
	if len(s.Misses) != 4 {
		t.Fatalf("misses %q", s.Misses)
	}
	var b strings.Builder
	total := newMentionScore()
	total.add(s)
	total.add(s)
	writeMentions(&b, total)
	for _, want := range []string{"| LOC | 4 | 4/4 (100.0%) | 4/4 (100.0%) | 2/4 (50.0%) |", "| all | 12 |", "| ORG | 0 | 2 | 0 | 2 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
}

func TestGoldClass(t *testing.T) {
	for tag, want := range map[string]string{"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "LOC_GEO": "LOC", "LOC_FAC": "LOC", "HUMAN_PART_GPE": "LOC", "TIME_DATE": "", "HUMAN_PART_GENERIC": ""} {
		if got := goldClass(tag); got != want {
			t.Errorf("goldClass(%s) = %q, want %q", tag, got, want)
		}
	}
	if !typeFits("LOC", "GPE") || typeFits("ORG", "GPE") || !typeFits("PER", "PERSON") {
		t.Error("typeFits")
	}
}
