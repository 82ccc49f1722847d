package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Options control the human-readable renderers. They never probe the
// terminal: the caller fills them in.
type Options struct {
	// Width is the maximum table width in columns (0: no limit).
	Width int
}

// Renderer writes a report to w in one format.
type Renderer func(w io.Writer, r *Report, opts Options) error

var renderers = map[string]Renderer{
	"table":    RenderTable,
	"json":     RenderJSON,
	"markdown": RenderMarkdown,
}

// Formats lists the format names Lookup accepts, sorted.
func Formats() []string {
	names := make([]string, 0, len(renderers))
	for n := range renderers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the renderer for a format name.
func Lookup(format string) (Renderer, error) {
	if r, ok := renderers[format]; ok {
		return r, nil
	}
	return nil, fmt.Errorf("unknown format %q (valid: %s)", format, strings.Join(Formats(), ", "))
}

// RenderJSON writes the report as indented JSON followed by a newline.
func RenderJSON(w io.Writer, r *Report, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// section is one titled table of the human-readable formats.
type section struct {
	title  string
	header []string
	rows   [][]string
}

// sections lays the report out as tables, shared by the table and
// Markdown renderers.
func sections(r *Report) []section {
	var out []section
	arts := section{title: "Articles", header: []string{"id", "language", "published", "words", "NER", "removed", "title"}}
	for _, a := range r.Articles {
		pub := "-"
		if a.Published != nil {
			pub = *a.Published
		}
		arts.rows = append(arts.rows, []string{a.ID, a.Language, pub, strconv.Itoa(a.Words), a.NER, removedSummary(a.Removed), clip(a.Title, 60)})
	}
	out = append(out, arts)

	ents := section{title: "Entities", header: []string{"name", "type", "articles", "mentions", "variants", "roles"}}
	for _, e := range r.Entities {
		var vs []string
		for _, v := range e.Variants {
			if v.Text != e.Name {
				vs = append(vs, fmt.Sprintf("%s (%d)", v.Text, v.Count))
			}
		}
		var rs []string
		for _, r := range e.Roles {
			rs = append(rs, r.Text)
		}
		ents.rows = append(ents.rows, []string{e.Name, e.Type, strconv.Itoa(len(e.Articles)), strconv.Itoa(e.Mentions),
			clip(strings.Join(vs, ", "), 50), clip(strings.Join(rs, "; "), 50)})
	}
	out = append(out, ents)

	if len(r.Claims) > 0 {
		cl := section{title: "Claims", header: []string{"subject", "measure", "values", "sources", "status"}}
		for _, c := range r.Claims {
			var vals []string
			arts := map[string]bool{}
			for _, v := range c.Values {
				vals = append(vals, v.Value)
				arts[v.Article] = true
			}
			cl.rows = append(cl.rows, []string{c.Subject, c.Measure, clip(strings.Join(vals, "; "), 50), strconv.Itoa(len(arts)), c.Status})
		}
		out = append(out, cl)
	}
	conf := section{title: "Conflicts", header: []string{"claim", "source A", "says", "source B", "says"}}
	for _, f := range r.Findings {
		if f.Kind != FindingConflict || len(f.Evidence) < 2 {
			continue
		}
		claim, _, _ := strings.Cut(f.Message, ":")
		a, b := f.Evidence[0], f.Evidence[1]
		conf.rows = append(conf.rows, []string{claim, a.Article, clip(a.Text, 30), b.Article, clip(b.Text, 30)})
	}
	if len(r.Claims) > 0 {
		out = append(out, conf)
	}
	if len(r.Quotes) > 0 {
		q := section{title: "Quotes", header: []string{"speaker", "excerpt", "articles", "kind"}}
		for _, x := range r.Quotes {
			q.rows = append(q.rows, []string{x.Speaker, clip(x.Text, 60), strings.Join(x.Articles, ", "), x.Kind})
		}
		out = append(out, q)
	}

	prov := section{title: "Provenance", header: []string{"quoting article", "attributes to", "words", "likely original"}}
	for _, f := range r.Findings {
		if f.Kind != FindingQuoteSource || len(f.Evidence) < 2 {
			continue
		}
		q, own := f.Evidence[0], f.Evidence[1]
		speaker := ""
		for _, x := range r.Quotes {
			for _, in := range x.Instances {
				if in.Article == q.Article && in.Start == q.Start {
					speaker = in.Speaker
				}
			}
		}
		prov.rows = append(prov.rows, []string{q.Article, speaker, clip(q.Text, 50), own.Article})
	}
	if len(prov.rows) > 0 {
		out = append(out, prov)
	}
	if len(r.Stance) > 0 {
		st := section{title: "Stance", header: []string{"article", "claim", "label", "score", "evidence"}}
		for _, x := range r.Stance {
			st.rows = append(st.rows, []string{x.Article, clip(x.Claim, 50), x.Label, strconv.FormatFloat(x.Score, 'f', 2, 64), stanceEvidence(x.Evidence)})
		}
		out = append(out, st)
	}
	if len(r.Framing) > 0 {
		fr := section{title: "Framing", header: []string{"article", "register", "tone by entity", "evidence"}}
		for _, x := range r.Framing {
			var tones, terms []string
			for k, t := range x.Targets {
				if k < 4 {
					tones = append(tones, fmt.Sprintf("%s %+.2f", t.Entity, t.Tone))
				}
				for _, ev := range t.Evidence {
					if len(terms) < 4 && !containsStr(terms, ev.Text) {
						terms = append(terms, ev.Text)
					}
				}
			}
			fr.rows = append(fr.rows, []string{x.Article, x.Register, clip(strings.Join(tones, "; "), 60), clip(strings.Join(terms, ", "), 40)})
		}
		out = append(out, fr)
	}

	fs := section{title: "Findings", header: []string{"severity", "kind", "article", "message"}}
	for _, f := range r.Findings {
		art := "-"
		if len(f.Evidence) > 0 {
			art = f.Evidence[0].Article
		}
		fs.rows = append(fs.rows, []string{f.Severity.String(), f.Kind, art, clip(f.Message, 80)})
	}
	out = append(out, fs)
	return out
}

// stanceEvidence shows a stance's first piece of evidence: its cue, or
// the start of a sentence that only shares the claim's words.
func stanceEvidence(ev []StanceEvidence) string {
	if len(ev) == 0 {
		return "-"
	}
	if ev[0].Cue != "" {
		return fmt.Sprintf("%s %q", ev[0].Kind, ev[0].Cue)
	}
	return clip(ev[0].Text, 30)
}

func removedSummary(rs []Removed) string {
	if len(rs) == 0 {
		return "-"
	}
	counts := map[string]int{}
	var kinds []string
	for _, r := range rs {
		if counts[r.Kind] == 0 {
			kinds = append(kinds, r.Kind)
		}
		counts[r.Kind]++
	}
	sort.Strings(kinds)
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = k
		if counts[k] > 1 {
			parts[i] = fmt.Sprintf("%s x%d", k, counts[k])
		}
	}
	return strings.Join(parts, ", ")
}

// clip shortens s to at most n runes, marking the cut with an ellipsis,
// and folds line breaks into spaces.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}

func tableOptions(opts Options, extra ...tablewriter.Option) []tablewriter.Option {
	o := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
	}
	if opts.Width > 0 {
		o = append(o, tablewriter.WithMaxWidth(opts.Width))
	}
	return append(o, extra...)
}

// stickyWriter passes writes to w until one fails, then fails every later
// write with that first error without touching w. Renderers write through
// one and return its error, so a failed write (a full disk, a closed pipe)
// is reported once, however many Fprintf calls or table rows follow, and
// whatever the table library does with its own write errors.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	s.err = err
	return n, err
}

// RenderTable writes the report as titled text tables. It returns the
// first write error.
func RenderTable(out io.Writer, r *Report, opts Options) error {
	w := &stickyWriter{w: out}
	for i, s := range sections(r) {
		if w.err != nil {
			return w.err
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%d)\n", strings.ToUpper(s.title), len(s.rows))
		if len(s.rows) == 0 {
			continue
		}
		t := tablewriter.NewTable(w, tableOptions(opts)...)
		t.Header(s.header)
		if err := t.Bulk(s.rows); err != nil {
			return fmt.Errorf("render %s table: %w", s.title, err)
		}
		if err := t.Render(); err != nil {
			if w.err != nil {
				return w.err
			}
			return fmt.Errorf("render %s table: %w", s.title, err)
		}
	}
	return w.err
}

// RenderMarkdown writes the report as a Markdown document. It returns the
// first write error.
func RenderMarkdown(out io.Writer, r *Report, opts Options) error {
	w := &stickyWriter{w: out}
	fmt.Fprintf(w, "# nec-analyse report\n\n%d articles, %d entities, %d findings (tool %s, schema %d)\n",
		len(r.Articles), len(r.Entities), len(r.Findings), r.ToolVersion, r.SchemaVersion)
	for _, s := range sections(r) {
		if w.err != nil {
			return w.err
		}
		fmt.Fprintf(w, "\n## %s (%d)\n\n", s.title, len(s.rows))
		if len(s.rows) == 0 {
			fmt.Fprintln(w, "None.")
			continue
		}
		t := tablewriter.NewTable(w, tableOptions(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))...)
		t.Header(s.header)
		if err := t.Bulk(escapeMarkdown(s.rows)); err != nil {
			return fmt.Errorf("render %s table: %w", s.title, err)
		}
		if err := t.Render(); err != nil {
			if w.err != nil {
				return w.err
			}
			return fmt.Errorf("render %s table: %w", s.title, err)
		}
	}
	return w.err
}

func escapeMarkdown(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(r))
		for j, c := range r {
			out[i][j] = strings.ReplaceAll(c, "|", `\|`)
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
