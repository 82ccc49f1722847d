package claims

import "testing"

func TestCheckRanks(t *testing.T) {
	v := func(art string, lo, hi float64) Value { return Value{Article: art, Raw: Raw{Low: lo, High: hi}} }
	votes := func(subject string, lo, hi float64) Claim {
		return Claim{Subject: subject, Measure: "votes", Status: Single, Values: []Value{v("a", lo, hi)}}
	}
	rank := func(subject string, r float64) Claim {
		return Claim{Subject: subject, Measure: "rank", Status: Single, Values: []Value{v("b", r, r)}}
	}
	for _, tc := range []struct {
		name string
		cs   []Claim
		want int
	}{
		{"fourth behind three winners", []Claim{votes("A", 30000, 35000), votes("B", 30000, 35000), votes("C", 30000, 35000),
			votes("D", 18240, 18240), rank("D", 4)}, 0},
		{"second behind three", []Claim{votes("A", 30000, 35000), votes("B", 30000, 35000), votes("C", 30000, 35000),
			votes("D", 18240, 18240), rank("D", 2)}, 1},
		{"overlapping counts prove nothing", []Claim{votes("A", 17000, 19000), votes("D", 18240, 18240), rank("D", 1)}, 0},
		{"no votes for the ranked subject", []Claim{votes("A", 30000, 35000), rank("D", 1)}, 0},
		{"counts from another contest are not compared", []Claim{
			{Subject: "X", Measure: "votes", Status: Single, Values: []Value{v("other", 90000, 90000)}},
			{Subject: "Y", Measure: "votes", Status: Single, Values: []Value{v("other", 80000, 80000)}},
			votes("D", 18240, 18240), rank("D", 1)}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CheckRanks(tc.cs)
			if len(got) != tc.want {
				t.Errorf("CheckRanks = %+v, want %d conflicts", got, tc.want)
			}
		})
	}
}

// The evidence is the value that outranks, and a subject whose own
// sources do not agree is not ranked at all.
func TestCheckRanksEvidence(t *testing.T) {
	v := func(art string, n float64) Value { return Value{Article: art, Raw: Raw{Low: n, High: n}} }
	cs := []Claim{
		{Subject: "A", Measure: "votes", Status: Agree, Values: []Value{{Article: "a", Raw: Raw{Low: 20000, High: 40000}}, v("b", 31234)}},
		{Subject: "D", Measure: "votes", Status: Single, Values: []Value{v("a", 18240)}},
		{Subject: "D", Measure: "rank", Status: Single, Values: []Value{v("b", 1)}},
	}
	got := CheckRanks(cs)
	if len(got) != 1 || len(got[0].Votes) != 2 || got[0].Votes[1].Article != "b" || got[0].Votes[1].Low != 31234 {
		t.Fatalf("CheckRanks = %+v, want one conflict citing b's 31,234", got)
	}
	cs[1].Values = append(cs[1].Values, v("b", 50000)) // D's own sources disagree
	if got := CheckRanks(cs); len(got) != 0 {
		t.Errorf("CheckRanks with D's disjoint counts = %+v, want none", got)
	}
}
