package check

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Accepted is the accept file: findings a team has reviewed and
// accepted, which check reports as accepted and never fails on.
//
//	accepted:
//	  - kind: spelling-variant
//	    text: Maria Okafur
//	    reason: the Morning Post's typo, corrected in print
//
// An entry matches a finding of its kind whose evidence has the text, or
// whose message contains it (case-insensitively).
type Accepted struct {
	Entries []Accept `yaml:"accepted"`
	// Path is the file the entries were read from.
	Path string `yaml:"-"`
	// comments are the entries' messages (AcceptCurrent), written above
	// them by Marshal.
	comments []string
}

// Accept is one accepted finding.
type Accept struct {
	Kind   string `yaml:"kind"`
	Text   string `yaml:"text"`
	Reason string `yaml:"reason,omitempty"`
	// Line and Col are the entry's 1-based place in its file.
	Line int `yaml:"-"`
	Col  int `yaml:"-"`
}

// Match returns the first entry that accepts f.
func (a *Accepted) Match(f report.Finding) (Accept, bool) {
	if a == nil {
		return Accept{}, false
	}
	for _, e := range a.Entries {
		if e.Kind != f.Kind {
			continue
		}
		t := strings.ToLower(strings.TrimSpace(e.Text))
		for _, ev := range f.Evidence {
			if strings.ToLower(strings.TrimSpace(ev.Text)) == t {
				return e, true
			}
		}
		if strings.Contains(strings.ToLower(f.Message), t) {
			return e, true
		}
	}
	return Accept{}, false
}

// LoadAccepted reads an accept file.
func LoadAccepted(path string) (*Accepted, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read accept file: %w", err)
	}
	return ParseAccepted(path, bytes.NewReader(b))
}

// ParseAccepted parses and validates an accept file; name is used in
// errors, which are *FactsError values (a file the gate reads) with the
// line and column at fault.
func ParseAccepted(name string, r io.Reader) (*Accepted, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read accept file: %w", err)
	}
	a := &Accepted{Path: name}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return nil, yamlError(name, src, err)
	}
	if len(root.Content) == 0 {
		return a, nil
	}
	top := root.Content[0]
	bad := func(n *yaml.Node, format string, args ...any) error {
		return &FactsError{Path: name, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)}
	}
	if top.Kind != yaml.MappingNode {
		return nil, bad(top, "want a mapping with the list accepted")
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		if key.Value != "accepted" {
			return nil, bad(key, "unknown key %q (want accepted)", key.Value)
		}
		if val.Kind != yaml.SequenceNode {
			if val.Tag == "!!null" {
				continue
			}
			return nil, bad(val, "accepted: expected a list (lines starting with '- ')")
		}
		for _, item := range val.Content {
			e, err := parseAccept(name, item, bad)
			if err != nil {
				return nil, err
			}
			a.Entries = append(a.Entries, e)
		}
	}
	return a, nil
}

// parseAccept reads one entry of the accepted list.
func parseAccept(name string, item *yaml.Node, bad func(*yaml.Node, string, ...any) error) (Accept, error) {
	if item.Kind != yaml.MappingNode {
		return Accept{}, bad(item, "accepted: each entry is a mapping (kind, text, reason)")
	}
	e := Accept{Line: item.Line, Col: item.Column}
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return Accept{}, bad(v, "%s: expected text", k.Value)
		}
		switch k.Value {
		case "kind":
			e.Kind = v.Value
			if _, ok := report.LookupKind(v.Value); !ok {
				msg := fmt.Sprintf("unknown finding kind %q", v.Value)
				if near := nearestKind(v.Value); near != "" {
					msg += fmt.Sprintf(" (did you mean %s?)", near)
				}
				return Accept{}, bad(v, "%s", msg)
			}
		case "text":
			e.Text = v.Value
		case "reason":
			e.Reason = v.Value
		default:
			return Accept{}, bad(k, "unknown key %q (want kind, text, reason)", k.Value)
		}
	}
	switch {
	case e.Kind == "":
		return Accept{}, bad(item, "accepted finding without a kind")
	case strings.TrimSpace(e.Text) == "":
		return Accept{}, bad(item, "accepted finding without a text")
	}
	return e, nil
}

// nearestKind is the catalogue's kind closest to s, if close enough to
// be a typo.
func nearestKind(s string) string {
	best, bestD := "", 4
	for _, k := range report.Kinds() {
		if d := textutil.EditDistance(s, k.Name); d < bestD {
			best, bestD = k.Name, d
		}
	}
	return best
}

// AcceptCurrent is an accept file listing fs (the findings at warning or
// above of today's run): each by its kind and its first evidence's text
// (the message when there is none), with the message as a comment, once
// per kind and text.
func AcceptCurrent(fs []report.Finding) *Accepted {
	a := &Accepted{}
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Severity < report.Warning {
			continue
		}
		text := f.Message
		if len(f.Evidence) > 0 && strings.TrimSpace(f.Evidence[0].Text) != "" {
			text = f.Evidence[0].Text
		}
		if seen[f.Kind+"\x00"+text] {
			continue
		}
		seen[f.Kind+"\x00"+text] = true
		a.Entries = append(a.Entries, Accept{Kind: f.Kind, Text: text})
		a.comments = append(a.comments, f.Message)
	}
	return a
}

// Marshal writes the accept file as YAML, each entry under a comment
// with the finding's message when known.
func (a *Accepted) Marshal(w io.Writer) error {
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for i, e := range a.Entries {
		item := &yaml.Node{Kind: yaml.MappingNode}
		if i < len(a.comments) {
			item.HeadComment = a.comments[i]
		}
		for _, kv := range [][2]string{{"kind", e.Kind}, {"text", e.Text}, {"reason", e.Reason}} {
			item.Content = append(item.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: kv[0]}, &yaml.Node{Kind: yaml.ScalarNode, Value: kv[1]})
		}
		list.Content = append(list.Content, item)
	}
	doc := &yaml.Node{Kind: yaml.MappingNode, HeadComment: "Findings accepted by the team: check reports them as accepted and does not fail on them.\nReview each entry and give it a reason.",
		Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: "accepted"}, list}}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}
