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
	// Counts gives the number of findings per severity (accepted findings
	// left out).
	Counts   map[string]int `json:"counts"`
	Findings []Finding      `json:"findings"`
	// Accepted are the findings the accept file lists: they never fail
	// the gate. Sorted as Findings.
	Accepted []AcceptedFinding `json:"accepted"`
	// NotStated are the facts that matched the batch but no figure in
	// it, in the facts file's order.
	NotStated []FactRef `json:"not_stated"`
}

// AcceptedFinding is a finding an entry of the accept file matched.
type AcceptedFinding struct {
	Finding
	// AcceptReason is the entry's reason ("" when it gives none).
	AcceptReason string `json:"accept_reason,omitempty"`
	// AcceptLine is the entry's 1-based line in the accept file.
	AcceptLine int `json:"accept_line,omitempty"`
}

// FactRef names an entry of the facts file.
type FactRef struct {
	Subject string `json:"subject"`
	Measure string `json:"measure"`
	// Path and Line (1-based) locate the entry in the facts file.
	Path string `json:"path,omitempty"`
	Line int    `json:"line,omitempty"`
}

// unmatchedFacts counts the fact-unmatched findings among v's findings.
func (v *Verdict) unmatchedFacts() int {
	n := 0
	for _, f := range v.Findings {
		if f.Kind == FindingFactUnmatched {
			n++
		}
	}
	return n
}

// status is the verdict in one line: "check passed (--fail-on warning):
// 0 errors, 1 warnings, 3 infos" and, with others, "; 2 accepted, 0
// unmatched facts, 1 not stated".
func (v *Verdict) status(others bool) string {
	s := "passed"
	if v.Failed {
		s = "FAILED"
	}
	s = fmt.Sprintf("check %s (--fail-on %s): %d errors, %d warnings, %d infos", s, v.FailOn, v.Counts["error"], v.Counts["warning"], v.Counts["info"])
	if others {
		s += "; " + v.others()
	}
	return s
}

// others counts what is not a finding: "2 accepted, 0 unmatched facts, 1
// not stated".
func (v *Verdict) others() string {
	return fmt.Sprintf("%d accepted, %d unmatched facts, %d not stated", len(v.Accepted), v.unmatchedFacts(), len(v.NotStated))
}

// String writes a fact as "Subject measure (facts line N)".
func (r FactRef) String() string {
	s := r.Subject + " " + r.Measure
	if r.Line > 0 {
		s += fmt.Sprintf(" (facts line %d)", r.Line)
	}
	return s
}

// RenderVerdictJSON writes the verdict as indented JSON.
func RenderVerdictJSON(w io.Writer, v *Verdict) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// RenderVerdictTable writes the findings as a table, the accepted
// findings and the facts not stated in the batch, the counts of those
// (when there are any), then a summary line.
// It returns the first write error.
func RenderVerdictTable(out io.Writer, v *Verdict, opts Options) error {
	w := &stickyWriter{w: out}
	lb := newLabeller(opts.Labels)
	source := func(f Finding) string {
		if len(f.Evidence) == 0 {
			return "-"
		}
		if ev := f.Evidence[0]; ev.Article == "" && ev.Path != "" {
			return fmt.Sprintf("%s:%d", ev.Path, ev.Line)
		}
		return lb.of(f.Evidence[0].Article)
	}
	if len(v.Findings) > 0 {
		t := textTable{cols: []column{{header: "severity", keep: true}, {header: "kind", keep: true}, {header: "source", keep: true}, {header: "message"}}}
		for _, f := range v.Findings {
			t.rows = append(t.rows, []cell{{text: f.Severity.String(), tone: severityTones[f.Severity]}, {text: f.Kind}, {text: source(f)}, {text: lb.text(f.Message)}})
		}
		t.render(w, opts)
	}
	if len(v.Accepted) > 0 {
		fmt.Fprintf(w, "accepted (%d, not failing):\n", len(v.Accepted))
		for _, a := range v.Accepted {
			reason := ""
			if a.AcceptReason != "" {
				reason = " [" + a.AcceptReason + "]"
			}
			fmt.Fprintf(w, "  %s %s: %s: %s%s\n", a.Severity, a.Kind, source(a.Finding), lb.text(a.Message), reason)
		}
	}
	if len(v.NotStated) > 0 {
		fmt.Fprintf(w, "not stated in this batch (%d facts):\n", len(v.NotStated))
		for _, r := range v.NotStated {
			fmt.Fprintf(w, "  %s\n", r)
		}
	}
	if len(v.Accepted)+v.unmatchedFacts()+len(v.NotStated) > 0 {
		fmt.Fprintln(w, v.others())
	}
	fmt.Fprintln(w, v.status(false))
	return w.err
}

// Locator maps an evidence offset in an article to the file path and the
// 1-based line and column (in characters) for annotations; ok is false
// when only the path is known.
type Locator func(article string, offset int) (path string, line, col int, ok bool)

// where locates a finding at its first evidence: the file, and the
// 1-based line and column (0 when unknown). A facts-file entry (evidence
// with no article) is located at its path and line.
func where(f Finding, locate Locator) (path string, line, col int) {
	if len(f.Evidence) == 0 {
		return "", 0, 0
	}
	ev := f.Evidence[0]
	if ev.Article == "" {
		if ev.Line > 0 {
			return ev.Path, ev.Line, 1
		}
		return ev.Path, 0, 0
	}
	path, line, col, ok := locate(ev.Article, ev.Start)
	if !ok {
		return path, 0, 0
	}
	return path, line, col
}

// GitHubAnnotationLimit is how many annotations of one level (error,
// warning, notice) GitHub shows per step; RenderGitHub writes no more.
const GitHubAnnotationLimit = 10

// RenderGitHub writes one GitHub Actions workflow command per finding
// (::error, ::warning or ::notice), located at its first evidence (every
// annotation with file= when the finding names one), at most
// GitHubAnnotationLimit per level, the most severe first (one notice is
// kept for the summary); the findings past the limit, the accepted ones
// and the facts not stated are listed in log groups; a last ::notice
// gives the counts. When summary is not nil, a Markdown step summary is
// written to it (for $GITHUB_STEP_SUMMARY). It returns the first write
// error.
func RenderGitHub(out io.Writer, summary io.Writer, v *Verdict, locate Locator) error {
	w := &stickyWriter{w: out}
	used := map[Severity]int{}
	limit := map[Severity]int{Error: GitHubAnnotationLimit, Warning: GitHubAnnotationLimit, Info: GitHubAnnotationLimit - 1}
	var rest []Finding
	annotated := make([]bool, len(v.Findings))
	for i, f := range v.Findings {
		if used[f.Severity] >= limit[f.Severity] {
			rest = append(rest, f)
			continue
		}
		used[f.Severity]++
		annotated[i] = true
		props := []string{}
		if path, line, col := where(f, locate); path != "" {
			props = append(props, "file="+ghEscape(path, true))
			if line > 0 {
				props = append(props, "line="+strconv.Itoa(line), "col="+strconv.Itoa(col))
			}
		}
		props = append(props, "title="+ghEscape(f.Kind, true))
		fmt.Fprintf(w, "::%s %s::%s\n", ghLevel(f.Severity), strings.Join(props, ","), ghEscape(f.Message, false))
	}
	if len(rest) > 0 {
		fmt.Fprintf(w, "::group::%d findings not annotated (GitHub shows %d annotations per level)\n", len(rest), GitHubAnnotationLimit)
		for _, f := range rest {
			fmt.Fprintf(w, "%s\n", lineOf(f, locate))
		}
		fmt.Fprintln(w, "::endgroup::")
	}
	if len(v.Accepted) > 0 {
		fmt.Fprintf(w, "::group::%d accepted findings (not failing)\n", len(v.Accepted))
		for _, a := range v.Accepted {
			fmt.Fprintf(w, "%s%s\n", lineOf(a.Finding, locate), reasonSuffix(a.AcceptReason))
		}
		fmt.Fprintln(w, "::endgroup::")
	}
	if len(v.NotStated) > 0 {
		fmt.Fprintf(w, "::group::%d facts not stated in this batch\n", len(v.NotStated))
		for _, r := range v.NotStated {
			fmt.Fprintln(w, r)
		}
		fmt.Fprintln(w, "::endgroup::")
	}
	fmt.Fprintf(w, "::notice title=nec-analyse check::%s\n", ghEscape(v.status(true), false))
	if w.err != nil || summary == nil {
		return w.err
	}
	return renderStepSummary(summary, v, locate, annotated)
}

// ghLevel is the workflow command of a severity.
func ghLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "notice"
}

func reasonSuffix(reason string) string {
	if reason == "" {
		return ""
	}
	return " [" + reason + "]"
}

// renderStepSummary writes the GitHub step summary: the counts, every
// finding (marking those not annotated), the accepted findings, the
// unmatched facts and the facts not stated.
func renderStepSummary(out io.Writer, v *Verdict, locate Locator, annotated []bool) error {
	w := &stickyWriter{w: out}
	status := "passed"
	if v.Failed {
		status = "FAILED"
	}
	fmt.Fprintf(w, "## nec-analyse check %s (--fail-on %s)\n\n", status, v.FailOn)
	fmt.Fprintln(w, "| errors | warnings | infos | accepted | unmatched facts | not stated |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
	fmt.Fprintf(w, "| %d | %d | %d | %d | %d | %d |\n", v.Counts["error"], v.Counts["warning"], v.Counts["info"], len(v.Accepted), v.unmatchedFacts(), len(v.NotStated))
	if len(v.Findings) > 0 {
		fmt.Fprintf(w, "\n### Findings\n\n| severity | kind | where | message | annotated |\n| --- | --- | --- | --- | --- |\n")
		for i, f := range v.Findings {
			ann := "yes"
			if !annotated[i] {
				ann = "no (limit)"
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", f.Severity, f.Kind, mdCellText(whereText(f, locate)), mdCellText(f.Message), ann)
		}
	}
	if len(v.Accepted) > 0 {
		fmt.Fprintf(w, "\n### Accepted\n\n| severity | kind | where | message | reason |\n| --- | --- | --- | --- | --- |\n")
		for _, a := range v.Accepted {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", a.Severity, a.Kind, mdCellText(whereText(a.Finding, locate)), mdCellText(a.Message), mdCellText(a.AcceptReason))
		}
	}
	if n := v.unmatchedFacts(); n > 0 {
		fmt.Fprintf(w, "\n### Unmatched facts\n\n| where | message |\n| --- | --- |\n")
		for _, f := range v.Findings {
			if f.Kind == FindingFactUnmatched {
				fmt.Fprintf(w, "| %s | %s |\n", mdCellText(whereText(f, locate)), mdCellText(f.Message))
			}
		}
	}
	if len(v.NotStated) > 0 {
		fmt.Fprintf(w, "\n### Not stated in this batch\n\n| subject | measure | facts line |\n| --- | --- | --- |\n")
		for _, r := range v.NotStated {
			fmt.Fprintf(w, "| %s | %s | %d |\n", mdCellText(r.Subject), mdCellText(r.Measure), r.Line)
		}
	}
	return w.err
}

// mdCellText makes s safe in a Markdown table cell.
func mdCellText(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

// whereText writes a finding's place as path:line:col, path:line or path.
func whereText(f Finding, locate Locator) string {
	path, line, col := where(f, locate)
	switch {
	case path == "":
		return "-"
	case line == 0:
		return path
	case col == 0:
		return fmt.Sprintf("%s:%d", path, line)
	}
	return fmt.Sprintf("%s:%d:%d", path, line, col)
}

// lineOf writes a finding in the line format.
func lineOf(f Finding, locate Locator) string {
	path, line, col := where(f, locate)
	if path == "" {
		path = "-"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s: %s", path, max(line, 1), max(col, 1), f.Severity, f.Kind, oneLine(f.Message))
}

// oneLine replaces line breaks by spaces.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// RenderLine writes one line per finding in the shape Vale's line output
// and compilers use, for editors and other CI systems:
//
//	path:line:col: severity: kind: message
//
// line and col are 1-based (col in characters); a finding that names a
// file but no place in it (a web page, an unreadable file) is at 1:1. The
// findings are in the verdict's order; accepted findings are left out. It
// returns the first write error.
func RenderLine(out io.Writer, v *Verdict, locate Locator) error {
	w := &stickyWriter{w: out}
	for _, f := range v.Findings {
		fmt.Fprintln(w, lineOf(f, locate))
	}
	return w.err
}

// ghEscape escapes workflow-command data (and, for properties, ':' and ',').
func ghEscape(s string, property bool) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
	if property {
		s = strings.NewReplacer(":", "%3A", ",", "%2C").Replace(s)
	}
	return s
}
