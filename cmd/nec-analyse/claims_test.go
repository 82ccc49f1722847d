package main

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

// TestPlantedContradictions runs report on invented articles that
// contradict each other in each way the claims stage must catch, and on
// figures that only look different.
func TestPlantedContradictions(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte("Harbour vote count published\n\nThe ferry campaigner Amira Osei received 18,240 votes in the harbour election. " +
			"Daniel Okoro, Priya Lal and Tom Reyes won, with between 30,000 and 35,000 votes each. " +
			"The result shifts the balance on the 21-seat Harbour Board. " +
			"The pressure group Tidewatch says it has 120,000 members.\n"),
		"b.txt": []byte("Harbour election: the numbers\n\nAmira Osei received 21,300 votes, officials said. " +
			"Daniel Okoro, Priya Lal and Tom Reyes each took between 40,000 and 45,000 votes. " +
			"Campaigners now hold three of the seats on the 25-seat Harbour Board. " +
			"The pressure group Tidewatch now has nearly 120,000 members.\n"),
		"c.md": []byte("---\npublished: 2026-03-10\n---\nCouncil backs ferry\n\nThe harbour council voted on Monday to back the ferry route.\n"),
		"d.md": []byte("---\npublished: 2026-03-10\n---\nFerry route approved\n\nThe harbour council voted on Thursday to back the ferry route.\n"),
		"e.md": []byte("---\npublished: 2026-03-10\n---\nFerry vote\n\nCouncillors voted yesterday to back the ferry route.\n"),
	})
	r := runCmd(t, []string{"report", "--format", "json", dir}, false)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep struct {
		Claims []struct {
			Subject, Measure, Status string
		} `json:"claims"`
		Findings []struct {
			Kind, Severity, Message string
			Evidence                []struct {
				Article    string
				Start, End int
				Text       string
			}
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, c := range rep.Claims {
		status[c.Subject+"/"+c.Measure] = c.Status
	}
	for key, want := range map[string]string{
		"Amira Osei/votes":    "conflict",
		"Daniel Okoro/votes":  "conflict",
		"Harbour Board/seats": "conflict",
		"Tidewatch/members":   "agree",
	} {
		if status[key] != want {
			t.Errorf("%s status = %q, want %q (all: %v)", key, status[key], want, status)
		}
	}
	var conflicts []string
	for _, f := range rep.Findings {
		if f.Kind != "conflict" {
			continue
		}
		if f.Severity != "error" || len(f.Evidence) != 2 || f.Evidence[0].Article == f.Evidence[1].Article {
			t.Errorf("conflict finding without two sources of evidence: %+v", f)
		}
		conflicts = append(conflicts, f.Message)
	}
	sort.Strings(conflicts)
	if len(conflicts) < 3 || !strings.Contains(strings.Join(conflicts, "\n"), "a.txt says 18,240, b.txt says 21,300") {
		t.Errorf("conflicts = %q", conflicts)
	}
}

func TestLexiconFlag(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt":     []byte("Wind farm\n\nThe Harbour Wind Farm has 40 turbines, the operator said.\n"),
		"b.txt":     []byte("Wind farm\n\nThe Harbour Wind Farm has 44 turbines, engineers said.\n"),
		"lex.yaml":  []byte("measures:\n  turbines: [turbine, turbines]\n"),
		"bad.yaml":  []byte("measures: [x\n"),
		"typo.yaml": []byte("measure_votes: [ballots]\norg_head: [syndicate]\n"),
		"any.yaml":  []byte("measure_turbines: [turbine, turbines]\n"),
	})
	plain := runCmd(t, []string{"report", "-q", "-f", "json", dir + "/a.txt", dir + "/b.txt"}, false)
	if strings.Contains(plain.stdout, `"severity": "error"`) {
		t.Error("turbines contradict at error level without a lexicon (a generic count is an uncertain conflict at most)")
	}
	ext := runCmd(t, []string{"report", "-q", "-f", "json", "--lexicon", dir + "/lex.yaml", dir + "/a.txt", dir + "/b.txt"}, false)
	if !strings.Contains(ext.stdout, `"measure": "turbines"`) || !strings.Contains(ext.stdout, `"severity": "error"`) {
		t.Errorf("extended lexicon: no turbines conflict in\n%s", ext.stdout)
	}
	newShape := runCmd(t, []string{"report", "-q", "-f", "json", "--lexicon", dir + "/any.yaml", dir + "/a.txt", dir + "/b.txt"}, false)
	if !strings.Contains(newShape.stdout, `"measure": "turbines"`) {
		t.Errorf("measure_turbines list: no turbines claim in\n%s", newShape.stdout)
	}
	for _, tc := range []struct{ file, want string }{
		{"bad.yaml", "error: " + dir + "/bad.yaml:1:1: did not find expected ',' or ']'\n"},
		{"typo.yaml", "error: " + dir + "/typo.yaml:2:11: unknown list \"org_head\" (did you mean org_heads?)\n"},
	} {
		bad := runCmd(t, []string{"report", "--lexicon", dir + "/" + tc.file, dir + "/a.txt"}, false)
		if bad.code != exitError || bad.stderr != tc.want {
			t.Errorf("%s: exit %d, stderr %q, want %q", tc.file, bad.code, bad.stderr, tc.want)
		}
	}
}

func TestRoleConflictFinding(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte("Harbour politics\n\nAmira Osei, the leader of the Harbour Party, spoke at the ferry terminal on Tuesday.\n"),
		"b.txt": []byte("Harbour politics\n\nAmira Osei, the leader of Tidewatch, spoke at the ferry terminal on Tuesday.\n"),
	})
	r := runCmd(t, []string{"report", "-q", "-f", "json", dir}, false)
	if !strings.Contains(r.stdout, `"kind": "role-conflict"`) || !strings.Contains(r.stdout, `a.txt calls them \"leader of the Harbour Party\", b.txt \"leader of Tidewatch\"`) {
		t.Errorf("no role-conflict finding:\n%s", r.stdout)
	}
}

// TestStanceOfReportedDenial: an article reporting a denial disagrees with
// the claim, even when the denial itself is a quote.
func TestStanceOfReportedDenial(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt": []byte("Bridge report denied\n\nReports that the city council approved a new bridge over the Alder river are false, the council said on Tuesday.\n\n" +
			"A council spokeswoman denied the claim, calling the story a hoax spread on social media. No vote on a bridge over the Alder river took place.\n\n" +
			"\"There is no such plan and no bridge has been approved,\" she said. The fake report was debunked by local journalists.\n"),
		"b.txt": []byte("Bridge denial\n\nThe city council said on Tuesday that it had not approved a bridge over the Alder river. " +
			"\"The reports are false. There is no such plan and no vote took place,\" a council spokeswoman said.\n"),
	})
	r := runCmd(t, []string{"report", "-q", "-f", "json", "--claim", "The city council approved a new bridge over the Alder river", dir}, false)
	var rep struct {
		Stance []struct{ Article, Label string } `json:"stance"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Stance {
		if s.Label != "disagree" {
			t.Errorf("%s: stance %s, want disagree", s.Article, s.Label)
		}
	}
	if len(rep.Stance) != 2 {
		t.Errorf("%d stance rows, want 2", len(rep.Stance))
	}
}

// TestStanceSkipsOtherLanguageHeadlines: word overlap cannot measure the
// stance of an English article toward a Swedish headline, so that pair is
// not classified; a user's claim is classified against every article.
func TestStanceSkipsOtherLanguageHeadlines(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"en.txt": []byte("Harbour Board approves ferry plan\n\nThe Harbour Board approved the new ferry plan on Tuesday after a long debate. " +
			"Members said the ferries would run every hour from June and that the fares would stay the same for the first year.\n"),
		"en2.txt": []byte("Ferry plan passes\n\nThe ferry plan was approved by the Harbour Board on Tuesday. The new ferries will run every hour " +
			"from June, members of the board said after the debate, and fares will not rise this year.\n"),
		"sv.txt": []byte("Hamnstyrelsen godkände färjeplanen\n\nHamnstyrelsen godkände på tisdagen den nya planen för färjorna efter en lång debatt. " +
			"Färjorna ska gå varje timme från juni och priserna ska vara desamma under det första året, sade ledamöterna.\n"),
	})
	r := runCmd(t, []string{"report", "-q", "-f", "json", dir}, false)
	var rep struct {
		Stance []struct{ Article, Claim string } `json:"stance"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	pairs := map[string]bool{}
	for _, s := range rep.Stance {
		pairs[s.Article+"|"+s.Claim] = true
	}
	if len(rep.Stance) != 2 || !pairs["en.txt|Ferry plan passes"] || !pairs["en2.txt|Harbour Board approves ferry plan"] {
		t.Errorf("stance pairs = %v, want only the two English articles against each other's headline", pairs)
	}
	r = runCmd(t, []string{"report", "-q", "-f", "json", "--claim", "The Harbour Board approved the ferry plan", dir}, false)
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Stance) != 3 {
		t.Errorf("%d stance rows for a user claim, want 3 (one per article)", len(rep.Stance))
	}
}

// TestLexiconReachesEveryStage checks that one --lexicon file reaches
// the entity rules as well as the claims: an organisation word the
// built-in lists lack types a name once the user adds it.
func TestLexiconReachesEveryStage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.txt":    []byte("Pier closes\n\nThe harbour board closed the old pier on Tuesday.\n\nThe board met officials of Velmar Syndikat on Tuesday.\n"),
		"lex.yaml": []byte("org_heads: [syndikat]\n"),
	})
	typeOf := func(args ...string) string {
		r := runCmd(t, append([]string{"report", "-q", "-f", "json"}, args...), false)
		var rep struct {
			Entities []struct{ Name, Type string } `json:"entities"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, r.stderr)
		}
		for _, e := range rep.Entities {
			if e.Name == "Velmar Syndikat" {
				return e.Type
			}
		}
		return ""
	}
	if got := typeOf(dir + "/a.txt"); got == "ORG" {
		t.Errorf("built-in lists already type Velmar Syndikat ORG: the test shows nothing")
	}
	if got := typeOf("--lexicon", dir+"/lex.yaml", dir+"/a.txt"); got != "ORG" {
		t.Errorf("with org_heads: [syndikat], Velmar Syndikat is %q, want ORG", got)
	}
}
