package ner

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// nicknameRe matches a person's given names, a nickname in brackets or
// quotes and a surname at the start of a text: "Ada (Dee) Quill", "Ada
// 'Dee' Quill", `Ada Mae "Dee" Quill`.
var nicknameRe = regexp.MustCompile(`^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) ?[("'“‘](\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)[)"'”’] (\p{Lu}[\p{L}'’-]*\p{L})`)

// nicknames joins a person's name written with a nickname inside it
// ("Ada (Dee) Quill", "Ada 'Dee' Quill"), which the taggers cut at the
// nickname, into one person: a mention opening with given names (after
// titles, "Deputy Ada (Dee) Quill") followed by the nickname and a
// capitalised surname. The first given name must be a known one, or the
// mention typed a person, or the nickname no acronym nor agency ("LONDON
// (Reuters) The"), the surname no function word and the given name no
// place. Mentions inside the name are dropped.
func nicknames(lx *lexicon.Lexicon, src string, ms []span.Mention) []span.Mention {
	var joined []span.Mention
	for _, m := range ms {
		end, ok := nicknamed(lx, src, m)
		if !ok {
			continue
		}
		if n := len(joined); n > 0 && joined[n-1].End > m.Start {
			continue
		}
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

// nicknamed returns the end of the name with a nickname that mention m
// opens (see nicknames), and whether there is one.
func nicknamed(lx *lexicon.Lexicon, src string, m span.Mention) (int, bool) {
	at := m.Start
	for { // past the titles
		w := lastWordAfter(src, at)
		if w == "" || !lx.Has(lexicon.NerPersonWords, strings.ToLower(strings.TrimSuffix(w, "."))) || at+len(w) >= m.End {
			break
		}
		at += len(w)
		for at < len(src) && src[at] == ' ' {
			at++
		}
	}
	loc := nicknameRe.FindStringSubmatchIndex(src[at:])
	if loc == nil || m.End > at+loc[1] {
		return 0, false
	}
	first, nick, surname := src[at+loc[2]:at+loc[3]], src[at+loc[4]:at+loc[5]], src[at+loc[6]:at+loc[7]]
	given, _, _ := strings.Cut(strings.ToLower(first), " ")
	known := m.Type == span.Person || lx.IsGivenName(given)
	if !known && (isAcronymWord(nick) || lx.Has(lexicon.NerNewsAgencies, strings.ToLower(nick)) ||
		lx.Has(lexicon.StopwordsEn, strings.ToLower(surname)) || lx.IsPlace(first)) {
		return 0, false
	}
	return at + loc[1], true
}

// lastWordAfter returns the word (letters, full stops) starting at
// offset at of src, or "".
func lastWordAfter(src string, at int) string {
	end := at
	for end < len(src) {
		r, n := utf8.DecodeRuneInString(src[end:])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		end += n
	}
	return src[at:end]
}
