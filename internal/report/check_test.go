package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// manyFindings is a verdict with n errors, w warnings and i infos, each
// in its own article, and one accepted finding and one fact not stated.
func manyFindings(n, w, i int) *Verdict {
	v := &Verdict{FailOn: "warning", Failed: n+w > 0, Counts: map[string]int{"error": n, "warning": w, "info": i}}
	add := func(count int, sev Severity, kind string) {
		for k := range count {
			id := fmt.Sprintf("%s%02d.txt", sev, k)
			v.Findings = append(v.Findings, Finding{Kind: kind, Severity: sev, Message: fmt.Sprintf("%s %d", kind, k),
				Evidence: []Evidence{{Article: id, Start: k, End: k + 3, Text: "abc"}}})
		}
	}
	add(n, Error, FindingConflict)
	add(w, Warning, FindingSpellingVariant)
	add(i, Info, FindingNewEntity)
	v.Accepted = []AcceptedFinding{{Finding: Finding{Kind: FindingSpellingVariant, Severity: Warning, Message: "Jon Lansmann",
		Evidence: []Evidence{{Article: "ok.txt", Text: "Jon Lansmann"}}}, AcceptReason: "a known typo", AcceptLine: 3}}
	v.NotStated = []FactRef{{Subject: "Harbour Board", Measure: "seats", Path: "facts.yaml", Line: 7}}
	return v
}

func TestRenderGitHubLimits(t *testing.T) {
	locate := func(article string, offset int) (string, int, int, bool) {
		return "news/" + article, 2, offset + 1, true
	}
	for _, tc := range []struct {
		name                    string
		errors, warnings, infos int
		// want annotations per level (notices include the summary) and
		// lines listed past the limit.
		wantErr, wantWarn, wantNotice, wantRest int
	}{
		{"none", 0, 0, 0, 0, 0, 1, 0},
		{"under the limit", 3, 10, 9, 3, 10, 10, 0},
		{"25 warnings", 0, 25, 0, 0, 10, 1, 15},
		{"every level over", 12, 25, 14, 10, 10, 10, 2 + 15 + 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, sum bytes.Buffer
			v := manyFindings(tc.errors, tc.warnings, tc.infos)
			if err := RenderGitHub(&out, &sum, v, locate); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			count := func(prefix string) int { return len(regexp.MustCompile(`(?m)^`+prefix).FindAllString(got, -1)) }
			if e, w, n := count("::error "), count("::warning "), count("::notice "); e != tc.wantErr || w != tc.wantWarn || n != tc.wantNotice {
				t.Errorf("annotations: %d errors, %d warnings, %d notices; want %d, %d, %d\n%s", e, w, n, tc.wantErr, tc.wantWarn, tc.wantNotice, got)
			}
			if rest := count(`news/(error|warning|info)\d+\.txt:2:\d+: `); rest != tc.wantRest {
				t.Errorf("%d findings listed past the limit, want %d\n%s", rest, tc.wantRest, got)
			}
			for _, l := range strings.Split(strings.TrimSpace(got), "\n") {
				if strings.HasPrefix(l, "::error ") || strings.HasPrefix(l, "::warning ") || (strings.HasPrefix(l, "::notice ") && !strings.Contains(l, "title=nec-analyse check")) {
					if !strings.Contains(l, "file=news/") {
						t.Errorf("annotation without file=: %s", l)
					}
				}
			}
			lines := strings.Split(strings.TrimSpace(got), "\n")
			wantLast := fmt.Sprintf("::notice title=nec-analyse check::check %s (--fail-on warning): %d errors, %d warnings, %d infos; 1 accepted, 0 unmatched facts, 1 not stated",
				map[bool]string{true: "FAILED", false: "passed"}[tc.errors+tc.warnings > 0], tc.errors, tc.warnings, tc.infos)
			if last := lines[len(lines)-1]; last != wantLast {
				t.Errorf("last line %q, want %q", last, wantLast)
			}
			s := sum.String()
			for _, want := range []string{"| errors | warnings | infos | accepted | unmatched facts | not stated |",
				fmt.Sprintf("| %d | %d | %d | 1 | 0 | 1 |", tc.errors, tc.warnings, tc.infos),
				"| warning | spelling-variant | news/ok.txt:2:1 | Jon Lansmann | a known typo |",
				"| Harbour Board | seats | 7 |"} {
				if !strings.Contains(s, want) {
					t.Errorf("step summary lacks %q:\n%s", want, s)
				}
			}
			if n := strings.Count(s, "| no (limit) |"); n != tc.wantRest {
				t.Errorf("step summary marks %d findings not annotated, want %d", n, tc.wantRest)
			}
		})
	}
}

func TestRenderLine(t *testing.T) {
	v := manyFindings(1, 1, 0)
	v.Findings = append(v.Findings,
		Finding{Kind: FindingFactUnmatched, Severity: Warning, Message: "facts line 4: subject \"Tom\"", Evidence: []Evidence{{Path: "facts.yaml", Line: 4, Text: "Tom"}}},
		Finding{Kind: FindingUnreadable, Severity: Warning, Message: "page.html: not\nreadable", Evidence: []Evidence{{Article: "page.html"}}})
	locate := func(article string, offset int) (string, int, int, bool) {
		if strings.HasSuffix(article, ".html") {
			return "in/" + article, 0, 0, false
		}
		return "in/" + article, 3, offset + 1, true
	}
	var b bytes.Buffer
	if err := RenderLine(&b, v, locate); err != nil {
		t.Fatal(err)
	}
	want := `in/error00.txt:3:1: error: conflict: conflict 0
in/warning00.txt:3:1: warning: spelling-variant: spelling-variant 0
facts.yaml:4:1: warning: fact-unmatched: facts line 4: subject "Tom"
in/page.html:1:1: warning: unreadable-article: page.html: not readable
`
	if b.String() != want {
		t.Errorf("RenderLine:\n%s\nwant:\n%s", b.String(), want)
	}
}
