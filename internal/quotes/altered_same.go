package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// Same words: a sameWordsFunc reports an edit between two versions of a
// quote (e.del from the first, e.ins from the second; ta and tb their
// texts, editors' brackets marked) that changes none of the speaker's words;
// near reports an editor's bracket just before or after the edit.
type sameWordsFunc func(mt *matcher, e edit, near bool, ta, tb string) bool

var (
	infoEditorBracket = info("altered-editor-bracket", `Words where, or next to where, the other version has an editor's bracket ("(Islamic State)" for "ISIL", "his (Baghdadi's)" for "[Baghdadi's]") are no alteration: the bracket is the editor's, not the speaker's.`)
	infoNameShort     = info("altered-name-short-form", `A capitalised word for a longer capitalised word it begins ("Chris" for "Christian", "IS" for "ISIS") is a short form of one name, no alteration.`)
	infoCensored      = info("altered-censored-word", `A word printed with its letters masked ("f---", "f***") for a word with its first letter is the same word censored, no alteration.`)
	infoMonthAbbrev   = info("altered-month-abbreviation", `A month's abbreviation for its full name ("Sept." for "September") is no alteration.`)
	infoCompound      = info("altered-compound", `One word written as two or more ("health care" for "healthcare", "can not" for "cannot", "U.S." for "US") is the same word, no alteration, unless the two words mean otherwise (split_meaning_compounds_en: "a part" is not "apart", "may be" not "maybe").`)
	infoSlightWords   = info("altered-slight-words", `A quote-altered finding whose only edits drop or add articles, prepositions, "that" or "and" (quotes_slight_words_en) is uncertain: the speaker's meaning is kept.`)
)

var sameWordsPasses = []rules.Pass[sameWordsFunc]{
	{Info: infoEditorBracket, Run: sameEditorBracket},
	{Info: infoNameShort, Run: sameNameShort},
	{Info: infoCensored, Run: sameCensored},
	{Info: infoMonthAbbrev, Run: sameMonth},
	{Info: infoCompound, Run: sameCompound},
}

// sameCompound: one word on one side, its letters written as two words
// or more on the other, the word no split_meaning_compounds_en.
func sameCompound(mt *matcher, e edit, _ bool, _, _ string) bool {
	split := func(one, parts []string) bool {
		return len(one) == 1 && len(parts) >= 2 && strings.Join(parts, "") == one[0] && !mt.lx.Has(lexicon.SplitMeaningCompoundsEn, one[0])
	}
	return split(e.del, e.ins) || split(e.ins, e.del)
}

// editorMark stands where an editor's bracket was dropped from a quote: a
// letter, so that it is a word of the normalised quote.
const editorMark = "ǂ"

// sameWords reports an edit that changes no word: spelling or figures
// (sameWordsSpelt) or a same-words pass.
func (mt *matcher) sameWords(e edit, near bool, ta, tb string) bool {
	if sameWordsSpelt(e.del, e.ins) {
		return true
	}
	for _, p := range sameWordsPasses {
		if mt.on(p.Info) && p.Run(mt, e, near, ta, tb) {
			return true
		}
	}
	return false
}

// sameEditorBracket: either side of the edit holds an editor's bracket,
// or one is next to it.
func sameEditorBracket(_ *matcher, e edit, near bool, _, _ string) bool {
	if near {
		return true
	}
	for _, w := range append(append([]string(nil), e.del...), e.ins...) {
		if w == editorMark {
			return true
		}
	}
	return false
}

// sameNameShort: one word for one, the shorter (two letters or more)
// beginning the longer, both capitalised in their versions, neither a
// month word (altered-month-abbreviation's).
func sameNameShort(mt *matcher, e edit, _ bool, ta, tb string) bool {
	del, ins := e.del, e.ins
	if len(del) != 1 || len(ins) != 1 || mt.monthWord(del[0]) || mt.monthWord(ins[0]) {
		return false
	}
	a, b := del[0], ins[0]
	if len(a) > len(b) {
		a, b = b, a
	}
	if utf8.RuneCountInString(a) < 2 || a == b || !strings.HasPrefix(b, a) {
		return false
	}
	return capitalised(del[0], ta) && capitalised(ins[0], tb)
}

// capitalised reports w (lower case) written in t with a capital first
// letter as a whole word.
func capitalised(w, t string) bool {
	ws, _ := normWords(t, 0, len(t))
	for _, x := range ws {
		if x.w == w {
			r, _ := utf8.DecodeRuneInString(t[x.s:])
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// censoredWord is a word with letters masked by dashes or asterisks
// ("f---", "f—", "f***ing", "s**t").
var censoredWord = regexp.MustCompile(`\pL+(?:[*]+|[-–]{2,}|—+)\pL*`)

// sameCensored: one word for one or two, the side of one or two words
// written masked in its version, the other beginning with its letter.
func sameCensored(_ *matcher, e edit, _ bool, ta, tb string) bool {
	del, ins := e.del, e.ins
	check := func(short []string, t string, long []string) bool {
		if len(long) != 1 || len(short) == 0 || len(short) > 2 || short[0][0] != long[0][0] {
			return false
		}
		joined := strings.Join(short, "")
		for _, m := range censoredWord.FindAllString(t, -1) {
			ws, _ := normWords(m, 0, len(m))
			var s []string
			for _, w := range ws {
				s = append(s, w.w)
			}
			if strings.Join(s, "") == joined {
				return true
			}
		}
		return false
	}
	return check(del, ta, ins) || check(ins, tb, del)
}

// sameMonth: one word for one naming the same month, one of them an
// abbreviation (month_abbreviations_en).
func sameMonth(mt *matcher, e edit, _ bool, _, _ string) bool {
	del, ins := e.del, e.ins
	if len(del) != 1 || len(ins) != 1 {
		return false
	}
	months := mt.monthMap()
	a, oka := months[del[0]]
	b, okb := months[ins[0]]
	return oka && okb && a.Month == b.Month && (a.Abbrev || b.Abbrev)
}

// monthWord reports an English month word.
func (mt *matcher) monthWord(w string) bool {
	_, ok := mt.monthMap()[w]
	return ok
}

// monthMap is the lexicon's English month words, built on first use.
func (mt *matcher) monthMap() map[string]lexicon.MonthWord {
	if mt.months == nil {
		mt.months = mt.lx.MonthWords("en")
	}
	return mt.months
}

// slightEdits reports edits that all drop or add (never change) words of
// quotes_slight_words_en.
func (mt *matcher) slightEdits(edits []edit) bool {
	if len(edits) == 0 {
		return false
	}
	for _, e := range edits {
		if len(e.del) > 0 && len(e.ins) > 0 {
			return false
		}
		for _, w := range append(append([]string(nil), e.del...), e.ins...) {
			if !mt.lx.Has(lexicon.QuoteSlightWords, w) {
				return false
			}
		}
	}
	return true
}
