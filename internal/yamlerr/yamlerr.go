// Package yamlerr turns the errors of gopkg.in/yaml.v3 into positions and
// plain words for the user files nec-analyse reads (facts, accepted
// findings, the config file, lexicons): the line and column of the fault
// (both 1-based, the column in characters) and a message without Go type
// names.
package yamlerr

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Locate returns the 1-based line and column (0 when unknown) of a
// yaml.v3 error on src, and its message in plain words, without the
// "yaml: " and "line N: " prefixes.
//
// yaml.v3 reports a syntax error at the line where the enclosing
// structure began (an indentation error on line 3 of a list begun on line
// 1 says line 1). Locate finds the line at fault as the first line from
// that one on such that the text up to it does not parse, and the column
// as that line's first character that is not a space.
func Locate(src []byte, err error) (line, col int, msg string) {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		line, msg = cutLine(te.Errors[0])
		return line, 0, Plain(msg)
	}
	line, msg = cutLine(strings.TrimPrefix(err.Error(), "yaml: "))
	if line == 0 {
		return 0, 0, Plain(msg)
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	for l := line; l <= len(lines); l++ {
		var n yaml.Node
		if yaml.Unmarshal(bytes.Join(lines[:l], nil), &n) != nil {
			text := lines[l-1]
			indent := len(text) - len(bytes.TrimLeft(text, " \t"))
			return l, utf8.RuneCount(text[:indent]) + 1, Plain(msg)
		}
	}
	return line, 0, Plain(msg)
}

// cutLine splits "line 7: msg" into 7 and msg.
func cutLine(s string) (int, string) {
	rest, ok := strings.CutPrefix(s, "line ")
	if !ok {
		return 0, s
	}
	n, tail, ok := strings.Cut(rest, ":")
	if !ok {
		return 0, s
	}
	line, err := strconv.Atoi(n)
	if err != nil {
		return 0, s
	}
	return line, strings.TrimSpace(tail)
}

// unmarshalRe matches yaml.v3's type errors: "cannot unmarshal !!map into
// []check.Fact", "cannot unmarshal !!str `abc` into float64".
// The tag is whatever the input wrote ("!\t", a verbatim "!<0>" shows as
// "0"), so it is matched up to the value or "into".
var unmarshalRe = regexp.MustCompile("(?s)cannot unmarshal (.*?)(?: `(.*)`)? into ([^\\n]+)")

// Plain rewrites yaml.v3's type errors in plain words ("expected a list,
// found a mapping"); other messages are returned as they are.
func Plain(msg string) string {
	return unmarshalRe.ReplaceAllStringFunc(msg, func(m string) string {
		s := unmarshalRe.FindStringSubmatch(m)
		found := ""
		if tag, ok := strings.CutPrefix(s[1], "!!"); ok {
			found = nodeWords(tag)
		}
		if found == "" {
			found = "a value tagged " + strconv.Quote(s[1])
		}
		if s[2] != "" {
			found += " (" + strconv.Quote(s[2]) + ")"
		}
		return "expected " + goTypeWords(s[3]) + ", found " + found
	})
}

// nodeWords names what a YAML tag holds ("" for a tag it does not know).
func nodeWords(tag string) string {
	switch tag {
	case "map":
		return "a mapping"
	case "seq":
		return "a list"
	case "str":
		return "text"
	case "int", "float":
		return "a number"
	case "bool":
		return "true or false"
	case "null":
		return "nothing"
	case "timestamp":
		return "a date"
	}
	return ""
}

// goTypeWords names what a Go type holds, in the words of a YAML file.
func goTypeWords(t string) string {
	t = strings.TrimLeft(t, "*")
	switch {
	case strings.HasPrefix(t, "[]"):
		return "a list"
	case strings.HasPrefix(t, "map["):
		return "a mapping"
	case t == "string":
		return "text"
	case t == "bool":
		return "true or false"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"), strings.HasPrefix(t, "float"):
		return "a number"
	}
	return "a mapping"
}
