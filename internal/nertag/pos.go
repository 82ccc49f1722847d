package nertag

import (
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
)

// ProseTokens tags words (one sentence, already tokenised) with prose's
// part-of-speech tagger and returns them as Tokens. prose re-tokenises the
// words joined by single spaces; each word takes the tag of the first
// prose token that starts inside it, or "" if none does. m should be
// built once (prose.NewDocument("", ...).Model) and reused.
func ProseTokens(m *prose.Model, words []string) ([]Token, error) {
	return proseTokens(m, words, false)
}

// ProseEntTokens is ProseTokens with prose's entity labels too
// (Token.Ent): prose's entity classifier runs on the words joined by
// single spaces and, as the ner package does, followed by " ." when they
// do not end in ".", "!" or "?". m must come from a document built with
// extraction on. English models trained with entity labels need them.
func ProseEntTokens(m *prose.Model, words []string) ([]Token, error) {
	return proseTokens(m, words, true)
}

func proseTokens(m *prose.Model, words []string, ents bool) ([]Token, error) {
	text := strings.Join(words, " ")
	input := text
	if t := strings.TrimRight(text, " "); ents && t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?") {
		input = text + " ."
	}
	doc, err := prose.NewDocument(input, prose.WithSegmentation(false), prose.WithExtraction(ents), prose.UsingModel(m))
	if err != nil {
		return nil, fmt.Errorf("nertag: part-of-speech tagging: %w", err)
	}
	out := make([]Token, len(words))
	wordAt := 0 // index of the word holding byte offset cursor
	wordEnd := 0
	if len(words) > 0 {
		wordEnd = len(words[0])
	}
	cursor := 0
	for i := range words {
		out[i].Text = words[i]
	}
	for _, t := range doc.Tokens() {
		if cursor >= len(text) {
			break
		}
		j := strings.Index(text[cursor:], t.Text)
		if j < 0 || t.Text == "" {
			continue
		}
		pos := cursor + j
		cursor = pos + len(t.Text)
		for wordAt < len(words) && pos >= wordEnd {
			wordAt++
			if wordAt < len(words) {
				wordEnd += 1 + len(words[wordAt])
			}
		}
		if wordAt < len(words) && out[wordAt].POS == "" {
			out[wordAt].POS = t.Tag
			if ents {
				out[wordAt].Ent = t.Label
			}
		}
	}
	return out, nil
}
