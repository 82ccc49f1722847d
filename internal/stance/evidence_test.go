package stance

import (
	"strings"
	"testing"
)

// A body that quotes a critic at length (negations, "not", "no") but never
// denies the claim must not be read as a denial: without a refuting cue
// the embedded model may not answer disagree.
func TestDisagreeNeedsRefutingCue(t *testing.T) {
	m := mustLoad(t)
	if !m.f.DisagreeNeedsCue {
		t.Fatal("embedded model does not require a refuting cue for disagree")
	}
	// The model of feature version 1 without the rule read this body as
	// disagree (P agree 0.54, disagree 0.35, biased toward disagree).
	body := `Bridge opponents were not impressed on Tuesday. The Alder Residents Group has never accepted the plan and says it will not give up.
"The council is not listening to the people who live by the Alder river," its chair said. "No one asked us. We do not want a bridge and we will not stop campaigning. This is not democracy."
Councillors voted 9 to 2 for the new bridge.`
	got, _ := m.Classify(claimBridge, body)
	if got == Disagree {
		t.Errorf("Classify = disagree for a body with no refuting cue (probabilities %v)", m.Probabilities(claimBridge, body))
	}
	if got, _ := m.Classify(claimBridge, bodyDisagree); got != Disagree {
		t.Errorf("Classify of an outright denial = %s, want disagree", got)
	}
}

func TestExplain(t *testing.T) {
	tests := []struct {
		name, body, lang, label string
		wantKind, wantTerm      string // first evidence; "" for none
		wantSentence            string // prefix of its sentence
	}{
		{"denial gives the refuting cue", bodyDisagree, "en", Disagree, "refute", "false", "Reports that the city council"},
		{"agree gives the asserting cue", bodyAgree, "en", Agree, "assert", "confirmed", "The city council approved"},
		{"discuss gives the hedge", "Residents say the council could approve a new bridge over the Alder river next week. A vote is expected on Tuesday.", "en", Discuss, "hedge", "could", "Residents say"},
		{"no cue: most related sentence", "The weather was fine. The council voted for a new bridge over the Alder river.", "en", Agree, "related", "", "The council voted"},
		{"unrelated has none", bodyUnrelated, "en", Unrelated, "", "", ""},
		{"other language: cue in the lead", "Kommunen väntas godkänna en ny bro över Alder river. Beslutet fattas på tisdag.", "sv", Discuss, "hedge", "väntas", "Kommunen väntas"},
		{"empty body", "", "en", Agree, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := Explain(claimBridge, tc.body, tc.lang, tc.label)
			if tc.wantKind == "" {
				if len(ev) != 0 {
					t.Fatalf("Explain = %+v, want none", ev)
				}
				return
			}
			if len(ev) == 0 || len(ev) > maxStanceEvidence {
				t.Fatalf("Explain gave %d pieces of evidence: %+v", len(ev), ev)
			}
			e := ev[0]
			if e.Kind != tc.wantKind || !strings.EqualFold(e.Cue, tc.wantTerm) || !strings.HasPrefix(e.Sentence, tc.wantSentence) {
				t.Errorf("Explain[0] = %+v, want kind %s cue %q in sentence %q...", e, tc.wantKind, tc.wantTerm, tc.wantSentence)
			}
			if tc.body[e.Start:e.End] != e.Sentence || tc.body[e.CueStart:e.CueEnd] != e.Cue {
				t.Errorf("offsets of %+v do not give its sentence and cue", e)
			}
			if e.Cue != "" && (e.CueStart < e.Start || e.CueEnd > e.End) {
				t.Errorf("cue [%d,%d) outside its sentence [%d,%d)", e.CueStart, e.CueEnd, e.Start, e.End)
			}
		})
	}
}

func FuzzExplain(f *testing.F) {
	f.Add("a claim about a bridge", bodyDisagree, "en", Disagree)
	f.Add("x", "Inte sant. Det väntas.", "sv", Discuss)
	f.Fuzz(func(t *testing.T, claim, body, lang, label string) {
		for _, e := range Explain(claim, body, lang, label) {
			if e.Start < 0 || e.End > len(body) || e.Start > e.End || body[e.Start:e.End] != e.Sentence ||
				e.CueStart < 0 || e.CueEnd > len(body) || e.CueStart > e.CueEnd || body[e.CueStart:e.CueEnd] != e.Cue {
				t.Fatalf("bad evidence %+v for body %q", e, body)
			}
		}
	})
}

// Fixed phrases and negation: a refuting word inside "no doubt" or under
// "did not deny" is no denial, neither for the disagree gate nor as
// evidence (invented sentences).
func TestCueScope(t *testing.T) {
	tests := []struct {
		name, body string
		refuted    bool
	}{
		{"no doubt asserts", "There is no doubt the council backed the new bridge over the Alder river.", false},
		{"little doubt asserts", "There is little doubt that councillors approved the bridge.", false},
		{"did not deny", "The mayor did not deny that the council approved the bridge.", false},
		{"could not rule out", "Officials could not rule out a vote on the bridge next week.", false},
		{"never denied", "The council has never denied approving the bridge.", false},
		{"plain denial", "The council denied that it approved a bridge over the Alder river.", true},
		{"hoax", "The story of a new bridge is a hoax, the council said.", true},
	}
	m := mustLoad(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pf := m.feat.extract(claimBridge, tc.body)
			if pf.refuted != tc.refuted {
				t.Errorf("refuted = %v, want %v for %q", pf.refuted, tc.refuted, tc.body)
			}
			for _, ev := range Explain(claimBridge, tc.body, "en", Disagree) {
				if ev.Kind == "refute" && !tc.refuted {
					t.Errorf("Explain gives refuting cue %q in %q", ev.Cue, tc.body)
				}
			}
			if l, _ := m.Classify(claimBridge, tc.body); l == Disagree && !tc.refuted {
				t.Errorf("Classify = disagree for %q", tc.body)
			}
		})
	}
}
