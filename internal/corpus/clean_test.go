package corpus_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// All article text in this file is invented for the tests.

// span is a removed span as the tests state it: its kind and exact text.
type span struct{ Kind, Text string }

func (s span) String() string { return fmt.Sprintf("%s %q", s.Kind, s.Text) }

// cleanCase is one input to Parse and what cleaning must make of it.
// removed and blocks are compared exactly (nil means "none").
type cleanCase struct {
	name     string
	text     string
	markdown bool
	removed  []span
	blocks   []string
	// title and published are checked when non-empty; noPublished asks
	// for Published == "".
	title       string
	published   string
	noPublished bool
}

func parse(t *testing.T, text string, markdown bool) corpus.Article {
	t.Helper()
	a, err := corpus.Parse("case", "case", []byte(text), markdown)
	if err != nil {
		t.Fatalf("Parse(%q, markdown=%v): unexpected error %v", text, markdown, err)
	}
	checkSpans(t, a)
	return a
}

// checkSpans asserts the offset contract of an Article: every span lies
// inside Source, removed text is the source text, blocks and removed
// spans are each in order and do not overlap, and no block overlaps a
// removed span.
func checkSpans(t *testing.T, a corpus.Article) {
	t.Helper()
	if err := spanProblem(a); err != "" {
		t.Fatalf("input %q (markdown article): %s", a.Source, err)
	}
}

// spanProblem returns a description of the first broken offset invariant,
// or "".
func spanProblem(a corpus.Article) string {
	n := len(a.Source)
	prevEnd := 0
	for i, b := range a.Blocks {
		if b.Start < 0 || b.Start > b.End || b.End > n {
			return fmt.Sprintf("block %d [%d,%d) outside source of %d bytes", i, b.Start, b.End, n)
		}
		if b.Start < prevEnd {
			return fmt.Sprintf("block %d [%d,%d) starts before the end %d of the previous block", i, b.Start, b.End, prevEnd)
		}
		if b.Kind != "title" && b.Kind != "body" {
			return fmt.Sprintf("block %d has kind %q", i, b.Kind)
		}
		prevEnd = b.End
	}
	prevStart, prevEnd := 0, 0
	for i, r := range a.Removed {
		if r.Start < 0 || r.Start > r.End || r.End > n {
			return fmt.Sprintf("removed %d [%d,%d) outside source of %d bytes", i, r.Start, r.End, n)
		}
		if r.Start < prevStart || r.Start < prevEnd {
			return fmt.Sprintf("removed %d [%d,%d) out of order or overlapping the previous one ending at %d", i, r.Start, r.End, prevEnd)
		}
		if a.Source[r.Start:r.End] != r.Text {
			return fmt.Sprintf("removed %d: Text %q != Source[%d:%d] %q", i, r.Text, r.Start, r.End, a.Source[r.Start:r.End])
		}
		if r.Kind == "" {
			return fmt.Sprintf("removed %d has no kind", i)
		}
		prevStart, prevEnd = r.Start, r.End
		for j, b := range a.Blocks {
			if b.Start < r.End && r.Start < b.End {
				return fmt.Sprintf("block %d [%d,%d) overlaps removed %d [%d,%d)", j, b.Start, b.End, i, r.Start, r.End)
			}
		}
	}
	return ""
}

func removedSpans(a corpus.Article) []span {
	var out []span
	for _, r := range a.Removed {
		out = append(out, span{r.Kind, r.Text})
	}
	return out
}

func blockTexts(a corpus.Article) []string {
	var out []string
	for _, b := range a.Blocks {
		out = append(out, a.Source[b.Start:b.End])
	}
	return out
}

func fmtList[T any](xs []T) string {
	if len(xs) == 0 {
		return "  (none)"
	}
	var sb strings.Builder
	for i, x := range xs {
		if i > 0 {
			sb.WriteByte('\n')
		}
		switch v := any(x).(type) {
		case string:
			fmt.Fprintf(&sb, "  %q", v)
		default:
			fmt.Fprintf(&sb, "  %v", v)
		}
	}
	return sb.String()
}

func equalList[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func runCleanCases(t *testing.T, cases []cleanCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := parse(t, c.text, c.markdown)
			if got := removedSpans(a); !equalList(got, c.removed) {
				t.Errorf("input:\n%s\nremoved got:\n%s\nwant:\n%s", c.text, fmtList(got), fmtList(c.removed))
			}
			if got := blockTexts(a); !equalList(got, c.blocks) {
				t.Errorf("input:\n%s\nblocks got:\n%s\nwant:\n%s", c.text, fmtList(got), fmtList(c.blocks))
			}
			if c.title != "" && a.Title != c.title {
				t.Errorf("input:\n%s\nTitle got %q, want %q", c.text, a.Title, c.title)
			}
			if (c.published != "" || c.noPublished) && a.Published != c.published {
				t.Errorf("input:\n%s\nPublished got %q, want %q", c.text, a.Published, c.published)
			}
		})
	}
}

func TestCleanPromo(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name: "heading with teaser lines in the same paragraph",
			text: "Harbour plan approved after long debate\n\n" +
				"The council voted on Tuesday to approve the new harbour plan.\n\n" +
				"Sign up for our morning newsletter\n" +
				"Get the day's top stories delivered every weekday.\n" +
				"Click here to register\n\n" +
				"Officials said building work would begin in the spring.\n",
			removed: []span{{corpus.KindPromo, "Sign up for our morning newsletter\nGet the day's top stories delivered every weekday.\nClick here to register"}},
			blocks: []string{
				"Harbour plan approved after long debate",
				"The council voted on Tuesday to approve the new harbour plan.",
				"Officials said building work would begin in the spring.",
			},
		},
		{
			// The second line is a promo of its own; it must not stop the
			// heading from carrying the third.
			name: "teaser chain runs through a line that is itself promo",
			text: "Harbour plan approved\n\n" +
				"Sign up for our morning newsletter\n" +
				"The best stories of the day, straight to your inbox.\n" +
				"It only takes a minute\n\n" +
				"The council voted on Tuesday to approve the plan.\n",
			removed: []span{{corpus.KindPromo, "Sign up for our morning newsletter\nThe best stories of the day, straight to your inbox.\nIt only takes a minute"}},
			blocks:  []string{"Harbour plan approved", "The council voted on Tuesday to approve the plan."},
		},
		{
			name: "imperative subscribe sentence alone",
			text: "Harbour plan approved\n\n" +
				"The council voted on Tuesday to approve the plan.\n\n" +
				"Subscribe today for unlimited access to all our journalism.\n",
			removed: []span{{corpus.KindPromo, "Subscribe today for unlimited access to all our journalism."}},
			blocks:  []string{"Harbour plan approved", "The council voted on Tuesday to approve the plan."},
		},
		{
			name: "second person sentence about the newsletter",
			text: "Harbour plan approved\n\n" +
				"The council voted on Tuesday to approve the plan.\n\n" +
				"Want more local news? Our free newsletter lands in your inbox at seven.\n",
			removed: []span{{corpus.KindPromo, "Want more local news? Our free newsletter lands in your inbox at seven."}},
			blocks:  []string{"Harbour plan approved", "The council voted on Tuesday to approve the plan."},
		},
		{
			name: "Swedish newsletter heading",
			text: "Hamnplanen godkänd\n\n" +
				"Fullmäktige röstade på tisdagen för den nya hamnplanen.\n\n" +
				"Prenumerera på vårt nyhetsbrev\n",
			removed: []span{{corpus.KindPromo, "Prenumerera på vårt nyhetsbrev"}},
			blocks:  []string{"Hamnplanen godkänd", "Fullmäktige röstade på tisdagen för den nya hamnplanen."},
		},
		{
			name: "hard-wrapped promo paragraph is removed whole",
			text: "Harbour plan approved\n\n" +
				"The council voted on Tuesday to approve the plan.\n\n" +
				"Sign up for our free morning newsletter and get the\n" +
				"top stories of the day delivered straight to your\n" +
				"inbox before breakfast, every single weekday morning\n",
			removed: []span{{corpus.KindPromo, "Sign up for our free morning newsletter and get the\n" +
				"top stories of the day delivered straight to your\n" +
				"inbox before breakfast, every single weekday morning"}},
			blocks: []string{"Harbour plan approved", "The council voted on Tuesday to approve the plan."},
		},
		{
			name: "news sentence that mentions a newsletter is kept",
			text: "Local paper changes hands\n\n" +
				"The paper's newsletter, launched last year, now reaches forty thousand readers.\n\n" +
				"Readers who subscribe to the print edition will pay more from May.\n",
			blocks: []string{
				"Local paper changes hands",
				"The paper's newsletter, launched last year, now reaches forty thousand readers.",
				"Readers who subscribe to the print edition will pay more from May.",
			},
		},
		{
			name: "reported speech addressed to you is kept",
			text: "Price rise warning\n\n" +
				"\"If you subscribe now, the price will only go up later,\" the minister told reporters.\n\n" +
				"“Check your inbox for the letter,” the tax office said on Monday.\n",
			blocks: []string{
				"Price rise warning",
				"\"If you subscribe now, the price will only go up later,\" the minister told reporters.",
				"“Check your inbox for the letter,” the tax office said on Monday.",
			},
		},
		{
			name: "hard-wrapped news paragraph that mentions a newsletter is kept whole",
			text: "Print schedule changes\n\n" +
				"Officials said readers of the weekly community\n" +
				"newsletter had complained about changes to the\n" +
				"print schedule, and the editor promised to look\n" +
				"again at the delivery times before the summer.\n",
			blocks: []string{
				"Print schedule changes",
				"Officials said readers of the weekly community\nnewsletter had complained about changes to the\nprint schedule, and the editor promised to look\nagain at the delivery times before the summer.",
			},
		},
		{
			name: "soft-wrapped sentence that mentions an inbox is kept whole",
			text: "Email outage\n\n" +
				"Staff at the council could not open the shared inbox\n" +
				"for most of Wednesday, a spokesman said.\n",
			blocks: []string{
				"Email outage",
				"Staff at the council could not open the shared inbox\nfor most of Wednesday, a spokesman said.",
			},
		},
		{
			// Paragraphs separated by single newlines: a sub-heading
			// that names a newsletter is dropped, but the sentences under
			// it are not teasers.
			name: "heading that only names a newsletter does not take the next lines",
			text: "Publisher reports record year\n" +
				"The publisher said sales rose in every region.\n" +
				"Newsletter growth\n" +
				"The company sold more subscriptions to its print titles than ever.\n" +
				"Its chief executive said demand had been strong all year.\n",
			removed: []span{{corpus.KindPromo, "Newsletter growth"}},
			blocks: []string{
				"Publisher reports record year",
				"The publisher said sales rose in every region.",
				"The company sold more subscriptions to its print titles than ever.",
				"Its chief executive said demand had been strong all year.",
			},
		},
		{
			name: "teaser chain stops at a quoting line",
			text: "Harbour plan approved\n" +
				"Sign up for our newsletter\n" +
				"\"This is a good day for the harbour,\" the mayor said.\n",
			removed: []span{{corpus.KindPromo, "Sign up for our newsletter"}},
			blocks:  []string{"Harbour plan approved", "\"This is a good day for the harbour,\" the mayor said."},
		},
		{
			name: "teaser chain is at most three lines",
			text: "Harbour plan approved\n" +
				"Sign up for our newsletter\n" +
				"First teaser line.\n" +
				"Second teaser line.\n" +
				"Third teaser line.\n" +
				"The council will meet again in June.\n",
			removed: []span{{corpus.KindPromo, "Sign up for our newsletter\nFirst teaser line.\nSecond teaser line.\nThird teaser line."}},
			blocks:  []string{"Harbour plan approved", "The council will meet again in June."},
		},
		{
			name: "teaser chain does not cross a paragraph break",
			text: "Harbour plan approved\n\n" +
				"Sign up for our newsletter\n\n" +
				"The council will meet again in June.\n",
			removed: []span{{corpus.KindPromo, "Sign up for our newsletter"}},
			blocks:  []string{"Harbour plan approved", "The council will meet again in June."},
		},
		{
			name: "long sentence is never promo",
			text: "Budget row\n\n" +
				"You may have read in your newsletter that the council plans to cut the budget for libraries, " +
				"parks and youth clubs by a fifth over the next three years, but the finance committee has " +
				"not yet agreed on any of the proposed measures.\n",
			blocks: []string{
				"Budget row",
				"You may have read in your newsletter that the council plans to cut the budget for libraries, " +
					"parks and youth clubs by a fifth over the next three years, but the finance committee has " +
					"not yet agreed on any of the proposed measures.",
			},
		},
	})
}

func TestCleanRelatedHeadlines(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name: "labelled link lines",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"Related: Mayor Dana Pike backs new flood barrier\n\n" +
				"Teachers were told to stay at home.\n\n" +
				"Läs också: Kommunen sparar på skolan\n",
			removed: []span{{corpus.KindRelated, "Related: Mayor Dana Pike backs new flood barrier"},
				{corpus.KindRelated, "Läs också: Kommunen sparar på skolan"}},
			blocks: []string{
				"Storm closes schools",
				"Schools across the county stayed shut on Friday.",
				"Teachers were told to stay at home.",
			},
		},
		{
			name: "heading with headlines to the end",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"Related\n" +
				"Mayor Dana Pike backs new flood barrier\n" +
				"Rail line reopens after repairs\n",
			removed: []span{{corpus.KindRelated, "Related\n" +
				"Mayor Dana Pike backs new flood barrier\n" +
				"Rail line reopens after repairs"}},
			blocks: []string{
				"Storm closes schools",
				"Schools across the county stayed shut on Friday.",
			},
		},
		{
			name: "heading mid-article takes only the headlines under it",
			text: "Storm closes schools\n\n" +
				"See also:\n" +
				"Mayor Dana Pike backs new flood barrier\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"Teachers were told to stay at home.\n\n" +
				"Parents said the closure came too late.\n\n" +
				"The council will meet on Monday.\n\n" +
				"Buses will run a reduced service.\n\n" +
				"Roads in the north remain closed.\n\n" +
				"Forecasters expect more rain.\n",
			removed: []span{{corpus.KindRelated, "See also:\n" +
				"Mayor Dana Pike backs new flood barrier"}},
			blocks: []string{
				"Storm closes schools",
				"Schools across the county stayed shut on Friday.",
				"Teachers were told to stay at home.",
				"Parents said the closure came too late.",
				"The council will meet on Monday.",
				"Buses will run a reduced service.",
				"Roads in the north remain closed.",
				"Forecasters expect more rain.",
			},
		},
		{
			name: "a heading before short news paragraphs takes none of them",
			text: "Storm closes schools\n\n" +
				"See also:\n\n" +
				"Schools stayed shut on Friday.\n\n" +
				"Teachers stayed at home.\n",
			removed: []span{{corpus.KindRelated, "See also:"}},
			blocks: []string{
				"Storm closes schools",
				"Schools stayed shut on Friday.",
				"Teachers stayed at home.",
			},
		},
		{
			name: "more from someone is a sentence",
			text: "Storm closes schools\n\n" +
				"More from the minister: schools will reopen on Monday.\n",
			blocks: []string{
				"Storm closes schools",
				"More from the minister: schools will reopen on Monday.",
			},
		},
		{
			name: "a sentence about related matters stays",
			text: "Storm closes schools\n\n" +
				"Related costs were not disclosed: the council declined to comment.\n",
			removed: nil,
			blocks: []string{
				"Storm closes schools",
				"Related costs were not disclosed: the council declined to comment.",
			},
		},
		{
			name: "separated items with bylines",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday as the storm moved north.\n\n" +
				"Teachers were told to stay at home.\n" +
				"-\n" +
				"Council budget approved after late-night vote\n" +
				"Councillors agreed the spending plan after six hours of debate.\n" +
				"By Jane Doe, Valley Times Published\n" +
				"-\n" +
				"New timetable for the northern rail line\n" +
				"Trains will run every twenty minutes from June.\n" +
				"By John Roe, Valley Times Published\n" +
				"-\n",
			removed: []span{{corpus.KindRelated, "-\n" +
				"Council budget approved after late-night vote\n" +
				"Councillors agreed the spending plan after six hours of debate.\n" +
				"By Jane Doe, Valley Times Published\n" +
				"-\n" +
				"New timetable for the northern rail line\n" +
				"Trains will run every twenty minutes from June.\n" +
				"By John Roe, Valley Times Published\n" +
				"-"}},
			blocks: []string{
				"Storm closes schools",
				"Schools across the county stayed shut on Friday as the storm moved north.",
				"Teachers were told to stay at home.",
			},
		},
		{
			name: "items without separator lines",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"Council budget approved\n" +
				"Councillors agreed the plan after a long debate.\n" +
				"Published 3 hours ago\n\n" +
				"New rail timetable\n" +
				"Trains will run more often from June.\n" +
				"Updated 5 hours ago\n",
			removed: []span{{corpus.KindRelated, "Council budget approved\n" +
				"Councillors agreed the plan after a long debate.\n" +
				"Published 3 hours ago\n\n" +
				"New rail timetable\n" +
				"Trains will run more often from June.\n" +
				"Updated 5 hours ago"}},
			blocks: []string{"Storm closes schools", "Schools across the county stayed shut on Friday."},
		},
		{
			name: "byline-only items",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"Council budget approved\n" +
				"By Jane Doe\n" +
				"New rail timetable\n" +
				"By John Roe\n",
			removed: []span{{corpus.KindRelated, "Council budget approved\nBy Jane Doe\nNew rail timetable\nBy John Roe"}},
			blocks:  []string{"Storm closes schools", "Schools across the county stayed shut on Friday."},
		},
		{
			name: "single byline line at the end is kept",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"By Anna Berg, Valley Times\n",
			blocks: []string{
				"Storm closes schools",
				"Schools across the county stayed shut on Friday.",
				"By Anna Berg, Valley Times",
			},
		},
		{
			name: "single item at the end is kept",
			text: "Storm closes schools\n\n" +
				"Schools across the county stayed shut on Friday.\n\n" +
				"-\n" +
				"Council budget approved\n" +
				"Councillors agreed the plan after a long debate.\n" +
				"By Jane Doe, Valley Times Published\n",
			blocks: []string{
				"Storm closes schools",
				"Schools across the county stayed shut on Friday.",
				"-",
				"Council budget approved",
				"Councillors agreed the plan after a long debate.",
				"By Jane Doe, Valley Times Published",
			},
		},
		{
			name: "items followed by article text are not a tail",
			text: "Storm closes schools\n\n" +
				"Council budget approved\n" +
				"By Jane Doe\n\n" +
				"New rail timetable\n" +
				"By John Roe\n\n" +
				"Schools across the county stayed shut on Friday.\n",
			blocks: []string{
				"Storm closes schools",
				"Council budget approved",
				"By Jane Doe",
				"New rail timetable",
				"By John Roe",
				"Schools across the county stayed shut on Friday.",
			},
		},
		{
			name: "closing sentences that mention publication are kept",
			text: "Inquiry report delayed\n\n" +
				"The inquiry heard from forty witnesses over six weeks.\n\n" +
				"Its first findings were published in May.\n\n" +
				"The committee met again on Friday.\n\n" +
				"Its final report will be published in June.\n",
			blocks: []string{
				"Inquiry report delayed",
				"The inquiry heard from forty witnesses over six weeks.",
				"Its first findings were published in May.",
				"The committee met again on Friday.",
				"Its final report will be published in June.",
			},
		},
		{
			name: "closing sentences starting with By are kept",
			text: "Flood waters rise\n\n" +
				"The river rose all week.\n" +
				"By Monday, the water had reached the square.\n" +
				"Shops closed early.\n" +
				"By Tuesday, the bridge was shut.\n",
			blocks: []string{
				"Flood waters rise",
				"The river rose all week.",
				"By Monday, the water had reached the square.",
				"Shops closed early.",
				"By Tuesday, the bridge was shut.",
			},
		},
	})
}

func TestCleanPhotoCredit(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:    "two-word credit label",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nPhoto credit: Northern Pictures\n\nTraffic was light.\n",
			removed: []span{{corpus.KindCredit, "Photo credit: Northern Pictures"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name:    "wire credit line",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nTraffic was light.\n\n(Reporting by Ann Lee; editing by Tom Roe)\n",
			removed: []span{{corpus.KindCredit, "(Reporting by Ann Lee; editing by Tom Roe)"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name:   "research by in a sentence stays",
			text:   "Bridge reopens\n\nResearch by Stanford University found the bridge was safe.\n",
			blocks: []string{"Bridge reopens", "Research by Stanford University found the bridge was safe."},
		},
		{
			name:   "reporting by in a sentence stays",
			text:   "Bridge reopens\n\nThe bridge reopened on Sunday after reporting by local papers.\n",
			blocks: []string{"Bridge reopens", "The bridge reopened on Sunday after reporting by local papers."},
		},
		{
			name:    "name and agency with a slash",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nAnna Berg/Northern Press\n\nTraffic was light.\n",
			removed: []span{{corpus.KindCredit, "Anna Berg/Northern Press"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name:    "agency and agency with a slash",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nPool / Northern Press\n\nTraffic was light.\n",
			removed: []span{{corpus.KindCredit, "Pool / Northern Press"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name:    "agency name ending in Images",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nNorthwind Images\n\nTraffic was light.\n",
			removed: []span{{corpus.KindCredit, "Northwind Images"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name:    "Photo label",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nPhoto: Lars Holm\n\nTraffic was light.\n",
			removed: []span{{corpus.KindCredit, "Photo: Lars Holm"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name:    "Swedish Foto label",
			text:    "Bron öppnar igen\n\nBron öppnade på söndagen.\n\nFoto: Lars Holm\n",
			removed: []span{{corpus.KindCredit, "Foto: Lars Holm"}},
			blocks:  []string{"Bron öppnar igen", "Bron öppnade på söndagen."},
		},
		{
			name:    "copyright sign",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\n© Northern Press 2024\n",
			removed: []span{{corpus.KindCredit, "© Northern Press 2024"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday."},
		},
		{
			name:    "adjacent credits merge into one span",
			text:    "Bridge reopens\n\nThe bridge reopened on Sunday.\n\nNorthwind Images\n\nPhoto: Lars Holm\n",
			removed: []span{{corpus.KindCredit, "Northwind Images\n\nPhoto: Lars Holm"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday."},
		},
		{
			name: "sentences about photos and agencies are kept",
			text: "Bridge reopens\n\n" +
				"He sold the photos to Reuters.\n\n" +
				"The exhibition opens on Friday with new photos\n\n" +
				"Either/or questions remain open.\n\n" +
				"Photographs of the flood were shared widely on social media on Sunday night.\n",
			blocks: []string{
				"Bridge reopens",
				"He sold the photos to Reuters.",
				"The exhibition opens on Friday with new photos",
				"Either/or questions remain open.",
				"Photographs of the flood were shared widely on social media on Sunday night.",
			},
		},
		{
			name: "quoted slash phrase is kept",
			text: "Referendum called\n\nVoters face a “Yes/No” Question\n",
			blocks: []string{
				"Referendum called",
				"Voters face a “Yes/No” Question",
			},
		},
		{
			name:   "title-case headline ending in an agency word stays the title",
			text:   "Mayor Closes Town Pool\n\nThe town's only swimming pool will close next month, the mayor said.\n",
			title:  "Mayor Closes Town Pool",
			blocks: []string{"Mayor Closes Town Pool", "The town's only swimming pool will close next month, the mayor said."},
		},
	})
}

func TestCleanCaption(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name: "caption above the credit",
			text: "Bridge reopens\n\nThe bridge reopened on Sunday.\n\n" +
				"Cyclists cross the bridge on its first morning\nAnna Berg/Northern Press\n\nTraffic was light.\n",
			removed: []span{
				{corpus.KindCaption, "Cyclists cross the bridge on its first morning"},
				{corpus.KindCredit, "Anna Berg/Northern Press"},
			},
			blocks: []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name: "caption below the credit",
			text: "Bridge reopens\n\nThe bridge reopened on Sunday.\n\n" +
				"Photo: Lars Holm\nThe mayor cut the ribbon at nine.\n\nTraffic was light.\n",
			removed: []span{
				{corpus.KindCredit, "Photo: Lars Holm"},
				{corpus.KindCaption, "The mayor cut the ribbon at nine."},
			},
			blocks: []string{"Bridge reopens", "The bridge reopened on Sunday.", "Traffic was light."},
		},
		{
			name: "three-line paragraph loses only the credit",
			text: "Bridge reopens\n\n" +
				"The bridge reopened on Sunday.\nCyclists were first across.\nNorthwind Images\n",
			removed: []span{{corpus.KindCredit, "Northwind Images"}},
			blocks:  []string{"Bridge reopens", "The bridge reopened on Sunday.", "Cyclists were first across."},
		},
		{
			name: "credit alone leaves neighbouring paragraphs",
			text: "Bridge reopens\n\n" +
				"Cyclists were first across.\n\nNorthwind Images\n\nThe mayor cut the ribbon at nine.\n",
			removed: []span{{corpus.KindCredit, "Northwind Images"}},
			blocks:  []string{"Bridge reopens", "Cyclists were first across.", "The mayor cut the ribbon at nine."},
		},
		{
			name: "long paragraph beside a credit is not a caption",
			text: "Bridge reopens\n\n" +
				strings.Repeat("The repairs took longer than planned because of the weather. ", 5) + "\n" +
				"Northwind Images\n",
			removed: []span{{corpus.KindCredit, "Northwind Images"}},
			blocks: []string{
				"Bridge reopens",
				strings.Repeat("The repairs took longer than planned because of the weather. ", 5),
			},
		},
	})
}

func TestCleanDuplicate(t *testing.T) {
	para := "The council will publish the full plan for the harbour next week."
	runCleanCases(t, []cleanCase{
		{
			name: "paragraph repeated with other white space",
			text: "Harbour plan\n\n" + para + "\n\nWork starts in spring.\n\n" +
				"The council  will publish the full\nplan for the harbour\tnext week.\n",
			removed: []span{{corpus.KindDuplicate, "The council  will publish the full\nplan for the harbour\tnext week."}},
			blocks:  []string{"Harbour plan", para, "Work starts in spring."},
		},
		{
			name: "second and third copies removed, first kept",
			text: "Harbour plan\n\n" + para + "\n\n" + para + "\n\nWork starts in spring.\n\n" + para + "\n",
			removed: []span{
				{corpus.KindDuplicate, para},
				{corpus.KindDuplicate, para},
			},
			blocks: []string{"Harbour plan", para, "Work starts in spring."},
		},
		{
			name:    "adjacent copies merge into one span",
			text:    "Harbour plan\n\n" + para + "\n\n" + para + "\n\n" + para + "\n",
			removed: []span{{corpus.KindDuplicate, para + "\n\n" + para}},
			blocks:  []string{"Harbour plan", para},
		},
		{
			name:   "short repeated paragraph is kept",
			text:   "Harbour plan\n\nHe said no.\n\nThe vote was close.\n\nHe said no.\n",
			blocks: []string{"Harbour plan", "He said no.", "The vote was close.", "He said no."},
		},
		{
			name:   "paragraphs differing in one word are kept",
			text:   "Harbour plan\n\n" + para + "\n\n" + strings.Replace(para, "next", "this", 1) + "\n",
			blocks: []string{"Harbour plan", para, strings.Replace(para, "next", "this", 1)},
		},
		{
			name:   "paragraphs differing in case are kept",
			text:   "Harbour plan\n\n" + para + "\n\n" + strings.ToUpper(para) + "\n",
			blocks: []string{"Harbour plan", para, strings.ToUpper(para)},
		},
		{
			name:    "title repeated as the first body line",
			text:    "Harbour plan approved\n\nHarbour plan approved\n\n" + para + "\n",
			removed: []span{{corpus.KindDuplicate, "Harbour plan approved"}},
			blocks:  []string{"Harbour plan approved", para},
			title:   "Harbour plan approved",
		},
		{
			name:    "long line repeated inside another paragraph",
			text:    "Harbour plan\n\n" + para + "\nWork starts in spring.\n\nThe mayor spoke first.\n" + para + "\n",
			removed: []span{{corpus.KindDuplicate, para}},
			blocks:  []string{"Harbour plan", para, "Work starts in spring.", "The mayor spoke first."},
		},
	})
}

func TestCleanShare(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:    "pipe separated buttons",
			text:    "Harbour plan\n\nShare | Tweet | Email\n\nThe council voted on Tuesday.\n",
			removed: []span{{corpus.KindShare, "Share | Tweet | Email"}},
			blocks:  []string{"Harbour plan", "The council voted on Tuesday."},
		},
		{
			name: "button row variants",
			text: "Harbour plan\n\nShare this article\n\nFacebook Twitter LinkedIn\n\nShare on WhatsApp\n\n" +
				"The council voted on Tuesday.\n\nCopy link · Print\n",
			removed: []span{
				{corpus.KindShare, "Share this article\n\nFacebook Twitter LinkedIn\n\nShare on WhatsApp"},
				{corpus.KindShare, "Copy link · Print"},
			},
			blocks: []string{"Harbour plan", "The council voted on Tuesday."},
		},
		{
			name:    "Swedish buttons",
			text:    "Hamnplanen\n\nDela / Skriv ut\n\nFullmäktige röstade på tisdagen.\n",
			removed: []span{{corpus.KindShare, "Dela / Skriv ut"}},
			blocks:  []string{"Hamnplanen", "Fullmäktige röstade på tisdagen."},
		},
		{
			name:    "share row above the headline is not the title",
			text:    "Share | Tweet\n\nHarbour plan approved\n\nThe council voted on Tuesday.\n",
			removed: []span{{corpus.KindShare, "Share | Tweet"}},
			blocks:  []string{"Harbour plan approved", "The council voted on Tuesday."},
			title:   "Harbour plan approved",
		},
		{
			name: "sentences starting with button words are kept",
			text: "Markets fall\n\nShare prices fell sharply on Monday.\n\nEmail us your tips.\n\n" +
				"Twitter users reacted quickly\n\nPrint editions will cost more.\n",
			blocks: []string{
				"Markets fall",
				"Share prices fell sharply on Monday.",
				"Email us your tips.",
				"Twitter users reacted quickly",
				"Print editions will cost more.",
			},
		},
	})
}

func TestCleanDateline(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:      "Posted On label then a date line",
			text:      "Bridge reopens\n\nPosted On:\nMarch 3, 2024\n\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Posted On:\nMarch 3, 2024"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			published: "2024-03-03",
		},
		{
			name:      "label with a non-breaking space and an ordinal date",
			text:      "Bridge reopens\n\nPosted On:\u00a0\n3rd March 2024\n\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Posted On:\u00a0\n3rd March 2024"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			published: "2024-03-03",
		},
		{
			name:      "Published and a date on one line",
			text:      "Bridge reopens\nPublished 3 March 2024\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Published 3 March 2024"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			published: "2024-03-03",
		},
		{
			name:      "Updated label with a timestamp",
			text:      "Bridge reopens\n\nUpdated: 2024-03-05 14:30\n\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Updated: 2024-03-05 14:30"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			published: "2024-03-05",
		},
		{
			name:      "Swedish label",
			text:      "Bron öppnar\n\nPublicerad 10 mars 2024\n\nBron öppnade på söndagen.\n",
			removed:   []span{{corpus.KindDateline, "Publicerad 10 mars 2024"}},
			blocks:    []string{"Bron öppnar", "Bron öppnade på söndagen."},
			published: "2024-03-10",
		},
		{
			name:      "lone date with a weekday near the top",
			text:      "Bridge reopens\n\nMonday 4 March 2024\n\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Monday 4 March 2024"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			published: "2024-03-04",
		},
		{
			name: "first of two datelines gives the date",
			text: "Bridge reopens\n\nPublished 3 March 2024\nUpdated 5 March 2024\n\nThe bridge reopened on Sunday.\n",
			removed: []span{
				{corpus.KindDateline, "Published 3 March 2024\nUpdated 5 March 2024"},
			},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			published: "2024-03-03",
		},
		{
			name:      "labelled dateline above the headline is not the title",
			text:      "Posted on: 3 March 2024\nBridge reopens\n\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Posted on: 3 March 2024"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			title:     "Bridge reopens",
			published: "2024-03-03",
		},
		{
			name:      "label line above the headline is not the title",
			text:      "Posted On:\nMarch 3, 2024\n\nBridge reopens\n\nThe bridge reopened on Sunday.\n",
			removed:   []span{{corpus.KindDateline, "Posted On:\nMarch 3, 2024"}},
			blocks:    []string{"Bridge reopens", "The bridge reopened on Sunday."},
			title:     "Bridge reopens",
			published: "2024-03-03",
		},
		{
			name: "sentences starting with a label word are kept",
			text: "Report on the harbour\n\n" +
				"Published in 2019, the report found little change.\n\n" +
				"Updated figures will follow on 3 March 2024, the agency said.\n\n" +
				"Date of the vote: not yet set\n",
			blocks: []string{
				"Report on the harbour",
				"Published in 2019, the report found little change.",
				"Updated figures will follow on 3 March 2024, the agency said.",
				"Date of the vote: not yet set",
			},
			noPublished: true,
		},
		{
			name:        "sentence with a date near the top is kept and not used",
			text:        "Vote set\n\nThe vote will take place on 3 March 2024.\n",
			blocks:      []string{"Vote set", "The vote will take place on 3 March 2024."},
			noPublished: true,
		},
		{
			name: "unlabelled lone date far down is kept",
			text: "Vote set\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\n3 March 2024\n",
			blocks: []string{"Vote set", "One.", "Two.", "Three.", "Four.", "Five.", "Six.",
				"3 March 2024"},
			noPublished: true,
		},
		{
			name:        "label without a date is kept",
			text:        "Vote set\n\nPosted On:\nlater this week\n",
			blocks:      []string{"Vote set", "Posted On:", "later this week"},
			noPublished: true,
		},
	})
}

func TestCleanTitle(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		markdown bool
		want     string
		// block is the text of the "title" block, "" for none.
		block string
	}{
		{"first line", "Bridge reopens\n\nThe bridge reopened on Sunday.\n", false, "Bridge reopens", "Bridge reopens"},
		{"after blank lines", "\n\n  \nBridge reopens\nThe bridge reopened on Sunday.\n", false, "Bridge reopens", "Bridge reopens"},
		{"inner white space collapsed", "  Bridge   reopens\t \n\nText.\n", false, "Bridge reopens", "  Bridge   reopens\t "},
		{"CRLF line ends", "Bridge reopens\r\n\r\nThe bridge reopened on Sunday.\r\n", false, "Bridge reopens", "Bridge reopens"},
		{"headline ending in Images", "Town Publishes Old Images\n\nThe archive went online.\n", false, "Town Publishes Old Images", "Town Publishes Old Images"},
		{"headline naming a newsletter", "Sign up for the newsletter fails\n\nThe archive went online.\n", false, "Sign up for the newsletter fails", "Sign up for the newsletter fails"},
		{"Markdown heading", "# Bridge reopens\n\nThe bridge reopened on Sunday.\n", true, "Bridge reopens", "Bridge reopens"},
		{"Markdown image above heading", "![A bridge](b.jpg)\n\n## Bridge reopens\n\nText.\n", true, "Bridge reopens", "Bridge reopens"},
		{"front matter title wins", "---\ntitle: Bridge reopens to traffic\n---\n# Bridge reopens\n\nText.\n", true, "Bridge reopens to traffic", "Bridge reopens"},
		{"front matter title, body opens with the lead", "---\ntitle: Bridge reopens to traffic\n---\nThe bridge reopened on Sunday.\n\nMore text.\n", true, "Bridge reopens to traffic", ""},
		{"front matter title repeated as a plain line", "---\ntitle: Bridge reopens\n---\nBridge reopens\n\nThe bridge reopened on Sunday.\n", true, "Bridge reopens", "Bridge reopens"},
		{"plain text keeps hashes", "# Bridge reopens\n\nText.\n", false, "# Bridge reopens", "# Bridge reopens"},
		{"no kept line", "![A bridge](b.jpg)\n", true, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := parse(t, c.text, c.markdown)
			if a.Title != c.want {
				t.Errorf("input %q: Title got %q, want %q", c.text, a.Title, c.want)
			}
			var got string
			n := 0
			for _, b := range a.Blocks {
				if b.Kind == "title" {
					got = a.Source[b.Start:b.End]
					n++
				}
			}
			if got != c.block || n > 1 {
				t.Errorf("input %q: title block got %q (%d title blocks), want %q", c.text, got, n, c.block)
			}
			if n == 1 && a.Blocks[0].Kind != "title" {
				t.Errorf("input %q: title block is not the first block: %+v", c.text, a.Blocks)
			}
		})
	}
}

func TestCleanMarkdown(t *testing.T) {
	fm := "---\ntitle: \"Bridge reopens after repairs\"\noutlet: Valley Times\nurl: https://example.org/bridge\ndate: 2023-11-05\n---\n"
	t.Run("front matter fields", func(t *testing.T) {
		text := fm + "\nThe old bridge reopened on Sunday.\n"
		a := parse(t, text, true)
		got := []string{a.Title, a.Outlet, a.URL, a.Published}
		want := []string{"Bridge reopens after repairs", "Valley Times", "https://example.org/bridge", "2023-11-05"}
		if !equalList(got, want) {
			t.Errorf("input:\n%s\nTitle, Outlet, URL, Published got %q, want %q", text, got, want)
		}
		if len(a.Problems) != 0 {
			t.Errorf("input:\n%s\nProblems got %v, want none", text, a.Problems)
		}
	})
	t.Run("front matter alternative keys", func(t *testing.T) {
		text := "---\nsite: Valley Times\nlink: https://example.org/b\npublished: 5 March 2024\n---\nBridge reopens\n"
		a := parse(t, text, true)
		got := []string{a.Title, a.Outlet, a.URL, a.Published}
		want := []string{"Bridge reopens", "Valley Times", "https://example.org/b", "2024-03-05"}
		if !equalList(got, want) {
			t.Errorf("input:\n%s\nTitle, Outlet, URL, Published got %q, want %q", text, got, want)
		}
	})
	t.Run("front matter date beats a dateline", func(t *testing.T) {
		text := "---\ndate: 2023-11-05T08:00:00Z\n---\nBridge reopens\n\nPublished 3 March 2024\n\nText.\n"
		a := parse(t, text, true)
		if a.Published != "2023-11-05" {
			t.Errorf("input:\n%s\nPublished got %q, want %q", text, a.Published, "2023-11-05")
		}
	})
	t.Run("unparsable front matter date falls back to the dateline", func(t *testing.T) {
		text := "---\ndate: last Tuesday\n---\nBridge reopens\n\nPublished 3 March 2024\n\nText.\n"
		a := parse(t, text, true)
		if a.Published != "2024-03-03" {
			t.Errorf("input:\n%s\nPublished got %q, want %q", text, a.Published, "2024-03-03")
		}
	})
	t.Run("multi-line front matter title is one line", func(t *testing.T) {
		text := "---\ntitle: |\n  Bridge\n  reopens\noutlet: \"Valley\n\n  Times\"\n---\nText.\n"
		a := parse(t, text, true)
		if a.Title != "Bridge reopens" || a.Outlet != "Valley Times" {
			t.Errorf("input:\n%s\nTitle, Outlet got %q, %q, want %q, %q", text, a.Title, a.Outlet, "Bridge reopens", "Valley Times")
		}
	})
	t.Run("bad YAML is a problem, front matter still removed", func(t *testing.T) {
		text := "---\ntitle: [unclosed\n---\n\nBridge reopens\n"
		a := parse(t, text, true)
		if len(a.Problems) != 1 {
			t.Errorf("input:\n%s\nProblems got %v, want one", text, a.Problems)
		}
		want := []span{{corpus.KindFrontMatter, "---\ntitle: [unclosed\n---\n"}}
		if got := removedSpans(a); !equalList(got, want) {
			t.Errorf("input:\n%s\nremoved got:\n%s\nwant:\n%s", text, fmtList(got), fmtList(want))
		}
		if a.Title != "Bridge reopens" {
			t.Errorf("input:\n%s\nTitle got %q, want %q", text, a.Title, "Bridge reopens")
		}
	})
	t.Run("unclosed front matter is a problem and stays text", func(t *testing.T) {
		text := "---\ntitle: no end\n\nBridge reopens\n"
		a := parse(t, text, true)
		if len(a.Problems) != 1 {
			t.Errorf("input:\n%s\nProblems got %v, want one", text, a.Problems)
		}
		for _, r := range a.Removed {
			if r.Kind == corpus.KindFrontMatter {
				t.Errorf("input:\n%s\nunexpected front-matter span %q", text, r.Text)
			}
		}
	})
	runCleanCases(t, []cleanCase{
		{
			name:     "front matter, heading, image, rule, list and quote",
			markdown: true,
			text: fm + "\n# Bridge reopens after repairs\n\n" +
				"![The bridge at dawn](img/bridge.jpg)\n\n" +
				"The old bridge reopened to traffic on Sunday.\n\n" +
				"## What changed\n\n" +
				"- New railings were fitted.\n" +
				"- The road surface was replaced.\n\n" +
				"> \"It is a great day,\" said one resident.\n\n" +
				"***\n\n" +
				"1. First point of the list.\n" +
				"#hashtag campaigns spread online.\n",
			removed: []span{
				{corpus.KindFrontMatter, fm},
				{corpus.KindMarkup, "![The bridge at dawn](img/bridge.jpg)"},
				{corpus.KindMarkup, "***"},
			},
			blocks: []string{
				"Bridge reopens after repairs",
				"The old bridge reopened to traffic on Sunday.",
				"What changed",
				"New railings were fitted.",
				"The road surface was replaced.",
				"\"It is a great day,\" said one resident.",
				"First point of the list.",
				"#hashtag campaigns spread online.",
			},
			title:     "Bridge reopens after repairs",
			published: "2023-11-05",
		},
		{
			name:     "bullet items are not joined even when lower case",
			markdown: true,
			text:     "Shopping list\n\n- bread and\n- milk\n",
			blocks:   []string{"Shopping list", "bread and", "milk"},
		},
		{
			name:     "rules of dashes and underscores",
			markdown: true,
			text:     "Bridge reopens\n\n- - -\n\nText.\n\n___\n",
			removed:  []span{{corpus.KindMarkup, "- - -"}, {corpus.KindMarkup, "___"}},
			blocks:   []string{"Bridge reopens", "Text."},
		},
		{
			name:     "image inside a sentence line is kept",
			markdown: true,
			text:     "Bridge reopens\n\nSee ![map](m.png) for the route.\n",
			blocks:   []string{"Bridge reopens", "See ![map](m.png) for the route."},
		},
		{
			name:   "plain text: no front matter, markers kept",
			text:   "---\ntitle: x\n---\n# Bridge reopens\n\n![img](a.jpg)\n",
			blocks: []string{"---", "title: x", "---", "# Bridge reopens", "![img](a.jpg)"},
			title:  "---",
		},
	})
}

func TestCleanWrapping(t *testing.T) {
	wrapped := "The union said on Thursday evening that the planned strike would\n" +
		"not go ahead after managers offered a new deal on pay and hours.\n" +
		"Members will vote on the offer over the next two weeks, and the\n" +
		"result is expected before the end of the month."
	runCleanCases(t, []cleanCase{
		{
			name:   "hard-wrapped paragraph is one block",
			text:   "Rail strike called off\n\n" + wrapped + "\n",
			blocks: []string{"Rail strike called off", wrapped},
		},
		{
			name:   "hard-wrapped paragraph with CRLF is one block",
			text:   "Rail strike called off\r\n\r\n" + strings.ReplaceAll(wrapped, "\n", "\r\n") + "\r\n",
			blocks: []string{"Rail strike called off", strings.ReplaceAll(wrapped, "\n", "\r\n")},
		},
		{
			name: "separate sentence lines stay separate blocks",
			text: "Rail strike called off\n\nTrains will run as normal.\nBuses will also run.\n" +
				"Some routes may be busy\nduring the morning peak.\n",
			blocks: []string{
				"Rail strike called off",
				"Trains will run as normal.",
				"Buses will also run.",
				"Some routes may be busy\nduring the morning peak.",
			},
		},
		{
			name:   "line without final punctuation before a capital stays separate",
			text:   "Rail strike called off\n\nWhat happens next\nMembers will vote on the offer.\n",
			blocks: []string{"Rail strike called off", "What happens next", "Members will vote on the offer."},
		},
		{
			name:   "title is never joined to the next line",
			text:   "Rail strike called off\nafter late talks\n",
			blocks: []string{"Rail strike called off", "after late talks"},
		},
		{
			name:    "wrapped lines around a removed line are not joined",
			text:    "Rail strike called off\n\nThe union said the strike\nShare | Tweet\nwould not go ahead.\n",
			removed: []span{{corpus.KindShare, "Share | Tweet"}},
			blocks:  []string{"Rail strike called off", "The union said the strike", "would not go ahead."},
		},
	})
	// Wire copy: paragraphs open with an indent, lines wrap at about 60
	// characters, and a wrap may fall before a capital or a digit.
	wire := "HARBOUR LINE TO BUY TWO FERRIES\n\n" +
		"PORTWICK, May 4 - Harbour Line Inc told staff its directors\n" +
		"backed buying two ferries from the Dunmore yard for about\n" +
		"45 mln dlrs, and that the first would sail in June.\n" +
		"    The company said the ferries, built for the North Sound\n" +
		"route, carry 600 passengers each, a spokesman for Harbour\n" +
		"Line said.\n" +
		"    Year\n" +
		"    Shr 1.10 dlrs vs 90 cts\n"
	runCleanCases(t, []cleanCase{
		{
			name: "wire copy wrapped before a digit or a capital is one block a paragraph; an indent opens one",
			text: wire,
			blocks: []string{
				"HARBOUR LINE TO BUY TWO FERRIES",
				"PORTWICK, May 4 - Harbour Line Inc told staff its directors\n" +
					"backed buying two ferries from the Dunmore yard for about\n" +
					"45 mln dlrs, and that the first would sail in June.",
				"    The company said the ferries, built for the North Sound\n" +
					"route, carry 600 passengers each, a spokesman for Harbour\n" +
					"Line said.",
				"    Year",
				"    Shr 1.10 dlrs vs 90 cts",
			},
		},
		{
			name: "in wrapped text a short line, an indented line and a list item open blocks",
			text: "Ferry deal\n\n" +
				"The port board said on Monday that the new ferry service would\n" +
				"start in June, and that tickets could be bought from the spring\n" +
				"at the two offices on the quay, and on the website of the line\n\n" +
				"What the deal means\n" +
				"Passengers on the North Sound route will have two more sailings\n" +
				"a day from June, the board said in a statement on its website\n\n" +
				"Fares for the first year of the service were set by the board\n" +
				"- Adults pay the same as on the old route, children half of it\n\n" +
				"Timetables for the new sailings are on the website of the line\n" +
				"  Ticket offices open at six on weekdays and at eight at weekends\n",
			blocks: []string{
				"Ferry deal",
				"The port board said on Monday that the new ferry service would\n" +
					"start in June, and that tickets could be bought from the spring\n" +
					"at the two offices on the quay, and on the website of the line",
				"What the deal means",
				"Passengers on the North Sound route will have two more sailings\n" +
					"a day from June, the board said in a statement on its website",
				"Fares for the first year of the service were set by the board",
				"- Adults pay the same as on the old route, children half of it",
				"Timetables for the new sailings are on the website of the line",
				"  Ticket offices open at six on weekdays and at eight at weekends",
			},
		},
		{
			name: "text that is not wrapped keeps a line before a capital apart",
			text: "Ferry deal\n\n" +
				"The port board approved the purchase of two ferries from the yard at Dunmore on Monday evening after a long debate\n" +
				"Passengers on the North Sound route will have two more sailings a day from June, the board said.\n",
			blocks: []string{
				"Ferry deal",
				"The port board approved the purchase of two ferries from the yard at Dunmore on Monday evening after a long debate",
				"Passengers on the North Sound route will have two more sailings a day from June, the board said.",
			},
		},
	})
	t.Run("paragraph numbers", func(t *testing.T) {
		text := "Title\n\nOne.\nTwo.\n\n\n\nThree.\n"
		a := parse(t, text, false)
		var got []int
		for _, b := range a.Blocks {
			got = append(got, b.Para)
		}
		want := []int{0, 1, 1, 2}
		if !equalList(got, want) {
			t.Errorf("input %q: Para got %v, want %v", text, got, want)
		}
	})
}

func TestArticleTextAndWords(t *testing.T) {
	text := "Bridge reopens\n\nShare | Tweet\n\nThe bridge reopened\non Sunday.\n\nTraffic was light.\n"
	a := parse(t, text, false)
	wantText := "Bridge reopens\n\nThe bridge reopened\non Sunday.\n\nTraffic was light."
	if got := a.Text(); got != wantText {
		t.Errorf("input %q: Text() got %q, want %q", text, got, wantText)
	}
	if got, want := a.Words(), 10; got != want {
		t.Errorf("input %q: Words() got %d, want %d", text, got, want)
	}
}

func TestParseMetadata(t *testing.T) {
	en := "Bridge reopens\n\nThe old bridge over the river reopened to traffic on Sunday after two years of repairs. " +
		"Drivers said the new road surface was a great improvement on the old one.\n"
	sv := "Bron öppnar igen\n\nDen gamla bron över älven öppnade för trafik på söndagen efter två års reparationer. " +
		"Bilister sa att den nya vägbanan var en stor förbättring jämfört med den gamla.\n"
	cases := []struct {
		name, text, lang string
	}{
		{"English", en, "en"},
		{"Swedish", sv, "sv"},
		{"too short", "Bridge reopens\n\nTraffic was light.\n", "unknown"},
		{"short Swedish, by its function words", "S vann i Kärrby\n\nSocialdemokraterna fick 41 procent av rösterna i valet på söndagen och behåller makten.\n\nPartiets ledare sade att det var en tydlig signal från väljarna.\n", "sv"},
		{"short English, by its function words", "Council vote\n\nThe council voted on the plan and said that it was a good day for the town.\n", "en"},
		{"mixed function words decide nothing", "Och the\n\nthe och the och the och att of det and som to en in på is är.\n", "unknown"},
		// A table's rows are a quarter figures or more: they do not vote
		// (the detector reads their few words as any language).
		{"a table of figures decides nothing", "QUILL FERRIES <QFY> MAY TRAFFIC\n\nTARNBY - Tonnes 4,120 vs 3,980, ferries 12 vs 11, " +
			"berths 41 vs 38, routes 7 vs 6, passengers 1,204,000 vs 1,190,000.\n", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := corpus.Parse("dir/a.txt", "root/dir/a.txt", []byte(c.text), false)
			if err != nil {
				t.Fatalf("input %q: %v", c.text, err)
			}
			if a.Language != c.lang {
				t.Errorf("input %q: Language got %q, want %q", c.text, a.Language, c.lang)
			}
			if a.ID != "dir/a.txt" || a.Path != "root/dir/a.txt" || a.Encoding != "utf-8" || a.Source != c.text {
				t.Errorf("input %q: ID %q Path %q Encoding %q, Source equal %v", c.text, a.ID, a.Path, a.Encoding, a.Source == c.text)
			}
		})
	}
	t.Run("decode error is returned", func(t *testing.T) {
		_, err := corpus.Parse("a", "a", []byte("   \n"), false)
		if !errors.Is(err, corpus.ErrEmpty) {
			t.Errorf("input %q: err got %v, want %v", "   \n", err, corpus.ErrEmpty)
		}
	})
}

func TestLineEndings(t *testing.T) {
	for _, tc := range []struct{ name, nl string }{{"LF", "\n"}, {"CRLF", "\r\n"}, {"CR", "\r"}} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join([]string{"Ferry route approved", "", "The council approved the ferry route on Tuesday.", "",
				"Subscribe to our newsletter", "Get the news in your inbox every morning.", ""}, tc.nl)
			a, err := corpus.Parse("a.txt", "a.txt", []byte(text), false)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Ferry route approved" || len(a.Blocks) != 2 || len(a.Removed) != 1 || a.Removed[0].Kind != corpus.KindPromo {
				t.Errorf("title %q, %d blocks, removed %+v", a.Title, len(a.Blocks), a.Removed)
			}
			for _, b := range a.Blocks {
				if strings.ContainsAny(a.Source[b.Start:b.End], "\r\n") {
					t.Errorf("block %q holds a line ending", a.Source[b.Start:b.End])
				}
			}
		})
	}
}

// TestCleaningWordsExtend checks that a user's lexicon reaches the
// cleaning rules: a share button the built-in list lacks is removed once
// the user adds it, and kept otherwise.
func TestCleaningWordsExtend(t *testing.T) {
	const text = "Harbour board votes to close pier\n\nThe harbour board voted on Tuesday to close the old pier.\n\nMastodon | Bluesky\n\nIt will reopen in May.\n"
	lx, err := lexicon.Default().Extend(strings.NewReader("share_buttons: [mastodon, bluesky]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		lx   *lexicon.Lexicon
		want bool // the button line is removed
	}{
		{"built-in", nil, false},
		{"extended", lx, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := corpus.LoadReader("a.txt", strings.NewReader(text), corpus.FormatText, corpus.LoadOptions{Lexicon: tc.lx})
			if err != nil || len(b.Articles) != 1 {
				t.Fatalf("LoadReader: %v, %d articles", err, len(b.Articles))
			}
			removed := false
			for _, r := range b.Articles[0].Removed {
				if r.Kind == corpus.KindShare && strings.Contains(r.Text, "Mastodon") {
					removed = true
				}
			}
			if removed != tc.want {
				t.Errorf("share line removed = %v, want %v (removed: %+v)", removed, tc.want, b.Articles[0].Removed)
			}
		})
	}
}
