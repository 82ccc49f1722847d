package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
)

//go:embed page.html.tmpl
var pageTemplate string

// page is the HTML template, parsed once: a compiled template is safe
// for concurrent use.
var page = template.Must(template.New("page").Parse(pageTemplate))

// RenderHTML writes the report as one self-contained HTML page: its
// style inline, no script, no font, image or other file to fetch (a
// Content-Security-Policy forbids them), so it works from a file and
// when mailed. Every text from the articles is escaped by html/template.
// It returns the first write error.
func RenderHTML(out io.Writer, r *Report, _ Options) error {
	w := &stickyWriter{w: out}
	if err := page.Execute(w, buildPage(r)); err != nil {
		if w.err != nil {
			return w.err
		}
		return fmt.Errorf("render html: %w", err)
	}
	return w.err
}

// htmlPage is what the template shows; every field is plain text.
type htmlPage struct {
	ToolVersion   string
	SchemaVersion int
	Summary       []string
	Sources       []htmlSource
	Matrix        htmlMatrix
	Singles       []htmlSingle
	Conflicts     []htmlConflict
	Entities      []htmlEntity
	Quotes        []htmlQuote
	QuotedBy      []htmlQuotedBy
	Provenance    []htmlProvenance
	Stance        []htmlStance
	StanceNotes   []string
	Framing       []htmlFraming
	Findings      []htmlFinding
	Legend        []htmlLegend
}

type htmlSource struct {
	Label, Outlet, Author, Published, Language, Words, Removed, Title, URL, File, DuplicateOf string
}

type htmlMatrix struct {
	Sources []string
	Rows    []htmlRow
}

type htmlRow struct {
	Subject, Measure, Status string
	Cells                    []htmlCell
}

// htmlCell is one source's values for a claim; Evidence holds the
// sentence behind each value.
type htmlCell struct {
	State, Text, Mark, Source string
	Evidence                  []htmlSentence
}

// htmlSentence is a sentence split around the words to highlight.
type htmlSentence struct {
	Source, Value       string
	Before, Mark, After string
}

type htmlSingle struct{ Subject, Measure, Value, Sources string }

type htmlConflict struct {
	Claim, Reason string
	Uncertain     bool
	Sides         []htmlSentence
}

type htmlEntity struct {
	Name, Type, Sources string
	Mentions            int
	Variants            []htmlVariant
	Roles               []htmlRole
}

type htmlVariant struct {
	Text, Sources string
	Count         int
	Misspelling   bool
}

type htmlRole struct{ Text, Sources string }

type htmlQuote struct {
	Text, Speaker, Kind, Sources string
	Attributions                 []string
}

type htmlQuotedBy struct {
	Speaker string
	Quotes  int
	Sources string
}

type htmlProvenance struct{ Quoting, Speaker, Words, Original string }

type htmlStance struct {
	Source, Claim, Label, Score string
	Evidence                    []htmlSentence
}

type htmlFraming struct {
	Source, Register, Reason string
	Targets                  []htmlTarget
}

type htmlTarget struct {
	Entity, Tone, Terms string
	Negative            bool
}

type htmlFinding struct {
	Severity, Kind, Source, Message, Reason string
	Evidence                                []string
}

type htmlLegend struct{ State, Mark, Meaning string }

// split cuts a sentence around the first occurrence of part.
func split(source, value, sentence, part string) htmlSentence {
	s := htmlSentence{Source: source, Value: value, Before: sentence}
	if i := strings.Index(sentence, part); part != "" && i >= 0 {
		s.Before, s.Mark, s.After = sentence[:i], part, sentence[i+len(part):]
	}
	return s
}

// buildPage lays the report out for the template.
func buildPage(r *Report) htmlPage {
	lb := newLabeller(r.Labels())
	p := htmlPage{ToolVersion: r.ToolVersion, SchemaVersion: r.SchemaVersion}
	counts := map[Severity]int{}
	conflicts := 0
	for _, f := range r.Findings {
		counts[f.Severity]++
		if f.Kind == FindingConflict && f.Severity == Error {
			conflicts++
		}
	}
	p.Summary = []string{plural(len(r.Articles), "source"), plural(len(r.Claims), "claim"), plural(conflicts, "conflict"),
		plural(counts[Warning], "warning"), plural(len(r.Entities), "entity"), plural(len(r.Quotes), "quote")}
	p.Sources = htmlSources(r, lb)
	m := buildMatrix(r)
	for _, id := range m.sources {
		p.Matrix.Sources = append(p.Matrix.Sources, lb.of(id))
	}
	for _, row := range m.rows {
		hr := htmlRow{Subject: row.claim.Subject, Measure: row.claim.Measure, Status: row.claim.Status}
		for k, c := range row.cells {
			hc := htmlCell{State: c.state, Text: c.text(false), Mark: strings.TrimSpace(cellMarks[c.state]), Source: p.Matrix.Sources[k]}
			for _, v := range c.values {
				hc.Evidence = append(hc.Evidence, split(hc.Source, v.Value, v.Sentence, v.Text))
			}
			hr.Cells = append(hr.Cells, hc)
		}
		p.Matrix.Rows = append(p.Matrix.Rows, hr)
	}
	for _, c := range m.singles {
		var vals []string
		for _, v := range c.Values {
			if !containsStr(vals, v.Value) {
				vals = append(vals, v.Value)
			}
		}
		p.Singles = append(p.Singles, htmlSingle{c.Subject, c.Measure, strings.Join(vals, "; "), lb.list(claimArticles(c))})
	}
	p.Conflicts = htmlConflicts(r, lb)
	for _, e := range r.Entities {
		he := htmlEntity{Name: e.Name, Type: e.Type, Sources: lb.list(e.Articles), Mentions: e.Mentions}
		for _, v := range e.Variants {
			if v.Text != e.Name {
				he.Variants = append(he.Variants, htmlVariant{Text: v.Text, Sources: lb.list(v.Articles), Count: v.Count, Misspelling: v.Misspelling})
			}
		}
		for _, ro := range e.Roles {
			he.Roles = append(he.Roles, htmlRole{Text: ro.Text, Sources: lb.list(ro.Articles)})
		}
		p.Entities = append(p.Entities, he)
	}
	p.Quotes, p.QuotedBy = htmlQuotes(r, lb)
	for _, row := range provenanceSection(r, lb).rows {
		p.Provenance = append(p.Provenance, htmlProvenance{row[0].text, row[1].text, row[2].text, row[3].text})
	}
	p.Stance = htmlStances(r, lb)
	if len(r.Stance) > 0 {
		p.StanceNotes = stanceNotes(r, lb)
	}
	for _, f := range r.Framing {
		hf := htmlFraming{Source: lb.of(f.Article), Register: f.Register, Reason: f.Reason}
		for _, t := range f.Targets {
			var terms []string
			for _, ev := range t.Evidence {
				if !containsStr(terms, ev.Text) {
					terms = append(terms, ev.Text)
				}
			}
			hf.Targets = append(hf.Targets, htmlTarget{Entity: t.Entity, Tone: fmt.Sprintf("%+.2f", t.Tone), Terms: strings.Join(terms, ", "), Negative: t.Tone < 0})
		}
		p.Framing = append(p.Framing, hf)
	}
	p.Findings = htmlFindings(r, lb)
	p.Legend = []htmlLegend{
		{cellConflict, "!", "contradicts the other sources (a conflict finding)"},
		{cellUncertain, "?", "differs, but not provably a contradiction"},
		{cellUpdated, "^", "given as a revision"},
		{cellAgree, "", "agrees with the other sources"},
		{cellOther, "", "in a row with a conflict, on the side most sources take"},
	}
	return p
}

// htmlSources lists the articles under their labels.
func htmlSources(r *Report, lb *labeller) []htmlSource {
	var out []htmlSource
	for _, a := range r.Articles {
		s := htmlSource{Label: lb.of(a.ID), Outlet: a.Outlet, Author: a.Author, Language: a.Language, Words: strconv.Itoa(a.Words),
			Removed: removedSummary(a.Removed), Title: a.Title, URL: a.URL, File: a.ID}
		if a.Published != nil {
			s.Published = strings.TrimSpace(*a.Published + " " + a.PublishedTime)
		}
		if a.DuplicateOf != "" {
			s.DuplicateOf = lb.of(a.DuplicateOf)
		}
		out = append(out, s)
	}
	return out
}

// htmlStances gives each stance with its evidence, the cue marked.
func htmlStances(r *Report, lb *labeller) []htmlStance {
	var out []htmlStance
	for _, s := range r.Stance {
		hs := htmlStance{Source: lb.of(s.Article), Claim: s.Claim, Label: s.Label, Score: strconv.FormatFloat(s.Score, 'f', 2, 64)}
		for _, ev := range s.Evidence {
			cue := ""
			if ev.Cue != "" && ev.CueStart >= ev.Start && ev.CueEnd <= ev.End {
				cue = ev.Text[ev.CueStart-ev.Start : min(len(ev.Text), ev.CueEnd-ev.Start)]
			}
			hs.Evidence = append(hs.Evidence, split(hs.Source, ev.Kind, ev.Text, cue))
		}
		out = append(out, hs)
	}
	return out
}

// htmlFindings gives each finding, sources named by their labels.
func htmlFindings(r *Report, lb *labeller) []htmlFinding {
	var out []htmlFinding
	for _, f := range r.Findings {
		hf := htmlFinding{Severity: f.Severity.String(), Kind: f.Kind, Source: "-", Message: lb.text(f.Message), Reason: f.Reason}
		if len(f.Evidence) > 0 {
			hf.Source = lb.of(f.Evidence[0].Article)
		}
		for _, ev := range f.Evidence {
			if ev.Text != "" {
				hf.Evidence = append(hf.Evidence, lb.of(ev.Article)+": "+ev.Text)
			}
		}
		out = append(out, hf)
	}
	return out
}

// htmlConflicts gives each conflict finding's sides with their sentences.
func htmlConflicts(r *Report, lb *labeller) []htmlConflict {
	values := map[evidenceKey]ClaimValue{}
	for _, c := range r.Claims {
		for _, v := range c.Values {
			values[evidenceKey{v.Article, v.Start, v.End}] = v
		}
	}
	var out []htmlConflict
	for _, f := range r.Findings {
		if f.Kind != FindingConflict || len(f.Evidence) < 2 {
			continue
		}
		claim, _, _ := strings.Cut(f.Message, ":")
		hc := htmlConflict{Claim: claim, Reason: f.Reason, Uncertain: f.Uncertain || f.Severity < Error}
		for _, ev := range f.Evidence {
			v, ok := values[evidenceKey{ev.Article, ev.Start, ev.End}]
			if !ok {
				hc.Sides = append(hc.Sides, htmlSentence{Source: lb.of(ev.Article), Value: ev.Text, Mark: ev.Text})
				continue
			}
			hc.Sides = append(hc.Sides, split(lb.of(ev.Article), v.Value, v.Sentence, v.Text))
		}
		out = append(out, hc)
	}
	return out
}

// htmlQuotes lists the quotes, and who is quoted by which sources.
func htmlQuotes(r *Report, lb *labeller) ([]htmlQuote, []htmlQuotedBy) {
	var quotes []htmlQuote
	type quoted struct {
		quotes int
		arts   map[string]bool
	}
	by := map[string]*quoted{}
	var speakers []string
	for _, q := range r.Quotes {
		hq := htmlQuote{Text: q.Text, Speaker: q.Speaker, Kind: q.Kind, Sources: lb.list(q.Articles)}
		for _, in := range q.Instances {
			if in.AttributionText != "" {
				hq.Attributions = append(hq.Attributions, lb.of(in.Article)+": "+in.AttributionText)
			}
		}
		quotes = append(quotes, hq)
		if q.Speaker == "" || q.Speaker == "unknown" {
			continue
		}
		if by[q.Speaker] == nil {
			by[q.Speaker] = &quoted{arts: map[string]bool{}}
			speakers = append(speakers, q.Speaker)
		}
		by[q.Speaker].quotes++
		for _, a := range q.Articles {
			by[q.Speaker].arts[a] = true
		}
	}
	var out []htmlQuotedBy
	for _, s := range speakers {
		var arts []string
		for _, a := range r.Articles {
			if by[s].arts[a.ID] {
				arts = append(arts, a.ID)
			}
		}
		out = append(out, htmlQuotedBy{Speaker: s, Quotes: by[s].quotes, Sources: lb.list(arts)})
	}
	return quotes, out
}

// plural writes n and noun, with an s (or "entities") unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
