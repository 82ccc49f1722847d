package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

func TestNameKey(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{[]string{"Port", "Varnel"}, "port varnel"},
		{[]string{"Al", "-", "Varnel"}, "al-varnel"},
		{[]string{"St.", "Varnel"}, "st. varnel"},
		{[]string{"Q&A"}, "q&a"},
		{[]string{"Varnel", "("}, ""},
		{[]string{"42"}, ""},
	} {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTypedNames(t *testing.T) {
	docs := []nerdata.Document{
		{Sents: []nerdata.Sentence{sent([]string{"Flights", "to", "Varnelby", "and", "Port", "Quask", "."}, "LOC", [2]int{2, 3}, [2]int{4, 6})}},
		{Sents: []nerdata.Sentence{sent([]string{"In", "Varnelby", "and", "Port", "Quask", "."}, "LOC", [2]int{1, 2}, [2]int{3, 5})}},
		// "Tollan" is a place once and an organisation once.
		{Sents: []nerdata.Sentence{sent([]string{"In", "Tollan", "."}, "LOC", [2]int{1, 2})}},
		{Sents: []nerdata.Sentence{sent([]string{"At", "Tollan", "."}, "ORG", [2]int{1, 2})}},
		// "Brook" is a place twice, but a lower-case word more often.
		{Sents: []nerdata.Sentence{sent([]string{"In", "Brook", "."}, "LOC", [2]int{1, 2})}},
		{Sents: []nerdata.Sentence{sent([]string{"In", "Brook", "."}, "LOC", [2]int{1, 2})}},
		{Sents: []nerdata.Sentence{sent(strings.Fields("a brook and a brook and a brook ."), "LOC")}},
		// "Quorvex" is an organisation in two documents.
		{Sents: []nerdata.Sentence{sent([]string{"Shares", "in", "Quorvex", "."}, "ORG", [2]int{2, 3})}},
		{Sents: []nerdata.Sentence{sent([]string{"Shares", "in", "Quorvex", "."}, "ORG", [2]int{2, 3})}},
	}
	counts := map[string]*typedCounts{}
	countTyped(docs, counts)
	lx := lexicon.Default()
	if got, want := typedNames(lx, counts, "LOC", defaultTypedOptions), []string{"port quask", "varnelby"}; !slices.Equal(got, want) {
		t.Errorf("places = %v, want %v", got, want)
	}
	if got, want := typedNames(lx, counts, "ORG", defaultTypedOptions), []string{"quorvex"}; !slices.Equal(got, want) {
		t.Errorf("organisations = %v, want %v", got, want)
	}
}

func TestNewsOrgNames(t *testing.T) {
	doc := func(words ...string) nerdata.Document {
		return nerdata.Document{Sents: []nerdata.Sentence{{Tokens: words}}}
	}
	var docs []nerdata.Document
	for range 3 {
		docs = append(docs,
			doc("Shares", "of", "Quorvex", "Corp", "rose", "."),
			doc("Then", "Tarvel", "Bank", "Inc", "and", "Lind", "&", "Brisk", "Co", "said", "so", "."),
			doc("Later", "Mr", "Ostrel", "of", "Ostrel", "Inc", "spoke", "."),
			doc("Yesterday", "Brosk", "Ltd", "said", "it", "was", "in", "Brosk", "."),
		)
	}
	lx := lexicon.Default()
	counts := map[string]*newsOrgCounts{}
	countSuffixNames(lx, docs, counts)
	countNewsOrgUses(lx, docs, counts)
	// "Quorvex" and "Tarvel Bank" are written before a suffix in three
	// articles; "Brisk" follows "&"; "Ostrel" follows "Mr"; "Brosk"
	// follows "in" as often as not.
	if got, want := newsOrgNames(lx, counts, defaultNewsOrgOptions, nil), []string{"quorvex", "tarvel bank"}; !slices.Equal(got, want) {
		t.Errorf("newsOrgNames = %v, want %v", got, want)
	}
	// An organisation the same run has learnt from the labelled data is
	// left out.
	if got, want := newsOrgNames(lx, counts, defaultNewsOrgOptions, map[string]bool{"quorvex": true}), []string{"tarvel bank"}; !slices.Equal(got, want) {
		t.Errorf("newsOrgNames with quorvex learnt = %v, want %v", got, want)
	}
}

func TestNewsPlaceNames(t *testing.T) {
	data := t.TempDir()
	dir := filepath.Join(data, "news-throughput", "reuters21578", "reut2-000")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, body := range []string{
		"PORT QUASK, March 9 - Rain fell.",
		"PORT QUASK, March 10 - Rain fell again.",
		"VARNELBY, Feb 2 - One article only.",
		"LONDON, Feb 3 - A known place.",
		"LONDON, Feb 4 - A known place again.",
		"No dateline here.",
	} {
		name := filepath.Join(dir, fmt.Sprintf("%d.txt", i))
		if err := os.WriteFile(name, []byte("TITLE\n\n"+body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dirs, err := reutersDirs(data)
	if err != nil {
		t.Fatal(err)
	}
	news, err := readNewsCorpus(lexicon.Default(), data, dirs, math.MaxInt)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	countDatelines(news, dirs, counts)
	// "Port Quask" opens two datelines; "Varnelby" one; London is known.
	if got, want := newsPlaceNames(lexicon.Default(), counts, nil, nil, 2), []string{"port quask"}; !slices.Equal(got, want) {
		t.Errorf("newsPlaceNames = %v, want %v (counts %v)", got, want, counts)
	}
	// A name the same run has learnt as an organisation is left out.
	if got := newsPlaceNames(lexicon.Default(), counts, nil, map[string]bool{"port quask": true}, 2); len(got) != 0 {
		t.Errorf("newsPlaceNames with port quask learnt = %v, want none", got)
	}
}
