package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// ordinaryOneWords: prose and the taggers take a capitalised common word
// for a place or a person, most of all in reviews, posts and titles
// ("the Saga", "in Sheet format", "Anybody"). A one-word place or
// person written mid-sentence that the casing lexicon knows as an
// ordinary word (capitalised under half of the times news writes it
// mid-sentence), neither a known place, a given name nor an acronym, in
// no capitals line, is no name: each such mention is dropped, unless the
// text names it inside a longer name ("Ada Harvest" makes "Harvest" the
// person), after a person's word ("Mr Field"), as an organisation, in
// capitals, or capitalised mid-sentence twice or more ("for Respect ...
// Respect said": a party's name, as prose-alone-words keeps it). Organisations stay: sides
// and bodies are named by ordinary words ("Nice", "Brewers", "Unite"),
// and so does one before an organisation's noun, as an organisation
// ("People magazine").
func ordinaryOneWords(d *doc) {
	if d.e.english == nil || len(d.ms) == 0 {
		return
	}
	inLonger := map[string]bool{}
	for _, m := range d.ms {
		if ws := strings.Fields(m.Text); len(ws) > 1 {
			for _, w := range ws {
				inLonger[w] = true
			}
		}
	}
	// spared: the words the text names after a person's word, as an
	// organisation, or in capitals ("NICE" beside "Nice": a side).
	spared := map[string]bool{}
	for _, m := range d.ms {
		if personCue(d.lx, d.src, m) || m.Type == span.Org || strings.ToUpper(m.Text) == m.Text {
			spared[strings.ToLower(m.Text)] = true
		}
	}
	out := d.ms[:0]
	for _, m := range d.ms {
		switch {
		case !d.ordinaryOneWord(m) || inLonger[m.Text] || spared[strings.ToLower(m.Text)] || d.capCount[m.Text] > 1:
			out = append(out, m)
		case m.Sentence >= 0 && m.Sentence < len(d.sents) && d.lx.Has(lexicon.OrgNouns, nextWord(d.src, m.End, d.sents[m.Sentence].End)):
			m.Type = span.Org // "People magazine", "the Harvest union"
			out = append(out, m)
		}
	}
	d.ms = out
}

// ordinaryOneWord reports a one-word place or person, written
// mid-sentence (opening neither a sentence nor a quote) outside a
// capitals line, that the casing lexicon knows as
// an ordinary word and that is neither a known place, a given name nor
// an acronym.
func (d *doc) ordinaryOneWord(m span.Mention) bool {
	if m.Type != span.GPE && m.Type != span.Location && m.Type != span.Person || strings.ContainsAny(m.Text, " -'’.") {
		return false
	}
	if m.Sentence < 0 || m.Sentence >= len(d.sents) {
		return false
	}
	s := d.sents[m.Sentence]
	if isAcronymWord(m.Text) || strings.ToUpper(m.Text) == m.Text || allCapsSentence(d.src, s) || sentenceInitialWord(d.src, s, m) || quoteInitial(d.src, m.Start) {
		return false
	}
	return d.e.english.Ordinary(m.Text) && !d.lx.IsPlace(m.Text) && !d.lx.IsGivenName(m.Text)
}

// unknownOpeners: "Comfy , warm rooms", "Gorjus breakfast , ...", "Um ,
// no ?": the taggers take an unknown capitalised word opening a sentence
// for a place. A one-word place that opens its sentence before a
// lower-case word or punctuation and no name (loneOpenerFollower), the
// next word no function word (stopwords_en: "Tarnby is ...", "Tarnby , a
// town ..." are about a place) nor a verb's form (verbLike: "Tarnby
// votes ..."), that the casing lexicon has never seen
// (no word of news nor a known name), that is no known place, no given
// name, no acronym and no hyphenated name, and that the text writes
// nowhere else, is no name: a place the text is about is named again
// ("Tarnby is a town ... in Tarnby").
func unknownOpeners(d *doc, c *candidate) verdict {
	if c.place || c.Type != span.GPE && c.Type != span.Location || d.e.english == nil || !sentenceInitialWord(d.src, c.s, c.Mention) {
		return keep
	}
	w := c.Text
	if strings.ContainsAny(w, "-'’.") || isAcronymWord(w) || strings.ToUpper(w) == w || allCapsSentence(d.src, c.s) ||
		d.e.knownWord(w) || d.lx.IsPlace(w) || d.lx.IsGivenName(w) {
		return keep
	}
	rest := d.src[c.End:c.s.End]
	next := leadingWord(rest[max(0, strings.IndexFunc(rest, unicode.IsLetter)):]) // past spaces and punctuation
	if !loneOpenerFollower(rest) || d.lx.Has(lexicon.StopwordsEn, strings.ToLower(next)) || verbLike(d.lx, next) || wordCount(d.src, w, 2) > 1 {
		return keep
	}
	return drop
}

// loneOpenerFollower reports what may follow a word that opens a
// sentence and names nothing: nothing, a lower-case word, or a full stop,
// a comma, a question or exclamation mark, a colon or a dash before
// nothing or a lower-case word ("Comfy , warm", "Um , no ?"); not a
// bracket ("Velmoor ( Tarnby )") nor a comma before a capitalised word,
// as in a list of names ("Velmoor , Ada Quill").
func loneOpenerFollower(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	r, n := utf8.DecodeRuneInString(rest)
	if unicode.IsLower(r) {
		return true
	}
	if !strings.ContainsRune(".,!?:-", r) {
		return false
	}
	after := strings.TrimLeft(rest[n:], " .,!?:-")
	if after == "" {
		return true
	}
	r, _ = utf8.DecodeRuneInString(after)
	return unicode.IsLower(r)
}

// verbLike reports a lower-case word of four letters or more ending as
// a verb of the third person or of the past does (verb_suffixes_en:
// "votes", "questioned"; not "ss"): a name opening a sentence before it
// is its subject.
func verbLike(lx *lexicon.Lexicon, w string) bool {
	return len(w) >= 4 && strings.ToLower(w) == w && !strings.HasSuffix(w, "ss") && lx.EndsWithAny(lexicon.VerbSuffixesEn, w)
}

// signatureNames: a line of one word, a given name or a learnt
// person-name word, is a person signing or being greeted ("Thanks for
// the help .", then "Ada" alone): the taggers miss such a lone word or
// take it for a place. Its mention becomes a person, found where
// missed; a month, a day, a known place or a word in capitals is left
// alone.
func signatureNames(d *doc) {
	added := false
	for si, s := range d.sents {
		a, z, ok := loneWord(d.src, s)
		if !ok {
			continue
		}
		w := d.src[a:z]
		if !capitalised(w) || strings.ToUpper(w) == w || !d.lx.IsPersonNameWord(w) ||
			d.lx.IsPlace(w) || d.lx.Has(lexicon.NerCalendarWords, strings.ToLower(w)) {
			continue
		}
		found := false
		for i, m := range d.ms {
			if m.Start == a && m.End == z {
				d.ms[i].Type = span.Person
				found = true
			} else if m.Start < z && a < m.End {
				found = true // another name holds it: leave it
			}
		}
		if !found {
			d.ms = append(d.ms, span.Mention{Text: w, Type: span.Person, Start: a, End: z, Sentence: si})
			added = true
		}
	}
	if added {
		sortMentions(d.ms)
	}
}

// loneWord returns the byte range of the only word of sentence s when
// the rest of it is spaces and punctuation (",", ".", "!", "-", ":").
func loneWord(src string, s span.Span) (a, z int, ok bool) {
	text := src[s.Start:s.End]
	i := strings.IndexFunc(text, unicode.IsLetter)
	if i < 0 || strings.TrimLeft(text[:i], " ,.!-:") != "" {
		return 0, 0, false
	}
	j := strings.IndexFunc(text[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	if j < 0 {
		j = len(text) - i
	}
	if strings.TrimLeft(text[i+j:], " ,.!-:") != "" {
		return 0, 0, false
	}
	return s.Start + i, s.Start + i + j, true
}

// documentNames: "Tarnby Accord", "Harbour Pump Supply Contract": a
// name of two words or more ending in a document's word
// (ner_document_heads) is a treaty, an agreement or a contract, MISC.
func documentNames(d *doc, c *candidate) verdict {
	if strings.Contains(c.Text, " ") && d.lx.Has(lexicon.NerDocumentHeads, strings.ToLower(textutil.LastField(c.Text))) {
		c.Type = span.Misc
	}
	return keep
}
