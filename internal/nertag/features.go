package nertag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is the FNV-1a hash of its template byte
// and its string parts, so no feature string is ever built.
const (
	fBias byte = iota + 1
	fWord
	fWordM1
	fWordP1
	fWordM2
	fWordP2
	fShape
	fShapeM1
	fShapeP1
	fShapeM2
	fShapeP2
	fShapeM1Shape
	fShapeShapeP1
	fPrefix
	fSuffix
	fFlags
	fPOS
	fPOSM1
	fPOSP1
	fPOSM1POS
	fPOSPOSP1
	fWordM1Word
	fWordWordP1
	fCase
	fCaseM1
	fCaseP1
	fSentUpper
	fExact
	fPrev
	fPrev2Prev
	fPrevWord
	fPrevShape
	fEnt
	fEntM1
	fEntP1
	fEntShape
	fEntCase
	fEntWord
	fEntPOS
	fLex
	fLexM1
	fLexP1
	fLexShape
	fCluster
	fClusterM1
	fClusterP1
	fClusterShape
	// fLive is one past the last live template byte (no template).
	fLive
	// Template bytes 48 to 64 were document, wider-context and second
	// word-class features (session 11), never in an embedded model; a new
	// template takes fNext or above, so no old model's hash is reused.
)

// fNext is the first template byte free for a new feature (see above).
const fNext byte = 65

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	// A separator, so that ("ab","c") and ("a","bc") differ.
	h ^= 0xff
	h *= fnvPrime
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	h *= fnvPrime
	return h
}

func feat1(t byte, a string) uint64 { return hashStr(hashByte(fnvOffset, t), a) }

func feat2(t byte, a, b string) uint64 {
	return hashStr(hashStr(hashByte(fnvOffset, t), a), b)
}

// Word-casing classes from the casing lexicon (how often a word is
// capitalised when it is not the first of its sentence).
const (
	caseUnknown byte = iota
	caseLower        // capitalised under 10% of the time
	caseMixed        // 10-50%
	caseMostly       // 50-90%
	caseUpper        // 90% or more
)

var caseNames = [...]string{"?", "low", "mix", "most", "up"}

// tokenInfo holds the per-token strings the features are built from.
type tokenInfo struct {
	norm  string // lower-cased, digits replaced by 0
	shape string // compressed word shape
	pos   string
	ent   string // prose's entity label, B-/I- and type ("B-PERSON"), or ""
	clus  string // distributional word class, or ""
	cas   byte
	flags byte
	lex   byte // lexicon classes (lexGiven, lexPlace, ... bits)
}

const (
	flagCap byte = 1 << iota
	flagAllCaps
	flagDigit
	flagHyphen
	flagInitial
	flagPunct
)

// normalise lower-cases s and maps every digit to 0.
func normalise(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || ('1' <= c && c <= '9') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shapeOf maps letters to X/x, digits to d and keeps other characters,
// collapsing runs of the same class: "McDonald's" -> "XxXx'x".
func shapeOf(s string) (shape string, flags byte) {
	var buf [32]byte
	out := buf[:0]
	var last byte
	upper, lower, n := 0, 0, 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c, upper = 'X', upper+1
		case unicode.IsLetter(r):
			c, lower = 'x', lower+1
		case unicode.IsDigit(r):
			c, flags = 'd', flags|flagDigit
		case r == '-':
			c, flags = '-', flags|flagHyphen
		case r < utf8.RuneSelf && r > ' ':
			c = byte(r)
		default:
			c = '*'
		}
		if n == 0 && c == 'X' {
			flags |= flagCap
		}
		n++
		if c != last && len(out) < 8 {
			out = append(out, c)
		}
		last = c
	}
	if upper > 0 && lower == 0 {
		flags |= flagAllCaps
	}
	if upper == 0 && lower == 0 && flags&flagDigit == 0 && n > 0 {
		flags |= flagPunct
	}
	return string(out), flags
}

// affixes calls fn with the prefixes and suffixes of 1 to 4 runes of s
// (shorter than s itself).
func affixes(s string, fn func(prefix bool, n int, a string)) {
	i := 0
	for n := 1; n <= 4; n++ {
		if i >= len(s) {
			return
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if i >= len(s) {
			return
		}
		fn(true, n, s[:i])
	}
	j := len(s)
	for n := 1; n <= 4; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if j <= 0 {
			return
		}
		fn(false, n, s[j:])
	}
}

var nDigits = [...]string{"", "1", "2", "3", "4"}

// sentence holds a sentence's token information and its static
// (label-independent) feature hashes.
type sentence struct {
	info  []tokenInfo
	feats [][]uint64
	upper bool // every cased token is upper case (a headline)
}

const (
	boundary = "<s>"
	noPOS    = ""
)

// prepare computes the static features of every token of toks.
func (m *Model) prepare(toks []Token) *sentence {
	s := &sentence{info: make([]tokenInfo, len(toks)), feats: make([][]uint64, len(toks))}
	cased, upper := 0, 0
	var lex []byte
	if m.lexicon {
		lex = lexClasses(toks, m.lexNames)
	}
	for i, t := range toks {
		in := &s.info[i]
		in.norm = normalise(t.Text)
		in.shape, in.flags = shapeOf(t.Text)
		in.pos = t.POS
		if m.entities {
			in.ent = t.Ent
		}
		if lex != nil {
			in.lex = lex[i]
		}
		if m.clusters != nil {
			in.clus = m.clusters[in.norm]
		}
		if i == 0 {
			in.flags |= flagInitial
		}
		in.cas = m.casing[in.norm]
		if in.flags&flagCap != 0 || in.shape != "" && strings.ContainsRune(in.shape, 'x') {
			cased++
			if in.flags&flagAllCaps != 0 {
				upper++
			}
		}
	}
	s.upper = cased >= 2 && upper == cased
	at := func(i int) *tokenInfo {
		if i < 0 || i >= len(toks) {
			return &tokenInfo{norm: boundary, shape: boundary, pos: boundary, ent: boundary, clus: boundary}
		}
		return &s.info[i]
	}
	flat := make([]uint64, 0, len(toks)*48)
	for i := range toks {
		start := len(flat)
		in := &s.info[i]
		p1, m1, p2, m2 := at(i+1), at(i-1), at(i+2), at(i-2)
		cas := caseNames[in.cas]
		flat = append(flat,
			feat1(fBias, ""),
			feat1(fWord, in.norm),
			feat1(fWordM1, m1.norm),
			feat1(fWordP1, p1.norm),
			feat1(fWordM2, m2.norm),
			feat1(fWordP2, p2.norm),
			feat1(fShape, in.shape),
			feat1(fShapeM1, m1.shape),
			feat1(fShapeP1, p1.shape),
			feat1(fShapeM2, m2.shape),
			feat1(fShapeP2, p2.shape),
			feat2(fShapeM1Shape, m1.shape, in.shape),
			feat2(fShapeShapeP1, in.shape, p1.shape),
			feat2(fWordM1Word, m1.norm, in.norm),
			feat2(fWordWordP1, in.norm, p1.norm),
			feat2(fFlags, string(rune('a'+in.flags)), ""),
			feat2(fCase, cas, string(rune('a'+in.flags&(flagCap|flagInitial|flagAllCaps)))),
			feat2(fCaseM1, caseNames[m1.cas], cas),
			feat2(fCaseP1, cas, caseNames[p1.cas]),
			feat1(fExact, toks[i].Text),
		)
		if s.upper {
			flat = append(flat, feat2(fSentUpper, cas, in.norm))
		}
		affixes(in.norm, func(prefix bool, n int, a string) {
			t := fSuffix
			if prefix {
				t = fPrefix
			}
			flat = append(flat, feat2(t, nDigits[n], a))
		})
		if in.ent != "" {
			flat = append(flat,
				feat1(fEnt, in.ent),
				feat2(fEntM1, m1.ent, in.ent),
				feat2(fEntP1, in.ent, p1.ent),
				feat2(fEntShape, in.ent, in.shape),
				feat2(fEntCase, in.ent, cas),
				feat2(fEntWord, in.ent, in.norm),
				feat2(fEntPOS, in.ent, in.pos),
			)
		}
		if m.lexicon {
			flat = window(flat, fLex, lexName(in.lex), lexName(m1.lex), lexName(p1.lex), in.shape)
		}
		if m.clusters != nil {
			flat = window(flat, fCluster, in.clus, m1.clus, p1.clus, in.shape)
		}
		if in.pos != noPOS {
			flat = append(flat,
				feat1(fPOS, in.pos),
				feat1(fPOSM1, m1.pos),
				feat1(fPOSP1, p1.pos),
				feat2(fPOSM1POS, m1.pos, in.pos),
				feat2(fPOSPOSP1, in.pos, p1.pos),
			)
		}
		s.feats[i] = flat[start:len(flat):len(flat)]
	}
	return s
}

// window appends the four features of a token class (lexicon classes,
// word classes) over a token and its neighbours: the token's class (the
// template t), the left neighbour's (t+1), the right neighbour's (t+2),
// and the token's class with its shape (t+3).
func window(dst []uint64, t byte, cur, left, right, shape string) []uint64 {
	return append(dst,
		feat1(t, cur),
		feat1(t+1, left),
		feat1(t+2, right),
		feat2(t+3, cur, shape),
	)
}

// lexName is the feature string of a token's lexicon classes.
func lexName(lex byte) string { return string(rune('a' + lex)) }

// dynamic returns the label-dependent features of token i given the two
// previous labels.
func dynamic(dst []uint64, in *tokenInfo, prev, prev2 int) []uint64 {
	p, p2 := labelNames[prev], labelNames[prev2]
	return append(dst,
		feat1(fPrev, p),
		feat2(fPrev2Prev, p2, p),
		feat2(fPrevWord, p, in.norm),
		feat2(fPrevShape, p, in.shape),
	)
}

// Normalise is the form of a word the tagger's word features and word
// classes use: lower case, every digit 0.
func Normalise(s string) string { return normalise(s) }
