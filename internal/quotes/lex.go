package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// set builds a lookup set from space-separated words.
// enVerbs are English reporting verbs (lower case). "according to" is
// matched separately.
var enVerbs = textutil.Set(`said says told tells added adds wrote writes argued argues insisted insists
	warned warns claimed claims explained explains declared declares announced announces
	reported stated states asked asks replied replies noted commented tweeted admitted admits
	continued recalled recalls suggested stressed stresses conceded concedes acknowledged
	confirmed confirms observed remarked responded responds answered urged urges predicted
	predicts maintained maintains complained complains boasted joked quipped cautioned`)

// svVerbs are Swedish reporting verbs (lower case). "enligt" is matched
// separately.
var svVerbs = textutil.Set(`säger sa sade skriver skrev berättar berättade menar menade tillägger tillade
	konstaterar konstaterade förklarar förklarade uppger uppgav hävdar hävdade framhåller
	framhöll påpekar påpekade understryker underströk svarar svarade fortsätter fortsatte
	varnar varnade rapporterar rapporterade twittrar twittrade frågar frågade anser ansåg`)

// listenerVerbs take the listener, never the speaker, after them ("told
// the Guardian").
var listenerVerbs = textutil.Set("told tells")

// auxWords may stand between a subject and its reporting verb ("has
// said", "recently told"); lower-case words ending in -ly count too.
var auxWords = textutil.Set(`has have had also recently later earlier then previously once again yesterday
	today tonight too further subsequently initially finally was is did does would will could
	just himself herself themselves har hade också tidigare sedan nyligen igår idag då nu ska
	skulle kommer även`)

// compoundWords end a subject-less predicate joined to an earlier one
// ("X announced the result and declared").
var compoundWords = textutil.Set("and but och men")

// prepositions before a name make it an object, not a subject ("on
// Twitter", "i Den nye statsmannen").
var prepositions = textutil.Set(`of for from with to at on in by about into over under after before against
	among between through without within behind av för från med till på i hos om mot vid efter
	inför bland`)

// articles may open a noun phrase before a name ("the Guardian").
var articles = textutil.Set("the a an den det en ett")

// conjunctions opening the text after a closing mark say it is not an
// attribution ("... and said he would resign").
var conjunctions = textutil.Set("and but or which who that while when because och men eller som när eftersom medan")

// clauseWords in the words after a reporting verb say they are a clause
// ("said the move was wrong"), not an inverted subject ("says Sky News").
// Only lower-case tokens are checked.
var clauseWords = textutil.Set(`that it was is were are be been he she they we i you would will could should
	can to had has have this there which who not att det han hon hen vi jag de var är som hade har
	ska skulle kan inte detta den`)

// capStopwords are capitalised words that start sentences rather than
// names ("Despite", "However"); a capitalised run loses them at its start.
var capStopwords = textutil.Set(`the a an but and or so yet in on at as for with from by of to after before
	when while although though despite however meanwhile now then it its this that these those
	there here his her their our my your if perhaps also still even instead elsewhere among
	asked speaking writing according last next yesterday today monday tuesday wednesday thursday
	friday saturday sunday what why how who where we they you he she men och det den detta denna
	de en ett i på som när efter till från med om han hon vi jag nu sedan också enligt där här
	under inför vid mot så dessutom mr mrs ms dr`)

// honorifics may start a name but not be one alone.
var honorifics = textutil.Set("mr mrs ms mx dr sir dame lord lady prof professor herr fru")

// adverbSuffixes mark sentence adverbs ("Technically,") that must not be
// read as names.
var adverbSuffixes = []string{"ally", "ingly", "edly", "ately", "ively", "ously", "ently", "antly",
	"ibly", "ably", "fully", "lessly"}

// nameConnectors may join capitalised words inside a name ("Bank of
// Northland", "Institute for Tides").
var nameConnectors = textutil.Set("of for and & de van von der af la le du")

// contractions follow an apostrophe that starts a word ("'em", "'n'",
// "’tis"): such a mark is not an opening quote.
var contractions = textutil.Set("em n til cause tis twas s t re ve ll d m round bout cos nuff ello kay")

// Pronoun classes.
const (
	pronThird = "third" // he, she, han, hon, hen: resolved to a person
	pronSelf  = "self"  // I, we, jag, vi: never resolved
)

// pronounClass is the class of a subject pronoun, or "".
func pronounClass(w, lang string) string {
	if w == "I" {
		if lang == "sv" {
			return ""
		}
		return pronSelf
	}
	switch strings.ToLower(w) {
	case "he", "she", "han", "hon", "hen":
		return pronThird
	case "we", "jag", "vi":
		return pronSelf
	}
	return ""
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = textutil.Set("mr mrs ms dr st prof sen rep gov gen lt col capt jr sr no vs etc e.g i.e nr bl.a t.ex")

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
func isAux(w string) bool {
	lw := strings.ToLower(w)
	return isLowerWord(w) && (auxWords[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ly"))
}

// isSentenceAdverb reports a capitalised sentence adverb ("Technically").
func isSentenceAdverb(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) < 6 {
		return false
	}
	for _, s := range adverbSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// isVerb reports whether w is a reporting verb for lang (both lists
// when lang is neither "en" nor "sv").
func isVerb(w, lang string) bool {
	lw := strings.ToLower(w)
	switch lang {
	case "en":
		return enVerbs[lw]
	case "sv":
		return svVerbs[lw]
	}
	return enVerbs[lw] || svVerbs[lw]
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
