package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

// copyDemoTo copies testdata/demo into dir/name.
func copyDemoTo(t *testing.T, dir, name string) string {
	t.Helper()
	ents, err := os.ReadDir(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(demoDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Join(name, e.Name())] = b
	}
	writeFiles(t, dir, files)
	return filepath.Join(dir, name)
}

// readmeCICommands are the nec-analyse commands of the README's "In a CI
// workflow" section, in order (shell lines and workflow `run:` steps).
func readmeCICommands(t *testing.T) [][]string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "### In a CI workflow")
	if !ok {
		t.Fatal(`README.md has no "### In a CI workflow" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var cmds [][]string
	for _, l := range strings.Split(section, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "- run:"))
		if f := strings.Fields(l); len(f) > 1 && f[0] == "nec-analyse" {
			cmds = append(cmds, f[1:])
		}
	}
	if len(cmds) < 2 {
		t.Fatalf("README's CI section has %d nec-analyse commands, want baseline and check", len(cmds))
	}
	return cmds
}

// TestReadmeCIRecipe runs the README's CI recipe as written, in a folder
// holding a copy of the demo corpus as articles/: baseline, then check
// passes on the same batch with --fail-on warning (its spelling variants
// accepted); one figure edited in one article, check fails with an error
// annotation at that line (and the conflict with the other sources) and
// a summary, in the log and in the step
// summary.
func TestReadmeCIRecipe(t *testing.T) {
	cmds := readmeCICommands(t)
	dir := t.TempDir()
	copyDemoTo(t, dir, "articles")
	t.Chdir(dir)
	var check []string
	for _, args := range cmds {
		r := runCmd(t, withQuiet(args), false)
		if r.code != exitOK {
			t.Fatalf("nec-analyse %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
		if args[0] == "check" {
			check = args
			if !strings.Contains(r.stdout, "::notice title=nec-analyse check::check passed") || !strings.Contains(r.stdout, "2 accepted") {
				t.Errorf("check on the baseline's own batch: no passing summary with 2 accepted:\n%s", r.stdout)
			}
		}
	}
	if check == nil {
		t.Fatal("README's CI section runs no check")
	}
	// One figure changed in one article.
	art := filepath.Join("articles", "01-riverside-herald.txt")
	b, err := os.ReadFile(art)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "21-seat") {
		t.Fatal("the demo article no longer says 21-seat")
	}
	if err := os.WriteFile(art, []byte(strings.Replace(string(b), "21-seat", "25-seat", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	summary := filepath.Join(dir, "step-summary.md")
	r := runCmdEnv(t, withQuiet(check), map[string]string{"GITHUB_STEP_SUMMARY": summary})
	if r.code != exitFail {
		t.Fatalf("check after the edit: exit %d, want 1\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	want := regexp.MustCompile(`(?m)^::error file=articles/01-riverside-herald.txt,line=5,col=\d+,title=fact-conflict::Riverside Transit Authority Board seats: 01-riverside-herald.txt says 25, the facts say 21 \(facts line \d+\)$`)
	if !want.MatchString(r.stdout) {
		t.Errorf("no fact-conflict annotation at the edited line:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "::notice title=nec-analyse check::check FAILED (--fail-on warning): 2 errors, 0 warnings") {
		t.Errorf("no failing summary line:\n%s", r.stdout)
	}
	sum, err := os.ReadFile(summary)
	if err != nil {
		t.Fatalf("no step summary: %v", err)
	}
	for _, w := range []string{"## nec-analyse check FAILED (--fail-on warning)", "| 2 | 0 |", "| error | fact-conflict | articles/01-riverside-herald.txt:5:", "### Accepted"} {
		if !strings.Contains(string(sum), w) {
			t.Errorf("step summary lacks %q:\n%s", w, sum)
		}
	}
}

// withQuiet adds -q and --no-cache after the subcommand of args.
func withQuiet(args []string) []string {
	return append([]string{args[0], "-q", "--no-cache"}, args[1:]...)
}

// TestCheckFactUnmatched: a fact naming no entity or an unknown measure
// is a fact-unmatched warning with the nearest name; a fact that matched
// but has no figure in the batch is listed as not stated.
func TestCheckFactUnmatched(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, "facts.yaml")
	writeFiles(t, dir, map[string][]byte{"facts.yaml": []byte(`facts:
  - subject: Tom Wheeler
    measure: votes
    value: 18240
  - subject: Thomas Wheeler
    measure: ballots cast
    value: 18240
  - subject: Riverside Transit Authority Board
    measure: seats
    value: 21
  - subject: Helen Castillo
    measure: votes
    value: 100
`)})
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"table", []string{
			`facts.yaml:2  facts line 2: subject "Tom Wheeler" names no entity in this batch (did you mean Thomas Wheeler?), so the fact checks nothing`,
			`facts.yaml:5  facts line 5: measure "ballots cast" is no measure the lexicon knows (did you mean votes?), so the fact checks nothing`,
			"not stated in this batch (1 facts):\n  Helen Castillo votes (facts line 11)\n",
			"0 accepted, 2 unmatched facts, 1 not stated\ncheck FAILED (--fail-on warning): 0 errors, 2 warnings, "}},
		{"github", []string{
			"::warning file=" + ghProp(facts) + ",line=2,col=1,title=fact-unmatched::facts line 2: subject \"Tom Wheeler\"",
			"::warning file=" + ghProp(facts) + ",line=5,col=1,title=fact-unmatched::facts line 5: measure \"ballots cast\"",
			"::group::1 facts not stated in this batch\nHelen Castillo votes (facts line 11)\n::endgroup::"}},
		{"line", []string{facts + ":2:1: warning: fact-unmatched: facts line 2: subject \"Tom Wheeler\""}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			r := runCmd(t, []string{"check", "-q", "--no-cache", "--facts", facts, "--fail-on", "warning", "-f", tc.format, demoDir}, false)
			if r.code != exitFail {
				t.Errorf("exit %d, want 1; stderr %q", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
		})
	}
}

// ghProp escapes a workflow-command property as RenderGitHub does.
func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", ":", "%3A", ",", "%2C").Replace(s)
}

// TestCheckAccepted: an accepted spelling variant passes --fail-on
// warning and is reported as accepted with its reason; an accept file
// with an unknown kind is an error naming its line, column and the
// nearest kind.
func TestCheckAccepted(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"facts.yaml":   []byte("entities:\n  - name: Maria Okafor\n  - name: Daniel Brandt\n"),
		"accept.yaml":  []byte("accepted:\n  - kind: spelling-variant\n    text: Maria Okafur\n    reason: the Post's typo\n"),
		"partial.yaml": []byte("accepted:\n  - kind: spelling-variant\n    text: maria okafur\n"),
		"bad.yaml":     []byte("accepted:\n  - kind: speling-variant\n    text: Maria Okafur\n"),
	})
	run := func(accept string, format string) result {
		return runCmd(t, []string{"check", "-q", "--no-cache", "--facts", filepath.Join(dir, "facts.yaml"), "--accept", filepath.Join(dir, accept), "--fail-on", "warning", "-f", format, demoDir}, false)
	}
	r := run("accept.yaml", "json")
	var v report.Verdict
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("%v\n%s", err, r.stderr)
	}
	if r.code != exitFail || v.Counts["warning"] != 1 || len(v.Accepted) != 1 || v.Accepted[0].AcceptReason != "the Post's typo" || v.Accepted[0].AcceptLine != 2 {
		t.Errorf("one of two misspellings accepted: exit %d, counts %v, accepted %+v; want exit 1 (Daniel Brant still fails), 1 warning, 1 accepted with its reason", r.code, v.Counts, v.Accepted)
	}
	writeFiles(t, dir, map[string][]byte{"both.yaml": []byte("accepted:\n  - kind: spelling-variant\n    text: Maria Okafur\n    reason: the Post's typo\n  - kind: spelling-variant\n    text: Daniel Brant\n")})
	if r := run("both.yaml", "table"); r.code != exitOK || !strings.Contains(r.stdout, "accepted (2, not failing):\n") || !strings.Contains(r.stdout, `"Maria Okafur" looks like a misspelling of "Maria Okafor" (6 sources) [the Post's typo]`) {
		t.Errorf("both accepted: exit %d, want 0 and both listed as accepted:\n%s", r.code, r.stdout)
	}
	if r := run("bad.yaml", "table"); r.code != exitError || !strings.Contains(r.stderr, `bad.yaml:2:11: unknown finding kind "speling-variant" (did you mean spelling-variant?)`) {
		t.Errorf("bad accept file: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestBaselineAcceptCurrent: baseline --accept-current writes today's
// warnings, refuses an existing accept file before analysing, and check
// with it passes --fail-on warning.
func TestBaselineAcceptCurrent(t *testing.T) {
	dir := t.TempDir()
	facts, acc := filepath.Join(dir, "facts.yaml"), filepath.Join(dir, "accepted.yaml")
	r := runCmd(t, []string{"baseline", "-q", "--no-cache", "-o", facts, "--accept-current", acc, demoDir}, false)
	if r.code != exitOK {
		t.Fatalf("baseline: exit %d %s", r.code, r.stderr)
	}
	b, _ := os.ReadFile(acc)
	for _, w := range []string{"  # \"Maria Okafur\" looks like a misspelling of \"Maria Okafor\" (6 sources)\n  - kind: spelling-variant\n    text: Maria Okafur\n", "text: Daniel Brant\n"} {
		if !strings.Contains(string(b), w) {
			t.Errorf("accept file lacks %q:\n%s", w, b)
		}
	}
	again := runCmd(t, []string{"baseline", "-q", "--no-cache", "-o", filepath.Join(dir, "new.yaml"), "--accept-current", acc, "no-such-dir"}, false)
	if again.code != exitError || !strings.Contains(again.stderr, acc+" exists") {
		t.Errorf("existing accept file: exit %d %q; want it refused before the (missing) input is read", again.code, again.stderr)
	}
	chk := runCmd(t, []string{"check", "-q", "--no-cache", "--facts", facts, "--accept", acc, "--fail-on", "warning", demoDir}, false)
	if chk.code != exitOK {
		t.Errorf("check with today's accepted findings: exit %d\n%s", chk.code, chk.stdout)
	}
}

// TestCheckPrevious: --previous takes an earlier report and names a facts
// file or a check result given instead; --baseline still works, with a
// deprecation notice.
func TestCheckPrevious(t *testing.T) {
	dir := t.TempDir()
	rep := runCmd(t, []string{"report", "-q", "-f", "json", demoDir}, false)
	writeFiles(t, dir, map[string][]byte{
		"report.json": []byte(rep.stdout),
		"facts.yaml":  []byte("facts:\n  - subject: Harbour Board\n    measure: seats\n    value: 21\n"),
		"check.json":  []byte(`{"schema_version": 1, "fail_on": "error", "findings": []}`),
		"junk.txt":    []byte("hello\n"),
	})
	for _, tc := range []struct {
		flag, file string
		code       exitCode
		stderr     string
	}{
		{"--previous", "report.json", exitOK, ""},
		{"--baseline", "report.json", exitOK, "Flag --baseline has been deprecated, use --previous REPORT.json"},
		{"--previous", "facts.yaml", exitError, "is a facts file (as 'baseline' writes): give it to --facts; --previous takes an earlier 'report --format json'"},
		{"--baseline", "facts.yaml", exitError, "is a facts file"},
		{"--previous", "check.json", exitError, "is a 'check --format json' result"},
		{"--previous", "junk.txt", exitError, "is not a 'report --format json' file"},
	} {
		t.Run(tc.flag+" "+tc.file, func(t *testing.T) {
			r := runCmd(t, []string{"check", "-q", "--no-cache", "--fail-on", "warning", tc.flag, filepath.Join(dir, tc.file), demoDir}, false)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tc.code, tc.stderr)
			}
			if tc.code == exitOK && !strings.Contains(r.stdout, "check passed (--fail-on warning): 0 errors, 0 warnings, 0 infos") {
				t.Errorf("nothing is new relative to the same batch's report:\n%s", r.stdout)
			}
		})
	}
}

// TestCheckConfig: .nec-analyse.yaml is found from a subfolder of the
// corpus; its paths are read from its own folder; a flag wins over it;
// --show-config says where each setting came from; an unknown key is an
// error naming its line and column.
func TestCheckConfig(t *testing.T) {
	dir := t.TempDir()
	articles := copyDemoTo(t, dir, filepath.Join("news", "2026", "articles"))
	b := runCmd(t, []string{"baseline", "-q", "--no-cache", "-o", filepath.Join(dir, "facts.yaml"), "--accept-current", filepath.Join(dir, "accepted.yaml"), articles}, false)
	if b.code != exitOK {
		t.Fatalf("baseline: exit %d %s", b.code, b.stderr)
	}
	writeFiles(t, dir, map[string][]byte{configName: []byte("# CI defaults\nfacts: facts.yaml\naccept: accepted.yaml\nfail-on: warning\nformat: line\nno-cache: true\n")})
	cfg := filepath.Join(dir, configName)
	show := runCmd(t, []string{"check", "--show-config", "-f", "json", articles}, false)
	for _, w := range []string{
		"config: " + cfg + "\n",
		"facts: " + filepath.Join(dir, "facts.yaml"), "(" + cfg + ":2)\n",
		"fail-on: warning", "(" + cfg + ":4)\n",
		"format: json", "(flag)\n",
		"previous: ", "(default)\n",
	} {
		if !strings.Contains(show.stdout, w) {
			t.Errorf("--show-config lacks %q:\n%s", w, show.stdout)
		}
	}
	if show.code != exitOK {
		t.Errorf("--show-config: exit %d", show.code)
	}
	r := runCmd(t, []string{"check", "-q", articles}, false)
	if r.code != exitOK || strings.Contains(r.stdout, ": warning: ") || !strings.Contains(r.stdout, "01-riverside-herald.txt:5:239: info: new-entity: ") {
		t.Errorf("check with the config (accepted variants, line format): exit %d, stderr %q; want 0, infos only, in the line format\n%s", r.code, r.stderr, r.stdout)
	}
	flag := runCmd(t, []string{"check", "-q", "--fail-on", "info", articles}, false)
	if flag.code != exitFail || !strings.Contains(flag.stdout, ": info: new-entity: ") {
		t.Errorf("--fail-on info over the config's warning: exit %d\n%s", flag.code, flag.stdout)
	}
	writeFiles(t, dir, map[string][]byte{configName: []byte("facts: facts.yaml\nfail_on: warning\n")})
	bad := runCmd(t, []string{"check", "-q", articles}, false)
	if bad.code != exitError || !strings.Contains(bad.stderr, cfg+`:2:1: unknown key "fail_on" (did you mean fail-on?)`) {
		t.Errorf("unknown key: exit %d, stderr %q", bad.code, bad.stderr)
	}
	writeFiles(t, dir, map[string][]byte{configName: []byte("facts: facts.yaml\nfail-on: fatal\n")})
	if r := runCmd(t, []string{"check", "-q", articles}, false); r.code != exitError || !strings.Contains(r.stderr, `unknown --fail-on "fatal"`) {
		t.Errorf("bad value in the config: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestReportJSONFieldsAndJQ: --json keeps the named sections in the
// report's order; --jq runs a jq program (strings printed raw); bad
// fields, programs and format combinations are usage errors.
func TestReportJSONFieldsAndJQ(t *testing.T) {
	full := runCmd(t, []string{"report", "-q", "-f", "json", demoDir}, false)
	var want map[string]json.RawMessage
	if err := json.Unmarshal([]byte(full.stdout), &want); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   exitCode
		check  func(t *testing.T, stdout string)
		stderr string
	}{
		{"fields", []string{"--json", "findings,schema_version"}, exitOK, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "{\n  \"schema_version\": 1,\n  \"findings\": [") {
				t.Errorf("not the two sections in the report's order:\n%.200s", out)
			}
			var got map[string]json.RawMessage
			if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 2 {
				t.Fatalf("%v: %d keys", err, len(got))
			}
			var a, b any
			json.Unmarshal(got["findings"], &a)
			json.Unmarshal(want["findings"], &b)
			if !reflect.DeepEqual(a, b) {
				t.Error("--json findings differs from the full report's findings")
			}
		}, ""},
		{"jq strings", []string{"--jq", `.findings[] | select(.severity == "warning") | .message`}, exitOK, func(t *testing.T, out string) {
			if out != "\"Maria Okafur\" looks like a misspelling of \"Maria Okafor\" (6 sources)\n\"Daniel Brant\" looks like a misspelling of \"Daniel Brandt\" (6 sources)\n" {
				t.Errorf("jq output %q", out)
			}
		}, ""},
		{"jq on fields", []string{"--json", "claims", "--jq", "keys"}, exitOK, func(t *testing.T, out string) {
			if out != "[\n  \"claims\"\n]\n" {
				t.Errorf("jq output %q", out)
			}
		}, ""},
		{"unknown field", []string{"--json", "claims,foo"}, exitError, nil, `error: unknown --json field "foo" (valid: schema_version, tool_version, articles,`},
		{"bad program", []string{"--jq", ".["}, exitError, nil, `error: --jq ".[": unexpected EOF`},
		{"program error", []string{"--jq", `error("no")`}, exitError, nil, "error: --jq: error: no\n"},
		{"with markdown", []string{"--json", "claims", "-f", "markdown"}, exitError, nil, "error: --json and --jq print JSON; they cannot be combined with --format markdown"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(t, append(append([]string{"report", "-q"}, tc.args...), demoDir), false)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tc.code, tc.stderr)
			}
			if tc.check != nil {
				tc.check(t, r.stdout)
			}
		})
	}
}
