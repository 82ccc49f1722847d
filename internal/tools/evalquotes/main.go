// Command evalquotes measures quote finding and speaker attribution on real
// news nobody on the team wrote, against a gold set made by reading:
// gold.tsv beside this file lists quotes in ../shared/data (file path under
// the data folder, byte offsets of the quoted words, the right speaker);
// no article text is copied. The articles are read in place.
//
//	go run ./internal/tools/evalquotes -data ../shared/data [-gold FILE] [-v] [-dump FILE]
//
// Each gold file is analysed with the other files of its unit (an ECB+
// cluster folder; the BBC gold files together), with every stage on, and
// each gold quote is matched to the reported quote instance overlapping it
// most. It prints the gold quotes found, and of those found the share whose
// speaker is right (the gold speaker, a form of its name, or "unknown" for
// a quote the text gives no one), wrong (a name that is not the speaker)
// and unknown; and, over every quote reported in those units, the speakers
// that are a title, honorific, suffix, party tag or place.
//
// -dump FILE writes, for annotation, every span between quote marks of the
// gold units' files with its context and the reported speaker (the file is
// for reading only: it holds article text, so it must stay outside the
// repository).
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding the datasets (shared/data)")
	gold := flag.String("gold", "internal/tools/evalquotes/gold.tsv", "the gold quotes")
	verbose := flag.Bool("v", false, "print every gold quote not found or with a wrong or unknown speaker")
	dump := flag.String("dump", "", "write every quoted span of the gold units with context to this file (for annotation)")
	units := flag.String("units", "", "with -dump: comma-separated extra units under -data to dump (a folder, or files joined by +)")
	flag.Parse()
	if err := run(os.Stdout, *data, *gold, *verbose, *dump, *units); err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
}

// goldQuote is one line of the gold file.
type goldQuote struct {
	path       string // under the data folder
	start, end int
	speakers   []string // right speakers ("-": unnamed, only "unknown" is right)
	line       int
}

func readGold(path string) ([]goldQuote, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []goldQuote
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		if len(fs) < 4 {
			return nil, fmt.Errorf("%s:%d: want path, start, end, speaker", path, n)
		}
		s, err1 := strconv.Atoi(fs[1])
		e, err2 := strconv.Atoi(fs[2])
		if err1 != nil || err2 != nil || e <= s {
			return nil, fmt.Errorf("%s:%d: bad offsets", path, n)
		}
		out = append(out, goldQuote{path: fs[0], start: s, end: e, speakers: strings.Split(fs[3], "|"), line: n})
	}
	return out, sc.Err()
}

// unitOf is the folder analysed with a gold file: its ECB+ cluster, or
// "" for files analysed together with the other gold files of their
// folder.
func unitOf(path string) string {
	if strings.HasPrefix(path, "ecbplus-dev/") {
		return filepath.Dir(path)
	}
	return ""
}

// unit is a set of files analysed together.
type unit struct {
	roots []string // under the data folder: one folder, or files
	rep   *report.Report
	paths map[string]string // article id -> path under the data folder
}

func buildUnits(gold []goldQuote, extra string) []*unit {
	byDir := map[string]*unit{}
	var loose = map[string]map[string]bool{}
	for _, g := range gold {
		if u := unitOf(g.path); u != "" {
			if byDir[u] == nil {
				byDir[u] = &unit{roots: []string{u}}
			}
			continue
		}
		d := filepath.Dir(g.path)
		if loose[d] == nil {
			loose[d] = map[string]bool{}
		}
		loose[d][g.path] = true
	}
	for _, e := range strings.Split(extra, ",") {
		if e = strings.TrimSpace(e); e != "" && byDir[e] == nil {
			byDir[e] = &unit{roots: strings.Split(e, "+")}
		}
	}
	var out []*unit
	for _, k := range sortedKeys(byDir) {
		out = append(out, byDir[k])
	}
	for _, d := range sortedKeys(loose) {
		out = append(out, &unit{roots: sortedKeys(loose[d])})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (u *unit) analyse(data string, model *ner.Model) error {
	var roots []string
	for _, r := range u.roots {
		roots = append(roots, filepath.Join(data, r))
	}
	batch, err := corpus.Load(roots, corpus.LoadOptions{})
	if err != nil {
		return err
	}
	rep, err := pipeline.Run(context.Background(), batch, model, pipeline.Options{Workers: 2, ToolVersion: "evalquotes"})
	if err != nil {
		return err
	}
	u.rep = rep
	u.paths = map[string]string{}
	abs, _ := filepath.Abs(data)
	for _, a := range batch.Articles {
		p, _ := filepath.Abs(a.Path)
		rel, err := filepath.Rel(abs, p)
		if err != nil {
			return err
		}
		u.paths[a.ID] = filepath.ToSlash(rel)
	}
	return nil
}

// inst is a reported quote instance with its file.
type inst struct {
	path string
	report.QuoteInstance
	kind string
}

func (u *unit) instances() []inst {
	var out []inst
	for _, q := range u.rep.Quotes {
		for _, in := range q.Instances {
			out = append(out, inst{u.paths[in.Article], in, q.Kind})
		}
	}
	return out
}

// score counts the outcome of the gold quotes.
type score struct {
	gold, found, right, wrong, unknown int
	bad                                int // reported speakers that are a title, tag or place
	quotes                             int // reported speech quotes in the units
}

func run(w io.Writer, data, goldPath string, verbose bool, dump, extra string) error {
	gold, err := readGold(goldPath)
	if err != nil {
		return err
	}
	model, err := ner.NewModel()
	if err != nil {
		return err
	}
	units := buildUnits(gold, extra)
	var all []inst
	for _, u := range units {
		if err := u.analyse(data, model); err != nil {
			return fmt.Errorf("%s: %w", strings.Join(u.roots, ","), err)
		}
		all = append(all, u.instances()...)
	}
	if dump != "" {
		return writeDump(dump, data, all)
	}
	lx := lexicon.Default()
	var s score
	for _, in := range all {
		if in.kind != "speech" {
			continue
		}
		s.quotes++
		if badSpeaker(lx, in.Speaker) {
			s.bad++
			if verbose {
				fmt.Fprintf(os.Stderr, "bad speaker %q: %s %d-%d\n", in.Speaker, in.path, in.Start, in.End)
			}
		}
	}
	for _, g := range gold {
		s.gold++
		best, ov := -1, 0
		for i, in := range all {
			if in.path != g.path {
				continue
			}
			if o := min(in.End, g.end) - max(in.Start, g.start); o > ov {
				best, ov = i, o
			}
		}
		if best < 0 || 2*ov < min(g.end-g.start, all[best].End-all[best].Start) {
			if verbose {
				fmt.Fprintf(os.Stderr, "gold:%d not found: %s %d-%d\n", g.line, g.path, g.start, g.end)
			}
			continue
		}
		s.found++
		got := all[best].Speaker
		if all[best].kind != "speech" {
			got = "unknown"
		}
		switch verdictOf(got, g.speakers) {
		case "right":
			s.right++
		case "unknown":
			s.unknown++
			if verbose {
				fmt.Fprintf(os.Stderr, "gold:%d unknown, want %s: %s %d-%d\n", g.line, strings.Join(g.speakers, "|"), g.path, g.start, g.end)
			}
		default:
			s.wrong++
			if verbose {
				fmt.Fprintf(os.Stderr, "gold:%d wrong %q, want %s: %s %d-%d\n", g.line, got, strings.Join(g.speakers, "|"), g.path, g.start, g.end)
			}
		}
	}
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "| gold quotes | found | speaker right | wrong | unknown | speakers that are a title, tag or place |\n|---:|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| %d | %d (%s) | %d (%s) | %d (%s) | %d (%s) | %d of %d |\n", s.gold, s.found, pct(s.found, s.gold),
		s.right, pct(s.right, s.found), s.wrong, pct(s.wrong, s.found), s.unknown, pct(s.unknown, s.found), s.bad, s.quotes)
	return nil
}

// verdictOf judges a reported speaker against the gold speakers: "right"
// when it is one of them or a form of one's name (all its words in the
// gold name, or the gold name's in it), "unknown", or "wrong".
func verdictOf(got string, want []string) string {
	if got == "" {
		got = "unknown"
	}
	for _, w := range want {
		if w == "-" {
			if got == "unknown" {
				return "right"
			}
			continue
		}
		if got != "unknown" && (subsetWords(words(got), words(w)) || subsetWords(words(w), words(got))) {
			return "right"
		}
	}
	if got == "unknown" {
		return "unknown"
	}
	return "wrong"
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func subsetWords(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// badSpeaker reports a speaker that is only titles, honorifics, suffixes
// and party tags, or a place.
func badSpeaker(lx *lexicon.Lexicon, sp string) bool {
	if sp == "" || sp == "unknown" {
		return false
	}
	if lx.IsPlace(sp) {
		return true
	}
	ws := strings.FieldsFunc(sp, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == ')' || r == ',' })
	for _, w := range ws {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if !(lx.Has(lexicon.PersonTitles, lw) || lx.Has(lexicon.Honorifics, lw) ||
			lx.Has(lexicon.NameSuffixes, lw) || partyTag(w)) {
			return false
		}
	}
	return true
}

// partyTag reports a party or party-state tag: "R", "D-N.Y.", "R-Texas".
func partyTag(w string) bool {
	p, _, _ := strings.Cut(w, "-")
	return p == "R" || p == "D" || p == "I" || p == "Democrat" || p == "Republican"
}

// writeDump writes, numbered, every reported quote instance of the
// dumped files and every span between quote marks that no instance
// overlaps, with its context and the reported speaker.
func writeDump(path, data string, all []inst) error {
	byPath := map[string][]inst{}
	for _, in := range all {
		byPath[in.path] = append(byPath[in.path], in)
	}
	var b strings.Builder
	n := 0
	for _, p := range sortedKeys(byPath) {
		raw, err := os.ReadFile(filepath.Join(data, p))
		if err != nil {
			return err
		}
		src := strings.TrimPrefix(string(raw), "\ufeff")
		type cand struct {
			s, e int
			rep  string
		}
		var cs []cand
		for _, in := range byPath[p] {
			cs = append(cs, cand{in.Start, in.End, fmt.Sprintf("%s [%s] attr=%q", in.Speaker, in.kind, in.AttributionText)})
		}
		for _, sp := range markedSpans(src) {
			free := true
			for _, in := range byPath[p] {
				free = free && !(in.Start < sp[1] && in.End > sp[0])
			}
			if free {
				cs = append(cs, cand{sp[0], sp[1], "NOT FOUND"})
			}
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].s < cs[j].s })
		for _, c := range cs {
			n++
			lo, hi := max(0, c.s-250), min(len(src), c.e+120)
			for lo > 0 && !utf8.RuneStart(src[lo]) {
				lo--
			}
			for hi < len(src) && !utf8.RuneStart(src[hi]) {
				hi++
			}
			ctx := strings.ReplaceAll(src[lo:c.s]+"⟦"+src[c.s:c.e]+"⟧"+src[c.e:hi], "\n", " ¶ ")
			fmt.Fprintf(&b, "#%d\t%s\t%d\t%d\tTOOL: %s\n    %s\n\n", n, p, c.s, c.e, c.rep, ctx)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// markedSpans pairs the double quote marks of each paragraph (a line)
// in order: the spans between an opening and a closing mark, trimmed, or
// to the paragraph end for an unpaired last mark.
func markedSpans(src string) [][2]int {
	var out [][2]int
	pos := 0
	for _, line := range strings.SplitAfter(src, "\n") {
		var marks []int
		for i, r := range line {
			if r == '"' || r == '“' || r == '”' {
				marks = append(marks, i)
			}
		}
		for k := 0; k < len(marks); k += 2 {
			s := marks[k] + len(string([]rune(line[marks[k]:])[0]))
			e := len(strings.TrimRight(line, "\n"))
			if k+1 < len(marks) {
				e = marks[k+1]
			}
			a, z := s, e
			for a < z && line[a] == ' ' {
				a++
			}
			for z > a && line[z-1] == ' ' {
				z--
			}
			if z > a {
				out = append(out, [2]int{pos + a, pos + z})
			}
		}
		pos += len(line)
	}
	return out
}
