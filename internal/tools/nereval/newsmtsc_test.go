package main

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// TestReadMTSC checks that NewsMTSC's code-point offsets become byte
// offsets (curly quotes before a target) and that only named targets are
// kept: not pronouns ("He", "His" opening a sentence), not lower-case
// words.
func TestReadMTSC(t *testing.T) {
	in := `{"sentence_normalized": "“Fine,” said Sen. Ada Quill of Tarnby.", "targets": [{"from": 13, "to": 27, "mention": "Sen. Ada Quill"}]}
{"sentence_normalized": "He said the quill was blunt.", "targets": [{"from": 0, "to": 2, "mention": "He"}, {"from": 12, "to": 17, "mention": "quill"}]}
{"sentence_normalized": "His boat sank.", "targets": [{"from": 0, "to": 3, "mention": "His"}]}
{"sentence_normalized": "Bad offsets.", "targets": [{"from": 5, "to": 99, "mention": "x"}]}
`
	var sents []string
	var targets []mtscTarget
	if err := readMTSC(strings.NewReader(in), lexicon.Default(), &sents, &targets); err != nil {
		t.Fatal(err)
	}
	if len(sents) != 4 {
		t.Fatalf("%d sentences, want 4", len(sents))
	}
	if len(targets) != 1 {
		t.Fatalf("targets %+v, want only Sen. Ada Quill", targets)
	}
	got := targets[0]
	if s := sents[got.sent][got.start:got.end]; s != "Sen. Ada Quill" || got.text != "Sen. Ada Quill" {
		t.Errorf("target text %q (bytes %d-%d), want Sen. Ada Quill", s, got.start, got.end)
	}
	if err := readMTSC(strings.NewReader("{not json\n"), lexicon.Default(), &sents, &targets); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad line: err %v, want one naming line 1", err)
	}
}
