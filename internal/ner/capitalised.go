package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// stopwordList names, per language, the concept of function words that
// open sentences capitalised and are never names on their own. Languages
// without a list rely on the sentence-initial rule alone.
func stopwordList(lang string) (lexicon.Name, bool) {
	if lang == "sv" {
		return lexicon.NerSvStopwords, true
	}
	return "", false
}

type word struct {
	text       string
	start, end int
	initial    bool // first word of its sentence
}

// words splits a sentence into words of letters, digits, hyphens and
// apostrophes, with source offsets.
func words(src string, s span.Span) []word {
	var out []word
	first := true
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(src[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < s.End {
			r2, n2 := utf8.DecodeRuneInString(src[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' || r2 == '\'' || r2 == '’' {
				j += n2
				continue
			}
			break
		}
		text := strings.TrimRight(src[i:j], "-'’")
		out = append(out, word{text: text, start: i, end: i + len(text), initial: first})
		first = false
		i = j
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// compoundNoun reports a hyphenated word whose last part is lower case
// ("Hamnpartiet-veteranen"): a common noun, not part of a name.
func compoundNoun(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && !capitalised(w[i+1:])
}

// Capitalised extracts name candidates from text in a language prose has
// no model for: maximal runs of capitalised words. A run's first word is
// dropped when it opens the sentence and is a stopword, is used in lower
// case elsewhere in the text, or never appears capitalised mid-sentence.
// Hyphenated compounds ending in a lower-case part are not names. Runs of
// two to four words are typed PERSON, single words ORG or GPE by their
// shape (singleWordType), which corpus-level resolution may override.
// The rules are the passes capsPasses (see Rules; SetOff switches some
// off).
func (e *Extractor) Capitalised(src string, sents []span.Span, lang string) []span.Mention {
	c := &capsDoc{lx: e.lx, lower: lowerWords(src, sents), midCaps: map[string]bool{}}
	if n, ok := stopwordList(lang); ok {
		c.stop = n
	}
	for si, s := range sents {
		ws := words(src, s)
		for _, w := range ws {
			if !w.initial && capitalised(w.text) {
				c.midCaps[w.text] = true
			}
		}
		c.runs = append(c.runs, capitalRuns(src, si, ws)...)
	}
	for _, p := range capsPasses {
		if e.on(p.Info) {
			p.Run(c)
		}
	}
	var out []span.Mention
	for _, r := range c.runs {
		run := r.words
		if len(run) == 0 {
			continue
		}
		m := span.Mention{Text: src[run[0].start:run[len(run)-1].end], Start: run[0].start, End: run[len(run)-1].end, Sentence: r.sent}
		switch {
		case len(run) >= 2 && len(run) <= 4:
			m.Type = span.Person
		case len(run) == 1:
			m.Type = singleWordType(e.lx, run[0].text)
		}
		out = append(out, m)
	}
	return out
}

// capitalRuns returns the maximal runs of capitalised words of sentence
// si (ws), each word parted from the next by white space only.
func capitalRuns(src string, si int, ws []word) []capsRun {
	var out []capsRun
	for i := 0; i < len(ws); {
		if !capitalised(ws[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && capitalised(ws[j].text) && strings.TrimSpace(src[ws[j-1].end:ws[j].start]) == "" {
			j++
		}
		out = append(out, capsRun{sent: si, words: ws[i:j]})
		i = j
	}
	return out
}

// singleWordType guesses the type of a lone capitalised word: acronyms
// and words with an organisation ending are ORG, the rest places (the
// commonest single-word names in news). Corpus-level resolution
// overrides the guess when the word links to a typed entity.
func singleWordType(lx *lexicon.Lexicon, w string) string {
	if n := utf8.RuneCountInString(w); n >= 2 && n <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return span.Org
	}
	lw := strings.ToLower(w)
	for suf := range lx.Set(lexicon.NerSvOrgSuffixes) {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return span.Org
		}
	}
	return span.GPE
}

// Tagged finds names in text in a language the project has a tagger for
// (Swedish; other languages fall back to Capitalised): each sentence is
// split into words and punctuation marks and tagged; PER, ORG and LOC
// become PERSON, ORG and GPE mentions. The passes svPasses then join the
// capitalised runs in (see Rules; SetOff switches some off).
func (e *Extractor) Tagged(src string, sents []span.Span, lang string) []span.Mention {
	var m *nertag.Model
	if lang == "sv" {
		m = e.swedish
	}
	if m == nil {
		return e.Capitalised(src, sents, lang)
	}
	var tagged []span.Mention
	for si, s := range sents {
		toks := tokens(src, s)
		in := make([]nertag.Token, len(toks))
		for i, t := range toks {
			in[i] = nertag.Token{Text: t.text}
		}
		tagged = append(tagged, taggedSpans(src, toks, m.Tag(in), si)...)
	}
	t := &svDoc{lx: e.lx, src: src, sents: sents, tagged: tagged, caps: e.Capitalised(src, sents, lang)}
	for _, p := range svPasses {
		if e.on(p.Info) {
			p.Run(t)
		}
	}
	all := append(t.tagged, t.extra...)
	return addUncovered(make([]span.Mention, 0, len(all)), nil, all)
}

// isAcronymWord reports a word of 2 to 6 capital letters ("TRB", "EU").
func isAcronymWord(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.ContainsAny(w, " -")
}

// dedupe drops mentions overlapping an earlier one (ms in text order).
func dedupe(ms []span.Mention) []span.Mention {
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// notOverlapping returns the mentions of ms that overlap none of others.
func notOverlapping(ms, others []span.Mention) []span.Mention {
	var out []span.Mention
	for _, m := range ms {
		free := true
		for _, o := range others {
			free = free && (m.End <= o.Start || o.End <= m.Start)
		}
		if free {
			out = append(out, m)
		}
	}
	return out
}

// tokens splits a sentence into words (letters and digits, with inner
// hyphens and apostrophes) and single other characters, as the Swedish
// training corpora are tokenised.
func tokens(src string, s span.Span) []token {
	var out []token
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < s.End {
				r2, n2 := utf8.DecodeRuneInString(src[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == ':') && j+n2 < s.End {
					if r3, _ := utf8.DecodeRuneInString(src[j+n2:]); unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, token{text: src[i:j], start: i, end: j})
			i = j
		default:
			out = append(out, token{text: src[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return out
}
