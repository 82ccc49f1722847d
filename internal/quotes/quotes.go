// Package quotes finds direct quotes in news articles, attributes them to
// speakers and matches the same words across articles.
//
// Extraction (per article) reads quote marks paragraph by paragraph:
// straight and curly double quotes, single quotes where they pair up
// (apostrophes in "don't", "Tidewatch's", "'90s" never open or close a
// quote), Swedish ”...” and »...«, and Swedish dialogue dashes (a
// paragraph opening with "– " is speech up to ", säger X"). Each quote is
// then attributed from the words around it: a reporting verb after the
// closing mark ("..., said X", "... X said", "..., säger hon") or before
// the opening mark ("X said: ...", "He told me: ...", "as X tells me,
// ..."), and the subject of that verb is resolved to an entity mention, a
// pronoun's antecedent or a capitalised name written in the attribution.
// One to three words in quotes that are not a clause and have no
// attribution are scare quotes.
//
// Matching (per corpus) groups quotes carrying the same words, after
// normalising quote marks, case, whitespace, punctuation and ellipses,
// and reports quotes attributed to different speakers and quotes whose
// words another article prints in its own voice.
//
// A definite role ("the mayor said") speaks as the one person the
// article names in that role (Options.Roles, from the entity stage).
//
// Limits: pronouns are resolved by recency and position, and gender only
// where an honorific or the given-name lexicon gives it; a
// quote nested in another is part of it, not a quote of its own; a
// paragraph-spanning quote is reported piece by piece; single straight
// quotes count only where a closing mark pairs them in the paragraph (or
// the next paragraph continues them).
//
// Rules: the attribution and matching rules are named passes in ordered
// tables (Rules lists them in run order, each with a one-line doc);
// Options.Off switches passes off by ID ("quotes/follow-on") for
// evaluation harnesses, and Options.Lexicon supplies the word lists
// (reporting verbs, function words, honorifics, role nouns, slogan words).
//
// Offsets are 0-based, half-open byte offsets into the article source.
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Quote kinds, and the speaker of a quote nobody is named for.
const (
	KindSpeech   = "speech"    // words someone said or wrote
	KindScare    = "scare"     // one to three words set off without attribution
	KindOwnVoice = "own-voice" // pseudo-quote: an article's own unquoted words (Finding evidence only)
	Unknown      = "unknown"
)

// Quote is one quote in one article.
//
// A quote running over several paragraphs (an opening mark with no
// closing one at the end of a paragraph, the next paragraph starting with
// an opening mark) is reported as one Quote per paragraph piece; pieces
// without an attribution of their own share the first attribution found
// in the run. The same holds for a run of Swedish dialogue-dash
// paragraphs, and for a quote that follows an attributed quote in the
// same paragraph with nothing but punctuation between the attribution
// and its opening mark ("“A,” she said. “B.”").
type Quote struct {
	Start, End int    // span of the quoted words, without the quote marks
	Text       string // src[Start:End]
	Kind       string // "speech" or "scare"
	// Speaker is the resolved entity name, or an outlet or name taken
	// from the attribution text, or "unknown".
	Speaker string
	// Attribution is the attribution text as written, e.g. "says Sky
	// News", "He told me:", "säger Maria Okafor"; "" if none.
	Attribution        string
	AttrStart, AttrEnd int // offsets of Attribution (0,0 if none)
	// Slogan is set when the words just before the quote call it a
	// slogan, a motto or the like ("and repeated the slogan. "..."").
	Slogan bool
	// Resolved is set when the speaker is an entity of the corpus named
	// in the attribution (a mention): not a name only written there, not a
	// pronoun's antecedent (found by position, a guess), nor "unknown".
	Resolved bool
	// ByRole is the role evidence of a speaker named by role ("the
	// mayor said" after "London mayor Ada Quill"); nil otherwise.
	ByRole *RoleEvidence
}

// RoleEvidence is where the role a speaker was named by is written:
// Article is the article's id, or "" when the roles given carry none
// (the quote's own article).
type RoleEvidence struct {
	Text       string
	Article    string
	Start, End int
}

// Extract finds the quotes of one article, sorted by Start.
//
// paras are the article's paragraphs (kept text blocks, in order; nil
// means the whole source is one paragraph), sents its sentences (in
// order), ments its entity mentions (in order); lang is "en", "sv" or
// anything else (both languages' reporting verbs are then tried).
// Spans outside src are clamped or dropped, so any input is safe.
func Extract(src string, paras []span.Span, sents []span.Span, ments []span.Mention, lang string) []Quote {
	return ExtractWith(src, paras, sents, ments, lang, Options{})
}

// Options are the stage's settings besides its input; the zero value is
// the default.
type Options struct {
	// Lexicon holds the word lists the rules read (reporting verbs,
	// function words, honorifics, ...); nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Off switches passes off by ID ("quotes/lead-in"), for evaluation
	// harnesses; see Rules.
	Off rules.Off
	// Roles are the article's role phrases for its people (the entity
	// stage's; nil: none), read by the role-speaker pass.
	Roles []Role
	// BatchRoles are the roles of every person of the batch, each with
	// its Article (NewRoleIndex; nil: none), read by the
	// batch-role-speaker pass.
	BatchRoles *RoleIndex
	// SpeakerTypes are the entity types of the batch's names (the entity
	// stage's; nil: none known), read by the conflict-body-speaker pass.
	SpeakerTypes map[string]span.EntityType
	// SpeakerRoles are the role phrases the entity stage gives each
	// person of the batch ("harbour board spokeswoman"; nil: none),
	// read by the conflict-body-speaker pass.
	SpeakerRoles map[string][]string
}

// lexicon is the options' lexicon, or the default one.
func (o Options) lexicon() *lexicon.Lexicon {
	if o.Lexicon == nil {
		return lexicon.Default()
	}
	return o.Lexicon
}

// ExtractWith is Extract with options.
func ExtractWith(src string, paras []span.Span, sents []span.Span, ments []span.Mention, lang string, opts Options) []Quote {
	x := newExtractor(src, paras, sents, ments, lang, opts)
	x.findPieces()
	x.attributeAll()
	return x.output()
}

// tok is one token: a word (letters and digits, with inner hyphens and
// apostrophes) or a single other non-space rune.
type tok struct {
	text string
	s, e int
	word bool
}

// isWordRune reports letters and digits.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits src[from:to] into tokens.
func tokenize(src string, from, to int) []tok {
	var out []tok
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(src[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(src[j:to])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‐' {
					if r3, _ := utf8.DecodeRuneInString(src[j+n2 : to]); j+n2 < to && isWordRune(r3) {
						j += n2
						continue
					}
					// A final possessive apostrophe stays outside ("the
					// members’"): it may be a closing mark. Only a plural
					// possessive inside a name stays in the word
					// ("Harbour Workers' Union").
					if (r2 == '\'' || r2 == '’') && pluralPossessiveInName(src[i:j], src[j+n2:to]) {
						j += n2
					}
				}
				break
			}
			out = append(out, tok{src[i:j], i, j, true})
			i = j
		default:
			out = append(out, tok{src[i : i+n], i, i + n, false})
			i += n
		}
	}
	return out
}

// pluralPossessiveInName reports a capitalised word ending in "s" whose
// apostrophe is followed by a space and another capitalised word: the
// apostrophe marks a plural possessive inside a name.
func pluralPossessiveInName(word, rest string) bool {
	first, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) || !strings.HasSuffix(word, "s") || !strings.HasPrefix(rest, " ") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsUpper(next)
}

// extractor holds one article while its quotes are found.
type extractor struct {
	lx     *lexicon.Lexicon
	opts   Options
	src    string
	paras  []span.Span
	sents  []span.Span
	ments  []span.Mention
	lang   string
	pieces []*piece
	// speakerAt are the mention starts already used as speakers: such a
	// mention is a subject, preferred as a pronoun's antecedent.
	speakerAt map[int]bool
	main      *string          // mainPerson, once computed
	pix       *pieceIndex      // the pieces indexed (pieceIx)
	mix       *mentIndex       // the mentions indexed (mentIx)
	roleIx    map[string][]int // Options.Roles by last word (rolesByLast)
	aix       *attribIndex     // the attributions indexed (attribBefore)
	// sourcePhrases are the language's source_phrases, each as its
	// lower-case words ("according to").
	sourcePhrases [][]string
	// sayingPhrases are saying_phrases_en, longest first, for English
	// text (empty otherwise).
	sayingPhrases [][]string
}

// piece is one quote (or one paragraph piece of a longer quote).
type piece struct {
	para       int
	open       int // offset of the opening mark (or the dialogue dash)
	start, end int // the quoted words
	after      int // just after the closing mark; the paragraph end when unclosed
	closed     bool
	cont       bool // unclosed, continued by the next paragraph
	inline     bool // continued by a new opening mark in the paragraph (said: "A. "B.")
	chain      int  // index of the first piece of a paragraph-spanning run, or -1
	dash       bool // Swedish dialogue dash
	attr       *attrib
	own        bool // attr was found for this piece (not inherited)
	kind       string
}

// attrib is an attribution: its text span and the speaker candidate.
type attrib struct {
	s, e int
	c    *cand // nil: the speaker is not named ("a party source said")
	// at is where a pronoun's antecedent search ends.
	at       int
	resolved bool
	speaker  string
	entity   bool  // the speaker is an entity mention in the attribution
	role     *Role // the role the speaker was named by, if any
	ctx      bool  // read from the context (the paragraph or sentence before), not around the quote
	orgPron  bool  // "it", named as an organisation by the org-pronoun pass
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// cleanSpans clamps spans to [0,n], drops empty ones and makes them
// ordered and non-overlapping.
func cleanSpans(in []span.Span, n int) []span.Span {
	var out []span.Span
	for _, s := range in {
		a, b := clamp(s.Start, 0, n), clamp(s.End, 0, n)
		if b > a {
			out = append(out, span.Span{Start: a, End: b})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	res := out[:0]
	last := 0
	for _, s := range out {
		if s.Start < last {
			s.Start = last
		}
		if s.End > s.Start {
			res = append(res, s)
			last = s.End
		}
	}
	return res
}

func newExtractor(src string, paras, sents []span.Span, ments []span.Mention, lang string, opts Options) *extractor {
	x := &extractor{lx: opts.lexicon(), opts: opts, src: src, lang: lang, speakerAt: map[int]bool{}}
	x.sourcePhrases = sourcePhrases(x.lx, lang)
	x.sayingPhrases = sayingPhrases(x.lx, lang)
	x.paras = cleanSpans(paras, len(src))
	if paras == nil && len(src) > 0 {
		x.paras = []span.Span{{Start: 0, End: len(src)}}
	}
	x.sents = cleanSpans(sents, len(src))
	for _, m := range ments {
		if m.Start >= 0 && m.End <= len(src) && m.End > m.Start {
			x.ments = append(x.ments, m)
		}
	}
	sort.SliceStable(x.ments, func(i, j int) bool { return x.ments[i].Start < x.ments[j].Start })
	return x
}

// output renders the pieces as Quotes.
func (x *extractor) output() []Quote {
	var out []Quote
	for _, p := range x.pieces {
		q := Quote{Start: p.start, End: p.end, Text: x.src[p.start:p.end], Kind: p.kind, Speaker: Unknown,
			Slogan: x.sloganBefore(p.start)}
		if p.attr != nil && p.kind == KindSpeech {
			q.Speaker = x.speaker(p.attr)
			q.Resolved = p.attr.entity && q.Speaker != Unknown
			if r := p.attr.role; r != nil && q.Speaker != Unknown {
				q.ByRole = &RoleEvidence{Text: r.Text, Article: r.Article, Start: r.Start, End: r.End}
			}
			q.Attribution = x.src[p.attr.s:p.attr.e]
			q.AttrStart, q.AttrEnd = p.attr.s, p.attr.e
		}
		out = append(out, q)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// paraOf is the index of the paragraph holding pos, or -1.
func (x *extractor) paraOf(pos int) int {
	i := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End > pos })
	if i < len(x.paras) && x.paras[i].Start <= pos {
		return i
	}
	return -1
}

// sentIndex is the index of the last sentence starting at or before
// pos, or -1.
func (x *extractor) sentIndex(pos int) int {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].Start > pos })
	return i - 1
}

// inQuote reports whether pos lies inside a quote found so far.
func (x *extractor) inQuote(pos int) bool {
	return x.pieceIx().quoted.covers(pos)
}

// mentionAt is the mention covering pos, or nil.
func (x *extractor) mentionAt(pos int) *span.Mention {
	i := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].Start > pos })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x.ments[k].Start <= pos && pos < x.ments[k].End {
			return &x.ments[k]
		}
	}
	return nil
}

// firstNonSpace is the offset of the first non-space rune in [from,to),
// or to.
func firstNonSpace(src string, from, to int) int {
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(src[i:to])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return to
}

// trimSpan trims spaces (and trailing commas and semicolons) from
// [s,e).
func trimSpan(src string, s, e int) (int, int) {
	s = firstNonSpace(src, s, e)
	for e > s {
		r, n := utf8.DecodeLastRuneInString(src[s:e])
		if unicode.IsSpace(r) || r == ',' || r == ';' {
			e -= n
			continue
		}
		break
	}
	return s, e
}

// hasWord reports a letter or digit in src[s:e].
func hasWord(src string, s, e int) bool {
	return strings.IndexFunc(src[s:e], isWordRune) >= 0
}

// sloganBefore reports a slogan word in the 120 bytes before offset at
// ("repeated the slogan. "A fair start ..."").
func (x *extractor) sloganBefore(at int) bool {
	src := x.src
	from := max(0, at-120)
	for from < at && !utf8.RuneStart(src[from]) {
		from++
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(src[from:at]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if x.lx.Has(lexicon.SloganWords, w) {
			return true
		}
	}
	return false
}
