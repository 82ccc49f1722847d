// Package prosefast runs prose's own English models faster: the
// averaged-perceptron part-of-speech tagger and the maximum-entropy entity
// classifier of github.com/jdkato/prose/v2, scored with the weights prose
// ships (read through prose.Asset), with the same features, the same
// summation order and the same decision rule, so that Annotate gives the
// tokens, tags and labels prose.NewDocument gives (segmentation off, the
// default model) on every sentence where prose itself is deterministic.
//
// What is cheaper than prose: a feature's weights are found with one
// lookup per feature (prose joins "name-value-label" and looks it up once
// per label, thirteen labels), no map is built per token, the word list and
// the regular expressions prose runs per token are a set lookup and byte
// tests, and the tagger sums its weights in integer thousandths (every
// weight of prose's tagger is a multiple of 0.001) in a fixed order.
//
// Where prose is not deterministic: its tagger sums a token's feature
// weights in map order and takes the first best class in map order, so two
// classes whose scores are equal (exactly, in thousandths) get either tag
// from run to run; its classifier takes the best label in map order too.
// Here a tie goes to the class (label) listed first in prose's model. The
// tokenizer is prose's own (prose.NewDocument with tagging and extraction
// off).
//
// See NOTICE for prose's licence.
package prosefast

import (
	"bufio"
	"bytes"
	_ "embed" // emoticons.txt
	"encoding/gob"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// emoticonList is prose's emoticon table (tokenize.go), one per line: its
// tagger tags an emoticon SYM.
//
//go:embed emoticons.txt
var emoticonList string

// Model is prose's default tagger and entity classifier in a form that is
// cheap to score. It is read-only once loaded and safe for concurrent use.
type Model struct {
	tagger     *tagger
	classifier *classifier
	// prose is prose's own model, loaded only if prose's tokenizer and
	// this package's copy of it ever disagree.
	proseOnce sync.Once
	prose     *prose.Model
	proseErr  error
}

// Load reads prose's default English model from prose's embedded assets.
// It takes about as long as prose's own model load; build one Model per
// process and share it.
func Load() (*Model, error) {
	t, err := loadTagger()
	if err != nil {
		return nil, err
	}
	c, err := loadClassifier()
	if err != nil {
		return nil, err
	}
	for _, tag := range t.classes {
		c.lowerTag[tag] = strings.ToLower(tag)
	}
	return &Model{tagger: t, classifier: c}, nil
}

// decodeAsset gob-decodes prose's embedded asset name into v.
func decodeAsset(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("read prose asset %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("decode prose asset %s: %w", name, err)
	}
	return nil
}

// lines returns the non-empty lines of s as a set.
func lines(s string) map[string]bool {
	out := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			out[l] = true
		}
	}
	return out
}

// thousandths returns w in thousandths when it is one exactly.
func thousandths(w float64) (int64, bool) {
	k := math.Round(w * 1000)
	if k/1000 != w || math.Abs(k) > 1<<50 {
		return 0, false
	}
	return int64(k), true
}

// Annotate tokenizes text with prose's tokenizer, then tags and labels the
// tokens: the tokens prose.NewDocument(text, prose.WithSegmentation(false))
// returns with prose's default model. Where prose's tokenizer would panic
// it returns an error instead.
func (m *Model) Annotate(text string) ([]prose.Token, error) {
	toks, _, err := m.annotate(text)
	return toks, err
}

// annotate is Annotate, also returning how many tokens had a tie between
// two best classes or labels.
func (m *Model) annotate(text string) ([]prose.Token, int, error) {
	texts, same, ok := m.pieces(text)
	if !ok {
		// prose's tokenizer slices out of range here (a contraction after
		// letters whose lower case is longer, "ȺȺȺ's") and panics.
		return nil, 0, fmt.Errorf("tokenize %q: prose's tokenizer cannot split it", text)
	}
	doc, err := prose.NewDocument(text,
		prose.WithSegmentation(false),
		prose.WithTagging(false),
		prose.WithExtraction(false))
	if err != nil {
		return nil, 0, fmt.Errorf("tokenize: %w", err)
	}
	toks := doc.Tokens()
	if !sameTexts(toks, texts) {
		// Not expected (the tests compare the two tokenizers on real
		// text): let prose itself do all of it.
		toks, err := m.proseTokens(text)
		return toks, 0, err
	}
	// last[k] is the last token that is the same value as token k in prose.
	last := make([]int, len(toks))
	for i, k := range same {
		last[k] = i
	}
	var s scratch
	ties := m.tagger.tag(toks, &s)
	for i, k := range same {
		toks[i].Tag = toks[last[k]].Tag
	}
	ties += m.classifier.classify(toks, &s)
	for i, k := range same {
		toks[i].Label = toks[last[k]].Label
	}
	return toks, ties, nil
}

// sameTexts reports whether toks have exactly the texts texts.
func sameTexts(toks []prose.Token, texts []string) bool {
	if len(toks) != len(texts) {
		return false
	}
	for i, t := range toks {
		if t.Text != texts[i] {
			return false
		}
	}
	return true
}

// proseTokens runs prose's own pipeline on text, loading prose's model
// the first time.
func (m *Model) proseTokens(text string) ([]prose.Token, error) {
	m.proseOnce.Do(func() {
		var doc *prose.Document
		doc, m.proseErr = prose.NewDocument("", prose.WithSegmentation(false))
		if m.proseErr == nil {
			m.prose = doc.Model
		}
	})
	if m.proseErr != nil {
		return nil, fmt.Errorf("load prose model: %w", m.proseErr)
	}
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(m.prose))
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	return doc.Tokens(), nil
}

// Tag sets the part-of-speech tag of every token as prose's tagger does.
func (m *Model) Tag(toks []prose.Token) {
	var s scratch
	m.tagger.tag(toks, &s)
}

// Classify sets the IOB entity label of every (tagged) token as prose's
// classifier does.
func (m *Model) Classify(toks []prose.Token) {
	var s scratch
	m.classifier.classify(toks, &s)
}

// scratch is per-call working memory.
type scratch struct {
	key     []byte
	context []string
	scores  []int64
	seen    []bool
	fscores []float64
	lower   []string
	shapes  []string
}
