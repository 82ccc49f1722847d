package prosefast

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
)

// The input features of prose's entity classifier, in the order prose
// sums them (extract.go, featureOrder).
const (
	fBias = iota
	fWordlist
	fNextPOS
	fNextWord
	fPOS
	fPOSPrevTag
	fPrefix3
	fPrevPOS
	fPrevTag
	fPrevWord
	fShape
	fShapePrevTag
	fSuffix3
	fWord
	fWordNextPOS
	fWordLower
	fWordLen
	nFeatures
)

// Their names in prose's model.
const (
	nBias          = "bias"
	nWordlist      = "en-wordlist"
	nNextPOS       = "nextpos"
	nNextWord      = "nextword"
	nPOS           = "pos"
	nPOSPrevTag    = "pos+prevtag"
	nPrefix3       = "prefix3"
	nPrevPOS       = "prevpos"
	nPrevTag       = "prevtag"
	nPrevWord      = "prevword"
	nShape         = "shape"
	nShapePrevTag  = "shape+prevtag"
	nSuffix3       = "suffix3"
	nWord          = "word"
	nWordNextPOS   = "word+nextpos"
	nWordLower     = "word.lower"
	nWordLen       = "wordlen"
	valueNone      = "None"
	valueTrue      = "True"
	valueFalse     = "False"
	valueNumber    = "number"
	valuePunct     = "punct"
	valueDowncase  = "downcase"
	valueUpcase    = "upcase"
	valueMixedcase = "mixedcase"
	valueOther     = "other"
)

var featureNames = [nFeatures]string{
	fBias: nBias, fWordlist: nWordlist, fNextPOS: nNextPOS, fNextWord: nNextWord, fPOS: nPOS,
	fPOSPrevTag: nPOSPrevTag, fPrefix3: nPrefix3, fPrevPOS: nPrevPOS, fPrevTag: nPrevTag,
	fPrevWord: nPrevWord, fShape: nShape, fShapePrevTag: nShapePrevTag, fSuffix3: nSuffix3,
	fWord: nWord, fWordNextPOS: nWordNextPOS, fWordLower: nWordLower, fWordLen: nWordLen,
}

// labelWeight is one label's weight for one (feature, value).
type labelWeight struct {
	label int32
	w     float64
}

// classifier is prose's binary maximum-entropy classifier with its
// weights by (feature, value): one row each, holding the labels the model
// has a weight for (row r is entries[start[r]:start[r+1]]).
type classifier struct {
	labels []string
	// hist is prose's simplePOS of each label: what the next token sees as
	// its previous tag.
	hist    []string
	rows    [nFeatures]map[string]int32
	start   []int32
	entries []labelWeight
	basic   map[string]bool
	// lowerTag holds the lower-cased tags of the tagger's classes.
	lowerTag map[string]string
}

func loadClassifier() (*classifier, error) {
	var (
		labels  []string
		mapping map[string]int
		weights []float64
		words   []string
	)
	for _, a := range []struct {
		name string
		v    any
	}{
		{"model/Maxent/labels.gob", &labels},
		{"model/Maxent/mapping.gob", &mapping},
		{"model/Maxent/weights.gob", &weights},
		{"model/Maxent/words.gob", &words},
	} {
		if err := decodeAsset(a.name, a.v); err != nil {
			return nil, err
		}
	}
	nl := len(labels)
	if nl == 0 {
		return nil, fmt.Errorf("prose classifier has %d labels", nl)
	}
	c := &classifier{labels: labels, basic: make(map[string]bool, len(words)), lowerTag: map[string]string{}}
	for _, l := range labels {
		c.hist = append(c.hist, simplePOS(l))
	}
	for _, w := range words {
		c.basic[w] = true
	}
	for f := range c.rows {
		c.rows[f] = map[string]int32{}
	}
	// A key is name-value-label; a value may hold hyphens, so every
	// (name, label) that fits the key is taken: prose looks up exactly
	// the string name-value-label.
	type rowKey struct {
		f     int
		value string
	}
	byRow := map[rowKey][]labelWeight{}
	var order []rowKey
	for key, idx := range mapping {
		if idx < 0 || idx >= len(weights) {
			return nil, fmt.Errorf("prose classifier feature %q has no weight", key)
		}
		for li, label := range labels {
			rest, ok := strings.CutSuffix(key, "-"+label)
			if !ok {
				continue
			}
			for f, name := range featureNames {
				value, ok := strings.CutPrefix(rest, name+"-")
				if !ok {
					continue
				}
				k := rowKey{f, value}
				if _, seen := byRow[k]; !seen {
					order = append(order, k)
				}
				byRow[k] = append(byRow[k], labelWeight{label: int32(li), w: weights[idx]})
			}
		}
	}
	c.start = make([]int32, 0, len(order)+1)
	for r, k := range order {
		c.rows[k.f][k.value] = int32(r)
		c.start = append(c.start, int32(len(c.entries)))
		c.entries = append(c.entries, byRow[k]...)
	}
	c.start = append(c.start, int32(len(c.entries)))
	return c, nil
}

// simplePOS is prose's simplePOS: "v" for a label starting with V, else
// the label up to its first hyphen.
func simplePOS(label string) string {
	if strings.HasPrefix(label, "V") {
		return "v"
	}
	return strings.Split(label, "-")[0]
}

// isWordByte reports an ASCII letter, digit or underscore: regexp's \w.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// shape is prose's word shape. prose tests `\W+$` then `\w+$`: a word
// whose last byte is not an ASCII word character ends in \W (a non-ASCII
// byte belongs to a rune, or an invalid byte, that is \W), any other
// non-empty word ends in \w.
func shape(word string) string {
	if _, err := strconv.ParseFloat(word, 64); err == nil {
		return valueNumber
	}
	if word == "" {
		return valueOther
	}
	if !isWordByte(word[len(word)-1]) {
		return valuePunct
	}
	if strings.ToLower(word) == word {
		return valueDowncase
	}
	// strings.Title is deprecated, but it is prose's definition.
	if strings.Title(word) == word {
		return valueUpcase
	}
	return valueMixedcase
}

// lower lower-cases a tag, from the table when it is one of the tagger's.
func (c *classifier) lower(tag string) string {
	if l, ok := c.lowerTag[tag]; ok {
		return l
	}
	return strings.ToLower(tag)
}

// classify sets every token's label as prose's entityExtracter.classify
// does and returns how many tokens had two best labels (prose picks
// either; here the first in the model's order).
func (c *classifier) classify(toks []prose.Token, s *scratch) int {
	n := len(toks)
	nl := len(c.labels)
	if cap(s.fscores) < nl {
		s.fscores = make([]float64, nl)
	}
	s.lower, s.shapes = s.lower[:0], s.shapes[:0]
	for _, t := range toks {
		s.lower = append(s.lower, strings.ToLower(t.Text))
		s.shapes = append(s.shapes, shape(t.Text))
	}
	scores := s.fscores[:nl]
	hist := make([]int, n)
	ties := 0
	var vals [nFeatures]string
	for i := range toks {
		word := toks[i].Text
		vals[fBias] = valueTrue
		vals[fWord] = word
		vals[fPOS] = toks[i].Tag
		vals[fWordlist] = valueFalse
		if c.basic[word] {
			vals[fWordlist] = valueTrue
		}
		vals[fWordLower] = s.lower[i]
		vals[fSuffix3] = strings.ToLower(suffix3(word))
		vals[fPrefix3] = strings.ToLower(word[:min(len(word), 3)])
		vals[fShape] = s.shapes[i]
		vals[fWordLen] = strconv.Itoa(len(word))
		prevShape := valueNone
		if i == 0 {
			vals[fPrevTag], vals[fPrevWord], vals[fPrevPOS] = valueNone, valueNone, valueNone
		} else {
			vals[fPrevWord] = s.lower[i-1]
			vals[fPrevPOS] = toks[i-1].Tag
			vals[fPrevTag] = c.histOf(hist[i-1])
			if i > 1 {
				prevShape = s.shapes[i-1]
			}
		}
		if i == n-1 {
			vals[fNextWord], vals[fNextPOS] = valueNone, valueNone
		} else {
			vals[fNextWord] = s.lower[i+1]
			vals[fNextPOS] = c.lower(toks[i+1].Tag)
		}
		clear(scores)
		for f := range nFeatures {
			var r int32
			var ok bool
			switch f {
			case fWordNextPOS:
				r, ok = c.joined(f, s, vals[fWordLower], vals[fNextPOS])
			case fPOSPrevTag:
				r, ok = c.joined(f, s, vals[fPOS], vals[fPrevTag])
			case fShapePrevTag:
				r, ok = c.joined(f, s, prevShape, vals[fPrevTag])
			default:
				r, ok = c.rows[f][vals[f]]
			}
			if !ok {
				continue
			}
			// Each label appears once in a row: its sum still runs over
			// the features in prose's order.
			for _, e := range c.entries[c.start[r]:c.start[r+1]] {
				scores[e.label] += e.w
			}
		}
		best, bestScore, tie := -1, math.Inf(-1), false
		for li, v := range scores {
			switch {
			case v > bestScore:
				best, bestScore, tie = li, v, false
			case v == bestScore && best >= 0:
				tie = true
			}
		}
		if tie {
			ties++
		}
		hist[i] = best
		if best < 0 {
			toks[i].Label = ""
			continue
		}
		toks[i].Label = c.labels[best]
	}
	return ties
}

// histOf is the previous-tag feature value of a label index (-1: no
// label, prose's empty label).
func (c *classifier) histOf(li int) string {
	if li < 0 {
		return ""
	}
	return c.hist[li]
}

// joined looks up feature f's value a+"+"+b without building the string.
func (c *classifier) joined(f int, s *scratch, a, b string) (int32, bool) {
	s.key = append(append(append(s.key[:0], a...), '+'), b...)
	r, ok := c.rows[f][string(s.key)]
	return r, ok
}
