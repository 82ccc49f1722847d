package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSplitLongBlocks: a block longer than the bound is cut into pieces
// within it, at a sentence end when there is one in the second half of
// the piece, else at white space, else at a character boundary; nothing
// but white space is lost, and short blocks are untouched.
func TestSplitLongBlocks(t *testing.T) {
	sentence := "The ferry will run twice a day from May. " // 41 bytes
	cases := []struct {
		name string
		src  string
		max  int
		// wantEnds are the pieces' last characters (all but the last
		// piece), "" to skip the check
		wantEnd string
	}{
		{"sentences", strings.Repeat(sentence, 50), 200, "."},
		{"sentences with an abbreviation", strings.Repeat("Councillor Osei met Mr. Smith and Dr. Jones at the pier on Tuesday. ", 40), 300, "."},
		{"no sentence end", strings.Repeat("ferry route vote council harbour ", 100), 250, ""},
		{"no white space", strings.Repeat("é", 2000), 301, ""},
		{"mixed", strings.Repeat("word ", 30) + strings.Repeat("x", 500) + strings.Repeat(sentence, 10), 128, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := []Block{{Start: 0, End: len(c.src), Kind: "title", Para: 3}}
			got := splitLongBlocks(c.src, in, c.max)
			if len(got) < 2 {
				t.Fatalf("%d bytes, max %d: %d pieces", len(c.src), c.max, len(got))
			}
			var rebuilt strings.Builder
			prev := 0
			for i, b := range got {
				if b.End-b.Start > c.max || b.Start >= b.End || b.Start < prev {
					t.Fatalf("piece %d [%d, %d) of a %d-byte bound, after %d", i, b.Start, b.End, c.max, prev)
				}
				if gap := c.src[prev:b.Start]; strings.TrimSpace(gap) != "" {
					t.Fatalf("piece %d: text %q lost before it", i, gap)
				}
				if !utf8.ValidString(c.src[b.Start:b.End]) {
					t.Fatalf("piece %d cuts a character", i)
				}
				if wantKind := map[bool]string{true: "title", false: "body"}[i == 0]; b.Kind != wantKind || b.Para != 3 {
					t.Errorf("piece %d: kind %s, para %d; want %s, 3", i, b.Kind, b.Para, wantKind)
				}
				if c.wantEnd != "" && i < len(got)-1 && !strings.HasSuffix(c.src[b.Start:b.End], c.wantEnd) {
					t.Errorf("piece %d ends %q, want a sentence end", i, c.src[max(b.Start, b.End-20):b.End])
				}
				if strings.HasSuffix(c.src[b.Start:b.End], " Mr.") || strings.HasSuffix(c.src[b.Start:b.End], " Dr.") {
					t.Errorf("piece %d ends at an abbreviation", i)
				}
				rebuilt.WriteString(c.src[b.Start:b.End])
				prev = b.End
			}
			if strings.TrimSpace(c.src[prev:]) != "" {
				t.Errorf("text lost at the end: %q", c.src[prev:])
			}
			if a, b := strings.Join(strings.Fields(c.src), ""), strings.Join(strings.Fields(rebuilt.String()), ""); a != b {
				t.Error("the pieces do not hold the text")
			}
		})
	}
	// A long run of white space is dropped once, not cut into pieces of
	// white space (or looked at again for each of its bytes).
	spaced := "x" + strings.Repeat(" ", 20_000) + "y" + strings.Repeat("\t", 20_000)
	if got := splitLongBlocks(spaced, []Block{{Start: 0, End: len(spaced)}}, 100); len(got) != 2 || spaced[got[0].Start:got[0].End] != "x" || spaced[got[1].Start:got[1].End] != "y" {
		t.Errorf("x, 20,000 spaces, y: pieces %v", got)
	}
	short := []Block{{Start: 0, End: 10, Kind: "title"}, {Start: 12, End: 40, Kind: "body", Para: 1}}
	if got := splitLongBlocks(strings.Repeat("a", 40), short, 100); len(got) != 2 || got[0] != short[0] || got[1] != short[1] {
		t.Errorf("short blocks changed: %v", got)
	}
}

// TestLongLineIsCutIntoBlocks: a 1 MB article on one line is read as
// blocks of at most maxBlockBytes.
func TestLongLineIsCutIntoBlocks(t *testing.T) {
	line := strings.Repeat("The council approved the new ferry route on Tuesday after a long debate. ", 14_000)
	a, err := Parse("long.txt", "long.txt", []byte("Ferry route approved\n\n"+line+"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) < len(line)/maxBlockBytes {
		t.Fatalf("%d blocks for %d bytes", len(a.Blocks), len(line))
	}
	for i, b := range a.Blocks {
		if b.End-b.Start > maxBlockBytes {
			t.Errorf("block %d: %d bytes", i, b.End-b.Start)
		}
	}
	if a.Title != "Ferry route approved" || a.Language != "en" {
		t.Errorf("title %q, language %s", a.Title, a.Language)
	}
}

// FuzzSplitLongBlocks: for any text and bound, the pieces lie within the
// block in order, none is empty or longer than the bound, none cuts a
// character of valid UTF-8, and only white space falls between them.
func FuzzSplitLongBlocks(f *testing.F) {
	f.Add("The ferry will run twice a day from May. Councillor Osei met Mr. Smith.", 20)
	f.Add(strings.Repeat("é", 50), 7)
	f.Add("word  word\tword "+strings.Repeat("x", 40), 9)
	f.Add("A. B. C! D? \"E.\" (F.) G", 4)
	f.Fuzz(func(t *testing.T, src string, max int) {
		if max < 4 || max > 1<<16 || len(src) == 0 {
			return
		}
		got := splitLongBlocks(src, []Block{{Start: 0, End: len(src), Kind: "body"}}, max)
		prev := 0
		for i, b := range got {
			if b.Start < prev || b.End > len(src) || b.Start >= b.End || b.End-b.Start > max {
				t.Fatalf("piece %d [%d, %d) of %d bytes, bound %d, after %d", i, b.Start, b.End, len(src), max, prev)
			}
			if strings.Trim(src[prev:b.Start], " \t") != "" {
				t.Fatalf("piece %d: %q lost before it", i, src[prev:b.Start])
			}
			if utf8.ValidString(src) && !utf8.ValidString(src[b.Start:b.End]) {
				t.Fatalf("piece %d cuts a character", i)
			}
			prev = b.End
		}
		if strings.Trim(src[prev:], " \t") != "" {
			t.Fatalf("%q lost at the end", src[prev:])
		}
	})
}
