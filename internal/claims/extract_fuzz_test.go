package claims

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// FuzzExtract runs the figure extraction on arbitrary text, split into
// sentences at full stops, with every capitalised word as a mention: it
// must not panic, and every figure's offsets must give its text.
func FuzzExtract(f *testing.F) {
	f.Add("Amira Osei, who was jailed for eight years, had the term cut. The Harbour Party won 15 seats; Green Future took 21 seats.", "en")
	f.Add("Tarn Foods said revenue rose 8 per cent to £1.42bn. Turnout was 68.2%, down from 71.5%.", "en")
	f.Add("Färjan sjönk den 3 mars. Nio personer skadades svårt och budgeten är 2 340 miljoner kronor.", "sv")
	f.Add("\u212a\u212a\u212a Amira Osei, 67, has died aged 87 by 187 votes to 162.", "en")
	f.Add("Amira Osei, Daniel Okoro and Priya Lal won. Tarnby Ferries Ltd said 23 were hurt.", "en")
	// Tokenised, all-capitals and unpunctuated shapes (session 17 hang audit).
	f.Add("Varnell 's board said 12 people were hurt , up from 9 ( AP ) .", "en")
	f.Add("KELMOUTH HARBOUR BOARD SAID 40 WORKERS WALKED OUT ON MONDAY", "en")
	f.Add("the board said 12 were hurt and 9 missing and 3 more later on", "en")
	f.Fuzz(func(t *testing.T, src, lang string) {
		var sents []span.Span
		start := 0
		for i := 0; i < len(src); i++ {
			if src[i] == '.' {
				sents = append(sents, span.Span{Start: start, End: i + 1})
				start = i + 1
			}
		}
		if start < len(src) {
			sents = append(sents, span.Span{Start: start, End: len(src)})
		}
		var ms []span.Mention
		for i := 0; i < len(src); {
			j := strings.IndexAny(src[i:], " ,.;")
			if j < 0 {
				j = len(src) - i
			}
			if j > 0 && src[i] >= 'A' && src[i] <= 'Z' {
				typ := "PERSON"
				if j%2 == 0 {
					typ = "ORG"
				}
				ms = append(ms, span.Mention{Start: i, End: i + j, Type: typ})
				if j > 2 && j%3 == 0 {
					// Taggers may give nested mentions: no figure
					// reader may assume they never overlap.
					ms = append(ms, span.Mention{Start: i + 1, End: i + j, Type: "PERSON"})
				}
			}
			i += j + 1
		}
		for _, r := range Extract(src, sents, sents[:min(2, len(sents))], ms, lang, DefaultLexicon()) {
			if r.Start < 0 || r.End > len(src) || r.Start > r.End || src[r.Start:r.End] != r.Text {
				t.Fatalf("figure %q at [%d,%d] does not match the source", r.Text, r.Start, r.End)
			}
		}
	})
}
