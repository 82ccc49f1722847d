package pipeline

import (
	"sort"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/quotes"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// findQuotes extracts every article's quotes with the corpus-level
// entities (so "Ms Quill" speaks as Ada Quill), matches them across
// articles and reports attribution conflicts and likely original sources.
func findQuotes(arts []corpus.Article, results []extraction, ents []report.Entity, qopts quotes.Options) ([]report.Quote, []report.Finding) {
	byArticle := map[string][]span.Mention{}
	var batchRoles []quotes.Role // the role table, built once: the index gives each article its own
	qopts.SpeakerTypes = make(map[string]span.EntityType, len(ents))
	qopts.SpeakerRoles = map[string][]string{}
	for _, e := range ents {
		qopts.SpeakerTypes[e.Name] = e.Type
		for _, r := range e.Roles {
			qopts.SpeakerRoles[e.Name] = append(qopts.SpeakerRoles[e.Name], r.Text)
		}
		if e.Type == span.Person {
			for _, r := range e.Roles {
				for _, ev := range r.Evidence {
					batchRoles = append(batchRoles, quotes.Role{Entity: e.Name, Text: ev.Text, Start: ev.Start, End: ev.End, Article: ev.Article})
				}
			}
		}
		for _, s := range e.Spans {
			byArticle[s.Article] = append(byArticle[s.Article], span.Mention{Start: s.Start, End: s.End, Entity: e.Name, Type: e.Type})
		}
	}
	batchIndex := quotes.NewRoleIndex(batchRoles, qopts.Lexicon)
	var all []quotes.Instance
	sources := map[string]string{}
	paras := map[string][]span.Span{}
	for i := range arts {
		a := &arts[i]
		ps := make([]span.Span, len(a.Blocks))
		for k, b := range a.Blocks {
			ps[k] = span.Span{Start: b.Start, End: b.End}
		}
		ss := results[i].sentences
		ms := byArticle[a.ID]
		sortQuoteMentions(ms)
		sources[a.ID] = a.Source
		paras[a.ID] = ps
		aopts := qopts
		aopts.Roles = batchIndex.Article(a.ID)
		aopts.BatchRoles = batchIndex
		for _, q := range quotes.ExtractWith(a.Source, ps, ss, ms, a.Language, aopts) {
			all = append(all, quotes.Instance{Article: a.ID, Quote: q})
		}
	}
	groups, findings := quotes.MatchWith(all, sources, paras, qopts)
	out := make([]report.Quote, 0, len(groups))
	for _, g := range groups {
		rq := report.Quote{Text: g.Text, Speaker: g.Speaker, Kind: g.Kind, Articles: g.Articles}
		for _, in := range g.Instances {
			ri := report.QuoteInstance{Article: in.Article, Speaker: in.Speaker,
				AttributionText: in.Attribution, Start: in.Start, End: in.End}
			if r := in.ByRole; r != nil {
				ri.SpeakerRole = &report.Evidence{Article: r.Article, Start: r.Start, End: r.End, Text: r.Text}
				if ri.SpeakerRole.Article == "" {
					ri.SpeakerRole.Article = in.Article
				}
			}
			rq.Instances = append(rq.Instances, ri)
		}
		out = append(out, rq)
	}
	var fs []report.Finding
	for _, f := range findings {
		sev := report.Info
		if k, ok := report.LookupKind(f.Kind); ok {
			sev = k.Severity
		}
		rf := report.Finding{Kind: f.Kind, Severity: sev, Message: f.Message}
		if f.Uncertain {
			rf.Severity, rf.Uncertain, rf.Reason = report.Info, true, f.Reason
		}
		for _, in := range f.Evidence {
			rf.Evidence = append(rf.Evidence, report.Evidence{Article: in.Article, Start: in.Start, End: in.End, Text: in.Text})
		}
		fs = append(fs, rf)
	}
	return out, fs
}

// sortQuoteMentions orders an article's mentions by start, then end,
// keeping the entity order among equal spans (a stable sort: the
// insertion sort it replaces was quadratic in an article's mentions).
func sortQuoteMentions(ms []span.Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		return ms[i].Start < ms[j].Start || ms[i].Start == ms[j].Start && ms[i].End < ms[j].End
	})
}
