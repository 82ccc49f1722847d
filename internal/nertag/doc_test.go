package nertag

import (
	"strings"
	"testing"
)

func TestDocContext(t *testing.T) {
	words := func(sentence string) []Token {
		ws := strings.Fields(sentence)
		out := make([]Token, len(ws))
		for i, w := range ws {
			out[i] = Token{Text: w, Ent: "O"}
		}
		return out
	}
	s1 := words("Yesterday Mr Tovrin met Maria Harrow .")
	s1[2].Ent, s1[4].Ent, s1[5].Ent = "B-PERSON", "B-PERSON", "I-PERSON"
	s2 := words("Harrow said the harbour was closed .")
	s3 := words("Tovrin and Harbour Street agreed .")
	doc := [][]Token{s1, s2, s3}
	got := DocContext(doc)
	tests := []struct {
		name     string
		si, i    int
		want     byte
		wantNone byte
	}{
		{"a surname after a given name elsewhere", 1, 0, docAfterCue | docNameEnd | docPER | docCapMid, docLower},
		{"the same word read with its own occurrence left out", 0, 5, 0, docPER | docAfterCue},
		{"a word after Mr elsewhere", 2, 0, docAfterCue | docPER | docCapMid, docLower},
		{"a word in lower case elsewhere", 2, 2, docLower, docPER},
		{"a lower-case token has no bits", 1, 3, 0, 0xff},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := got[tc.si][tc.i].Doc
			if b&tc.want != tc.want || b&tc.wantNone != 0 {
				t.Errorf("%q: bits %07b, want %07b set and %07b clear", got[tc.si][tc.i].Text, b, tc.want, tc.wantNone)
			}
		})
	}
	if doc[1][0].Doc != 0 {
		t.Error("DocContext changed its input")
	}
}
