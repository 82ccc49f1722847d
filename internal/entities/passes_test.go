package entities

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/rules/rulestest"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

var update = flag.Bool("update", false, "rewrite the pass fixtures' want.json")

func TestRules(t *testing.T) {
	if err := rules.Validate(Rules()); err != nil {
		t.Fatal(err)
	}
	for _, i := range Rules() {
		if i.Stage != "entities" {
			t.Errorf("%s: stage %q, want entities", i.Name, i.Stage)
		}
	}
}

// TestPassFixtures runs each pass's fixture under testdata/passes/<name>/:
// articles as text files (<id>.txt, one sentence a line; <id>.sv.txt an
// article in Swedish, <id>.en.txt one detected as English) with mentions
// marked "[Ada Quill|PERSON]" ("[Tidewatch|]" untyped), and an optional
// lexicon.yaml extending the embedded lexicon (invented places).
func TestPassFixtures(t *testing.T) {
	rulestest.Check(t, filepath.Join("testdata", "passes"), Rules(), runFixture, *update)
}

// fixtureEntity is an entity as a fixture's want.json shows it.
type fixtureEntity struct {
	Name string `json:"name"`
	Type string `json:"type"`
	// Mentions are "article:start text", in order.
	Mentions []string `json:"mentions"`
	// Variants are the spellings, "(misspelling)" marked, sorted.
	Variants []string `json:"variants"`
	// Roles are "text [key]", in the entity's order.
	Roles []string `json:"roles,omitempty"`
}

// fixtureResult is a fixture's output.
type fixtureResult struct {
	Entities []fixtureEntity `json:"entities"`
	// Misspellings are "variant -> dominant", "(first name)" marked.
	Misspellings []string `json:"misspellings,omitempty"`
	// Conflicts are the role and holder conflicts, "A / B", with
	// " (doubt: ...)" when a doubt pass holds them uncertain.
	Conflicts []string `json:"conflicts,omitempty"`
}

var markRe = regexp.MustCompile(`\[([^\[\]|]+)\|([A-Z]*)\]`)

func runFixture(t *testing.T, dir string, off rules.Off) any {
	t.Helper()
	ms, texts, lx := readFixture(t, dir)
	res := ResolveWith(ms, Options{Lexicon: lx, Off: off, Texts: texts})
	var out fixtureResult
	for _, e := range res.Entities {
		fe := fixtureEntity{Name: e.Name, Type: e.Type}
		for _, m := range e.Mentions {
			fe.Mentions = append(fe.Mentions, fmt.Sprintf("%s:%d %s", m.Article, m.Start, m.Text))
		}
		for _, v := range e.Variants {
			s := v.Text
			if v.Misspelling {
				s += " (misspelling)"
			}
			fe.Variants = append(fe.Variants, s)
		}
		sort.Strings(fe.Variants)
		for _, g := range e.Roles {
			fe.Roles = append(fe.Roles, g.Text+" ["+g.Evidence[0].Key+"]")
		}
		out.Entities = append(out.Entities, fe)
	}
	for _, m := range res.Misspellings {
		s := m.Variant + " -> " + m.Dominant
		if m.FirstName {
			s += " (first name)"
		}
		out.Misspellings = append(out.Misspellings, s)
	}
	opts := Options{Lexicon: lx, Off: off, Texts: texts}
	people := map[string][]RoleGroup{}
	for _, e := range res.Entities {
		for _, c := range RoleConflictsWith(e.Name, e.Roles, opts) {
			out.Conflicts = append(out.Conflicts, conflictLine(c.Person+": "+c.A.Text, c.Person+": "+c.B.Text, c.Doubt))
		}
		if e.Type == span.Person && len(e.Roles) > 0 {
			people[e.Name] = e.Roles
		}
	}
	for _, c := range HolderConflictsWith(people, opts) {
		out.Conflicts = append(out.Conflicts, conflictLine(c.PersonA+": "+c.A.Text, c.PersonB+": "+c.B.Text, c.Doubt))
	}
	return out
}

// conflictLine shows one conflict in a fixture's output.
func conflictLine(a, b, doubt string) string {
	s := a + " / " + b
	if doubt != "" {
		s += " (doubt: " + doubt + ")"
	}
	return s
}

// readFixture reads the articles of a fixture folder as mentions and
// texts, and its lexicon (nil for the embedded one).
func readFixture(t *testing.T, dir string) ([]Mention, []Text, *lexicon.Lexicon) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no articles (*.txt): %v", dir, err)
	}
	sort.Strings(files)
	var ms []Mention
	var texts []Text
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(file), ".txt")
		lang := ""
		if sv, ok := strings.CutSuffix(id, ".sv"); ok {
			id, lang = sv, "sv" // "a5.sv.txt": an article in Swedish
		} else if en, ok := strings.CutSuffix(id, ".en"); ok {
			id, lang = en, "en" // "a5.en.txt": an article the detector read as English
		}
		am := markedMentions(id, string(b))
		for i := range am {
			am[i].Lang = lang
		}
		ms = append(ms, am...)
		at := markedText(id, string(b))
		at.Lang = lang
		texts = append(texts, at)
	}
	var lx *lexicon.Lexicon
	if f, err := os.Open(filepath.Join(dir, "lexicon.yaml")); err == nil {
		defer f.Close()
		if lx, err = lexicon.Default().Extend(f, "lexicon.yaml"); err != nil {
			t.Fatal(err)
		}
	}
	return ms, texts, lx
}

// markedText is the text of one marked article, each line a sentence.
func markedText(article, marked string) Text {
	src := markRe.ReplaceAllString(marked, "$1")
	t := Text{Article: article, Source: src}
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if end > start {
			t.Sentences = append(t.Sentences, span.Span{Start: start, End: end})
		}
		start = end + 1
	}
	return t
}

// markedMentions reads the marked mentions of one article, each line a
// sentence.
func markedMentions(article, marked string) []Mention {
	type span struct {
		typ        string
		start, end int
	}
	var src strings.Builder
	var spans []span
	last := 0
	for _, loc := range markRe.FindAllStringSubmatchIndex(marked, -1) {
		src.WriteString(marked[last:loc[0]])
		start := src.Len()
		src.WriteString(marked[loc[2]:loc[3]])
		spans = append(spans, span{marked[loc[4]:loc[5]], start, src.Len()})
		last = loc[1]
	}
	src.WriteString(marked[last:])
	text := src.String()
	var ms []Mention
	for _, s := range spans {
		from := strings.LastIndexByte(text[:s.start], '\n') + 1
		to := strings.IndexByte(text[s.end:], '\n')
		if to < 0 {
			to = len(text)
		} else {
			to += s.end
		}
		ms = append(ms, NewMention(article, text, s.typ, s.start, s.end, from, to))
	}
	return ms
}

// TestLexiconReachesRules checks that a user's extension of a list
// reaches the rules reading it.
func TestLexiconReachesRules(t *testing.T) {
	lx, err := lexicon.Default().Extend(strings.NewReader("org_heads: [syndicate]\nunique_roles: [skipper]\n"), "my.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ms := []Mention{m("a", "Harbour Syndicate", span.Person, 0)}
	for _, tc := range []struct {
		name string
		lx   *lexicon.Lexicon
		want string
	}{
		{"embedded", nil, span.Person},
		{"extended", lx, span.Org},
	} {
		if got := ResolveWith(ms, Options{Lexicon: tc.lx}).Entities[0].Type; got != tc.want {
			t.Errorf("%s lexicon: Harbour Syndicate typed %s, want %s", tc.name, got, tc.want)
		}
	}
	g := func(art, text string) RoleGroup {
		r := Role{Text: text, Key: newVocab(lx).roleKey(text), Article: art}
		return RoleGroup{Text: text, Articles: []string{art}, Evidence: []Role{r}}
	}
	groups := []RoleGroup{g("a", "skipper of the Harbour Trust"), g("b", "skipper of Tidewatch")}
	if got := len(RoleConflicts("Ada Quill", groups)); got != 0 {
		t.Errorf("embedded lexicon: %d role conflicts, want 0", got)
	}
	if got := len(RoleConflictsWith("Ada Quill", groups, Options{Lexicon: lx})); got != 1 {
		t.Errorf("extended lexicon: %d role conflicts, want 1", got)
	}
}
