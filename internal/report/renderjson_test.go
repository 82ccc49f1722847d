package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestRenderJSONIsEncoderOutput holds the streaming JSON renderer to the
// bytes json.Encoder writes for the whole report: empty and missing
// lists, one and several elements, HTML characters, severities.
func TestRenderJSONIsEncoderOutput(t *testing.T) {
	day := "2025-03-10"
	full := &Report{SchemaVersion: 1, ToolVersion: "t<&>",
		Articles: []Article{{ID: "a.txt", Title: "Fish & <chips>", Published: &day}, {ID: "b.txt"}},
		Entities: []Entity{{Name: "Amira Osei", Mentions: 2, Spans: []Evidence{{Article: "a.txt", Start: 1, End: 5, Text: "Osei"}}}},
		Claims:   []Claim{},
		Findings: []Finding{{Kind: "conflict", Severity: Error, Message: "x \u2028 \"y\"", Evidence: []Evidence{{Article: "a.txt"}}}},
	}
	for name, r := range map[string]*Report{"empty": {}, "full": full, "lists": {Articles: []Article{}, Quotes: []Quote{{}}}} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := RenderJSON(&got, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got.String(), want.String())
		}
	}
}
