package claims

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/rules/rulestest"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

var update = flag.Bool("update", false, "rewrite the want.json files of the pass fixtures")

func TestRules(t *testing.T) {
	infos := Rules()
	if err := rules.Validate(infos); err != nil {
		t.Fatal(err)
	}
	n := len(sentencePasses) + len(readings) + len(filters) + len(subjectRules) + len(refinements) + len(dateFilters) + len(dateRefinements)
	if len(infos) != n {
		t.Errorf("Rules lists %d passes, the tables hold %d", len(infos), n)
	}
	for _, i := range infos {
		if i.Stage != Stage || !strings.Contains(i.Doc, "(") && !strings.Contains(i.Doc, `"`) {
			t.Errorf("%s: the doc should give an example: %q", i.ID(), i.Doc)
		}
	}
}

// Switching a pass off changes only what that pass did: with
// "ranked-person" off a rank has no subject and is dropped; with
// "placing-verb" off an ordinal after no verb of placing is a rank.
func TestExtractWithOff(t *testing.T) {
	src, sents, ms := article([]string{"Ada Quill came fourth.", "Bo Lind was in the fifth row."}, []string{"Ada Quill", "Bo Lind"}, nil)
	run := func(off ...string) string {
		o := rules.Off{}
		for _, id := range off {
			o[id] = true
		}
		var got []string
		for _, r := range ExtractWith(src, sents, sents[:1], ms, "en", ExtractOptions{Off: o}) {
			got = append(got, describe(src, r))
		}
		return strings.Join(got, "; ")
	}
	for _, tc := range []struct {
		off  []string
		want string
	}{
		{nil, "mention rank=4-4  Ada Quill"},
		{[]string{"claims/ranked-person"}, ""},
		{[]string{"claims/placing-verb"}, "mention rank=4-4  Ada Quill; mention rank=5-5  Bo Lind"},
	} {
		if got := run(tc.off...); got != tc.want {
			t.Errorf("off %v: got %q, want %q", tc.off, got, tc.want)
		}
	}
}

// TestPassFixtures checks each pass against its fixture under
// testdata/passes/<name>/ (go test -update rewrites want.json).
func TestPassFixtures(t *testing.T) {
	rulestest.Check(t, filepath.Join("testdata", "passes"), Rules(), runFixture, *update)
}

// fixtureFigure is a figure as a fixture's want.json shows it.
type fixtureFigure struct {
	Text     string   `json:"text"`
	Measure  string   `json:"measure"`
	Value    string   `json:"value"`
	How      string   `json:"how"`
	Subjects []string `json:"subjects,omitempty"`
	Head     string   `json:"head,omitempty"`
	Name     string   `json:"name,omitempty"`
	Update   bool     `json:"update,omitempty"`
	Dated    bool     `json:"dated,omitempty"`
}

// fixtureOutput is what a fixture's article gives: its figures, and,
// when the input names a publication date, its event date.
type fixtureOutput struct {
	Figures   []fixtureFigure `json:"figures"`
	EventDate *fixtureFigure  `json:"event_date,omitempty"`
	// Aligned, when the input asks for it ("# align: yes"), are the
	// pairs of figures of different sentences that state the same fact
	// (see alignment), as "first ~ second".
	Aligned []string `json:"aligned,omitempty"`
}

// runFixture reads dir/input.txt and extracts its figures with the passes
// in off switched off. The input has one sentence a line; [Name] marks a
// person, {Name} an organisation and <Name> a place; header lines "# lang: sv" (default
// en), "# lead: N" (the first N sentences are the lead; default 2) and
// "# published: YYYY-MM-DD" (also find the event date) and "# align: yes"
// (also list the pairs of figures that state the same fact).
func runFixture(t *testing.T, dir string, off rules.Off) any {
	b, err := os.ReadFile(filepath.Join(dir, "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lang, lead, published, align := "en", 2, "", false
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if k, v, ok := strings.Cut(strings.TrimPrefix(l, "# "), ": "); ok && strings.HasPrefix(l, "# ") {
			switch k {
			case "lang":
				lang = v
			case "lead":
				lead, _ = strconv.Atoi(v)
			case "published":
				published = v
			case "align":
				align = v == "yes"
			}
			continue
		}
		lines = append(lines, l)
	}
	src, sents, ms := markedArticle(lines)
	opts := ExtractOptions{Off: off}
	out := fixtureOutput{Figures: []fixtureFigure{}}
	rs := ExtractWith(src, sents, sents[:min(lead, len(sents))], ms, lang, opts)
	for _, r := range rs {
		out.Figures = append(out.Figures, fixtureOf(src, r))
	}
	for i := range rs {
		for j := i + 1; j < len(rs) && align; j++ {
			if rs[i].Sentence == rs[j].Sentence {
				continue
			}
			if _, ok := alignment(Value{Article: "a", Raw: rs[i]}, Value{Article: "b", Raw: rs[j]}); ok {
				out.Aligned = append(out.Aligned, rs[i].Text+" ~ "+rs[j].Text)
			}
		}
	}
	if published != "" {
		if r, ok := EventDateWith(src, sents[:min(lead, len(sents))], published, opts); ok {
			f := fixtureOf(src, r)
			out.EventDate = &f
		}
	}
	return out
}

func fixtureOf(src string, r Raw) fixtureFigure {
	f := fixtureFigure{Text: r.Text, Measure: r.Measure, How: r.How, Head: r.Head, Name: r.Name, Update: r.Update, Dated: r.Dated,
		Value: FormatValue(Value{Raw: Raw{Low: r.Low, High: r.High, Hedge: r.Hedge, Display: r.Display}})}
	for _, s := range r.Subjects {
		f.Subjects = append(f.Subjects, src[s.Start:s.End])
	}
	return f
}

// markedArticle builds an article of one sentence a line from lines in
// which [Name] marks a person, {Name} an organisation and <Name> a
// place.
func markedArticle(lines []string) (string, []span.Span, []span.Mention) {
	var b strings.Builder
	var sents []span.Span
	var ms []span.Mention
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		open, typ := -1, ""
		for _, r := range l {
			switch {
			case r == '[' || r == '{' || r == '<':
				open, typ = b.Len(), map[rune]string{'[': "PERSON", '{': "ORG", '<': "GPE"}[r]
			case (r == ']' || r == '}' || r == '>') && open >= 0:
				ms = append(ms, span.Mention{Start: open, End: b.Len(), Type: typ})
				open = -1
			default:
				b.WriteRune(r)
			}
		}
		sents = append(sents, span.Span{Start: start, End: b.Len()})
	}
	return b.String(), sents, ms
}
