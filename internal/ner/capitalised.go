package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
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
func words(src string, s Sentence) []word {
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
func (e *Extractor) Capitalised(src string, sents []Sentence, lang string) []Mention {
	stop := func(string) bool { return false }
	if n, ok := stopwordList(lang); ok {
		stop = func(w string) bool { return e.lx.Has(n, w) }
	}
	lower := lowerWords(src, sents)
	midCaps := map[string]bool{}
	all := make([][]word, len(sents))
	for i, s := range sents {
		all[i] = words(src, s)
		for _, w := range all[i] {
			if !w.initial && capitalised(w.text) {
				midCaps[w.text] = true
			}
		}
	}
	var out []Mention
	for si, ws := range all {
		for i := 0; i < len(ws); {
			if !capitalised(ws[i].text) || compoundNoun(ws[i].text) {
				i++
				continue
			}
			j := i + 1
			for j < len(ws) && capitalised(ws[j].text) && !compoundNoun(ws[j].text) &&
				strings.TrimSpace(src[ws[j-1].end:ws[j].start]) == "" {
				j++
			}
			run := ws[i:j]
			if run[0].initial {
				w := run[0].text
				lw := strings.ToLower(w)
				if stop(lw) || lower[lw] || !midCaps[w] {
					run = run[1:]
				}
			}
			for len(run) > 0 && stop(strings.ToLower(run[len(run)-1].text)) {
				run = run[:len(run)-1]
			}
			if len(run) > 0 {
				m := Mention{Text: src[run[0].start:run[len(run)-1].end], Start: run[0].start, End: run[len(run)-1].end, Sentence: si}
				switch {
				case len(run) >= 2 && len(run) <= 4:
					m.Type = Person
				case len(run) == 1:
					m.Type = singleWordType(e.lx, run[0].text)
				}
				out = append(out, m)
			}
			i = j
		}
	}
	return out
}

// singleWordType guesses the type of a lone capitalised word: acronyms
// and words with an organisation ending are ORG, the rest places (the
// commonest single-word names in news). Corpus-level resolution
// overrides the guess when the word links to a typed entity.
func singleWordType(lx *lexicon.Lexicon, w string) string {
	if n := utf8.RuneCountInString(w); n >= 2 && n <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return Org
	}
	lw := strings.ToLower(w)
	for suf := range lx.Set(lexicon.NerSvOrgSuffixes) {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return Org
		}
	}
	return GPE
}

// Tagged finds names in text in a language the project has a tagger for
// (Swedish; other languages fall back to Capitalised): each sentence is split into words and punctuation marks
// and tagged; PER, ORG and LOC become PERSON, ORG and GPE mentions.
func (e *Extractor) Tagged(src string, sents []Sentence, lang string) []Mention {
	var m *nertag.Model
	if lang == "sv" {
		m = e.swedish
	}
	if m == nil {
		return e.Capitalised(src, sents, lang)
	}
	var tagged []Mention
	for si, s := range sents {
		toks := tokens(src, s)
		in := make([]nertag.Token, len(toks))
		for i, t := range toks {
			in[i] = nertag.Token{Text: t.text}
		}
		tagged = append(tagged, taggedSpans(src, toks, m.Tag(in), si)...)
	}
	// The tagger, trained on Swedish news, misses foreign names and
	// acronyms ("TRB"): acronyms it did not cover are kept too.
	// Within one text a name keeps its type ("one sense per discourse"):
	// a capitalised run spelled like a tagged name, or like it with a
	// genitive -s, is that name again where the tagger missed it.
	caps := e.Capitalised(src, sents, lang)
	// A person's name cut short at the start of a run of capitalised
	// words ("Daniel" of "Daniel Brant", a surname the tagger does not
	// know) is the run, up to three words.
	for i, m := range tagged {
		for _, c := range caps {
			if m.Type == Person && c.Start == m.Start && m.End < c.End && strings.Count(c.Text, " ") < 3 {
				tagged[i].Start, tagged[i].End, tagged[i].Text = c.Start, c.End, c.Text
			}
		}
	}
	tagged = dedupe(tagged)
	typeOf := map[string]string{}
	for _, m := range tagged {
		typeOf[m.Text] = m.Type
	}
	var extra []Mention
	for _, m := range notOverlapping(caps, tagged) {
		t, ok := typeOf[m.Text]
		if !ok {
			t, ok = typeOf[strings.TrimSuffix(m.Text, "s")]
		}
		switch {
		case ok:
			m.Type = t
			extra = append(extra, m)
		case isAcronymWord(m.Text):
			extra = append(extra, m)
		}
	}
	out := withTagged(e.lx, src, nil, append(tagged, extra...), nil)
	for i := range out {
		if placeNotPerson(e.lx, out[i].Text, out[i].Type) || cityNotPerson(e.lx, out[i].Text, out[i].Type) {
			out[i].Type = GPE
		}
	}
	return out
}

// isAcronymWord reports a word of 2 to 6 capital letters ("TRB", "EU").
func isAcronymWord(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.ContainsAny(w, " -")
}

// dedupe drops mentions overlapping an earlier one (ms in text order).
func dedupe(ms []Mention) []Mention {
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
func notOverlapping(ms, others []Mention) []Mention {
	var out []Mention
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
func tokens(src string, s Sentence) []token {
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
