package quantity_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/quantity"
)

// want describes one expected quantity. Fields left zero must be zero in
// the result too (Kind defaults to Count, High to Low).
type want struct {
	text      string
	low, high float64
	kind      quantity.Kind
	hedge     string
	compound  string
	cur       string
	word      bool
}

// w is a single count.
func w(text string, v float64) want { return want{text: text, low: v} }

type findCase struct {
	name string
	lang string
	in   string
	want []want
}

// runFind checks FindAll against the cases: the fields of every quantity,
// and that its offsets select its text.
func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := quantity.FindAll(tc.in, tc.lang)
			checkInvariants(t, tc.in, got)
			if len(got) != len(tc.want) {
				t.Fatalf("FindAll(%q, %q) found %d quantities, want %d:\n%s", tc.in, tc.lang, len(got), len(tc.want), dump(got))
			}
			for i, g := range got {
				x := tc.want[i]
				if x.kind == "" {
					x.kind = quantity.Count
				}
				if x.high == 0 {
					x.high = x.low
				}
				if g.Text != x.text || g.Low != x.low || g.High != x.high || g.Kind != x.kind ||
					g.Hedge != x.hedge || g.Compound != x.compound || g.Currency != x.cur || g.Word != x.word {
					t.Errorf("FindAll(%q, %q)[%d] = %s\nwant text=%q low=%v high=%v kind=%s hedge=%q compound=%q currency=%q word=%v",
						tc.in, tc.lang, i, dump([]quantity.Quantity{g}), x.text, x.low, x.high, x.kind, x.hedge, x.compound, x.cur, x.word)
				}
			}
		})
	}
}

func dump(qs []quantity.Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  {" + strconv.Quote(q.Text) + " [" + strconv.Itoa(q.Start) + "," + strconv.Itoa(q.End) + ") " +
			strconv.FormatFloat(q.Low, 'g', -1, 64) + ".." + strconv.FormatFloat(q.High, 'g', -1, 64) +
			" " + string(q.Kind) + " cur=" + q.Currency + " hedge=" + strconv.Quote(q.Hedge) +
			" compound=" + strconv.Quote(q.Compound) + " word=" + strconv.FormatBool(q.Word) + "}\n")
	}
	return b.String()
}

// checkInvariants checks what must hold for any input: order, no
// overlap, offsets in range and matching Text, finite Low <= High.
func checkInvariants(t *testing.T, text string, qs []quantity.Quantity) {
	t.Helper()
	prevEnd := 0
	for i, q := range qs {
		if q.Start < prevEnd || q.Start >= q.End || q.End > len(text) {
			t.Fatalf("quantity %d of %q has bad offsets [%d,%d) after %d", i, text, q.Start, q.End, prevEnd)
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quantity %d of %q: Text %q != text[%d:%d] %q", i, text, q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		if math.IsNaN(q.Low) || math.IsNaN(q.High) || math.IsInf(q.Low, 0) || math.IsInf(q.High, 0) || q.Low > q.High {
			t.Fatalf("quantity %d of %q: bad values %v..%v", i, text, q.Low, q.High)
		}
		switch q.Kind {
		case quantity.Count, quantity.Percent, quantity.Ordinal, quantity.Year:
			if q.Currency != "" {
				t.Fatalf("quantity %d of %q: kind %s with currency %q", i, text, q.Kind, q.Currency)
			}
		case quantity.Money:
			if q.Currency == "" {
				t.Fatalf("quantity %d of %q: money without currency", i, text)
			}
		default:
			t.Fatalf("quantity %d of %q: unknown kind %q", i, text, q.Kind)
		}
		prevEnd = q.End
	}
}

func TestDigits(t *testing.T) {
	runFind(t, []findCase{
		{"thousands comma", "en", "Turnout was 39,508 this year.", []want{w("39,508", 39508)}},
		{"millions comma", "en", "A total of 1,000,000 ballots", []want{w("1,000,000", 1e6)}},
		{"plain", "en", "exactly 39508 ballots", []want{w("39508", 39508)}},
		{"decimal point", "en", "a swing of 1.5 points", []want{w("1.5", 1.5)}},
		{"zero", "en", "0 seats and 0.5 points", []want{w("0", 0), w("0.5", 0.5)}},
		{"space group sv", "sv", "Det blev 600 000 röster.", []want{w("600 000", 600000)}},
		{"nbsp group", "sv", "600\u00a0000 röster", []want{w("600\u00a0000", 600000)}},
		{"thin space group", "sv", "600\u2009000 röster", []want{w("600\u2009000", 600000)}},
		{"narrow nbsp group", "sv", "1\u202f250\u202f000 röster", []want{w("1\u202f250\u202f000", 1250000)}},
		{"space group en", "en", "some 12 500 members", []want{{text: "some 12 500", low: 12500, hedge: "about"}}},
		{"decimal comma sv", "sv", "ökade med 1,5 procentenheter", []want{{text: "1,5 procentenheter", low: 1.5, kind: quantity.Percent}}},
		{"comma is decimal in sv", "sv", "1,500 ton", []want{w("1,500", 1.5)}},
		{"decimal point sv", "sv", "1.5 gånger", []want{w("1.5", 1.5)}},
		{"space group then decimal sv", "sv", "1 500,25 kr", []want{{text: "1 500,25 kr", low: 1500.25, kind: quantity.Money, cur: "SEK"}}},
		{"both: comma three digits is thousands", "", "1,500 members", []want{w("1,500", 1500)}},
		{"both: comma one digit is decimal", "", "1,5 members", []want{w("1,5", 1.5)}},
		{"both: space groups", "", "1 500,5 and 1,000.5", []want{w("1 500,5", 1500.5), w("1,000.5", 1000.5)}},
		{"4 digits then group is not a group", "sv", "År 2018 300 personer", []want{{text: "2018", low: 2018, kind: quantity.Year}, w("300", 300)}},
		{"groups of two are not groups", "sv", "12 34", []want{w("12", 12), w("34", 34)}},
		// negatives
		{"decimal comma in en", "en", "1,5 litres", nil},
		{"list without spaces", "en", "items 5,10", nil},
		{"dotted thousands sv ambiguous", "sv", "1.500 personer", nil},
		{"comma groups in sv", "sv", "1,000,000 kr", nil},
		{"version", "en", "version 1.2.3 and 192.168.0.1", nil},
		{"bad grouping", "en", "in 2018,300 people", nil},
		{"mixed separators", "", "1,500 000", []want{w("1,500", 1500)}},
	})
}

func TestScales(t *testing.T) {
	runFind(t, []findCase{
		{"m suffix", "en", "1.5m voters", []want{w("1.5m", 1.5e6)}},
		{"bn suffix", "en", "2bn", []want{w("2bn", 2e9)}},
		{"pound m", "en", "a £33m deal", []want{{text: "£33m", low: 33e6, kind: quantity.Money, cur: "GBP"}}},
		{"dollar billion", "en", "$2 billion", []want{{text: "$2 billion", low: 2e9, kind: quantity.Money, cur: "USD"}}},
		{"million", "en", "3.2 million people", []want{w("3.2 million", 3.2e6)}},
		{"wire mln", "en", "sales of 41.5 mln vs 33.8 mln", []want{w("41.5 mln", 41.5e6), w("33.8 mln", 33.8e6)}},
		{"wire bln", "en", "1.81 bln", []want{w("1.81 bln", 1.81e9)}},
		{"miljoner", "sv", "3 miljoner invånare", []want{w("3 miljoner", 3e6)}},
		{"miljarder kronor", "sv", "2,5 miljarder kronor", []want{{text: "2,5 miljarder kronor", low: 2.5e9, kind: quantity.Money, cur: "SEK"}}},
		{"kronor", "sv", "10 000 kronor", []want{{text: "10 000 kronor", low: 10000, kind: quantity.Money, cur: "SEK"}}},
		{"euro m", "en", "€5m", []want{{text: "€5m", low: 5e6, kind: quantity.Money, cur: "EUR"}}},
		{"pound thousands", "en", "£1,200 a month", []want{{text: "£1,200", low: 1200, kind: quantity.Money, cur: "GBP"}}},
		{"k with currency", "en", "£50k salary", []want{{text: "£50k", low: 50000, kind: quantity.Money, cur: "GBP"}}},
		{"mkr", "sv", "5 mkr och 7mkr", []want{
			{text: "5 mkr", low: 5e6, kind: quantity.Money, cur: "SEK"},
			{text: "7mkr", low: 7e6, kind: quantity.Money, cur: "SEK"}}},
		{"milj with dot", "sv", "3 milj. kronor", []want{{text: "3 milj. kronor", low: 3e6, kind: quantity.Money, cur: "SEK"}}},
		{"tusen", "sv", "10 tusen", []want{w("10 tusen", 10000)}},
		{"currency code prefix", "", "SEK 10 000 and USD 5m and US$7m", []want{
			{text: "SEK 10 000", low: 10000, kind: quantity.Money, cur: "SEK"},
			{text: "USD 5m", low: 5e6, kind: quantity.Money, cur: "USD"},
			{text: "US$7m", low: 7e6, kind: quantity.Money, cur: "USD"}}},
		{"currency words", "en", "5 dollars, 6 euros, 7 pounds sterling, 8 kronor", []want{
			{text: "5 dollars", low: 5, kind: quantity.Money, cur: "USD"},
			{text: "6 euros", low: 6, kind: quantity.Money, cur: "EUR"},
			{text: "7 pounds sterling", low: 7, kind: quantity.Money, cur: "GBP"},
			{text: "8 kronor", low: 8, kind: quantity.Money, cur: "SEK"}}},
		// negatives
		{"k without currency", "en", "a 5k run", nil},
		{"unknown suffix", "en", "a 5km walk and 10kg", nil},
		{"pounds alone", "en", "5 pounds", []want{w("5", 5)}},
		{"foreign dollar", "en", "A$5m and C$3m", nil},
		{"sv scale in en", "en", "3 miljoner", []want{w("3", 3)}},
	})
}

func TestWords(t *testing.T) {
	runFind(t, []findCase{
		{"units", "en", "three, seven and twelve", []want{{text: "three", low: 3, word: true}, {text: "seven", low: 7, word: true}, {text: "twelve", low: 12, word: true}}},
		{"capitalised", "en", "Three new seats", []want{{text: "Three", low: 3, word: true}}},
		{"tens hyphen", "en", "twenty-five seats", []want{{text: "twenty-five", low: 25, word: true}}},
		{"a hundred", "en", "a hundred people", []want{{text: "a hundred", low: 100, word: true}}},
		{"hundreds and", "en", "two hundred and fifty", []want{{text: "two hundred and fifty", low: 250, word: true}}},
		{"thousand", "en", "three thousand", []want{{text: "three thousand", low: 3000, word: true}}},
		{"one hundred", "en", "one hundred", []want{{text: "one hundred", low: 100, word: true}}},
		{"dozen", "en", "a dozen and two dozen", []want{{text: "a dozen", low: 12, word: true}, {text: "two dozen", low: 24, word: true}}},
		{"half a million", "en", "half a million", []want{{text: "half a million", low: 500000, word: true}}},
		{"five million", "en", "five million votes", []want{{text: "five million", low: 5e6, word: true}}},
		{"zero", "en", "zero seats", []want{{text: "zero", low: 0, word: true}}},
		{"twenty-one", "en", "twenty-one", []want{{text: "twenty-one", low: 21, word: true}}},
		{"sv units", "sv", "Tre mandat och elva ledamöter", []want{{text: "Tre", low: 3, word: true}, {text: "elva", low: 11, word: true}}},
		{"sv compound", "sv", "tjugofem, tvåhundrafemtio, tretusen", []want{
			{text: "tjugofem", low: 25, word: true}, {text: "tvåhundrafemtio", low: 250, word: true}, {text: "tretusen", low: 3000, word: true}}},
		{"sv hundra tusen", "sv", "hundra år och tusen dagar", []want{{text: "hundra", low: 100, word: true}, {text: "tusen", low: 1000, word: true}}},
		{"sv en miljon", "sv", "en miljon och en halv miljon", []want{{text: "en miljon", low: 1e6, word: true}, {text: "en halv miljon", low: 500000, word: true}}},
		{"sv tre miljoner kronor", "sv", "tre miljoner kronor", []want{{text: "tre miljoner kronor", low: 3e6, kind: quantity.Money, cur: "SEK", word: true}}},
		{"sv ett dussin", "sv", "ett dussin", []want{{text: "ett dussin", low: 12, word: true}}},
		{"sv tjugoen", "sv", "tjugoen", []want{{text: "tjugoen", low: 21, word: true}}},
		{"sv sex", "sv", "sex personer", []want{{text: "sex", low: 6, word: true}}},
		// negatives
		{"one alone", "en", "one of the members", nil},
		{"a alone", "en", "a member", nil},
		{"en ett alone", "sv", "en man och ett parti", nil},
		{"hundred alone", "en", "hundred", nil},
		{"plural", "en", "hundreds of thousands, dozens", nil},
		{"sv plural", "sv", "tiotals och hundratals", nil},
		{"sex in both", "", "sex and politics", nil},
		{"sv words in en", "en", "tre fyra", nil},
		{"en words in sv", "sv", "three four", nil},
	})
}

func TestRanges(t *testing.T) {
	runFind(t, []findCase{
		{"hyphen", "en", "60,000-70,000 people", []want{{text: "60,000-70,000", low: 60000, high: 70000}}},
		{"en dash spaced", "en", "60,000 – 70,000", []want{{text: "60,000 – 70,000", low: 60000, high: 70000}}},
		{"to", "en", "60,000 to 70,000", []want{{text: "60,000 to 70,000", low: 60000, high: 70000}}},
		{"between", "en", "between 60,000 and 70,000", []want{{text: "between 60,000 and 70,000", low: 60000, high: 70000}}},
		{"Between capitalised", "en", "Between 5 and 7 seats", []want{{text: "Between 5 and 7", low: 5, high: 7}}},
		{"from", "en", "from 5 to 7 members", []want{{text: "from 5 to 7", low: 5, high: 7}}},
		{"mellan", "sv", "mellan 30 000 och 35 000", []want{{text: "mellan 30 000 och 35 000", low: 30000, high: 35000}}},
		{"sv en dash", "sv", "30 000–35 000", []want{{text: "30 000–35 000", low: 30000, high: 35000}}},
		{"från till", "sv", "från 5 till 7", []want{{text: "från 5 till 7", low: 5, high: 7}}},
		{"shared scale", "en", "2-3 million", []want{{text: "2-3 million", low: 2e6, high: 3e6}}},
		{"shared scale to", "en", "3 to 5 million", []want{{text: "3 to 5 million", low: 3e6, high: 5e6}}},
		{"shared currency and scale", "en", "£2-3m", []want{{text: "£2-3m", low: 2e6, high: 3e6, kind: quantity.Money, cur: "GBP"}}},
		{"both currencies", "en", "£30m-£40m", []want{{text: "£30m-£40m", low: 30e6, high: 40e6, kind: quantity.Money, cur: "GBP"}}},
		{"pence", "en", "for 420p a share", []want{{text: "420p", low: 4.2, high: 4.2, kind: quantity.Money, cur: "GBP"}}},
		{"no pence in a time", "en", "at 10pm on Friday", nil},
		{"between money", "en", "between £2m and £3m", []want{{text: "between £2m and £3m", low: 2e6, high: 3e6, kind: quantity.Money, cur: "GBP"}}},
		{"shared percent", "en", "20-30%", []want{{text: "20-30%", low: 20, high: 30, kind: quantity.Percent}}},
		{"words", "en", "two to three million", []want{{text: "two to three million", low: 2e6, high: 3e6, word: true}}},
		{"sv words", "sv", "tre till fyra miljoner", []want{{text: "tre till fyra miljoner", low: 3e6, high: 4e6, word: true}}},
		{"sv words hyphen percent", "sv", "tre-fyra procent", []want{{text: "tre-fyra procent", low: 3, high: 4, kind: quantity.Percent, word: true}}},
		{"between words no and", "en", "between two hundred and three hundred", []want{{text: "between two hundred and three hundred", low: 200, high: 300, word: true}}},
		{"shared thousands", "en", "60-70,000 fans", []want{{text: "60-70,000", low: 60000, high: 70000}}},
		{"shared thousands three digits", "en", "150-200,000", []want{{text: "150-200,000", low: 150000, high: 200000}}},
		{"shared thousands sv", "sv", "60–70 000 fans", []want{{text: "60–70 000", low: 60000, high: 70000}}},
		{"literal small low", "en", "100-1,000", []want{{text: "100-1,000", low: 100, high: 1000}}},
		{"year range", "en", "the 2019-2020 term", []want{{text: "2019-2020", low: 2019, high: 2020, kind: quantity.Year}}},
		{"hedged range", "en", "about 60,000-70,000", []want{{text: "about 60,000-70,000", low: 60000, high: 70000, hedge: "about"}}},
		// negatives
		{"ambiguous shared thousands", "en", "5-10,000 and 60-70,500", nil},
		{"score", "en", "a 2-1 win and a 3–2 defeat", nil},
		{"season", "en", "the 2019-20 season", nil},
		{"descending words", "en", "from 40 to 30", []want{w("40", 40), w("30", 30)}},
		{"by to is a change", "en", "rose by 5 to 30", []want{w("5", 5), w("30", 30)}},
		{"equal ends", "en", "5 to 5", []want{w("5", 5), w("5", 5)}},
		{"mixed currencies", "en", "£5m-€6m", nil},
		{"ordinal ranges", "en", "ranked 4th-6th and 1st–2nd", nil},
	})
}

func TestCompounds(t *testing.T) {
	runFind(t, []findCase{
		{"digits", "en", "a 39-seat board", []want{{text: "39-seat", low: 39, compound: "seat"}}},
		{"words", "en", "a three-member panel", []want{{text: "three-member", low: 3, compound: "member", word: true}}},
		{"sv words", "sv", "tre-mannen", []want{{text: "tre-mannen", low: 3, compound: "mannen", word: true}}},
		{"sv digits", "sv", "en 21-årig man", []want{{text: "21-årig", low: 21, compound: "årig"}}},
		{"tens hyphen then compound", "en", "a twenty-five-year plan", []want{{text: "twenty-five-year", low: 25, compound: "year", word: true}}},
		{"odd", "en", "40-odd MPs", []want{{text: "40-odd", low: 40, compound: "odd"}}},
		{"grouped", "en", "a 2,000-strong crowd", []want{{text: "2,000-strong", low: 2000, compound: "strong"}}},
		{"ordinal", "en", "the fourth-largest party", []want{{text: "fourth-largest", low: 4, kind: quantity.Ordinal, compound: "largest", word: true}}},
		{"digit ordinal", "en", "4th-largest", []want{{text: "4th-largest", low: 4, kind: quantity.Ordinal, compound: "largest"}}},
		{"sv decade is a year", "sv", "på 1990-talet", []want{{text: "1990-talet", low: 1990, kind: quantity.Year, compound: "talet"}}},
		{"year-like compound is a count", "en", "a 2000-seat arena", []want{{text: "2000-seat", low: 2000, compound: "seat"}}},
		// negatives
		{"percent no compound", "en", "a 50%-owned firm", []want{{text: "50%", low: 50, kind: quantity.Percent}}},
		{"identifier", "en", "COVID-19 and B-52", nil},
		{"fractions", "en", "two-thirds and three-quarters, one-third", nil},
	})
}

func TestOrdinals(t *testing.T) {
	runFind(t, []findCase{
		{"came fourth", "en", "Labour came fourth.", []want{{text: "fourth", low: 4, kind: quantity.Ordinal, word: true}}},
		{"came a distant fourth", "en", "It came a distant fourth.", []want{{text: "fourth", low: 4, kind: quantity.Ordinal, word: true}}},
		{"the second", "en", "the second", []want{{text: "second", low: 2, kind: quantity.Ordinal, word: true}}},
		{"noun after", "en", "Second place went to", []want{{text: "Second", low: 2, kind: quantity.Ordinal, word: true}}},
		{"twenty-first", "en", "the twenty-first century", []want{{text: "twenty-first", low: 21, kind: quantity.Ordinal, word: true}}},
		{"digits", "en", "4th, 21st, 22nd, 23rd, 11th, 12th, 13th, 99th", []want{
			{text: "4th", low: 4, kind: quantity.Ordinal}, {text: "21st", low: 21, kind: quantity.Ordinal},
			{text: "22nd", low: 22, kind: quantity.Ordinal}, {text: "23rd", low: 23, kind: quantity.Ordinal},
			{text: "11th", low: 11, kind: quantity.Ordinal}, {text: "12th", low: 12, kind: quantity.Ordinal},
			{text: "13th", low: 13, kind: quantity.Ordinal}, {text: "99th", low: 99, kind: quantity.Ordinal}}},
		{"sv kom fjärde", "sv", "Partiet kom fjärde.", []want{{text: "fjärde", low: 4, kind: quantity.Ordinal, word: true}}},
		{"sv fjärde plats", "sv", "på fjärde plats", []want{{text: "fjärde", low: 4, kind: quantity.Ordinal, word: true}}},
		{"sv digits", "sv", "4:e plats och 1:a", []want{{text: "4:e", low: 4, kind: quantity.Ordinal}, {text: "1:a", low: 1, kind: quantity.Ordinal}}},
		// negatives
		{"wrong suffix", "en", "21th and 2th", nil},
		{"over 99", "en", "100th anniversary", nil},
		{"adverb first", "en", "First, we met. At first, no.", nil},
		{"a second", "en", "wait a second.", nil},
		{"sv andra", "sv", "de andra partierna", nil},
		{"no hedge", "en", "about fourth place", []want{{text: "fourth", low: 4, kind: quantity.Ordinal, word: true}}},
	})
}

func TestPercent(t *testing.T) {
	runFind(t, []findCase{
		{"sign", "en", "24%", []want{{text: "24%", low: 24, kind: quantity.Percent}}},
		{"sign after space", "sv", "24 % och 40\u00a0%", []want{{text: "24 %", low: 24, kind: quantity.Percent}, {text: "40\u00a0%", low: 40, kind: quantity.Percent}}},
		{"per cent", "en", "24 per cent", []want{{text: "24 per cent", low: 24, kind: quantity.Percent}}},
		{"percent", "en", "24 percent", []want{{text: "24 percent", low: 24, kind: quantity.Percent}}},
		{"procent", "sv", "24 procent", []want{{text: "24 procent", low: 24, kind: quantity.Percent}}},
		{"wire pct", "en", "a 12.5 pct stake", []want{{text: "12.5 pct", low: 12.5, kind: quantity.Percent}}},
		{"decimal procent", "sv", "24,5 procent", []want{{text: "24,5 procent", low: 24.5, kind: quantity.Percent}}},
		{"words", "en", "ten per cent", []want{{text: "ten per cent", low: 10, kind: quantity.Percent, word: true}}},
		{"points", "en", "3 percentage points", []want{{text: "3 percentage points", low: 3, kind: quantity.Percent}}},
		{"hedged", "en", "just over 30%", []want{{text: "just over 30%", low: 30, kind: quantity.Percent, hedge: "over"}}},
		// negatives
		{"sv word in en", "en", "24 procent", []want{w("24", 24)}},
		{"per alone", "en", "24 per day", []want{w("24", 24)}},
	})
}

func TestHedges(t *testing.T) {
	h := func(text, hedge string, v float64) want { return want{text: text, low: v, hedge: hedge} }
	runFind(t, []findCase{
		{"en", "en", "about 1, around 2, roughly 3, approximately 4, nearly 5, almost 6, over 7, more than 8, less than 9, fewer than 10", []want{
			h("about 1", "about", 1), h("around 2", "about", 2), h("roughly 3", "roughly", 3), h("approximately 4", "about", 4),
			h("nearly 5", "nearly", 5), h("almost 6", "almost", 6), h("over 7", "over", 7), h("more than 8", "more than", 8),
			h("less than 9", "less than", 9), h("fewer than 10", "less than", 10)}},
		{"en 2", "en", "under 11, at least 12, at most 13, up to 14, some 15, just over 16, just under 17, close to 18", []want{
			h("under 11", "under", 11), h("at least 12", "at least", 12), h("at most 13", "at most", 13), h("up to 14", "up to", 14),
			h("some 15", "about", 15), h("just over 16", "over", 16), h("just under 17", "under", 17), h("close to 18", "nearly", 18)}},
		{"en capitalised words", "en", "More than three hundred", []want{{text: "More than three hundred", low: 300, hedge: "more than", word: true}}},
		{"sv", "sv", "nära 1, drygt 2, cirka 3, ca 4, ca. 5, c:a 6, omkring 7, runt 8, ungefär 9", []want{
			h("nära 1", "nearly", 1), h("drygt 2", "over", 2), h("cirka 3", "about", 3), h("ca 4", "about", 4),
			h("ca. 5", "about", 5), h("c:a 6", "about", 6), h("omkring 7", "about", 7), h("runt 8", "about", 8), h("ungefär 9", "about", 9)}},
		{"sv 2", "sv", "över 10, mer än 11, under 12, mindre än 13, minst 14, högst 15, upp till 16, nästan 17", []want{
			h("över 10", "more than", 10), h("mer än 11", "more than", 11), h("under 12", "less than", 12),
			h("mindre än 13", "less than", 13), h("minst 14", "at least", 14), h("högst 15", "up to", 15),
			h("upp till 16", "up to", 16), h("nästan 17", "almost", 17)}},
		{"nära with space group", "sv", "Nära 120 000 väljare", []want{h("Nära 120 000", "nearly", 120000)}},
		{"under in both is English", "", "under 5", []want{h("under 5", "under", 5)}},
		// negatives
		{"hedge without number", "en", "about us, over there", nil},
		{"hedge not adjacent", "en", "about the 5", []want{w("5", 5)}},
	})
}

func TestYears(t *testing.T) {
	y := func(text string, v float64) want { return want{text: text, low: v, kind: quantity.Year} }
	runFind(t, []findCase{
		{"bare", "en", "In 2018 the party", []want{y("2018", 2018)}},
		{"bounds", "en", "1800 and 2100", []want{y("1800", 1800), y("2100", 2100)}},
		{"about", "en", "about 1900", []want{{text: "about 1900", low: 1900, kind: quantity.Year, hedge: "about"}}},
		{"between years", "en", "between 1990 and 2000", []want{{text: "between 1990 and 2000", low: 1990, high: 2000, kind: quantity.Year}}},
		// negatives
		{"out of range", "en", "1799 and 2101", []want{w("1799", 1799), w("2101", 2101)}},
		{"separator", "en", "2,018 votes", []want{w("2,018", 2018)}},
		{"count noun", "en", "2000 people and 2000 personer", []want{w("2000", 2000), w("2000", 2000)}},
		{"hedged count", "en", "over 2000", []want{{text: "over 2000", low: 2000, hedge: "over"}}},
		{"currency", "en", "$2000", []want{{text: "$2000", low: 2000, kind: quantity.Money, cur: "USD"}}},
		{"range with non-year", "en", "1900-3000", []want{{text: "1900-3000", low: 1900, high: 3000}}},
		{"decade", "en", "the 1990s and '90s", nil},
	})
}

func TestSkipped(t *testing.T) {
	runFind(t, []findCase{
		{"full dates", "en", "On 15 January 2018 and 2018-01-15 we met.", nil},
		{"date then count", "en", "On 15 January 2018 300 people came.", []want{w("300", 300)}},
		{"sv date", "sv", "den 15 januari 2018", nil},
		{"partial dates", "en", "15 January, January 15, Jan. 5, the 4th of July", nil},
		{"sv partial date", "sv", "den 15 maj och 4:e juni", nil},
		{"may lower case is not a month in en", "en", "5 may be", []want{w("5", 5)}},
		{"date range", "en", "15-16 January 2018", nil},
		{"times", "en", "at 10:30, 10.30am, 10.30 am, 9 pm, 10.30 GMT", nil},
		{"kl", "sv", "kl. 10.30 och klockan 9", nil},
		{"ratio", "en", "a 3:1 ratio", nil},
		{"identifiers", "en", "demo2 A4 G7 5G x86 F-16 COVID-19", nil},
		{"labels", "en", "No 10, No. 5, nr 3, number 7, #1", nil},
		{"label lower-case no is a word", "en", "no 10 people", []want{w("10", 10)}},
		{"phone leading zero", "en", "Call 020 7946 0123 or 08-123 456 78.", nil},
		{"phone plus", "en", "Call +44 20 7946 0123.", nil},
		{"phone groups", "sv", "ring 123 45 67", nil},
		{"fractions", "en", "3/4 of them, 24/7", nil},
		{"negative", "en", "-5 and −7", nil},
		{"apostrophe year", "en", "in '19", nil},
		{"malformed long", "en", strings.Repeat("9", 400), nil},
	})
}

func TestLanguages(t *testing.T) {
	runFind(t, []findCase{
		{"en ignores sv words", "en", "tre mandat", nil},
		{"sv ignores en words", "sv", "three seats", nil},
		{"both", "", "three seats and tre mandat", []want{{text: "three", low: 3, word: true}, {text: "tre", low: 3, word: true}}},
		{"unknown lang is both", "de", "1,5 and three", []want{w("1,5", 1.5), {text: "three", low: 3, word: true}}},
	})
}

func TestOffsetsMultibyte(t *testing.T) {
	in := "Älvsjö – Måndag: nära 120 000 väljare, drygt 30 procent och ”tre-mannen” fick 2,5 miljarder kronor."
	got := quantity.FindAll(in, "sv")
	checkInvariants(t, in, got)
	want := []struct {
		text  string
		start int
	}{
		{"nära 120 000", strings.Index(in, "nära")},
		{"drygt 30 procent", strings.Index(in, "drygt")},
		{"tre-mannen", strings.Index(in, "tre-")},
		{"2,5 miljarder kronor", strings.Index(in, "2,5")},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d quantities, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, x := range want {
		if got[i].Text != x.text || got[i].Start != x.start || got[i].End != x.start+len(x.text) {
			t.Errorf("quantity %d = %q [%d,%d), want %q [%d,%d)", i, got[i].Text, got[i].Start, got[i].End, x.text, x.start, x.start+len(x.text))
		}
	}
}

func TestFindAllNil(t *testing.T) {
	for _, in := range []string{"", "no numbers here", "\xff\xfe", "£", "$", "between", "more than"} {
		if got := quantity.FindAll(in, ""); got != nil {
			t.Errorf("FindAll(%q) = %v, want nil", in, got)
		}
	}
}

func TestLinearTime(t *testing.T) {
	// Inputs that could make a careless scanner quadratic; each must
	// finish quickly (the test would time out otherwise).
	for _, in := range []string{
		strings.Repeat("1 ", 200000),
		strings.Repeat("1-", 200000),
		strings.Repeat("1,", 200000),
		strings.Repeat("twenty ", 100000),
		strings.Repeat("between 1 ", 100000),
		strings.Repeat("a ", 200000),
		strings.Repeat("tjugo", 100000),
		strings.Repeat("9", 1000000),
		strings.Repeat("1 000 ", 100000),
	} {
		got := quantity.FindAll(in, "")
		checkInvariants(t, in, got)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		lang string
		want float64
		ok   bool
	}{
		{"en thousands", "39,508", "en", 39508, true},
		{"en millions", "1,000,000", "en", 1e6, true},
		{"plain", "39508", "en", 39508, true},
		{"en decimal", "1.5", "en", 1.5, true},
		{"en decimal after groups", "1,000.25", "en", 1000.25, true},
		{"space group", "600 000", "sv", 600000, true},
		{"space group en", "600 000", "en", 600000, true},
		{"nbsp group", "600\u00a0000", "sv", 600000, true},
		{"thin group", "600\u2009000", "", 600000, true},
		{"narrow nbsp group", "1\u202f000\u202f000", "sv", 1e6, true},
		{"sv decimal comma", "1,5", "sv", 1.5, true},
		{"sv comma three digits", "1,500", "sv", 1.5, true},
		{"sv decimal point", "1.5", "sv", 1.5, true},
		{"both thousands", "1,500", "", 1500, true},
		{"both decimal comma", "1,5", "", 1.5, true},
		{"m suffix", "2.3m", "en", 2.3e6, true},
		{"bn suffix", "2bn", "en", 2e9, true},
		{"k suffix", "50k", "en", 50000, true},
		{"million", "1.2 million", "en", 1.2e6, true},
		{"miljoner", "3 miljoner", "sv", 3e6, true},
		{"miljarder decimal", "2,5 miljarder", "sv", 2.5e9, true},
		{"surrounding space", "  42\n", "en", 42, true},
		{"zero", "0", "en", 0, true},
		// negatives
		{"empty", "", "en", 0, false},
		{"en decimal comma", "1,5", "en", 0, false},
		{"sv dotted thousands", "1.500", "sv", 0, false},
		{"sv comma groups", "1,000,000", "sv", 0, false},
		{"bad group", "1,50,000", "en", 0, false},
		{"four digit first group", "2018,300", "", 0, false},
		{"groups of two", "12 34", "sv", 0, false},
		{"leading zero", "007", "en", 0, false},
		{"words", "three", "en", 0, false},
		{"currency", "£5", "en", 0, false},
		{"currency scale", "5 mkr", "sv", 0, false},
		{"sv scale in en", "3 miljoner", "en", 0, false},
		{"trailing text", "5 people", "en", 0, false},
		{"unknown suffix", "5km", "en", 0, false},
		{"negative", "-5", "en", 0, false},
		{"time", "10:30", "en", 0, false},
		{"overflow", strings.Repeat("9", 400), "en", 0, false},
		{"scale overflow", "1" + strings.Repeat("0", 305) + " trillion", "en", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := quantity.ParseNumber(tc.in, tc.lang)
			if ok != tc.ok || (ok && got != tc.want) {
				t.Errorf("ParseNumber(%q, %q) = %v, %v; want %v, %v", tc.in, tc.lang, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func FuzzFindAll(f *testing.F) {
	for _, s := range []string{
		"Turnout was 39,508 and some 1,000,000 people, 1.5 of them",
		"Nära 120 000 väljare, drygt 600\u00a0000 och 2,5 miljarder kronor",
		"£33m, $2 billion, €5m, £1,200, 1.5m, 2bn, 24%, 24 per cent, 24,5 procent",
		"between 60,000 and 70,000; 60-70,000; mellan 30 000 och 35 000; 30 000–35 000",
		"a 39-seat board, three-member, tre-mannen, came fourth, 21st, fjärde plats, 4:e",
		"twenty-five, a hundred, half a million, tvåhundrafemtio, en halv miljon",
		"On 15 January 2018 300 people; 10:30; COVID-19; No 10; +44 20 7946 0123",
		"\xff1\xfe,000 £\xff5m 2-1 2019-20 5-10,000 1.2.3 '19 −5",
		"12 , 000 people , up 5 % ( AP ) ; £ 3 m , 1, ,1 1. 000 000 1 -",
	} {
		f.Add(s, "")
		f.Add(s, "en")
		f.Add(s, "sv")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkInvariants(t, text, quantity.FindAll(text, lang))
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"39,508", "600 000", "1.5", "1,5", "2.3m", "1.2 million", "3 miljoner", "2,5 miljarder", "0", "1e5", "\xff"} {
		f.Add(s, "")
		f.Add(s, "en")
		f.Add(s, "sv")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		v, ok := quantity.ParseNumber(s, lang)
		if !ok {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("ParseNumber(%q, %q) = %v", s, lang, v)
		}
		if v != math.Trunc(v) {
			return
		}
		str := strconv.FormatFloat(v, 'f', -1, 64)
		back, ok := quantity.ParseNumber(str, lang)
		if !ok || back != v {
			t.Fatalf("ParseNumber(%q, %q) = %v, but ParseNumber(%q) = %v, %v", s, lang, v, str, back, ok)
		}
	})
}
