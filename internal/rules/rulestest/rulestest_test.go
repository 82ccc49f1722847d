package rulestest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

// TestCheck runs a toy stage whose one pass upper-cases its input.
func TestCheck(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "upper")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "input.txt"), []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	infos := []rules.Info{{Stage: "toy", Name: "upper", Doc: "Upper-cases."}}
	run := func(t *testing.T, dir string, off rules.Off) any {
		b, err := os.ReadFile(filepath.Join(dir, "input.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if off.Enabled(infos[0]) {
			return strings.ToUpper(string(b))
		}
		return string(b)
	}
	Check(t, root, infos, run, true)
	b, err := os.ReadFile(filepath.Join(dir, "want.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"pass": "toy/upper"`, `"on": "ABC"`, `"off": "abc"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("want.json lacks %s:\n%s", want, b)
		}
	}
	Check(t, root, infos, run, false)
}
