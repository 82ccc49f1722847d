package ner

import (
	"os"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// TestLeadProbe is a temporary probe (never committed).
func TestLeadProbe(t *testing.T) {
	path := os.Getenv("PROBE_FILE")
	word := os.Getenv("PROBE_WORD")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	text := string(b)
	m, _ := NewModel()
	e, _ := m.NewExtractor()
	show := func(tag string) string {
		var out []string
		for _, x := range e.Entities(text, e.Segment(text, whole(text))) {
			if strings.Contains(x.Text, word) {
				out = append(out, x.Text+"/"+string(x.Type))
			}
		}
		return strings.Join(out, ", ")
	}
	base := show("all")
	t.Logf("all on: %s", base)
	for _, i := range Rules() {
		e.SetOff(rules.Off{i.ID(): true})
		if got := show(i.ID()); got != base {
			t.Logf("off %s: %s", i.ID(), got)
		}
	}
}

func TestLeadCasing(t *testing.T) {
	ws := os.Getenv("PROBE_WORDS")
	if ws == "" {
		t.Skip()
	}
	m, _ := NewModel()
	e, _ := m.NewExtractor()
	for _, w := range strings.Fields(ws) {
		c, ok := e.english.Casing(w)
		t.Logf("%s ordinary=%v cap=%v known=%v", w, e.english.Ordinary(w), c, ok)
	}
}
