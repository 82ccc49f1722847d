package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// openingLinks: "And Jen said ...", "Does Quill Barrel ban tattoos ?":
// web text's names glued to the word opening their sentence. A
// conjunction or a sentence adverb (sentence_links), a pronoun or a
// determiner (sentence_function_words), or an auxiliary or a question
// word (question_openers_en) opening the sentence or a quote is cut off
// the capitalised name after it, unless it is a given name ("Will
// Smith"), the name's next word is a function word too (a title: "Why
// We Fight") or the sentence has no word in lower case (a title's line:
// "This Side Up").
func openingLinks(d *doc, c *candidate) verdict {
	first, rest, ok := strings.Cut(c.Text, " ")
	if !ok || !capitalised(first) || !capitalised(rest) || isAcronymWord(first) || d.lx.IsLearntGivenName(first) {
		return keep
	}
	if d.lx.Has(lexicon.StopwordsEn, strings.ToLower(textFirstField(rest))) {
		return keep // a title: "Why We Fight", "We Are The World"
	}
	lw := strings.ToLower(first)
	if !d.lx.Has(lexicon.SentenceLinks, lw) && !d.lx.Has(lexicon.SentenceFunctionWords, lw) && !d.lx.Has(lexicon.QuestionOpenersEn, lw) {
		return keep
	}
	if c.Start < c.s.Start || c.Start+len(first)+1 > len(d.src) || c.s.End > len(d.src) || d.src[c.Start:c.Start+len(first)+1] != first+" " {
		return keep
	}
	if before := strings.TrimRight(d.src[:c.Start], " "); strings.TrimLeft(d.src[c.s.Start:c.Start], " \"'“‘([«„") != "" && !quoteInitial(before, len(before)) {
		return keep // neither a sentence's nor a quote's first word
	}
	if !holdsLowerWord(d.src[c.s.Start:c.s.End]) {
		return keep
	}
	c.Start += len(first) + 1
	c.Text = rest
	return keep
}
