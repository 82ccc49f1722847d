// Package ner is the per-article extraction stage for sentences and named
// entities. It wraps github.com/jdkato/prose/v2 and compensates for what
// prose lacks: character offsets, an entity at the very end of its input
// (prose's chunker drops it), adjacent same-tag tokens merged into one
// entity, and curly quotes or non-breaking spaces that prose's tokenizer
// mishandles. prose's tagger and entity classifier are scored by
// internal/prosefast (prose's own weights and tokenizer, the tokens, tags
// and labels prose.NewDocument gives, about ten times faster).
//
// Offsets are 0-based, half-open byte offsets [Start, End) into the text
// passed in (corpus.Article.Source).
//
// A Model is built once per process and shared read-only by all workers;
// an Extractor holds per-worker state and is not safe for concurrent use.
package ner

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
	"github.com/nec-analyse/nec-analyse/internal/prosefast"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Model is prose's English tagger and entity classifier (prose's own
// weights, scored by internal/prosefast), with the project's own taggers
// (internal/nertag), loaded once.
type Model struct {
	prose *prosefast.Model
	// english types organisations prose misses; swedish tags Swedish;
	// typer, the English typing model, retypes prose's names
	// (tagger-types; nil: english does).
	english, swedish, typer *nertag.Model
	// lx is the lexicon the rules read (nil: lexicon.Default()).
	lx *lexicon.Lexicon
}

// NewModel loads prose's default English model (about 10 MB) and the
// project's English and Swedish taggers; build it once and share it.
func NewModel() (*Model, error) {
	pm, err := prosefast.Load()
	if err != nil {
		return nil, fmt.Errorf("load prose model: %w", err)
	}
	en, err := nertag.English()
	if err != nil {
		return nil, fmt.Errorf("load English tagger: %w", err)
	}
	sv, err := nertag.Swedish()
	if err != nil {
		return nil, fmt.Errorf("load Swedish tagger: %w", err)
	}
	ty, err := nertag.EnglishTyping()
	if err != nil {
		return nil, fmt.Errorf("load English typing model: %w", err)
	}
	return &Model{prose: pm, english: en, swedish: sv, typer: ty}, nil
}

// WithTyper returns a copy of m whose English typing model is t (nil:
// the English tagger types names too).
func (m *Model) WithTyper(t *nertag.Model) *Model {
	c := *m
	c.typer = t
	return &c
}

// WithEnglish returns a copy of m whose English tagger is t (the
// training tool labels news with a freshly trained tagger).
func (m *Model) WithEnglish(t *nertag.Model) *Model {
	c := *m
	c.english = t
	return &c
}

// WithLexicon returns a copy of m whose extractors read their word lists
// from l (a user's extended lexicon); nil means lexicon.Default().
func (m *Model) WithLexicon(l *lexicon.Lexicon) *Model {
	c := *m
	c.lx = l
	return &c
}

// Extractor segments and tags text with a shared Model. Create one per
// goroutine with Model.NewExtractor.
type Extractor struct {
	model                   *prosefast.Model
	english, swedish, typer *nertag.Model
	segmenter               *sentences.DefaultSentenceTokenizer
	lx                      *lexicon.Lexicon
	// skip holds the names of the passes switched off (SetOff).
	skip map[string]bool
	// memo keeps what prose and the English tagger said of the last
	// sentences seen (by their sanitised text): wire copy and boilerplate
	// repeat sentences word for word, and both answers depend on the text
	// alone. Emptied when it reaches memoSize sentences.
	memo map[string]*sentenceMemo
}

// sentenceMemo is prose's tokens (text, part of speech, entity label) and
// the English tagger's labels of one sentence.
type sentenceMemo struct {
	toks   []token
	labels []string
	// types are the English typing model's labels.
	types []string
}

// memoSize bounds an Extractor's memo of sentences.
const memoSize = 4096

// NewExtractor returns an Extractor using m. Its sentence segmenter is
// built once here, not per document.
func (m *Model) NewExtractor() (*Extractor, error) {
	seg, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("build sentence segmenter: %w", err)
	}
	lx := m.lx
	if lx == nil {
		lx = lexicon.Default()
	}
	return &Extractor{model: m.prose, english: m.english, swedish: m.swedish, typer: m.typer, segmenter: seg, lx: lx}, nil
}

// Segment splits each span of src into sentences. Line breaks inside a
// span are treated as spaces; sentences never cross spans. Sentences are
// returned in order, trimmed of surrounding white space, never empty.
func (e *Extractor) Segment(src string, spans []span.Span) []span.Span {
	var out []span.Span
	for _, sp := range spans {
		// Byte-wise, so that invalid UTF-8 keeps its length.
		buf := []byte(src[sp.Start:sp.End])
		for i, c := range buf {
			if c == '\n' || c == '\r' || c == '\t' {
				buf[i] = ' '
			}
		}
		text := string(buf)
		for _, s := range e.segmenter.Tokenize(text) {
			start, end := sp.Start+s.Start, sp.Start+s.End
			for start < end && isSpaceByte(src, start) {
				_, n := utf8.DecodeRuneInString(src[start:])
				start += n
			}
			for end > start {
				r, n := utf8.DecodeLastRuneInString(src[start:end])
				if !unicode.IsSpace(r) {
					break
				}
				end -= n
			}
			if start < end {
				out = append(out, span.Span{Start: start, End: end})
			}
		}
	}
	return out
}

func isSpaceByte(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// Entities runs prose's tagger and entity classifier over each sentence of
// src and returns the mentions in order of Start. The mentions found are
// judged by the mention rules, then the document passes run over them
// (Rules lists both, in order; SetOff switches some off).
func (e *Extractor) Entities(src string, sents []span.Span) []span.Mention {
	lower := lowerWords(src, sents)
	text := src
	for _, p := range textPasses {
		if e.on(p.Info) {
			text = p.Run(e, text, sents, lower)
		}
	}
	if text != src {
		lower = lowerWords(text, sents)
	}
	d := &doc{src: text, sents: sents, lx: e.lx, e: e, lower: lower}
	for _, c := range e.found(d) {
		if e.judge(d, &c) == keep {
			d.ms = append(d.ms, c.Mention)
		}
	}
	for _, p := range docPasses {
		if e.on(p.Info) {
			p.Run(d)
		}
	}
	if text != src {
		for i := range d.ms {
			d.ms[i].Text = src[d.ms[i].Start:d.ms[i].End] // as written
		}
	}
	return d.ms
}

// found tags every sentence of d that may hold a name and returns the
// mentions of all of them, in order, filling d.known.
func (e *Extractor) found(d *doc) []candidate {
	var all []candidate
	// known holds the words the text capitalises mid-sentence and the
	// first words of names of two or more words: a word opening a
	// sentence before a role is a name if the text writes it so elsewhere.
	d.capCount = midSentenceCapCounts(d.src, d.sents)
	d.openCount = openerCapCounts(d.src, d.sents)
	d.known = make(map[string]bool, len(d.capCount))
	for w := range d.capCount {
		d.known[w] = true
	}
	var casing map[string]string // built on the first all-capitals sentence
	cues := &personCues{}        // filled when a sentence pass first asks
	for i, s := range d.sents {
		if noNameCandidate(d.lx, d.src, s, d.lower, e.on(lowerCaseOpenersInfo)) {
			continue // prose would find nothing the mention rules keep
		}
		if casing == nil && allCapsSentence(d.src, s) {
			casing = docCasing(d.src, d.sents)
		}
		for _, m := range e.sentenceEntities(d.src, s, i, casing, d.known, d.capCount, d.openCount, cues) {
			all = append(all, candidate{Mention: m, s: s})
			if first, _, ok := strings.Cut(m.Text, " "); ok {
				d.known[first] = true
			}
		}
	}
	return all
}

// judge runs the mention rules on c, in order, until one drops it.
func (e *Extractor) judge(d *doc, c *candidate) verdict {
	for _, r := range mentionRules {
		if e.on(r.Info) && r.Run(d, c) == drop {
			return drop
		}
	}
	return keep
}

// sameNameAgain adds, within one text, the other occurrences of each
// mention's exact spelling that no mention covers, with its type ("one
// sense per discourse": a name prose found once is the same name where
// it missed it). Only names of two letters or more with a capital are
// spread, never into a word ("Tidewatch" not into "Tidewatchers") or a longer
// name ("Harbour" not into "Harbour Board"), and never at a sentence's
// start unless the name has two or more words.
func sameNameAgain(lx *lexicon.Lexicon, src string, sents []span.Span, ms []span.Mention) []span.Mention {
	if len(ms) == 0 {
		return ms
	}
	typeOf := map[string]string{}
	var names []string
	add := func(name, typ string) {
		if _, ok := typeOf[name]; !ok && utf8.RuneCountInString(name) >= 2 && typ != "" {
			typeOf[name] = typ
			names = append(names, name)
		}
	}
	for _, m := range ms {
		add(m.Text, m.Type)
	}
	for _, m := range ms {
		// A surname hyphened to its particle is the name alone too, and
		// so with its particle in either case ("al-Sadr" of "Muqtada
		// al-Sadr"; "al-Tarnik" and "Al-Tarnik").
		last := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]
		r, n := utf8.DecodeRuneInString(last)
		lower, upper := string(unicode.ToLower(r))+last[n:], string(unicode.ToUpper(r))+last[n:]
		if m.Type == "" || !lx.ParticleHyphenName(lower) || last != m.Text && m.Type != span.Person {
			continue // the end of an organisation's name is none alone
		}
		if t, ok := typeOf[lower]; ok && t != m.Type {
			continue // the two spellings take one type, or none is spread
		}
		if t, ok := typeOf[upper]; ok && t != m.Type {
			continue
		}
		add(lower, m.Type)
		add(upper, m.Type)
	}
	sort.Strings(names)
	covered := func(a, b int) bool {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].End > a })
		return i < len(ms) && ms[i].Start < b
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	var extra []span.Mention
	for _, name := range names {
		for from := 0; ; {
			i := strings.Index(src[from:], name)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(name)
			from = b
			if wordByteBefore(src, a) || wordByteAfter(src, b) || covered(a, b) || capitalAfter(src, b) || inAddress(src, a, b) {
				continue
			}
			si := sort.Search(len(sents), func(k int) bool { return sents[k].End >= b })
			if si == len(sents) || sents[si].Start > a {
				continue
			}
			if a > sents[si].Start && capitalBefore(src, a) && !lx.Has(lexicon.NerPersonWords, wordBefore(src, a)) {
				continue // the end of a longer name ("First" of "Commuters First")
			}
			if a == sents[si].Start && !strings.Contains(name, " ") {
				continue
			}
			extra = append(extra, span.Mention{Text: name, Type: typeOf[name], Start: a, End: b, Sentence: si})
		}
	}
	if len(extra) == 0 {
		return ms
	}
	out := append(ms, extra...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	// Two spread names may overlap ("New York" inside "New York Times"
	// where neither was found): keep the first, longest.
	kept := out[:0]
	for _, m := range out {
		if n := len(kept); n > 0 && m.Start < kept[n-1].End {
			if m.End-m.Start > kept[n-1].End-kept[n-1].Start && kept[n-1].Start == m.Start {
				kept[n-1] = m
			}
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// roleModifier reports a word that opens role phrases, or is a role itself.
func roleModifier(lx *lexicon.Lexicon, w string) bool {
	lw := strings.ToLower(w)
	return lx.Has(lexicon.NerRoleModifiers, lw) || lx.Has(lexicon.NerPersonWords, lw)
}

// nextWord is the word right after offset i (over spaces, up to end) if
// it is written in lower case, else "".
func nextWord(s string, i, end int) string {
	rest := strings.TrimLeft(s[i:end], " ")
	j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if j < 0 {
		j = len(rest)
	}
	w := rest[:j]
	if w == "" || strings.ToLower(w) != w {
		return ""
	}
	return w
}

// capitalAfter reports a capitalised word right after offset i (over
// spaces): the text there is part of a longer name ("Harbour Board").
func capitalAfter(s string, i int) bool {
	rest := strings.TrimLeft(s[i:], " ")
	if len(rest) == len(s[i:]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// capitalBefore reports a capitalised word right before offset i (over
// spaces): the text there ends a longer name ("First" of "Commuters
// First").
func capitalBefore(s string, i int) bool {
	w := lastWord(s, i)
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r)
}

// lastWord is the word (letters, hyphens, full stops) ending right before
// offset at, over spaces, as written.
func lastWord(src string, at int) string {
	from := max(0, at-30)
	for from < at && !utf8.RuneStart(src[from]) {
		from++
	}
	before := strings.TrimRight(src[from:at], " ")
	k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' })
	if k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		k += n
	} else {
		k = 0
	}
	return before[k:]
}

// wordCount counts the occurrences of w in src as a whole word (no
// letter, digit or hyphen right before or after it), stopping at most
// (src searched from the end of each occurrence found).
func wordCount(src, w string, most int) int {
	n := 0
	for i := 0; i < len(src) && n < most && w != ""; {
		j := strings.Index(src[i:], w)
		if j < 0 {
			break
		}
		at := i + j
		if !wordByteBefore(src, at) && !wordByteAfter(src, at+len(w)) {
			n++
		}
		i = at + len(w)
	}
	return n
}

// wordByteBefore reports a letter, a digit or a hyphen right before
// byte offset i of s.
func wordByteBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'
}

// wordByteAfter reports a letter, a digit or a hyphen at byte offset i
// of s.
// inAddress reports the text from a to b inside a run of characters
// without spaces that holds an "@" ("Ada" of "Ada.Quill@tarnby.example"):
// part of an e-mail address, not a name ("tsunami.Ada" stays, a full
// stop without its space).
func inAddress(s string, a, b int) bool {
	const most = 254 // an address's longest: a run no longer is read no further
	lo, hi := max(0, a-most), min(len(s), b+most)
	start := lo + strings.LastIndexFunc(s[lo:a], unicode.IsSpace) + 1
	end := hi
	if i := strings.IndexFunc(s[b:hi], unicode.IsSpace); i >= 0 {
		end = b + i
	}
	return strings.Contains(s[start:end], "@")
}

func wordByteAfter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'
}

// noNameCandidate reports whether a sentence cannot yield a mention:
// it has no upper-case letter except in its first word, and that word is
// one the rule lower-case-openers drops anyway (when openers: the rule is
// on). Skipping such sentences saves prose's tagger and classifier (most
// of the cost) without changing the result.
func noNameCandidate(lx *lexicon.Lexicon, src string, s span.Span, lower map[string]bool, openers bool) bool {
	text := src[s.Start:s.End]
	first := ""
	rest := text
	trimmed := strings.TrimLeft(text, " \"'“‘([«„")
	if i := strings.IndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) }); i > 0 {
		first, rest = trimmed[:i], trimmed[i:]
	} else if i < 0 {
		first, rest = trimmed, ""
	}
	if strings.IndexFunc(rest, unicode.IsUpper) >= 0 {
		return false
	}
	if first == "" || !strings.ContainsFunc(first, unicode.IsUpper) {
		return true
	}
	lw := strings.ToLower(first)
	return openers && (lower[lw] || lx.Has(lexicon.NerCommonInitial, lw))
}

// lowerWords returns the set of words written entirely in lower case in
// the given sentences.
func lowerWords(src string, sents []span.Span) map[string]bool {
	set := map[string]bool{}
	for _, s := range sents {
		for _, w := range strings.FieldsFunc(src[s.Start:s.End], func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		}) {
			if w != "" && strings.ToLower(w) == w {
				set[w] = true
			}
		}
	}
	return set
}

// allCapsSentence reports a sentence without lower-case letters (a
// headline in capitals), where every word looks like an acronym.
func allCapsSentence(src string, s span.Span) bool {
	return strings.IndexFunc(src[s.Start:s.End], unicode.IsLower) < 0
}

// midSentenceCaps is the set of capitalised words used past the first
// word of a sentence (a new set on each call).
func midSentenceCaps(src string, sents []span.Span) map[string]bool {
	set := map[string]bool{}
	for w := range midSentenceCapCounts(src, sents) {
		set[w] = true
	}
	return set
}

// midSentenceCapCounts counts the capitalised words used past the first
// word of a sentence.
func midSentenceCapCounts(src string, sents []span.Span) map[string]int {
	n := map[string]int{}
	for _, s := range sents {
		for k, w := range strings.FieldsFunc(src[s.Start:s.End], func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		}) {
			if k > 0 && w != strings.ToLower(w) {
				n[w]++
			}
		}
	}
	return n
}

// openerCapCounts counts the capitalised words that open the sentences
// sents of src, after any quote or bracket.
func openerCapCounts(src string, sents []span.Span) map[string]int {
	n := map[string]int{}
	for _, s := range sents {
		w := src[s.Start:s.End]
		w = strings.TrimLeft(w, " \"'“‘([«„")
		if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); i >= 0 {
			w = w[:i]
		}
		if w != "" && w != strings.ToLower(w) {
			n[w]++
		}
	}
	return n
}

// roleWord reports a lower-case word that heads or opens a role phrase.
func roleWord(lx *lexicon.Lexicon, w string) bool {
	return w != "" && (lx.Has(lexicon.NerPersonWords, w) || lx.Has(lexicon.NerRoleModifiers, w))
}

// countryNamed reports a name of two or three words ending in a country
// whose first word the casing lexicon knows as a word, not as a name
// ("Air France", "Statistics Canada", "Radio Sweden"): an organisation,
// where a given name would make a person ("Jason Scotland").
func (e *Extractor) countryNamed(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	last := words[len(words)-1]
	return isCountry(e.lx, last) && !e.lx.GivenName(last) && !isCountry(e.lx, strings.Join(words[len(words)-2:], " ")) &&
		e.english != nil && e.knownWord(words[0]) && !e.english.NameLike(words[0])
}

// personalName reports a name of two or three words that looks like a
// person's: its first word a name by the casing lexicon (capitalised
// nine times in ten: "Rodney") that opens no place names, and no word of
// it a known place or a place or organisation head.
func (e *Extractor) personalName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || e.english == nil || !e.english.NameLike(words[0]) || e.lx.Has(lexicon.NerPlaceOpeners, strings.ToLower(words[0])) {
		return false
	}
	for _, w := range words {
		if !capitalised(w) || isAcronymWord(w) || e.lx.IsPlace(w) || e.lx.IsDemonym(w) || e.lx.Has(lexicon.OrgHeads, strings.ToLower(w)) ||
			locationHead(e.lx, strings.ToLower(w)) {
			return false
		}
	}
	// A plural of a known word ends names of sides, not people
	// ("Cincinnati Reds").
	last := words[len(words)-1]
	if stem, ok := strings.CutSuffix(last, "s"); ok && e.knownWord(stem) {
		return false
	}
	return !holdsPlaceWord(e.lx, name) && !landmarkName(e.lx, name)
}

// personAround reports words around m that only a person has: ", who"
// after it, or a person word and a comma before it ("chief executive,
// Mark England,"; "Mark England, who ...").
func personAround(lx *lexicon.Lexicon, src string, m span.Mention) bool {
	if whoAfter(lx, strings.TrimLeft(src[m.End:], " ")) {
		return true
	}
	before := strings.TrimRight(src[:m.Start], " ")
	if b, ok := strings.CutSuffix(before, ","); ok {
		return personWordBefore(lx, b, len(b))
	}
	return personWordBefore(lx, src, m.Start)
}

// acronymOpened reports a name of two words or more opening with an
// acronym of three letters or more that is no title, before words not all
// in capitals or a numeral ("BBC Radio Wales", "AOL Europe", "QDA II";
// not "MEP Ada Quill", nor "ADA QUILL", a name in capitals as transcripts
// write speakers), or of two letters before a known place ("AC Oslo", a
// club; "JR Quill" may be a person's initials).
func acronymOpened(lx *lexicon.Lexicon, name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || !isAcronymWord(first) || lx.Has(lexicon.NerPersonWords, strings.ToLower(first)) {
		return false
	}
	if utf8.RuneCountInString(first) == 2 {
		return lx.IsPlace(rest) // "AC Tarnby", a club; "JR Quill" may be a person
	}
	return strings.ContainsFunc(rest, unicode.IsLower) || romanNumeral(rest)
}

// sideName reports a name that reads as a side or a body, not a person,
// after "the": a plural ("Phillies", "Baltimore Orioles"), a name holding
// a place, or one ending in an institution head.
func sideName(lx *lexicon.Lexicon, name string) bool {
	last := textutil.LastField(name)
	return lx.PluralS(last) || holdsPlaceWord(lx, name) || lx.Has(lexicon.OrgHeads, strings.ToLower(last))
}

// nameish reports a word the casing lexicon knows as a name or does not
// know at all ("Viktor", "Chernomyrdin"; not "Oil", "Health").
func (e *Extractor) nameish(w string) bool {
	return !e.knownWord(w) || e.english.NameLike(w)
}

// knownWord reports a word the casing lexicon knows.
func (e *Extractor) knownWord(w string) bool {
	_, known := e.english.Casing(w)
	return known
}

// quoteInitial reports an offset right after an opening quote mark.
func quoteInitial(src string, at int) bool {
	before := src[:at]
	for _, q := range []string{"\"", "“", "‘", "«", "„"} {
		if strings.HasSuffix(before, q) {
			return true
		}
	}
	return false
}

// labelOpening reports whether the text after a line's first word makes
// that word a label: a colon, or a possessive followed by a number.
func labelOpening(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, ":") {
		return true
	}
	for _, p := range []string{"'s", "’s"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			r = strings.TrimLeft(r, " ")
			c, _ := utf8.DecodeRuneInString(r)
			return unicode.IsDigit(c)
		}
	}
	return false
}

// sentenceInitialWord reports whether m is a single word opening its
// sentence (after any quote or bracket).
func sentenceInitialWord(src string, s span.Span, m span.Mention) bool {
	if strings.ContainsAny(m.Text, " -") {
		return false
	}
	return strings.TrimLeft(src[s.Start:m.Start], " \"'“‘([«„") == ""
}

// initialApostrophe reports an apostrophe at src[i:i+n], in the sentence
// src[start:end], after a one-letter capital word and before a word
// opening like a clitic (see clitic) and going on in lower case
// ("O'Sullivan", "D'Souza", "O'Reilly", "O'Malley") or "S" and a word in
// capitals ("O'SULLIVAN", which true-casing, running after this mapping,
// writes "O'Sullivan" in a sentence all in capitals), which prose's
// tokenizer reads as the clitic and then loses the rest of the name with.
func initialApostrophe(src string, start, end, i, n int) bool {
	if i-1 < start || i+n+1 >= end || !clitic(src[i+n:end]) {
		return false
	}
	// Only "S" may open a word in capitals: "I'LL" of a capitals headline
	// is a pronoun and a verb.
	if r, _ := utf8.DecodeRuneInString(src[i+n+1 : end]); !unicode.IsLower(r) && !(src[i+n] == 'S' && unicode.IsUpper(r) && capitalsWord(src[i+n:end])) {
		return false
	}
	c := rune(src[i-1])
	if c < 'A' || c > 'Z' {
		return false
	}
	if i-2 >= start {
		p, _ := utf8.DecodeLastRuneInString(src[start : i-1])
		if unicode.IsLetter(p) || unicode.IsDigit(p) {
			return false
		}
	}
	return true
}

// clitic reports a capital opening s that prose's tokenizer reads,
// after an apostrophe, as the clitic "'s", "'m", "'re" or "'ll"
// ("Sullivan", "Malley", "Reilly", "Llewellyn"; not "Driscoll", which
// it keeps whole).
func clitic(s string) bool {
	return strings.HasPrefix(s, "S") || strings.HasPrefix(s, "M") || strings.HasPrefix(s, "Re") || strings.HasPrefix(s, "Ll")
}

// capitalsWord reports whether the letters opening s, up to its first
// other character, are all capitals ("SULLIVAN" of "SULLIVAN said").
func capitalsWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// sanitize maps a sentence to the text fed to prose, replacing characters
// prose mishandles with ASCII ones and keeping, for each byte of the
// result, the source offset it came from (the last entry is the end).
func sanitize(src string, s span.Span) (string, []int) {
	var sb strings.Builder
	offs := make([]int, 0, s.End-s.Start+1)
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(src[i:])
		var rep string
		switch {
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '″':
			rep = `"`
		case (r == '\'' || r == '’') && initialApostrophe(src, s.Start, s.End, i, n):
			// "O'Sullivan": prose takes "'S" for a clitic and drops the
			// rest. "O'SULLIVAN" loses its apostrophe instead: prose reads
			// "MARA O-SULLIVAN:" opening a line as an organisation "MARA".
			rep = "-"
			if capitalsWord(src[i+n : s.End]) {
				rep = ""
			}
		case r == '‘' || r == '’' || r == '‚' || r == '′':
			rep = "'"
		case r == '*' || r == '_' || r == '#' || r == '[' || r == ']' || r == '|':
			rep = " "
		case unicode.IsSpace(r):
			rep = " "
		case r == utf8.RuneError && n == 1:
			rep = " "
		default:
			rep = src[i : i+n]
		}
		for k := 0; k < len(rep); k++ {
			offs = append(offs, i)
		}
		sb.WriteString(rep)
		i += n
	}
	// prose's classifier rarely labels the final token of an input that
	// does not end in punctuation: give every sentence a full stop.
	if t := strings.TrimRight(sb.String(), " "); t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?") {
		sb.WriteString(" .")
		offs = append(offs, s.End, s.End)
	}
	offs = append(offs, s.End)
	return sb.String(), offs
}

type token struct {
	text, tag, label string
	start, end       int // source offsets; -1 when the token could not be aligned
}

// sentenceEntities runs prose (and the English tagger) over one
// sentence, then the sentence passes (org-cue and the tagger's merge);
// an all-capitals sentence is true-cased first, with casing from
// docCasing. cues is the document's index for personCuedElsewhere.
func (e *Extractor) sentenceEntities(src string, s span.Span, idx int, casing map[string]string, known map[string]bool, capCount, openCount map[string]int, cues *personCues) []span.Mention {
	san, offs := sanitize(src, s)
	if allCapsSentence(src, s) {
		b := []byte(san)
		e.trueCase(b, casing)
		san = string(b)
	}
	memo := e.memo[san]
	if memo == nil {
		// The tokens, tags and labels prose.NewDocument(san,
		// prose.WithSegmentation(false)) gives, from prose's model.
		ptoks, err := e.model.Annotate(san)
		if err != nil {
			return nil
		}
		memo = &sentenceMemo{toks: make([]token, len(ptoks))}
		for i, t := range ptoks {
			memo.toks[i] = token{text: t.Text, tag: t.Tag, label: t.Label}
		}
		if e.memo == nil || len(e.memo) >= memoSize {
			e.memo = make(map[string]*sentenceMemo, memoSize)
		}
		e.memo[san] = memo
	}
	toks := make([]token, len(memo.toks))
	cursor := 0
	for i, t := range memo.toks {
		toks[i] = token{text: t.text, tag: t.tag, label: t.label, start: -1, end: -1}
		if t.text == "" {
			continue
		}
		j := strings.Index(san[cursor:], t.text)
		if j < 0 || strings.TrimSpace(san[cursor:cursor+j]) != "" {
			continue
		}
		a, b := cursor+j, cursor+j+len(t.text)
		toks[i].start, toks[i].end = offs[a], offs[b]
		cursor = b
	}
	ms := chunk(src, toks, idx)
	if e.english == nil {
		return mergeTagged(e.lx, src, ms, nil, nil, e.on)
	}
	in := make([]nertag.Token, len(toks))
	for i, t := range toks {
		in[i] = nertag.Token{Text: t.text, POS: t.tag, Ent: t.label}
	}
	typer := e.typer
	if typer == nil {
		typer = e.english
	}
	if memo.labels == nil {
		memo.labels, memo.types = e.english.Tag(in), typer.Tag(in)
	}
	tagged := taggedSpans(src, toks, slices.Clone(memo.labels), idx)
	typed := taggedSpans(src, toks, slices.Clone(memo.types), idx)
	nameCased := func(w string) bool { c, _ := e.english.Casing(w); return c }
	t := &sentenceDoc{lx: e.lx, src: src, sent: s, found: ms, tagged: tagged, ordinary: e.english.Ordinary, typed: typed, known: known, capCount: capCount, openCount: openCount, nameCased: nameCased, cues: cues}
	return t.merge(e.on)
}

// holdsPlaceWord reports a name with a word, or two words, that the
// gazetteer knows as a place.
func holdsPlaceWord(lx *lexicon.Lexicon, name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		if lx.IsPlace(w) || i+1 < len(words) && lx.IsPlace(w+" "+words[i+1]) {
			return true
		}
	}
	return false
}

// widerPerson returns the tagger's person name of two words or more
// that holds the one-word mention m (a person or a place) and more
// capitalised words, overlapping no other mention ("Brian Giles" where
// prose found "Giles" as a place), or nil.
func widerPerson(m span.Mention, tagged, ms []span.Mention) *span.Mention {
	if m.Type != span.Person && m.Type != span.GPE && m.Type != span.Location || strings.Contains(m.Text, " ") {
		return nil
	}
	for _, t := range tagged {
		if t.Type != span.Person || t.Start > m.Start || t.End < m.End || t.End-t.Start == m.End-m.Start || !strings.Contains(t.Text, " ") ||
			!allCapitalised(strings.Fields(t.Text)) {
			continue
		}
		for _, o := range ms {
			if o != m && o.Start < t.End && t.Start < o.End {
				return nil
			}
		}
		w := t
		return &w
	}
	return nil
}

// orgCue reports an organisation word right before m.
func orgCue(lx *lexicon.Lexicon, src string, m span.Mention) bool {
	return lx.Has(lexicon.OrgCues, wordBefore(src, m.Start))
}

// wordBefore is the lower-cased word ending right before offset at (over
// spaces), without a final full stop.
func wordBefore(src string, at int) string {
	return strings.ToLower(strings.TrimSuffix(lastWord(src, at), "."))
}

// personCue reports a person word right before m or as its first word.
func personCue(lx *lexicon.Lexicon, src string, m span.Mention) bool {
	first, _, _ := strings.Cut(m.Text, " ")
	if lx.Has(lexicon.NerPersonWords, strings.ToLower(strings.TrimSuffix(first, "."))) {
		return true
	}
	return personWordBefore(lx, src, m.Start)
}

// personWordBefore reports a person word (ner_person_words) ending right
// before offset at. A word with a full stop is an abbreviated title or
// honorific ("Gov.", "Dr."), else the stop ends a sentence ("a
// film-maker. Tarnfall was ...").
func personWordBefore(lx *lexicon.Lexicon, src string, at int) bool {
	w := lastWord(src, at)
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if lw != strings.ToLower(w) && !lx.Has(lexicon.Honorifics, lw) && !lx.Has(lexicon.PersonTitles, lw) {
		return false
	}
	return lx.Has(lexicon.NerPersonWords, lw)
}

// personalName reports a name of two or more words whose first word is
// no ordinary word ("Theresa May", not "Red Cross" or "National Grid").
func personalName(name string, ordinary func(string) bool) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && rest != "" && (ordinary == nil || !ordinary(first))
}

// taggedSpans turns IOB2 labels over tokens into mentions (tokens that
// could not be aligned end a span), trimmed of punctuation and possessive
// endings like prose's chunks.
func taggedSpans(src string, toks []token, labels []string, sent int) []span.Mention {
	var out []span.Mention
	start, typ := -1, ""
	flush := func(end int) {
		if start >= 0 {
			if m, ok := spanMention(src, toks[start:end], typ, sent); ok {
				out = append(out, m)
			}
		}
		start, typ = -1, ""
	}
	for i, l := range labels {
		if i >= len(toks) {
			break
		}
		prefix, lab, _ := strings.Cut(l, "-")
		switch {
		case toks[i].start < 0 || l == "O" || l == "":
			flush(i)
		case prefix == "B" || start < 0 || tagType(lab) != typ:
			flush(i)
			start, typ = i, tagType(lab)
		}
	}
	flush(min(len(labels), len(toks)))
	return out
}

// spanMention is a mention over a token run, without leading or trailing
// tokens that have no letter (punctuation, numbers, dates), or false when
// nothing with a capital letter is left.
func spanMention(src string, toks []token, typ string, sent int) (span.Mention, bool) {
	for len(toks) > 0 && !hasLetter(toks[0].text) {
		toks = toks[1:]
	}
	for len(toks) > 0 && (!hasLetter(toks[len(toks)-1].text) || toks[len(toks)-1].text == "'s" || toks[len(toks)-1].text == "’s") {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || toks[0].start < 0 || toks[len(toks)-1].end <= toks[0].start {
		return span.Mention{}, false
	}
	text := src[toks[0].start:toks[len(toks)-1].end]
	if !hasUpper(text) {
		return span.Mention{}, false
	}
	return span.Mention{Text: text, Type: typ, Start: toks[0].start, End: toks[len(toks)-1].end, Sentence: sent}, true
}

// tagType maps nertag's labels to this package's types.
func tagType(l string) string {
	switch l {
	case "PER":
		return span.Person
	case "ORG":
		return span.Org
	case "LOC":
		return span.GPE
	}
	return l
}

// chunk groups tokens into mentions. prose labels most entity tokens B-X,
// so a run of consecutive non-O tokens is one entity, as in prose's own
// chunker; unlike it, neighbours labelled O are never merged for having
// the same POS tag, and an entity at the end of the input is kept.
func chunk(src string, toks []token, sent int) []span.Mention {
	var out []span.Mention
	cur := -1 // index of first token of the open run
	flush := func(end int) {
		if cur < 0 {
			return
		}
		if m, ok := mention(src, toks[cur:end], sent); ok {
			out = append(out, m)
		}
		cur = -1
	}
	for i, t := range toks {
		inside := t.label != "" && t.label != "O"
		// A proper noun labelled O right after an entity token continues
		// it ("Tel Aviv", "West Indies"): prose's classifier often labels
		// only the first word of a name.
		if !inside && cur >= 0 && isProper(t.tag) && !isPunct(t.text) {
			inside = true
		}
		if !inside {
			flush(i)
			continue
		}
		if cur < 0 {
			cur = i
			// Likewise proper nouns labelled O just before it.
			for cur > 0 && isProper(toks[cur-1].tag) && !isPunct(toks[cur-1].text) && (toks[cur-1].label == "" || toks[cur-1].label == "O") {
				cur--
			}
		}
	}
	flush(len(toks))
	return out
}

// isProper reports whether a POS tag marks a proper noun.
func isProper(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// mention trims a token run to its proper-noun core (dropping leading and
// trailing punctuation, common words and possessive endings) and returns
// the mention, or false when no proper noun is left.
func mention(src string, toks []token, sent int) (span.Mention, bool) {
	for len(toks) > 0 && (toks[0].start < 0 || !isProper(toks[0].tag) || isPunct(toks[0].text)) {
		toks = toks[1:]
	}
	for len(toks) > 0 {
		t := toks[len(toks)-1]
		if t.start < 0 || !isProper(t.tag) || isPunct(t.text) {
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	if len(toks) == 0 {
		return span.Mention{}, false
	}
	start, end := toks[0].start, toks[len(toks)-1].end
	if end <= start {
		return span.Mention{}, false
	}
	text := src[start:end]
	if !hasUpper(text) {
		return span.Mention{}, false
	}
	return span.Mention{Text: text, Type: runType(toks), Start: start, End: end, Sentence: sent}, true
}

// runType picks the entity type of a token run: PERSON when any token is
// labelled PERSON (prose's own precedence), else the most frequent label,
// ties going to the earliest.
func runType(toks []token) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, t := range toks {
		_, l, _ := strings.Cut(t.label, "-")
		l = mapLabel(l)
		if l == span.Person {
			return span.Person
		}
		counts[l]++
		if counts[l] > bestN {
			best, bestN = l, counts[l]
		}
	}
	return best
}

func mapLabel(l string) string {
	switch l {
	case "PERSON":
		return span.Person
	case "GPE", "GSP":
		return span.GPE
	case "ORGANIZATION", "ORG":
		return span.Org
	case "LOCATION", "LOC":
		return span.Location
	case "FACILITY", "FAC":
		return span.Facility
	}
	return l
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
