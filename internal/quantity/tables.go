package quantity

// Number-word tables of the parser: the words and suffixes that are
// numbers, with their values. Every key is lower case; look-ups lower-case
// the text first. The vocabulary around numbers (hedges, scale and
// currency words, month names, rank context) is in the lexicon (see
// vocab.go).

// mkind is the grammatical role of one number word (morpheme).
type mkind int

const (
	mNone    mkind = iota // start of a phrase
	mUnit                 // zero..nine
	mTeen                 // ten..nineteen
	mTens                 // twenty..ninety
	mHundred              // hundred
	mScale                // thousand, million, ...
	mA                    // "a" (English), "one"/"en"/"ett" at the start of a phrase
	mOne                  // "one", "en", "ett": mA at the start, else a unit
	mDozen                // dozen
	mHalf                 // "half" (English, "half a million"), "halv" (Swedish, "en halv miljon")
	mAnd                  // English "and" inside a number ("two hundred and five")
)

// morph is one number word with its role and value.
type morph struct {
	k mkind
	v float64
}

// enNumberWords are the English cardinal words.
var enNumberWords = map[string]morph{
	"zero": {mUnit, 0}, "one": {mOne, 1}, "two": {mUnit, 2}, "three": {mUnit, 3}, "four": {mUnit, 4},
	"five": {mUnit, 5}, "six": {mUnit, 6}, "seven": {mUnit, 7}, "eight": {mUnit, 8}, "nine": {mUnit, 9},
	"ten": {mTeen, 10}, "eleven": {mTeen, 11}, "twelve": {mTeen, 12}, "thirteen": {mTeen, 13},
	"fourteen": {mTeen, 14}, "fifteen": {mTeen, 15}, "sixteen": {mTeen, 16}, "seventeen": {mTeen, 17},
	"eighteen": {mTeen, 18}, "nineteen": {mTeen, 19},
	"twenty": {mTens, 20}, "thirty": {mTens, 30}, "forty": {mTens, 40}, "fifty": {mTens, 50},
	"sixty": {mTens, 60}, "seventy": {mTens, 70}, "eighty": {mTens, 80}, "ninety": {mTens, 90},
	"hundred": {mHundred, 100}, "thousand": {mScale, 1e3}, "million": {mScale, 1e6},
	"billion": {mScale, 1e9}, "trillion": {mScale, 1e12},
	"a": {mA, 1}, "dozen": {mDozen, 12}, "half": {mHalf, 0.5}, "and": {mAnd, 0},
}

// svMorph is one Swedish number morpheme; Swedish writes compound numbers
// as one word ("tvåhundrafemtio"), so a word is split into morphemes.
type svMorph struct {
	text string
	m    morph
}

// svMorphemes are the Swedish number morphemes, longest first so that a
// greedy split prefers "sexton" to "sex".
var svMorphemes = []svMorph{
	{"miljarder", morph{mScale, 1e9}}, {"biljoner", morph{mScale, 1e12}}, {"miljoner", morph{mScale, 1e6}},
	{"sjuttio", morph{mTens, 70}}, {"sjutton", morph{mTeen, 17}}, {"aderton", morph{mTeen, 18}},
	{"trettio", morph{mTens, 30}}, {"tretton", morph{mTeen, 13}}, {"miljard", morph{mScale, 1e9}},
	{"fjorton", morph{mTeen, 14}}, {"biljon", morph{mScale, 1e12}}, {"miljon", morph{mScale, 1e6}},
	{"hundra", morph{mHundred, 100}}, {"dussin", morph{mDozen, 12}}, {"nittio", morph{mTens, 90}},
	{"sextio", morph{mTens, 60}}, {"femtio", morph{mTens, 50}}, {"fyrtio", morph{mTens, 40}},
	{"sexton", morph{mTeen, 16}}, {"femton", morph{mTeen, 15}}, {"nitton", morph{mTeen, 19}},
	{"åttio", morph{mTens, 80}}, {"arton", morph{mTeen, 18}}, {"tusen", morph{mScale, 1e3}},
	{"tjugo", morph{mTens, 20}}, {"tjugu", morph{mTens, 20}}, {"fyra", morph{mUnit, 4}},
	{"åtta", morph{mUnit, 8}}, {"elva", morph{mTeen, 11}}, {"tolv", morph{mTeen, 12}},
	{"noll", morph{mUnit, 0}}, {"halv", morph{mHalf, 0.5}}, {"två", morph{mUnit, 2}},
	{"tre", morph{mUnit, 3}}, {"fem", morph{mUnit, 5}}, {"sex", morph{mUnit, 6}},
	{"sju", morph{mUnit, 7}}, {"nio", morph{mUnit, 9}}, {"tio", morph{mTeen, 10}},
	{"ett", morph{mOne, 1}}, {"en", morph{mOne, 1}},
}

// enOrdinals are the English ordinal words; "twenty-first" and the like
// are built from enTensWords and the first nine.
var enOrdinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}

// svOrdinals are the Swedish ordinal words. "andra" (second) is left out:
// it also means "other".
var svOrdinals = map[string]float64{
	"första": 1, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7, "åttonde": 8,
	"nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13, "fjortonde": 14,
	"femtonde": 15, "sextonde": 16, "sjuttonde": 17, "artonde": 18, "nittonde": 19, "tjugonde": 20,
}

// svScaleAbbrevDot are Swedish scale abbreviations that may take a full stop.
var svScaleAbbrevDot = map[string]bool{"milj": true, "mdr": true, "md": true}

// scaleSuffixes may be written straight after the digits ("2.3m", "2bn").
// The bool says whether the suffix is accepted only with a currency
// ("£50k", "$2b"): on its own "5k" is usually a distance.
var scaleSuffixes = map[string]struct {
	scale   float64
	needCur bool
}{
	"m": {1e6, false}, "mn": {1e6, false}, "bn": {1e9, false}, "tn": {1e12, false},
	"k": {1e3, true}, "b": {1e9, true},
}

// currencyCodes are the ISO codes read as currencies, in upper case only,
// before or after a number (currency words are in the lexicon).
var currencyCodes = map[string]string{"SEK": "SEK", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}
