package quantity

import (
	"strings"
	"sync"

	"github.com/nec-analyse/nec-analyse/internal/dates"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Finder finds quantities with the vocabulary of one lexicon: hedges,
// scale and currency words, month names, the words around a rank and the
// nouns that make a year a count. FindAll and ParseNumber use the
// embedded lexicon's. A Finder is immutable and safe for concurrent use.
type Finder struct {
	v   *vocab
	cal *dates.Calendar
}

// NewFinder reads its vocabulary from lx (nil: lexicon.Default()).
func NewFinder(lx *lexicon.Lexicon) *Finder {
	if lx == nil {
		lx = lexicon.Default()
	}
	return &Finder{v: newVocab(lx), cal: dates.NewCalendar(lx)}
}

var (
	defaultOnce   sync.Once
	defaultFinder *Finder
)

// defaultFind is the embedded lexicon's Finder, built once.
func defaultFind() *Finder {
	defaultOnce.Do(func() { defaultFinder = NewFinder(lexicon.Default()) })
	return defaultFinder
}

// set is a concept's entries (read only).
type set map[string]struct{}

func (s set) has(w string) bool { _, ok := s[w]; return ok }

// Indexes of the per-language tables of vocab.
const (
	en = 0
	sv = 1
)

// vocab is the vocabulary the scanner reads; every key is lower case
// (time zones upper case).
type vocab struct {
	// hedges map a hedge phrase (words joined by single spaces) to the
	// normalised hedge, per language; hedgeFirst holds the first word of
	// every phrase and hedgeAbbrev the hedges that may take a full stop.
	hedges      [2]map[string]string
	hedgeFirst  map[string]bool
	hedgeAbbrev set
	// scaleWords map scale words written after a number in digits to
	// their value, per language; sekScales the Swedish abbreviations that
	// give both a scale and the currency SEK.
	scaleWords [2]map[string]float64
	sekScales  map[string]float64
	// currencyWords map currency words after a number to an ISO code.
	currencyWords map[string]string
	// percentWords are the one-word percent words after a number, per
	// language.
	percentWords [2]set
	// months are the words after which a bare 1..31 is a day of a month
	// (English: names and abbreviations; Swedish: names).
	months [2]set
	// labels make a following number a label ("nr 5").
	labels set
	// rankBefore and stopAfter are the words right before and after an
	// ordinal word that make it a rank or not, per language; rankVerbs the
	// verbs of placing up to three words before it.
	rankBefore, stopAfter [2]set
	rankVerbs             set
	// countNouns make a number in 1800..2100 a count; timeZones make a
	// number a time; fractions make "two-thirds" a fraction; blockTo stop
	// "to"/"till" from joining a range.
	countNouns, timeZones, fractions, blockTo set
}

// hedgeConcepts are the hedge concepts, by language, with the hedge each
// normalises to.
var hedgeConcepts = []struct {
	n     lexicon.Name
	lang  int
	hedge string
}{
	{lexicon.HedgeAboutEn, en, "about"}, {lexicon.HedgeRoughlyEn, en, "roughly"}, {lexicon.HedgeNearlyEn, en, "nearly"},
	{lexicon.HedgeAlmostEn, en, "almost"}, {lexicon.HedgeOverEn, en, "over"}, {lexicon.HedgeUnderEn, en, "under"},
	{lexicon.HedgeMoreThanEn, en, "more than"}, {lexicon.HedgeLessThanEn, en, "less than"},
	{lexicon.HedgeAtLeastEn, en, "at least"}, {lexicon.HedgeAtMostEn, en, "at most"}, {lexicon.HedgeUpToEn, en, "up to"},
	{lexicon.HedgeNearlySv, sv, "nearly"}, {lexicon.HedgeOverSv, sv, "over"}, {lexicon.HedgeAboutSv, sv, "about"},
	{lexicon.HedgeMoreThanSv, sv, "more than"}, {lexicon.HedgeLessThanSv, sv, "less than"},
	{lexicon.HedgeAtLeastSv, sv, "at least"}, {lexicon.HedgeUpToSv, sv, "up to"}, {lexicon.HedgeAlmostSv, sv, "almost"},
}

// scaleConcepts are the scale-word concepts, by language, with their
// value.
var scaleConcepts = []struct {
	n     lexicon.Name
	lang  int
	scale float64
}{
	{lexicon.ScaleThousandEn, en, 1e3}, {lexicon.ScaleMillionEn, en, 1e6}, {lexicon.ScaleBillionEn, en, 1e9},
	{lexicon.ScaleTrillionEn, en, 1e12},
	{lexicon.ScaleThousandSv, sv, 1e3}, {lexicon.ScaleMillionSv, sv, 1e6}, {lexicon.ScaleBillionSv, sv, 1e9},
	{lexicon.ScaleTrillionSv, sv, 1e12},
}

// sekConcepts are the concepts of Swedish currency scales, with their
// value.
var sekConcepts = []struct {
	n     lexicon.Name
	scale float64
}{{lexicon.ScaleSEKThousand, 1e3}, {lexicon.ScaleSEKMillion, 1e6}, {lexicon.ScaleSEKBillion, 1e9}}

// currencyConcepts are the currency-word concepts, with their ISO code.
var currencyConcepts = []struct {
	n    lexicon.Name
	code string
}{{lexicon.CurrencyUSD, "USD"}, {lexicon.CurrencyEUR, "EUR"}, {lexicon.CurrencySEK, "SEK"}, {lexicon.CurrencyGBP, "GBP"}}

// newVocab reads the scanner's vocabulary from lx.
func newVocab(lx *lexicon.Lexicon) *vocab {
	v := &vocab{
		hedges:        [2]map[string]string{{}, {}},
		hedgeFirst:    map[string]bool{},
		hedgeAbbrev:   set(lx.Set(lexicon.HedgeAbbreviations)),
		scaleWords:    [2]map[string]float64{{}, {}},
		sekScales:     map[string]float64{},
		currencyWords: map[string]string{},
		months:        [2]set{{}, set(lx.Set(lexicon.MonthsSv))},
		labels:        set(lx.Set(lexicon.NumberLabels)),
		percentWords:  [2]set{set(lx.Set(lexicon.PercentWordsEn)), set(lx.Set(lexicon.PercentWordsSv))},
		rankBefore:    [2]set{set(lx.Set(lexicon.RankBeforeEn)), set(lx.Set(lexicon.RankBeforeSv))},
		stopAfter:     [2]set{set(lx.Set(lexicon.RankStopAfterEn)), set(lx.Set(lexicon.RankStopAfterSv))},
		rankVerbs:     set(lx.Set(lexicon.RankVerbs)),
		countNouns:    set(lx.Set(lexicon.YearCountNouns)),
		timeZones:     set(lx.Set(lexicon.TimeZones)),
		fractions:     set(lx.Set(lexicon.FractionWords)),
		blockTo:       set(lx.Set(lexicon.RangeBlockers)),
	}
	for _, h := range hedgeConcepts {
		for w := range lx.Set(h.n) {
			v.hedges[h.lang][w] = h.hedge
			first, _, _ := strings.Cut(w, " ")
			v.hedgeFirst[first] = true
		}
	}
	for _, c := range scaleConcepts {
		for w := range lx.Set(c.n) {
			v.scaleWords[c.lang][w] = c.scale
		}
	}
	for _, c := range sekConcepts {
		for w := range lx.Set(c.n) {
			v.sekScales[w] = c.scale
		}
	}
	for _, c := range currencyConcepts {
		for w := range lx.Set(c.n) {
			v.currencyWords[w] = c.code
		}
	}
	for _, n := range []lexicon.Name{lexicon.MonthsEn, lexicon.MonthAbbreviationsEn} {
		for w := range lx.Set(n) {
			v.months[en][w] = struct{}{}
		}
	}
	return v
}
