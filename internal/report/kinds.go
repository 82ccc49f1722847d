package report

import (
	"fmt"
	"sort"
	"strings"
)

// Finding kinds raised by the analysis (the quote kinds are named by the
// quotes package, the gate's by check; all are in Kinds).
const (
	FindingUnreadable       = "unreadable-article"
	FindingNoNER            = "ner-unsupported-language"
	FindingBatchLanguage    = "language-from-batch"
	FindingArticleProblem   = "article-problem"
	FindingSpellingVariant  = "spelling-variant"
	FindingConflict         = "conflict"
	FindingQuoteSource      = "quote-source"
	FindingQuoteAttribution = "quote-attribution-conflict"
	FindingQuoteAltered     = "quote-altered"
	FindingRoleConflict     = "role-conflict"
	FindingFactConflict     = "fact-conflict"
	FindingFactUnmatched    = "fact-unmatched"
	FindingNewEntity        = "new-entity"
	FindingDuplicate        = "duplicate-article"
)

// Kind describes one kind of finding: its name, its default severity,
// the stage that raises it, whether only `check` raises it, and what it
// means, in one line.
type Kind struct {
	Name     string
	Severity Severity
	Stage    string
	Check    bool
	Meaning  string
}

// kinds is the catalogue, in the order of Kinds.
var kinds = []Kind{
	{FindingConflict, Error, "claims", false, "two articles give contradicting figures for the same subject and measure"},
	{FindingFactConflict, Error, "check", true, "a figure contradicts the facts file"},
	{FindingFactUnmatched, Warning, "check", true, "a fact's subject matches no entity of the batch, or its measure is unknown, so it checks nothing (the message names the nearest)"},
	{FindingSpellingVariant, Warning, "entities", false, "a name is spelt differently across the corpus (check: a warning for names in the facts file, info otherwise)"},
	{FindingRoleConflict, Warning, "entities", false, "sources give one person different roles, or one role different holders"},
	{FindingQuoteAttribution, Warning, "quotes", false, "the same quoted words are attributed to two different speakers"},
	{FindingQuoteAltered, Warning, "quotes", false, "two articles give the same quote with different words (a word dropped, added or changed); info when one gives them in its own voice"},
	{FindingUnreadable, Warning, "load", false, "a file could not be read as an article"},
	{FindingArticleProblem, Warning, "load", false, "an article was read, but part of it was not (bad front matter, a malformed record)"},
	{FindingQuoteSource, Info, "quotes", false, "words one article quotes appear in another article, which is likely their origin"},
	{FindingDuplicate, Info, "sources", false, "an article's text is identical or nearly identical to another's after cleaning: the two count as one source"},
	{FindingNoNER, Info, "entities", false, "no entity model for the article's language: names found by capitalisation only"},
	{FindingBatchLanguage, Info, "entities", false, "the article's language could not be told (a short text, a table of figures): it was analysed in the batch's main language"},
	{FindingNewEntity, Info, "check", true, "an entity that is not in the facts file (or the earlier report)"},
}

// Kinds returns the catalogue of finding kinds: by default severity
// (errors first), then as listed.
func Kinds() []Kind {
	out := append([]Kind(nil), kinds...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}

// LookupKind returns the catalogue entry of a finding kind.
func LookupKind(name string) (Kind, bool) {
	for _, k := range kinds {
		if k.Name == name {
			return k, true
		}
	}
	return Kind{}, false
}

// KindsTable writes the catalogue as aligned text lines, one kind per
// line ("name  severity  meaning"), indented by indent; with checkOnly
// false, the kinds only check raises are left out.
func KindsTable(indent string, withCheck bool) string {
	var b strings.Builder
	width := 0
	for _, k := range kinds {
		width = max(width, len(k.Name))
	}
	for _, k := range Kinds() {
		if k.Check && !withCheck {
			continue
		}
		fmt.Fprintf(&b, "%s%-*s  %-7s  %s\n", indent, width, k.Name, k.Severity, k.Meaning)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
