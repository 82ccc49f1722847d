package ner

import (
	"regexp"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// nicknameRe matches a person's given names, a nickname in brackets or
// quotes and a surname at the start of a text: "Ada (Dee) Quill", "Ada
// 'Dee' Quill", `Ada Mae "Dee" Quill`.
var nicknameRe = regexp.MustCompile(`^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) ?[("'“‘](\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)[)"'”’] (\p{Lu}[\p{L}'’-]*\p{L})`)

// nicknames joins a person's name written with a nickname inside it
// ("Ada (Dee) Quill", "Ada 'Dee' Quill"), which the taggers cut at the
// nickname, into one person: a mention opening with given names (the
// first a known given name, or the mention typed a person) followed by
// the nickname and a capitalised surname. Mentions inside the name are
// dropped.
func nicknames(lx *lexicon.Lexicon, src string, ms []span.Mention) []span.Mention {
	var joined []span.Mention
	for _, m := range ms {
		loc := nicknameRe.FindStringSubmatchIndex(src[m.Start:])
		if loc == nil || m.End > m.Start+loc[1] {
			continue
		}
		first := src[m.Start+loc[2] : m.Start+loc[3]]
		if f, _, _ := strings.Cut(strings.ToLower(first), " "); m.Type != span.Person && !lx.Has(lexicon.GivenNamesMale, f) && !lx.Has(lexicon.GivenNamesFemale, f) {
			continue
		}
		if n := len(joined); n > 0 && joined[n-1].End > m.Start {
			continue
		}
		end := m.Start + loc[1]
		joined = append(joined, span.Mention{Text: src[m.Start:end], Type: span.Person, Start: m.Start, End: end, Sentence: m.Sentence})
	}
	// A name whose end some mention runs past is left as it was.
	kept := joined[:0]
	for _, j := range joined {
		crossed := false
		for _, m := range ms {
			crossed = crossed || m.Start < j.End && j.End < m.End || m.Start < j.Start && j.Start < m.End
		}
		if !crossed {
			kept = append(kept, j)
		}
	}
	if len(kept) == 0 {
		return ms
	}
	out := make([]span.Mention, 0, len(ms))
	for _, m := range ms {
		inside := false
		for _, j := range kept {
			inside = inside || j.Start <= m.Start && m.End <= j.End
		}
		if !inside {
			out = append(out, m)
		}
	}
	return appendSorted(out, kept)
}
