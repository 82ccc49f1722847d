package quantity

// Word tables. Every key is lower case; look-ups lower-case the text first.

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

// Hedge phrases: lower-case words separated by single spaces, mapped to
// the normalised hedge.
var enHedges = map[string]string{
	"about": "about", "around": "about", "approximately": "about", "approx": "about",
	"some": "about", "an estimated": "about", "roughly": "roughly",
	"nearly": "nearly", "close to": "nearly", "almost": "almost",
	"over": "over", "just over": "over", "well over": "over",
	"under": "under", "just under": "under", "well under": "under",
	"more than": "more than", "in excess of": "more than", "upwards of": "more than",
	"less than": "less than", "fewer than": "less than",
	"at least": "at least", "no fewer than": "at least", "no less than": "at least",
	"at most": "at most", "no more than": "at most",
	"up to": "up to", "as many as": "up to",
}

var svHedges = map[string]string{
	"nära": "nearly", "närmare": "nearly", "knappt": "nearly",
	"drygt": "over",
	"cirka": "about", "ca": "about", "c:a": "about", "omkring": "about", "runt": "about",
	"kring": "about", "ungefär": "about",
	"över": "more than", "mer än": "more than", "fler än": "more than",
	"under": "less than", "mindre än": "less than", "färre än": "less than",
	"minst": "at least",
	"högst": "up to", "upp till": "up to", "uppemot": "up to",
	"nästan": "almost",
}

// hedgeAbbrev are hedges that may be written with a full stop ("ca.").
var hedgeAbbrev = map[string]bool{"ca": true, "approx": true}

// Scale words written after a number in digits ("3.2 million").
var enScaleWords = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9,
}

var svScaleWords = map[string]float64{
	"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9,
	"biljon": 1e12, "biljoner": 1e12, "milj": 1e6, "mdr": 1e9, "md": 1e9, "mn": 1e6, "bn": 1e9,
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

// sekScales are Swedish abbreviations that carry both a scale and the
// currency ("5 mkr" = 5 million kronor), written attached or after a space.
var sekScales = map[string]float64{
	"mkr": 1e6, "mnkr": 1e6, "mdkr": 1e9, "tkr": 1e3, "msek": 1e6, "mdsek": 1e9,
}

// Currency words written after a number (lower case) ...
var enCurrencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
}

var svCurrencyWords = map[string]string{
	"kronor": "SEK", "krona": "SEK", "kr": "SEK", "dollar": "USD", "euro": "EUR", "pund": "GBP",
}

// ... and ISO codes, matched in upper case only, before or after it.
var currencyCodes = map[string]string{"SEK": "SEK", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}

// Words after which a bare 1..31 is a day of a month, so not a quantity.
var enMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var svMonths = map[string]bool{
	"januari": true, "februari": true, "mars": true, "april": true, "maj": true, "juni": true,
	"juli": true, "augusti": true, "september": true, "oktober": true, "november": true, "december": true,
}

// Words that make a following number a label rather than a quantity
// ("nr 5", "number 10"); "No" counts only capitalised or with a full stop.
var labelWords = map[string]bool{"nr": true, "number": true, "nummer": true, "nos": true}

// Words after which a word ordinal is a rank: determiners and verbs of
// placing.
var enRankBefore = map[string]bool{
	"the": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true,
	"your": true, "this": true, "every": true, "each": true,
	"came": true, "come": true, "comes": true, "coming": true, "finished": true, "finish": true,
	"finishes": true, "finishing": true, "placed": true, "place": true, "places": true,
	"placing": true, "ranked": true, "rank": true, "ranks": true, "ranking": true, "ended": true,
	"was": true, "were": true, "is": true, "are": true,
}

var svRankBefore = map[string]bool{
	"den": true, "det": true, "de": true, "sin": true, "sitt": true, "sina": true, "hans": true,
	"hennes": true, "deras": true, "vår": true, "vårt": true, "våra": true, "dess": true,
	"kom": true, "kommer": true, "hamnade": true, "slutade": true, "placerade": true,
	"blev": true, "blir": true, "är": true, "var": true, "på": true,
}

// Function words that, following a word ordinal, do not make it a rank
// ("at first, ...", "wait a second and ...").
var enStopAfter = map[string]bool{
	"of": true, "and": true, "or": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "by": true, "with": true, "from": true, "as": true, "is": true, "was": true,
	"are": true, "were": true, "be": true, "been": true, "the": true, "a": true, "an": true,
	"that": true, "this": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "you": true, "his": true, "her": true, "their": true, "its": true, "not": true,
	"than": true, "then": true, "but": true, "so": true, "if": true, "when": true,
	"after": true, "before": true, "since": true,
}

var svStopAfter = map[string]bool{
	"och": true, "eller": true, "att": true, "i": true, "på": true, "av": true, "för": true,
	"med": true, "som": true, "till": true, "är": true, "var": true, "om": true, "en": true,
	"ett": true, "det": true, "den": true, "de": true, "från": true, "vid": true, "hos": true,
	"men": true, "så": true, "inte": true, "har": true, "hade": true,
}

// countNouns after a number in 1800..2100 make it a count, not a year
// ("2000 people").
var countNouns = map[string]bool{
	"people": true, "persons": true, "votes": true, "seats": true, "jobs": true, "members": true,
	"workers": true, "residents": true, "homes": true, "cases": true, "deaths": true,
	"children": true, "patients": true, "voters": true, "delegates": true, "supporters": true,
	"personer": true, "människor": true, "röster": true, "mandat": true, "jobb": true,
	"medlemmar": true, "invånare": true, "bostäder": true, "fall": true, "dödsfall": true,
	"barn": true, "väljare": true, "anhängare": true, "ombud": true,
}

// Time zone abbreviations that make a preceding "10.30" a time.
var timeZones = map[string]bool{"GMT": true, "BST": true, "UTC": true, "CET": true, "CEST": true}

// fractionWords after a hyphen make a fraction ("two-thirds"), which is
// skipped.
var fractionWords = map[string]bool{
	"half": true, "halves": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"fourth": true, "fourths": true, "fifth": true, "fifths": true, "sixth": true, "sixths": true,
	"seventh": true, "sevenths": true, "eighth": true, "eighths": true, "ninth": true, "ninths": true,
	"tenth": true, "tenths": true,
}
