package stance

import (
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Invented pairs: never from FNC-1 or the seed articles.
const (
	claimBridge = "City council approves new bridge over the Alder river"
	bodyAgree   = `The city council approved the construction of a new bridge over the Alder river on Tuesday, officials confirmed.
Council members voted 9 to 2 for the bridge, which will link the two halves of the city across the Alder river.
Construction of the bridge is expected to start next spring, the council said in a statement.
The mayor welcomed the vote and said the new bridge would cut commuting times.`
	bodyDisagree = `Reports that the city council approved a new bridge over the Alder river are false, the council said on Tuesday.
A council spokeswoman denied the claim, calling the story a hoax spread on social media. No vote on a bridge over the Alder river took place.
"There is no such plan and no bridge has been approved," she said. The fake report was debunked by local journalists.`
	bodyUnrelated = `A rare orchid has been found growing in an abandoned greenhouse in the northern highlands, botanists said.
The plant, thought to be extinct in the wild, was identified by a student collecting moss samples.
Researchers plan to propagate seeds in a laboratory before returning plants to the wild.`
)

func TestClassify(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		name, claim, body string
		want              []string // any of these
	}{
		{"repeats the facts", claimBridge, bodyAgree, []string{Agree, Discuss}},
		{"unrelated body", claimBridge, bodyUnrelated, []string{Unrelated}},
		{"says the claim is false", claimBridge, bodyDisagree, []string{Disagree}},
		{"empty body", claimBridge, "", []string{Unrelated}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, score := m.Classify(tc.claim, tc.body)
			ok := false
			for _, w := range tc.want {
				ok = ok || got == w
			}
			if !ok {
				t.Errorf("Classify = %s (%.3f), want one of %v (probabilities %v)", got, score, tc.want, m.Probabilities(tc.claim, tc.body))
			}
			if score < 0 || score > 1 {
				t.Errorf("score %v outside [0,1]", score)
			}
		})
	}
}

// A body saying the claim is false must be classified disagree (or at
// worst discuss), never agree, and lean to disagree more than, and to
// agree less than, a body confirming the claim.
func TestDisagreePreferredOverAgree(t *testing.T) {
	m := mustLoad(t)
	if l, _ := m.Classify(claimBridge, bodyDisagree); l == Agree {
		t.Errorf("refuting body classified agree")
	}
	pa := m.Probabilities(claimBridge, bodyAgree)
	pd := m.Probabilities(claimBridge, bodyDisagree)
	if pd[1] <= pa[1] || pd[1]/pd[0] <= pa[1]/pa[0] {
		t.Errorf("refuting %v vs confirming %v: want more disagree, and more disagree per agree", pd, pa)
	}
	if pa[3] > 0.5 || pd[3] > 0.5 {
		t.Errorf("related bodies scored unrelated: %v %v", pa, pd)
	}
}

func TestEvaluate(t *testing.T) {
	gold := []string{Agree, Disagree, Discuss, Unrelated, Unrelated}
	pred := []string{Agree, Discuss, Unrelated, Unrelated, Agree}
	e := Evaluate(gold, pred)
	// agree exact 1.0, disagree->discuss 0.25, discuss->unrelated 0,
	// unrelated right 0.25, unrelated->agree 0.
	if e.Score != 1.5 || e.Max != 3.5 || e.Null != 0.5 {
		t.Errorf("score %v max %v null %v", e.Score, e.Max, e.Null)
	}
	if e.Confusion[1][2] != 1 || e.Confusion[3][0] != 1 {
		t.Errorf("confusion %v", e.Confusion)
	}
}

func TestDeterministicEncode(t *testing.T) {
	pairs := []Pair{
		{claimBridge, bodyAgree, Agree}, {claimBridge, bodyDisagree, Disagree},
		{claimBridge, bodyUnrelated, Unrelated}, {"Council votes on bridge plan", bodyAgree, Discuss},
		{"Orchid found in greenhouse", bodyUnrelated, Agree}, {"Orchid found in greenhouse", bodyAgree, Unrelated},
	}
	opts := DefaultTrainOptions()
	opts.Epochs = 2
	enc := func() string {
		b, err := NewTrainer(pairs, opts).Fit(opts).Encode()
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if a, b := enc(), enc(); a != b {
		t.Error("two trainings on the same data gave different bytes")
	}
	m, err := Parse([]byte(enc()))
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := m.Classify(claimBridge, bodyAgree); l == "" {
		t.Error("empty label")
	}
}

func TestTokenize(t *testing.T) {
	toks := tokenize("He denied it. She didn't! Då sa hon: nej?\n\nNew para")
	var words []string
	for _, tk := range toks {
		words = append(words, tk.lower)
	}
	if got := strings.Join(words, " "); got != "he denied it she didn't då sa hon nej new para" {
		t.Errorf("tokens %q", got)
	}
	if toks[3].sent != 1 || toks[5].sent != 2 || toks[9].sent != 3 {
		t.Errorf("sentences %+v", toks)
	}
	// A full stop inside a number or a web address ends no sentence; one
	// before a closing quote does.
	toks = tokenize(`Inflation stood at 4.1% in May, per stats.example. "It rose." Then it fell`)
	sents := map[string]int{}
	for _, tk := range toks {
		sents[tk.lower] = tk.sent
	}
	if sents["inflation"] != 0 || sents["may"] != 0 || sents["example"] != 0 || sents["rose"] != 1 || sents["then"] != 2 {
		t.Errorf("sentences with a decimal: %v", sents)
	}
}

func BenchmarkClassify(b *testing.B) {
	m := mustLoad(b)
	bodies := []string{bodyAgree, bodyDisagree, bodyUnrelated, strings.Repeat(bodyAgree+"\n\n", 3)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Classify(claimBridge, bodies[i%len(bodies)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

func TestClassifyLang(t *testing.T) {
	m := mustLoad(t)
	claim := "Maria Olsen won the election to the Harbour Board with 4,100 votes"
	tests := []struct {
		name, body, lang, want string
	}{
		{"Swedish prediction", "Maria Olsen ser ut att vinna valet till Harbour Board. Opinionsmätningar tyder på att Olsen får 4 100 röster. Valet hålls på fredag.", "sv", Discuss},
		{"Swedish report", "Maria Olsen vann valet till Harbour Board med 4 100 röster. Olsen valdes på fredagen.", "sv", Agree},
		{"Swedish denial", "Uppgifterna om att Maria Olsen vann valet till Harbour Board är falska. Olsen förnekar att hon fick 4 100 röster.", "sv", Disagree},
		{"Swedish unrelated", "En sällsynt orkidé har hittats i ett övergivet växthus i norra fjällen, säger botaniker.", "sv", Unrelated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := m.ClassifyLang(claim, tc.body, tc.lang); got != tc.want {
				t.Errorf("ClassifyLang = %s, want %s", got, tc.want)
			}
		})
	}
	a, _ := m.Classify(claimBridge, bodyUnrelated)
	b, _ := m.ClassifyLang(claimBridge, bodyUnrelated, "en")
	if a != b {
		t.Errorf("English: ClassifyLang %s != Classify %s", b, a)
	}
}
