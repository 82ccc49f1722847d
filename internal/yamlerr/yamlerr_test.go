package yamlerr

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestLocate(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line, col int
		msg       string
	}{
		{"indentation", "facts:\n  - subject: X\n   measure: seats\n    value: 3\n", 3, 4, "did not find expected '-' indicator"},
		{"open flow list", "facts:\n  - subject: X\n    value: [21\n", 3, 5, "did not find expected ',' or ']'"},
		{"type", "facts:\n  subject: X\n", 2, 0, "expected a list, found a mapping"},
		{"scalar type", "n: abc\n", 1, 0, `expected a number, found text ("abc")`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v struct {
				Facts []struct{ Subject string } `yaml:"facts"`
				N     int                        `yaml:"n"`
			}
			err := yaml.Unmarshal([]byte(tc.src), &v)
			if err == nil {
				t.Fatal("no error")
			}
			line, col, msg := Locate([]byte(tc.src), err)
			if line != tc.line || col != tc.col || msg != tc.msg {
				t.Errorf("Locate(%q) = %d, %d, %q; want %d, %d, %q", tc.src, line, col, msg, tc.line, tc.col, tc.msg)
			}
		})
	}
}

// FuzzLocate: on any YAML that fails to parse, Locate never panics and
// gives a line within the text (0 when unknown) and a message without Go
// type names.
func FuzzLocate(f *testing.F) {
	f.Add("facts:\n  - subject: X\n   measure: seats\n")
	f.Add("a: [1,\n b: {\n")
	f.Add("n: abc\n")
	f.Fuzz(func(t *testing.T, src string) {
		var v struct {
			N     int                  `yaml:"n"`
			Facts []struct{ S string } `yaml:"facts"`
		}
		err := yaml.Unmarshal([]byte(src), &v)
		if err == nil {
			return
		}
		line, col, msg := Locate([]byte(src), err)
		if line < 0 || line > strings.Count(src, "\n")+strings.Count(src, "\r")+2 || col < 0 {
			t.Fatalf("Locate(%q) = %d, %d", src, line, col)
		}
		// A Go type name ("[]struct { S string }", "[]string") never
		// shows; the input's own text may ("a value tagged !x[]").
		for _, goType := range []string{"struct {", "[]struct", "[]string", "map["} {
			if strings.Contains(msg, goType) && !strings.Contains(src, goType) {
				t.Fatalf("Go type in %q", msg)
			}
		}
	})
}
