package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// token is one word of a text: its lower-cased form, a light stem used for
// overlap, and its byte span in the source.
type token struct {
	lower string
	stem  string
	start int
	end   int
	sent  int // index of the sentence holding it
}

// tokenize splits text into word tokens (runs of letters, digits and
// inner apostrophes), lower-cased, with sentence indices: a sentence ends
// after '.', '!' or '?' followed by white space, or at a blank line, or
// after maxSentenceTokens words.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	sent, inSent := 0, 0
	pendingBreak := false
	newlines := 0
	i := 0
	for i < len(text) {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			if pendingBreak && len(toks) > 0 && toks[len(toks)-1].sent == sent || inSent == maxSentenceTokens {
				sent++
				inSent = 0
			}
			inSent++
			pendingBreak = false
			newlines = 0
			start := i
			i += w
			for i < len(text) {
				r2, w2 := rune(text[i]), 1
				if r2 >= utf8.RuneSelf {
					r2, w2 = utf8.DecodeRuneInString(text[i:])
				}
				if isWordRune(r2) {
					i += w2
					continue
				}
				// inner apostrophe or hyphen-free: keep "don't", "it's"
				if (r2 == '\'' || r2 == '’') && i+w2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[i+w2:])
					if isWordRune(r3) {
						i += w2
						continue
					}
				}
				break
			}
			word := text[start:i]
			lower := lowerWord(word)
			toks = append(toks, token{lower: lower, stem: stem(lower), start: start, end: i, sent: sent})
			continue
		}
		switch r {
		case '.', '!', '?':
			// A sentence ends where the mark is followed by white space,
			// a closing quote or bracket, or the end: not inside "4.1%".
			pendingBreak = pendingBreak || endsSentence(text[i+w:])
		case '\n':
			newlines++
			if newlines >= 2 {
				pendingBreak = true
			}
		}
		i += w
	}
	return toks
}

// maxSentenceTokens bounds a sentence's words: text without stops (all
// capitals, lists, a feed with no punctuation) is cut into pieces this
// long, so that the work per sentence (the tone model reads the whole
// sentence once per target in it) stays bounded and a long article
// costs linear time. No sentence of prose comes near it.
const maxSentenceTokens = 1000

// endsSentence reports whether the text after a full stop, "!" or "?"
// lets it end a sentence: nothing, white space, or closing quotes and
// brackets followed by nothing or white space.
func endsSentence(rest string) bool {
	for _, r := range rest {
		switch {
		case unicode.IsSpace(r):
			return true
		case strings.ContainsRune(`"'’”»)]`, r):
			continue
		default:
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerWord lower-cases a word, without allocating when it already is.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			s := strings.ToLower(w)
			return strings.ReplaceAll(s, "’", "'")
		}
	}
	return w
}

// stem strips a word's clitic after an apostrophe and its English
// inflection (stance_stem_endings_en), so that "denies"/"denied"/"deny" and
// "claims"/"claim" meet. It is deliberately crude and language-blind.
func stem(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		w = w[:i]
	}
	return stemmer.Stem(w)
}

// stemmer strips the inflections of stance_stem_endings_en.
var stemmer = lexicon.Default().Stemmer(lexicon.StanceStemEndingsEn, 3)

// isStopword reports a function word of English or Swedish, ignored for
// overlap and TF-IDF (but not for cue phrases).
func isStopword(lower string) bool { return lexicon.Default().Has(lexicon.StopwordsEnSv, lower) }
