package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// fakeEntities resolves every mention span to the name stored at its
// Start, heads to fixed names, and main organisations per article.
type fakeEntities struct {
	at    map[int]string
	heads map[string]string
	main  map[string]string
}

func (f fakeEntities) At(_ string, start, _ int) (string, string, bool) {
	n, ok := f.at[start]
	if strings.HasSuffix(n, "Board") {
		return n, "ORG", ok
	}
	return n, "PERSON", ok
}
func (f fakeEntities) WithHead(_, head string, _ int) (string, bool) {
	n, ok := f.heads[head]
	return n, ok
}
func (f fakeEntities) MainOrg(a string) (string, bool) { n, ok := f.main[a]; return n, ok }
func (f fakeEntities) Named(string) (string, bool)     { return "", false }

func fig(article, measure string, low, high float64, hedge, how string, subjectAt int) Found {
	return Found{Article: article, Raw: Raw{Measure: measure, Low: low, High: high, Hedge: hedge, How: how,
		Subjects: []span.Span{{Start: subjectAt, End: subjectAt + 1}}, Head: "board", Text: "x"}}
}

func TestCrossReference(t *testing.T) {
	ents := fakeEntities{
		at:    map[int]string{1: "Amira Osei", 2: "Daniel Okoro", 3: "Harbour Board"},
		heads: map[string]string{"board": "Transit Board"},
		main:  map[string]string{"a": "Tidewatch", "b": "Tidewatch"},
	}
	for _, tc := range []struct {
		name      string
		in        []Found
		want      string // "subject/measure=status" joined by ;
		conflicts int
	}{
		{"same count agrees", []Found{fig("a", "votes", 18240, 18240, "", ByMention, 1), fig("b", "votes", 18240, 18240, "", ByMention, 1)},
			"Amira Osei/votes=agree", 0},
		{"different exact counts conflict", []Found{fig("a", "votes", 18240, 18240, "", ByMention, 1), fig("b", "votes", 18420, 18420, "", ByMention, 1)},
			"Amira Osei/votes=conflict", 1},
		{"round figure and hedge agree", []Found{fig("a", "members", 120000, 120000, "", ByFallback, 0), fig("b", "members", 120000, 120000, "nearly", ByFallback, 0)},
			"Tidewatch/members=agree", 0},
		{"value inside a range agrees", []Found{fig("a", "votes", 30000, 35000, "", ByMention, 2), fig("b", "votes", 32500, 32500, "", ByMention, 2)},
			"Daniel Okoro/votes=agree", 0},
		{"disjoint ranges conflict", []Found{fig("a", "votes", 30000, 35000, "", ByMention, 2), fig("b", "votes", 40000, 45000, "", ByMention, 2)},
			"Daniel Okoro/votes=conflict", 1},
		{"a hedge promises what its digits say", []Found{fig("a", "votes", 570000, 570000, "about", ByMention, 1), fig("b", "votes", 600000, 600000, "", ByMention, 1)},
			"Amira Osei/votes=uncertain", 1},
		{"a hedged round figure agrees", []Found{fig("a", "votes", 600000, 600000, "nearly", ByMention, 1), fig("b", "votes", 600000, 600000, "", ByMention, 1)},
			"Amira Osei/votes=agree", 0},
		{"about a small count allows a few", []Found{fig("a", "votes", 45, 45, "about", ByMention, 1), fig("b", "votes", 47, 47, "", ByMention, 1)},
			"Amira Osei/votes=agree", 0},
		{"about a small count is not any count", []Found{fig("a", "votes", 45, 45, "about", ByMention, 1), fig("b", "votes", 52, 52, "", ByMention, 1)},
			"Amira Osei/votes=conflict", 1},
		{"at least is open-ended", []Found{fig("a", "votes", 40, 40, "at least", ByMention, 2), fig("b", "votes", 250, 250, "", ByMention, 2)},
			"Daniel Okoro/votes=agree", 0},
		{"over is open-ended", []Found{fig("a", "votes", 30000, 30000, "over", ByMention, 2), fig("b", "votes", 41000, 41000, "", ByMention, 2)},
			"Daniel Okoro/votes=agree", 0},
		{"compound seats differ", []Found{fig("a", "seats", 21, 21, "", ByCompound, 0), fig("b", "seats", 25, 25, "", ByCompound, 0)},
			"Transit Board/seats=conflict", 1},
		{"single source", []Found{fig("a", "seats", 21, 21, "", ByCompound, 0)}, "Transit Board/seats=single", 0},
		{"one article giving two values is not a conflict", []Found{fig("a", "votes", 1, 1, "", ByMention, 1), fig("a", "votes", 2, 2, "", ByMention, 1)},
			"Amira Osei/votes=single", 0},
		{"guessed subjects only make it uncertain", []Found{fig("a", "members", 120000, 120000, "", ByFallback, 0), fig("b", "members", 300000, 300000, "", ByFallback, 0)},
			"Tidewatch/members=uncertain", 0},
		{"each needs two people", []Found{fig("a", "votes", 5, 5, "", ByEach, 1)}, "", 0},
		{"a person's seats are dropped", []Found{fig("a", "seats", 21, 21, "", ByMention, 1)}, "", 0},
		{"borrowed subjects never conflict", []Found{fig("a", "seats", 21, 21, "", ByMention, 3),
			{Article: "b", Raw: Raw{Measure: "seats", Low: 25, High: 25, How: ByPrevious, PrevHow: ByMention, Subjects: []span.Span{{Start: 3, End: 4}}}}},
			"Harbour Board/seats=uncertain", 0},
		{"unresolved subject dropped", []Found{fig("a", "votes", 5, 5, "", ByMention, 9)}, "", 0},
		{"fallback only for members", []Found{fig("a", "votes", 5, 5, "", ByFallback, 0)}, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, contra := CrossReference(tc.in, ents)
			var got []string
			for _, c := range cs {
				got = append(got, c.Subject+"/"+c.Measure+"="+c.Status)
			}
			if strings.Join(got, ";") != tc.want || len(contra) != tc.conflicts {
				t.Errorf("got %q with %d conflicts, want %q with %d", strings.Join(got, ";"), len(contra), tc.want, tc.conflicts)
			}
			for _, c := range contra {
				if c.A.Article == c.B.Article {
					t.Errorf("conflict within one article: %+v", c)
				}
			}
		})
	}
}

func TestFormatValue(t *testing.T) {
	for _, tc := range []struct {
		v    Value
		want string
	}{
		{Value{Raw: Raw{Low: 39508, High: 39508}}, "39,508"},
		{Value{Raw: Raw{Low: 60000, High: 70000}}, "60,000-70,000"},
		{Value{Raw: Raw{Low: 600000, High: 600000, Hedge: "nearly"}}, "nearly 600,000"},
		{Value{Raw: Raw{Low: 1.5, High: 1.5}}, "1.5"},
		{Value{Raw: Raw{Low: 39, High: 39}}, "39"},
	} {
		if got := FormatValue(tc.v); got != tc.want {
			t.Errorf("FormatValue(%+v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	l := DefaultLexicon()
	for word, want := range map[string]string{"votes": "votes", "röster": "votes", "Platser": "seats", "mandat": "seats",
		"medlemmar": "members", "members": "members", "positions": "seats", "rösterna": "votes"} {
		if got, ok := l.Measure(word); !ok || got != want {
			t.Errorf("Measure(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
	if _, ok := l.Measure("months"); ok {
		t.Error("months is not a measure")
	}
	ext, err := LoadLexicon(strings.NewReader("measures:\n  votes: [ballots cast]\n  turbines: [turbine, turbines]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := ext.Measure("turbines"); !ok || m != "turbines" {
		t.Errorf("extended lexicon: %q %v", m, ok)
	}
	if _, err := LoadLexicon(strings.NewReader("measure:\n  x: [y]\n")); err == nil {
		t.Error("unknown key accepted")
	}
}

func TestOutliersReportedOnce(t *testing.T) {
	ents := fakeEntities{at: map[int]string{1: "Amira Osei"}}
	in := []Found{fig("a", "votes", 18420, 18420, "", ByMention, 1)}
	for _, art := range []string{"b", "c", "d", "e"} {
		in = append(in, fig(art, "votes", 18240, 18240, "", ByMention, 1))
	}
	cs, contra := CrossReference(in, ents)
	if len(cs) != 1 || cs[0].Status != Conflict {
		t.Fatalf("claims %+v", cs)
	}
	if len(contra) != 1 {
		t.Fatalf("%d contradictions, want one (the outlier against the majority)", len(contra))
	}
	if got, want := Describe(contra[0]), "Amira Osei votes: a says 18,420, b says 18,240 (4 sources agree with 18,240)"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}

func TestCasualtyUpdates(t *testing.T) {
	toll := func(article string, n float64, how string, update bool) Found {
		f := fig(article, MeasureDeaths, n, n, "", how, 0)
		f.Update = update
		return f
	}
	tollPub := func(article string, n, pub float64) Found {
		f := toll(article, n, ByLead, false)
		f.Pub = pub
		return f
	}
	withPub := func(pub float64, fs ...Found) []Found {
		for i := range fs {
			fs[i].Pub = pub
		}
		return fs
	}
	const day = 20521
	for _, tc := range []struct {
		name                   string
		in                     []Found
		wantStatus             string
		wantContra, wantDoubts int
	}{
		{"same toll", []Found{toll("a", 4, ByLead, false), toll("b", 4, ByLead, false)}, Agree, 0, 0},
		{"a different toll the same day at no stated time is uncertain", withPub(day, toll("a", 4, ByLead, false), toll("b", 4, ByLead, false), toll("c", 5, ByLead, false)), Uncertain, 0, 1},
		{"a different toll at the same time contradicts", withPub(day+0.5, toll("a", 4, ByLead, false), toll("b", 4, ByLead, false), toll("c", 5, ByLead, false)), Conflict, 1, 0},
		{"a lead contradicting another lead is a doubt even when a figure further down fits", withPub(day+0.5, toll("a", 18, ByLead, false), toll("a", 10, ByEvent, false), toll("b", 10, ByLead, false)), Uncertain, 0, 1},
		{"a different toll without publication dates is uncertain", []Found{toll("a", 4, ByLead, false), toll("b", 4, ByLead, false), toll("c", 5, ByLead, false)}, Uncertain, 0, 1},
		{"a different toll published days apart is uncertain", []Found{tollPub("a", 18, day), tollPub("b", 16, day+6)}, Uncertain, 0, 1},
		{"a higher toll given as an update supersedes", []Found{toll("a", 4, ByLead, false), toll("b", 6, ByLead, true)}, Updated, 0, 0},
		{"a lower toll given as an update still contradicts", withPub(day+0.5, toll("a", 6, ByLead, false), toll("b", 4, ByLead, true)), Conflict, 1, 0},
		{"a higher toll from a later article supersedes", []Found{tollPub("a", 16, day), tollPub("b", 18, day+2)}, Updated, 0, 0},
		{"a higher toll from the same evening supersedes the morning's", []Found{tollPub("a", 6, day+0.3), tollPub("b", 24, day+0.8)}, Updated, 0, 0},
		{"a lower toll from a later article still contradicts", []Found{tollPub("a", 18, day), tollPub("b", 16, day+2)}, Conflict, 1, 0},
		{"a toll that fits another source's revision is revised too", []Found{toll("a", 16, ByLead, false), toll("b", 18, ByLead, false), toll("c", 18, ByLead, true)}, Updated, 0, 0},
		{"a toll outside the lead is a guess", []Found{toll("a", 4, ByLead, false), toll("b", 9, ByEvent, false)}, Uncertain, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, contra := CrossReference(tc.in, fakeEntities{})
			certain, doubts := 0, 0
			for _, c := range contra {
				if c.Uncertain {
					doubts++
					if c.Reason == "" {
						t.Errorf("an uncertain contradiction without a reason: %+v", c)
					}
				} else {
					certain++
				}
			}
			if len(cs) != 1 || cs[0].Subject != SubjectEvent || cs[0].Status != tc.wantStatus || certain != tc.wantContra || doubts != tc.wantDoubts {
				t.Errorf("claims %+v, %d contradictions and %d uncertain; want one %s claim about the lead event with %d and %d", cs, certain, doubts, tc.wantStatus, tc.wantContra, tc.wantDoubts)
			}
		})
	}
}

// TestAgesAcrossYears checks that an age given in an older article is
// compared after adding the years between the publications.
func TestAgesAcrossYears(t *testing.T) {
	age := func(article string, n, pub float64) Found {
		f := fig(article, MeasureAge, n, n, "", ByMention, 1)
		f.Pub = pub
		return f
	}
	ents := fakeEntities{at: map[int]string{1: "Amira Osei"}}
	const y2011, y2013 = 15100, 15100 + 730
	for _, tc := range []struct {
		name string
		in   []Found
		want string
	}{
		{"27 two years before 29", []Found{age("a", 27, y2011), age("b", 29, y2013)}, Agree},
		{"27 and 29 the same week", []Found{age("a", 27, y2013), age("b", 29, y2013+3)}, Conflict},
		{"27 and 35 two years apart", []Found{age("a", 27, y2011), age("b", 35, y2013)}, Conflict},
		{"24 and 26 the same day", []Found{age("a", 24, y2013), age("b", 26, y2013)}, Conflict},
		{"27 and 29 without dates", []Found{age("a", 27, 0), age("b", 29, 0)}, Uncertain},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := CrossReference(tc.in, ents)
			if len(cs) != 1 || cs[0].Status != tc.want {
				t.Errorf("claims %+v, want one %s claim", cs, tc.want)
			}
		})
	}
}

func TestWeekdaysWithoutPublicationDateNeverConflict(t *testing.T) {
	pub := func(f Found, p float64) Found {
		f.Pub = p
		return f
	}
	day := func(article string, wd time.Weekday, low float64) Found {
		return Found{Article: article, Raw: Raw{Measure: MeasureDate, Kind: "date", How: ByMention, Weekday: wd, Low: low, High: low}}
	}
	for _, tc := range []struct {
		name string
		in   []Found
		want string
	}{
		{"two bare weekdays far apart", []Found{day("a", time.Monday, 0), day("b", time.Thursday, 0)}, Uncertain},
		{"a bare weekday against a resolved day", []Found{day("a", time.Thursday, 0), day("b", time.Monday, 20521)}, Uncertain},
		{"two resolved days of articles of one day", []Found{pub(day("a", time.Monday, 20521), 20525), pub(day("b", time.Thursday, 20524), 20525)}, Conflict},
		{"two resolved days without publication dates", []Found{day("a", time.Monday, 20521), day("b", time.Thursday, 20524)}, Uncertain},
		{"two resolved days of articles ten days apart (a follow-up)", []Found{pub(day("a", time.Monday, 20521), 20522), pub(day("b", time.Friday, 20518), 20532)}, Uncertain},
		{"a day after the other article was published (a later development)", []Found{pub(day("a", time.Monday, 20521), 20522), pub(day("b", time.Thursday, 20531), 20532)}, Agree},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := CrossReference(tc.in, fakeEntities{})
			if len(cs) != 1 || cs[0].Status != tc.want {
				t.Errorf("claims %+v, want one %s", cs, tc.want)
			}
		})
	}
}

func TestArticlesContradictOnlyWhenNoValueFits(t *testing.T) {
	price := func(article string, v float64) Found {
		return Found{Article: article, Raw: Raw{Measure: "price (USD)", How: ByLead, Low: v, High: v, Precision: 1e8}}
	}
	for _, tc := range []struct {
		name       string
		in         []Found
		wantStatus string
	}{
		{"one value each, far apart", []Found{price("a", 2.4e9), price("b", 4.2e9)}, Conflict},
		{"within the last digit written", []Found{price("a", 2.4e9), price("b", 2.44e9)}, Agree},
		{"an article with a second, misread value", []Found{price("a", 2.4e9), price("a", 4e8), price("b", 2.4e9)}, Agree},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := CrossReference(tc.in, fakeEntities{})
			if len(cs) != 1 || cs[0].Status != tc.wantStatus {
				t.Errorf("claims %+v, want one %s", cs, tc.wantStatus)
			}
		})
	}
}

func TestIsUpdate(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"The death toll has risen to six.", true},
		{"Five people have now died, the agency said.", true},
		{"Twelve cases have been confirmed so far.", true},
		{"Hittills har fem personer dött.", true},
		{"The latest attack killed 12.", false},
		{"Three people died in the fire.", false},
		{"It is not known how many died.", false}, // "now" inside "known"
	} {
		if got := defaultLexicon().v.isUpdate(tc.sentence); got != tc.want {
			t.Errorf("isUpdate(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

func TestPeopleCountsNeverConflict(t *testing.T) {
	in := []Found{fig("a", "people", 14, 14, "", ByMention, 3), fig("b", "people", 300, 300, "", ByMention, 3)}
	cs, contra := CrossReference(in, fakeEntities{at: map[int]string{3: "Health Agency"}})
	if len(contra) != 0 || len(cs) != 1 || cs[0].Status == Conflict {
		t.Errorf("claims %+v, contradictions %+v; want no conflict between two counts of people", cs, contra)
	}
}

func TestAgesAllowABirthday(t *testing.T) {
	age := func(article string, n float64) Found {
		f := fig(article, MeasureAge, n, n, "", ByMention, 1)
		f.Precision = 1
		return f
	}
	// Only people have ages: "Harbour Board, 12," is no age.
	board := fakeEntities{at: map[int]string{1: "Harbour Board"}}
	if cs, _ := CrossReference([]Found{age("a", 12), age("b", 40)}, board); len(cs) != 0 {
		t.Errorf("ages of an organisation kept: %+v", cs)
	}
	ents := fakeEntities{at: map[int]string{1: "Amira Osei"}}
	for _, tc := range []struct {
		a, b       float64
		wantContra int
	}{{24, 24, 0}, {24, 25, 0}, {24, 26, 1}} {
		_, contra := CrossReference([]Found{age("a", tc.a), age("b", tc.b)}, ents)
		if len(contra) != tc.wantContra {
			t.Errorf("ages %g and %g: %d contradictions, want %d", tc.a, tc.b, len(contra), tc.wantContra)
		}
	}
}

func TestRisingToll(t *testing.T) {
	for line, want := range map[string]bool{
		"Storm death toll rises": true, "Dödssiffran stiger efter stormen": true,
		"Police surprised by death toll": false, "Enterprise toll road opens": false,
	} {
		if got := defaultLexicon().v.risingToll(line); got != want {
			t.Errorf("risingToll(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestRevisedTollsIgnoreOrder(t *testing.T) {
	toll := func(article string, n float64, update bool) Found {
		f := fig(article, MeasureDeaths, n, n, "", ByLead, 0)
		f.Update = update
		return f
	}
	a := []Found{toll("a", 12, false), toll("b", 18, false), toll("c", 18, true), toll("d", 40, false)}
	b := []Found{toll("d", 40, false), toll("c", 18, true), toll("b", 18, false), toll("a", 12, false)}
	ca, xa := CrossReference(a, fakeEntities{})
	cb, xb := CrossReference(b, fakeEntities{})
	if ca[0].Status != cb[0].Status || len(xa) != len(xb) {
		t.Errorf("status %s/%s, %d/%d contradictions: the order of the values changed the result", ca[0].Status, cb[0].Status, len(xa), len(xb))
	}
	for _, v := range ca[0].Values {
		if v.Article == "b" && v.Update {
			t.Error("the source's own update flag was overwritten")
		}
	}
}

func TestSeverityIsItsOwnMeasure(t *testing.T) {
	for _, tc := range []struct {
		after string // the words after the count
		want  string
	}{
		{"people were seriously injured", "injured (seriously)"},
		{"personer skadades svårt", "injured (seriously)"},
		{"people were injured", MeasureInjured},
		{"people, one of them a ferry pilot, were killed", MeasureDeaths},
		{"people, including two children, died", MeasureDeaths},
		{"men were shot", MeasureShot},
		{"men were shot dead", MeasureDeaths},
		{"people were also wounded", MeasureInjured},
		{"die in depot fire", MeasureDeaths},
		{"night shift workers died", MeasureDeaths},
		{"suspected gang members were arrested", MeasureArrests},
		{"ferry villagers slightly hurt", "injured (slightly)"},
	} {
		after := wordsIn(tc.after, 0, len(tc.after))
		if got, ok := defaultLexicon().v.casualtyMeasure(nil, after); !ok || got != tc.want {
			t.Errorf("casualtyMeasure(%q) = %q, %v; want %q", tc.after, got, ok, tc.want)
		}
	}
}

func TestCasualtyModifiersNeedPeopleNoun(t *testing.T) {
	for _, after := range []string{
		"depot bombs killed",                // no people noun
		"very old night shift workers died", // three modifiers
		"and depot workers died",            // a function word
		"plainclothes officers shot the clerk",
		"night shift guards shot and killed a clerk",
	} {
		if got, ok := defaultLexicon().v.casualtyMeasure(nil, wordsIn(after, 0, len(after))); ok {
			t.Errorf("casualtyMeasure(%q) = %q; want no casualty", after, got)
		}
	}
}

func TestFactAndDateValues(t *testing.T) {
	fv := FactValue("seats", 39, 39)
	if !Compatible(fv, Value{Raw: Raw{Measure: "seats", Low: 39, High: 39}}) || Compatible(fv, Value{Raw: Raw{Measure: "seats", Low: 41, High: 41}}) {
		t.Error("FactValue 39 seats: wrong compatibility")
	}
	d, ok := DateValue(MeasureDate, "2026-03-09")
	if !ok || d.Display != "2026-03-09" || d.Weekday != time.Monday {
		t.Fatalf("DateValue = %+v, %v", d, ok)
	}
	same, _ := DateValue(MeasureDate, "2026-03-09")
	later, _ := DateValue(MeasureDate, "2026-03-12")
	if !Compatible(d, same) || Compatible(d, later) {
		t.Errorf("date facts: same day compatible %v, three days later compatible %v", Compatible(d, same), Compatible(d, later))
	}
	if _, ok := DateValue(MeasureDate, "9 March"); ok {
		t.Error("DateValue accepted a date not written YYYY-MM-DD")
	}
	if !Guessed(ByFallback) || Guessed(ByMention) {
		t.Error("Guessed")
	}
}

// TestRoundedFigureDoubt checks that a round figure agreeing with a more
// precise one only as a rounding is an uncertain conflict that says so,
// never an error.
func TestRoundedFigureDoubt(t *testing.T) {
	ents := fakeEntities{at: map[int]string{1: "Amira Osei"}}
	_, contra := CrossReference([]Found{fig("a", "votes", 570000, 570000, "about", ByMention, 1), fig("b", "votes", 600000, 600000, "", ByMention, 1)}, ents)
	if len(contra) != 1 || !contra[0].Uncertain || !strings.Contains(contra[0].Reason, "600,000 is a rounded figure") {
		t.Fatalf("contradictions %+v; want one uncertain, naming 600,000 as the rounded figure", contra)
	}
}

func TestCoordinatedGroup(t *testing.T) {
	v := defaultLexicon().v
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"a blast killed", "women and a man in Tarn", true},
		{"the clerks, a man and", "women, died", true},
		{"an 18-year-old woman and", "men were hurt", true},
		{"a blast killed", "women and injured a man", false},
		{"a blast killed", "people and a dog", false},
		{"the blast killed", "and injured five", false},
	} {
		before, after := wordsIn(tc.before, 0, len(tc.before)), wordsIn(tc.after, 0, len(tc.after))
		if got := v.coordinatedGroup(before, after); got != tc.want {
			t.Errorf("coordinatedGroup(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}
