package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// capsRun is a run of capitalised words of one sentence, a name
// candidate of Capitalised.
type capsRun struct {
	sent  int
	words []word
}

// capsDoc is what the passes of Capitalised share for one text.
type capsDoc struct {
	lx   *lexicon.Lexicon
	runs []capsRun
	// stop names the language's stopword concept ("" for none).
	stop lexicon.Name
	// lower holds the words the text writes in lower case, midCaps those
	// it capitalises past a sentence's first word.
	lower, midCaps map[string]bool
}

// stopword reports a (lower-case) stopword of the text's language.
func (c *capsDoc) stopword(w string) bool { return c.stop != "" && c.lx.Has(c.stop, w) }

// capsPass changes the runs of a capsDoc.
type capsPass func(c *capsDoc)

// capsPasses turn the runs of capitalised words into names, in this
// order.
var capsPasses = []rules.Pass[capsPass]{
	{Info: info("caps-compound-nouns", `A hyphenated word ending in a lower-case part is a common noun, no part of a name ("Hamnpartiet-veteranen").`), Run: capsCompoundNouns},
	{Info: info("caps-sentence-initial", `A run's first word opening a sentence is dropped when it is a stopword, written in lower case elsewhere or never capitalised mid-sentence ("Igår").`), Run: capsSentenceInitial},
	{Info: info("caps-table-abbreviations", `A run holding an abbreviation of wire copy's earnings tables is no name ("Shr", "QTR NET", "RAISES QTLY DIVIDEND"; table_abbreviations).`), Run: capsTableAbbreviations},
	{Info: info("caps-trailing-stopwords", `Stopwords at a run's end are dropped ("Anna Berg Och").`), Run: capsTrailingStopwords},
}

// capsCompoundNouns splits runs at compound nouns, which no name holds.
func capsCompoundNouns(c *capsDoc) {
	var out []capsRun
	for _, r := range c.runs {
		from := 0
		for i, w := range r.words {
			if compoundNoun(w.text) {
				if i > from {
					out = append(out, capsRun{sent: r.sent, words: r.words[from:i]})
				}
				from = i + 1
			}
		}
		if from < len(r.words) {
			out = append(out, capsRun{sent: r.sent, words: r.words[from:]})
		}
	}
	c.runs = out
}

// capsSentenceInitial drops a run's first word when it opens its
// sentence capitalised only for that.
func capsSentenceInitial(c *capsDoc) {
	for i, r := range c.runs {
		if len(r.words) == 0 || !r.words[0].initial {
			continue
		}
		w := r.words[0].text
		lw := strings.ToLower(w)
		if c.stopword(lw) || c.lower[lw] || !c.midCaps[w] {
			c.runs[i].words = r.words[1:]
		}
	}
}

// capsTableAbbreviations drops the runs holding an abbreviation of wire
// tables.
func capsTableAbbreviations(c *capsDoc) {
	for i, r := range c.runs {
		for _, w := range r.words {
			if holdsTableAbbreviation(c.lx, w.text) {
				c.runs[i].words = nil
				break
			}
		}
	}
}

// capsTrailingStopwords drops the stopwords ending a run.
func capsTrailingStopwords(c *capsDoc) {
	for i, r := range c.runs {
		run := r.words
		for len(run) > 0 && c.stopword(strings.ToLower(run[len(run)-1].text)) {
			run = run[:len(run)-1]
		}
		c.runs[i].words = run
	}
}

// svDoc is what the passes of Tagged share for one text: the tagger's
// names, the capitalised runs (Capitalised) and the names added from
// them.
type svDoc struct {
	lx                  *lexicon.Lexicon
	src                 string
	sents               []span.Span
	tagged, caps, extra []span.Mention
}

// svPass changes the names of an svDoc.
type svPass func(t *svDoc)

// svPasses join the tagger's names and the capitalised runs, in this
// order.
var svPasses = []rules.Pass[svPass]{
	{Info: info("sv-person-runs", `A person cut short at the start of a run of capitalised words is the run, up to three words ("Daniel" of "Daniel Brant").`), Run: svPersonRuns},
	{Info: info("sv-same-name", `A capitalised run spelled like a tagged name, or like it with a genitive -s, is that name again (one sense per discourse).`), Run: svSameName},
	{Info: info("sv-acronyms", `An acronym the tagger missed is a name, untyped ("TRB").`), Run: svAcronyms},
	{Info: info("sv-outlets", `Newspapers, broadcasters and platforms (news_outlets) are organisations, with a genitive -s too ("Huffington Posts").`), Run: func(t *svDoc) { t.tagged = outletMentions(t.lx, t.src, t.sents, t.tagged, nil) }},
	{Info: info("sv-places", `A country or a large city is a GPE, unless a person has a given name like it ("Sofia").`), Run: svPlaces},
}

// svPersonRuns: a person's name cut short at the start of a run of
// capitalised words ("Daniel" of "Daniel Brant", a surname the tagger
// does not know) is the run, up to three words.
func svPersonRuns(t *svDoc) {
	for i, m := range t.tagged {
		for _, c := range t.caps {
			if m.Type == span.Person && c.Start == m.Start && m.End < c.End && strings.Count(c.Text, " ") < 3 {
				t.tagged[i].Start, t.tagged[i].End, t.tagged[i].Text = c.Start, c.End, c.Text
			}
		}
	}
	t.tagged = dedupe(t.tagged)
}

// types maps the text of each tagged name to its type.
func (t *svDoc) types() map[string]string {
	typeOf := map[string]string{}
	for _, m := range t.tagged {
		typeOf[m.Text] = m.Type
	}
	return typeOf
}

// sameNameType returns the type of the name in typeOf spelled like
// text, or like it without a genitive -s.
func sameNameType(typeOf map[string]string, text string) (string, bool) {
	typ, ok := typeOf[text]
	if !ok {
		typ, ok = typeOf[strings.TrimSuffix(text, "s")]
	}
	return typ, ok
}

// svSameName: within one text a name keeps its type: a capitalised run
// spelled like a tagged name is that name again where the tagger missed
// it.
func svSameName(t *svDoc) {
	typeOf := t.types()
	for _, m := range notOverlapping(t.caps, t.tagged) {
		if typ, ok := sameNameType(typeOf, m.Text); ok {
			m.Type = typ
			t.extra = append(t.extra, m)
		}
	}
}

// svAcronyms: the tagger, trained on Swedish news, misses foreign names
// and acronyms ("TRB"): acronyms it did not cover are kept too.
func svAcronyms(t *svDoc) {
	typeOf := t.types()
	for _, m := range notOverlapping(t.caps, t.tagged) {
		if _, ok := sameNameType(typeOf, m.Text); !ok && isAcronymWord(m.Text) {
			t.extra = append(t.extra, m)
		}
	}
}

// svPlaces types countries and large cities as places.
func svPlaces(t *svDoc) {
	for _, ms := range [][]span.Mention{t.tagged, t.extra} {
		for i := range ms {
			if placeNotPerson(t.lx, ms[i].Text, ms[i].Type) || cityNotPerson(t.lx, ms[i].Text, ms[i].Type) {
				ms[i].Type = span.GPE
			}
		}
	}
}
