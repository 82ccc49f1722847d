package report

import (
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// tone is how a cell is coloured on a terminal.
type tone uint8

// Tones, each with its ANSI colour.
const (
	toneNone tone = iota
	toneRed
	toneYellow
	toneGreen
	toneCyan
	toneDim
	toneBold
)

var toneCodes = [...]string{"", "\x1b[31m", "\x1b[33m", "\x1b[32m", "\x1b[36m", "\x1b[2m", "\x1b[1m"}

const ansiReset = "\x1b[0m"

// paint wraps s in the tone's colour when colour is on.
func paint(s string, t tone, color bool) string {
	if !color || t == toneNone || s == "" {
		return s
	}
	return toneCodes[t] + s + ansiReset
}

// cell is one table cell: its text and its tone.
type cell struct {
	text string
	tone tone
}

// column describes one column of a text table.
type column struct {
	header string
	// clip is the length cells are cut to when the table's width is not
	// known (output to a pipe or a file); 0 never cuts.
	clip int
	// cut marks a column whose cells are cut with an ellipsis, rather
	// than wrapped, when the table must shrink to the terminal: only
	// columns whose text is not the point (titles, excerpts, ids).
	cut bool
	// keep marks a column never narrowed below its widest cell (source
	// labels), unless nothing else can give.
	keep bool
	// optional marks a column left out when the table cannot fit the
	// width otherwise.
	optional bool
}

// minColumn is the narrowest a column is made to fit the terminal.
const minColumn = 6

// textTable lays out rows under a header as box-drawn or plain text.
type textTable struct {
	cols []column
	rows [][]cell
}

// render writes the table. With opts.Width set, columns are narrowed
// until the table fits (the widest first: cut columns are cut, the others
// wrapped at spaces); otherwise cells are cut at their column's clip
// length. opts.Box draws lines; opts.Color colours cells by their tone.
func (t *textTable) render(w io.Writer, opts Options) {
	n := len(t.cols)
	rows := make([][]cell, len(t.rows))
	for i, r := range t.rows {
		rows[i] = make([]cell, n)
		for j := 0; j < n && j < len(r); j++ {
			c := r[j]
			c.text = textutil.OneSpace(c.text)
			if opts.Width == 0 && t.cols[j].clip > 0 {
				c.text = clip(c.text, t.cols[j].clip)
			}
			rows[i][j] = c
		}
	}
	cols := t.cols
	widths := naturalWidths(cols, rows)
	if opts.Width > 0 {
		mins := minWidths(cols, rows)
		// Optional columns go, rightmost first, while the others cannot
		// fit at their minimum widths.
		for j := n - 1; j >= 0 && sumMin(widths, mins)+tableOverhead(len(cols), opts.Box) > opts.Width; j-- {
			if cols[j].optional {
				cols = slices.Delete(slices.Clone(cols), j, j+1)
				for i := range rows {
					rows[i] = slices.Delete(rows[i], j, j+1)
				}
				widths, mins = slices.Delete(widths, j, j+1), slices.Delete(mins, j, j+1)
			}
		}
		n = len(cols)
		cut := make([]bool, n)
		for j, c := range cols {
			cut[j] = c.cut
		}
		fitWidths(widths, mins, cut, tableOverhead(n, opts.Box), opts.Width)
	}
	header := make([][]string, n)
	for j, c := range cols {
		header[j] = wrapText(c.header, widths[j])
	}
	lines := make([][][]string, len(rows))
	multi := false
	for i, r := range rows {
		lines[i] = make([][]string, n)
		for j, c := range r {
			if cols[j].cut {
				lines[i][j] = []string{truncate(c.text, widths[j])}
			} else {
				lines[i][j] = wrapText(c.text, widths[j])
			}
			multi = multi || len(lines[i][j]) > 1
		}
	}
	b := &strings.Builder{}
	hr := func(l, m, r string) {
		if !opts.Box {
			return
		}
		b.WriteString(l)
		for j, wd := range widths {
			if j > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", wd+2))
		}
		b.WriteString(r + "\n")
	}
	hr("┌", "┬", "┐")
	writeRow(b, header, widths, nil, toneBold, opts)
	if opts.Box {
		hr("├", "┼", "┤")
	} else {
		parts := make([]string, n)
		for j, wd := range widths {
			parts[j] = strings.Repeat("-", wd)
		}
		b.WriteString(paint(strings.Join(parts, "  "), toneDim, opts.Color) + "\n")
	}
	for i := range rows {
		if i > 0 && multi {
			if opts.Box {
				hr("├", "┼", "┤")
			} else {
				b.WriteString("\n")
			}
		}
		writeRow(b, lines[i], widths, rows[i], toneNone, opts)
	}
	hr("└", "┴", "┘")
	io.WriteString(w, b.String())
}

// naturalWidths are the widths of the columns' widest cells or headers.
func naturalWidths(cols []column, rows [][]cell) []int {
	widths := make([]int, len(cols))
	for j, c := range cols {
		widths[j] = runewidth.StringWidth(c.header)
		for _, r := range rows {
			widths[j] = max(widths[j], runewidth.StringWidth(r[j].text))
		}
	}
	return widths
}

// minWidths are the widths below which columns are narrowed only when
// nothing else can give: the longest word of the header, at least
// minColumn, and for kept columns the widest cell.
func minWidths(cols []column, rows [][]cell) []int {
	mins := make([]int, len(cols))
	for j, c := range cols {
		mins[j] = minColumn
		for _, w := range strings.Fields(c.header) {
			mins[j] = max(mins[j], runewidth.StringWidth(w))
		}
		if c.keep {
			for _, r := range rows {
				mins[j] = max(mins[j], runewidth.StringWidth(r[j].text))
			}
		}
	}
	return mins
}

// sumMin is the total of the columns' widths at their minimum.
func sumMin(widths, mins []int) int {
	total := 0
	for j, w := range widths {
		total += min(w, mins[j])
	}
	return total
}

// tableOverhead is the width of the borders and gaps of n columns.
func tableOverhead(n int, box bool) int {
	if box {
		return 3*n + 1
	}
	return 2 * (n - 1)
}

// cutFloor is the width cut columns give way to before any other column
// is narrowed.
const cutFloor = 12

// fitWidths narrows columns until the widths and overhead fit in limit:
// first the cut columns (titles, excerpts, file names), widest first,
// down to cutFloor; then any column, widest first, down to its minimum
// mins[j] (a label's or a header word's width, at least minColumn, or the
// column's natural width when less). It stops when nothing can give.
func fitWidths(widths, mins []int, cut []bool, overhead, limit int) {
	floors := make([]int, len(widths))
	for j := range widths {
		floors[j] = min(widths[j], mins[j])
		if cut[j] {
			floors[j] = min(widths[j], max(mins[j], cutFloor))
		}
	}
	shrink(widths, floors, overhead, limit)
	for j := range widths {
		floors[j] = min(widths[j], mins[j])
	}
	shrink(widths, floors, overhead, limit)
	for j := range widths {
		floors[j] = min(widths[j], minColumn)
	}
	shrink(widths, floors, overhead, limit)
}

// shrink narrows the widest column above its floor, down to the next
// widest, until the total fits in limit or every column is at its floor.
func shrink(widths, floors []int, overhead, limit int) {
	for {
		total := overhead
		for _, w := range widths {
			total += w
		}
		if total <= limit {
			return
		}
		wi, second := -1, 0
		for j, w := range widths {
			if w <= floors[j] {
				continue
			}
			if wi < 0 || w > widths[wi] {
				if wi >= 0 {
					second = max(second, widths[wi])
				}
				wi = j
			} else {
				second = max(second, w)
			}
		}
		if wi < 0 {
			return
		}
		target := max(widths[wi]-(total-limit), second, floors[wi])
		if target == widths[wi] {
			target--
		}
		widths[wi] = target
	}
}

// writeRow writes one table row of wrapped cells, line by line.
func writeRow(b *strings.Builder, cells [][]string, widths []int, src []cell, base tone, opts Options) {
	height := 1
	for _, c := range cells {
		height = max(height, len(c))
	}
	for k := 0; k < height; k++ {
		var line strings.Builder
		if opts.Box {
			line.WriteString("│ ")
		}
		for j, c := range cells {
			if j > 0 {
				if opts.Box {
					line.WriteString(" │ ")
				} else {
					line.WriteString("  ")
				}
			}
			s := ""
			if k < len(c) {
				s = c[k]
			}
			pad := strings.Repeat(" ", max(0, widths[j]-runewidth.StringWidth(s)))
			tn := base
			if src != nil {
				tn = src[j].tone
			}
			line.WriteString(paint(s, tn, opts.Color) + pad)
		}
		if opts.Box {
			line.WriteString(" │")
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// wrapText breaks s into lines of at most width columns, at spaces (and
// after a hyphen or a slash), breaking a longer word where it must.
func wrapText(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	if runewidth.StringWidth(s) <= width {
		return []string{s}
	}
	var lines []string
	line, lw := "", 0
	for _, word := range splitWords(s) {
		ww := runewidth.StringWidth(strings.TrimRight(word, " "))
		if lw > 0 && lw+ww > width {
			lines = append(lines, strings.TrimRight(line, " "))
			line, lw = "", 0
		}
		for lw == 0 && ww > width {
			head := runewidth.Truncate(word, width, "")
			if head == "" { // a character wider than the column
				_, size := utf8.DecodeRuneInString(word)
				head = word[:size]
			}
			lines = append(lines, head)
			word = word[len(head):]
			ww = runewidth.StringWidth(strings.TrimRight(word, " "))
		}
		line += word
		lw = runewidth.StringWidth(line)
	}
	if strings.TrimSpace(line) != "" || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return lines
}

// splitWords splits s after each space, hyphen or slash, keeping them.
func splitWords(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == ' ' || r == '-' || r == '/' {
			out = append(out, s[start:i+1])
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// truncate cuts s to width columns, marking the cut with an ellipsis.
func truncate(s string, width int) string {
	if runewidth.StringWidth(s) <= width {
		return s
	}
	return runewidth.Truncate(s, width, "…")
}
