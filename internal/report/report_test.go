package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestSeverity(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Severity
		err  bool
	}{
		{"info", Info, false}, {"warning", Warning, false}, {"error", Error, false}, {"fatal", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseSeverity(tc.name)
			if (err != nil) != tc.err || got != tc.want {
				t.Fatalf("ParseSeverity(%q) = %v, %v; want %v, err %v", tc.name, got, err, tc.want, tc.err)
			}
			if err != nil {
				return
			}
			b, _ := json.Marshal(got)
			var back Severity
			if err := json.Unmarshal(b, &back); err != nil || back != got || string(b) != `"`+tc.name+`"` {
				t.Errorf("round trip %s -> %s -> %v (%v)", tc.name, b, back, err)
			}
		})
	}
	if !(Info < Warning && Warning < Error) {
		t.Error("severities not ordered")
	}
}

func TestLookup(t *testing.T) {
	for _, f := range []string{"table", "json", "markdown"} {
		if _, err := Lookup(f); err != nil {
			t.Errorf("Lookup(%q): %v", f, err)
		}
	}
	if _, err := Lookup("xml"); err == nil || err.Error() != `unknown format "xml" (valid: json, markdown, table)` {
		t.Errorf("Lookup(xml) error = %v", err)
	}
}

func TestMarkdownEscapesPipes(t *testing.T) {
	r := New("t")
	r.Entities = append(r.Entities, Entity{Name: "A|B", Type: "ORG", Articles: []string{"x"}, Mentions: 1})
	var buf bytes.Buffer
	if err := RenderMarkdown(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `A\|B`) {
		t.Errorf("pipe not escaped:\n%s", buf.String())
	}
}
