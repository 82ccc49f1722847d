package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/cache"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/stance"
	"github.com/spf13/cobra"
)

var update = flag.Bool("update", false, "rewrite golden files")

// helperEnv makes the test binary run nec-analyse itself (as the
// standard library's os/exec tests do), with the arguments in the
// variable separated by newlines: tests start several at once as other
// processes.
const helperEnv = "NEC_ANALYSE_HELPER_ARGS"

// TestMain points the user cache folder (check's default extraction
// cache) at a temporary folder, so tests never touch the real one; with
// helperEnv set, it runs nec-analyse instead of the tests.
func TestMain(m *testing.M) {
	if args := os.Getenv(helperEnv); args != "" {
		ctx, stop := signalContext()
		code := run(ctx, strings.Split(args, "\n"), systemStreams())
		stop()
		os.Exit(int(code))
	}
	tmp, err := os.MkdirTemp("", "nec-analyse-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", tmp)
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// sharedModel builds the prose model once for all tests in the package;
// sharedStance likewise loads the stance model.
var (
	sharedModel  = sync.OnceValues(ner.NewModel)
	sharedStance = sync.OnceValues(stance.Load)
)

type result struct {
	stdout, stderr string
	code           exitCode
}

// runCmd runs the command line in-process with test streams.
func runCmd(t *testing.T, args []string, errTTY bool) result {
	t.Helper()
	return runCmdIn(t, args, "", errTTY)
}

// runCmdIn is runCmd with stdin holding in.
func runCmdIn(t *testing.T, args []string, in string, errTTY bool) result {
	t.Helper()
	return runCmdWith(t, args, in, errTTY, nil)
}

// runCmdEnv is runCmd with env overriding the environment.
func runCmdEnv(t *testing.T, args []string, env map[string]string) result {
	t.Helper()
	return runCmdWith(t, args, "", false, env)
}

func runCmdWith(t *testing.T, args []string, in string, errTTY bool, env map[string]string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	d := &deps{
		IO: &ioStreams{In: strings.NewReader(in), Out: &out, ErrOut: &errOut, ErrTTY: errTTY, Getenv: func(k string) string {
			if v, ok := env[k]; ok {
				return v
			}
			if k == "GITHUB_STEP_SUMMARY" {
				return "" // a test run inside GitHub Actions must not write the job's summary
			}
			return os.Getenv(k)
		}},
		Version: "test",
		Model:   sharedModel,
		Stance:  sharedStance,
	}
	code := runWith(context.Background(), args, d)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./cmd/nec-analyse -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update and review the diff)\n--- got ---\n%s", path, got)
	}
}

const demoDir = "../../testdata/demo"

func TestReportGolden(t *testing.T) {
	for _, tc := range []struct{ format, file string }{
		{"json", "demo.json"},
		{"table", "demo.txt"},
		{"markdown", "demo.md"},
		{"html", "demo.html"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			r := runCmd(t, []string{"report", "--format", tc.format, "-j", "2", demoDir}, false)
			if r.code != exitOK {
				t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if r.stderr != "" {
				t.Errorf("stderr = %q, want empty", r.stderr)
			}
			golden(t, tc.file, r.stdout)
		})
	}
}

func TestReportDeterministicAcrossWorkers(t *testing.T) {
	one := runCmd(t, []string{"report", "--format", "json", "-j", "1", demoDir}, false)
	four := runCmd(t, []string{"report", "--format", "json", "-j", "4", demoDir}, false)
	again := runCmd(t, []string{"report", "--format", "json", "-j", "4", demoDir}, false)
	if one.code != exitOK || four.code != exitOK {
		t.Fatalf("exit codes %d, %d", one.code, four.code)
	}
	if one.stdout != four.stdout || four.stdout != again.stdout {
		t.Error("JSON differs between -j 1 and -j 4 (or between two runs)")
	}
}

func TestReportFlags(t *testing.T) {
	// want builds the expected options: the defaults changed by mod.
	want := func(paths string, mod func(*reportOptions)) reportOptions {
		o := reportOptions{Format: "table", analysisFlags: analysisFlags{Paths: strings.Fields(paths), MaxBytes: 10 << 20,
			Input: inputFlags{StdinFormat: "text", HTMLExtractor: "trafilatura", JSONL: corpus.DefaultJSONLFields()},
			Cache: cacheFlags{MaxBytes: 256 << 20}}}
		if mod != nil {
			mod(&o)
		}
		return o
	}
	for _, tc := range []struct {
		name    string
		args    string
		want    reportOptions
		wantErr string
	}{
		{name: "defaults", args: "report dir", want: want("dir", nil)},
		{name: "json", args: "report --format json a b", want: want("a b", func(o *reportOptions) { o.Format = "json" })},
		{name: "short format", args: "report -f markdown a", want: want("a", func(o *reportOptions) { o.Format = "markdown" })},
		{name: "strict and max-bytes", args: "report --strict --max-bytes 100 a", want: want("a", func(o *reportOptions) { o.Strict, o.MaxBytes = true, 100 })},
		{name: "jobs and quiet", args: "-j 3 -q report a", want: want("a", nil)},
		{name: "max-articles", args: "report --max-articles 20 a", want: want("a", func(o *reportOptions) { o.MaxArticles = 20 })},
		{name: "color and box", args: "--color never --box report a", want: want("a", nil)},
		{name: "html", args: "report -f html a", want: want("a", func(o *reportOptions) { o.Format = "html" })},
		{name: "lexicon", args: "report --lexicon lex.yaml a", want: want("a", func(o *reportOptions) { o.Lexicon = "lex.yaml" })},
		{name: "claims", args: "report --claim X --claim Y a", want: want("a", func(o *reportOptions) { o.Claims = []string{"X", "Y"} })},
		{name: "framing lexicon", args: "report --framing-lexicon f.yaml a", want: want("a", func(o *reportOptions) { o.FramingLexicon = "f.yaml" })},
		{name: "cache", args: "report --cache-dir c --no-cache a", want: want("a", func(o *reportOptions) { o.Cache.Dir, o.Cache.Off = "c", true })},
		{name: "cache bound", args: "report --cache-dir c --cache-max-bytes 1000 a", want: want("a", func(o *reportOptions) { o.Cache.Dir, o.Cache.MaxBytes = "c", 1000 })},
		{name: "stdin jsonl", args: "report --stdin-format jsonl -", want: want("-", func(o *reportOptions) { o.Input.StdinFormat = "jsonl" })},
		{name: "html extractor", args: "report --html-extractor readability a", want: want("a", func(o *reportOptions) { o.Input.HTMLExtractor = "readability" })},
		{name: "jsonl fields", args: "report --jsonl-text-field body --jsonl-id-field key --jsonl-title-field headline --jsonl-outlet-field site --jsonl-url-field link --jsonl-published-field date --jsonl-language-field lang a",
			want: want("a", func(o *reportOptions) {
				o.Input.JSONL = corpus.JSONLFields{Text: "body", ID: "key", Title: "headline", Outlet: "site", URL: "link", Published: "date", Language: "lang"}
			})},
		{name: "bad format", args: "report --format xml a", wantErr: `unknown format "xml" (valid: html, json, markdown, table)`},
		{name: "no paths", args: "report", wantErr: "report needs at least one folder or file"},
		{name: "zero jobs", args: "-j 0 report a", wantErr: "--jobs must be at least 1, got 0"},
		{name: "bad color", args: "--color maybe report a", wantErr: `unknown --color "maybe" (valid: auto, always, never)`},
		{name: "bad max-bytes", args: "report --max-bytes 0 a", wantErr: "--max-bytes must be positive, got 0"},
		{name: "bad max-articles", args: "report --max-articles -1 a", wantErr: "--max-articles must be 0 (all) or positive, got -1"},
		{name: "bad cache bound", args: "report --cache-max-bytes 0 a", wantErr: "--cache-max-bytes must be positive, got 0"},
		{name: "bad stdin format", args: "report --stdin-format pdf -", wantErr: `unknown --stdin-format "pdf" (valid: text, markdown, html, jsonl)`},
		{name: "bad extractor", args: "report --html-extractor lynx a", wantErr: `unknown --html-extractor "lynx" (valid: trafilatura, readability)`},
		{name: "stdin with paths", args: "report - a", wantErr: "'-' (standard input) cannot be combined with other paths"},
		{name: "unknown flag", args: "report --nope a", wantErr: "unknown flag: --nope"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got *reportOptions
			var out, errOut bytes.Buffer
			d := &deps{IO: &ioStreams{Out: &out, ErrOut: &errOut}, Version: "test", Model: sharedModel, Stance: sharedStance}
			root := newRootCmd(d)
			// Replace the report command with one that records its options.
			for _, c := range root.Commands() {
				if c.Name() == "report" {
					root.RemoveCommand(c)
				}
			}
			g := &globalOptions{}
			root.PersistentFlags().Lookup("jobs").Value.Set("1")
			root.AddCommand(newReportCmd(d, g, func(o *reportOptions) error { got = o; return nil }))
			root.SetArgs(strings.Fields(tc.args))
			err := root.Execute()
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("args %q: error = %v, want %q", tc.args, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("args %q: unexpected error %v", tc.args, err)
			}
			g2 := *got
			g2.Global = nil
			if !reflect.DeepEqual(g2, tc.want) {
				t.Errorf("args %q:\n got %+v\nwant %+v", tc.args, g2, tc.want)
			}
		})
	}
}

func TestGlobalFlags(t *testing.T) {
	r := runCmd(t, []string{"--version"}, false)
	if r.code != exitOK || r.stdout != "nec-analyse version test\n" {
		t.Errorf("--version: exit %d, stdout %q", r.code, r.stdout)
	}
	r = runCmd(t, []string{"completion", "bash"}, false)
	if r.code != exitOK || !strings.Contains(r.stdout, "bash completion") {
		t.Errorf("completion bash: exit %d, stdout starts %q", r.code, r.stdout[:min(len(r.stdout), 80)])
	}
	r = runCmd(t, []string{"-j", "0", "report", demoDir}, false)
	if r.code != exitError || !strings.Contains(r.stderr, "error: --jobs must be at least 1, got 0\n") {
		t.Errorf("-j 0: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestWarmCacheLoadsNoModel: a batch whose report is cached is answered
// without loading the NER or stance model.
func TestWarmCacheLoadsNoModel(t *testing.T) {
	cache := t.TempDir()
	loads := 0
	run := func() result {
		var out, errOut bytes.Buffer
		d := &deps{
			IO:      &ioStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
			Version: "test",
			Model: func() (*ner.Model, error) {
				loads++
				return sharedModel()
			},
			Stance: func() (*stance.Model, error) {
				loads++
				return sharedStance()
			},
		}
		code := runWith(context.Background(), []string{"report", "-q", "-f", "json", "--cache-dir", cache, demoDir}, d)
		return result{stdout: out.String(), stderr: errOut.String(), code: code}
	}
	cold := run()
	if cold.code != exitOK || loads != 2 {
		t.Fatalf("cold run: exit %d, %d model loads (want 2): %s", cold.code, loads, cold.stderr)
	}
	loads = 0
	warm := run()
	if warm.code != exitOK || loads != 0 {
		t.Errorf("warm run: exit %d, %d model loads, want none: %s", warm.code, loads, warm.stderr)
	}
	if warm.stdout != cold.stdout {
		t.Error("the warm run's report differs from the cold run's")
	}
}

// TestSharedAnalysisFlags checks that report, check and baseline parse
// the shared analysis flags into the same analysisFlags.
func TestSharedAnalysisFlags(t *testing.T) {
	const args = "--max-bytes 200 --lexicon lex.yaml --cache-dir c --stdin-format markdown --html-extractor readability --jsonl-text-field body a b"
	want := analysisFlags{Paths: []string{"a", "b"}, MaxBytes: 200, Lexicon: "lex.yaml", Cache: cacheFlags{Dir: "c", MaxBytes: cache.DefaultMaxBytes},
		Input: inputFlags{StdinFormat: "markdown", HTMLExtractor: "readability", JSONL: corpus.DefaultJSONLFields()}}
	want.Input.JSONL.Text = "body"
	for _, name := range []string{"report", "check", "baseline"} {
		t.Run(name, func(t *testing.T) {
			var got *analysisFlags
			var out, errOut bytes.Buffer
			d := &deps{IO: &ioStreams{Out: &out, ErrOut: &errOut}, Version: "test", Model: sharedModel, Stance: sharedStance}
			g := &globalOptions{}
			var cmd *cobra.Command
			switch name {
			case "report":
				cmd = newReportCmd(d, g, func(o *reportOptions) error { got = &o.analysisFlags; return nil })
			case "check":
				cmd = newCheckCmd(d, g, func(o *checkOptions) error { got = &o.analysisFlags; return nil })
			case "baseline":
				cmd = newBaselineCmd(d, g, func(o *baselineOptions) error { got = &o.analysisFlags; return nil })
			}
			cmd.SetArgs(strings.Fields(args))
			cmd.SetOut(&out)
			cmd.SetErr(&errOut)
			if err := cmd.Execute(); err != nil {
				t.Fatalf("%s %s: %v", name, args, err)
			}
			g2 := *got
			g2.Global = nil
			if !reflect.DeepEqual(g2, want) {
				t.Errorf("%s:\n got %+v\nwant %+v", name, g2, want)
			}
		})
	}
}

// TestBaselineRefusesExistingOutputFirst checks that baseline refuses an
// existing output file before analysing anything (exit 2, nothing read).
func TestBaselineRefusesExistingOutputFirst(t *testing.T) {
	out := filepath.Join(t.TempDir(), "facts.yaml")
	if err := os.WriteFile(out, []byte("facts: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, []string{"baseline", "-o", out, "does-not-exist"}, false)
	if r.code != exitError || !strings.Contains(r.stderr, out+" exists") {
		t.Errorf("baseline -o existing: exit %d, stderr %q; want a usage error naming the file", r.code, r.stderr)
	}
}
