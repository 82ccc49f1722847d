package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/itchyny/gojq"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

// reportFields are the top-level sections of the JSON report, in its
// order (the json names of report.Report's fields).
func reportFields() []string {
	t := reflect.TypeOf(report.Report{})
	var out []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}

// parseJSONFields checks --json: comma-separated top-level sections.
func parseJSONFields(s string) ([]string, error) {
	valid := reportFields()
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !contains(valid, f) {
			return nil, fmt.Errorf("unknown --json field %q (valid: %s)", f, strings.Join(valid, ", "))
		}
		if !contains(out, f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--json needs at least one field (valid: %s)", strings.Join(valid, ", "))
	}
	return out, nil
}

// selectFields is the report as JSON keeping only fields (in the
// report's order), or all of it when fields is empty.
func selectFields(rep *report.Report, fields []string) (map[string]json.RawMessage, []string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		return nil, nil, err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &all); err != nil {
		return nil, nil, err
	}
	var keep []string
	for _, f := range reportFields() {
		if len(fields) == 0 || contains(fields, f) {
			keep = append(keep, f)
		}
	}
	return all, keep, nil
}

// renderFields writes the selected sections as one indented JSON object,
// keys in the report's order; with query set, it runs the jq program on
// that object instead and writes each result: a string as it is, any
// other value as indented JSON.
func renderFields(w io.Writer, rep *report.Report, fields []string, query *gojq.Code) error {
	all, keep, err := selectFields(rep, fields)
	if err != nil {
		return err
	}
	var obj bytes.Buffer
	obj.WriteString("{")
	for i, k := range keep {
		if i > 0 {
			obj.WriteString(",")
		}
		obj.WriteString(strconvQuote(k))
		obj.WriteString(":")
		obj.Write(all[k])
	}
	obj.WriteString("}")
	if query == nil {
		var out bytes.Buffer
		if err := json.Indent(&out, obj.Bytes(), "", "  "); err != nil {
			return err
		}
		out.WriteString("\n")
		_, err := w.Write(out.Bytes())
		return err
	}
	var input any
	if err := json.Unmarshal(obj.Bytes(), &input); err != nil {
		return err
	}
	iter := query.Run(input)
	for {
		v, ok := iter.Next()
		if !ok {
			return nil
		}
		if err, ok := v.(error); ok {
			return &jqError{err}
		}
		if s, ok := v.(string); ok {
			if _, err := fmt.Fprintln(w, s); err != nil {
				return err
			}
			continue
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
}

// strconvQuote writes a JSON object key (the report's keys are plain
// ASCII names).
func strconvQuote(k string) string { return `"` + k + `"` }

// jqError is a --jq program failing on the report (exit 2).
type jqError struct{ err error }

func (e *jqError) Error() string { return "--jq: " + e.err.Error() }
func (e *jqError) Unwrap() error { return e.err }

// compileJQ parses and compiles --jq.
func compileJQ(expr string) (*gojq.Code, error) {
	q, err := gojq.Parse(expr)
	if err != nil {
		return nil, fmt.Errorf("--jq %q: %v", expr, err)
	}
	code, err := gojq.Compile(q)
	if err != nil {
		return nil, fmt.Errorf("--jq %q: %v", expr, err)
	}
	return code, nil
}
