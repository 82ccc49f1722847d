package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fireDir is a second invented corpus, on another kind of event than the
// demo (a warehouse fire): casualties, a revised death toll, a
// statement's date beside the event's, a town prose takes for a person, a
// company's short name, a misspelt surname, another first name, and one
// planted contradiction (the staff figure in a4).
const fireDir = "../../testdata/fire"

type fireReport struct {
	Entities []struct {
		Name, Type string
		Variants   []struct{ Text string }
	} `json:"entities"`
	Claims []struct {
		Subject, Measure, Status string
	} `json:"claims"`
	Findings []struct {
		Kind, Message string
		Uncertain     bool
	} `json:"findings"`
}

// conflictMessages lists the messages of the conflict findings.
func (rep fireReport) conflictMessages() []string {
	var out []string
	for _, f := range rep.Findings {
		if f.Kind == "conflict" {
			out = append(out, f.Message)
		}
	}
	return out
}

// types maps each entity's name to its type.
func (rep fireReport) types() map[string]string {
	types := map[string]string{}
	for _, e := range rep.Entities {
		types[e.Name] = e.Type
	}
	return types
}

// statuses maps "subject/measure" to each claim's status.
func (rep fireReport) statuses() map[string]string {
	status := map[string]string{}
	for _, c := range rep.Claims {
		status[c.Subject+"/"+c.Measure] = c.Status
	}
	return status
}

func fireRun(t *testing.T, dir string) fireReport {
	t.Helper()
	r := runCmd(t, []string{"report", "--format", "json", dir}, false)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep fireReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestFireCorpus(t *testing.T) {
	rep := fireRun(t, fireDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		"(lead event)/date":    "agree",   // "said on Thursday" dates a statement
		"(lead event)/deaths":  "updated", // "has risen to six" revises four
		"(lead event)/injured": "agree",
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	types := map[string]string{}
	variants := map[string]string{}
	for _, e := range rep.Entities {
		types[e.Name] = e.Type
		for _, v := range e.Variants {
			variants[v.Text] = e.Name
		}
	}
	for name, want := range map[string]string{"Port Hallam": "GPE", "Quay Road": "LOC", "Brightline Logistics": "ORG",
		"Ingrid Solberg": "PERSON", "Marcus Feld": "PERSON", "Daniel Okoro": "PERSON"} {
		if types[name] != want {
			t.Errorf("entity %q: type %q, want %q", name, types[name], want)
		}
	}
	for variant, want := range map[string]string{"Brightline": "Brightline Logistics", "Mark Feld": "Marcus Feld", "Ingrid Solbergh": "Ingrid Solberg"} {
		if variants[variant] != want {
			t.Errorf("variant %q belongs to %q, want %q", variant, variants[variant], want)
		}
	}
	var conflicts, variantsFlagged []string
	for _, f := range rep.Findings {
		switch f.Kind {
		case "conflict":
			conflicts = append(conflicts, f.Message)
		case "spelling-variant":
			variantsFlagged = append(variantsFlagged, f.Message)
		case "quote-attribution-conflict":
			t.Errorf("false attribution conflict: %s", f.Message)
		}
	}
	if len(conflicts) != 1 || !strings.Contains(conflicts[0], "Brightline Logistics employees") ||
		!strings.Contains(conflicts[0], "1,200") || !strings.Contains(conflicts[0], "2,100") {
		t.Errorf("conflicts = %q, want only the planted staff figure (1,200 vs 2,100)", conflicts)
	}
	if len(variantsFlagged) != 2 {
		t.Errorf("spelling-variant findings = %q, want Solbergh and Mark Feld", variantsFlagged)
	}
}

// A planted death toll that is neither the others' nor an update is a
// conflict.
func TestFireCorpusPlantedToll(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a1.txt", "a2.txt", "a3.txt", "a4.txt"} {
		b, err := os.ReadFile(filepath.Join(fireDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "a4.txt" {
			b = []byte(strings.Replace(string(b), "killed four workers", "killed five workers", 1))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep := fireRun(t, dir)
	found := false
	for _, f := range rep.Findings {
		if f.Kind == "conflict" && strings.Contains(f.Message, "(lead event) deaths") && strings.Contains(f.Message, "a4.txt says 5") {
			found = true
		}
	}
	if !found {
		t.Errorf("planted death toll not reported; findings %+v", rep.Findings)
	}
}

// takeoverDir is a third invented corpus: a company takeover reported by
// three outlets, with money and percentages, a statement's date and a
// closing price's date beside the event's, a misspelt chief executive,
// and one planted contradiction (m3's $4.2 billion price).
const takeoverDir = "../../testdata/takeover"

func TestTakeoverCorpus(t *testing.T) {
	rep := fireRun(t, takeoverDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		"(lead event)/price (USD)":           "conflict",
		"(lead event)/price per share (USD)": "agree",
		"(lead event)/premium (%)":           "agree",
		"(lead event)/date":                  "uncertain", // undated articles: weekdays never conflict
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	var conflicts []string
	variant := false
	for _, f := range rep.Findings {
		switch f.Kind {
		case "conflict":
			conflicts = append(conflicts, f.Message)
		case "spelling-variant":
			variant = variant || strings.Contains(f.Message, `"Sofia Brandvoll"`)
		}
	}
	if len(conflicts) != 1 || !strings.Contains(conflicts[0], "$4.2 billion") {
		t.Errorf("conflicts = %q, want only the planted price", conflicts)
	}
	if !variant {
		t.Error("misspelt chief executive not flagged")
	}
}

// quakeDir is a fourth invented corpus: an earthquake in an invented
// country, two English articles with front matter and one Swedish, with
// a revised death toll, a town prose takes for a person, a misspelt
// minister and one planted contradiction (the Swedish article's magnitude
// 6,3 against 6.8).
const quakeDir = "../../testdata/quake"

func TestQuakeCorpus(t *testing.T) {
	rep := fireRun(t, quakeDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		"(lead event)/magnitude": "conflict",
		"(lead event)/deaths":    "agree", // "at least 31" allows 47
		"(lead event)/injured":   "agree",
		"(lead event)/date":      "agree", // both resolve "on Monday" to 2026-05-11
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	types := rep.types()
	if types["Ostrava Nova"] != "GPE" || types["Paulo Renn"] != "PERSON" || types["Monday"] != "" {
		t.Errorf("entity types %v: want Ostrava Nova GPE, Paulo Renn PERSON, no Monday", types)
	}
	conflicts := rep.conflictMessages()
	if len(conflicts) != 1 || !strings.Contains(conflicts[0], "magnitude") || !strings.Contains(conflicts[0], "q3.md says 6.3") {
		t.Errorf("conflicts = %q, want only the planted magnitude", conflicts)
	}
}

// courtDir is a fifth invented corpus: a corruption trial, with a prison
// term, bribes and a repayment in pounds, a misspelt defendant and one
// planted contradiction (c3's eight years against six).
const courtDir = "../../testdata/court"

func TestCourtCorpus(t *testing.T) {
	rep := fireRun(t, courtDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		"Viktor Hallam/prison sentence (years)": "conflict",
		"(lead event)/bribes (GBP)":             "agree",
		"(lead event)/repayment (GBP)":          "agree",
		"(lead event)/date":                     "agree",
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	types := rep.types()
	for name, want := range map[string]string{"Viktor Hallam": "PERSON", "Esterby": "GPE", "Kingsgate Crown Court": "ORG", "Defence": "", "Disgraced": ""} {
		if types[name] != want {
			t.Errorf("entity %q: type %q, want %q (all %v)", name, types[name], want, types)
		}
	}
	conflicts := rep.conflictMessages()
	if len(conflicts) != 1 || !strings.Contains(conflicts[0], "prison sentence") {
		t.Errorf("conflicts = %q, want only the planted prison term", conflicts)
	}
}

// kommunvalDir is a sixth invented corpus, in Swedish only and short (too
// short for whatlanggo to be sure of the language): a local election with
// a vote share, a turnout, a council named only by its noun, a surname
// spelt two ways once each, and one planted contradiction (51 seats
// against 49).
const kommunvalDir = "../../testdata/kommunval"

func TestKommunvalCorpus(t *testing.T) {
	r := runCmd(t, []string{"report", "--format", "json", kommunvalDir}, false)
	var langs struct {
		Articles []struct{ ID, Language, NER string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &langs); err != nil {
		t.Fatal(err)
	}
	for _, a := range langs.Articles {
		if a.Language != "sv" || a.NER != "nertag-sv" {
			t.Errorf("%s: language %q, NER %q; want sv, nertag-sv", a.ID, a.Language, a.NER)
		}
	}
	rep := fireRun(t, kommunvalDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		"fullmäktige/seats":                 "conflict",
		"Socialdemokraterna/vote share (%)": "agree",
		"(lead event)/turnout (%)":          "agree",
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	var variant bool
	for _, f := range rep.Findings {
		switch f.Kind {
		case "spelling-variant":
			variant = strings.Contains(f.Message, "two spellings of one name")
		case "quote-attribution-conflict":
			t.Errorf("false attribution conflict: %s", f.Message)
		}
	}
	if !variant {
		t.Errorf("Åkesson/Åkeson not flagged as two spellings; findings %+v", rep.Findings)
	}
	if c := rep.conflictMessages(); len(c) != 1 {
		t.Errorf("conflicts = %q, want only the planted seat count", c)
	}
}

// Two sources naming different people as the chair of one organisation
// disagree; a finding names both with evidence.
func TestRoleHolderConflict(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte("Trust meets\n\nRuth Adeyemi, chair of the Harbour Trust, opened the meeting on Monday.\n"),
		"b.txt": []byte("Trust meeting\n\nMaria Okafor, chair of the Harbour Trust, opened the meeting on Monday.\n"),
	})
	rep := fireRun(t, dir)
	found := false
	for _, f := range rep.Findings {
		if f.Kind == "role-conflict" && strings.Contains(f.Message, "a.txt names Ruth Adeyemi, b.txt names Maria Okafor") {
			found = true
		}
	}
	if !found {
		t.Errorf("no role-conflict for the two chairs; findings %+v", rep.Findings)
	}
}

// strikeDir and resignDir are invented corpora written to red-team the
// tool (see testdata/DEMO.md): a strike ballot and a minister's
// resignation, each with planted contradictions and figures that must
// not conflict.
const (
	strikeDir = "../../testdata/strike"
	resignDir = "../../testdata/resign"
)

// findingMessages lists the messages of the findings of one kind.
func (rep fireReport) findingMessages(kind string) []string {
	var out []string
	for _, f := range rep.Findings {
		if f.Kind == kind {
			out = append(out, f.Message)
		}
	}
	return out
}

func TestStrikeCorpus(t *testing.T) {
	rep := fireRun(t, strikeDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		// Planted: 14 April against 17 April, and 14,200 members against
		// 12,400. Both change with time and one article is undated, so
		// both are uncertain conflicts (info findings with the reason).
		"(lead event)/scheduled date":              "uncertain",
		"Freight and Depot Workers' Union/members": "uncertain",
		"(lead event)/turnout (%)":                 "agree", // 86% in favour is no turnout
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	conflicts := rep.conflictMessages()
	if len(conflicts) != 2 {
		t.Errorf("conflicts = %q, want only the planted strike date and membership", conflicts)
	}
	roles := rep.findingMessages("role-conflict")
	if len(roles) != 1 || !strings.Contains(roles[0], "Dermot Quill") || !strings.Contains(roles[0], "Beatrix Tolland") {
		t.Errorf("role conflicts = %q, want the two general secretaries", roles)
	}
	variants := rep.findingMessages("spelling-variant")
	if len(variants) != 1 || !strings.Contains(variants[0], `"Anselm Rocye" looks like a misspelling of "Anselm Royce"`) {
		t.Errorf("spelling variants = %q, want Anselm Rocye", variants)
	}
	types := rep.types()
	for name, want := range map[string]string{"Dermot Quill": "PERSON", "Freight and Depot Workers' Union": "ORG",
		"Freight": "", "Depot Workers": "", "Selwyn Marsh": "", "Imogen Thistle": "", "Photo": ""} {
		if types[name] != want {
			t.Errorf("entity %q: type %q, want %q (all %v)", name, types[name], want, types)
		}
	}
}

func TestResignCorpus(t *testing.T) {
	rep := fireRun(t, resignDir)
	status := rep.statuses()
	for key, want := range map[string]string{
		"(lead event)/votes for":     "conflict", // planted: 178 against 187
		"(lead event)/votes against": "agree",
		"(lead event)/date":          "agree", // yesterday, on Tuesday, on 3 June, på tisdagen
		"(lead event)/cost (EUR)":    "agree", // a range and a point inside it
	} {
		if status[key] != want {
			t.Errorf("claim %s: status %q, want %q (claims %v)", key, status[key], want, status)
		}
	}
	conflicts := rep.conflictMessages()
	if len(conflicts) != 1 || !strings.Contains(conflicts[0], "votes for") {
		t.Errorf("conflicts = %q, want only the planted vote count", conflicts)
	}
	variants := rep.findingMessages("spelling-variant")
	if len(variants) != 1 || !strings.Contains(variants[0], `"Rosalind Caloway" looks like a misspelling of "Rosalind Calloway"`) {
		t.Errorf("spelling variants = %q, want the Swedish article's Rosalind Caloway", variants)
	}
	types := rep.types()
	for name, want := range map[string]string{"Rosalind Calloway": "PERSON", "Rosalind M": "", "Rosalind M. Calloway": "", "Calloway": ""} {
		if types[name] != want {
			t.Errorf("entity %q: type %q, want %q (all %v)", name, types[name], want, types)
		}
	}
}

// TestRedTeamCorpora runs the corpora and two-article probes of the
// second red-team round (testdata/redteam, see testdata/DEMO.md): every
// finding that asserts a contradiction must be one of the planted ones,
// and those the tool can catch must be found. The probes hold traps only
// (a committee's vote against the floor's, a toll that rose, staff at a
// site against staff worldwide, ...), except p8, a quote given to two
// people.
// plantedPrefix reports whether some planted finding starts got.
func plantedPrefix(want []string, got string) bool {
	for _, w := range want {
		if strings.HasPrefix(got, w) {
			return true
		}
	}
	return false
}

func TestRedTeamCorpora(t *testing.T) {
	kinds := map[string]bool{"conflict": true, "role-conflict": true, "spelling-variant": true, "quote-attribution-conflict": true}
	for dir, want := range map[string][]string{
		"outbreak": nil,
		"transfer": {"conflict|(lead event) price (GBP): 01-ashbury-sport.md says £42m, 03-the-terrace.md says £38m",
			"conflict|José Arrieta age: 01-ashbury-sport.md says 24, 04-football-wire.txt says 26"},
		"earnings": {"conflict|Halvard Systems quarterly revenue (GBP): 01-city-ledger.md says £1.24bn, 03-tech-investor.md says £1.42bn",
			`role-conflict|"Halvard chief executive": 02-markets-daily.md names Tobias Renner, 03-tech-investor.md names Marguerite Olsen`,
			`quote-attribution-conflict|"We have turned a corner`},
		"bridge": {"conflict|(lead event) cost (SEK): 02-coastal-times-en.md says 12 million kronor, 03-nordic-wire-en.txt says SEK 21 million"},
		"bill": {"conflict|Morland Assembly votes against: 01-morland-courier.md says 51, 03-saltmarsh-herald.md says 55",
			`quote-attribution-conflict|"This bill gives young families`},
		"probes/p1-prevyear": nil, "probes/p2-committee": nil, "probes/p3-now": nil, "probes/p4-rank": nil,
		"probes/p5-sites": nil, "probes/p6-she": nil, "probes/p7-people": nil,
		"probes/p8-age": {`quote-attribution-conflict|"This bill gives young families`},
		// Third round.
		"election": nil,
		"protest": {"conflict|(lead event) arrests: p2.md says 14, p3.txt says 41",
			`spelling-variant|"Nadia Fenimore" looks like a misspelling of "Nadia Fennimore"`},
		"appeal": {"conflict|Corwin Aldous age: a1.txt says 34, a2.md says 43"},
		"budget": {"conflict|(lead event) cost (SEK): b2.txt says 2 430 miljoner kronor, b3.txt says 2 340 miljoner kronor",
			`spelling-variant|"Karin Ljungkvist" looks like a misspelling of "Karin Ljungqvist"`},
		"wildfire":  {`spelling-variant|"Rhona Castelane" looks like a misspelling of "Rhona Castellane"`},
		"probes/q1": nil, "probes/q2": nil, "probes/q3": nil, "probes/q4": nil, "probes/q5": nil,
		"probes/q6": nil, "probes/q7": nil, "probes/q8": nil, "probes/q9": nil,
		// Fourth round.
		"crash":        {"conflict|Henrik Aasland age: "},
		"ratedecision": nil,
		"merger":       {`spelling-variant|"Maarten de Witt" looks like a misspelling of "Maarten de Wit"`},
		"football":     nil,
		"skola":        {`spelling-variant|"Asa Lindquist" looks like a misspelling of "Åsa Lindqvist"`},
		"scandal":      {`quote-attribution-conflict|"We were never told about the contracts"`},
		"probes/r1":    nil, "probes/r2": nil, "probes/r3": nil, "probes/r4": nil, "probes/r5": nil, "probes/r6": nil,
		"probes/r7": nil, "probes/r8": nil, "probes/r9": nil, "probes/r10": nil, "probes/r11": nil,
		// Fifth round.
		"waitlist": {"conflict|Ardmore Health Board employees: w1-ardmore-courier.md says 11,400, w2-northern-wire.txt says 14,100"},
		"tariffs": {"conflict|(lead event) cost (USD): t1-globe-trade.md says $1.8bn, t3-brevania-today.txt says $3.2bn",
			"conflict|Brevanian Steel Federation employees: t1-globe-trade.md says 41,000, t2-eurowire.txt says 14,000"},
		"storm":     {"conflict|Westlink employees: s2-radio-west.txt says 3,400, s3-national-post.txt says 4,300"},
		"ranking":   nil,
		"trial":     {"conflict|Kieran Archer age: d1-crown-reporter.md says 31, d3-regional-tv.txt says 37"},
		"obituary":  {"conflict|Agneta Rydholm age: o2-svenska-kuriren.txt says 87, o4-culture-blog.md says 78"},
		"probes/s1": nil, "probes/s2": nil, "probes/s3": nil, "probes/s4": nil, "probes/s5": nil, "probes/s6": nil,
		"probes/s7": nil, "probes/s8": nil, "probes/s9": nil, "probes/s10": nil, "probes/s13": nil, "probes/s14": nil,
		"probes/s15": nil,
		// Sixth round.
		"referendum": {"conflict|(lead event) turnout (%): r1-wire.txt says 64.2%, r2-herald.md says 46.2%"},
		"hostage": {"conflict|Lise Maranne age: h1-wire.txt says 34, h2-daily.md says 43",
			`spelling-variant|"Lise Marrane" looks like a misspelling of "Lise Maranne"`},
		"study":     {`spelling-variant|"Imogen Hardcastle" looks like a misspelling of "Imogen Hartcastle"`},
		"cyber":     {`spelling-variant|"Marten Volrath" looks like a misspelling of "Marten Vollrath"`},
		"merger6":   {`spelling-variant|"Birgitta Sjöholn" looks like a misspelling of "Birgitta Sjöholm"`},
		"probes/t1": nil, "probes/t2": nil, "probes/t3": nil, "probes/t4": nil, "probes/t5": nil,
		"probes/t6": nil, "probes/t7": nil, "probes/t8": nil, "probes/t9": nil, "probes/t10": nil,
		// Seventh round.
		"fest": {"conflict|(lead event) injured: f1-northgate-echo.md says 17, f3-music-weekly.txt says 27",
			`quote-attribution-conflict|"We followed every safety check`,
			`spelling-variant|"Tobias Quennel" looks like a misspelling of "Tobias Quennell"`},
		"expenses": {"conflict|(lead event) cost (GBP): e1-westminster-wire.md says £48,200, e2-daily-ledger.txt says £84,200",
			`quote-attribution-conflict|"I accept the findings in full`},
		"farja": {"conflict|(lead event) injured: s1-kustposten.txt says 9, s3-riksnytt.txt says 19",
			`quote-attribution-conflict|"Vi gjorde allt vi kunde`,
			`spelling-variant|"Marianne Sjöholm" looks like a misspelling of "Marianne Sjöblom"`},
		"probes/u1": nil, "probes/u2": nil, "probes/u3": nil, "probes/u4": nil, "probes/u5": nil, "probes/u6": nil,
		"probes/v1": nil,
		// A party's seats in a body against the body's total (session 16).
		"probes/w1": nil,
		"athletics": {"conflict|Amara Okonjo age: 01-trackwire.txt says 24, 03-athletics-now.txt says 26",
			`spelling-variant|"Amara Okonja" looks like a misspelling of "Amara Okonjo"`},
		"takeover": {"conflict|(lead event) price per share (GBP): 01-market-ledger.txt says 420p, 02-business-daily.txt says 450p",
			`quote-attribution-conflict|"This deal gives our people a bigger stage`},
		"leadership": {"conflict|Civic Alliance votes: 01-city-voice.txt says 4,812, 02-evening-standard.txt says 4,218",
			`spelling-variant|"Tobias Renwik" looks like a misspelling of "Tobias Renwick"`},
	} {
		t.Run(dir, func(t *testing.T) {
			rep := fireRun(t, filepath.Join("../../testdata/redteam", dir))
			var got []string
			for _, f := range rep.Findings {
				if !kinds[f.Kind] {
					continue
				}
				// An uncertain conflict (info, with its reason) counts
				// only where a contradiction was planted: elsewhere it is
				// a doubt shown, not a contradiction claimed.
				if f.Uncertain && !plantedPrefix(want, f.Kind+"|"+f.Message) {
					continue
				}
				got = append(got, f.Kind+"|"+f.Message)
			}
			if len(got) != len(want) {
				t.Fatalf("findings %q, want %q", got, want)
			}
			// Each planted finding is reported, at any severity (an
			// undated pair of a changing figure is an uncertain one).
			used := make([]bool, len(got))
			for _, w := range want {
				found := false
				for i, g := range got {
					if !used[i] && strings.HasPrefix(g, w) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("no finding starts with %q in %q", w, got)
				}
			}
		})
	}
}
