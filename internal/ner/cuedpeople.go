package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// cuedPeople types as people the names that a person's cue marks in
// their sentence (personAfter: ", who", "'s wife", "'s testimony", "as
// saying", a party's tag, "said he"; listenerBefore: "told Quill"): a
// mention of one to three capitalised words typed a place, or an
// organisation on a cue other than "who" or a listener's verb, is
// retyped, and a capitalised word no mention covers and the
// casing lexicon does not know as ordinary is found ("Quorvane, who
// ..."; not "Police, who"). Never a known place, an outlet or an agency,
// a function word, a calendar word, a title or a word of nationality,
// nor a name after an article, a possessive determiner, "of" or an
// apostrophe ("the Tarnbysiders, who", "Lord Ames of Quill, who",
// "O'Quill"), nor one ending in an organisation's head or a side's word
// ("Tarnby City, who"), nor a word that ends an organisation's name of
// the text ("Otters" of "Valmora Otters").
func cuedPeople(d *doc) {
	if d.e == nil || d.e.english == nil {
		return
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.Type != span.GPE && m.Type != span.Location && m.Type != span.Org || m.Sentence < 0 || m.Sentence >= len(d.sents) {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) > 3 || !slices.ContainsFunc(words, func(w string) bool { return cueableWord(d, w) }) ||
			!allCapitalised(words) || d.lx.IsPlace(m.Text) || orgHead(d.lx, words[len(words)-1]) ||
			d.lx.HasLower(lexicon.SideWords, words[len(words)-1]) || !cueableStart(d, m.Start) {
			continue
		}
		weak := m.Type != span.Org
		rest := d.src[m.End:d.sents[m.Sentence].End]
		if personAfter(d.lx, rest, weak) || weak && (listenerBefore(d.lx, d.src, m.Start, rest) || kinBefore(d.lx, d.src, m.Start)) {
			m.Type = span.Person
		}
	}
	orgLast := orgLastWords(d.ms)
	var extra []span.Mention
	for si, s := range d.sents {
		// The mentions of this sentence (d.ms is in text order, and no
		// mention crosses a sentence's end): the coverage test reads
		// them alone, not the whole text's.
		lo := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].Start >= s.Start })
		hi := lo + sort.Search(len(d.ms)-lo, func(i int) bool { return d.ms[lo+i].Start >= s.End })
		sentMs := d.ms[lo:hi]
		ws := sentenceWords(d.src, s)
		for k, w := range ws {
			if !cueableWord(d, w.text) || orgLast[w.text] || d.ordinaryWord(w.text) || !cueableStart(d, w.start) {
				continue
			}
			if k+1 < len(ws) && ws[k+1].start == w.end+1 && d.src[w.end] == ' ' && capitalised(ws[k+1].text) ||
				k > 0 && ws[k-1].end+1 == w.start && d.src[w.start-1] == ' ' && capitalised(ws[k-1].text) {
				continue // part of a longer name
			}
			if coveredBy(sentMs, w.start, w.end-1) {
				continue
			}
			if rest := d.src[w.end:s.End]; personAfter(d.lx, rest, true) || listenerBefore(d.lx, d.src, w.start, rest) || kinBefore(d.lx, d.src, w.start) {
				extra = append(extra, span.Mention{Text: w.text, Type: span.Person, Start: w.start, End: w.end, Sentence: si})
			}
		}
	}
	d.ms = appendSorted(d.ms, extra)
}

// orgLastWords are the last words of the organisations' names of two
// words or more in ms ("Mariners" of "Tarnby Mariners"): a side's
// short name, never a person's found alone.
func orgLastWords(ms []span.Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.Type == span.Org && strings.Contains(m.Text, " ") {
			out[textutil.LastField(m.Text)] = true
		}
	}
	return out
}

// cueableStart reports a name starting at offset at that is no word's
// tail ("O'Quill", "anti-Quill") and follows no article, possessive
// determiner or partitive preposition ("of": partitive_prepositions_en).
func cueableStart(d *doc, at int) bool {
	if r, _ := utf8.DecodeLastRuneInString(d.src[:at]); at > 0 && strings.ContainsRune("'’-", r) {
		return false
	}
	return !determinerBefore(d.lx, d.src, at) && !d.lx.Has(lexicon.PartitivePrepositionsEn, wordBefore(d.src, at))
}

// nameCased reports a word the casing lexicon knows capitalised
// mid-sentence, or a given or learnt person-name word.
func (d *doc) nameCased(w string) bool {
	c, _ := d.e.english.Casing(w)
	return c || d.lx.IsPersonNameWord(w)
}

// cueableWord reports a word that may be a person's surname alone: a
// capital and lower-case letters (three or more letters, perhaps a
// hyphen), and no known place, outlet, agency, function word, calendar
// word, title or word of nationality.
func cueableWord(d *doc, w string) bool {
	if utf8.RuneCountInString(w) < 3 || !capitalised(w) || !strings.ContainsFunc(w, unicode.IsLower) ||
		strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		return false
	}
	lw := strings.ToLower(w)
	return !d.lx.IsPlace(w) && !d.lx.Has(lexicon.NewsOutlets, lw) && !d.lx.Has(lexicon.NerNewsAgencies, lw) &&
		!d.lx.Has(lexicon.StopwordsEn, lw) && !d.lx.Has(lexicon.TitleCaseSmallWords, lw) && !d.lx.Has(lexicon.NerCalendarWords, lw) &&
		!d.lx.Has(lexicon.NerPersonWords, lw) && !d.lx.Has(lexicon.Demonyms, lw) && !orgHead(d.lx, w)
}

// determinerBefore reports an article or a possessive determiner right
// before offset at ("the Budget", "his Quill").
func determinerBefore(lx *lexicon.Lexicon, src string, at int) bool {
	w := wordBefore(src, at)
	return lx.Has(lexicon.ArticlesEnSv, w) || lx.Has(lexicon.PossessiveDeterminersEnSv, w)
}

// personAfter reads the words right after a name (rest) for a cue only
// a person has: ", who" or ", whose", a dash and "who", an apposition
// whose noun "who" follows (appositionWho); "'s" and a word
// of kinship ("'s wife") or a person's possession ("'s testimony"); "as
// saying"; a party's tag (", D-Tarn.", " (R-Tarn.)"); a speech verb the
// name is the subject of, after auxiliaries or adverbs, then a
// third-person pronoun ("has said he", "also said that she"; not
// passive: "was told"). weak false leaves out "who": British news
// writes "who" after a side, a band or a firm ("Tarnby City, who"). A
// possession counts after any name: person_possessions holds nothing a
// firm has too ("'s nomination", no "'s lawyer").
func personAfter(lx *lexicon.Lexicon, rest string, weak bool) bool {
	if quotedAs(lx, rest) {
		return true
	}
	if weak && (whoAfter(lx, rest) || appositionWho(lx, rest)) {
		return true
	}
	for _, p := range []string{"'s ", "’s "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			return lx.Has(lexicon.KinWords, leadingWord(r)) || lx.Has(lexicon.PersonPossessions, leadingWord(r))
		}
	}
	for _, p := range []string{", ", " ("} {
		if r, ok := strings.CutPrefix(rest, p); ok && partyTag(lx, r) {
			return true
		}
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	fs := leadingFields(rest, 5)
	for i, w := range fs[:min(len(fs), 3)] {
		if w != strings.ToLower(w) || lx.Has(lexicon.PassiveAux, w) {
			return false
		}
		if lx.Has(lexicon.StatementVerbsEn, w) {
			for _, n := range fs[i+1 : min(len(fs), i+3)] {
				if !lx.Has(lexicon.ConjunctionsEnSv, n) {
					return lx.Has(lexicon.PronounsThirdPersonEnSv, n)
				}
			}
			return false
		}
		if !lx.Has(lexicon.QuotesAuxWords, w) && !adverbSuffixed(lx, w) && !lx.Has(lexicon.NegationCues, w) {
			return false
		}
	}
	return false
}

// quotedAs reports rest opening with a space and a phrase that quotes
// the name before it as a person (" as saying").
func quotedAs(lx *lexicon.Lexicon, rest string) bool {
	r, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	for p := range lx.Set(lexicon.QuotedAsPhrasesEn) {
		if t, ok := strings.CutPrefix(r, p); ok && leadingWord(t) == "" {
			return true
		}
	}
	return false
}

// whoAfter reports rest opening with a comma or a dash and a relative
// pronoun that refers to a person (", who ...", " – whose ..."), as
// only a person's name has it.
func whoAfter(lx *lexicon.Lexicon, rest string) bool {
	for _, p := range []string{", ", " – ", " — ", " - "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			w := leadingWord(r)
			return w != "" && strings.HasPrefix(r[len(w):], " ") && lx.Has(lexicon.PersonRelativePronounsEn, w)
		}
	}
	return false
}

// adverbSuffixed reports a lower-case word with an adverb's ending
// (adverb_suffixes_en: "reportedly", "previously").
func adverbSuffixed(lx *lexicon.Lexicon, w string) bool {
	return lx.EndsWithAny(lexicon.AdverbSuffixesEn, w)
}

// leadingFields returns the first n fields of s, split at white space
// as strings.Fields does, reading no further.
func leadingFields(s string, n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// kinBefore reports a word of kinship (kin_words) owned by a person's
// possessive determiner (kin_owners) or a possessive right before offset at, a comma between allowed ("my
// wife Quorvane", "Ada's husband Quorvane", "His mother, Quorvane"):
// only a person is someone's kin.
func kinBefore(lx *lexicon.Lexicon, src string, at int) bool {
	before := strings.TrimRight(src[:at], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
	kin := strings.ToLower(lastWord(before, len(before)))
	if kin == "" || !lx.Has(lexicon.KinWords, kin) {
		return false
	}
	owner := strings.TrimRight(before[:len(before)-len(kin)], " ")
	if strings.HasSuffix(owner, "'s") || strings.HasSuffix(owner, "’s") {
		return true
	}
	return lx.Has(lexicon.KinOwners, strings.ToLower(lastWord(owner, len(owner))))
}

// listenerBefore reports a verb whose object is a quote's listener
// (listener_verbs) right before offset at, the name before no
// organisation's noun (rest: "told Quill", not "told Ladder magazine").
func listenerBefore(lx *lexicon.Lexicon, src string, at int, rest string) bool {
	return lx.Has(lexicon.ListenerVerbs, wordBefore(src, at)) && !lx.Has(lexicon.OrgNouns, nextWord(rest, 0, len(rest)))
}

// partyTag reports text opening with a politician's party tag: a party's
// letter, a hyphen and a state's name or abbreviation ("D-Tarn.,",
// "R-Valmora)"). It reads the first word and the hyphen right after it,
// never further for a hyphen ("D is for the co-op" is none).
func partyTag(lx *lexicon.Lexicon, text string) bool {
	p := leadingWord(text)
	rest, ok := strings.CutPrefix(text[len(p):], "-")
	if !ok || p == "" {
		return false
	}
	state := leadingWord(rest)
	return lx.PartyTag(p, state) && (len(rest) == len(state) || strings.ContainsRune(".,)", rune(rest[len(state)])))
}

// speakerLabels finds the speaker a transcript or a headline names
// before a colon, opening a sentence ("QUORVANE: Yes, we did.",
// "Ada: Harbour plan 'unusual'"): one word before a colon, a space
// and a capital or a quote mark, in capitals (five letters or more:
// "NATO:" is an acronym) and that the casing lexicon does not know as
// ordinary ("UPDATE:"), or capitalised and a name by the casing lexicon
// or a given or learnt person-name word ("Subs:", "Obituary:" are
// neither), no known place, title, calendar word or word of nationality,
// where no mention covers it and no line-up or score line follows
// ("TARNBY: Quill 2, Lind 5."), is a person.
func speakerLabels(d *doc) {
	if d.e == nil || d.e.english == nil {
		return
	}
	var extra []span.Mention
	for si, s := range d.sents {
		text := d.src[s.Start:s.End]
		at := s.Start + len(text) - len(strings.TrimLeft(text, " \"'“‘([«„"))
		w := leadingWord(d.src[at:s.End])
		rest, ok := strings.CutPrefix(d.src[at+len(w):s.End], ": ")
		if !ok || rest == "" || lineUp(rest) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune("\"'“‘", r) && !capitalised(rest) {
			continue
		}
		caps := isAllCaps(w) && utf8.RuneCountInString(w) >= 5 && cueableWord(d, titleWord(w))
		if !caps && !(cueableWord(d, w) && d.nameCased(w)) || d.ordinaryWord(w) || coveredBy(d.ms, at, at+len(w)-1) {
			continue
		}
		extra = append(extra, span.Mention{Text: w, Type: span.Person, Start: at, End: at + len(w), Sentence: si})
	}
	d.ms = appendSorted(d.ms, extra)
}

// lineUp reports text after a colon that lists a side's players or a
// score line rather than a speaker's words ("Quill, Lind, Marr.",
// "Quill 2, Lind 5"): a comma, and before it and up to the next comma or
// the end only capitalised words and numbers ("Yes, we did" is speech),
// with a number or three items or more ("Yes, Minister." is speech).
func lineUp(text string) bool {
	first, after, ok := strings.Cut(text, ",")
	if !ok {
		return false
	}
	second, _, more := strings.Cut(after, ",")
	return namesAndNumbers(first) && namesAndNumbers(second) &&
		(more || strings.ContainsFunc(first+second, unicode.IsDigit))
}

// namesAndNumbers reports text of one word or more, each capitalised or
// a number once brackets and stops are trimmed ("Quill (Lind 70)").
func namesAndNumbers(text string) bool {
	n := 0
	for _, f := range strings.Fields(text) {
		f = strings.Trim(f, "().;:!?")
		if f == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n > 0
}

// appositionWho reports an apposition opened by an indefinite article
// whose noun "who" follows (", a Tarnby native who"): the noun names a
// person, and so does the name before it; not an organisation's noun
// (", a side who", ", a club who").
func appositionWho(lx *lexicon.Lexicon, rest string) bool {
	r, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	fs := leadingFields(r, 5)
	if len(fs) < 3 || !lx.Has(lexicon.IndefiniteArticlesEn, fs[0]) {
		return false
	}
	for i := 1; i < len(fs); i++ {
		if lx.Has(lexicon.PersonRelativePronounsEn, fs[i]) {
			return i >= 2 && !lx.HasLower(lexicon.OrgCues, fs[i-1])
		}
		if strings.ContainsAny(fs[i], ",.;:()\"“”") {
			return false
		}
	}
	return false
}
