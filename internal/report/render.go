package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Options control the human-readable renderers. They never probe the
// terminal: the caller fills them in.
type Options struct {
	// Width is the maximum table width in columns (0: not known: long
	// cells are cut instead).
	Width int
	// Color colours severities, statuses and claim-matrix cells with ANSI
	// escapes (the table format only).
	Color bool
	// Box draws table lines (the table format only); plain columns
	// otherwise.
	Box bool
	// Labels name articles by id in check's table (the report's own
	// renderers take them from the report).
	Labels map[string]string
}

// Renderer writes a report to w in one format.
type Renderer func(w io.Writer, r *Report, opts Options) error

var renderers = map[string]Renderer{
	"table":    RenderTable,
	"json":     RenderJSON,
	"markdown": RenderMarkdown,
	"html":     RenderHTML,
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

// RenderJSON writes the report as indented JSON followed by a newline:
// the bytes json.Encoder (indent two spaces, no HTML escaping) writes for
// r, produced one top-level field and one list element at a time, so
// that a large report is never held twice in memory as JSON.
func RenderJSON(w io.Writer, r *Report, _ Options) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	// encode writes v's JSON, its lines after the first prefixed.
	encode := func(v any, prefix string) error {
		buf.Reset()
		enc := json.NewEncoder(&buf)
		enc.SetIndent(prefix, "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	rv := reflect.ValueOf(r).Elem()
	rt := rv.Type()
	bw.WriteString("{")
	for i := range rt.NumField() {
		if i > 0 {
			bw.WriteString(",")
		}
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		fmt.Fprintf(bw, "\n  %q: ", name)
		f := rv.Field(i)
		if f.Kind() != reflect.Slice || f.Len() == 0 {
			if err := encode(f.Interface(), "  "); err != nil {
				return err
			}
			continue
		}
		bw.WriteString("[")
		for k := range f.Len() {
			if k > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if err := encode(f.Index(k).Interface(), "    "); err != nil {
				return err
			}
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// section is one titled table of the human-readable formats.
type section struct {
	title string
	// count is the number shown after the title (the rows, unless set).
	count int
	cols  []column
	rows  [][]cell
	// notes are lines printed after the table (a legend, what was left
	// out and why).
	notes []string
}

// sectionCount is the number shown after a section's title.
func (s section) sectionCount() int {
	if s.count > 0 {
		return s.count
	}
	return len(s.rows)
}

// plainCells makes a row of untoned cells.
func plainCells(texts ...string) []cell {
	out := make([]cell, len(texts))
	for i, t := range texts {
		out[i] = cell{text: t}
	}
	return out
}

// Tones of severities, claim statuses and matrix cells.
var (
	severityTones = map[Severity]tone{Error: toneRed, Warning: toneYellow, Info: toneDim}
	statusTones   = map[string]tone{"conflict": toneRed, "uncertain": toneYellow, "updated": toneCyan, "agree": toneGreen}
	cellTones     = map[string]tone{cellConflict: toneRed, cellUncertain: toneYellow, cellUpdated: toneCyan, cellAgree: toneGreen}
)

// sections lays the report out as tables, shared by the table and
// Markdown renderers; chunk is the number of sources per claim-matrix
// table.
func sections(r *Report, width, chunk int) []section {
	lb := newLabeller(r.Labels())
	out := []section{sourcesSection(r, lb), entitiesSection(r)}
	if len(r.Claims) > 0 {
		out = append(out, claimSections(r, lb, width, chunk)...)
		out = append(out, conflictsSection(r, lb))
	}
	if len(r.Quotes) > 0 {
		q := section{title: "Quotes", cols: []column{{header: "speaker"}, {header: "quote", clip: 60}, {header: "sources", clip: 60}, {header: "kind"}}}
		for _, x := range r.Quotes {
			q.rows = append(q.rows, plainCells(x.Speaker, x.Text, lb.list(x.Articles), x.Kind))
		}
		out = append(out, q)
	}
	if prov := provenanceSection(r, lb); len(prov.rows) > 0 {
		out = append(out, prov)
	}
	if len(r.Stance) > 0 {
		st := section{title: "Stance", cols: []column{{header: "source", keep: true}, {header: "claim", clip: 50, cut: true}, {header: "label"}, {header: "score"}, {header: "evidence", clip: 40}}}
		for _, x := range r.Stance {
			st.rows = append(st.rows, plainCells(lb.of(x.Article), x.Claim, x.Label, strconv.FormatFloat(x.Score, 'f', 2, 64), stanceEvidence(x.Evidence)))
		}
		st.notes = stanceNotes(r, lb)
		out = append(out, st)
	}
	if len(r.Framing) > 0 {
		fr := section{title: "Framing", cols: []column{{header: "source", keep: true}, {header: "register"}, {header: "tone by entity", clip: 60}, {header: "evidence", clip: 40}}}
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
			fr.rows = append(fr.rows, plainCells(lb.of(x.Article), x.Register, strings.Join(tones, "; "), strings.Join(terms, ", ")))
		}
		out = append(out, fr)
	}
	fs := section{title: "Findings", cols: []column{{header: "severity", keep: true}, {header: "kind", keep: true}, {header: "source", keep: true}, {header: "message"}}}
	for _, f := range r.Findings {
		art := "-"
		if len(f.Evidence) > 0 {
			art = lb.of(f.Evidence[0].Article)
		}
		fs.rows = append(fs.rows, []cell{{text: f.Severity.String(), tone: severityTones[f.Severity]}, {text: f.Kind}, {text: art}, {text: lb.text(f.Message)}})
	}
	out = append(out, fs)
	return out
}

// sourcesSection lists the articles under their labels, with the file
// each one is.
func sourcesSection(r *Report, lb *labeller) section {
	s := section{title: "Sources", cols: []column{{header: "source", keep: true}, {header: "outlet / byline", clip: 30, cut: true}, {header: "published"},
		{header: "lang", optional: true}, {header: "words", optional: true}, {header: "removed", clip: 40, optional: true}, {header: "title", clip: 60, cut: true}, {header: "file", clip: 40, cut: true}}}
	for _, a := range r.Articles {
		pub := "-"
		if a.Published != nil {
			pub = *a.Published
			if a.PublishedTime != "" {
				pub += " " + a.PublishedTime
			}
		}
		outlet := a.Outlet
		if a.Author != "" {
			outlet = strings.TrimPrefix(outlet+", by "+a.Author, ", ")
		}
		if outlet == "" {
			outlet = "-"
		}
		removed := removedSummary(a.Removed)
		if a.DuplicateOf != "" {
			removed = "repeats " + lb.of(a.DuplicateOf)
		}
		s.rows = append(s.rows, plainCells(lb.of(a.ID), outlet, pub, a.Language, strconv.Itoa(a.Words), removed, a.Title, a.ID))
	}
	return s
}

// entitiesSection lists the entities, most mentioned first.
func entitiesSection(r *Report) section {
	s := section{title: "Entities", cols: []column{{header: "name"}, {header: "type"}, {header: "sources"}, {header: "mentions"},
		{header: "variants", clip: 50}, {header: "roles", clip: 50}}}
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
		s.rows = append(s.rows, plainCells(e.Name, e.Type, strconv.Itoa(len(e.Articles)), strconv.Itoa(e.Mentions),
			strings.Join(vs, ", "), strings.Join(rs, "; ")))
	}
	return s
}

// claimSections are the claim matrix, in tables of at most chunk
// sources each, and the claims of one source.
func claimSections(r *Report, lb *labeller, width, chunk int) []section {
	m := buildMatrix(r)
	var out []section
	spans := matrixSpans(m, lb, width, chunk)
	for _, sp := range spans {
		from, to := sp[0], sp[1]
		s := section{title: "Claims by source", cols: []column{{header: "subject"}, {header: "measure"}}}
		if len(spans) > 1 {
			s.title = fmt.Sprintf("Claims by source (sources %d-%d of %d)", from+1, to, len(m.sources))
		}
		for _, id := range m.sources[from:to] {
			s.cols = append(s.cols, column{header: lb.of(id)})
		}
		s.cols = append(s.cols, column{header: "status"})
		for _, row := range m.rows {
			cells := []cell{{text: row.claim.Subject}, {text: row.claim.Measure}}
			given := false
			for _, c := range row.cells[from:to] {
				cells = append(cells, cell{text: c.text(true), tone: cellTones[c.state]})
				given = given || len(c.values) > 0
			}
			if !given && len(spans) > 1 {
				continue // none of this table's sources gives it
			}
			cells = append(cells, cell{text: row.claim.Status, tone: statusTones[row.claim.Status]})
			s.rows = append(s.rows, cells)
		}
		s.notes = []string{matrixLegend}
		if len(spans) > 1 {
			s.notes = append(s.notes, "Each table lists the claims its sources give.")
		}
		out = append(out, s)
	}
	if len(m.singles) > 0 {
		s := section{title: "Claims of one source", cols: []column{{header: "subject"}, {header: "measure"}, {header: "value", clip: 50}, {header: "source", keep: true}}}
		for _, c := range m.singles {
			var vals []string
			for _, v := range c.Values {
				if !containsStr(vals, v.Value) {
					vals = append(vals, v.Value)
				}
			}
			s.rows = append(s.rows, plainCells(c.Subject, c.Measure, strings.Join(vals, "; "), lb.list(claimArticles(c))))
		}
		out = append(out, s)
	}
	return out
}

// matrixSpans splits the matrix's sources into the [from, to) ranges of
// its tables: chunk sources each when width is 0, else as many as fit
// width beside the subject, measure and status, each source's column
// as wide as its label's longest word or its widest value (at most 14). A matrix with
// rows and no source column is one table.
func matrixSpans(m claimMatrix, lb *labeller, width, chunk int) [][2]int {
	if len(m.sources) == 0 {
		if len(m.rows) == 0 {
			return nil
		}
		return [][2]int{{0, 0}}
	}
	colWidth := func(k int) int {
		w := 0
		for _, word := range splitWords(lb.of(m.sources[k])) {
			w = max(w, runewidth.StringWidth(strings.TrimSpace(word)))
		}
		for _, row := range m.rows {
			w = max(w, runewidth.StringWidth(row.cells[k].text(true)))
		}
		return min(w, 14) + 3
	}
	subject, measure := 0, 0
	for _, row := range m.rows {
		subject = max(subject, runewidth.StringWidth(row.claim.Subject))
		measure = max(measure, runewidth.StringWidth(row.claim.Measure))
	}
	base := min(subject, 16) + min(measure, 10) + 9 + 10
	var out [][2]int
	from, used := 0, base
	for k := range m.sources {
		w := colWidth(k)
		full := width > 0 && used+w > width || width == 0 && k-from >= max(chunk, 1)
		if k > from && full {
			out = append(out, [2]int{from, k})
			from, used = k, base
		}
		used += w
	}
	return append(out, [2]int{from, len(m.sources)})
}

// conflictsSection shows each conflict finding's two sides, with the
// sentence each value came from.
func conflictsSection(r *Report, lb *labeller) section {
	sentences := map[evidenceKey]string{}
	for _, c := range r.Claims {
		for _, v := range c.Values {
			sentences[evidenceKey{v.Article, v.Start, v.End}] = v.Sentence
		}
	}
	s := section{title: "Conflicts", cols: []column{{header: "claim"}, {header: "source", keep: true}, {header: "says"}, {header: "sentence", clip: 80}}}
	for _, f := range r.Findings {
		if f.Kind != FindingConflict || len(f.Evidence) < 2 {
			continue
		}
		s.count++
		claim, _, _ := strings.Cut(f.Message, ":")
		t := toneRed
		if f.Uncertain || f.Severity < Error {
			claim += " (uncertain)"
			t = toneYellow
		}
		for k, ev := range f.Evidence {
			c := cell{text: claim, tone: t}
			if k > 0 {
				c = cell{}
			}
			s.rows = append(s.rows, []cell{c, {text: lb.of(ev.Article)}, {text: ev.Text}, {text: sentences[evidenceKey{ev.Article, ev.Start, ev.End}]}})
		}
	}
	return s
}

// provenanceSection is who quotes whom: the quote-source findings.
func provenanceSection(r *Report, lb *labeller) section {
	prov := section{title: "Who quotes whom", cols: []column{{header: "quoting source", keep: true}, {header: "attributes to"}, {header: "words", clip: 50}, {header: "likely original", keep: true}}}
	for _, f := range r.Findings {
		if f.Kind != FindingQuoteSource || len(f.Evidence) < 2 {
			continue
		}
		q, own := f.Evidence[0], f.Evidence[1]
		prov.rows = append(prov.rows, plainCells(lb.of(q.Article), quoteSpeaker(r, q), q.Text, lb.of(own.Article)))
	}
	return prov
}

// quoteSpeaker is the speaker a quote instance at ev is attributed to.
func quoteSpeaker(r *Report, ev Evidence) string {
	for _, x := range r.Quotes {
		for _, in := range x.Instances {
			if in.Article == ev.Article && in.Start == ev.Start {
				return in.Speaker
			}
		}
	}
	return ""
}

// stanceNotes name the articles stance did not classify and why: a
// headline is compared only with articles in its language.
func stanceNotes(r *Report, lb *labeller) []string {
	classified := map[string]bool{}
	claimed := map[string]bool{}
	for _, s := range r.Stance {
		classified[s.Article] = true
		claimed[s.Claim] = true
	}
	langs := map[string]bool{}
	for _, a := range r.Articles {
		if claimed[a.Title] {
			langs[a.Language] = true
		}
	}
	var notes []string
	for _, a := range r.Articles {
		if classified[a.ID] || a.DuplicateOf != "" {
			continue
		}
		why := "no claim to classify it against"
		if !langs[a.Language] {
			why = fmt.Sprintf("no other headline is in its language (%s), and stance compares words, so it is not measured across languages; --claim TEXT in %s classifies it", a.Language, a.Language)
		}
		notes = append(notes, fmt.Sprintf("Not classified: %s: %s.", lb.of(a.ID), why))
	}
	return notes
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
	s = textutil.OneSpace(s)
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
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

// tableChunk is the number of sources per claim-matrix table when the
// width is not known.
const tableChunk = 8

// RenderTable writes the report as titled text tables, fitted to
// opts.Width when set. It returns the first write error.
func RenderTable(out io.Writer, r *Report, opts Options) error {
	w := &stickyWriter{w: out}
	for i, s := range sections(r, opts.Width, tableChunk) {
		if w.err != nil {
			return w.err
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, paint(fmt.Sprintf("%s (%d)", strings.ToUpper(s.title), s.sectionCount()), toneBold, opts.Color))
		if len(s.rows) > 0 {
			t := textTable{cols: s.cols, rows: s.rows}
			t.render(w, opts)
		}
		for _, n := range s.notes {
			if opts.Width > 0 {
				for _, l := range wrapText(n, opts.Width) {
					fmt.Fprintln(w, paint(l, toneDim, opts.Color))
				}
				continue
			}
			fmt.Fprintln(w, n)
		}
	}
	return w.err
}

// markdownChunk is the number of sources per claim-matrix table in
// Markdown.
const markdownChunk = 8

// RenderMarkdown writes the report as a Markdown document, every cell in
// full. It returns the first write error.
func RenderMarkdown(out io.Writer, r *Report, _ Options) error {
	w := &stickyWriter{w: out}
	fmt.Fprintf(w, "# nec-analyse report\n\n%d sources, %d entities, %d findings (tool %s, schema %d)\n",
		len(r.Articles), len(r.Entities), len(r.Findings), r.ToolVersion, r.SchemaVersion)
	for _, s := range sections(r, 0, markdownChunk) {
		if w.err != nil {
			return w.err
		}
		fmt.Fprintf(w, "\n## %s (%d)\n\n", s.title, s.sectionCount())
		if len(s.rows) == 0 {
			fmt.Fprintln(w, "None.")
		} else {
			t := tablewriter.NewTable(w, tablewriter.WithHeaderAutoFormat(tw.Off), tablewriter.WithRowAutoWrap(tw.WrapNone),
				tablewriter.WithRenderer(renderer.NewMarkdown()))
			header := make([]string, len(s.cols))
			for i, c := range s.cols {
				header[i] = escapeMarkdown(c.header)
			}
			t.Header(header)
			rows := make([][]string, len(s.rows))
			for i, row := range s.rows {
				rows[i] = make([]string, len(row))
				for j, c := range row {
					rows[i][j] = escapeMarkdown(textutil.OneSpace(c.text))
				}
			}
			if err := t.Bulk(rows); err != nil {
				return fmt.Errorf("render %s table: %w", s.title, err)
			}
			if err := t.Render(); err != nil {
				if w.err != nil {
					return w.err
				}
				return fmt.Errorf("render %s table: %w", s.title, err)
			}
		}
		for _, n := range s.notes {
			fmt.Fprintf(w, "\n%s\n", escapeMarkdownText(n))
		}
	}
	return w.err
}

// escapeMarkdown escapes a table cell: pipes, and characters Markdown
// would read as markup or HTML.
func escapeMarkdown(c string) string {
	return strings.ReplaceAll(escapeMarkdownText(c), "|", `\|`)
}

// escapeMarkdownText escapes text from the articles in a Markdown
// paragraph, so that it shows as written (no tag, link or emphasis).
func escapeMarkdownText(s string) string {
	return markdownEscaper.Replace(s)
}

var markdownEscaper = strings.NewReplacer("\\", "\\\\", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
