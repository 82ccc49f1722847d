package pipeline

import (
	"fmt"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/quotes"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// Rules lists the named passes of every stage the pipeline runs, stage by
// stage in run order: what Options.Off can switch off.
func Rules() []rules.Info {
	var out []rules.Info
	out = append(out, ner.Rules()...)
	out = append(out, claims.Rules()...)
	out = append(out, partiesApart, leadsApart, differentStories)
	out = append(out, entities.Rules()...)
	out = append(out, spellingsApart, sharedSurname)
	out = append(out, quotes.Rules()...)
	return out
}

// RulesMarkdown writes the passes of Rules as Markdown tables, one per
// stage (the generated part of docs/rules.md).
func RulesMarkdown() string {
	var b strings.Builder
	stage := ""
	for _, r := range Rules() {
		if r.Stage != stage {
			if stage != "" {
				b.WriteString("\n")
			}
			stage = r.Stage
			fmt.Fprintf(&b, "### %s\n\n| pass | what it does |\n| --- | --- |\n", stage)
		}
		fmt.Fprintf(&b, "| `%s` | %s |\n", r.ID(), strings.ReplaceAll(r.Doc, "|", `\|`))
	}
	return b.String()
}
