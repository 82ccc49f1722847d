package rules

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	good := []Info{{"ner", "of-names", "Joins names over of."}, {"ner", "trim", "Trims."}, {"quotes", "trim", "Trims quotes."}}
	if err := Validate(good); err != nil {
		t.Errorf("Validate(good) = %v", err)
	}
	for _, tc := range []struct {
		name string
		in   []Info
		want string
	}{
		{"twice", []Info{{"ner", "a", "A."}, {"ner", "a", "B."}}, "ner/a: name used twice"},
		{"bad name", []Info{{"ner", "OfNames", "A."}}, "not lower case"},
		{"no doc", []Info{{"ner", "a", ""}}, "doc must be"},
		{"two lines", []Info{{"ner", "a", "A.\nB."}}, "doc must be"},
		{"no stage", []Info{{"", "a", "A."}}, "no stage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := Validate(tc.in); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestOff(t *testing.T) {
	known := []Info{{"ner", "a", "A."}, {"entities", "b", "B."}}
	off, err := ParseOff(" ner/a , ", known)
	if err != nil {
		t.Fatal(err)
	}
	if off.Enabled(known[0]) || !off.Enabled(known[1]) {
		t.Errorf("Off %v: enabled a=%v b=%v", off, off.Enabled(known[0]), off.Enabled(known[1]))
	}
	if _, err := ParseOff("ner/x", known); err == nil || !strings.Contains(err.Error(), `unknown pass "ner/x"`) {
		t.Errorf("ParseOff(unknown) = %v", err)
	}
	var none Off
	if !none.Enabled(known[0]) {
		t.Error("nil Off switches a pass off")
	}
	ps := []Pass[func(int) int]{{Info{"ner", "a", "A."}, func(i int) int { return i }}}
	if got := Infos(ps); len(got) != 1 || got[0].ID() != "ner/a" {
		t.Errorf("Infos = %v", got)
	}
}
