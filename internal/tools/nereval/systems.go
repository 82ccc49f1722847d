package main

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/nec-analyse/nec-analyse/internal/nerrun"
)

// rawLabel maps prose's labels to scored labels ("" for any other).
func rawLabel(l string) string {
	switch l {
	case "PERSON":
		return "PER"
	case "GPE", "LOCATION", "GSP", "FACILITY":
		return "LOC"
	case "ORGANIZATION":
		return "ORG"
	}
	return ""
}

// alignEntities locates prose entities, whose Text is their tokens joined
// by single spaces, as runs of the document's tokens, in order. An entity
// that cannot be located gets {-1, -1}.
func alignEntities(text string, toks []string, ents []string) [][2]int {
	starts, ends, _ := nerrun.AlignTokens(text, toks)
	out := make([][2]int, len(ents))
	next := 0
	for e, ent := range ents {
		out[e] = [2]int{-1, -1}
		parts := strings.Split(ent, " ")
	search:
		for k := next; k+len(parts) <= len(toks); k++ {
			for p, part := range parts {
				if toks[k+p] != part {
					continue search
				}
			}
			last := k + len(parts) - 1
			if starts[k] >= 0 && ends[last] >= 0 {
				out[e] = [2]int{starts[k], ends[last]}
			}
			next = last + 1
			break
		}
	}
	return out
}

// rawProse runs prose's default model on one sentence text, as a user of
// prose would (segmentation off: the text is one sentence, and prose's
// segmenter does not influence its entities).
func rawProse(m *prose.Model, text string) []Pred {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(m))
	if err != nil {
		return nil
	}
	var toks []string
	for _, t := range doc.Tokens() {
		toks = append(toks, t.Text)
	}
	ents := doc.Entities()
	texts := make([]string, len(ents))
	for i, e := range ents {
		texts[i] = e.Text
	}
	var out []Pred
	for i, at := range alignEntities(text, toks, texts) {
		out = append(out, Pred{Start: at[0], End: at[1], Label: rawLabel(ents[i].Label), Raw: ents[i].Label})
	}
	return out
}
