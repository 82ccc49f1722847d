package entities

import (
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// Options tune Resolve.
type Options struct {
	// Lexicon holds the word lists the rules read (honorifics, titles,
	// organisation heads, role nouns, ...); nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Off switches passes off by ID ("entities/surname"), for the
	// evaluation harnesses; see Rules.
	Off rules.Off
}

// vocab reads the stage's word lists from a lexicon.
type vocab struct{ lx *lexicon.Lexicon }

// newVocab reads lx, or the embedded lexicon when lx is nil.
func newVocab(lx *lexicon.Lexicon) vocab {
	if lx == nil {
		lx = lexicon.Default()
	}
	return vocab{lx}
}
