package claims

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/quantity"
)

// Lexicon is the vocabulary of the claims stage, read from a
// *lexicon.Lexicon: the counted nouns of each measure (the concepts
// measure_<name> of the "measures" domain: "votes", "seats", ...), the
// cue words of the extraction rules, and the words quantity and dates
// read. Measure lookups are case-insensitive and try simple English and
// Swedish inflections.
type Lexicon struct {
	lx *lexicon.Lexicon
	// forms maps a counted noun (lower case) to its measure.
	forms map[string]string
	// endings are the inflections Measure strips, in order.
	endings []string
	// v is the vocabulary of the extraction rules; qf reads numbers with
	// lx's vocabulary.
	v  *vocab
	qf *quantity.Finder
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// DefaultLexicon returns the lexicon of the embedded vocabulary. Each
// call returns a new value (Add changes only that one).
func DefaultLexicon() *Lexicon { return defaultLexicon().copy() }

// defaultLexicon is the shared default lexicon, which nothing changes.
func defaultLexicon() *Lexicon {
	defaultOnce.Do(func() { defaultLex = NewLexicon(lexicon.Default()) })
	return defaultLex
}

// copy returns l with its own forms (the rest is immutable and shared).
func (l *Lexicon) copy() *Lexicon {
	c := *l
	c.forms = make(map[string]string, len(l.forms))
	for k, v := range l.forms {
		c.forms[k] = v
	}
	return &c
}

// NewLexicon reads the claims vocabulary from lx (nil: the embedded
// lexicon). Every measure concept counts its entries and its own name;
// when two measures list one noun, the one a user added wins, then the
// measure whose name sorts last.
func NewLexicon(lx *lexicon.Lexicon) *Lexicon {
	if lx == nil {
		lx = lexicon.Default()
	}
	l := &Lexicon{lx: lx, forms: map[string]string{}, endings: lx.InOrder(lexicon.NounEndings),
		v: newVocab(lx), qf: quantity.NewFinder(lx)}
	measures := lx.InDomain("measures")
	// The built-in nouns first, then the users' (which may remap one).
	for _, c := range measures {
		if len(c.Own) == 0 && len(c.Include) == 0 {
			continue
		}
		var forms []string
		forms = append(forms, c.Own...)
		for _, inc := range c.Include {
			forms = append(forms, lx.InOrder(inc)...)
		}
		l.Add(lexicon.MeasureName(c.Name), forms...)
	}
	for _, c := range measures {
		if len(c.Added) > 0 {
			l.Add(lexicon.MeasureName(c.Name), c.Added...)
		}
	}
	return l
}

// Add maps each form (case-insensitive) to measure. Forms that are empty
// once trimmed of spaces and the punctuation Measure strips are skipped.
func (l *Lexicon) Add(measure string, forms ...string) {
	for _, f := range append(forms, measure) {
		if k := normForm(f); k != "" {
			l.forms[k] = measure
		}
	}
}

// normForm is a word as Measure looks it up.
func normForm(w string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(w), measureTrim))
}

// measureTrim is the punctuation Measure strips from a word.
const measureTrim = ".,;:!?\"'’”“()"

// Measure returns the measure a word counts, trying the word as given and
// then without common plural and definite endings (noun_endings, in
// order).
func (l *Lexicon) Measure(word string) (string, bool) {
	w := normForm(word)
	if w == "" {
		return "", false
	}
	if m, ok := l.forms[w]; ok {
		return m, true
	}
	for _, suf := range l.endings {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			if m, ok := l.forms[w[:len(w)-len(suf)]]; ok {
				return m, true
			}
		}
	}
	return "", false
}

// Forms returns every word the lexicon maps to a measure (lower case,
// sorted), the measure names included.
func (l *Lexicon) Forms() []string {
	out := make([]string, 0, len(l.forms))
	for f := range l.forms {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// LoadLexicon reads a user lexicon file (YAML) and returns the built-in
// lexicon extended with it (see lexicon.Lexicon.Extend): lists of any
// concept by name, measures as measure_<name> lists or in the older shape
//
//	measures:
//	  votes: [ballot, ballots, röstsedlar]
//	  turbines: [turbine, turbines]
//
// Errors start with "read lexicon" and give the line of the fault.
func LoadLexicon(r io.Reader) (*Lexicon, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	lx, err := lexicon.Default().Extend(bytes.NewReader(b), "lexicon")
	if err != nil {
		var fe *lexicon.FileError
		if errors.As(err, &fe) {
			return nil, &loadError{fe}
		}
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	return NewLexicon(lx), nil
}

// loadError is a fault in a user lexicon file, with its line.
type loadError struct{ fe *lexicon.FileError }

func (e *loadError) Error() string {
	if e.fe.Line > 0 {
		return fmt.Sprintf("read lexicon: line %d: %s", e.fe.Line, e.fe.Msg)
	}
	return "read lexicon: " + e.fe.Msg
}

func (e *loadError) Unwrap() error { return e.fe }

// Fingerprint identifies the lexicon's content (for cache keys): the
// whole vocabulary and the measure forms.
func (l *Lexicon) Fingerprint() string {
	keys := make([]string, 0, len(l.forms))
	for k := range l.forms {
		keys = append(keys, k+"="+l.forms[k])
	}
	sort.Strings(keys)
	return l.lx.Fingerprint() + "\n" + strings.Join(keys, "\n")
}
