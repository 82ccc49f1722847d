package claims

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Lexicon maps counted nouns, in any language, to a measure name
// ("votes", "seats", ...). Lookups are case-insensitive and try simple
// English and Swedish inflections.
type Lexicon struct {
	forms map[string]string
}

// defaultMeasures is the built-in lexicon. Users extend it with a YAML
// file (see LoadLexicon).
var defaultMeasures = map[string][]string{
	"votes":      {"vote", "votes", "ballot", "ballots", "röst", "röster", "rösterna", "röst", "votes cast"},
	"seats":      {"seat", "seats", "position", "positions", "place", "places", "post", "posts", "plats", "platser", "platserna", "mandat", "mandaten", "mandatet", "stol", "stolar"},
	"members":    {"member", "members", "membership", "medlem", "medlemmar", "medlemmarna", "medlemmen"},
	"candidates": {"candidate", "candidates", "kandidat", "kandidater", "kandidaterna"},
	"people":     {"people", "persons", "personer", "människor"},
	"employees":  {"employee", "employees", "staff", "workers", "workforce", "anställda", "medarbetare"},
	"delegates":  {"delegate", "delegates", "delegat", "delegater"},
	"councils":   {"council", "councils", "kommun", "kommuner"},
	"mps":        {"mp", "mps", "ledamot", "ledamöter", "parlamentsledamöter", "riksdagsledamöter"},
}

// DefaultLexicon returns the built-in lexicon.
func DefaultLexicon() *Lexicon {
	l := &Lexicon{forms: map[string]string{}}
	measures := make([]string, 0, len(defaultMeasures))
	for m := range defaultMeasures {
		measures = append(measures, m)
	}
	sort.Strings(measures)
	for _, m := range measures {
		l.Add(m, defaultMeasures[m]...)
	}
	return l
}

// Add maps each form (case-insensitive) to measure. Forms that are empty
// once trimmed of spaces and the punctuation Measure strips are skipped.
func (l *Lexicon) Add(measure string, forms ...string) {
	for _, f := range append(forms, measure) {
		if k := normForm(f); k != "" {
			l.forms[k] = measure
		}
	}
}

// normForm is a word as Measure looks it up.
func normForm(w string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(w), measureTrim))
}

// measureTrim is the punctuation Measure strips from a word.
const measureTrim = ".,;:!?\"'’”“()"

// Measure returns the measure a word counts, trying the word as given and
// then without common plural and definite endings.
func (l *Lexicon) Measure(word string) (string, bool) {
	w := normForm(word)
	if w == "" {
		return "", false
	}
	if m, ok := l.forms[w]; ok {
		return m, true
	}
	for _, suf := range []string{"erna", "arna", "orna", "na", "en", "et", "er", "ar", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			if m, ok := l.forms[w[:len(w)-len(suf)]]; ok {
				return m, true
			}
		}
	}
	return "", false
}

// lexiconFile is the YAML shape LoadLexicon reads:
//
//	measures:
//	  votes: [ballot, ballots, röstsedlar]
//	  seats: [chair, chairs]
type lexiconFile struct {
	Measures map[string][]string `yaml:"measures"`
}

// LoadLexicon reads a YAML lexicon and adds it to the built-in one.
func LoadLexicon(r io.Reader) (*Lexicon, error) {
	var f lexiconFile
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && err != io.EOF {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	l := DefaultLexicon()
	names := make([]string, 0, len(f.Measures))
	for m := range f.Measures {
		names = append(names, m)
	}
	sort.Strings(names)
	for _, m := range names {
		if strings.TrimSpace(m) == "" {
			return nil, fmt.Errorf("read lexicon: empty measure name")
		}
		l.Add(m, f.Measures[m]...)
	}
	return l, nil
}

// Fingerprint identifies the lexicon's content (for cache keys).
func (l *Lexicon) Fingerprint() string {
	keys := make([]string, 0, len(l.forms))
	for k := range l.forms {
		keys = append(keys, k+"="+l.forms[k])
	}
	sort.Strings(keys)
	return strings.Join(keys, "\n")
}
