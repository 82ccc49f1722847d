// Package report owns the one value every run produces, Report, and its
// renderers (table, JSON, Markdown). It is the JSON contract documented in
// the README: field names and meanings change only with SchemaVersion.
//
// Offsets in evidence are 0-based, half-open byte offsets [Start, End)
// into the article's text as decoded to UTF-8 (byte-order mark removed).
// Every slice is sorted as its doc comment says, so the same input gives
// the same bytes.
package report

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/nec-analyse/nec-analyse/internal/claims"
)

// SchemaVersion is the version of the JSON contract.
const SchemaVersion = 1

// Report is the whole result of analysing one batch of articles.
type Report struct {
	SchemaVersion int    `json:"schema_version"`
	ToolVersion   string `json:"tool_version"`
	// Articles are sorted by ID.
	Articles []Article `json:"articles"`
	// Entities are sorted by mention count (descending), then name.
	Entities []Entity  `json:"entities"`
	Claims   []Claim   `json:"claims"`
	Quotes   []Quote   `json:"quotes"`
	Stance   []Stance  `json:"stance"`
	Framing  []Framing `json:"framing"`
	// Findings are sorted by severity (errors first), then article, offset
	// and kind.
	Findings []Finding `json:"findings"`
}

// Article describes one analysed article.
type Article struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	// Label is the short name a reader sees for the article in every
	// table and message: its outlet and day ("City Wire 10 Mar"), else
	// its file name (see SourceLabels); unique within the report.
	Label string `json:"label,omitempty"`
	// DuplicateOf is the id of the article this one repeats (identical
	// or near-identical text after cleaning): the two count as one
	// source, and only that one is cross-referenced. Omitted otherwise.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet,omitempty"`
	URL         string `json:"url,omitempty"`
	// Language is an ISO 639-1 code or "unknown".
	Language string `json:"language"`
	// Published is YYYY-MM-DD, or null when the article states no date.
	Published *string `json:"published"`
	// PublishedTime is the time of day of the publication ("15:04", the
	// page's own time zone) when a publication stamp gives it.
	PublishedTime string `json:"published_time,omitempty"`
	Encoding      string `json:"encoding"`
	// Format is text, markdown, html or jsonl; Extractor names the HTML
	// main-text extractor and Author the page's byline (both omitted when
	// empty).
	Format    string `json:"format"`
	Extractor string `json:"extractor,omitempty"`
	Author    string `json:"author,omitempty"`
	// Words counts the words of the text kept after cleaning.
	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	// NER names the entity extractor used: "prose-en" (English: prose
	// with the nertag tagger), "nertag-sv" (Swedish) or "capitalised"
	// (capitalised runs, any other language).
	NER string `json:"ner"`
	// Removed lists the spans cleaning removed, in order of Start.
	Removed []Removed `json:"removed"`
}

// Removed is one span taken out of an article by cleaning.
type Removed struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one named person, place or organisation across the corpus.
type Entity struct {
	Name string `json:"name"`
	Type string `json:"type"`
	// Articles lists the IDs of the articles mentioning it, sorted.
	Articles []string `json:"articles"`
	// Mentions counts every mention in every article.
	Mentions int `json:"mentions"`
	// Variants lists each distinct spelling, most frequent first.
	Variants []Variant `json:"variants"`
	// Roles say who a person is ("founder of Tidewatch"), most sources
	// first; empty for non-persons.
	Roles []Role `json:"roles"`
	// Spans locates every mention, sorted by article and offset.
	Spans []Evidence `json:"spans"`
}

// Role is one role of a person with the sources stating it.
type Role struct {
	Text     string     `json:"text"`
	Articles []string   `json:"articles"`
	Evidence []Evidence `json:"evidence"`
}

// Variant is one spelling of an entity's name.
type Variant struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Count    int      `json:"count"`
	// Misspelling marks a near-miss of the entity's dominant spelling.
	Misspelling bool `json:"misspelling,omitempty"`
}

// Finding is something the reader should know: a problem with the input,
// a spelling variant, a conflict between sources.
type Finding struct {
	Kind     string     `json:"kind"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Evidence []Evidence `json:"evidence"`
	// Uncertain marks a finding held below its kind's default severity
	// because the evidence leaves a doubt, which Reason names ("the
	// articles were published 9 days apart: the figure may have
	// changed"); both are left out otherwise.
	Uncertain bool   `json:"uncertain,omitempty"`
	Reason    string `json:"reason,omitempty"`
}

// Evidence points at the text a finding or value rests on.
type Evidence struct {
	Article string `json:"article"`
	// Path is the article's file (for JSON Lines records, the file holding
	// the line).
	Path  string `json:"path,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Line is the 1-based line in Path of evidence that is no article's
	// text (a fact-unmatched finding's facts entry, whose Article is
	// empty); left out otherwise.
	Line int `json:"line,omitempty"`
}

// Claim is a checkable figure lined up across sources.
type Claim struct {
	Subject string       `json:"subject"`
	Measure string       `json:"measure"`
	Status  string       `json:"status"`
	Values  []ClaimValue `json:"values"`
}

// ClaimValue is one source's value for a claim.
type ClaimValue struct {
	Article  string  `json:"article"`
	Value    string  `json:"value"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	Hedge    string  `json:"hedge,omitempty"`
	Text     string  `json:"text"`
	Sentence string  `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	// SubjectFrom says how the subject was found: "mention" (nearest
	// entity in the sentence), "each" (a list of people "... each"),
	// "compound" ("the 39-seat committee"), "name" (the name after a
	// compound), "previous" (the previous sentence's figure's subject) or
	// "fallback" (the article's main organisation, for membership figures
	// only), "event" (the article's main event) or "lead" (a casualty
	// figure in the lead, about its event). "previous", "fallback" and
	// "event" are guesses and never conflict.
	SubjectFrom string `json:"subject_from"`
	// Update marks a figure its sentence gives as a revision ("the death
	// toll has risen to six").
	Update bool `json:"update,omitempty"`
	// Precision is the place value of the last digit written for amounts
	// and percentages ("$2.4 billion": 100000000); the value stands for
	// +-Precision/2. 0 (left out) for counts, widened by their rounding.
	Precision float64 `json:"precision,omitempty"`
	// AsOf is the time the value holds for: its article's publication
	// date ("2013-06-13") with the time of day when known
	// ("2013-06-13T16:59"), or "unknown". Figures that change over time
	// are compared only where these allow it.
	AsOf string `json:"as_of"`
	// Claim is the value as the claims stage extracted it, which the
	// fields above show: what check compares with a fact (through
	// claims.Compatible, as values are compared with each other). It is
	// not part of the JSON.
	Claim claims.Value `json:"-"`
}

// Quote is a direct quote and every article carrying it .
type Quote struct {
	Text      string          `json:"text"`
	Speaker   string          `json:"speaker"`
	Kind      string          `json:"kind"`
	Articles  []string        `json:"articles"`
	Instances []QuoteInstance `json:"instances"`
}

// QuoteInstance is one occurrence of a quote.
type QuoteInstance struct {
	Article         string `json:"article"`
	Speaker         string `json:"speaker"`
	AttributionText string `json:"attribution_text"`
	Start           int    `json:"start"`
	End             int    `json:"end"`
	// SpeakerRole is the role the speaker was named by, where it is
	// written, when the attribution names no one but a definite role
	// ("the prime minister said"): in this article or, when no person
	// of it holds the role, another article of the batch; nil otherwise.
	SpeakerRole *Evidence `json:"speaker_role,omitempty"`
}

// Stance is an article's stance toward a claim.
type Stance struct {
	Article string  `json:"article"`
	Claim   string  `json:"claim"`
	Label   string  `json:"label"`
	Score   float64 `json:"score"`
	// Reason says in a few words what decided the label (the weight of
	// the sentences about the claim on each side, or why the model's
	// label was kept or abstained from).
	Reason string `json:"reason,omitempty"`
	// Evidence is up to two sentences of the article backing the label
	// (none for unrelated).
	Evidence []StanceEvidence `json:"evidence"`
}

// StanceEvidence is a sentence backing a stance label: Start, End and
// Text are the sentence's; Kind is the cue group that made it count
// ("refute", "hedge", "assert") or "related" when it only shares the
// claim's words; Cue is the cue word or phrase as written, at
// [CueStart, CueEnd).
type StanceEvidence struct {
	Evidence
	Kind     string `json:"kind"`
	Cue      string `json:"cue,omitempty"`
	CueStart int    `json:"cue_start,omitempty"`
	CueEnd   int    `json:"cue_end,omitempty"`
}

// Framing is how an article frames the people in it.
type Framing struct {
	Article string `json:"article"`
	// Register is "opinion" or "report"; Reason gives the opinion-marker
	// counts that decided it.
	Register string          `json:"register"`
	Reason   string          `json:"reason"`
	Targets  []FramingTarget `json:"targets"`
}

// FramingTarget is the tone toward one entity, with its evidence.
type FramingTarget struct {
	Entity string  `json:"entity"`
	Tone   float64 `json:"tone"`
	// Label is "positive", "negative" or "neutral" (added in schema 1;
	// the tone beyond the tone model's threshold).
	Label    string     `json:"label,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Severity orders findings: Info < Warning < Error.
type Severity int

// Severities, in increasing order.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = [...]string{"info", "warning", "error"}

func (s Severity) String() string {
	if s < Info || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses "info", "warning" or "error".
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if n == name {
			return Severity(i), nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (valid: info, warning, error)", name)
}

// MarshalJSON writes the severity's name.
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads a severity's name.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	v, err := ParseSeverity(name)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// New returns an empty report with every list non-nil, so that JSON shows
// [] rather than null.
func New(toolVersion string) *Report {
	return &Report{
		SchemaVersion: SchemaVersion,
		ToolVersion:   toolVersion,
		Articles:      []Article{},
		Entities:      []Entity{},
		Claims:        []Claim{},
		Quotes:        []Quote{},
		Stance:        []Stance{},
		Framing:       []Framing{},
		Findings:      []Finding{},
	}
}

// SortFindings orders findings by severity (highest first), then the
// first evidence's article and offset, kind and message.
func SortFindings(fs []Finding) {
	key := func(f Finding) (string, int) {
		if len(f.Evidence) == 0 {
			return "", 0
		}
		// Evidence outside the articles (a facts entry) sorts by its line.
		return f.Evidence[0].Article, f.Evidence[0].Start + f.Evidence[0].Line
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		aa, as := key(a)
		ba, bs := key(b)
		if aa != ba {
			return aa < ba
		}
		if as != bs {
			return as < bs
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Message < b.Message
	})
}

// AsOf formats an article's publication date and time of day (either may
// be empty) as a claim value's as_of: "2013-06-13T16:59", "2013-06-13" or
// "unknown".
func AsOf(published, clock string) string {
	switch {
	case published == "":
		return "unknown"
	case clock == "":
		return published
	}
	return published + "T" + clock
}
