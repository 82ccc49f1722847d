package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeFirstCommands: the README's first two commands work on a
// clone: `make build` builds this command into the binary the second
// runs, and the second writes the demo's page.
func TestReadmeFirstCommands(t *testing.T) {
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)```sh\n(.*?)```").FindSubmatch(readme)
	if block == nil {
		t.Fatal("README.md has no sh block")
	}
	var cmds []string
	for _, l := range strings.Split(string(block[1]), "\n") {
		if l, _, _ = strings.Cut(l, "#"); strings.TrimSpace(l) != "" {
			cmds = append(cmds, strings.TrimSpace(l))
		}
	}
	if len(cmds) < 2 {
		t.Fatalf("README.md's first sh block has %d commands, want 2 or more", len(cmds))
	}
	// The first runs the report on the demo after building it, the second
	// the tests.
	build, run, ok := strings.Cut(cmds[0], "&&")
	if !ok || strings.TrimSpace(build) != "make build" {
		t.Fatalf("README.md's first command is %q, want make build && bin/nec-analyse ...", cmds[0])
	}
	if cmds[1] != "make test" {
		t.Fatalf("README.md's second command is %q, want make test", cmds[1])
	}
	makefile, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(makefile), "BIN := bin/nec-analyse") || !strings.Contains(string(makefile), "build -o $(BIN) ./cmd/nec-analyse") {
		t.Fatal("make build no longer builds ./cmd/nec-analyse into bin/nec-analyse")
	}
	if !strings.Contains(string(makefile), "test: fmt-check vet") || !strings.Contains(string(makefile), "test -race") {
		t.Fatal("make test no longer runs gofmt, vet and the race-enabled tests")
	}
	fields := strings.Fields(run)
	if len(fields) == 0 || fields[0] != "bin/nec-analyse" {
		t.Fatalf("README.md's first command %q does not run bin/nec-analyse", cmds[0])
	}
	var args []string
	for _, f := range fields[1:] {
		if f == ">" || strings.HasPrefix(f, ">") {
			break
		}
		if strings.HasPrefix(f, "testdata/") {
			f = filepath.Join(root, f)
		}
		args = append(args, f)
	}
	r := runCmd(t, args, false)
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "<!DOCTYPE html>") {
		t.Errorf("%s: exit %d, stdout starts %.40q, stderr %q", run, r.code, r.stdout, r.stderr)
	}
}
