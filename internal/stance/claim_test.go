package stance

import "testing"

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
			lead + "Green candidates easily defeated their rivals, including the novelist Mara Quell, to take all three seats.", []string{"Mara Quell"}, Disagree, KindContrary},
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
