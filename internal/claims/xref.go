package claims

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// Statuses of a claim group.
const (
	Agree     = "agree"     // every pair of sources is compatible
	Conflict  = "conflict"  // two sources give incompatible values
	Single    = "single"    // one source only
	Uncertain = "uncertain" // incompatible, but a subject was only guessed
	// Updated: the values differ only because a source gives a revised,
	// higher figure ("the death toll has risen to six").
	Updated = "updated"
)

// Entities resolves the subjects of figures; implemented by the caller
// over the corpus's resolved entities.
type Entities interface {
	// At names the entity with a mention at [start,end) in the article,
	// and gives its type (PERSON, ORG, ...).
	At(article string, start, end int) (name, typ string, ok bool)
	// WithHead names the entity whose name ends with the head noun
	// ("committee"): one the article mentions before offset at, never one
	// it names only later.
	WithHead(article, head string, at int) (string, bool)
	// MainOrg names the organisation the article mentions most.
	MainOrg(article string) (string, bool)
	// Named names the entity one of whose spellings is name.
	Named(name string) (string, bool)
}

// Found is a Raw figure of a named article.
type Found struct {
	Article string
	Raw
}

// Value is one source's value in a claim: the figure as extracted, and
// the article it is from.
type Value struct {
	Article string
	Raw
}

// Claim is every value given for one (subject, measure).
type Claim struct {
	Subject string
	Measure string
	Status  string
	// Values are sorted by article and offset.
	Values []Value
}

// Contradiction is a pair of incompatible values of one claim, from two
// articles.
type Contradiction struct {
	Subject, Measure string
	A, B             Value
	// Majority, when set, is the value most sources agree with and
	// Sources how many articles give it.
	Majority *Value
	Sources  int
	// Uncertain marks a difference the evidence does not make a
	// contradiction beyond doubt; Reason says why ("the articles were
	// published 9 days apart: ...").
	Uncertain bool
	Reason    string

	pair [2]int // the values' indexes in their claim, as compared
}

// CrossReference groups figures by resolved subject and measure and
// compares them. Claims are sorted by subject and measure; figures whose
// subject cannot be resolved are dropped.
func CrossReference(found []Found, ents Entities) ([]Claim, []Contradiction) {
	return CrossReferenceWith(found, ents, nil)
}

// CrossReferenceWith is CrossReference with the vocabulary of lex (nil:
// DefaultLexicon()): the body nouns and the measures of bodies it reads.
func CrossReferenceWith(found []Found, ents Entities, lex *Lexicon) ([]Claim, []Contradiction) {
	v := ExtractOptions{Lexicon: lex}.lexicon().v
	type gkey struct {
		subject, measure string
		part             int // a fact among figures of no named subject (see factsOf)
	}
	groups := map[gkey][]Value{}
	loose := map[string][]Value{} // figures of no named subject, by measure
	for _, f := range found {
		val := valueOf(f)
		subjects := v.subjectsOf(f, ents)
		if len(subjects) == 1 && subjects[0] == SubjectEvent && (val.How == ByContext || val.Generic || !namedHow(val.How)) &&
			!IsDate(val.Measure) && val.How != ByEvent && val.How != ByLead {
			if !namedHow(val.How) {
				val.How = ByContext // no subject resolved: the story's
			}
			loose[val.Measure] = append(loose[val.Measure], val)
			continue
		}
		seen := map[string]bool{}
		for _, s := range subjects {
			if seen[s] {
				continue
			}
			seen[s] = true
			k := gkey{s, f.Measure, 0}
			groups[k] = append(groups[k], val)
		}
	}
	for m, vs := range loose {
		for i, fact := range factsOf(vs) {
			groups[gkey{SubjectEvent, m, i + 1}] = fact
		}
	}
	keys := make([]gkey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].subject != keys[j].subject {
			return keys[i].subject < keys[j].subject
		}
		if keys[i].measure != keys[j].measure {
			return keys[i].measure < keys[j].measure
		}
		return keys[i].part < keys[j].part
	})
	var claims []Claim
	var contra []Contradiction
	for _, k := range keys {
		c, cs := v.compareGroup(k.subject, k.measure, groups[k])
		claims = append(claims, c)
		contra = append(contra, cs...)
	}
	contra = append(contra, v.acrossClaims(claims)...)
	// A fact of no named subject that one article alone states, and that
	// contradicts nothing, lines up with nothing: it is left out.
	kept := claims[:0]
	for i, c := range claims {
		if keys[i].part > 0 && c.Status == Single && oneArticle(c.Values) {
			continue
		}
		kept = append(kept, c)
	}
	return kept, contra
}

// oneArticle reports values all from one article.
func oneArticle(vs []Value) bool {
	for _, v := range vs {
		if v.Article != vs[0].Article {
			return false
		}
	}
	return true
}

// namedHow reports the ways of finding a subject that name it in the
// figure's sentence, or say it is the main event's.
func namedHow(how string) bool {
	switch how {
	case ByMention, ByEach, ByCompound, ByName, ByLead, ByEvent, ByContext:
		return true
	}
	return false
}

// factsOf splits figures of no named subject and one measure into the
// facts they state: figures whose sentences state the same fact (see
// alignment), across articles, form one claim; a figure aligned with no
// other is a claim of its own. Candidate pairs come from an index of
// context words (see acrossClaims). Facts are ordered by their first
// figure (article, offset).
func factsOf(vs []Value) [][]Value {
	sort.Slice(vs, func(i, j int) bool {
		if vs[i].Article != vs[j].Article {
			return vs[i].Article < vs[j].Article
		}
		return vs[i].Start < vs[j].Start
	})
	parent := make([]int, len(vs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	posting := map[string][]int{}
	for i, v := range vs {
		for _, w := range v.Context {
			posting[w] = append(posting[w], i)
		}
	}
	count := newCounter(len(vs))
	for i, a := range vs {
		count.reset()
		for _, w := range a.Context {
			if p := posting[w]; len(p) <= maxPosting {
				for _, j := range p {
					if j > i {
						count.add(j)
					}
				}
			}
		}
		// The joins do not depend on their order: a set's root is its
		// first value.
		for _, j := range count.touched {
			if count.n[j] >= alignMinShared && vs[j].Article != a.Article {
				if _, ok := alignment(a, vs[j]); ok {
					if ri, rj := find(i), find(j); ri != rj {
						parent[max(ri, rj)] = min(ri, rj)
					}
				}
			}
		}
	}
	byRoot := map[int][]Value{}
	var roots []int
	for i, v := range vs {
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], v)
	}
	sort.Ints(roots)
	out := make([][]Value, len(roots))
	for k, r := range roots {
		out[k] = byRoot[r]
	}
	return out
}

// valueOf is a figure as a value of a claim.
func valueOf(f Found) Value {
	return Value(f)
}

// subjectsOf resolves a figure's subjects to entity names (or
// SubjectEvent), by how the subject was found; none when it cannot be
// resolved.
func (v *vocab) subjectsOf(f Found, ents Entities) []string {
	var subjects []string
	switch f.How {
	case ByMention, ByEach, ByEvent, ByLead, ByContext:
		if IsDate(f.Measure) || f.How == ByEvent || f.How == ByLead || f.How == ByContext {
			return []string{SubjectEvent}
		}
		return v.mentionedSubjects(f, ents)
	case ByPrevious:
		subjects = borrowedSubjects(f, ents)
	case ByName:
		if name, ok := ents.Named(f.Name); ok {
			subjects = append(subjects, name)
		} else {
			subjects = append(subjects, f.Name)
		}
	case ByCompound:
		if name, ok := ents.WithHead(f.Article, f.Head, f.Start); ok {
			subjects = append(subjects, name)
		} else if v.bodyNouns.has(f.Head) {
			subjects = append(subjects, f.Head) // "fullmäktige": the body named by its noun
		}
	case ByFallback:
		// Only membership figures are about an organisation by default.
		if f.Measure == "members" {
			if name, ok := ents.MainOrg(f.Article); ok {
				subjects = append(subjects, name)
			}
		}
	}
	if len(subjects) == 0 && len(f.Context) > 0 {
		// No subject resolved: the figure is about the article's story,
		// compared only with figures stating the same fact.
		return []string{SubjectEvent}
	}
	return subjects
}

// mentionedSubjects resolves the mentions a figure is about. Types are
// the corpus-level ones: a list "... each" counts only people (two at
// least), parts of a body and a company's money are never a person's,
// and an age is only a person's.
func (v *vocab) mentionedSubjects(f Found, ents Entities) []string {
	var subjects []string
	for _, s := range f.Subjects {
		name, typ, ok := ents.At(f.Article, s.Start, s.End)
		if !ok || f.How == ByEach && typ != span.Person || (v.bodyMeasures.has(baseMeasure(f.Measure)) || v.companyMeasure(f.Measure)) && typ == span.Person ||
			f.Measure == MeasureAge && typ != span.Person {
			continue
		}
		subjects = append(subjects, name)
	}
	if f.How == ByEach && len(subjects) < 2 {
		return nil
	}
	return subjects
}

// newGroupClaim sorts the values of one (subject, measure) by article and
// offset and returns their claim: Single when they come from one article
// (several is false), else Agree until a comparison says otherwise.
func newGroupClaim(subject, measure string, vs []Value) (c Claim, several bool) {
	sort.Slice(vs, func(i, j int) bool {
		if vs[i].Article != vs[j].Article {
			return vs[i].Article < vs[j].Article
		}
		return vs[i].Start < vs[j].Start
	})
	c = Claim{Subject: subject, Measure: measure, Values: vs, Status: Single}
	for _, v := range vs[min(1, len(vs)):] {
		if v.Article != vs[0].Article {
			c.Status = Agree
			return c, true
		}
	}
	return c, false
}

// compareGroup compares the values of one (subject, measure): its claim
// and the contradictions to report.
func (v *vocab) compareGroup(subject, measure string, vs []Value) (Claim, []Contradiction) {
	c, several := newGroupClaim(subject, measure, vs)
	if !several {
		return c, nil
	}
	// Every pair of values from two articles is related as the rules of
	// unitRel say (see groupPairs: the answers come from classes of
	// values, not from every pair). The status does not depend on the
	// order of the pairs.
	g := v.newGroupPairs(vs)
	found, conflicts, doubts := g.relations()
	switch {
	case found[relConflict]:
		c.Status = Conflict
	case found[relUpdate]:
		c.Status = Updated
	case found[relVague] || found[relUncertain]:
		c.Status = Uncertain
	}
	if !found[relConflict] && !found[relUncertain] {
		return c, nil
	}
	support := g.support()
	var out []Contradiction
	if found[relConflict] {
		out = outliers(subject, measure, vs, g.pairsOf(relConflict, nil, conflicts, support), support)
	}
	reported := map[int]bool{}
	for _, c := range out {
		reported[c.pair[0]], reported[c.pair[1]] = true, true
	}
	// Doubts about values no contradiction reports.
	if found[relUncertain] {
		for _, d := range outliers(subject, measure, vs, g.pairsOf(relUncertain, reported, doubts, support), support) {
			d.Uncertain = true
			d.Reason = g.reason(d.pair[0], d.pair[1])
			out = append(out, d)
		}
	}
	return c, out
}

// Interval returns the range of true values a figure allows: its own
// range, widened for its hedge and for the rounding a round number
// implies (600,000 stands for 550,000..650,000; 41,372 for itself), or
// for amounts and percentages by the last digit written ("$2.4 billion"
// stands for 2.35..2.45 billion, "27%" for 26.5..27.5).
func Interval(v Value) (lo, hi float64) {
	lo, hi = v.Low, v.High
	switch {
	case v.Precision > 0:
		lo, hi = lo-v.Precision/2, hi+v.Precision/2
	case lo == hi:
		r := roundingUnit(lo)
		lo, hi = lo-r/2, hi+r/2
	}
	return hedged(v, lo, hi)
}

// coreInterval is Interval without the rounding a round count may hide:
// "600,000" stands for itself, "about 570,000" for 541,500..598,500.
func coreInterval(v Value) (lo, hi float64) {
	lo, hi = v.Low, v.High
	if v.Precision > 0 {
		lo, hi = lo-v.Precision/2, hi+v.Precision/2
	}
	return hedged(v, lo, hi)
}

// hedged widens a figure's range for its hedge, by as much as the figure's
// written precision allows (see hedgeTolerance).
func hedged(v Value, lo, hi float64) (float64, float64) {
	switch v.Hedge {
	case "about", "roughly", "around", "approximately":
		lo, hi = lo-hedgeTolerance(v.Low, v.Precision), hi+hedgeTolerance(v.High, v.Precision)
	case "nearly", "almost":
		lo -= hedgeTolerance(v.Low, v.Precision)
	case "over", "more than", "at least":
		hi = math.Inf(1)
	case "under", "less than", "fewer than", "up to", "at most":
		lo = 0
	}
	return lo, hi
}

// hedgeTolerance is how far "about" or "nearly" lets a figure stray: one
// unit of its last significant digit ("about 570,000": 10,000; "about
// 600,000": 100,000), kept between 5% and 10% of the figure, so that a
// writer who gives more digits promises more.
func hedgeTolerance(x, precision float64) float64 {
	x = math.Abs(x)
	unit := precision
	if x == math.Trunc(x) && x >= 1 {
		n, u := int64(x), int64(1)
		for n%10 == 0 {
			n /= 10
			u *= 10
		}
		unit = math.Max(unit, float64(u))
	}
	return math.Max(0.05*x, math.Min(unit, 0.1*x))
}

// roundingUnit is the place value of a number's last significant digit
// when it ends in three or more zeros (a rounded figure), else 0.
func roundingUnit(x float64) float64 {
	if x != math.Trunc(x) || x < 1000 {
		return 0
	}
	n := int64(x)
	unit := int64(1)
	for n%10 == 0 && n > 0 {
		n /= 10
		unit *= 10
	}
	if unit < 1000 {
		return 0
	}
	return float64(unit)
}

// fitsAsWritten reports two compatible values that fit without reading
// either as a rounded figure (see roundedOnly).
func fitsAsWritten(a, b Value) bool {
	return Compatible(a, b) && roundedOnly(a, b) == ""
}

// Compatible reports whether two values can both be true.
func Compatible(a, b Value) bool {
	if IsDate(a.Measure) || IsDate(b.Measure) {
		return datesCompatible(a, b)
	}
	alo, ahi := Interval(a)
	blo, bhi := Interval(b)
	return alo <= bhi && blo <= ahi
}

// FormatValue renders a value for people: "41,372", "60,000-70,000",
// "nearly 350,000".
func FormatValue(v Value) string {
	if v.Display != "" {
		return v.Display
	}
	s := formatNumber(v.Low)
	if v.High != v.Low {
		s += "-" + formatNumber(v.High)
	}
	if v.Hedge != "" {
		s = v.Hedge + " " + s
	}
	return s
}

func formatNumber(x float64) string {
	if x != math.Trunc(x) || math.Abs(x) >= 1e15 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	digits := strconv.FormatInt(int64(x), 10)
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var sb strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(r)
	}
	if neg {
		return "-" + sb.String()
	}
	return sb.String()
}

// Describe words a contradiction for a finding message.
func Describe(c Contradiction) string {
	msg := fmt.Sprintf("%s %s: %s says %s, %s says %s", c.Subject, c.Measure,
		c.A.Article, FormatValue(c.A), c.B.Article, FormatValue(c.B))
	if c.Majority != nil {
		msg += fmt.Sprintf(" (%d sources agree with %s)", c.Sources, FormatValue(*c.Majority))
	}
	return msg
}

// supersedes reports whether a is a revision of b: given as an update and
// higher ("risen to six" over "four").
func supersedes(a Value, revised bool, b Value) bool {
	if a.Low <= b.High {
		return false
	}
	// A revised figure, or a higher toll from an article published later
	// (tolls rise as bodies are found).
	return revised || tollMeasures[a.Measure] && a.Pub != 0 && b.Pub != 0 && a.Pub > b.Pub
}

// revisedTolls tells, for each value, whether it is a revision: given as
// one by its source (Update), or a toll that fits a value some source
// gives as a revision ("killed 18 people" beside another article's "has
// risen to 18"). Only the sources' own flags are read, so the result does
// not depend on the order of the values.
func revisedTolls(vs []Value) []bool {
	out := make([]bool, len(vs))
	for i := range vs {
		out[i] = vs[i].Update
		if out[i] || !tollMeasures[vs[i].Measure] {
			continue
		}
		for _, u := range vs {
			if u.Update && Compatible(u, vs[i]) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// tollMeasures are the event counts that grow as an event unfolds.
var tollMeasures = map[string]bool{MeasureDeaths: true, MeasureInjured: true, MeasureArrests: true, MeasureShot: true}

// guessed reports subjects found without support in the figure's own
// sentence: such values never make a conflict.
func guessed(how string) bool {
	return how == ByFallback || how == ByPrevious || how == ByEvent || how == ByContext
}

// weak reports a value too vague to contradict another on its own: a
// weekday not anchored to a publication date ("on Monday" in an undated
// article may be any Monday), or a count of "people", which says nothing
// of what they are ("14 people were in hospital", "contacted 300
// people": same subject, different facts).
func weak(v Value) bool {
	return IsDate(v.Measure) && !v.Unresolved && !v.Period && v.Low == 0 || baseMeasure(v.Measure) == "people" || v.Dated
}

// borrowedSubjects resolves a subject taken from the previous figure.
func borrowedSubjects(f Found, ents Entities) []string {
	switch f.PrevHow {
	case ByName:
		if name, ok := ents.Named(f.Name); ok {
			return []string{name}
		}
		return []string{f.Name}
	case ByCompound:
		if name, ok := ents.WithHead(f.Article, f.Head, f.Start); ok {
			return []string{name}
		}
	case ByMention:
		var out []string
		for _, s := range f.Subjects {
			if name, typ, ok := ents.At(f.Article, s.Start, s.End); ok && typ != span.Person {
				out = append(out, name)
			}
		}
		return out
	}
	return nil
}

// outliers turns the incompatible pairs of one claim into findings
// without repeating a value once per source that contradicts it: the
// value agreeing with the most other articles is the reference, and each
// value incompatible with it is reported once against it. Pairs that do
// not involve the reference are reported only when neither side was
// reported yet. Pairs are ordered by article. support counts, for each
// value, the other articles giving a value that fits it as written.
func outliers(subject, measure string, vs []Value, pairs [][2]int, support []int) []Contradiction {
	if len(pairs) == 0 {
		return nil
	}
	ref := 0
	for i := range vs {
		if support[i] > support[ref] {
			ref = i
		}
	}
	var out []Contradiction
	reported := map[int]bool{}
	add := func(i, j int) {
		pair := [2]int{i, j}
		a, b := vs[i], vs[j]
		if b.Article < a.Article || b.Article == a.Article && b.Start < a.Start {
			a, b = b, a
		}
		c := Contradiction{Subject: subject, Measure: measure, A: a, B: b, pair: pair}
		if (i == ref || j == ref) && support[ref] >= 2 {
			r := vs[ref]
			c.Majority, c.Sources = &r, support[ref]+1
		}
		out = append(out, c)
		reported[i], reported[j] = true, true
	}
	for _, p := range pairs {
		if p[0] == ref || p[1] == ref {
			add(p[0], p[1])
		}
	}
	for _, p := range pairs {
		if !reported[p[0]] && !reported[p[1]] {
			add(p[0], p[1])
		}
	}
	return out
}
