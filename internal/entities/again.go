package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Text is one article's text, for the passes that look for names again
// in the articles (Options.Texts).
type Text struct {
	Article string
	Source  string
	// Sentences are byte spans of Source, in order.
	Sentences []span.Span
	// Lang is the article's ISO 639-1 code ("" when not known).
	Lang string
}

// textPass adds mentions found in the articles' texts.
type textPass func(r *resolver, in []Mention, texts []Text) []Mention

// textPasses run first, over the mentions given and the texts of
// Options.Texts (none when it is empty).
var textPasses = []rules.Pass[textPass]{
	{Info: info("corpus-surnames", `Finds again, in every article, the surnames of people named in full elsewhere in the corpus, written alone where no mention covers them, when the corpus never writes them in lower case and they are no place, given name or word of a faith or a people: "Quill said" in an article without "Ada Quill".`), Run: findCorpusSurnames},
	{Info: info("corpus-sides", `Finds again, in every article, the last word of an organisation's name that a place opens, written alone where no mention covers it, when the corpus never writes it in lower case and it is no demonym: "Mariners" of "Tarnby Mariners" (not "Irish" of "Tarnby Irish").`), Run: findCorpusSides},
	{Info: info("place-body", `Reads a place followed by a public body's head in lower case (omitted_heads: police, fire, ...) as that body when the corpus names it with capitals: "Tarnby police" beside "Tarnby Police Department".`), Run: findPlaceBodies},
	{Info: info("corpus-names", `Finds again, in every article, the names of two words or more and the acronyms the taggers typed a person or an organisation elsewhere in the corpus, where no mention covers them (one sense per corpus): "Ada Quill" missed in one article of five.`), Run: findCorpusNames},
}

// textWord is one word of a text, with its byte offsets.
type textWord struct {
	text       string
	start, end int
}

// textWords splits src[s.Start:s.End] into words of letters and digits,
// with inner hyphens, full stops and apostrophes ("O'Brien", "People.com").
func textWords(src string, s span.Span) []textWord {
	var out []textWord
	wordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(src[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		for j < s.End {
			r, n := utf8.DecodeRuneInString(src[j:])
			if wordRune(r) {
				j += n
				continue
			}
			if strings.ContainsRune("-.'’", r) && j+n < s.End {
				if r2, _ := utf8.DecodeRuneInString(src[j+n:]); wordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, textWord{src[i:j], i, j})
		i = j
	}
	return out
}

// corpusName is a name to look for again: its words and type.
type corpusName struct {
	words []string
	typ   string
}

// corpusNames lists the names of in worth finding again: written as whole
// words, two to five capitalised words or an acronym, mostly typed a
// person or an organisation, by first word.
func corpusNames(in []Mention) map[string][]corpusName {
	types := map[string]map[string]int{}
	var texts []string
	for _, m := range in {
		if types[m.Text] == nil {
			types[m.Text] = map[string]int{}
			texts = append(texts, m.Text)
		}
		types[m.Text][m.Type]++
	}
	sort.Strings(texts)
	out := map[string][]corpusName{}
	for _, t := range texts {
		ws := textWords(t, span.Span{Start: 0, End: len(t)})
		var words []string
		whole := len(ws) >= 1 && len(ws) <= 5 && ws[0].start == 0 && ws[len(ws)-1].end == len(t)
		for k, w := range ws {
			whole = whole && isCapitalWord(w.text) && (k == 0 || w.start == ws[k-1].end+1 && t[ws[k-1].end] == ' ')
			words = append(words, w.text)
		}
		if !whole || len(words) == 1 && !isAcronym(words[0]) {
			continue
		}
		typ := majorityOf(types[t])
		if typ != span.Person && typ != span.Org || len(words) == 1 && typ != span.Org {
			continue
		}
		out[words[0]] = append(out[words[0]], corpusName{words, typ})
	}
	return out
}

// majorityOf returns the type counted most (ties: in span order).
func majorityOf(counts map[string]int) string {
	best, bestN := "", 0
	for _, t := range []string{span.Person, span.Org, span.GPE, span.Location, span.Facility, span.Misc, ""} {
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
	}
	return best
}

// findCorpusNames adds a mention wherever a name of corpusNames is
// written in an article as whole words, not inside a longer run of
// capitalised words nor in a sentence in capitals, and no mention of
// that article covers any of it.
func findCorpusNames(r *resolver, in []Mention, texts []Text) []Mention {
	return r.findNames(in, texts, corpusNames(in), false)
}

// findCorpusSurnames adds a person's mention wherever the surname of a
// full name typed a person elsewhere in the corpus is written alone, as
// findCorpusNames does for whole names: a surname of four letters or
// more that the corpus never writes in lower case and that is no place,
// no given name, no day or month (not "September" of a group named
// "Black September") and no word of a faith or a people ("Sunni" of a
// man named "Ada Sunni"): "Tarrant said ..." in an article that does not give
// Ada Tarrant's full name, in a title-case line too ("Overturn Tarrant
// Rules That ...").
func findCorpusSurnames(r *resolver, in []Mention, texts []Text) []Mention {
	cands := lastWords(in, span.Person, func(ws []string, last string) bool {
		return !r.lx.IsPlace(last) && !r.givenNameOnly(last) && !r.lx.GivenName(last) && !r.lx.Has(lexicon.NerCalendarWords, strings.ToLower(last)) &&
			!r.lx.IsDemonym(last) && !r.lx.Has(lexicon.GroupWords, strings.ToLower(last))
	})
	return r.findNames(in, texts, r.neverLower(cands, texts, span.Person), true)
}

// findCorpusSides adds an organisation's mention wherever the last word
// of an organisation's name that a place opens is written alone ("the
// Rovers" of "Alderton Rovers", "Herald:" of "Wexley Herald"),
// in a title-case line too, when the corpus never writes the word in
// lower case; never a demonym ("Irish" of "Tarnby Irish" is the
// people's word alone).
func findCorpusSides(r *resolver, in []Mention, texts []Text) []Mention {
	cands := lastWords(in, span.Org, func(ws []string, last string) bool {
		return r.lx.IsPlace(strings.Join(ws[:len(ws)-1], " ")) && !r.lx.IsPlace(last) && !r.lx.IsDemonym(last)
	})
	return r.findNames(in, texts, r.neverLower(cands, texts, span.Org), true)
}

// lastWords are the last words of the names of two to four words whose
// mentions are mostly of type typ: a capitalised word of four letters or
// more, letters only, no acronym, that ok accepts (ws: the name's words).
func lastWords(in []Mention, typ string, ok func(ws []string, last string) bool) map[string]bool {
	types := map[string]map[string]int{}
	for _, m := range in {
		if strings.Contains(m.Text, " ") {
			if types[m.Text] == nil {
				types[m.Text] = map[string]int{}
			}
			types[m.Text][m.Type]++
		}
	}
	cands := map[string]bool{}
	for t, counts := range types {
		ws := strings.Fields(t)
		if len(ws) == 0 || len(ws) > 4 || majorityOf(counts) != typ {
			continue
		}
		last := ws[len(ws)-1]
		if utf8.RuneCountInString(last) < 4 || !isCapitalWord(last) || isAcronym(last) ||
			strings.ContainsFunc(last, func(r rune) bool { return !unicode.IsLetter(r) }) || !ok(ws, last) {
			continue
		}
		cands[last] = true
	}
	return cands
}

// neverLower returns the words of cands, as names of type typ, that no
// text writes in lower case.
func (r *resolver) neverLower(cands map[string]bool, texts []Text, typ string) map[string][]corpusName {
	if len(cands) == 0 {
		return nil
	}
	for _, t := range texts {
		for _, w := range textWords(t.Source, span.Span{Start: 0, End: len(t.Source)}) {
			if up := upperFirst(w.text); w.text != up && cands[up] {
				delete(cands, up)
			}
		}
	}
	names := map[string][]corpusName{}
	for w := range cands {
		names[w] = []corpusName{{[]string{w}, typ}}
	}
	return names
}

// findNames adds a mention of each name of names (by first word) written
// in an article as whole words, not inside a longer run of capitalised
// words nor in a sentence in capitals, where no mention of that article
// covers any of it. With headlines, a name in a title-case line may run
// into another capitalised word ("Overturn Quill Rules That ...").
func (r *resolver) findNames(in []Mention, texts []Text, names map[string][]corpusName, headlines bool) []Mention {
	if len(names) == 0 {
		return in
	}
	byArticle := map[string][]Mention{}
	for _, m := range in {
		byArticle[m.Article] = append(byArticle[m.Article], m)
	}
	out := in
	for _, t := range texts {
		have := byArticle[t.Article]
		covered := func(start, end int) bool {
			for _, m := range have {
				if m.Start < end && start < m.End {
					return true
				}
			}
			return false
		}
		for _, s := range t.Sentences {
			if s.Start < 0 || s.End > len(t.Source) || s.Start >= s.End || !strings.ContainsFunc(t.Source[s.Start:s.End], unicode.IsLower) {
				continue
			}
			ws := textWords(t.Source, s)
			title := len(ws) > 0 && headlines && r.titleCaseLine(t.Source[s.Start:s.End]) // once per sentence, not per word
			for k := 0; k < len(ws); k++ {
				n, typ := r.matchCorpusName(names[ws[k].text], ws, k, t.Source, title)
				if n == 0 {
					continue
				}
				start, end := ws[k].start, ws[k+n-1].end
				if !covered(start, end) {
					m := NewMention(t.Article, t.Source, typ, start, end, s.Start, s.End)
					m.Lang = t.Lang
					out = append(out, m)
					have = append(have, m)
				}
				k += n - 1
			}
		}
	}
	return out
}

// matchCorpusName returns the number of words and the type of the
// longest name of cands written at ws[k], as whole words parted by one
// space, not running on from another capitalised word (but a title:
// "Judge Ada Quill") or into one; 0 when none is.
func (v vocab) matchCorpusName(cands []corpusName, ws []textWord, k int, src string, titleLine bool) (int, string) {
	best, typ := 0, ""
	for _, c := range cands {
		n := len(c.words)
		if n <= best || k+n > len(ws) {
			continue
		}
		ok := true
		for j, w := range c.words {
			ok = ok && ws[k+j].text == w && (j == 0 || ws[k+j].start == ws[k+j-1].end+1 && src[ws[k+j-1].end] == ' ')
		}
		if !ok {
			continue
		}
		if !titleLine && k > 0 && ws[k].start == ws[k-1].end+1 && src[ws[k-1].end] == ' ' && isCapitalWord(ws[k-1].text) && v.titleWords([]string{ws[k-1].text}) == 0 {
			continue // "Harbour Ada Quill": part of another name, not "Judge Ada Quill"
		}
		if e := k + n; !titleLine && e < len(ws) && ws[e].start == ws[e-1].end+1 && src[ws[e-1].end] == ' ' && isCapitalWord(ws[e].text) {
			continue
		}
		best, typ = n, c.typ
	}
	return best, typ
}

// upperFirst is w with its first letter in upper case ("åsa" -> "Åsa").
func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}
