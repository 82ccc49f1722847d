package main

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

func TestIsName(t *testing.T) {
	lower := lowerWords("the police said she was fine; voters came")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Vera Lindqvist", true}, {"Lindqvist", true}, {"Lindqvist's", true}, {"Harbour Board", true},
		{"She", false}, {"Police", false}, {"Voters", false}, {"I", false}, {"American", false}, {"she", false},
	} {
		if got := isName(tc.text, lower); got != tc.want {
			t.Errorf("isName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestScoreChains(t *testing.T) {
	rep := &report.Report{Entities: []report.Entity{
		{Name: "Vera Lindqvist", Type: "PERSON", Spans: []report.Evidence{{Article: "a", Start: 0, End: 14}, {Article: "b", Start: 10, End: 19}}},
		{Name: "Oskar Berg", Type: "PERSON", Spans: []report.Evidence{{Article: "a", Start: 30, End: 40}}},
		{Name: "Berg", Type: "GPE", Spans: []report.Evidence{{Article: "b", Start: 50, End: 54}}},
		{Name: "Vera Lindqvist Oskar", Type: "PERSON", Spans: []report.Evidence{{Article: "c", Start: 0, End: 20}}},
	}}
	gold := []nameMention{
		{article: "a", start: 0, end: 14, chain: "vera", text: "Vera Lindqvist"},
		{article: "b", start: 10, end: 19, chain: "vera", text: "Lindqvist"},
		{article: "a", start: 30, end: 40, chain: "oskar", text: "Oskar Berg"},
		{article: "b", start: 50, end: 54, chain: "oskar", text: "Berg"},
		{article: "c", start: 0, end: 14, chain: "vera", text: "Vera Lindqvist"},
		{article: "c", start: 15, end: 20, chain: "oskar", text: "Oskar"},
		{article: "a", start: 60, end: 66, chain: "nora", text: "Nora K"},
		{article: "b", start: 60, end: 66, chain: "nora", text: "Nora K"},
	}
	s := scoreChains("t", rep, gold)
	if s.Chains != 3 || s.Whole != 0 || s.Split != 2 || s.Missed != 1 || s.Merges != 1 {
		t.Errorf("score = %+v, want 3 chains, 0 whole, 2 split, 1 missed, 1 merge", s)
	}
	if !strings.Contains(strings.Join(s.Notes, "\n"), `entity Vera Lindqvist Oskar (PERSON) merges chains "Oskar Berg", "Vera Lindqvist"`) {
		t.Errorf("notes:\n%s", strings.Join(s.Notes, "\n"))
	}
}

func TestFairGold(t *testing.T) {
	rep := &report.Report{Articles: []report.Article{{ID: "a"}, {ID: "b", DuplicateOf: "a"}}}
	gold := []nameMention{
		{article: "a", chain: "vera", text: "Vera Lindqvist"},
		{article: "b", chain: "vera", text: "Vera Lindqvist"},
		{article: "a", chain: "vera", text: "Lifer"},
		{article: "a", chain: "vera", text: "Gang Member"},
		{article: "a", chain: "gis", text: "GI's"},
		{article: "a", chain: "ceo", text: "CEO"},
		{article: "a", chain: "vera", text: "A man"},
		{article: "a", chain: "vera", text: "\"I'm"},
		{article: "a", chain: "vera", text: "I’d"},
		{article: "a", chain: "board", text: "Harbour Board"},
	}
	var got []string
	for _, m := range fairGold(rep, gold) {
		got = append(got, m.article+":"+m.text)
	}
	if want := "a:Vera Lindqvist a:Harbour Board"; strings.Join(got, " ") != want {
		t.Errorf("fairGold = %q, want %q", strings.Join(got, " "), want)
	}
}
