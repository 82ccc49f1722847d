package check

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

// FuzzParseFacts: a facts file is untrusted input. Parsing never panics;
// a failure is a FactsError naming the file; a success holds only facts
// with a subject, a measure and a finite interval lo <= hi, and named
// entities.
func FuzzParseFacts(f *testing.F) {
	f.Add("facts:\n  - subject: Harbour Board\n    measure: seats\n    value: 21\nentities:\n  - name: Ada Quill\n")
	f.Add("facts:\n  - {subject: X, measure: votes, low: 10, high: 5}\n")
	f.Add(`{"facts": [{"subject": "X", "measure": "members", "low": 1, "high": 2}]}`)
	f.Add("facts: [")
	f.Add("facts:\n  - subject: X\n    measure: votes\n    value: .nan\n")
	f.Fuzz(func(t *testing.T, in string) {
		facts, err := ParseFacts("facts.yaml", strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, ErrFacts) || !strings.HasPrefix(err.Error(), "facts.yaml") {
				t.Fatalf("error %q is not a FactsError naming the file", err)
			}
			return
		}
		for _, fa := range facts.Facts {
			lo, hi := fa.Range()
			if strings.TrimSpace(fa.Subject) == "" || strings.TrimSpace(fa.Measure) == "" ||
				math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || lo > hi {
				t.Fatalf("accepted a bad fact %+v (range %v..%v)", fa, lo, hi)
			}
		}
		for _, e := range facts.Entities {
			if strings.TrimSpace(e.Name) == "" {
				t.Fatalf("accepted an entity without a name")
			}
		}
	})
}

// FuzzParseThreshold: --fail-on accepts exactly its four words.
func FuzzParseThreshold(f *testing.F) {
	for _, s := range []string{"error", "warning", "info", "none", "", "Error"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := ParseThreshold(s)
		valid := s == "error" || s == "warning" || s == "info" || s == "none"
		if (err == nil) != valid {
			t.Fatalf("ParseThreshold(%q) error = %v", s, err)
		}
	})
}

// FuzzParseAccepted: an accept file is untrusted input. Parsing never
// panics; a failure is a FactsError naming the file; every entry has a
// catalogued kind and a text.
func FuzzParseAccepted(f *testing.F) {
	f.Add("accepted:\n  - kind: spelling-variant\n    text: Maria Okafur\n    reason: a typo\n")
	f.Add("accepted:\n  - kind: speling-variant\n    text: x\n")
	f.Add("accepted: [")
	f.Add("accepted:\n  kind: conflict\n")
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ParseAccepted("accept.yaml", strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, ErrFacts) || !strings.HasPrefix(err.Error(), "accept.yaml") {
				t.Fatalf("error %q is not a FactsError naming the file", err)
			}
			return
		}
		for _, e := range a.Entries {
			if _, ok := report.LookupKind(e.Kind); !ok || strings.TrimSpace(e.Text) == "" {
				t.Fatalf("accepted a bad entry %+v", e)
			}
		}
	})
}
