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
	fDoc
	fDocCase
	fDocEnt
	fClusterM2
	fClusterP2
	fClusterM1Cluster
	fClusterClusterP1
	fWordM1Shape
	fShapeWordP1
	fWordM2WordM1
	fWordP1WordP2
	fPrevCluster
	fPrev2PrevShape
	fCluster2
	fCluster2M1
	fCluster2P1
	fCluster2Shape
)

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
	clus2 string // the second (coarser or finer) word class, or ""
	cas   byte
	flags byte
	lex   byte // lexicon classes (lexGiven, lexPlace, ... bits)
	doc   byte // document bits (docLower, ... ), with document features on
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
		if m.clusters2 != nil {
			in.clus2 = m.clusters2[in.norm]
		}
		if m.docFeats {
			in.doc = t.Doc
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
			return &tokenInfo{norm: boundary, shape: boundary, pos: boundary, ent: boundary, clus: boundary, clus2: boundary}
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
			flat = append(flat,
				feat1(fLex, string(rune('a'+in.lex))),
				feat1(fLexM1, string(rune('a'+m1.lex))),
				feat1(fLexP1, string(rune('a'+p1.lex))),
				feat2(fLexShape, string(rune('a'+in.lex)), in.shape),
			)
		}
		if m.clusters != nil {
			flat = append(flat,
				feat1(fCluster, in.clus),
				feat1(fClusterM1, m1.clus),
				feat1(fClusterP1, p1.clus),
				feat2(fClusterShape, in.clus, in.shape),
			)
		}
		if m.clusters2 != nil {
			flat = append(flat,
				feat1(fCluster2, in.clus2),
				feat1(fCluster2M1, m1.clus2),
				feat1(fCluster2P1, p1.clus2),
				feat2(fCluster2Shape, in.clus2, in.shape),
			)
		}
		if m.wide {
			flat = append(flat,
				feat2(fWordM1Shape, m1.norm, in.shape),
				feat2(fShapeWordP1, in.shape, p1.norm),
				feat2(fWordM2WordM1, m2.norm, m1.norm),
				feat2(fWordP1WordP2, p1.norm, p2.norm),
			)
			if m.clusters != nil {
				flat = append(flat,
					feat1(fClusterM2, m2.clus),
					feat1(fClusterP2, p2.clus),
					feat2(fClusterM1Cluster, m1.clus, in.clus),
					feat2(fClusterClusterP1, in.clus, p1.clus),
				)
			}
		}
		if m.docFeats && in.flags&flagCap != 0 {
			d := string(rune('a' + in.doc))
			flat = append(flat,
				feat1(fDoc, d),
				feat2(fDocCase, d, string(rune('a'+in.flags&(flagInitial|flagAllCaps)))),
				feat2(fDocEnt, d, in.ent),
			)
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

// dynamic returns the label-dependent features of token i given the two
// previous labels (wide: with the word class and the two labels with the
// shape too).
func dynamic(dst []uint64, in *tokenInfo, prev, prev2 int, wide bool) []uint64 {
	p, p2 := labelNames[prev], labelNames[prev2]
	dst = append(dst,
		feat1(fPrev, p),
		feat2(fPrev2Prev, p2, p),
		feat2(fPrevWord, p, in.norm),
		feat2(fPrevShape, p, in.shape),
	)
	if wide {
		dst = append(dst,
			feat2(fPrevCluster, p, in.clus),
			hashStr(feat2(fPrev2PrevShape, p2, p), in.shape),
		)
	}
	return dst
}

// Normalise is the form of a word the tagger's word features and word
// classes use: lower case, every digit 0.
func Normalise(s string) string { return normalise(s) }
