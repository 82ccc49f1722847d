// Package lexicon holds every word list the analysis uses, as data: one
// embedded text file per concept under data/<domain>/<name>.txt, each
// concept defined once, read by every stage through a *Lexicon. Users
// extend any list with a YAML file (Extend).
//
// A concept file is UTF-8 text. Its first comment line is the concept's
// one-line doc; further "# key: value" comment lines before the first
// entry set its properties; then one entry per line (an entry may hold
// spaces: "new york"). Blank lines and lines starting with "#" are
// ignored.
//
//	# Words that end an organisation's name ("Bank", "Union").
//	# lang: en
//	# include: newspaper_heads
//	# subset-of: name_heads
//	bank
//	union
//
// Properties:
//   - lang: the languages the entries belong to (space separated), for
//     documentation.
//   - include: other concepts whose entries this one also holds
//     (composition, never a copy).
//   - subset-of: concepts that hold every entry of this one; a test checks
//     it, and two concepts that share more than half of the smaller one's
//     entries must declare it.
//
// Entries are compared exactly as written: callers lower-case a word when
// the list is lower case (most are).
package lexicon

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// Name names a concept: its file's base name without ".txt" (unique over
// every domain).
type Name string

// Concept is one word list.
type Concept struct {
	// Name is the concept's name and Domain the folder its file sits in
	// ("organisations", "calendar", ...).
	Name   Name
	Domain string
	// Doc is the file's first comment line.
	Doc string
	// Langs are the languages the entries belong to (may be empty).
	Langs []string
	// Include and SubsetOf are the file's declarations.
	Include, SubsetOf []Name
	// Own are the entries the file itself lists, in file order; Added are
	// the entries users added (Extend).
	Own, Added []string
	// File is the concept's path in the embedded data ("" for a concept
	// a user file created).
	File string

	set map[string]struct{}
}

// Entries are all entries of the concept: its own, its included
// concepts' and the users', sorted and without repeats.
func (c *Concept) Entries() []string {
	out := make([]string, 0, len(c.set))
	for w := range c.set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Lexicon is a complete set of concepts. It is immutable once built, so
// one value is shared by every worker.
type Lexicon struct {
	concepts map[Name]*Concept
	// framing holds YAML documents in the shape of
	// data/framing/framing.yaml, the embedded one first.
	framing [][]byte
	// sources names the user files merged in, in order.
	sources []string

	fpOnce sync.Once
	fp     string

	singular singulars
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon. It panics if the embedded data
// is invalid, which the package's tests rule out.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		l, err := parseFS(dataFS)
		if err != nil {
			panic("lexicon: embedded data: " + err.Error())
		}
		defaultLex = l
	})
	return defaultLex
}

// ReadDataDir reads a lexicon from a folder laid out as the embedded
// data/ folder (one concept file per concept), in place of the embedded
// one: for the NER tools' dev proxies, which score with learnt lists
// rebuilt without the text scored (nereval -lexdata).
func ReadDataDir(dir string) (*Lexicon, error) {
	return parseFS(dataPrefixFS{os.DirFS(dir)})
}

// dataPrefixFS shows a folder's files under data/, as parseFS reads them.
type dataPrefixFS struct{ fsys fs.FS }

// Open opens data/NAME as the folder's NAME.
func (d dataPrefixFS) Open(name string) (fs.File, error) {
	switch {
	case name == "data":
		return d.fsys.Open(".")
	case strings.HasPrefix(name, "data/"):
		return d.fsys.Open(strings.TrimPrefix(name, "data/"))
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// parseFS reads every concept file under data/.
func parseFS(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{concepts: map[Name]*Concept{}}
	err := fs.WalkDir(fsys, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		switch {
		case strings.HasSuffix(p, ".txt"):
			c, err := parseConcept(p, b)
			if err != nil {
				return err
			}
			if old, ok := l.concepts[c.Name]; ok {
				return fmt.Errorf("%s: concept %q is defined twice (also %s)", p, c.Name, old.File)
			}
			l.concepts[c.Name] = c
		case p == "data/framing/framing.yaml":
			l.framing = append(l.framing, b)
		default:
			return fmt.Errorf("%s: not a concept file (.txt)", p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := l.resolve(); err != nil {
		return nil, err
	}
	return l, nil
}

// parseConcept reads one concept file.
func parseConcept(p string, b []byte) (*Concept, error) {
	dir, file := path.Split(p)
	c := &Concept{
		Name:   Name(strings.TrimSuffix(file, ".txt")),
		Domain: path.Base(strings.TrimSuffix(dir, "/")),
		File:   p,
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	header := true
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "#") {
			if !header {
				continue
			}
			body := strings.TrimSpace(strings.TrimPrefix(t, "#"))
			if c.Doc == "" {
				c.Doc = body
				continue
			}
			key, val, ok := strings.Cut(body, ":")
			if !ok {
				continue // a further comment line
			}
			switch strings.TrimSpace(key) {
			case "lang":
				c.Langs = strings.Fields(val)
			case "include":
				for _, n := range strings.Fields(val) {
					c.Include = append(c.Include, Name(n))
				}
			case "subset-of":
				for _, n := range strings.Fields(val) {
					c.SubsetOf = append(c.SubsetOf, Name(n))
				}
			}
			continue
		}
		header = false
		c.Own = append(c.Own, strings.Join(strings.Fields(t), " "))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if c.Doc == "" {
		return nil, fmt.Errorf("%s: no doc line (a first line starting with #)", p)
	}
	return c, nil
}

// resolve builds every concept's set, following includes.
func (l *Lexicon) resolve() error {
	state := map[Name]int{} // 1 visiting, 2 done
	var visit func(n Name, from string) error
	visit = func(n Name, from string) error {
		c, ok := l.concepts[n]
		if !ok {
			return fmt.Errorf("%s: includes unknown concept %q", from, n)
		}
		switch state[n] {
		case 1:
			return fmt.Errorf("%s: include cycle through %q", from, n)
		case 2:
			return nil
		}
		state[n] = 1
		c.set = make(map[string]struct{}, len(c.Own)+len(c.Added))
		for _, w := range c.Own {
			c.set[w] = struct{}{}
		}
		for _, w := range c.Added {
			c.set[w] = struct{}{}
		}
		for _, inc := range c.Include {
			if err := visit(inc, c.File); err != nil {
				return err
			}
			for w := range l.concepts[inc].set {
				c.set[w] = struct{}{}
			}
		}
		for _, s := range c.SubsetOf {
			if _, ok := l.concepts[s]; !ok {
				return fmt.Errorf("%s: subset-of unknown concept %q", c.File, s)
			}
		}
		state[n] = 2
		return nil
	}
	names := l.Names()
	for _, n := range names {
		if err := visit(n, string(n)); err != nil {
			return err
		}
	}
	return nil
}

// Names lists every concept's name, sorted.
func (l *Lexicon) Names() []Name {
	out := make([]Name, 0, len(l.concepts))
	for n := range l.concepts {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Concept returns the named concept, or nil.
func (l *Lexicon) Concept(n Name) *Concept { return l.concepts[n] }

// Has reports whether w is an entry of concept n, exactly as written. It
// panics on a concept the lexicon lacks: a programming error that the
// package's tests rule out for every Name constant.
func (l *Lexicon) Has(n Name, w string) bool {
	c, ok := l.concepts[n]
	if !ok {
		panic("lexicon: unknown concept " + string(n))
	}
	_, ok = c.set[w]
	return ok
}

// HasLower reports whether the lower case of w is an entry of n.
func (l *Lexicon) HasLower(n Name, w string) bool { return l.Has(n, strings.ToLower(w)) }

// SentenceAdverbEn reports a word of six letters or more with an
// English sentence adverb's ending (adverb_suffixes_en: "Technically",
// "Luckily"), any case.
func (l *Lexicon) SentenceAdverbEn(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) >= 6 && l.EndsWithAny(AdverbSuffixesEn, lw)
}

// EndsWithAny reports w ending in a word of list n (a list of endings,
// such as adverb_suffixes_en).
func (l *Lexicon) EndsWithAny(n Name, w string) bool {
	for s := range l.Set(n) {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// Words returns concept n's entries, sorted (see Concept.Entries).
func (l *Lexicon) Words(n Name) []string {
	c, ok := l.concepts[n]
	if !ok {
		panic("lexicon: unknown concept " + string(n))
	}
	return c.Entries()
}

// Set returns concept n's entries as a set for callers that iterate or
// need a map (read only: never modify it).
func (l *Lexicon) Set(n Name) map[string]struct{} {
	c, ok := l.concepts[n]
	if !ok {
		panic("lexicon: unknown concept " + string(n))
	}
	return c.set
}

// InDomain lists the concepts of one domain ("measures"), sorted by name.
func (l *Lexicon) InDomain(domain string) []*Concept {
	var out []*Concept
	for _, n := range l.Names() {
		if c := l.concepts[n]; c.Domain == domain {
			out = append(out, c)
		}
	}
	return out
}

// Framing returns the framing lexicon's YAML documents: the embedded one,
// then each user file's framing section, in the order given.
func (l *Lexicon) Framing() [][]byte { return l.framing }

// Sources names the user files merged into the lexicon, in order.
func (l *Lexicon) Sources() []string { return l.sources }

// Fingerprint identifies the lexicon's whole content (for cache keys).
func (l *Lexicon) Fingerprint() string {
	l.fpOnce.Do(func() {
		h := sha256.New()
		for _, n := range l.Names() {
			c := l.concepts[n]
			fmt.Fprintf(h, "%s/%s\n", c.Domain, n)
			for _, w := range c.Entries() {
				fmt.Fprintf(h, "%d:%s\n", len(w), w)
			}
		}
		for _, f := range l.framing {
			fmt.Fprintf(h, "framing %d:%s\n", len(f), f)
		}
		l.fp = hex.EncodeToString(h.Sum(nil))
	})
	return l.fp
}

// Pattern is concept n's entries as a regular-expression alternation,
// "(?:a|b|c)", each entry quoted (entries are text, never expressions),
// in the order of InOrder.
func (l *Lexicon) Pattern(n Name) string {
	ws := l.InOrder(n)
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = regexp.QuoteMeta(w)
	}
	return "(?:" + strings.Join(q, "|") + ")"
}
