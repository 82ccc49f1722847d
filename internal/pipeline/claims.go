package pipeline

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// entityIndex answers the claims stage's subject questions from the
// resolved entities.
type entityIndex struct {
	spans    map[string][]indexedSpan // article -> mentions, by Start
	entities []report.Entity
	// byHead lists the entities that are no person's, of two words or
	// more, by their last word (lower case); bySpelling the entities by
	// each spelling (textutil.FoldKey). Both in entity order.
	byHead, bySpelling map[string][]int
}

type indexedSpan struct {
	start, end int
	entity     int
}

func newEntityIndex(ents []report.Entity) *entityIndex {
	ix := &entityIndex{spans: map[string][]indexedSpan{}, entities: ents, byHead: map[string][]int{}, bySpelling: map[string][]int{}}
	for i, e := range ents {
		for _, s := range e.Spans {
			ix.spans[s.Article] = append(ix.spans[s.Article], indexedSpan{s.Start, s.End, i})
		}
		if words := strings.Fields(strings.ToLower(e.Name)); e.Type != span.Person && len(words) >= 2 {
			head := words[len(words)-1]
			ix.byHead[head] = append(ix.byHead[head], i)
		}
		for _, v := range e.Variants {
			k := textutil.FoldKey(v.Text)
			ix.bySpelling[k] = append(ix.bySpelling[k], i)
		}
	}
	for _, v := range ix.spans {
		sort.Slice(v, func(i, j int) bool { return v[i].start < v[j].start })
	}
	return ix
}

// At names the entity whose mention overlaps [start,end).
func (ix *entityIndex) At(article string, start, end int) (string, string, bool) {
	for _, s := range ix.spans[article] {
		if s.start < end && start < s.end {
			e := ix.entities[s.entity]
			return e.Name, e.Type, true
		}
	}
	return "", "", false
}

// WithHead names the one entity whose name ends with head: the one the
// article mentions before offset at, else, when the article mentions none
// of them at all, the one in the corpus. An entity named only later in
// the article ("The board has 11,400 staff ... the neighbouring Carrow
// Health Board") is never taken.
func (ix *entityIndex) WithHead(article, head string, at int) (string, bool) {
	var before, global []int
	inArticle := false
	for _, i := range ix.byHead[head] {
		global = append(global, i)
		for _, sp := range ix.spans[article] {
			if sp.entity == i {
				inArticle = true
				if sp.start < at {
					before = append(before, i)
					break
				}
			}
		}
	}
	switch {
	case len(before) == 1:
		return ix.entities[before[0]].Name, true
	case !inArticle && len(global) == 1:
		return ix.entities[global[0]].Name, true
	}
	return "", false
}

// Named names the entity with a spelling equal (case-insensitively) to
// name, when exactly one has it.
func (ix *entityIndex) Named(name string) (string, bool) {
	found := ""
	for _, i := range ix.bySpelling[textutil.FoldKey(name)] {
		e := ix.entities[i]
		for _, v := range e.Variants {
			if strings.EqualFold(v.Text, name) {
				if found != "" && found != e.Name {
					return "", false
				}
				found = e.Name
			}
		}
	}
	return found, found != ""
}

// MainOrg names the organisation with strictly the most mentions in the
// article.
func (ix *entityIndex) MainOrg(article string) (string, bool) {
	counts := map[int]int{}
	for _, s := range ix.spans[article] {
		if ix.entities[s.entity].Type == span.Org {
			counts[s.entity]++
		}
	}
	best, bestN, tie := -1, 0, false
	for i, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN:
			tie = true
		}
	}
	if best < 0 || tie {
		return "", false
	}
	return ix.entities[best].Name, true
}

// crossReference lines up every article's figures and reports
// contradictions as error findings.
func crossReference(arts []corpus.Article, results []extraction, ents []report.Entity, lex *claims.Lexicon, stories *storyIndex, off rules.Off) ([]report.Claim, []report.Finding) {
	var found []claims.Found
	src := map[string]string{}
	asOf := map[string]string{}
	for i, res := range results {
		src[arts[i].ID] = arts[i].Source
		asOf[arts[i].ID] = report.AsOf(arts[i].Published, arts[i].PublishedTime)
		pub := claims.PublishedAt(arts[i].Published, arts[i].PublishedTime)
		for _, f := range res.figures {
			if f.Pub == 0 {
				f.Pub = pub // a later article's higher toll is an update
			}
			found = append(found, claims.Found{Article: arts[i].ID, Raw: f})
		}
	}
	cs, contra := claims.CrossReferenceWith(found, newEntityIndex(ents), lex)
	scopeDoubts(contra, off)
	storyDoubts(stories, contra, off)
	settleDoubted(cs, contra)
	out := make([]report.Claim, 0, len(cs))
	value := func(v claims.Value) report.ClaimValue {
		cv := report.ClaimValue{Article: v.Article, Value: claims.FormatValue(v), Low: v.Low, High: v.High,
			Hedge: v.Hedge, Text: v.Text, Sentence: src[v.Article][v.Sentence.Start:v.Sentence.End],
			Start: v.Start, End: v.End, SubjectFrom: v.How, Update: v.Update, Precision: v.Precision,
			AsOf: asOf[v.Article], Claim: v}
		if claims.IsDate(v.Measure) {
			// Days since 1970-01-01 are no use to a reader; the value
			// string carries the date.
			cv.Low, cv.High = 0, 0
		}
		return cv
	}
	for _, c := range cs {
		rc := report.Claim{Subject: c.Subject, Measure: c.Measure, Status: c.Status}
		for _, v := range c.Values {
			rc.Values = append(rc.Values, value(v))
		}
		out = append(out, rc)
	}
	var fs []report.Finding
	for _, rc := range claims.CheckRanks(cs) {
		f := report.Finding{Kind: report.FindingConflict, Severity: report.Error, Message: rc.Message}
		for _, v := range append([]claims.Value{rc.Rank}, rc.Votes...) {
			f.Evidence = append(f.Evidence, report.Evidence{Article: v.Article, Start: v.Start, End: v.End, Text: v.Text})
		}
		fs = append(fs, f)
	}
	for _, c := range contra {
		f := report.Finding{
			Kind: report.FindingConflict, Severity: report.Error,
			Message: claims.Describe(c),
			Evidence: []report.Evidence{
				{Article: c.A.Article, Start: c.A.Start, End: c.A.End, Text: c.A.Text},
				{Article: c.B.Article, Start: c.B.Start, End: c.B.End, Text: c.B.Text},
			},
		}
		if c.Uncertain {
			f.Severity, f.Uncertain, f.Reason = report.Info, true, c.Reason
			f.Message += " (uncertain: " + c.Reason + ")"
		}
		fs = append(fs, f)
	}
	return out, fs
}

// settleDoubted makes uncertain the status of a conflicting claim whose
// every contradiction a later doubt (storyDoubts) made uncertain, so that
// the claim's status and its findings agree.
func settleDoubted(cs []claims.Claim, contra []claims.Contradiction) {
	certain := map[[2]string]bool{}
	for _, c := range contra {
		if !c.Uncertain {
			certain[[2]string{c.Subject, c.Measure}] = true
		}
	}
	for i := range cs {
		if cs[i].Status == claims.Conflict && !certain[[2]string{cs[i].Subject, cs[i].Measure}] {
			cs[i].Status = claims.Uncertain
		}
	}
}
