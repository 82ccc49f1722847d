package ner

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestLoneNameWord checks what keeps a lone person from becoming an
// organisation in tagger-orgs: one word that is a given name or a learnt
// person-name word, in any case; never two words or an ordinary word.
func TestLoneNameWord(t *testing.T) {
	learnt := testLex.Words(lexicon.PersonNamesLearned)
	if len(learnt) == 0 {
		t.Fatal("no learnt person-name words")
	}
	word := learnt[0]
	title := strings.ToUpper(word[:1]) + word[1:]
	for _, tc := range []struct {
		name string
		want bool
	}{
		{title, true},
		{strings.ToUpper(word), true},
		{title + " " + title, false},
		{"Harbour", false},
		{"", false},
	} {
		if got := loneNameWord(testLex, tc.name); got != tc.want {
			t.Errorf("loneNameWord(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTaggerNamesOrdinary checks what tagger-names leaves out: one word
// the casing lexicon knows as ordinary, typed an organisation or a place
// mid-sentence in a line with lower-case words, or several such words
// anywhere in it; a person, an event's word, a sentence's first word, a
// given name and any word of a line without a lower-case word (a score
// card's) are added.
func TestTaggerNamesOrdinary(t *testing.T) {
	ordinary := func(w string) bool {
		switch strings.ToLower(w) {
		case "section", "law", "games", "attached", "rose", "truly", "pleased", "spare", "kettle", "summer":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		src, name, typ string
		want           bool
	}{
		{"The fee is in Section 4 of the lease.", "Section", "ORG", false},
		{"The fee is in Section 4 of the lease.", "Section", "GPE", false},
		{"Figures : Quill 7-2-19-3 , Law 4-0-31-1", "Law", "ORG", true},
		{"The bowler was Law again today.", "Law", "PERSON", true},
		{"Tests were run before the Games began.", "Games", "ORG", true},
		{"Attached is the lease.", "Attached", "ORG", true},
		{"The letter was signed by Rose today.", "Rose", "ORG", true},
		{"Truly Pleased with the room.", "Truly Pleased", "ORG", false},
		{"Truly Pleased .", "Truly Pleased", "ORG", true},
		{"Our Spare Kettle broke again this week.", "Spare Kettle", "ORG", false},
		{"We stayed at Spare Kettle last week.", "Spare Kettle", "PERSON", true},
		{"She met Rose Kettle on the pier.", "Rose Kettle", "ORG", true},
		{"He ran in the Summer Games once.", "Summer Games", "ORG", true},
		{"TRULY PLEASED", "TRULY PLEASED", "ORG", true},
	} {
		at := strings.Index(tc.src, tc.name)
		m := span.Mention{Text: tc.name, Type: tc.typ, Start: at, End: at + len(tc.name)}
		d := &sentenceDoc{lx: testLex, src: tc.src, sent: span.Span{Start: 0, End: len(tc.src)}, found: nil, tagged: []span.Mention{m}, ordinary: ordinary}
		taggerNames(d)
		if got := len(d.ms) == 1; got != tc.want {
			t.Errorf("tagger-names on %q in %q: added %v, want %v", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestLoneOpener checks which one-word openers of the tagger alone
// tagger-lone-openers sets aside (invented text).
func TestLoneOpener(t *testing.T) {
	for _, tc := range []struct {
		src, name string
		known     map[string]bool
		opened    int
		want      bool
	}{
		{"Splendidly the old tram rattled past the bakery.", "Splendidly", nil, 1, true},
		{"Splendidly the old tram rattled past the bakery.", "Splendidly", map[string]bool{"Splendidly": true}, 1, false},
		{"Quillbox took the stage at nine.", "Quillbox", nil, 2, false},
		{"Tarnwick's chief buyer said the shelves were full.", "Tarnwick", nil, 1, false},
		{"ITarn users sued the firm.", "ITarn", map[string]bool{"iTarn": true}, 1, false},
		{"Chileans voted on Sunday.", "Chileans", nil, 1, false},
		{"Reds won the cup again.", "Reds", nil, 1, false},
		{"Brekkenend 7 Aberquill 30", "Brekkenend", nil, 1, false},
		{"SPLENDIDLY the old tram rattled past.", "SPLENDIDLY", nil, 1, false},
	} {
		at := strings.Index(tc.src, tc.name)
		m := span.Mention{Text: tc.name, Type: span.Org, Start: at, End: at + len(tc.name)}
		d := &sentenceDoc{lx: testLex, src: tc.src, sent: span.Span{Start: 0, End: len(tc.src)}, tagged: []span.Mention{m},
			known: tc.known, openCount: map[string]int{tc.name: tc.opened}}
		if got := d.loneOpener(m); got != tc.want {
			t.Errorf("loneOpener(%q) in %q = %v, want %v", tc.name, tc.src, got, tc.want)
		}
	}
}
