package claims

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// article builds a one-sentence-per-line source with the named persons
// and organisations marked as mentions.
func article(lines []string, persons, orgs []string) (string, []span.Span, []span.Mention) {
	src := strings.Join(lines, "\n")
	var sents []span.Span
	pos := 0
	for _, l := range lines {
		sents = append(sents, span.Span{Start: pos, End: pos + len(l)})
		pos += len(l) + 1
	}
	var ms []span.Mention
	for typ, names := range map[string][]string{"PERSON": persons, "ORG": orgs} {
		for _, n := range names {
			for from := 0; ; {
				i := strings.Index(src[from:], n)
				if i < 0 {
					break
				}
				ms = append(ms, span.Mention{Start: from + i, End: from + i + len(n), Type: typ})
				from += i + len(n)
			}
		}
	}
	sortMentionsByStart(ms)
	return src, sents, ms
}

func sortMentionsByStart(ms []span.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func describe(src string, r Raw) string {
	var subs []string
	for _, s := range r.Subjects {
		subs = append(subs, src[s.Start:s.End])
	}
	subj := strings.Join(subs, "+")
	if r.How == ByCompound {
		subj = "head:" + r.Head
	}
	return fmt.Sprintf("%s %s=%g-%g %s %s", r.How, r.Measure, r.Low, r.High, r.Hedge, subj)
}

func TestExtract(t *testing.T) {
	for _, tc := range []struct {
		name    string
		lang    string
		lines   []string
		persons []string
		orgs    []string
		want    []string
	}{
		{"votes of the nearest person", "en", []string{"By comparison, the chef Amira Osei received only 18,240 votes."},
			[]string{"Amira Osei"}, nil, []string{"mention votes=18240-18240  Amira Osei"}},
		{"a division gives votes for and against of the body that voted", "en", []string{"The Assembly passed the motion by 187 votes to 162 on Monday."},
			nil, []string{"Assembly"}, []string{"mention votes for=187-187  Assembly", "mention votes against=162-162  Assembly"}},
		{"a division with no body named is the lead's", "en", []string{"The motion was carried by 187 votes to 162 on Monday."},
			nil, nil, []string{"lead votes for=187-187  ", "lead votes against=162-162  "}},
		{"a committee's division is the committee's", "en", []string{"The bill cleared the Housing and Planning Committee on Tuesday by 9 votes to 4."},
			nil, []string{"Housing and Planning Committee"}, []string{"mention votes for=9-9  Housing and Planning Committee", "mention votes against=4-4  Housing and Planning Committee"}},
		{"a division named by its body noun", "en", []string{"The committee backed the bill by 9 votes to 4."},
			nil, nil, []string{"compound votes for=9-9  head:committee", "compound votes against=4-4  head:committee"}},
		{"a Swedish division", "sv", []string{"Uttalandet antogs med 187 röster mot 162."},
			nil, nil, []string{"lead votes for=187-187  ", "lead votes against=162-162  "}},
		{"votes in a chamber are not the chamber's", "en", []string{"The government won only 162 votes in the National Assembly."},
			nil, []string{"National Assembly"}, []string{"fallback votes=162-162  "}},
		{"votes for a party are the party's", "en", []string{"Some 4,100 votes for the Harbour Party were counted."},
			nil, []string{"Harbour Party"}, []string{"mention votes=4100-4100 about Harbour Party"}},
		{"members of the union named by a possessive", "en", []string{"Barely 61% of the union's 14,200 members at Kestrel voted."},
			nil, []string{"Kestrel"}, []string{"compound members=14200-14200  head:union"}},
		{"a union that has members", "en", []string{"The union has about 12,400 members at the company."},
			nil, nil, []string{"compound members=12400-12400 about head:union"}},
		{"the workers a union represents are its members", "en", []string{"The union represents 12,400 workers at the depots."},
			nil, nil, []string{"compound members=12400-12400  head:union"}},
		{"members at a company are not the company's", "en", []string{"Some 14,200 members at Kestrel Freightways voted."},
			nil, []string{"Kestrel Freightways"}, []string{"fallback members=14200-14200 about "}},
		{"staff worldwide are another measure than staff at a site", "en", []string{"Halvard, which employs 450 people at the Harrowby site, has 2,300 employees worldwide."},
			nil, []string{"Halvard"}, []string{"mention employees=450-450  Halvard", "mention employees (worldwide)=2300-2300  Halvard"}},
		{"an age between commas", "en", []string{"Tom Reyes, 67, told the committee he would vote for it."},
			[]string{"Tom Reyes"}, nil, []string{"mention age=67-67  Tom Reyes"}},
		{"an age after aged", "en", []string{"The driver, Ana Reyes, aged 24, was unhurt."},
			[]string{"Ana Reyes"}, nil, []string{"mention age=24-24  Ana Reyes"}},
		{"an age before the name", "en", []string{"The club signed the 24-year-old Ana Reyes on Monday."},
			[]string{"Ana Reyes"}, nil, []string{"mention age=24-24  Ana Reyes"}},
		{"a Swedish age", "sv", []string{"Tom Reyes, 67 år, röstade för förslaget."},
			[]string{"Tom Reyes"}, nil, []string{"mention age=67-67  Tom Reyes"}},
		{"a number after a place, not between commas, is no age", "en", []string{"Fire crews from Valmora, 12 in all, arrived."},
			nil, []string{"Valmora"}, nil},
		{"a loss of seats and an earlier total are no seat counts", "en", []string{"The Harbour Party fell to 22.6 per cent, losing 21 of its 70 seats."},
			nil, []string{"Harbour Party"}, nil},
		{"more seats are a change", "en", []string{"The Harbour Party won 21 more seats than in 2022."}, nil, []string{"Harbour Party"}, nil},
		{"a hypothetical coalition is no seat count", "en", []string{"Amira Osei may seek a coalition with the Harbour Party, which would give him 93 seats."},
			[]string{"Amira Osei"}, []string{"Harbour Party"}, nil},
		{"a count belongs to its own clause", "en", []string{"The Harbour Party won 15 seats; Green Future took 21 seats."},
			[]string{"Green Future"}, []string{"Harbour Party"}, []string{"mention seats=15-15  Harbour Party", "fallback seats=21-21  "}},
		{"a party led by a person keeps its count", "en", []string{"The Harbour Party, led by Amira Osei, won 15 seats."},
			[]string{"Amira Osei"}, []string{"Harbour Party"}, []string{"mention seats=15-15  Harbour Party"}},
		{"a term cut on appeal is the original one, a guess", "en", []string{"Amira Osei, who was jailed for eight years, had the term cut on appeal on Thursday."},
			[]string{"Amira Osei"}, nil, []string{"event prison sentence (years)=8-8  Amira Osei"}},
		{"arrests are an event count", "en", []string{"Police arrested 41 people after the march on Saturday."}, nil, nil,
			[]string{"lead arrests=41-41  "}},
		{"members of a committee who act are a part of it", "en", []string{"Seven members of the Harbour Committee backed the cut."},
			nil, []string{"Harbour Committee"}, nil},
		{"passengers and crew on board are no board's members", "en", []string{"There were 58 passengers and six crew members on board."},
			nil, nil, []string{"fallback members=6-6  "}},
		{"places fallen are a change", "en", []string{"Valmora University fell three places to ninth this year."}, nil, []string{"Valmora University"}, nil},
		{"a level after rising to is a count", "en", []string{"Membership of the Harbour Party rose to 41,000 members."}, nil, []string{"Harbour Party"},
			[]string{"mention members=41000-41000  Harbour Party"}},
		{"an age then and now", "en", []string{"The then 19-year-old Amira Osei, now 22, was cleared."}, []string{"Amira Osei"}, nil, nil},
		{"an age in a dated sentence is another time's", "en", []string{"In 2012 Amira Osei, 74, received the prize."}, []string{"Amira Osei"}, nil, nil},
		{"each defendant has a term", "en", []string{"Amira Osei was jailed for nine years.", "A getaway driver was jailed for four years.", "The gang were jailed for a total of 16 years."},
			[]string{"Amira Osei"}, nil, []string{"mention prison sentence (years)=9-9  Amira Osei", "event prison sentence (years)=4-4  "}},
		{"letters that lower to another length before a term", "en", []string{"\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a Amira Osei, who was jailed for eight years, had the term cut."},
			[]string{"Amira Osei"}, nil, []string{"event prison sentence (years)=8-8  Amira Osei"}},
		{"a future body's seats are no count", "en", []string{"The new council will have 51 seats."}, nil, nil, nil},
		{"a judge who jails is not the one jailed", "en", []string{"Judge Sarah Kent jailed him for nine years."}, []string{"Sarah Kent"}, nil,
			[]string{"event prison sentence (years)=9-9  "}},
		{"an accomplice is not the one named before him", "en", []string{"Amira Osei's accomplice was jailed for four years."}, []string{"Amira Osei"}, nil,
			[]string{"event prison sentence (years)=4-4  "}},
		{"a year in a relative clause does not date a count", "en", []string{"The Harbour Union, founded in 1948, has 41,000 members."}, nil, []string{"Harbour Union"},
			[]string{"mention members=41000-41000  Harbour Union"}},
		{"an age at death", "en", []string{"The actor Amira Osei has died aged 87."}, []string{"Amira Osei"}, nil,
			[]string{"mention age=87-87  Amira Osei"}},
		{"voted seven to two", "en", []string{"The Harbour Committee voted seven to two to cut the rate."}, nil, []string{"Harbour Committee"},
			[]string{"mention votes for=7-7  Harbour Committee", "mention votes against=2-2  Harbour Committee"}},
		{"range each for a list", "en", []string{"Daniel Okoro, Amira Osei and Priya Lal won easily, with between 30,000 and 35,000 votes each."},
			[]string{"Daniel Okoro", "Amira Osei", "Priya Lal"}, nil, []string{"event winners=3-3  ", "each votes=30000-35000  Daniel Okoro+Amira Osei+Priya Lal"}},
		{"compound with head noun", "en", []string{"The shift tips the 21-seat board towards the campaigners."}, nil, nil,
			[]string{"compound seats=21-21  head:board"}},
		{"membership without subject", "en", []string{`"Our 120,000 members are out knocking on doors every weekend," she said.`}, nil, nil,
			[]string{"fallback members=120000-120000  "}},
		{"hedge kept", "en", []string{"Tidewatch says it has nearly 120,000 members."}, nil, []string{"Tidewatch"},
			[]string{"mention members=120000-120000 nearly Tidewatch"}},
		{"a rank in an earlier season is no claim", "en", []string{"Amira Osei finished fourth last season."}, []string{"Amira Osei"}, nil, nil},
		{"rank after a placing verb", "en", []string{"The ferry pilot Amira Osei came fourth in the harbour swim."}, []string{"Amira Osei"}, nil,
			[]string{"mention rank=4-4  Amira Osei"}},
		{"no measure noun, no claim", "en", []string{"But 12 months on, Amira Osei has still not spoken."}, []string{"Amira Osei"}, nil, nil},
		{"swedish seats", "sv", []string{"Styrelsen TRB med 21 platser är delad."}, nil, []string{"TRB"},
			[]string{"mention seats=21-21  TRB"}},
		{"swedish hedge and spaced thousands", "sv", []string{"Gruppen Tidewatch har nära 120 000 starka medlemmar."}, nil, []string{"Tidewatch"},
			[]string{"mention members=120000-120000 nearly Tidewatch"}},
		{"count continues the previous sentence's subject", "en", []string{"The Harbour Board has 21 seats.", "Three seats were created this year."},
			nil, []string{"Harbour Board"}, []string{"mention seats=21-21  Harbour Board", "previous new seats=3-3  Harbour Board"}},
		{"swedish created seats", "sv", []string{"Styrelsen TRB har 21 platser.", "Tre mandat som skapats nyligen ska fyllas."},
			nil, []string{"TRB"}, []string{"mention seats=21-21  TRB", "previous new seats=3-3  TRB"}},
		{"winners by a win cue", "en", []string{"The mayor congratulated the three successful candidates.", "Two rivals lost."},
			nil, nil, []string{"event winners=3-3  "}},
		{"winners by noun", "sv", []string{"De tre vinnarna fick mellan 30 000 och 35 000 röster."}, nil, nil,
			[]string{"event winners=3-3  ", "fallback votes=30000-35000  "}},
		{"a plural without a win cue is no count of winners", "en", []string{"Three candidates stood in the ward."}, nil, nil,
			[]string{"fallback candidates=3-3  "}},
		{"a list of people who won", "en", []string{"Campaigners - Amira Osei, Daniel Okoro, and Priya Lal - won by a mile."},
			[]string{"Amira Osei", "Daniel Okoro", "Priya Lal"}, nil, []string{"event winners=3-3  "}},
		{"a list with an adverb before the verb", "en", []string{"Newcomers Amira Osei, Daniel Okoro and Priya Lal comfortably beat the sitting councillors."},
			[]string{"Amira Osei", "Daniel Okoro", "Priya Lal"}, nil, []string{"event winners=3-3  "}},
		{"a list that did not win", "en", []string{"Amira Osei and Daniel Okoro met the mayor."},
			[]string{"Amira Osei", "Daniel Okoro"}, nil, nil},
		{"topped the poll", "en", []string{"Amira Osei topped the poll in the harbour ward."}, []string{"Amira Osei"}, nil,
			[]string{"mention rank=1-1  Amira Osei"}},
		{"next nearest candidate after counted winners", "en", []string{"Daniel Okoro, Priya Lal and Tom Reyes won.", "The next nearest candidate, the chef Amira Osei, got 900 votes."},
			[]string{"Daniel Okoro", "Priya Lal", "Tom Reyes", "Amira Osei"}, nil,
			[]string{"event winners=3-3  ", "mention rank=4-4  Amira Osei", "mention votes=900-900  Amira Osei"}},
		{"next nearest candidate without a count of winners", "en", []string{"The next nearest candidate, Amira Osei, conceded."},
			[]string{"Amira Osei"}, nil, nil},
		{"casualties in the lead: killed and injured", "en", []string{"A fire at a depot in Tarn killed four workers and injured 23 on Tuesday."}, nil, nil,
			[]string{"lead deaths=4-4  ", "lead injured=23-23  "}},
		{"casualties: count before the verb", "en", []string{"Four people died and 23 were hurt when the roof fell."}, nil, nil,
			[]string{"lead deaths=4-4  ", "lead injured=23-23  "}},
		{"death toll with a hedge, then a part of the injured", "en", []string{"The death toll from the blast has risen to at least six, after two of the injured died in hospital."}, nil, nil,
			[]string{"lead deaths=6-6 at least "}},
		{"another two died is a part", "en", []string{"Another two people died on Sunday."}, nil, nil, nil},
		{"times are no people", "en", []string{"The boy was shot seven times and had been arrested four times."}, nil, nil, nil},
		{"people shot, and an aside before the verb", "en", []string{"A gunman shot seven people at a depot in Tarn on Monday, killing two.", "Three people, one of them a driver, were injured."}, nil, nil,
			[]string{"lead shot=7-7  ", "lead deaths=2-2  ", "lead injured=3-3  "}},
		{"casualties outside the lead are a guess", "en", []string{"The storm reached the coast at dawn.", "Roads were closed.", "Three people were killed in the village."}, nil, nil,
			[]string{"event deaths=3-3  "}},
		{"casualties of an earlier event in the lead are a guess", "en", []string{"It was the worst fire since a 2019 blaze killed two."}, nil, nil,
			[]string{"event deaths=2-2  "}},
		{"prison sentence", "en", []string{"The former mayor was jailed for six years on Friday.", "His aide was sentenced to 18 months in prison."}, nil, nil,
			[]string{"lead prison sentence (years)=6-6  ", "lead prison sentence (months)=18-18  "}},
		{"swedish prison sentence", "sv", []string{"Borgmästaren dömdes till sex års fängelse."}, nil, nil,
			[]string{"lead prison sentence (years)=6-6  "}},
		{"years without a prison word are no sentence", "en", []string{"The mayor served for six years."}, nil, nil, nil},
		{"a council named by its noun", "sv", []string{"Partiet i Kärrby behåller makten i fullmäktige, som har 49 mandat."}, nil, []string{"Kärrby"},
			[]string{"compound seats=49-49  head:fullmäktige"}},
		{"magnitude in the lead", "en", []string{"A magnitude 6.8 earthquake struck on Monday.", "A 5.1-magnitude aftershock followed."}, nil, nil,
			[]string{"lead magnitude=6.8-6.8  ", "lead magnitude=5.1-5.1  "}},
		{"swedish magnitude", "sv", []string{"Ett skalv med magnituden 6,3 skakade staden."}, nil, nil,
			[]string{"lead magnitude=6.3-6.3  "}},
		{"swedish casualties", "sv", []string{"Fyra personer omkom och 23 skadades i branden."}, nil, nil,
			[]string{"lead deaths=4-4  ", "lead injured=23-23  "}},
		{"years are not figures", "en", []string{"In 2017 Amira Osei won 4,000 votes."}, []string{"Amira Osei"}, nil,
			[]string{"mention votes=4000-4000  Amira Osei"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, sents, ms := article(tc.lines, tc.persons, tc.orgs)
			var got []string
			for _, r := range Extract(src, sents, sents[:min(2, len(sents))], ms, tc.lang, DefaultLexicon()) {
				if r.How == ByContext {
					continue // generic figures: TestGenericFigures
				}
				got = append(got, describe(src, r))
				if src[r.Start:r.End] != r.Text {
					t.Errorf("figure %q offsets point at %q", r.Text, src[r.Start:r.End])
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Extract(%q)\n got: %q\nwant: %q", tc.lines, got, tc.want)
			}
		})
	}
}
