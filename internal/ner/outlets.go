package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// outlet is one name of the news_outlets list, as lower-case words.
type outlet struct {
	words []string
	// the: the name is one only after "the" ("the Observer"), which
	// words[0] holds and the mention leaves out.
	the bool
}

// outletNames reads the news_outlets list, longest names first.
func outletNames(lx *lexicon.Lexicon) []outlet {
	var out []outlet
	for _, line := range lx.Words(lexicon.NewsOutlets) {
		ws := strings.Fields(line)
		if len(ws) == 0 {
			continue
		}
		out = append(out, outlet{words: ws, the: ws[0] == "the" && len(ws) > 1})
	}
	return out
}

// outletWord is one word of a sentence, with its byte offsets in src.
type outletWord struct {
	text       string
	start, end int
}

// sentenceWords splits src[s.Start:s.End] into words of letters, digits
// and inner hyphens or full stops ("Göteborgs-Posten", "People.com").
func sentenceWords(src string, s span.Span) []outletWord {
	var out []outletWord
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(src[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < s.End {
			r, n := utf8.DecodeRuneInString(src[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '-' || r == '.') && j+n < s.End {
				if r2, _ := utf8.DecodeRuneInString(src[j+n:]); unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, outletWord{src[i:j], i, j})
		i = j
	}
	return out
}

// matchOutlet reports the number of words of ws from k that spell o
// (each written with a capital, "the" in any case), the last word
// perhaps with a genitive -s ("HuffPosts", Swedish), or 0.
func matchOutlet(o outlet, ws []outletWord, k int) int {
	if k+len(o.words) > len(ws) {
		return 0
	}
	for j, w := range o.words {
		t := ws[k+j].text
		if j == 0 && o.the {
			if !strings.EqualFold(t, "the") {
				return 0
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
			return 0
		}
		if j > 0 && ws[k+j].start != ws[k+j-1].end+1 {
			return 0 // words parted by more than one space or by punctuation
		}
		lt := strings.ToLower(t)
		last := j == len(o.words)-1
		if lt != w && !(last && !o.the && !strings.HasSuffix(w, "s") && lt == w+"s") {
			return 0
		}
	}
	return len(o.words)
}

// outletMentions finds the names of news outlets and platforms
// (news_outlets) in the sentences of src and makes each an organisation:
// mentions inside the name are replaced by it, a mention spelled like it
// with a place after it ("HuffPost UK") is retyped, and a mention running
// into it is cut at it. A name only written after "the" must have it and
// not be followed by a person's noun ("the Independent candidate").
// A one-word name opening a sentence is none when the text writes the
// word in lower case too (lower; nil: no such test): "Variety is ...".
func outletMentions(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention, lower map[string]bool) []span.Mention {
	names := outletNames(lx)
	if len(names) == 0 {
		return ms
	}
	var found []span.Mention
	for si, s := range sents {
		ws := sentenceWords(src, s)
		for k := 0; k < len(ws); k++ {
			best, the := 0, false
			for _, o := range names {
				if n := matchOutlet(o, ws, k); n > best {
					best, the = n, o.the
				}
			}
			if best == 0 {
				continue
			}
			if best == 1 && k == 0 && lower[strings.ToLower(ws[k].text)] {
				continue
			}
			first := k
			if the {
				first++
			}
			last := k + best - 1
			if the && last+1 < len(ws) {
				next := strings.ToLower(ws[last+1].text)
				if lx.Has(lexicon.NerPersonWords, next) || lx.Has(lexicon.PeopleNouns, next) {
					k = last
					continue
				}
			}
			start, end := ws[first].start, ws[last].end
			found = append(found, span.Mention{Text: src[start:end], Type: span.Org, Start: start, End: end, Sentence: si})
			k = last
		}
	}
	if len(found) == 0 {
		return ms
	}
	return placeOutlets(lx, src, ms, found)
}

// placeOutlets puts the outlet names found among ms (both in text
// order): see outletMentions.
func placeOutlets(lx *lexicon.Lexicon, src string, ms, found []span.Mention) []span.Mention {
	out := make([]span.Mention, 0, len(ms)+len(found))
	var extra []span.Mention
	for _, m := range ms {
		keep := true
		for _, o := range found {
			if m.End <= o.Start || o.End <= m.Start {
				continue
			}
			holds := m.Start <= o.Start && o.End <= m.End
			switch {
			case o.Start <= m.Start && m.End <= o.End:
				keep = false // inside the name
			case holds && m.Start == o.Start && lx.IsPlace(strings.TrimSpace(src[o.End:m.End])):
				m.Type = span.Org // "HuffPost UK"
			case holds && (m.Type == span.Org || lx.Has(lexicon.OrgHeads, strings.ToLower(textutil.LastField(m.Text)))):
				// a longer organisation's name ("Observer Media Group")
			case m.Start < o.Start:
				m.End = trimRightSpace(src, m.Start, o.Start)
				m.Text = src[m.Start:m.End]
			default:
				m.Start = trimLeftSpace(src, o.End, m.End)
				m.Text = src[m.Start:m.End]
			}
		}
		if keep && m.Start < m.End && hasLetter(m.Text) {
			out = append(out, m)
		}
	}
	for _, o := range found {
		covered := false
		for _, m := range out {
			covered = covered || m.Start < o.End && o.Start < m.End
		}
		if !covered {
			extra = append(extra, o)
		}
	}
	return appendSorted(out, extra)
}

// trimRightSpace returns end moved back over spaces and punctuation to
// the end of the last word at or after start.
func trimRightSpace(src string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(src[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		end -= n
	}
	return end
}

// trimLeftSpace returns start moved forward over spaces and punctuation
// to the first word before end.
func trimLeftSpace(src string, start, end int) int {
	for start < end {
		r, n := utf8.DecodeRuneInString(src[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += n
	}
	return start
}

// siteNames finds the websites named by address that the taggers missed
// ("according to Tidewatch.com", "Tarnby.com reported"): a word with a capital
// ending in a full stop and one of site_domains is an organisation,
// unless right after an "@" (an e-mail address's domain: "ada@Tarnby.com").
func siteNames(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	var found []span.Mention
	for si, s := range sents {
		for _, w := range sentenceWords(src, s) {
			if r, _ := utf8.DecodeRuneInString(w.text); !unicode.IsUpper(r) || siteStem(lx, w.text) == "" || strings.HasSuffix(src[:w.start], "@") {
				continue
			}
			found = append(found, span.Mention{Text: w.text, Type: span.Org, Start: w.start, End: w.end, Sentence: si})
		}
	}
	if len(found) == 0 {
		return ms
	}
	return placeOutlets(lx, src, ms, found)
}

// siteStem returns the name a website's address gives ("People" of
// "People.com"), or "" when w ends in none of site_domains.
func siteStem(lx *lexicon.Lexicon, w string) string {
	for _, d := range lx.Words(lexicon.SiteDomains) {
		if stem, ok := textutil.CutSuffixFold(w, "."+d); ok && stem != "" && !strings.Contains(stem, ".") {
			return stem
		}
	}
	return ""
}
