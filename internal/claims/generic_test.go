package claims

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestGenericFigures checks the figures no vocabulary names: counts of
// any noun, money named by what it buys or the verb moving it, and vote
// tallies; units of time and measure are no counted things.
func TestGenericFigures(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // measure=value
	}{
		{"Divers recovered 14 crates from the harbour floor.", []string{"crate=14"}},
		{"Three leading maritime societies called for an inquiry.", []string{"society=3"}},
		{"The plan would cut $716 billion from Medicare.", []string{"cut (USD)=716000000000"}},
		{"The council approved a $1.5 billion package for the docks.", []string{"package (USD)=1500000000"}},
		{"Deckhands earning $16,450 a year will get a raise.", []string{"earning per year (USD)=16450"}},
		{"The assembly voted 97-1 to close the pier.", []string{"votes for=97", "votes against=1"}},
		{"The motion passed 51-49 on Tuesday.", []string{"votes for=51", "votes against=49"}},
		{"The bill passed by a vote of 348 to 77.", []string{"votes for=348", "votes against=77"}},
		{"The board approved the plan in a 68-31 vote.", []string{"votes for=68", "votes against=31"}},
		{"Tarn Foods is paying €9.6 billion, including debt, for the docks.", nil},
		{"The crossing takes 12 minutes and costs little.", nil},
		{"The storm lasted three days.", nil},
		{"It happened five times in 2025.", nil},
		{"The score was 97-1 at half time.", nil},
		{"The shop is in the 12000 block of Elm Street.", nil},
		{"Some 12000 runners set off at dawn.", []string{"runner=12000"}},
		{"After a lean winter the ferry board was spending a relatively modest $5 million on new hulls.", []string{"spending (USD)=5000000"}},
		{"She had left her van there around 7 p. m. Friday.", nil},
		{"It was one solitary fleck of dust on the harbour wall.", []string{"fleck=1"}},
		{"Only one man was hurt.", []string{"man=1"}},
		{"They asked for one man one vote.", []string{"man=1", "vote=1"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			sents := []span.Span{{Start: 0, End: len(tc.text)}}
			var got []string
			for _, r := range Extract(tc.text, sents, nil, nil, "en", nil) {
				if r.How != ByContext {
					continue
				}
				got = append(got, r.Measure+"="+strings.ReplaceAll(formatNumber(r.Low), ",", ""))
				if tc.text[r.Start:r.End] != r.Text || len(r.Context) == 0 {
					t.Errorf("figure %q: offsets point at %q, context %q", r.Text, tc.text[r.Start:r.End], r.Context)
				}
			}
			if strings.Join(got, " ") != strings.ReplaceAll(strings.Join(tc.want, " "), ",", "") {
				t.Errorf("generic figures = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAlignedFigures checks that figures whose subject the sentence does
// not name conflict only when their sentences state the same fact: an
// error when the sentences are one sentence, reworded at most, else an
// uncertain conflict; never for figures of different sentences.
func TestAlignedFigures(t *testing.T) {
	const day = 20521
	fig := func(article, text string, n float64) Found {
		sents := []span.Span{{Start: 0, End: len(text)}}
		for _, r := range Extract(text, sents, nil, nil, "en", nil) {
			if r.How == ByContext && r.Low == n {
				r.Pub = day
				return Found{Article: article, Raw: r}
			}
		}
		t.Fatalf("no generic figure %v in %q", n, text)
		return Found{}
	}
	for _, tc := range []struct {
		name      string
		a, b      Found
		status    string
		uncertain bool
		contra    int
	}{
		{"the same sentence with another number", fig("a", "In the ferry's hold customs officers opened nine crates of engine parts and 12 cartons of rum.", 12),
			fig("b", "In the ferry's hold customs officers opened nine crates of engine parts and 27 cartons of rum.", 27), Conflict, false, 1},
		{"a reworded sentence", fig("a", "Customs kept the 12 cartons of rum and let the nine crates of engine parts go ashore.", 12),
			fig("b", "Searching the hold, officers found 27 cartons of rum hidden behind crates of engine parts.", 27), Uncertain, true, 1},
		{"different facts with one noun", fig("a", "The firm hired three clerks at an office in the town on Monday.", 3),
			fig("b", "Seven clerks later joined a union at a printing plant near the coast.", 7), Single, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, contra := CrossReference([]Found{tc.a, tc.b}, fakeEntities{})
			if tc.status == Single {
				// Each states its own fact, which one article alone
				// states: no claim.
				if len(cs) != 0 || len(contra) != 0 {
					t.Errorf("claims %+v, contradictions %+v; want none", cs, contra)
				}
				return
			}
			if len(cs) != 1 || cs[0].Status != tc.status || len(contra) != tc.contra {
				t.Fatalf("claims %+v, contradictions %+v; want one %s claim and %d contradictions", cs, contra, tc.status, tc.contra)
			}
			if tc.contra > 0 && contra[0].Uncertain != tc.uncertain {
				t.Errorf("uncertain = %v (%s), want %v", contra[0].Uncertain, contra[0].Reason, tc.uncertain)
			}
		})
	}
}

// TestSameParent checks that two articles' counts of a parent's
// children ("a mother of two", "the mother of eight") are compared,
// as uncertain (no sentence names the parent), when the sentences share
// the parent noun and what befell the parent, and not for another parent.
func TestSameParent(t *testing.T) {
	const day = 20521
	fig := func(article, text string) Found {
		sents := []span.Span{{Start: 0, End: len(text)}}
		for _, r := range Extract(text, sents, nil, nil, "en", nil) {
			if r.Measure == MeasureChildren {
				r.Pub = day + 0.5
				return Found{Article: article, Raw: r}
			}
		}
		t.Fatalf("no count of children in %q", text)
		return Found{}
	}
	for _, tc := range []struct {
		name   string
		a, b   string
		contra int
	}{
		{"the same parent", "A 61-year-old mother of eight died when a van struck her on the quay.", "The mother of two later died of her wounds.", 1},
		{"another parent", "A 61-year-old mother of eight died when a van struck her on the quay.", "The driver, a father of two, was arrested.", 0},
		{"nothing else shared", "A mother of eight ran the harbour cafe for years.", "The mother of two died of her wounds.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, contra := CrossReference([]Found{fig("a", tc.a), fig("b", tc.b)}, fakeEntities{})
			if len(contra) != tc.contra {
				t.Fatalf("contradictions %+v; want %d", contra, tc.contra)
			}
			if tc.contra > 0 && (!contra[0].Uncertain || !strings.Contains(contra[0].Reason, "parent")) {
				t.Errorf("contradiction %+v; want uncertain, the parent not named", contra[0])
			}
		})
	}
}

// TestClosestPartner checks that a figure stating a fact is compared with
// the other article's figure stating the same fact most closely, never
// with a neighbour in its sentence.
func TestClosestPartner(t *testing.T) {
	const day = 20521
	fig := func(article, text string) []Found {
		sents := []span.Span{{Start: 0, End: len(text)}}
		var out []Found
		for _, r := range Extract(text, sents, nil, nil, "en", nil) {
			r.Pub = day + 0.5
			out = append(out, Found{Article: article, Raw: r})
		}
		return out
	}
	in := append(fig("a", "The driver was charged with six counts of theft, one count of attempted arson and other offences."),
		fig("b", "Officers arrested the driver at the depot and he has been charged with two counts of theft.")...)
	_, contra := CrossReference(in, fakeEntities{})
	if len(contra) != 1 || contra[0].A.Low != 6 || contra[0].B.Low != 2 {
		t.Fatalf("contradictions %+v; want one, six counts against two", contra)
	}
}

// TestNamesBeforeTheFigure checks that figures about different named
// parties never align ("the Harbour Kings offered ... $210 million"
// against "the Tarnby Owls promised ... $170 million", both to one player), while a
// name in another clause does not keep two statements of one fact apart.
func TestNamesBeforeTheFigure(t *testing.T) {
	const day = 20521
	fig := func(article, text string, n float64, names ...string) Found {
		sents := []span.Span{{Start: 0, End: len(text)}}
		var ms []span.Mention
		for _, name := range names {
			i := strings.Index(text, name)
			ms = append(ms, span.Mention{Text: name, Type: span.Org, Start: i, End: i + len(name)})
		}
		for _, r := range Extract(text, sents, nil, ms, "en", nil) {
			if r.Low == n {
				r.Pub = day + 0.5
				return Found{Article: article, Raw: r}
			}
		}
		t.Fatalf("no figure %v in %q", n, text)
		return Found{}
	}
	for _, tc := range []struct {
		name   string
		a, b   Found
		contra int
	}{
		{"different parties, one player",
			fig("a", "On Monday the Harbour Kings offered striker Ada Quill a seven-year, $210 million contract.", 210e6, "Harbour Kings", "Ada Quill"),
			fig("b", "Back in May the Tarnby Owls promised Ada Quill a seven-year, $170 million contract.", 170e6, "Tarnby Owls", "Ada Quill"), 0},
		{"one names its source too",
			fig("a", "Speaking for the harbour force, Bo Lind told reporters Ada Quill had been charged with eight counts of theft at the depot.", 8, "Bo Lind", "Ada Quill"),
			fig("b", "Ada Quill was held at the depot by harbour officers, who charged her with two counts of theft.", 2, "Ada Quill"), 1},
		{"a name in another clause",
			fig("a", "Bo Lind was charged with six counts of theft at the depot, the police said.", 6, "Bo Lind"),
			fig("b", "The Dock Patrol arrested Bo Lind while he slept and he was charged with two counts of theft at the depot.", 2, "Dock Patrol", "Bo Lind"), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, contra := CrossReference([]Found{tc.a, tc.b}, fakeEntities{})
			if len(contra) != tc.contra {
				t.Errorf("contradictions %+v; want %d", contra, tc.contra)
			}
		})
	}
}

// TestLeadsOfDifferentStories checks that two articles' lead figures of
// one measure contradict each other only when the articles tell one
// story (their headlines and leads share a name): in a folder of
// unrelated stories they are an uncertain doubt, never an error.
func TestLeadsOfDifferentStories(t *testing.T) {
	const day = 20521
	lead := func(article, title, body string) []Found {
		text := title + "\n\n" + body
		sents := []span.Span{{Start: 0, End: len(title)}, {Start: len(title) + 2, End: len(text)}}
		var out []Found
		for _, r := range Extract(text, sents, sents[1:], nil, "en", nil) {
			r.Pub = day + 0.5
			out = append(out, Found{Article: article, Raw: r})
		}
		return out
	}
	for _, tc := range []struct {
		name      string
		a, b      []Found
		uncertain bool
	}{
		{"one story", lead("a", "Bridge repairs approved", "Councillors in Tarnby approved repairs to the bridge at a cost of £50m."),
			lead("b", "Tarnby bridge to close", "The bridge will close for repairs at a cost of £70m."), false},
		{"two stories", lead("a", "Online college a waste, say MPs", "The Tarnby online college was scrapped at a cost of £50m."),
			lead("b", "Report attacks ferry spending", "A Quayside Audit Office report says the ferry fleet was bought at a cost of £2.3bn."), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, contra := CrossReference(append(tc.a, tc.b...), fakeEntities{})
			if len(contra) != 1 {
				t.Fatalf("contradictions %+v; want one", contra)
			}
			if contra[0].Uncertain != tc.uncertain {
				t.Errorf("uncertain = %v (%s), want %v", contra[0].Uncertain, contra[0].Reason, tc.uncertain)
			}
		})
	}
}

// TestFiguresOfDifferentPlaces checks that a figure a preposition puts in
// a place ("27% of the vote in Tarnby") that the other sentence does not
// name is no error against the other's figure, whatever type the tagger
// gave the place, while a place named before the figure, or a person's
// possessive after it, leaves the comparison alone.
func TestFiguresOfDifferentPlaces(t *testing.T) {
	const day = 20521
	fig := func(article, text, place, placeType string) Found {
		sents := []span.Span{{Start: 0, End: len(text)}}
		var ms []span.Mention
		i := strings.Index(text, "Harbour Board")
		ms = append(ms, span.Mention{Text: "Harbour Board", Type: span.Org, Start: i, End: i + len("Harbour Board")})
		if place != "" {
			k := strings.Index(text, place)
			ms = append(ms, span.Mention{Text: place, Type: placeType, Start: k, End: k + len(place)})
			if k < i {
				ms[0], ms[1] = ms[1], ms[0]
			}
		}
		for _, r := range Extract(text, sents, nil, ms, "en", nil) {
			if r.Kind == "percent" {
				r.Pub = day + 0.5
				return Found{Article: article, Raw: r}
			}
		}
		t.Fatalf("no percentage in %q", text)
		return Found{}
	}
	for _, tc := range []struct {
		name, a, placeA, typeA, b string
		uncertain                 bool
	}{
		{"a place after the figure", "The Harbour Board won 27% of the vote in Tarnby at the elections.", "Tarnby", span.GPE, "The Harbour Board won 14.2% of the vote at the elections.", true},
		{"a place typed a person after the figure", "The Harbour Board won 27% of the vote in Tarnby at the elections.", "Tarnby", span.Person, "The Harbour Board won 14.2% of the vote at the elections.", true},
		{"a person's possessive after the figure", "The Harbour Board won 27% of the vote in Tarnby's ward at the elections.", "Tarnby", span.Person, "The Harbour Board won 14.2% of the vote at the elections.", false},
		{"a place before the figure", "In Tarnby, the Harbour Board won 27% of the vote at the elections.", "Tarnby", span.GPE, "The Harbour Board won 14.2% of the vote at the elections.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := fakeEntities{at: map[int]string{strings.Index(tc.a, "Harbour Board"): "Harbour Board", strings.Index(tc.b, "Harbour Board"): "Harbour Board"}}
			_, contra := CrossReference([]Found{fig("a", tc.a, tc.placeA, tc.typeA), fig("b", tc.b, "", "")}, ents)
			if len(contra) != 1 {
				t.Fatalf("contradictions %+v; want one", contra)
			}
			if contra[0].Uncertain != tc.uncertain || tc.uncertain && !strings.Contains(contra[0].Reason, "Tarnby") {
				t.Errorf("uncertain = %v (%s), want %v", contra[0].Uncertain, contra[0].Reason, tc.uncertain)
			}
		})
	}
}

// TestLocallyAlignedFigures checks the local-context pass: a figure
// closing a long sentence about something else states the same fact
// as another article's figure when the words nearest both say the same
// of one named person, an uncertain conflict when they differ; not when
// the nearest words name someone else, nor with the pass off.
func TestLocallyAlignedFigures(t *testing.T) {
	const day = 20521
	fig := func(article, line string, off rules.Off) Found {
		src, sents, ms := markedArticle([]string{line})
		for _, r := range ExtractWith(src, sents, nil, ms, "en", ExtractOptions{Off: off}) {
			if r.Kind == "money" {
				r.Pub = day
				return Found{Article: article, Raw: r}
			}
		}
		t.Fatalf("no amount in %q", line)
		return Found{}
	}
	long := "The Tarnby Owls lost for a fourth night running on Friday, and the crowd had hoped for much more from a club that signed winger [Ada Quill] on a $40 million contract for three seasons."
	for _, tc := range []struct {
		name   string
		b      string
		off    rules.Off
		contra bool
	}{
		{"the same signing", "A $25 million deal for three seasons brought winger [Ada Quill] to the club last summer, but she has scored only twice in eleven games and was dropped for the derby.", nil, true},
		{"another player's signing", "A $25 million deal for three seasons brought winger [Bo Lind] to the club last summer, but he has scored only twice in eleven games and was dropped for the derby.", nil, false},
		{"the pass off", "A $25 million deal for three seasons brought winger [Ada Quill] to the club last summer, but she has scored only twice in eleven games and was dropped for the derby.", rules.Off{"claims/local-context": true}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, contra := CrossReference([]Found{fig("a", long, tc.off), fig("b", tc.b, tc.off)}, fakeEntities{})
			if got := len(contra) > 0; got != tc.contra {
				t.Fatalf("contradictions %+v; want any: %v", contra, tc.contra)
			}
			if tc.contra && !contra[0].Uncertain {
				t.Errorf("certain conflict; want uncertain: the sentences differ but for the words near the figures")
			}
		})
	}
}

// TestOwnClauseNames checks the own-clause pass: the names before a
// figure start at a name opening its own clause (after a comma and a
// conjunction, or before a comma and a relative pronoun), and only then.
func TestOwnClauseNames(t *testing.T) {
	for _, tc := range []struct {
		line string
		off  rules.Off
		want string
	}{
		{"The {Harbour Kings} then turned to [Bo Lind], who stayed for 41 matches.", nil, "bo lind"},
		{"The {Harbour Kings} then turned to [Bo Lind], who stayed for 41 matches.", rules.Off{"claims/own-clause": true}, "bo lind|harbour kings"},
		{"[Cal Brekke] left {Tarnby} in the spring, and coach [Bo Lind] was sacked 41 matches into the autumn.", nil, "bo lind"},
		{"[Cal Brekke] left {Tarnby} in the spring, and was sacked 41 matches into the autumn.", nil, "cal brekke|tarnby"},
		{"The {Harbour Kings} made a fresh offer, which was worth $40 million.", nil, "harbour kings"},
		{"The film is up against {Harbour Kings}, which has 11 nominations.", nil, "harbour kings"},
		{"The film is up against {Harbour Kings} and [Bo Lind], whose film has 11 nominations.", nil, "bo lind"},
	} {
		src, sents, ms := markedArticle([]string{tc.line})
		var got []string
		for _, r := range ExtractWith(src, sents, nil, ms, "en", ExtractOptions{Off: tc.off}) {
			got = append(got, strings.Join(r.NamesBefore, "|"))
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q (off %v): names before = %q, want %q", tc.line, tc.off, got, tc.want)
		}
	}
}
