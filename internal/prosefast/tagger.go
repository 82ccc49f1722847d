package prosefast

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// prose's tagger's own patterns (tag.go): a token that is an empty
// element of the Penn Treebank is tagged -NONE-, one like -LRB- is its
// own tag.
var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// Context words and tags outside the sentence, as prose's tagger names them.
const (
	start1 = "-START-"
	start2 = "-START2-"
	end1   = "-END-"
	end2   = "-END2-"
)

// classWeight is one class's weight for one feature, in thousandths.
type classWeight struct {
	class int32
	w     int32
}

// tagger is prose's averaged perceptron with its weights by feature
// string, each a short list of (class, weight).
type tagger struct {
	classes   []string
	tagMap    map[string]string
	weights   map[string][]classWeight
	emoticons map[string]bool
}

func loadTagger() (*tagger, error) {
	var (
		classes []string
		tags    map[string]string
		wts     map[string]map[string]float64
	)
	for _, a := range []struct {
		name string
		v    any
	}{
		{"model/AveragedPerceptron/classes.gob", &classes},
		{"model/AveragedPerceptron/tags.gob", &tags},
		{"model/AveragedPerceptron/weights.gob", &wts},
	} {
		if err := decodeAsset(a.name, a.v); err != nil {
			return nil, err
		}
	}
	t := &tagger{tagMap: tags, weights: make(map[string][]classWeight, len(wts)), emoticons: lines(emoticonList)}
	index := map[string]int32{}
	classOf := func(c string) int32 {
		i, ok := index[c]
		if !ok {
			i = int32(len(t.classes))
			index[c] = i
			t.classes = append(t.classes, c)
		}
		return i
	}
	for _, c := range classes {
		classOf(c)
	}
	for feat, ws := range wts {
		list := make([]classWeight, 0, len(ws))
		for c, w := range ws {
			k, ok := thousandths(w)
			if !ok || k != int64(int32(k)) {
				return nil, fmt.Errorf("prose tagger weight %v of %q is not a whole number of thousandths", w, feat)
			}
			list = append(list, classWeight{class: classOf(c), w: int32(k)})
		}
		t.weights[feat] = list
	}
	return t, nil
}

// normalize is prose's normalisation of a context word.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := string(rune(word[0]))
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// ruleTag is the tag prose's tagger gives word before its model (a hyphen,
// an emoticon, a link or address, a treebank empty element or bracket
// tag), and whether one applies. The byte tests in front of the patterns
// only skip words the patterns cannot match (a link holds a full stop, an
// address an @).
func (t *tagger) ruleTag(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case t.emoticons[word]:
		return "SYM", true
	case strings.IndexByte(word, '.') >= 0 && commonregex.LinkRegex.MatchString(word),
		strings.IndexByte(word, '@') >= 0 && commonregex.EmailRegex.MatchString(word),
		strings.HasPrefix(word, "@"):
		return "NN", true
	case word != "" && (word[0] == '0' || word[0] == '*') && noneRE.MatchString(word):
		return "-NONE-", true
	case len(word) == 5 && word[0] == '-' && keepRE.MatchString(word):
		return word, true
	}
	return "", false
}

// tag sets every token's tag as prose's perceptronTagger.tag does. It
// returns how many tokens had two best classes (prose picks either).
func (t *tagger) tag(toks []prose.Token, s *scratch) int {
	ctx := append(s.context[:0], start1, start2)
	for _, tk := range toks {
		ctx = append(ctx, normalize(tk.Text))
	}
	ctx = append(ctx, end1, end2)
	s.context = ctx
	if cap(s.scores) < len(t.classes) {
		s.scores = make([]int64, len(t.classes))
		s.seen = make([]bool, len(t.classes))
	}
	ties := 0
	p1, p2 := start1, start2
	for i := range toks {
		word := toks[i].Text
		tag, ok := t.ruleTag(word)
		if !ok {
			if tag, ok = t.tagMap[word]; !ok {
				var tie bool
				tag, tie = t.predict(i, ctx, word, p1, p2, s)
				if tie {
					ties++
				}
			}
		}
		toks[i].Tag = tag
		p2 = p1
		p1 = tag
	}
	return ties
}

// add adds the weights of the feature in s.key to the scores.
func (t *tagger) add(s *scratch) {
	for _, cw := range t.weights[string(s.key)] {
		s.scores[cw.class] += int64(cw.w)
		s.seen[cw.class] = true
	}
}

// suffix3 is the last three bytes of w (all of a shorter w).
func suffix3(w string) string {
	return w[len(w)-min(len(w), 3):]
}

// predict scores the features prose's featurize gives token i (ctx holds
// the normalised words with two context words at each end) and returns the
// best class, the first of the model's classes on a tie, and whether
// there was a tie.
func (t *tagger) predict(i int, ctx []string, w, p1, p2 string, s *scratch) (string, bool) {
	n := len(t.classes)
	scores, seen := s.scores[:n], s.seen[:n]
	clear(scores)
	clear(seen)
	j := min(len(ctx)-2, i+2)
	feature := func(parts ...string) {
		s.key = s.key[:0]
		for k, p := range parts {
			if k > 0 {
				s.key = append(s.key, ' ')
			}
			s.key = append(s.key, p...)
		}
		t.add(s)
	}
	pref := ""
	if w != "" {
		pref = string(rune(w[0]))
	}
	feature("bias")
	feature("i suffix", suffix3(w))
	feature("i pref1", pref)
	feature("i-1 tag", p1)
	feature("i-2 tag", p2)
	feature("i tag+i-2 tag", p1, p2)
	feature("i word", ctx[j])
	feature("i-1 tag+i word", p1, ctx[j])
	feature("i-1 word", ctx[j-1])
	feature("i-1 suffix", suffix3(ctx[j-1]))
	feature("i-2 word", ctx[j-2])
	feature("i+1 word", ctx[j+1])
	feature("i+1 suffix", suffix3(ctx[j+1]))
	feature("i+2 word", ctx[j+2])
	best, tie := -1, false
	for c := range n {
		if !seen[c] {
			continue
		}
		switch {
		case best < 0 || scores[c] > scores[best]:
			best, tie = c, false
		case scores[c] == scores[best]:
			tie = true
		}
	}
	if best < 0 {
		return "", false
	}
	return t.classes[best], tie
}
