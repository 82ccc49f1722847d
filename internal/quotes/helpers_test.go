package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// ent marks every occurrence of Text in a test article as a mention.
type ent struct {
	Text, Name, Type string
}

// build joins paragraphs with blank lines and returns the source, the
// paragraph spans, naive sentence spans and the mentions of ents (longest
// texts first, no overlaps, whole words only).
func build(paras []string, ents ...ent) (string, []span.Span, []span.Span, []span.Mention) {
	const sep = "\n\n"
	src := strings.Join(paras, sep)
	var ps, ss []span.Span
	pos := 0
	for _, p := range paras {
		ps = append(ps, span.Span{Start: pos, End: pos + len(p)})
		start := pos
		for i := 0; i < len(p); i++ {
			c := p[i]
			if (c == '.' || c == '!' || c == '?') && i+1 < len(p) && p[i+1] == ' ' && i > 2 && p[i-2:i] != "Mr" {
				ss = append(ss, span.Span{Start: start, End: pos + i + 1})
				start = pos + i + 2
			}
		}
		if start < pos+len(p) {
			ss = append(ss, span.Span{Start: start, End: pos + len(p)})
		}
		pos += len(p) + len(sep)
	}
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].Text) > len(ents[j].Text) })
	taken := make([]bool, len(src))
	var ms []span.Mention
	for _, e := range ents {
		for from := 0; ; {
			i := strings.Index(src[from:], e.Text)
			if i < 0 {
				break
			}
			s, en := from+i, from+i+len(e.Text)
			from = en
			if r, _ := utf8.DecodeLastRuneInString(src[:s]); s > 0 && unicode.IsLetter(r) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(src[en:]); en < len(src) && unicode.IsLetter(r) {
				continue
			}
			free := true
			for k := s; k < en; k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := s; k < en; k++ {
				taken[k] = true
			}
			name := e.Name
			if name == "" {
				name = e.Text
			}
			ms = append(ms, span.Mention{Start: s, End: en, Entity: name, Type: e.Type})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return src, ps, ss, ms
}

func person(text, name string) ent { return ent{text, name, span.Person} }
func org(text string) ent          { return ent{text, text, span.Org} }
