// Package nerrun runs the project's named-entity recognition, as the
// pipeline does, over pre-tokenised documents: the evaluation tool scores
// it against gold labels and the training tool labels unlabelled news
// with it. Each sentence's text is its own running text when the corpus
// gives it and every token is found in it, else its tokens joined by single
// spaces (SentenceText).
package nerrun

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Pred is one predicted mention: byte offsets into its sentence's text and
// a scored label (PER, LOC or ORG), or "" when the system gave no such
// type.
type Pred struct {
	Start, End int
	Label      string
	// Raw is the system's own type, for reporting.
	Raw string
}

// JoinTokens joins tokens with single spaces and returns the text with
// each token's byte offsets [starts[i], ends[i]).
func JoinTokens(toks []string) (text string, starts, ends []int) {
	var sb strings.Builder
	starts = make([]int, len(toks))
	ends = make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			sb.WriteByte(' ')
		}
		starts[i] = sb.Len()
		sb.WriteString(t)
		ends[i] = sb.Len()
	}
	return sb.String(), starts, ends
}

// AlignTokens finds each token in text, in order, allowing only white
// space before the first and between consecutive tokens (none is needed:
// "do" "n't" in "don't"); unaligned tokens get -1, and ok is false unless
// every token is found.
func AlignTokens(text string, toks []string) (starts, ends []int, ok bool) {
	starts = make([]int, len(toks))
	ends = make([]int, len(toks))
	cursor := 0
	ok = true
	for i, t := range toks {
		starts[i], ends[i] = -1, -1
		if t == "" {
			ok = false
			continue
		}
		j := strings.Index(text[cursor:], t)
		if j < 0 || strings.TrimSpace(text[cursor:cursor+j]) != "" {
			ok = false
			continue
		}
		starts[i], ends[i] = cursor+j, cursor+j+len(t)
		cursor = ends[i]
	}
	return starts, ends, ok
}

// SentenceText returns the text the project's NER reads for a gold
// sentence and each token's byte offsets in it: the sentence's own
// running text (s.Text: "Britt's Pizza", "al-Sadr", as a reader of the
// corpus saw it) when every token is found in it in order on one line
// with nothing but white space left over, else the tokens joined by
// single spaces.
func SentenceText(s *nerdata.Sentence) (text string, starts, ends []int) {
	if s.Text != "" && !strings.ContainsAny(s.Text, "\n\r") {
		if starts, ends, ok := AlignTokens(s.Text, s.Tokens); ok && len(ends) > 0 && strings.TrimSpace(s.Text[ends[len(ends)-1]:]) == "" {
			return s.Text, starts, ends
		}
	}
	return JoinTokens(s.Tokens)
}

// TokenSpan maps a byte range [s, e) of a sentence's text to the token
// span [i, j) it covers. ok is false unless s is the start of a token and
// e the end of a token at or after it.
func TokenSpan(starts, ends []int, s, e int) (i, j int, ok bool) {
	i = sort.SearchInts(starts, s)
	if i == len(starts) || starts[i] != s {
		return 0, 0, false
	}
	k := sort.SearchInts(ends, e)
	if k == len(ends) || ends[k] != e || k < i || e <= s {
		return 0, 0, false
	}
	return i, k + 1, true
}

// Label maps the voted cluster type of entities.Resolve to a scored
// label. MISC (a cluster no mention typed) and "" give "".
func Label(t string) string {
	switch t {
	case span.Person:
		return "PER"
	case span.GPE, span.Location, span.Facility:
		return "LOC"
	case span.Org:
		return "ORG"
	}
	return ""
}

// source joins a document's sentences with newlines and returns one
// span.Span per sentence.
func source(d *nerdata.Document) (string, []span.Span) {
	var sb strings.Builder
	sents := make([]span.Span, len(d.Sents))
	for i := range d.Sents {
		if i > 0 {
			sb.WriteByte('\n')
		}
		text, _, _ := SentenceText(&d.Sents[i])
		start := sb.Len()
		sb.WriteString(text)
		sents[i] = span.Span{Start: start, End: sb.Len()}
	}
	return sb.String(), sents
}

// Project runs the project's NER on a document: ner Entities (English) or
// Tagged (other languages) over its sentences, then entities.Resolve
// over the document's mentions; each mention gets its cluster's voted
// type. Predictions are returned per sentence, sorted by start, with
// sentence-relative offsets.
func Project(ex *ner.Extractor, lang string, d *nerdata.Document) [][]Pred {
	return ProjectWith(ex, lang, d, entities.Options{})
}

// ProjectWith is Project with entity resolution options (passes switched
// off, for ablation).
func ProjectWith(ex *ner.Extractor, lang string, d *nerdata.Document, eopts entities.Options) [][]Pred {
	src, sents := source(d)
	var ms []span.Mention
	if lang == "en" {
		ms = ex.Entities(src, sents)
	} else {
		ms = ex.Tagged(src, sents, lang)
	}
	in := make([]entities.Mention, 0, len(ms))
	for _, m := range ms {
		// As the pipeline does (resolveEntities).
		s := sents[m.Sentence]
		em := entities.NewMention(d.ID, src, m.Type, m.Start, m.End, s.Start, s.End)
		em.Lang = lang
		in = append(in, em)
	}
	out := make([][]Pred, len(sents))
	for _, e := range entities.ResolveWith(in, eopts).Entities {
		lab := Label(e.Type)
		for _, m := range e.Mentions {
			si := sort.Search(len(sents), func(i int) bool { return sents[i].End >= m.End }) // sentence holding the mention
			if si == len(sents) || m.Start < sents[si].Start {
				continue
			}
			out[si] = append(out[si], Pred{Start: m.Start - sents[si].Start, End: m.End - sents[si].Start, Label: lab, Raw: e.Type})
		}
	}
	for _, ps := range out {
		sort.SliceStable(ps, func(i, j int) bool {
			return ps[i].Start < ps[j].Start || ps[i].Start == ps[j].Start && ps[i].End > ps[j].End
		})
	}
	return out
}

// IOB2 labels a sentence's tokens from predictions on its text
// (SentenceText): B-X/I-X on the tokens of each typed prediction that lies
// on token boundaries and does not overlap an earlier one, O elsewhere.
func IOB2(s *nerdata.Sentence, preds []Pred) []string {
	toks := s.Tokens
	_, starts, ends := SentenceText(s)
	labels := make([]string, len(toks))
	for i := range labels {
		labels[i] = "O"
	}
	taken := make([]bool, len(toks))
next:
	for _, p := range preds {
		if p.Label == "" {
			continue
		}
		i, j, ok := TokenSpan(starts, ends, p.Start, p.End)
		if !ok {
			continue
		}
		for k := i; k < j; k++ {
			if taken[k] {
				continue next
			}
		}
		for k := i; k < j; k++ {
			taken[k] = true
			labels[k] = "I-" + p.Label
		}
		labels[i] = "B-" + p.Label
	}
	return labels
}
