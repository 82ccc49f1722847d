package stance

import (
	"strings"
	"testing"
)

// Claim-aware stance on invented articles: the outcome words about the
// claim's subject decide, with their contraries, quotes and predictions.
func TestJudge(t *testing.T) {
	m := mustLoad(t)
	const lead = "Voters in Alderton chose a new council on Thursday.\n\n"
	tests := []struct {
		name, claim, body string
		names             []string
		want              string
		wantKind          string
	}{
		{"missed out is the contrary of won", "Mara Quell won a seat on the council",
			lead + "Three Green candidates were elected. The novelist Mara Quell came fourth and missed out on a seat.", []string{"Mara Quell"}, Disagree, KindContrary},
		{"object of defeated lost", "Mara Quell won a seat on the council",
			lead + "At the count the Greens defeated every other hopeful, including the novelist Mara Quell, and took all three seats.", []string{"Mara Quell"}, Disagree, KindContrary},
		{"subject of defeated won", "Mara Quell won a seat on the council",
			lead + "The novelist Mara Quell defeated two sitting councillors to take a seat.", []string{"Mara Quell"}, Agree, KindStates},
		{"states the claim", "Mara Quell won a seat on the council",
			lead + "The novelist Mara Quell won a seat on the council with 4,000 votes.", []string{"Mara Quell"}, Agree, KindStates},
		{"was not elected", "Mara Quell was elected to the council",
			lead + "Mara Quell was not elected, falling 200 votes short.", []string{"Mara Quell"}, Disagree, KindContrary},
		{"quoted outcome is reported", "Mara Quell won a seat on the council",
			lead + `Her campaign manager said: "Mara Quell won, whatever the count says."`, []string{"Mara Quell"}, Discuss, KindReported},
		{"predicted outcome", "Mara Quell won a seat on the council",
			lead + "Polls suggest Mara Quell is set to win a seat on the council.", []string{"Mara Quell"}, Discuss, KindPredicted},
		{"rose against fell", "Unemployment in Alderton rose in March",
			"Unemployment in Alderton fell in March for the third month running, the statistics office said.", nil, Disagree, KindContrary},
		{"override against sustain", "The Senate voted to override the governor's veto",
			"The Senate sustained the governor's veto on Tuesday, falling four votes short.", nil, Disagree, KindContrary},
		{"no doubt is no denial", "Mara Quell won a seat on the council",
			lead + "There is no doubt Mara Quell and her allies hold deep beliefs about the town's parks.", []string{"Mara Quell"}, Agree, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := m.Judge(tc.claim, tc.body, "en", ClaimFacts{Names: tc.names}, ArticleFacts{})
			if j.Label != tc.want && !(tc.wantKind == "" && j.Label != Disagree) {
				t.Errorf("Judge = %s (%.2f, %s), want %s; evidence %+v", j.Label, j.Score, j.Reason, tc.want, j.Evidence)
			}
			if tc.wantKind != "" && (len(j.Evidence) == 0 || j.Evidence[0].Kind != tc.wantKind) {
				t.Errorf("evidence %+v, want first of kind %s", j.Evidence, tc.wantKind)
			}
		})
	}
}

// A figure of the article for the claim's subject and measure decides:
// another value disagrees, with that figure as evidence.
func TestJudgeFigure(t *testing.T) {
	m := mustLoad(t)
	body := "The Alderton flood killed 12 people, officials said on Friday.\n\nRescue teams searched the river banks."
	cf := ClaimFacts{Figures: []Figure{{Subject: "Alderton flood", Measure: "deaths", Low: 30, High: 30}}}
	af := ArticleFacts{Figures: []Figure{{Subject: "Alderton flood", Measure: "deaths", Low: 12, High: 12, Text: "12", Start: 26, End: 28}}}
	j := m.Judge("The Alderton flood killed 30 people", body, "en", cf, af)
	if j.Label != Disagree || len(j.Evidence) == 0 || j.Evidence[0].Cue != "12" {
		t.Errorf("Judge = %s %+v, want disagree with the figure 12", j.Label, j.Evidence)
	}
	cf.Figures[0].Low, cf.Figures[0].High = 12, 12
	if j := m.Judge("The Alderton flood killed 12 people", body, "en", cf, af); j.Label != Agree {
		t.Errorf("Judge = %s %+v, want agree for the same figure", j.Label, j.Evidence)
	}
}

// The claim's names, figures and words that the article never mentions:
// another name or figure in their place is a rival (disagree), and a
// claim element the article is silent on is no agreement.
func TestJudgeElements(t *testing.T) {
	m := mustLoad(t)
	const fire = "A fire destroyed the Brackenfield supermarket in Alderton on Friday night. " +
		"Firefighters from three stations fought the blaze for six hours. " +
		"Nobody was hurt, the fire service said, and the cause is under investigation.\n\n" +
		"The store's owners said it would reopen within a year."
	const host = "The academy announced on Friday that Tomas Pell will host the awards in February. " +
		"Pell, an actor and singer, has never hosted the ceremony before.\n\n" +
		"The academy said it was delighted."
	const bomb = "A bank bombing in Alderton killed two people on Friday, police said. " +
		"The two people killed were a police sergeant and a bomb disposal expert.\n\n" +
		"The bank was closed at the time."
	tests := []judgeCase{
		{"another name in the claim's place", "Lena Marsh will host the awards", host, Disagree, "", KindRival},
		{"the claim's name", "Tomas Pell will host the awards", host, "", Disagree, ""},
		{"another figure for the same count", "A bank bombing in Alderton killed five people", bomb, Disagree, "", KindRival},
		{"the claim's figure", "A bank bombing in Alderton killed two people", bomb, "", Disagree, ""},
		{"a word the article never uses", "A flood destroyed the Brackenfield supermarket in Alderton", fire, "", Agree, ""},
		{"a place the article never names", "A fire destroyed the Brackenfield supermarket in Wexley", fire, "", Agree, ""},
	}
	runJudgeCases(t, m, ClaimFacts{}, tests)
}

// In a contest the claim names both sides of, the other side's win is
// the subject's loss.
func TestJudgeOtherSide(t *testing.T) {
	m := mustLoad(t)
	body := "Tomas Pell won the final on Sunday, beating Karl Dunne in four sets.\n\nIt was Pell's third title."
	names := []string{"Karl Dunne", "Tomas Pell"}
	if j := m.Judge("Karl Dunne beat Tomas Pell in the final", body, "en", ClaimFacts{Names: names}, ArticleFacts{}); j.Label == Agree {
		t.Errorf("Judge = %s (%s), want no agree; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
	if j := m.Judge("Tomas Pell won the final", body, "en", ClaimFacts{Names: names}, ArticleFacts{}); j.Label != Agree {
		t.Errorf("Judge = %s (%s), want agree; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
	// The nearest party before the outcome word holds it.
	const final = "Karl Dunne reached the final, where Tomas Pell won in four sets.\n\nThe crowd stayed on."
	if j := m.Judge("Karl Dunne beat Tomas Pell in the final", final, "en", ClaimFacts{Names: names}, ArticleFacts{}); j.Label == Agree {
		t.Errorf("Judge = %s (%s), want no agree; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
}

func TestListSeparator(t *testing.T) {
	for s, want := range map[string]bool{", ": true, " and ": true, ", and ": true, " och ": true, " won ": false, " ": false, " of the ": false} {
		if got := listSeparator(s); got != want {
			t.Errorf("listSeparator(%q) = %v, want %v", s, got, want)
		}
	}
}

// A name the article mentions is still contradicted when the claim's
// place (beside its verb) only ever holds other names: the claim's host
// named as an earlier one, the claim's man as the one who replaced the
// fired one. A date beside the verb is no name.
func TestJudgeMentionedRival(t *testing.T) {
	m := mustLoad(t)
	tests := []judgeCase{
		{"earlier host, another host now", "Lena Marsh will host the awards",
			"The academy said on Friday that Tomas Pell will be the host of this year's awards. Lena Marsh, the 2019 host, praised the choice.\n\nThe ceremony is in March.", Disagree, "", ""},
		{"the claim's host", "Tomas Pell will host the awards",
			"The academy said on Friday that Tomas Pell will be the host of this year's awards. Lena Marsh, the 2019 host, praised the choice.\n\nThe ceremony is in March.", "", Disagree, ""},
		{"fired another, hired the claim's man", "The Rovers fired Karl Dunne",
			"The Rovers fired Tom Abel on Monday after a poor season and named Karl Dunne as his successor.\n\nDunne starts next week.", Disagree, "", ""},
		{"hired the claim's man", "The Rovers hired Karl Dunne",
			"The Rovers hired Karl Dunne on Monday after a poor season.\n\nDunne starts next week.", "", Disagree, ""},
		{"a date beside the verb", "A judge sentenced Karl Dunne to life in prison",
			"A jury found Karl Dunne guilty of murder on Tuesday and recommended life in prison. Dunne will be sentenced May 3.", "", Disagree, ""},
	}
	runJudgeCases(t, m, ClaimFacts{}, tests)
}

// Who did a contest's verb: a participle after a comma takes the
// sentence's first party, another verb the nearest party before it, and
// a third party as the object is another contest.
func TestJudgeContestRoles(t *testing.T) {
	m := mustLoad(t)
	names := []string{"Karl Dunne", "Tomas Pell"}
	tests := []judgeCase{
		{"participle takes the sentence's subject", "Karl Dunne defeated Tomas Pell",
			"Tomas Pell brushed aside the challenge of Karl Dunne, stopping the former champion in the seventh round.", "", Agree, ""},
		{"participle win", "Karl Dunne defeated Tomas Pell",
			"Tomas Pell kept his title with a lopsided victory over Karl Dunne, winning in the seventh round.", "", Agree, ""},
		{"nearest party before the verb", "Karl Dunne defeated Tomas Pell",
			"After flooring Dunne in the sixth, Pell wasted little time in the seventh before stopping the fight.", "", Agree, ""},
		{"the true claim still agrees", "Tomas Pell defeated Karl Dunne",
			"Tomas Pell brushed aside the challenge of Karl Dunne, stopping the former champion in the seventh round.", Agree, "", ""},
		{"a third party's defeat is another contest", "Tomas Pell defeated Karl Dunne",
			"Tomas Pell stopped Karl Dunne late in round seven. Dunne was once the man who knocked out Lenny Lowe to take the title.", "", Disagree, ""},
	}
	runJudgeCases(t, m, ClaimFacts{Names: names}, tests)
}

// Roles the other way round: the claim's object named as the one who did
// the claim's verb.
func TestJudgeSwappedRoles(t *testing.T) {
	m := mustLoad(t)
	const ship = "The frigate HMS Tarrant intercepted three smuggling boats off the coast on Thursday and seized weapons and fuel from the smugglers, the navy said.\n\nNobody was hurt."
	tests := []judgeCase{
		{"the object did it", "Smugglers seized HMS Tarrant off the coast", ship, Disagree, "", ""},
		{"the true claim", "HMS Tarrant intercepted smuggling boats off the coast", ship, "", Disagree, ""},
		{"the object as object", "Smugglers seized HMS Tarrant off the coast",
			"Smugglers seized HMS Tarrant off the coast on Thursday. HMS Tarrant seized nothing.", "", Disagree, ""},
		{"passive is no swap", "Smugglers seized HMS Tarrant off the coast",
			"HMS Tarrant was seized by smugglers off the coast on Thursday.", "", Disagree, ""},
		{"participle takes the sentence's subject", "The navy seized HMS Tarrant",
			"The navy boarded the old frigate HMS Tarrant, seizing it on Thursday.", "", Disagree, ""},
	}
	runJudgeCases(t, m, ClaimFacts{}, tests)
}

// judgeCase is a claim judged against an article body: the label it must
// get (want), the label it must not get (notWant) and the kind of its
// first evidence (wantKind); empty strings check nothing.
type judgeCase struct {
	name, claim, body       string
	want, notWant, wantKind string
}

// runJudgeCases judges each case with the claim's facts cf.
func runJudgeCases(t *testing.T, m *Model, cf ClaimFacts, tests []judgeCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := m.Judge(tc.claim, tc.body, "en", cf, ArticleFacts{})
			if tc.want != "" && j.Label != tc.want || tc.notWant != "" && j.Label == tc.notWant {
				t.Errorf("Judge = %s (%.2f, %s), want %q, not %q; evidence %+v", j.Label, j.Score, j.Reason, tc.want, tc.notWant, j.Evidence)
			}
			if tc.wantKind != "" && (len(j.Evidence) == 0 || j.Evidence[0].Kind != tc.wantKind) {
				t.Errorf("evidence %+v, want first of kind %s", j.Evidence, tc.wantKind)
			}
		})
	}
}

func TestClaimVerbObject(t *testing.T) {
	for claim, want := range map[string]string{
		"Smugglers seized HMS Tarrant off the coast of Wexley": "seized",
		"The Rovers fired Karl Dunne":                          "fired",
		"The navy captured 23 smugglers":                       "",
		"HMS Tarrant was seized by smugglers":                  "",
		"Tomas Pell will host the awards":                      "",
	} {
		ct := tokenize(claim)
		v, _ := claimVerbObject(claim, ct)
		got := ""
		if v >= 0 {
			got = ct[v].lower
		}
		if got != want {
			t.Errorf("claimVerbObject(%q) = %q, want %q", claim, got, want)
		}
	}
}

// A claim's person of the other sex beside the claim's verb is a rival.
func TestJudgePersonSex(t *testing.T) {
	m := mustLoad(t)
	const crash = "A driver struck and killed a woman crossing Elm Street in Alderton on Friday night, police said. A local man was later charged with manslaughter.\n\nThe road was closed for hours."
	tests := []judgeCase{
		{"another sex beside the verb", "A man was killed in a crash in Alderton", crash, Disagree, "", ""},
		{"the claim's own", "A woman was killed in a crash in Alderton", crash, "", Disagree, ""},
		{"the other verb's person", "A man was charged over a crash in Alderton", crash, "", Disagree, ""},
	}
	runJudgeCases(t, m, ClaimFacts{}, tests)
}

// An outcome that befalls one person, said without naming the claim's
// subject in an article about that subject.
func TestJudgeImpliedSubject(t *testing.T) {
	m := mustLoad(t)
	const body = "Mara Quell is getting help, her publicist said on Friday.\n\n" +
		"The 33-year-old singer, who has been photographed at parties all year, had checked into the Linden Clinic in Alderton on Tuesday.\n\n" +
		"The publicist gave no reason for her stay."
	names := []string{"Mara Quell", "Linden Clinic"}
	if j := m.Judge("Mara Quell checked out of the Linden Clinic", body, "en", ClaimFacts{Names: names}, ArticleFacts{}); j.Label != Disagree {
		t.Errorf("Judge = %s (%s), want disagree; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
	if j := m.Judge("Mara Quell checked into the Linden Clinic", body, "en", ClaimFacts{Names: names}, ArticleFacts{}); j.Label == Disagree {
		t.Errorf("Judge = %s (%s), want no disagree; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
	// A contest's win is shared by many: not implied (no sentence states
	// it; the model's cue words may still read agree).
	const vote = "Mara Quell stood for the council in Alderton.\n\nThe Green candidates won seats on the council on Thursday."
	if j := m.Judge("Mara Quell won a seat on the council", vote, "en", ClaimFacts{Names: []string{"Mara Quell"}}, ArticleFacts{}); len(j.Evidence) > 0 && j.Evidence[0].Kind == KindStates {
		t.Errorf("Judge = %s (%s), want no sentence stating it; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
}

// A denial word before a noun it qualifies denies that noun, not the
// claim, unless the noun is a report ("a false report").
func TestJudgeQualifyingDenial(t *testing.T) {
	m := mustLoad(t)
	const claim = "A fire destroyed the Brackenfield depot"
	tests := []judgeCase{
		{"false documents", claim, "A fire destroyed the Brackenfield depot on Tuesday.\n\nThe depot's former owner was later charged with submitting false documents about the Brackenfield depot to the insurer.", "", Disagree, ""},
		{"false report", claim, "A false report about the Brackenfield depot spread on Tuesday: the depot was not touched by any fire, the fire service said.", Disagree, "", ""},
		{"predicative", claim, "Reports that a fire destroyed the Brackenfield depot are false, the owner said on Tuesday.", Disagree, "", ""},
	}
	runJudgeCases(t, m, ClaimFacts{}, tests)
}

// An object verb whose nearest name before it is a third party's is not
// the claim's parties' outcome.
func TestObjectSideThirdParty(t *testing.T) {
	for body, want := range map[string]int{
		"Pell floored Dunne twice, then Ana Ruiz, the referee, stopped the fight.": -1,
		"Pell floored Dunne twice and Pell stopped the fight.":                     outWin,
		"Dunne was floored twice before Pell stopped the fight.":                   outWin,
	} {
		toks := tokenize(body)
		names := make([]int8, len(toks))
		h := outcomeHit{class: outObject, n: 1}
		for i, tk := range toks {
			switch tk.lower {
			case "pell":
				names[i] = holderSubject
			case "dunne":
				names[i] = holderOther
			case "stopped":
				h.i = i
			}
		}
		if got := objectSide(body, toks, names, h, true); got != want {
			t.Errorf("objectSide(%q) = %d, want %d", body, got, want)
		}
	}
}

// What the rival and role rules leave alone: a name that modifies a noun,
// a date beside the verb, a participle with no object, a person on the
// next line of a headline.
func TestJudgeRulesLeaveAlone(t *testing.T) {
	m := mustLoad(t)
	tests := []struct{ name, claim, body string }{
		{"a name modifying a noun", "Ricochet killed Wexley teenager",
			"The bullet that killed Tomas Pell, a Wexley teenager, was a ricochet, the report said.\n\nRiots followed."},
		{"a date beside the verb", "The council on Saturday approved the Alder bridge",
			"The council met on Saturday. Mayor Anna Berg approved the Alder bridge plan at the meeting.\n\nWork starts in May."},
		{"a participle with no object", "The Rovers fired Karl Dunne",
			"Karl Dunne became the fifth manager fired within a month, the club said on Monday.\n\nHis assistant takes over."},
		{"a headline's next line", "A man was killed in the Alderton crash",
			"Pedestrian killed\nWoman driver held after Alderton crash. The pedestrian, a local man of 45, died at the scene."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if j := m.Judge(tc.claim, tc.body, "en", ClaimFacts{}, ArticleFacts{}); j.Label == Disagree {
				t.Errorf("Judge = %s (%.2f, %s), want no disagree; evidence %+v", j.Label, j.Score, j.Reason, j.Evidence)
			}
		})
	}
}

func TestSubjectNames(t *testing.T) {
	tests := []struct {
		claim string
		names []string
		want  string // the subject's names, joined by "|"
	}{
		{"Ola Brenn, Mira Tallis and Petra Honig won seats on the council", []string{"Ola Brenn", "Mira Tallis", "Petra Honig"}, "Ola Brenn|Mira Tallis|Petra Honig"},
		{"Tomas Pell easily brushed aside the challenge of Karl Dunne, stopping him", []string{"Tomas Pell", "Karl Dunne"}, "Tomas Pell"},
		{"Tomas Pell stopped Karl Dunne", []string{"Tomas Pell", "Karl Dunne"}, "Tomas Pell"},
	}
	for _, tc := range tests {
		pred := strings.Index(tc.claim, " won")
		if pred < 0 {
			pred = strings.Index(tc.claim, " stop")
		}
		got := subjectNames(tc.claim, tc.names, pred)
		var names []string
		for k, n := range tc.names {
			if got[k] {
				names = append(names, n)
			}
		}
		if strings.Join(names, "|") != tc.want {
			t.Errorf("subjectNames(%q) = %v, want %s", tc.claim, names, tc.want)
		}
	}
}

// The claim's places are no side of its contest, and an object verb's
// agent is in its clause.
func TestJudgeSidesAndClauses(t *testing.T) {
	m := mustLoad(t)
	names := []string{"Tomas Pell", "Karl Dunne", "Alderton"}
	body := "Tomas Pell kept his title in Alderton with a lopsided victory over Karl Dunne.\n\nThe crowd stayed on."
	if j := m.Judge("Tomas Pell stopped Karl Dunne in Alderton", body, "en", ClaimFacts{Names: names}, ArticleFacts{}); j.Label == Disagree {
		t.Errorf("Judge = %s (%s), want no disagree; evidence %+v", j.Label, j.Reason, j.Evidence)
	}
	text := "Pell staggered Dunne, and the ref stopped it."
	toks := tokenize(text)
	marks := make([]int8, len(toks))
	h := outcomeHit{class: outObject, n: 1}
	for i, tk := range toks {
		switch tk.lower {
		case "pell":
			marks[i] = holderSubject
		case "dunne":
			marks[i] = holderOther
		case "stopped":
			h.i = i
		}
	}
	if got := objectSide(text, toks, marks, h, true); got != -1 {
		t.Errorf("objectSide(%q) = %d, want -1", text, got)
	}
}
