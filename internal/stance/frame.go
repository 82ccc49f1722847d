package stance

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jonreiter/govader"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"gopkg.in/yaml.v3"
)

// Registers of an article.
const (
	Opinion = "opinion"
	Report  = "report"
)

// Target is an entity (or faction) and its mentions in the article.
type Target struct {
	Name     string
	Mentions []span.Span
}

// Evidence is one term that moved a tone or the register.
type Evidence struct {
	Term string // the text matched, as written
	// Kind is "label" (loaded label), "evaluative", "sentiment" (VADER or
	// the language's sentiment list) or an opinion marker kind.
	Kind     string
	Weight   float64
	Start    int
	End      int
	Sentence string
}

// TargetFrame is the tone toward one target, in [-1, 1], with the terms
// that made it (strongest first).
type TargetFrame struct {
	Name      string
	Tone      float64
	Sentences int // sentences mentioning the target
	// Label is "positive", "negative" or "neutral": the tone beyond the
	// tone model's threshold (English), or beyond 0.2 otherwise.
	Label    string
	Evidence []Evidence
}

// Framing is how an article frames the people in it.
type Framing struct {
	Register string // Opinion or Report
	Reason   string
	// Markers are the opinion markers found (outside quotation marks).
	Markers []Evidence
	Targets []TargetFrame
}

// LangLexicon is the framing vocabulary of one language.
type LangLexicon struct {
	Labels     map[string]float64 `yaml:"labels"`
	Evaluative map[string]float64 `yaml:"evaluative"`
	Sentiment  map[string]float64 `yaml:"sentiment"`
	Neutral    []string           `yaml:"neutral"`
	Opinion    struct {
		FirstPersonPlural []string `yaml:"first_person_plural"`
		Obligation        []string `yaml:"obligation"`
		Calls             []string `yaml:"calls"`
	} `yaml:"opinion"`
}

// Lexicon maps an ISO 639-1 language code to its framing vocabulary.
type Lexicon map[string]*LangLexicon

// ParseLexicon reads a lexicon in the shape of framing.yaml.
func ParseLexicon(b []byte) (Lexicon, error) {
	var lex Lexicon
	if err := yaml.Unmarshal(b, &lex); err != nil {
		return nil, fmt.Errorf("framing lexicon: %w", err)
	}
	for lang, l := range lex {
		if l == nil {
			return nil, fmt.Errorf("framing lexicon: language %q is empty", lang)
		}
		for _, m := range []map[string]float64{l.Labels, l.Evaluative, l.Sentiment} {
			for term, w := range m {
				if !(w >= -1 && w <= 1) { // also rejects NaN
					return nil, fmt.Errorf("framing lexicon: %s %q: weight %v outside [-1, 1]", lang, term, w)
				}
			}
		}
	}
	return lex, nil
}

var (
	defaultLexOnce sync.Once
	defaultLex     Lexicon
)

// DefaultLexicon returns a copy of the embedded framing lexicon (the
// lexicon package's data/framing/framing.yaml).
func DefaultLexicon() Lexicon {
	defaultLexOnce.Do(func() {
		var err error
		defaultLex, err = ParseLexicon(lexicon.Default().Framing()[0])
		if err != nil {
			panic(err) // the embedded file is tested
		}
	})
	out := Lexicon{}
	out.Merge(defaultLex)
	return out
}

// LexiconFrom returns the framing lexicon of lx: the embedded one with
// the framing sections of lx's user files merged in, in order.
func LexiconFrom(lx *lexicon.Lexicon) (Lexicon, error) {
	out := DefaultLexicon()
	docs := lx.Framing()
	for i := 1; i < len(docs); i++ {
		extra, err := ParseLexicon(docs[i])
		if err != nil {
			return nil, err
		}
		out.Merge(extra)
	}
	return out, nil
}

// Merge adds other's entries to lex (other wins on the same term).
func (lex Lexicon) Merge(other Lexicon) {
	for lang, o := range other {
		l := lex[lang]
		if l == nil {
			l = &LangLexicon{}
			lex[lang] = l
		}
		l.Labels = mergeMap(l.Labels, o.Labels)
		l.Evaluative = mergeMap(l.Evaluative, o.Evaluative)
		l.Sentiment = mergeMap(l.Sentiment, o.Sentiment)
		l.Neutral = append(append([]string(nil), l.Neutral...), o.Neutral...)
		l.Opinion.FirstPersonPlural = append(append([]string(nil), l.Opinion.FirstPersonPlural...), o.Opinion.FirstPersonPlural...)
		l.Opinion.Obligation = append(append([]string(nil), l.Opinion.Obligation...), o.Opinion.Obligation...)
		l.Opinion.Calls = append(append([]string(nil), l.Opinion.Calls...), o.Opinion.Calls...)
	}
}

func mergeMap(a, b map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// phrase is a lexicon term split into words.
type phrase struct {
	words  []string
	term   string
	kind   string
	weight float64
}

// framer is a compiled lexicon for one language.
type framer struct {
	first map[string][]phrase // by first word (exact)
	// prefixFirst holds single-word terms of 5+ letters, matched as word
	// prefixes (inflections, compounds).
	prefixFirst []phrase
	vader       bool
	neutral     map[string]bool // hidden from VADER
	// sia is the VADER analyser shared by a Framer's languages.
	sia *govader.SentimentIntensityAnalyzer
}

func phraseWords(term string) []string {
	var out []string
	for _, t := range tokenize(term) {
		out = append(out, t.lower)
	}
	return out
}

func compile(l *LangLexicon, lang string) *framer {
	fr := &framer{first: map[string][]phrase{}, vader: lang == "en", neutral: map[string]bool{}}
	for _, w := range l.Neutral {
		fr.neutral[strings.ToLower(w)] = true
	}
	add := func(term, kind string, w float64) {
		words := phraseWords(term)
		if len(words) == 0 {
			return
		}
		p := phrase{words: words, term: term, kind: kind, weight: w}
		if len(words) == 1 && len([]rune(words[0])) >= 5 {
			fr.prefixFirst = append(fr.prefixFirst, p)
			return
		}
		fr.first[words[0]] = append(fr.first[words[0]], p)
	}
	addMap := func(m map[string]float64, kind string) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			add(k, kind, m[k])
		}
	}
	addMap(l.Labels, "label")
	addMap(l.Evaluative, "evaluative")
	if !fr.vader {
		addMap(l.Sentiment, "sentiment")
	}
	for _, t := range l.Opinion.FirstPersonPlural {
		add(t, "first-person-plural", 0)
	}
	for _, t := range l.Opinion.Obligation {
		add(t, "obligation", 0)
	}
	for _, t := range l.Opinion.Calls {
		add(t, "call-to-action", 0)
	}
	return fr
}

// wordMatch: exact, or the phrase's last word (5+ letters) as a prefix.
func wordMatch(tok, w string, last bool) bool {
	if tok == w {
		return true
	}
	return last && len([]rune(w)) >= 5 && strings.HasPrefix(tok, w)
}

// match finds lexicon terms in toks (non-overlapping per kind, longest
// first).
func (fr *framer) match(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); i++ {
		var cands []phrase
		cands = append(cands, fr.first[toks[i].lower]...)
		for _, p := range fr.prefixFirst {
			if strings.HasPrefix(toks[i].lower, p.words[0]) {
				cands = append(cands, p)
			}
		}
		for _, p := range cands {
			n := len(p.words)
			if i+n > len(toks) {
				continue
			}
			ok := true
			for k := 0; k < n && ok; k++ {
				ok = wordMatch(toks[i+k].lower, p.words[k], k == n-1)
			}
			if ok {
				out = append(out, match{p: p, from: i, to: i + n})
			}
		}
	}
	// Keep, per kind group (framing vs opinion), the longest match at each
	// place; drop matches inside a longer one.
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].from != out[b].from {
			return out[a].from < out[b].from
		}
		return out[a].to-out[a].from > out[b].to-out[b].from
	})
	var kept []match
	lastEnd := map[bool]int{}
	for _, m := range out {
		g := isFraming(m.p.kind)
		if m.from < lastEnd[g] {
			continue
		}
		lastEnd[g] = m.to
		kept = append(kept, m)
	}
	return kept
}

// isFraming tells framing terms (which carry a weight) from opinion
// markers.
func isFraming(kind string) bool {
	return kind == "label" || kind == "evaluative" || kind == "sentiment"
}

type match struct {
	p        phrase
	from, to int // token range
}

// Framer frames articles with one lexicon; it is read-only once built and
// safe for concurrent use.
type Framer struct {
	langs map[string]*framer
	sia   *govader.SentimentIntensityAnalyzer
	// tone is the target-tone model (English); nil when it cannot load.
	tone *ToneModel
}

// NewFramer compiles a lexicon (DefaultLexicon, possibly merged with a
// user's file).
func NewFramer(lex Lexicon) *Framer {
	fm := &Framer{langs: map[string]*framer{}, sia: govader.NewSentimentIntensityAnalyzer()}
	if tm, err := LoadTone(); err == nil {
		fm.tone = tm
	}
	for lang, l := range lex {
		fr := compile(l, lang)
		fr.sia = fm.sia
		fm.langs[lang] = fr
	}
	return fm
}

// Frame reads text (an article in language lang, ISO 639-1): its register
// and the tone toward each target. Offsets in targets and in the result
// are byte offsets into text. A language the lexicon lacks gets no framing terms or opinion markers (only VADER
// sentiment when lang is "en"), so its register is always report.
//
// Register: the opinion markers (first-person plural, obligation, calls to
// action, exclamation marks) are counted outside quotation marks; the
// article is an opinion piece when it has 4 or more marker points (an
// exclamation mark or a first-person plural counts 1, an obligation or a
// call to action 2), at least two kinds of marker, a first-person plural
// or a call to action (the writer's own voice), and at least one point
// per 10 sentences. Otherwise it is a report. Reason lists the counts.
// Calls to action count only where they open a sentence. Pass the text
// with boilerplate (newsletter promotions and the like) blanked out: their
// "our" and "sign up" are the publisher's, not the writer's.
//
// Tone toward a target: over the sentences mentioning it, the mean of
// (0.5 x sentiment + the sum of framing-term weights), clamped to [-1, 1].
// Sentiment is VADER's compound score for English and the mean weight of
// the language's sentiment words otherwise. Evidence lists the framing
// terms, then sentiment words (|VADER valence| >= 1.5), strongest first.
func (fm *Framer) Frame(text, lang string, targets []Target) Framing {
	fr := fm.langs[lang]
	if fr == nil {
		fr = compile(&LangLexicon{}, lang)
		fr.sia = fm.sia
	}
	toks := tokenize(text)
	joinAbbreviations(text, toks)
	sents := sentenceSpans(text, toks)
	quoted := quotedMask(text)
	matches := fr.match(toks)

	// Register.
	var f Framing
	counts := map[string]int{}
	for _, m := range matches {
		if isFraming(m.p.kind) {
			continue
		}
		start, end := toks[m.from].start, toks[m.to-1].end
		if quoted[start] {
			continue
		}
		if m.p.kind == "call-to-action" && m.from > 0 && toks[m.from-1].sent == toks[m.from].sent {
			continue // imperatives open their sentence
		}
		counts[m.p.kind]++
		f.Markers = append(f.Markers, Evidence{Term: text[start:end], Kind: m.p.kind, Start: start, End: end,
			Sentence: sentText(text, sents, toks[m.from].sent)})
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '!' && !quoted[i] {
			counts["exclamation"]++
			s := sentenceOf(sents, i)
			f.Markers = append(f.Markers, Evidence{Term: "!", Kind: "exclamation", Start: i, End: i + 1,
				Sentence: sentText(text, sents, s)})
		}
	}
	sort.SliceStable(f.Markers, func(a, b int) bool { return f.Markers[a].Start < f.Markers[b].Start })
	points := counts["first-person-plural"] + counts["exclamation"] + 2*(counts["obligation"]+counts["call-to-action"])
	kinds := len(counts)
	nSent := max(len(sents), 1)
	desc := fmt.Sprintf("first-person plural %d, obligation %d, calls to action %d, exclamation marks %d (outside quotes) in %d sentences",
		counts["first-person-plural"], counts["obligation"], counts["call-to-action"], counts["exclamation"], len(sents))
	voice := counts["first-person-plural"] + counts["call-to-action"]
	if points >= 4 && kinds >= 2 && voice > 0 && float64(points)*10 >= float64(nSent) {
		f.Register = Opinion
		f.Reason = "opinion markers: " + desc + examples(f.Markers)
	} else {
		f.Register = Report
		f.Reason = "few opinion markers: " + desc
	}

	// Tone per target. Matches and tokens are indexed by sentence once,
	// so each target reads only its own sentences (linear in the text).
	bySent := make([][]match, len(sents))
	for _, m := range matches {
		if s := toks[m.from].sent; s >= 0 && s < len(sents) {
			bySent[s] = append(bySent[s], m)
		}
	}
	tokFrom := make([]int, len(sents)+1)
	k := 0
	for s := range tokFrom {
		for k < len(toks) && toks[k].sent < s {
			k++
		}
		tokFrom[s] = k
	}
	var names []span.Span // every target's mentions: never scored as words
	for _, t := range targets {
		names = append(names, t.Mentions...)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Start < names[j].Start })
	tc := toneCtx{fm: fm, names: names}
	for _, t := range targets {
		f.Targets = append(f.Targets, frameTarget(fr, tc, text, toks, sents, bySent, tokFrom, t))
	}
	return f
}

// examples names up to five distinct marker terms.
func examples(ms []Evidence) string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		k := strings.ToLower(m.Term)
		if !seen[k] && len(out) < 5 {
			seen[k] = true
			out = append(out, fmt.Sprintf("%q", m.Term))
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "; e.g. " + strings.Join(out, ", ")
}

// toneCtx carries what frameTarget needs beyond the language's lexicon:
// the tone model and every name mention of the article.
type toneCtx struct {
	fm    *Framer
	names []span.Span
}

func frameTarget(fr *framer, tc toneCtx, text string, toks []token, sents []span.Span, bySent [][]match, tokFrom []int, t Target) TargetFrame {
	tf := TargetFrame{Name: t.Name}
	mentions := append([]span.Span(nil), t.Mentions...)
	sort.Slice(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	t.Mentions = mentions
	in := map[int]bool{}
	for _, m := range t.Mentions {
		if m.Start < 0 || m.Start >= len(text) {
			continue
		}
		in[sentenceOf(sents, m.Start)] = true
	}
	var idx []int
	for s := range in {
		idx = append(idx, s)
	}
	sort.Ints(idx)
	tf.Sentences = len(idx)
	if len(idx) == 0 {
		return tf
	}
	sum := 0.0
	for _, s := range idx {
		sp := sents[s]
		stext := text[sp.Start:sp.End]
		frame := 0.0
		sentiment, sn := 0.0, 0
		sw := 0.5 // weight of the sentence's sentiment in its tone
		for _, m := range bySent[s] {
			if !isFraming(m.p.kind) {
				continue
			}
			start, end := toks[m.from].start, toks[m.to-1].end
			if inMention(t.Mentions, start, end) || inMention(tc.names, start, end) {
				continue // a name is never a label or a sentiment word
			}
			if m.p.kind == "sentiment" {
				sentiment += m.p.weight
				sn++
			} else {
				frame += m.p.weight
			}
			tf.Evidence = append(tf.Evidence, Evidence{Term: text[start:end], Kind: m.p.kind, Weight: m.p.weight,
				Start: start, End: end, Sentence: stext})
		}
		if fr.vader && tc.fm != nil && tc.fm.tone != nil {
			sentiment, sw = tc.toneOf(text, sp, t.Mentions, &tf, stext), 1
		} else if fr.vader {
			// VADER on the sentence, with neutral words and the target's
			// own mentions blanked (same length, so nothing else moves).
			masked := []byte(stext)
			lexv := valences()
			for _, tk := range toks[tokFrom[s]:tokFrom[s+1]] {
				if tk.sent != s {
					continue
				}
				if fr.neutral[tk.lower] || inMention(t.Mentions, tk.start, tk.end) || inMention(tc.names, tk.start, tk.end) {
					for k := tk.start; k < tk.end; k++ {
						masked[k-sp.Start] = ' '
					}
					continue
				}
				if v, ok := lexv[tk.lower]; ok && math.Abs(v) >= 1.5 {
					tf.Evidence = append(tf.Evidence, Evidence{Term: text[tk.start:tk.end], Kind: "sentiment",
						Weight: round3(v / 4), Start: tk.start, End: tk.end, Sentence: stext})
				}
			}
			sentiment = fr.sia.PolarityScores(string(masked)).Compound
		} else if sn > 0 {
			sentiment /= float64(sn)
		}
		sum += sw*sentiment + frame
	}
	tf.Tone = round3(math.Max(-1, math.Min(1, sum/float64(len(idx)))))
	tf.Label = tc.label(tf.Tone, fr.vader)
	rank := func(k string) int {
		if k == "sentiment" || k == "tone" {
			return 1
		}
		return 0
	}
	sort.SliceStable(tf.Evidence, func(a, b int) bool {
		ea, eb := tf.Evidence[a], tf.Evidence[b]
		if rank(ea.Kind) != rank(eb.Kind) {
			return rank(ea.Kind) < rank(eb.Kind)
		}
		if math.Abs(ea.Weight) != math.Abs(eb.Weight) {
			return math.Abs(ea.Weight) > math.Abs(eb.Weight)
		}
		return ea.Start < eb.Start
	})
	return tf
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// toneOf is the target-tone model's tone (P(positive) - P(negative)) of
// one sentence toward the target, every name masked; the words that moved
// it join tf's evidence (kind "tone").
func (tc toneCtx) toneOf(text string, sp span.Span, mentions []span.Span, tf *TargetFrame, stext string) float64 {
	var own, others []span.Span
	for _, m := range mentions {
		if m.Start < sp.End && sp.Start < m.End {
			own = append(own, m)
		}
	}
	for _, m := range tc.names {
		if m.Start < sp.End && sp.Start < m.End && !inMention(own, m.Start, m.End) {
			others = append(others, m)
		}
	}
	p, words := tc.fm.tone.Probabilities(ToneInput{Text: text, Sentence: sp, Target: own, Names: others})
	for _, w := range words {
		tf.Evidence = append(tf.Evidence, Evidence{Term: text[w.Start:w.End], Kind: "tone", Weight: w.Weight,
			Start: w.Start, End: w.End, Sentence: stext})
	}
	return p[2] - p[0]
}

// label names a tone: the tone model's threshold for English, 0.2 for
// the lexicon-only languages.
func (tc toneCtx) label(tone float64, english bool) string {
	if english && tc.fm != nil && tc.fm.tone != nil {
		return tc.fm.tone.Label(tone)
	}
	switch {
	case tone > 0.2:
		return "positive"
	case tone < -0.2:
		return "negative"
	}
	return "neutral"
}

// inMention reports whether [start, end) overlaps a mention of ms
// (sorted by Start); a binary search, then the few mentions before.
func inMention(ms []span.Span, start, end int) bool {
	j := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
	for k := j - 1; k >= 0 && start-ms[k].Start <= maxMention; k-- {
		if ms[k].End > start {
			return true
		}
	}
	return false
}

// maxMention bounds a mention's length in bytes (for inMention).
const maxMention = 512

// joinAbbreviations renumbers the tokens' sentences so that a full stop
// after an abbreviation ("Mr.", "Sen.", an initial) or before a word in
// lower case ("(R-Ky.) met") does not end a sentence.
func joinAbbreviations(text string, toks []token) {
	lx := lexicon.Default()
	shift := 0
	for i := 1; i < len(toks); i++ {
		prev, cur := toks[i-1], toks[i]
		if cur.sent-shift != prev.sent {
			w := text[prev.start:prev.end]
			r, _ := utf8.DecodeRuneInString(text[cur.start:])
			dot := prev.end < len(text) && text[prev.end] == '.'
			blank := strings.Contains(text[prev.end:cur.start], "\n\n")
			if !blank && (dot && (lx.Has(lexicon.AbbreviationsEnSv, prev.lower) || len(w) == 1 && unicode.IsUpper(rune(w[0]))) || unicode.IsLower(r)) {
				shift++
			}
		}
		toks[i].sent -= shift
	}
}

// sentenceSpans returns each sentence's byte span, from the tokens'
// sentence numbers (a sentence runs from its first token to the end of
// its last token plus closing punctuation).
func sentenceSpans(text string, toks []token) []span.Span {
	var out []span.Span
	for i, t := range toks {
		if i == 0 || t.sent != toks[i-1].sent {
			out = append(out, span.Span{Start: t.start, End: t.end})
		}
		out[len(out)-1].End = t.end
	}
	for i := range out {
		e := out[i].End
		for e < len(text) && strings.IndexByte(".!?\"')”’", text[e]) >= 0 {
			e++
		}
		for e < len(text) && (text[e]&0xC0 == 0x80) { // finish a multibyte closing quote
			e++
		}
		out[i].End = e
	}
	return out
}

// sentenceOf returns the index of the sentence holding byte offset off
// (the nearest one before it when off falls between sentences).
func sentenceOf(sents []span.Span, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Start > off })
	return max(i-1, 0)
}

func sentText(text string, sents []span.Span, i int) string {
	if i < 0 || i >= len(sents) {
		return ""
	}
	return text[sents[i].Start:sents[i].End]
}

// quotedMask marks the bytes inside quotation marks (“...”, "...", «...»,
// and ”...” as Swedish writes it), so that opinion markers in quoted
// speech are not counted as the writer's.
func quotedMask(text string) []bool {
	mask := make([]bool, len(text)+1)
	in := false
	for i, r := range text {
		switch r {
		case '“', '«':
			in = true
		case '»':
			in = false
		case '”':
			// English closes with ”; Swedish opens and closes with it.
			in = !in
		case '"':
			in = !in
		case '\n':
			if i+1 < len(text) && text[i+1] == '\n' {
				in = false // quotes never run across paragraphs
			}
		}
		if in {
			n := len(string(r))
			for k := 0; k < n && i+k < len(mask); k++ {
				mask[i+k] = true
			}
		}
	}
	return mask
}
