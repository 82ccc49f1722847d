package lexicon

import (
	"fmt"
	"sort"
	"strings"
)

// Markdown writes the catalogue of the lexicon's concepts, by domain, as
// a Markdown page (docs/lexicon.md is this page for the default lexicon).
func (l *Lexicon) Markdown() string {
	var b strings.Builder
	b.WriteString(`# Word lists

Every word list nec-analyse uses, by domain: one file per list in
` + "`internal/lexicon/data/<domain>/<name>.txt`" + ` (first line its purpose, then one
entry per line). ` + "`--lexicon FILE`" + ` adds entries to any list by its name (see
the README). This page is generated from the data (` + "`go test ./internal/lexicon\n-run TestLexiconDoc -update`" + `); a test fails when the two differ.

`)
	domains := map[string][]*Concept{}
	var order []string
	for _, n := range l.Names() {
		c := l.concepts[n]
		if domains[c.Domain] == nil {
			order = append(order, c.Domain)
		}
		domains[c.Domain] = append(domains[c.Domain], c)
	}
	sort.Strings(order)
	for _, d := range order {
		fmt.Fprintf(&b, "## %s\n\n| list | entries | languages | purpose |\n| --- | ---: | --- | --- |\n", d)
		for _, c := range domains[d] {
			extra := ""
			if len(c.Include) > 0 {
				var inc []string
				for _, i := range c.Include {
					inc = append(inc, "`"+string(i)+"`")
				}
				extra = " Includes " + strings.Join(inc, ", ") + "."
			}
			fmt.Fprintf(&b, "| `%s` | %d | %s | %s%s |\n", c.Name, len(c.set), strings.Join(c.Langs, " "),
				strings.ReplaceAll(c.Doc, "|", `\|`), extra)
		}
		b.WriteString("\n")
	}
	if len(l.framing) > 0 {
		b.WriteString("## framing\n\n`framing/framing.yaml`: loaded labels, evaluative phrases, sentiment words and opinion markers per language, with weights (see the file's header). A lexicon file's `framing:` section extends it.\n")
	}
	return b.String()
}
