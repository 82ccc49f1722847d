// Package rulestest checks the passes of a stage against their fixtures:
// one folder per pass under the stage's testdata/passes/, with a small
// invented input and want.json, the stage's output with every pass on and
// with that pass off. A fixture must show its pass's effect.
package rulestest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// Want is the content of a fixture's want.json.
type Want struct {
	// Pass is the pass's ID and Doc its one-line doc.
	Pass string `json:"pass"`
	Doc  string `json:"doc"`
	// On is the stage's output with every pass on; Off with this pass
	// off.
	On  json.RawMessage `json:"on"`
	Off json.RawMessage `json:"off"`
}

// RunFunc gives a stage's output for the input in fixture folder dir
// with the passes in off switched off. The output is compared as JSON.
type RunFunc func(t *testing.T, dir string, off rules.Off) any

// Check runs every pass of infos on its fixture under root (root/<name>/)
// and compares with want.json; with update it rewrites want.json instead.
// It fails for a pass without a folder, a folder naming no pass, and a
// fixture whose output is the same with the pass on and off.
func Check(t *testing.T, root string, infos []rules.Info, run RunFunc, update bool) {
	t.Helper()
	names := map[string]bool{}
	for _, info := range infos {
		names[info.Name] = true
	}
	entries, err := os.ReadDir(root)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var strays []string
	for _, e := range entries {
		if e.IsDir() && !names[e.Name()] {
			strays = append(strays, e.Name())
		}
	}
	sort.Strings(strays)
	for _, s := range strays {
		t.Errorf("%s: fixture folder for no pass", filepath.Join(root, s))
	}
	for _, info := range infos {
		t.Run(info.Name, func(t *testing.T) {
			dir := filepath.Join(root, info.Name)
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("pass %s has no fixture folder %s", info.ID(), dir)
			}
			on := marshal(t, run(t, dir, nil))
			off := marshal(t, run(t, dir, rules.Off{info.ID(): true}))
			if bytes.Equal(on, off) {
				t.Errorf("fixture %s shows no effect of pass %s: the output is the same with it off", dir, info.ID())
			}
			got := Want{Pass: info.ID(), Doc: info.Doc, On: on, Off: off}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			path := filepath.Join(dir, "want.json")
			if update {
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run the test with -update to write it)", err)
			}
			if !bytes.Equal(want, b) {
				t.Errorf("%s differs from the output (run with -update and read the diff):\ngot:\n%s\nwant:\n%s", path, b, want)
			}
		})
	}
}

func marshal(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.MarshalIndent(v, "    ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
