// Package check turns a report into a CI verdict: it compares the
// corpus's claims with a facts file the user keeps, keeps the findings a
// gate cares about (optionally only those new since a baseline report),
// and decides whether they reach the failure threshold.
package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/yamlerr"
	"gopkg.in/yaml.v3"
)

// Facts is the facts file: established figures and known entities.
//
//	facts:
//	  - subject: Harbour Board
//	    measure: seats
//	    value: 21
//	  - subject: Tidewatch
//	    measure: members
//	    low: 550000
//	    high: 650000
//	  - subject: (lead event)
//	    measure: date
//	    value: 2026-03-09
//	entities:
//	  - name: Ada Quill
type Facts struct {
	Facts    []Fact       `yaml:"facts"`
	Entities []FactEntity `yaml:"entities"`
	// Path is the file the facts were read from ("" when built in code);
	// fact-unmatched findings point at it.
	Path string `yaml:"-"`
}

// Fact is one established figure: an exact value (a number, or a date
// for a date measure), or a range low..high.
type Fact struct {
	Subject string   `yaml:"subject"`
	Measure string   `yaml:"measure"`
	Value   *Scalar  `yaml:"value,omitempty"`
	Low     *float64 `yaml:"low,omitempty"`
	High    *float64 `yaml:"high,omitempty"`
	// Line and Col are the 1-based line and column of the fact in its
	// file (0 when built in code).
	Line int `yaml:"-"`
	Col  int `yaml:"-"`
}

// FactEntity is a known entity.
type FactEntity struct {
	Name string `yaml:"name"`
	Line int    `yaml:"-"`
	Col  int    `yaml:"-"`
}

// Scalar is a fact's exact value: a number, or a date written
// YYYY-MM-DD (for the measures "date" and "scheduled").
type Scalar struct {
	Number float64
	// Date is the date, "" for a number.
	Date string
}

// Num is a number value.
func Num(v float64) *Scalar { return &Scalar{Number: v} }

// UnmarshalYAML reads a number or a YYYY-MM-DD date.
func (s *Scalar) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &FactsError{Line: n.Line, Col: n.Column, Msg: "value: want a number or a date (YYYY-MM-DD)"}
	}
	v := strings.TrimSpace(n.Value)
	if _, err := time.Parse("2006-01-02", v); err == nil {
		*s = Scalar{Date: v}
		return nil
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(v, "_", ""), 64)
	if err != nil {
		return &FactsError{Line: n.Line, Col: n.Column, Msg: fmt.Sprintf("value %q: want a number or a date (YYYY-MM-DD)", v)}
	}
	*s = Scalar{Number: f}
	return nil
}

// MarshalYAML writes the date or the number.
func (s Scalar) MarshalYAML() (any, error) {
	if s.Date != "" {
		return s.Date, nil
	}
	return s.Number, nil
}

// Range returns the fact's interval (for a number or a range).
func (f Fact) Range() (lo, hi float64) {
	if f.Value != nil {
		return f.Value.Number, f.Value.Number
	}
	return *f.Low, *f.High
}

// ClaimValue is the fact as a claim value of measure (the fact's measure
// as the lexicon names it), to compare with what articles say through
// claims.Compatible; ok is false for a date fact of a measure that is no
// date.
func (f Fact) ClaimValue(measure string) (claims.Value, bool) {
	if f.Value != nil && f.Value.Date != "" {
		if !claims.IsDate(measure) {
			return claims.Value{}, false
		}
		return claims.DateValue(measure, f.Value.Date)
	}
	lo, hi := f.Range()
	return claims.FactValue(measure, lo, hi), true
}

// FactsError reports a malformed facts file, with the line at fault.
type FactsError struct {
	Path string
	Line int // 1-based; 0 when unknown
	// Col is the 1-based column in characters (0 when unknown).
	Col int
	Msg string
}

func (e *FactsError) Error() string {
	if e.Line > 0 && e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// ErrFacts is wrapped by every FactsError (for errors.Is).
var ErrFacts = errors.New("bad facts file")

// Unwrap lets errors.Is(err, ErrFacts) match.
func (e *FactsError) Unwrap() error { return ErrFacts }

// LoadFacts reads a facts file (YAML, or JSON, which is YAML) from path.
func LoadFacts(path string) (*Facts, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read facts: %w", err)
	}
	f, err := ParseFacts(path, bytes.NewReader(b))
	if f != nil {
		f.Path = path
	}
	return f, err
}

// ParseFacts parses and validates a facts file; name is used in errors.
func ParseFacts(name string, r io.Reader) (*Facts, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read facts: %w", err)
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(src))
	if err := dec.Decode(&root); err != nil {
		if err == io.EOF {
			return &Facts{}, nil
		}
		return nil, yamlError(name, src, err)
	}
	if err := wantShape(name, &root); err != nil {
		return nil, err
	}
	var f Facts
	if err := root.Decode(&f); err != nil {
		return nil, yamlError(name, src, err)
	}
	// Line numbers from the node tree, and unknown keys.
	if len(root.Content) == 1 && root.Content[0].Kind == yaml.MappingNode {
		top := root.Content[0]
		for i := 0; i+1 < len(top.Content); i += 2 {
			key, val := top.Content[i], top.Content[i+1]
			switch key.Value {
			case "facts":
				for k, item := range val.Content {
					if k < len(f.Facts) {
						f.Facts[k].Line, f.Facts[k].Col = item.Line, item.Column
						if err := knownKeys(name, item, "subject", "measure", "value", "low", "high"); err != nil {
							return nil, err
						}
					}
				}
			case "entities":
				for k, item := range val.Content {
					if k < len(f.Entities) {
						f.Entities[k].Line, f.Entities[k].Col = item.Line, item.Column
						if err := knownKeys(name, item, "name"); err != nil {
							return nil, err
						}
					}
				}
			default:
				return nil, &FactsError{Path: name, Line: key.Line, Col: key.Column, Msg: fmt.Sprintf("unknown key %q (want facts, entities)", key.Value)}
			}
		}
	} else if len(root.Content) == 1 {
		return nil, &FactsError{Path: name, Line: root.Content[0].Line, Col: root.Content[0].Column, Msg: "want a mapping with facts and entities"}
	}
	for _, fact := range f.Facts {
		if err := validateFact(name, fact); err != nil {
			return nil, err
		}
	}
	for _, e := range f.Entities {
		if strings.TrimSpace(e.Name) == "" {
			return nil, &FactsError{Path: name, Line: e.Line, Col: e.Col, Msg: "entity without a name"}
		}
	}
	return &f, nil
}

// validateFact checks one fact: a subject, a measure, and a value or a
// finite range low <= high of the measure's kind (a date for the date
// measures, a number for the others).
func validateFact(name string, fact Fact) error {
	switch {
	case strings.TrimSpace(fact.Subject) == "":
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: "fact without a subject"}
	case strings.TrimSpace(fact.Measure) == "":
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: "fact without a measure"}
	case fact.Value == nil && (fact.Low == nil || fact.High == nil):
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: "fact needs value, or low and high"}
	case fact.Value != nil && (fact.Low != nil || fact.High != nil):
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: "fact has both value and low/high"}
	case fact.Value != nil && fact.Value.Date != "" && !claims.IsDate(fact.Measure):
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: fmt.Sprintf("a date value for the measure %q (dates are for the measures date and scheduled)", fact.Measure)}
	case fact.Value != nil && fact.Value.Date == "" && claims.IsDate(fact.Measure):
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: fmt.Sprintf("the measure %q takes a date (YYYY-MM-DD)", fact.Measure)}
	case fact.Value != nil && !finite(&fact.Value.Number) || !finite(fact.Low) || !finite(fact.High):
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: "fact has a value that is not a finite number"}
	case fact.Value == nil && *fact.Low > *fact.High:
		return &FactsError{Path: name, Line: fact.Line, Col: fact.Col, Msg: "fact has low above high"}
	}
	return nil
}

// finite reports whether an optional number is absent or finite (YAML
// accepts .nan and .inf).
func finite(v *float64) bool {
	return v == nil || (!math.IsNaN(*v) && !math.IsInf(*v, 0))
}

func knownKeys(name string, item *yaml.Node, keys ...string) error {
	if item.Kind != yaml.MappingNode {
		return &FactsError{Path: name, Line: item.Line, Col: item.Column, Msg: "want a mapping"}
	}
	for i := 0; i < len(item.Content); i += 2 {
		k := item.Content[i]
		ok := false
		for _, want := range keys {
			if k.Value == want {
				ok = true
			}
		}
		if !ok {
			return &FactsError{Path: name, Line: k.Line, Col: k.Column, Msg: fmt.Sprintf("unknown key %q (want %s)", k.Value, strings.Join(keys, ", "))}
		}
	}
	return nil
}

// yamlError turns a yaml.v3 error on src into a FactsError with its
// line, column and plain words.
func yamlError(name string, src []byte, err error) *FactsError {
	var fe *FactsError
	if errors.As(err, &fe) {
		fe.Path = name
		return fe
	}
	line, col, msg := yamlerr.Locate(src, err)
	return &FactsError{Path: name, Line: line, Col: col, Msg: msg}
}

// wantShape checks the lists of a facts file before decoding, so that a
// mapping where a list belongs is named with its place.
func wantShape(name string, root *yaml.Node) error {
	if len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	top := root.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		if (key.Value == "facts" || key.Value == "entities") && val.Kind != yaml.SequenceNode && val.Tag != "!!null" {
			return &FactsError{Path: name, Line: val.Line, Col: val.Column, Msg: fmt.Sprintf("%s: expected a list (lines starting with '- ')", key.Value)}
		}
		for _, item := range val.Content {
			if item.Kind != yaml.MappingNode {
				return &FactsError{Path: name, Line: item.Line, Col: item.Column, Msg: fmt.Sprintf("%s: each entry is a mapping (key: value lines)", key.Value)}
			}
		}
	}
	return nil
}

// Marshal writes facts as YAML.
func (f *Facts) Marshal(w io.Writer) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return err
	}
	return enc.Close()
}
