package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Pronoun classes.
const (
	pronThird = "third" // he, she, han, hon, hen: resolved to a person
	pronSelf  = "self"  // I, we, jag, vi: never resolved
)

// pronounClass is the class of a subject pronoun, or "". English "I"
// is matched here, as Swedish "i" is a preposition.
func (x *extractor) pronounClass(w string) string {
	if w == "I" {
		if x.lang == "sv" {
			return ""
		}
		return pronSelf
	}
	lw := strings.ToLower(w)
	switch {
	case x.lx.Has(lexicon.PronounsThirdPersonEnSv, lw):
		return pronThird
	case x.lx.Has(lexicon.PronounsSelfEnSv, lw):
		return pronSelf
	}
	return ""
}

// isCap reports whether a word starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLowerWord reports whether a word starts with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isAux reports an auxiliary or a lower-case -ly adverb.
func (x *extractor) isAux(w string) bool {
	lw := strings.ToLower(w)
	return isLowerWord(w) && (x.lx.Has(lexicon.QuotesAuxWords, lw) || len(lw) > 4 && strings.HasSuffix(lw, "ly"))
}

// isSentenceAdverb reports a capitalised sentence adverb ("Technically").
func (x *extractor) isSentenceAdverb(w string) bool {
	return x.lx.SentenceAdverbEn(w)
}

// isVerb reports whether w is a reporting verb for lang (both lists
// when lang is neither "en" nor "sv").
func (x *extractor) isVerb(w, lang string) bool {
	lw := strings.ToLower(w)
	switch lang {
	case "en":
		return x.lx.Has(lexicon.ReportingVerbsEn, lw)
	case "sv":
		return x.lx.Has(lexicon.ReportingVerbsSv, lw)
	}
	return x.lx.Has(lexicon.ReportingVerbs, lw)
}

// sourcePhrases are the phrases naming a quote's source after them in
// lang (source_phrases_en, _sv, or both for another language), each as
// its words.
func sourcePhrases(lx *lexicon.Lexicon, lang string) [][]string {
	n := lexicon.SourcePhrases
	switch lang {
	case "en":
		n = lexicon.SourcePhrasesEn
	case "sv":
		n = lexicon.SourcePhrasesSv
	}
	var out [][]string
	for _, p := range lx.Words(n) {
		if f := strings.Fields(p); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// sayingPhrases are the phrases of saying_phrases_en as their words,
// longest first, for English text; none for another language.
func sayingPhrases(lx *lexicon.Lexicon, lang string) [][]string {
	if lang == "sv" {
		return nil
	}
	var out [][]string
	for _, p := range lx.Words(lexicon.SayingPhrasesEn) {
		if f := strings.Fields(p); len(f) > 0 {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}

// stripPossessive removes a final 's / ’s (or a bare final apostrophe)
// and reports whether it did.
func stripPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	for _, suf := range []string{"'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}
