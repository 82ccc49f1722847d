package nertag

import "unicode"

// Document bits of a token (Token.Doc): what the other occurrences of the
// same word (normalised) in its document say. A word that the text writes
// in lower case elsewhere is an ordinary word; one that follows "Mr" or a
// given name elsewhere is a surname; one that prose labels a person
// elsewhere is a person here too ("Obama" after "Barack Obama").
const (
	docLower    byte = 1 << iota // written in lower case elsewhere, not first in its sentence
	docCapMid                    // capitalised elsewhere, not first in its sentence
	docAfterCue                  // elsewhere right after a person word or a capitalised given name
	docNameEnd                   // elsewhere the last of two or more capitalised words
	docPER                       // prose labels it a person elsewhere
	docLOC                       // prose labels it a place elsewhere (GPE, LOCATION, GSP, FACILITY)
	docORG                       // prose labels it an organisation elsewhere
	nDocBits    = 7
)

// docProse are the document bits read from prose's labels.
const docProse = docPER | docLOC | docORG

// DocContext returns a copy of the document's sentences whose tokens carry
// their document bits (Token.Doc), from the other occurrences of each word
// in doc. Models trained with document features (TrainOptions.DocFeats)
// read them; others ignore them. Cost: one pass over the tokens and a map
// of the document's capitalised words.
func DocContext(doc [][]Token) [][]Token {
	out := make([][]Token, len(doc))
	type entry struct{ n [nDocBits]int32 }
	counts := map[string]*entry{}
	own := make([][]byte, len(doc))
	table := lexTable()
	for si, toks := range doc {
		out[si] = make([]Token, len(toks))
		copy(out[si], toks)
		own[si] = make([]byte, len(toks))
		for i, t := range toks {
			first, ok := firstLetter(t.Text)
			if !ok {
				continue
			}
			var b byte
			upper := unicode.IsUpper(first)
			switch {
			case i > 0 && !upper:
				b |= docLower
			case i > 0 && upper:
				b |= docCapMid
			}
			if upper && i > 0 {
				prev := toks[i-1].Text
				pc := table[lexKey(prev)]
				if byte(pc)&lexPersonCue != 0 {
					b |= docAfterCue
				} else if pf, ok := firstLetter(prev); ok && unicode.IsUpper(pf) && byte(pc)&lexGiven != 0 {
					b |= docAfterCue
				}
				if pf, ok := firstLetter(prev); ok && unicode.IsUpper(pf) && (i+1 >= len(toks) || !capitalised(toks[i+1].Text)) {
					b |= docNameEnd
				}
			}
			b |= proseBits(t.Ent)
			if b == 0 {
				continue
			}
			own[si][i] = b
			k := normalise(t.Text)
			e := counts[k]
			if e == nil {
				e = &entry{}
				counts[k] = e
			}
			for bit := range nDocBits {
				if b&(1<<bit) != 0 {
					e.n[bit]++
				}
			}
		}
	}
	for si, toks := range out {
		for i := range toks {
			if !capitalised(toks[i].Text) {
				continue
			}
			e := counts[normalise(toks[i].Text)]
			if e == nil {
				continue
			}
			var b byte
			for bit := range nDocBits {
				n := e.n[bit]
				if own[si][i]&(1<<bit) != 0 {
					n--
				}
				if n > 0 {
					b |= 1 << bit
				}
			}
			toks[i].Doc = b
		}
	}
	return out
}

// proseBits maps prose's label of a token to its document bit.
func proseBits(ent string) byte {
	if len(ent) < 3 || ent[1] != '-' {
		return 0
	}
	switch ent[2:] {
	case "PERSON":
		return docPER
	case "GPE", "LOCATION", "GSP", "FACILITY":
		return docLOC
	case "ORGANIZATION":
		return docORG
	}
	return 0
}

// firstLetter returns the first letter of s.
func firstLetter(s string) (rune, bool) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r, true
		}
	}
	return 0, false
}

// capitalised reports a word whose first letter is upper case.
func capitalised(s string) bool {
	r, ok := firstLetter(s)
	return ok && unicode.IsUpper(r)
}
