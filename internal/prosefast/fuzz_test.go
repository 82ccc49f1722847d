package prosefast

import (
	"testing"

	"github.com/jdkato/prose/v2"
)

// FuzzAnnotate checks Annotate against prose.NewDocument on any input:
// the same token texts always (or the same panic-free fallback), and the
// same tags and labels unless a score tied (where prose itself picks
// either answer).
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"Theresa May met Angela Merkel in Berlin.",
		"the party as well as the party as well",
		"\"Quote,\" he said: (yes) [no] $5 'll n't 's :) O.o U.S. Mr. e.g.",
		"Ä'S Ǆ'll İ'm ß'RE ﬃ'S \u201cx\u201d &rsquo;",
		"a\xffb \xe2\x82 -LRB- *T*-1 0 https://x.org a@b.co @me",
	} {
		f.Add(s)
	}
	m, pm := models(f)
	f.Fuzz(func(t *testing.T, text string) {
		want, ok := proseOrPanic(text, pm)
		got, ties, err := m.annotate(text)
		if !ok {
			if err == nil {
				t.Fatalf("%q: prose panics, Annotate gives no error", text)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, prose %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i].Text != want[i].Text {
				t.Fatalf("%q: token %d %q, prose %q", text, i, got[i].Text, want[i].Text)
			}
			if ties == 0 && got[i] != want[i] {
				t.Fatalf("%q: token %d %v, prose %v", text, i, got[i], want[i])
			}
		}
	})
}

// proseOrPanic runs prose.NewDocument, reporting false if it panics.
func proseOrPanic(text string, pm *prose.Model) (toks []prose.Token, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(pm))
	if err != nil {
		return nil, false
	}
	return doc.Tokens(), true
}
