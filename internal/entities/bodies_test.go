package entities

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// FuzzResolveTexts resolves a place's mention and mentions of an
// organisation and a person built from it, with the article's text, so the
// text passes (place-body, corpus-names, ...) read words around mentions at
// any offset: every mention of every entity stays inside its article.
func FuzzResolveTexts(f *testing.F) {
	f.Add("Tarnby police arrested a man.", 0, 6, " Police Department", "Ada Quill II")
	f.Add("In Norway, the Ferry and Harbour Board met. I've said so.", 3, 9, " of Norway", "Quill II")
	f.Add("Ⱥ police", 0, 2, " Police", "Ⱥ II")
	f.Fuzz(func(t *testing.T, src string, start, end int, orgTail, person string) {
		if start < 0 || end > len(src) || start >= end || len(src) > 400 || len(orgTail) > 60 || len(person) > 60 {
			return
		}
		org := src[start:end] + orgTail
		texts := map[string]string{"a": src, "b": "The " + org + " said. " + person + " spoke.", "c": person + " and " + src[start:end]}
		ms := []Mention{
			NewMention("a", src, span.GPE, start, end, 0, len(src)),
			NewMention("b", texts["b"], span.Org, 4, 4+len(org), 0, len(texts["b"])),
			NewMention("b", texts["b"], span.Person, 4+len(org)+7, 4+len(org)+7+len(person), 0, len(texts["b"])),
			NewMention("c", texts["c"], span.Person, 0, len(person), 0, len(texts["c"])),
		}
		var in []Text
		for _, a := range []string{"a", "b", "c"} {
			in = append(in, Text{Article: a, Source: texts[a], Sentences: []span.Span{{Start: 0, End: len(texts[a])}}, Lang: "en"})
		}
		res := ResolveWith(ms, Options{Texts: in})
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				s := texts[m.Article]
				// The text is the article's, its line breaks read as spaces.
				if m.Start < 0 || m.End > len(s) || m.Start > m.End || textutil.FlatLines(s[m.Start:m.End]) != m.Text {
					t.Fatalf("mention %q [%d:%d] of %s does not match its article", m.Text, m.Start, m.End, m.Article)
				}
			}
		}
	})
}
