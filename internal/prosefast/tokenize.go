package prosefast

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// prose's tokenizer (tokenize.go) keeps the tokens of every
// white-space-delimited piece of a text in a cache by the piece's text and
// appends the same *Token values again when the piece recurs. The tagger
// and the classifier then write a tag and a label through each pointer, so
// every occurrence of a recurring piece ends with the tag and the label of
// its last occurrence, and the classifier reads its neighbours' final tags.
// pieces re-runs prose's tokenizer to learn which tokens share one value:
// the texts it returns are checked against prose's own tokens before use.

// The tables of prose's tokenizer.
var (
	internalRE = regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)
	sanitizer  = strings.NewReplacer(
		"\u201c", `"`,
		"\u201d", `"`,
		"\u2018", "'",
		"\u2019", "'",
		"&rsquo;", "'")
	tokSuffixes    = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	tokPrefixes    = []string{"$", "(", `"`, "["}
	contractions   = []string{"'ll", "'s", "'re", "'m"}
	negContraction = []string{"n't"}
)

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

func hasAnyIndex(s string, subs []string) int {
	for _, p := range subs {
		if i := strings.Index(s, p); i >= 0 && len(s) > len(p) {
			return i
		}
	}
	return -1
}

// addToken appends s unless it is blank.
func addToken(s string, toks []string) []string {
	if strings.TrimSpace(s) != "" {
		toks = append(toks, s)
	}
	return toks
}

// doSplit is prose's doSplit on token texts. ok is false where prose
// would slice out of range (it panics there).
func (m *Model) doSplit(token string) (toks []string, ok bool) {
	var suffs []string
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if m.tagger.emoticons[token] || internalRE.MatchString(token) {
			toks = addToken(token, toks)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := strings.ToLower(token)
		if hasAnyPrefix(token, tokPrefixes) {
			toks = addToken(string(rune(token[0])), toks)
			token = token[1:]
		} else if idx := hasAnyIndex(lower, contractions); idx > -1 {
			if idx > len(token) {
				return nil, false
			}
			toks = addToken(token[:idx], toks)
			token = token[idx:]
		} else if idx := hasAnyIndex(lower, negContraction); idx > -1 {
			if idx > len(token) {
				return nil, false
			}
			toks = addToken(token[:idx], toks)
			token = token[idx:]
		} else if hasAnySuffix(token, tokSuffixes) {
			suffs = append([]string{string(rune(token[len(token)-1]))}, suffs...)
			token = token[:len(token)-1]
		} else {
			toks = addToken(token, toks)
		}
	}
	return append(toks, suffs...), true
}

// pieces returns the texts of prose's tokens of text and, for each, the
// index of the first token that is the same value in prose (its own
// index when it is not shared). ok is false where prose would panic.
func (m *Model) pieces(text string) (texts []string, same []int, ok bool) {
	clean, white := sanitizer.Replace(text), false
	length := len(clean)
	start, index := 0, 0
	type run struct{ first, n int }
	cache := map[string]run{}
	for index <= length {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				span := clean[start:index]
				if r, found := cache[span]; found {
					for k := range r.n {
						texts = append(texts, texts[r.first+k])
						same = append(same, same[r.first+k])
					}
				} else {
					toks, good := m.doSplit(span)
					if !good {
						return nil, nil, false
					}
					cache[span] = run{first: len(texts), n: len(toks)}
					for _, t := range toks {
						same = append(same, len(texts))
						texts = append(texts, t)
					}
				}
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		toks, good := m.doSplit(clean[start:index])
		if !good {
			return nil, nil, false
		}
		for _, t := range toks {
			same = append(same, len(texts))
			texts = append(texts, t)
		}
	}
	return texts, same, true
}
