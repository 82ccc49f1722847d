package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/textutil"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/nec-analyse/nec-analyse/internal/yamlerr"
)

// configName is the project config file, found in the corpus folder or
// one of its parents.
const configName = ".nec-analyse.yaml"

// configKeys are the keys a config file may hold: flag names of check
// and baseline, in the order --show-config lists them.
var configKeys = []string{"facts", "accept", "previous", "fail-on", "format", "lexicon", "cache-dir", "no-cache", "cache-max-bytes", "max-bytes"}

// configPathKeys hold paths, read relative to the config file's folder.
var configPathKeys = map[string]bool{"facts": true, "accept": true, "previous": true, "lexicon": true, "cache-dir": true}

// configError is a fault in the config file, at a 1-based line and
// column.
type configError struct {
	path      string
	line, col int
	msg       string
}

func (e *configError) Error() string {
	if e.col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.path, e.line, e.col, e.msg)
	}
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.path, e.line, e.msg)
	}
	return fmt.Sprintf("%s: %s", e.path, e.msg)
}

// configEntry is a key's value in the config file and its line.
type configEntry struct {
	key, value string
	line       int
}

// findConfig returns the config file of the corpus at paths: the first
// .nec-analyse.yaml in the folder of the first path (the path itself
// when it is a folder; the working folder for '-' or no path) or one of
// its parents; "" when there is none.
func findConfig(paths []string) (string, error) {
	start := "."
	if len(paths) > 0 && paths[0] != "-" {
		start = paths[0]
		if fi, err := os.Stat(start); err == nil && !fi.IsDir() {
			start = filepath.Dir(start)
		}
	}
	dir, err := filepath.Abs(start)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, configName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return relPath(p), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// relPath is p relative to the working folder when it is below it.
func relPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

// loadConfig reads a config file: a mapping of known keys to scalar
// values. Paths are made relative to the file's folder.
func loadConfig(path string) ([]configEntry, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return parseConfig(path, src)
}

func parseConfig(path string, src []byte) ([]configEntry, error) {
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&root); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		line, col, msg := yamlerr.Locate(src, err)
		return nil, &configError{path, line, col, msg}
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, &configError{path, top.Line, top.Column, "a config file is a mapping of flag names to values (fail-on: warning)"}
	}
	var out []configEntry
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if !contains(configKeys, k.Value) {
			msg := fmt.Sprintf("unknown key %q", k.Value)
			if near := nearestKey(k.Value); near != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", near)
			}
			return nil, &configError{path, k.Line, k.Column, msg + " (valid: " + strings.Join(configKeys, ", ") + ")"}
		}
		if v.Kind != yaml.ScalarNode {
			return nil, &configError{path, v.Line, v.Column, k.Value + ": expected one value"}
		}
		val := v.Value
		if configPathKeys[k.Value] && val != "" && !filepath.IsAbs(val) {
			val = filepath.Join(filepath.Dir(path), val)
		}
		out = append(out, configEntry{k.Value, val, k.Line})
	}
	return out, nil
}

// nearestKey is the config key closest to s, if close enough to be a
// typo.
func nearestKey(s string) string {
	best, bestD := "", 4
	for _, k := range configKeys {
		if d := textutil.EditDistance(s, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// setting is one effective setting and where it came from.
type setting struct{ key, value, source string }

// applyConfig finds the config file for paths and sets every flag of cmd
// it names that the command line did not set. It returns the config
// file's path ("" when none) and the effective value and source of every
// config key cmd has.
func applyConfig(cmd *cobra.Command, paths []string) (string, []setting, error) {
	path, err := findConfig(paths)
	if err != nil {
		return "", nil, err
	}
	from := map[string]string{}
	if path != "" {
		entries, err := loadConfig(path)
		if err != nil {
			return path, nil, err
		}
		for _, e := range entries {
			f := cmd.Flags().Lookup(e.key)
			if f == nil || f.Changed {
				continue
			}
			if err := cmd.Flags().Set(e.key, e.value); err != nil {
				return path, nil, &configError{path, e.line, 0, fmt.Sprintf("%s: %v", e.key, err)}
			}
			from[e.key] = fmt.Sprintf("%s:%d", path, e.line)
		}
	}
	var out []setting
	for _, k := range configKeys {
		f := cmd.Flags().Lookup(k)
		if f == nil {
			continue
		}
		src := "default"
		switch {
		case from[k] != "":
			src = from[k]
		case f.Changed:
			src = "flag"
		}
		out = append(out, setting{k, f.Value.String(), src})
	}
	return path, out, nil
}

// showConfig writes the effective settings, one per line, with where
// each came from.
func showConfig(w io.Writer, path string, settings []setting) error {
	if path == "" {
		path = "none found (" + configName + " in the corpus folder or a parent)"
	}
	if _, err := fmt.Fprintf(w, "config: %s\n", path); err != nil {
		return err
	}
	width := 0
	for _, s := range settings {
		width = max(width, len(s.key)+len(s.value)+2)
	}
	for _, s := range settings {
		if _, err := fmt.Fprintf(w, "%-*s  (%s)\n", width, s.key+": "+s.value, s.source); err != nil {
			return err
		}
	}
	return nil
}
