package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Verdict is the result of `check`: the findings the gate considered and
// whether they reach the failure threshold. It is check's JSON contract.
type Verdict struct {
	SchemaVersion int    `json:"schema_version"`
	ToolVersion   string `json:"tool_version"`
	// FailOn is the threshold: error, warning, info or none.
	FailOn string `json:"fail_on"`
	Failed bool   `json:"failed"`
	// Counts gives the number of findings per severity.
	Counts   map[string]int `json:"counts"`
	Findings []Finding      `json:"findings"`
}

// RenderVerdictJSON writes the verdict as indented JSON.
func RenderVerdictJSON(w io.Writer, v *Verdict) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// RenderVerdictTable writes the findings as a table and a summary line. It
// returns the first write error.
func RenderVerdictTable(out io.Writer, v *Verdict, opts Options) error {
	w := &stickyWriter{w: out}
	if len(v.Findings) > 0 {
		lb := newLabeller(opts.Labels)
		t := textTable{cols: []column{{header: "severity", keep: true}, {header: "kind", keep: true}, {header: "source", keep: true}, {header: "message"}}}
		for _, f := range v.Findings {
			art := "-"
			if len(f.Evidence) > 0 {
				art = lb.of(f.Evidence[0].Article)
			}
			t.rows = append(t.rows, []cell{{text: f.Severity.String(), tone: severityTones[f.Severity]}, {text: f.Kind}, {text: art}, {text: lb.text(f.Message)}})
		}
		t.render(w, opts)
	}
	status := "passed"
	if v.Failed {
		status = "FAILED"
	}
	fmt.Fprintf(w, "check %s (--fail-on %s): %d errors, %d warnings, %d infos\n",
		status, v.FailOn, v.Counts["error"], v.Counts["warning"], v.Counts["info"])
	return w.err
}

// Locator maps an evidence offset in an article to the file path and the
// 1-based line and column (in characters) for annotations.
type Locator func(article string, offset int) (path string, line, col int, ok bool)

// RenderGitHub writes one GitHub Actions workflow command per finding
// (::error, ::warning or ::notice), located at its first evidence. It
// returns the first write error.
func RenderGitHub(w io.Writer, v *Verdict, locate Locator) error {
	for _, f := range v.Findings {
		cmd := map[Severity]string{Error: "error", Warning: "warning", Info: "notice"}[f.Severity]
		props := []string{"title=" + ghEscape(f.Kind, true)}
		if len(f.Evidence) > 0 {
			if path, line, col, ok := locate(f.Evidence[0].Article, f.Evidence[0].Start); ok {
				props = append([]string{"file=" + ghEscape(path, true), "line=" + strconv.Itoa(line), "col=" + strconv.Itoa(col)}, props...)
			}
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", cmd, strings.Join(props, ","), ghEscape(f.Message, false)); err != nil {
			return err
		}
	}
	return nil
}

// ghEscape escapes workflow-command data (and, for properties, ':' and ',').
func ghEscape(s string, property bool) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
	if property {
		s = strings.NewReplacer(":", "%3A", ",", "%2C").Replace(s)
	}
	return s
}
