// Package rules names the rules of the extraction stages. Each stage (ner,
// entities, claims, quotes) keeps its rules as an ordered table of passes
// with one function type; each pass has a name and a one-line doc, so that
// a rule can be listed (docs/rules.md is generated from the tables),
// switched off by name and measured on its own (ablation, in the
// evaluation harnesses). Switching passes off is for harnesses, never a
// user flag.
package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Info describes one pass.
type Info struct {
	// Stage is the package the pass belongs to ("ner", "entities",
	// "claims", "quotes").
	Stage string
	// Name is the pass's name, unique within its stage, in lower case
	// with hyphens ("of-names").
	Name string
	// Doc says in one line what the pass does, with an example.
	Doc string
}

// ID is the pass's name across stages: "stage/name" ("ner/of-names").
func (i Info) ID() string { return i.Stage + "/" + i.Name }

// Pass is one named rule of a stage; F is the stage's pass function type.
type Pass[F any] struct {
	Info
	Run F
}

// Infos lists the passes of a table, in order.
func Infos[F any](ps []Pass[F]) []Info {
	out := make([]Info, len(ps))
	for i, p := range ps {
		out[i] = p.Info
	}
	return out
}

// Off names the passes switched off, by ID. A nil Off switches nothing
// off.
type Off map[string]bool

// Enabled reports whether pass i runs.
func (o Off) Enabled(i Info) bool { return !o[i.ID()] }

// ParseOff reads a comma-separated list of pass IDs ("ner/of-names,
// entities/initials"), checking each against known.
func ParseOff(list string, known []Info) (Off, error) {
	ids := map[string]bool{}
	for _, i := range known {
		ids[i.ID()] = true
	}
	off := Off{}
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !ids[f] {
			return nil, fmt.Errorf("unknown pass %q", f)
		}
		off[f] = true
	}
	return off, nil
}

var nameRe = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Validate checks a stage's table: every name well formed and unique in
// its stage, every doc one line ending with a full stop.
func Validate(infos []Info) error {
	seen := map[string]bool{}
	var errs []string
	for _, i := range infos {
		switch {
		case !nameRe.MatchString(i.Name):
			errs = append(errs, fmt.Sprintf("%s: name is not lower case with hyphens", i.ID()))
		case seen[i.ID()]:
			errs = append(errs, fmt.Sprintf("%s: name used twice", i.ID()))
		}
		seen[i.ID()] = true
		if i.Stage == "" {
			errs = append(errs, fmt.Sprintf("%q: no stage", i.Name))
		}
		if i.Doc == "" || strings.Contains(i.Doc, "\n") || !strings.HasSuffix(i.Doc, ".") {
			errs = append(errs, fmt.Sprintf("%s: doc must be one line ending with a full stop", i.ID()))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return fmt.Errorf("rules: %s", strings.Join(errs, "; "))
	}
	return nil
}
