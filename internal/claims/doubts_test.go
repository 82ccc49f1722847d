package claims

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestPartiesApart reads invented leads: a figure each of two bidders
// gives is no certain contradiction, one party's two figures are, and
// accents do not part a name ("Lillöga", "Lilloga").
func TestPartiesApart(t *testing.T) {
	const day = 20521
	lead := func(article, body string, names ...string) Found {
		text := "Takeover news\n\n" + body
		sents := []span.Span{{Start: 0, End: 13}, {Start: 15, End: len(text)}}
		var ms []span.Mention
		for _, n := range names {
			typ := span.Org
			if p, ok := strings.CutSuffix(n, ":GPE"); ok {
				n, typ = p, span.GPE
			}
			i := strings.Index(text, n)
			ms = append(ms, span.Mention{Text: n, Type: typ, Start: i, End: i + len(n)})
		}
		// The bidders' own prices (claims/bidder) are another test's: here
		// both are the lead's event price.
		rs := ExtractWith(text, sents, sents[1:], ms, "en", ExtractOptions{Off: rules.Off{"claims/bidder": true}})
		if len(rs) != 1 {
			t.Fatalf("figures %+v in %q; want one", rs, body)
		}
		rs[0].Pub = day + 0.5
		return Found{Article: article, Raw: rs[0]}
	}
	for _, tc := range []struct {
		name string
		a, b Found
		want string // a part of the reason; "" for no doubt
	}{
		{"two bidders",
			lead("a", "Harbour Kings took control of Tarnby Mills with a bid of £4.2bn.", "Harbour Kings", "Tarnby Mills"),
			lead("b", "The Calder Post said that Quay Owls made a bid of £3.9bn for Tarnby Mills.", "Calder Post", "Quay Owls", "Tarnby Mills"),
			"quay owls"},
		{"one bidder",
			lead("a", "Harbour Kings took control of Tarnby Mills with a bid of £4.2bn.", "Harbour Kings", "Tarnby Mills"),
			lead("b", "Harbour Kings made a bid of £3.9bn for Tarnby Mills.", "Harbour Kings", "Tarnby Mills"),
			""},
		{"a currency's country is no party",
			lead("a", "Harbour Kings took control of Tarnby Mills with a bid of £4.2bn.", "Harbour Kings", "Tarnby Mills"),
			lead("b", "The bid for the mills was worth US $3.9bn.", "US:GPE"),
			""},
		{"accents",
			lead("a", "Lillöga took control of the mills with a bid of £4.2bn.", "Lillöga"),
			lead("b", "Lilloga made a bid of £3.9bn for the mills.", "Lilloga"),
			""},
	} {
		got := PartiesApart(tc.a.valueForTest(), tc.b.valueForTest())
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: PartiesApart = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestLeadsApart(t *testing.T) {
	v := func(story, context string) Value {
		return Value{Raw: Raw{How: ByMention, Story: strings.Fields(story), Context: strings.Fields(context), Near: strings.Fields(context)}}
	}
	for _, tc := range []struct {
		name  string
		a, b  Value
		doubt bool
	}{
		{"two meetings", v("calder indoor grand prix", "finish fifth"), v("harwick meeting open", "finish eighth pair disappoint"), true},
		{"one meeting", v("calder indoor grand prix", "finish fifth"), v("calder grand prix", "finish eighth"), false},
		{"no lead names", v("", "finish fifth"), v("harwick", "finish eighth"), false},
		{"the same fact stated", v("calder", "ada quill finish fifth women race sprint"), v("harwick", "ada quill finish fifth women race sprint"), false},
	} {
		if got := LeadsApart(tc.a, tc.b); (got != "") != tc.doubt {
			t.Errorf("%s: LeadsApart = %q, want doubt %v", tc.name, got, tc.doubt)
		}
	}
}

// valueForTest is the value CrossReference compares for f.
func (f Found) valueForTest() Value { return valueOf(f) }

// TestBoundDoubt relates invented figures of a measure that changes over
// time: an approximate or bounded figure that misses an exact one is a
// doubt naming the approximation, two exact figures of one day conflict,
// and a measure that does not change (a fine) keeps its conflict.
func TestBoundDoubt(t *testing.T) {
	const day = 20521
	v := defaultLexicon().v
	val := func(measure string, x float64, hedge string) Value {
		return Value{Raw: Raw{Measure: measure, Low: x, High: x, Hedge: hedge, Precision: 0.01, How: ByLead, Pub: day + 0.5,
			Story: []string{"calder"}, Names: []string{"calder"}}}
	}
	for _, tc := range []struct {
		name string
		a, b Value
		rel  relation
		want string // a part of the reason
	}{
		{"almost against exact", val("turnout (%)", 93.87, ""), val("turnout (%)", 90, "almost"), relUncertain, "almost 90 is an approximation and turnout changes"},
		{"more than against exact", val("deaths", 40, "more than"), val("deaths", 12, ""), relUncertain, "more than 40 is an approximation"},
		{"two exact figures", val("turnout (%)", 93.87, ""), val("turnout (%)", 81.2, ""), relConflict, ""},
		{"a measure that does not change", val("fine (GBP)", 5000, "almost"), val("fine (GBP)", 9000, ""), relConflict, ""},
		{"a first magnitude may be revised", val("magnitude", 6.5, "more than"), val("magnitude", 5.9, ""), relUncertain, "more than 6.5 is an approximation and magnitude changes"},
	} {
		rel, reason := v.relate(tc.a, tc.b, false, false)
		if rel != tc.rel || !strings.Contains(reason, tc.want) {
			t.Errorf("%s: relate = %v %q, want %v %q", tc.name, rel, reason, tc.rel, tc.want)
		}
	}
}
