package yamlerr

import (
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
