package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

func TestTextTableWidth(t *testing.T) {
	tbl := textTable{
		cols: []column{{header: "severity", keep: true}, {header: "source", keep: true}, {header: "title", cut: true}, {header: "message"}},
		rows: [][]cell{
			plainCells("warning", "City Wire 10 Mar", strings.Repeat("a long headline ", 8), "\"Maria Okafur\" looks like a misspelling of \"Maria Okafor\" (6 sources)"),
			plainCells("info", "01-riverside-herald", "short", "ok"),
		},
	}
	for _, tc := range []struct {
		name  string
		opts  Options
		width int
	}{
		{"box 80", Options{Width: 80, Box: true}, 80},
		{"plain 60", Options{Width: 60}, 60},
		{"box 40", Options{Width: 40, Box: true}, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			tbl.render(&buf, tc.opts)
			out := buf.String()
			for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := runewidth.StringWidth(l); w > tc.width {
					t.Errorf("line of %d columns, limit %d: %q", w, tc.width, l)
				}
			}
			if tc.width < 60 {
				return // only fitting is promised this narrow
			}
			words := strings.Fields(strings.ReplaceAll(out, "│", " "))
			joined := " " + strings.Join(words, " ") + " "
			for _, w := range strings.Fields("\"Maria Okafur\" looks like a misspelling of \"Maria Okafor\" (6 sources)") {
				if !strings.Contains(joined, " "+w+" ") {
					t.Errorf("message word %q not shown whole:\n%s", w, out)
				}
			}
			if !strings.Contains(out, "City Wire 10 Mar") {
				t.Errorf("label wrapped or cut:\n%s", out)
			}
		})
	}
}

func TestWrapText(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"short", 10, []string{"short"}},
		{"two words here", 9, []string{"two words", "here"}},
		{"30,000-35,000", 8, []string{"30,000-", "35,000"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
	} {
		got := wrapText(tc.in, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}
