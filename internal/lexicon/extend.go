package lexicon

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/textutil"

	"github.com/nec-analyse/nec-analyse/internal/yamlerr"
	"gopkg.in/yaml.v3"
)

// MeasurePrefix starts the name of every concept in the "measures" domain:
// concept "measure_votes" lists the nouns that count votes.
const MeasurePrefix = "measure_"

// MeasureName is the measure a concept of the measures domain counts
// ("measure_votes" -> "votes", "measure_ballots_cast" -> "ballots cast").
func MeasureName(n Name) string {
	return strings.ReplaceAll(strings.TrimPrefix(string(n), MeasurePrefix), "_", " ")
}

// FileError is an error in a user lexicon file, with the 1-based line and
// column it was found at (0 when unknown).
type FileError struct {
	File         string
	Line, Column int
	Msg          string
}

func (e *FileError) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Extend returns a new lexicon: l with the lists of a user YAML file
// added (l itself is unchanged). The file is a mapping from concept names
// to lists of entries; "framing" holds entries in the shape of the
// embedded framing lexicon, and "measures" maps measure names to nouns
// (the older shape of --lexicon files):
//
//	org_heads: [syndicate, trust]
//	measure_votes: [ballots]          # or, as before: measures: {votes: [ballots]}
//	measure_ballots_cast: [ballots cast]  # a new measure
//	framing:
//	  en:
//	    labels: {firebrand: -0.3}
//
// A name the lexicon lacks is an error naming its line and the nearest
// known name, except in the measures domain, where it starts a new
// measure. file names the input in errors.
func (l *Lexicon) Extend(r io.Reader, file string) (*Lexicon, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &FileError{File: file, Msg: err.Error()}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, yamlError(file, b, err)
	}
	out := l.clone()
	out.sources = append(out.sources, file)
	if len(doc.Content) == 0 {
		return out, out.resolve()
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &FileError{File: file, Line: root.Line, Column: root.Column, Msg: "a lexicon file is a mapping from list names to entries (name: [entry, ...])"}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "framing":
			if v.Kind != yaml.MappingNode {
				return nil, &FileError{File: file, Line: v.Line, Column: v.Column, Msg: "framing: expected a mapping from language codes to framing lists"}
			}
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			if err := enc.Encode(v); err != nil {
				return nil, &FileError{File: file, Line: v.Line, Msg: "framing: " + err.Error()}
			}
			out.framing = append(out.framing, buf.Bytes())
		case "measures":
			if v.Kind != yaml.MappingNode {
				return nil, &FileError{File: file, Line: v.Line, Column: v.Column, Msg: "measures: expected a mapping from measure names to nouns"}
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				mk, mv := v.Content[j], v.Content[j+1]
				m := strings.TrimSpace(mk.Value)
				if m == "" {
					return nil, &FileError{File: file, Line: mk.Line, Column: mk.Column, Msg: "measures: empty measure name"}
				}
				name := Name(MeasurePrefix + strings.Join(strings.Fields(strings.ToLower(m)), "_"))
				if err := out.add(name, mv, file); err != nil {
					return nil, err
				}
			}
		default:
			if err := out.add(Name(k.Value), v, file); err != nil {
				return nil, err
			}
		}
	}
	return out, out.resolve()
}

// add appends a YAML list of entries to concept n (creating a measure).
func (l *Lexicon) add(n Name, v *yaml.Node, file string) error {
	c, ok := l.concepts[n]
	if !ok {
		if !strings.HasPrefix(string(n), MeasurePrefix) || len(n) == len(MeasurePrefix) {
			msg := fmt.Sprintf("unknown list %q", n)
			if near := l.nearest(string(n)); near != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", near)
			}
			return &FileError{File: file, Line: v.Line, Column: v.Column, Msg: msg}
		}
		c = &Concept{Name: n, Domain: "measures", Doc: "Nouns that count " + MeasureName(n) + " (from " + file + ")."}
		l.concepts[n] = c
	}
	var words []string
	switch v.Kind {
	case yaml.SequenceNode:
		for _, e := range v.Content {
			if e.Kind != yaml.ScalarNode {
				return &FileError{File: file, Line: e.Line, Column: e.Column, Msg: fmt.Sprintf("%s: each entry is a word or phrase", n)}
			}
			words = append(words, e.Value)
		}
	case yaml.ScalarNode:
		words = []string{v.Value}
	default:
		return &FileError{File: file, Line: v.Line, Column: v.Column, Msg: fmt.Sprintf("%s: expected a list of entries", n)}
	}
	for _, w := range words {
		w = strings.Join(strings.Fields(w), " ")
		if w == "" {
			return &FileError{File: file, Line: v.Line, Column: v.Column, Msg: fmt.Sprintf("%s: empty entry", n)}
		}
		c.Added = append(c.Added, w)
	}
	return nil
}

// nearest is the known concept name closest to s by edit distance, if
// close enough to be a typo.
func (l *Lexicon) nearest(s string) string {
	best, bestD := "", 4
	for _, n := range l.Names() {
		if d := textutil.EditDistance(s, string(n)); d < bestD {
			best, bestD = string(n), d
		}
	}
	return best
}

// clone copies the lexicon so that Extend never changes its receiver.
func (l *Lexicon) clone() *Lexicon {
	out := &Lexicon{
		concepts: make(map[Name]*Concept, len(l.concepts)),
		framing:  append([][]byte(nil), l.framing...),
		sources:  append([]string(nil), l.sources...),
	}
	for n, c := range l.concepts {
		cc := *c
		cc.Added = append([]string(nil), c.Added...)
		cc.set = nil
		out.concepts[n] = &cc
	}
	return out
}

// yamlError turns a YAML parse error on src into a FileError with its
// line, column and plain words.
func yamlError(file string, src []byte, err error) error {
	line, col, msg := yamlerr.Locate(src, err)
	return &FileError{File: file, Line: line, Column: col, Msg: msg}
}

// WithFraming returns a new lexicon: l with one more framing document, in
// the shape of data/framing/framing.yaml (read from file; the stance
// package checks it).
func (l *Lexicon) WithFraming(doc []byte, file string) *Lexicon {
	out := l.clone()
	out.framing = append(out.framing, doc)
	out.sources = append(out.sources, file)
	if err := out.resolve(); err != nil {
		panic("lexicon: " + err.Error()) // the receiver resolved, so its clone does
	}
	return out
}
