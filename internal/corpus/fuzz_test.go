package corpus_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/dates"
)

// Invented articles used as fuzz seeds.
var fuzzSeeds = []string{
	"Harbour plan approved after long debate\n\nPosted On:\nMarch 3, 2024\n\n" +
		"The council voted on Tuesday to approve the new harbour plan.\n\n" +
		"Share | Tweet | Email\n\n" +
		"Cyclists cross the harbour bridge\nAnna Berg/Northern Press\n\n" +
		"\"It is a good day,\" the mayor said.\n\n" +
		"The council voted on Tuesday to approve the new harbour plan.\n\n" +
		"Sign up for our morning newsletter\nGet the top stories in your inbox.\nClick here\n\n" +
		"-\nCouncil budget approved\nCouncillors agreed the plan.\nBy Jane Doe, Valley Times Published\n" +
		"-\nNew rail timetable\nTrains will run more often.\nBy John Roe, Valley Times Published\n-\n",
	"---\ntitle: \"Bridge reopens\"\noutlet: Valley Times\ndate: 2023-11-05\n---\n\n# Bridge reopens\n\n" +
		"![The bridge](b.jpg)\n\nThe bridge reopened on Sunday.\n\n## What changed\n\n- New railings.\n- New road.\n\n" +
		"> A quote line.\n\n***\n\n1. First point.\n#hashtag\n",
	"Rail strike called off\r\n\r\nPublished 3 March 2024\r\n\r\n" +
		"The union said on Thursday evening that the planned strike would\r\n" +
		"not go ahead after managers offered a new deal on pay and hours.\r\n" +
		"Members will vote on the offer over the next two weeks, and the\r\n" +
		"result is expected before the end of the month.\r\n",
	"Bron öppnar igen\n\nPublicerad 10 mars 2024\n\nBron öppnade på söndagen.\nFoto: Lars Holm\n\n" +
		"Prenumerera på vårt nyhetsbrev\nDela / Skriv ut\n",
	"---\ntitle: [broken\n",
	"\xef\xbb\xbfTitle\n\nBody with a BOM.\n",
	"\x93Caf\xe9\x94 opens\n\nThe caf\xe9 opened.\n",
	"\xff\xfeT\x00i\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00",
	"-\n-\n-\nBy A\nBy B\n---\n...\n",
	"#\n>\n- \n1.\n![](x)\n",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, raw []byte, markdown bool) {
		a, err := corpus.Parse("id", "path", raw, markdown)
		if err != nil {
			if !errors.Is(err, corpus.ErrEmpty) && !errors.Is(err, corpus.ErrBinary) && !errors.Is(err, corpus.ErrEncoding) {
				t.Fatalf("Parse(%q, %v): unexpected error %v", raw, markdown, err)
			}
			return
		}
		if p := spanProblem(a); p != "" {
			t.Fatalf("Parse(%q, %v): %s", raw, markdown, p)
		}
		for i, b := range a.Blocks {
			if b.Start == b.End {
				t.Fatalf("Parse(%q, %v): block %d is empty at %d", raw, markdown, i, b.Start)
			}
			if i > 0 && b.Para < a.Blocks[i-1].Para {
				t.Fatalf("Parse(%q, %v): block %d paragraph %d before %d", raw, markdown, i, b.Para, a.Blocks[i-1].Para)
			}
		}
		if a.Published != "" {
			if d, ok := dates.Parse(a.Published); !ok || d.String() != a.Published {
				t.Fatalf("Parse(%q, %v): Published %q is not a YYYY-MM-DD date", raw, markdown, a.Published)
			}
		}
		if strings.ContainsAny(a.Title, "\n\r") {
			t.Fatalf("Parse(%q, %v): Title %q spans lines", raw, markdown, a.Title)
		}
		if a.Language == "" {
			t.Fatalf("Parse(%q, %v): empty Language", raw, markdown)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte{})
	f.Add([]byte{0xFE, 0xFF, 0x00})
	f.Add([]byte("a\x00b"))
	f.Add([]byte("\x01\x02\x03"))
	f.Add([]byte("\x81\x8d caf\xe9"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, enc, err := corpus.Decode(raw)
		if err != nil {
			if !errors.Is(err, corpus.ErrEmpty) && !errors.Is(err, corpus.ErrBinary) && !errors.Is(err, corpus.ErrEncoding) {
				t.Fatalf("Decode(%q): unexpected error %v", raw, err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("Decode(%q) = %q: not valid UTF-8", raw, text)
		}
		if strings.TrimSpace(text) == "" || enc == "" || strings.ContainsRune(text, 0) {
			t.Fatalf("Decode(%q) = %q, %q: want non-blank text without NUL and an encoding name", raw, text, enc)
		}
	})
}
