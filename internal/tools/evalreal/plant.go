package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

// manifest is the part of plant.py's manifest the harness reads.
type manifest struct {
	Number *struct {
		Class string  `json:"class"`
		Noun  string  `json:"noun"`
		Old   float64 `json:"old_value"`
		New   float64 `json:"new_value"`
		Edits []edit  `json:"edits"`
	} `json:"number"`
	Name *struct {
		Name    string `json:"name"`
		NewWord string `json:"new_word"`
		Edits   []edit `json:"edits"`
	} `json:"name"`
}

// edit is one planted change, with byte offsets into the planted file.
type edit struct {
	Article string `json:"article"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Start   int    `json:"planted_start_byte"`
	End     int    `json:"planted_end_byte"`
}

// plantScore counts what the analysis found of the planted edits.
type plantScore struct {
	// Numbers planted, Found reported by a conflict finding at any
	// severity, FoundError by an error-level one; by class (A: money,
	// casualties, votes, seats, people...; B: any other noun).
	Numbers, Found, FoundError    int
	NumbersA, FoundA, FoundErrorA int
	Names, NamesFound             int
	NewFindings, NewErrors, Runs  int
	Notes                         []string
}

func (p *plantScore) add(o plantScore) {
	p.Numbers += o.Numbers
	p.Found += o.Found
	p.FoundError += o.FoundError
	p.NumbersA += o.NumbersA
	p.FoundA += o.FoundA
	p.FoundErrorA += o.FoundErrorA
	p.Names += o.Names
	p.NamesFound += o.NamesFound
	p.NewFindings += o.NewFindings
	p.NewErrors += o.NewErrors
	p.Runs += o.Runs
	p.Notes = append(p.Notes, o.Notes...)
}

// plant copies cluster dir src with plant.py (seed) into a new temporary
// folder and returns it and the manifest. The caller removes the folder.
func plant(tool, src string, seed int) (string, *manifest, error) {
	tmp, err := os.MkdirTemp("", "evalreal-plant-")
	if err != nil {
		return "", nil, err
	}
	out := filepath.Join(tmp, "cluster")
	man := filepath.Join(tmp, "manifest.json")
	cmd := exec.Command("python3", tool, src, out, "--seed", fmt.Sprint(seed), "--manifest", man)
	if b, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return "", nil, fmt.Errorf("plant.py %s --seed %d: %v: %s", src, seed, err, b)
	}
	b, err := os.ReadFile(man)
	if err != nil {
		os.RemoveAll(tmp)
		return "", nil, err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		os.RemoveAll(tmp)
		return "", nil, fmt.Errorf("manifest: %w", err)
	}
	return tmp, &m, nil
}

// covers reports whether f has evidence overlapping e.
func covers(f report.Finding, e edit) bool {
	for _, ev := range f.Evidence {
		if ev.Article == e.Article && ev.Start < e.End && e.Start < ev.End {
			return true
		}
	}
	return false
}

// findingKey identifies a finding across the planted and unplanted runs.
func findingKey(f report.Finding) string { return f.Kind + "|" + f.Severity.String() + "|" + f.Message }

// scorePlant compares the planted run's report with the plant and with
// the unplanted report of the same cluster.
func scorePlant(label string, m *manifest, planted, base *report.Report) plantScore {
	s := plantScore{Runs: 1}
	matched := map[string]bool{} // keys of the findings that report a plant
	if n := m.Number; n != nil && len(n.Edits) > 0 {
		s.scoreNumber(label, m, planted, matched)
	}
	if n := m.Name; n != nil && len(n.Edits) > 0 {
		s.scoreName(label, m, planted, matched)
	}
	s.scoreNewFindings(label, planted, base, matched)
	return s
}

// scoreNumber counts the planted number (m.Number, with edits) as found
// when a conflict finding's evidence covers one of its edits, at any
// severity and at error level, overall and for class A, and notes the
// outcome. It adds the findings that report it to matched.
func (s *plantScore) scoreNumber(label string, m *manifest, planted *report.Report, matched map[string]bool) {
	n := m.Number
	s.Numbers++
	classA := n.Class == "A"
	if classA {
		s.NumbersA++
	}
	found, foundErr := false, false
	for _, f := range planted.Findings {
		if f.Kind != report.FindingConflict {
			continue
		}
		for _, e := range n.Edits {
			if covers(f, e) {
				found = true
				foundErr = foundErr || f.Severity == report.Error
				matched[findingKey(f)] = true
			}
		}
	}
	if found {
		s.Found++
	}
	if foundErr {
		s.FoundError++
	}
	if classA && found {
		s.FoundA++
	}
	if classA && foundErr {
		s.FoundErrorA++
	}
	e := n.Edits[0]
	status := "missed"
	if foundErr {
		status = "found (error)"
	} else if found {
		status = "found (uncertain)"
	}
	s.Notes = append(s.Notes, fmt.Sprintf("%s: number %s: %q -> %q (%s, class %s, noun %q)", label, status, e.Old, e.New, e.Article, n.Class, n.Noun))
}

// scoreName counts the planted misspelling (m.Name, with edits) as found
// when a spelling-variant finding covers one of its edits or names the
// new word, and notes a miss. It adds the findings that report it to
// matched.
func (s *plantScore) scoreName(label string, m *manifest, planted *report.Report, matched map[string]bool) {
	n := m.Name
	s.Names++
	found := false
	for _, f := range planted.Findings {
		if f.Kind != report.FindingSpellingVariant {
			continue
		}
		for _, e := range n.Edits {
			if covers(f, e) || strings.Contains(f.Message, n.NewWord) {
				found = true
				matched[findingKey(f)] = true
			}
		}
	}
	if found {
		s.NamesFound++
	} else {
		s.Notes = append(s.Notes, fmt.Sprintf("%s: name missed: %q -> %q (%s)", label, n.Edits[0].Old, n.Edits[0].New, n.Edits[0].Article))
	}
}

// scoreNewFindings counts the planted run's findings above info level
// that are neither in the unplanted report nor matched to a plant, and
// notes them, sorted.
func (s *plantScore) scoreNewFindings(label string, planted, base *report.Report, matched map[string]bool) {
	old := map[string]bool{}
	for _, f := range base.Findings {
		old[findingKey(f)] = true
	}
	var extra []string
	for _, f := range planted.Findings {
		k := findingKey(f)
		if old[k] || matched[k] || f.Severity == report.Info {
			continue
		}
		s.NewFindings++
		if f.Severity == report.Error {
			s.NewErrors++
		}
		extra = append(extra, fmt.Sprintf("%s: new %s %s: %s", label, f.Severity, f.Kind, f.Message))
	}
	sort.Strings(extra)
	s.Notes = append(s.Notes, extra...)
}
