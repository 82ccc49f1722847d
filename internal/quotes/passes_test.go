package quotes

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/rules/rulestest"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

var update = flag.Bool("update", false, "rewrite the pass fixtures' want.json")

func TestRules(t *testing.T) {
	infos := Rules()
	if err := rules.Validate(infos); err != nil {
		t.Fatal(err)
	}
	for _, i := range infos {
		if i.Stage != stage {
			t.Errorf("%s: stage %q, want %q", i.Name, i.Stage, stage)
		}
	}
}

// passInput is a pass fixture's input.json: invented articles (each a
// list of paragraphs, joined by blank lines) in one language, and the
// entity mentions and person roles to mark in them (every whole-word
// occurrence of Text).
type passInput struct {
	Lang     string              `json:"lang"`
	Articles map[string][]string `json:"articles"`
	Entities []struct {
		Text string `json:"text"`
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"entities"`
	// Roles mark every occurrence of Text as a role of the person Name
	// (the entity stage's role evidence).
	Roles []struct {
		Text string `json:"text"`
		Name string `json:"name"`
	} `json:"roles"`
}

// passOutput is the stage's output on a fixture: each article's quotes
// as "kind|speaker|attribution|text", and the corpus findings.
type passOutput struct {
	Quotes   map[string][]string `json:"quotes"`
	Findings []string            `json:"findings"`
}

// runPasses extracts the quotes of a fixture's articles and matches them
// across articles, with the passes in off switched off.
func runPasses(t *testing.T, dir string, off rules.Off) any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "input.json"))
	if err != nil {
		t.Fatal(err)
	}
	var in passInput
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	var es []ent
	for _, e := range in.Entities {
		es = append(es, ent{e.Text, e.Name, e.Type})
	}
	ids := make([]string, 0, len(in.Articles))
	for id := range in.Articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	opts := Options{Off: off, SpeakerTypes: map[string]span.EntityType{}, SpeakerRoles: map[string][]string{}}
	for _, e := range in.Entities {
		opts.SpeakerTypes[e.Name] = e.Type
	}
	for _, r := range in.Roles {
		opts.SpeakerRoles[r.Name] = append(opts.SpeakerRoles[r.Name], r.Text)
	}
	out := passOutput{Quotes: map[string][]string{}, Findings: []string{}}
	var ins []Instance
	srcs, paras := map[string]string{}, map[string][]span.Span{}
	type built struct {
		ps, ss []span.Span
		ms     []span.Mention
		roles  []Role
	}
	arts := map[string]built{}
	var batch []Role
	for _, id := range ids {
		src, ps, ss, ms := build(in.Articles[id], es...)
		srcs[id], paras[id] = src, ps
		var roles []Role
		for _, r := range in.Roles {
			for from := 0; ; {
				i := strings.Index(src[from:], r.Text)
				if i < 0 {
					break
				}
				roles = append(roles, Role{Entity: r.Name, Text: r.Text, Start: from + i, End: from + i + len(r.Text)})
				from += i + len(r.Text)
			}
		}
		for _, r := range roles {
			r.Article = id
			batch = append(batch, r)
		}
		arts[id] = built{ps, ss, ms, roles}
	}
	for _, id := range ids {
		src, b := srcs[id], arts[id]
		ps, ss, ms := b.ps, b.ss, b.ms
		aopts := opts
		aopts.Roles, aopts.BatchRoles = b.roles, NewRoleIndex(batch, nil)
		qs := ExtractWith(src, ps, ss, ms, in.Lang, aopts)
		checkOffsets(t, src, qs)
		out.Quotes[id] = []string{}
		for _, q := range qs {
			out.Quotes[id] = append(out.Quotes[id], render(q))
			ins = append(ins, Instance{id, q})
		}
	}
	_, fs := MatchWith(ins, srcs, paras, opts)
	for _, f := range fs {
		out.Findings = append(out.Findings, renderFinding(f))
	}
	return out
}

// TestPasses checks every pass against its fixture under
// testdata/passes/<name>/ (go test -update rewrites want.json).
func TestPasses(t *testing.T) {
	rulestest.Check(t, filepath.Join("testdata", "passes"), Rules(), runPasses, *update)
}
