package quotes

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Invented articles used as fuzz seeds.
var fuzzSeeds = []string{
	// Tokenised, all-capitals and punctuation-only shapes (session 17
	// hang audit).
	"`` We do n't know , '' Varnell said . '' Nor do I , '' said Hallek ( AP ) .",
	"\"WE WILL STAY,\" SAID OSKAR VARNELL.\n\n\" \" ' ' “ ” ‘ ’ « »",
	"Ferry news\n\n\"The new timetable starts on Monday,\" said Daniel Okoro.\n\nHe told me: \"I have waited here since dawn.",
	"“The ferry timetable is a mess” says Harbour Radio. “Everyone knows it.”\n\n‘artisan’ and 'heritage' rock 'n' roll of the '90s, don't",
	"– Vi är nöjda, säger Maria Lind. – Men vi försöker.\n\n– Nu ska vi jobba vidare.\n\nDet säger Erik Holm.",
	"»Styrelsen har gjort sitt«, skriver Västposten. ”Det är fel”, sa hon. Enligt Erik Holm är det ”en katastrof”.",
	"She said:\n\n\"The storm closed the pier.\n\n\"We hope the repairs hold,\" she added.",
	"\"\"'‘’“”»«„–— \"a\" 'b' ‘c’ “d” ”e” »f« «g» „h“",
	"In the end, says ferry captain Amira Osei, the crossing is “safe again”. Okoro's spokesman said: \"No.\"",
	"\xff\"\xfe\" '\x80' – \xc3",
	// An organisation speaking through "it" (org-pronoun).
	"Tarn Ferries cut two routes. \"We had no choice,\" it said. But the firm denied it. \"No,\" it has also said.",
}

// fuzzSpans derives paragraphs (blank-line separated), sentences (split
// after . ! ?) and capitalised-word mentions from src: PERSON when the
// word has an odd number of bytes, else ORG (both speaker paths).
func fuzzSpans(src string) ([]span.Span, []span.Span, []span.Mention) {
	var paras, sents []span.Span
	start := 0
	for start <= len(src) {
		i := strings.Index(src[start:], "\n\n")
		end := len(src)
		if i >= 0 {
			end = start + i
		}
		if end > start {
			paras = append(paras, span.Span{Start: start, End: end})
			s := start
			for k := start; k < end; k++ {
				if c := src[k]; (c == '.' || c == '!' || c == '?') && k+1 < end && src[k+1] == ' ' {
					sents = append(sents, span.Span{Start: s, End: k + 1})
					s = k + 2
				}
			}
			if s < end {
				sents = append(sents, span.Span{Start: s, End: end})
			}
		}
		if i < 0 {
			break
		}
		start = end + 2
	}
	var ms []span.Mention
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		if unicode.IsUpper(r) {
			j := i + n
			for j < len(src) {
				r2, n2 := utf8.DecodeRuneInString(src[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			typ := span.Person
			if (j-i)%2 == 0 {
				typ = span.Org
			}
			ms = append(ms, span.Mention{Start: i, End: j, Entity: src[i:j], Type: typ})
			i = j
			continue
		}
		i += n
	}
	return paras, sents, ms
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, lang := range []string{"en", "sv", ""} {
			f.Add(s, lang, []byte(nil))
		}
	}
	f.Add("\"a\" b", "sv", []byte{0, 3, 2, 200, 255, 1})
	f.Fuzz(func(t *testing.T, src, lang string, cuts []byte) {
		paras, sents, ms := fuzzSpans(src)
		if len(cuts) > 0 {
			// Arbitrary (even out-of-range) paragraphs.
			paras = nil
			for i := 0; i+1 < len(cuts); i += 2 {
				paras = append(paras, span.Span{Start: int(cuts[i]) - 8, End: int(cuts[i+1]) - 8})
			}
		}
		qs := Extract(src, paras, sents, ms, lang)
		var ins []Instance
		for i, q := range qs {
			if q.Start < 0 || q.End > len(src) || q.Start >= q.End {
				t.Fatalf("quote %d: offsets %d-%d out of range (len %d)", i, q.Start, q.End, len(src))
			}
			if q.Text != src[q.Start:q.End] {
				t.Fatalf("quote %d: Text %q != src[%d:%d]", i, q.Text, q.Start, q.End)
			}
			if i > 0 && q.Start < qs[i-1].Start {
				t.Fatalf("quote %d: not sorted by Start", i)
			}
			if q.Kind != KindSpeech && q.Kind != KindScare || q.Speaker == "" {
				t.Fatalf("quote %d: kind %q speaker %q", i, q.Kind, q.Speaker)
			}
			if q.Attribution != "" {
				if q.AttrStart < 0 || q.AttrEnd > len(src) || q.AttrStart > q.AttrEnd || src[q.AttrStart:q.AttrEnd] != q.Attribution {
					t.Fatalf("quote %d: attribution offsets %d-%d do not give %q", i, q.AttrStart, q.AttrEnd, q.Attribution)
				}
			} else if q.AttrStart != 0 || q.AttrEnd != 0 {
				t.Fatalf("quote %d: attribution offsets without text", i)
			}
			ins = append(ins, Instance{"a", q}, Instance{"b", q})
		}
		Match(ins, map[string]string{"a": src, "b": src, "c": src}, map[string][]span.Span{"a": paras})
	})
}
