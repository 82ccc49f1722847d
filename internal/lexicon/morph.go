package lexicon

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Stemmer strips English endings by rules read from the lexicon: a
// concept of ending rules ("ies y": "ies" to "y"; "s": "s" dropped),
// tried in order, the first whose result keeps Min letters or more
// applying; a word ending in an ending of singular_s_endings_en
// ("witness", "campus", "Quill's") keeps its "s".
type Stemmer struct {
	rules []ending
	keep  []string
	min   int
}

// ending is a rule: an ending and what replaces it.
type ending struct{ from, to string }

// Stemmer returns the stemmer of ending rules n whose results keep min
// letters or more (plural_endings_en, stem_endings_en,
// stance_stem_endings_en).
func (l *Lexicon) Stemmer(n Name, min int) *Stemmer {
	s := &Stemmer{keep: l.InOrder(SingularSEndingsEn), min: min}
	for _, e := range l.InOrder(n) {
		from, to, _ := strings.Cut(e, " ")
		s.rules = append(s.rules, ending{from, to})
	}
	return s
}

// Stem applies the first of s's rules whose ending w has and whose result
// keeps s's fewest letters; w itself when none does or w ends in an
// ending of singular_s_endings_en.
func (s *Stemmer) Stem(w string) string {
	for _, k := range s.keep {
		if strings.HasSuffix(w, k) {
			return w
		}
	}
	for _, e := range s.rules {
		if stem, ok := strings.CutSuffix(w, e.from); ok && utf8.RuneCountInString(stem)+utf8.RuneCountInString(e.to) >= s.min {
			return stem + e.to
		}
	}
	return w
}

// minSingular is the fewest letters a singular keeps ("ties" -> "tie",
// never "ty").
const minSingular = 3

// singulars is the lexicon's plural_endings_en stemmer, built on first
// use.
type singulars struct {
	once sync.Once
	s    *Stemmer
}

// Singular is the singular of w, an English noun in lower case, by the
// first rule of plural_endings_en whose ending w has and whose singular
// keeps three letters or more ("parties" -> "party", "witnesses" ->
// "witness"); w itself when none applies or w ends in an ending of
// singular_s_endings_en ("witness", "campus").
func (l *Lexicon) Singular(w string) string {
	l.singular.once.Do(func() { l.singular.s = l.Stemmer(PluralEndingsEn, minSingular) })
	return l.singular.s.Stem(w)
}

// PluralS reports w ending in a plural "s" that Singular takes off
// ("lawyers", "Orioles"; not "witness", "campus", "bus").
func (l *Lexicon) PluralS(w string) bool {
	return strings.HasSuffix(w, "s") && l.Singular(w) != w
}
