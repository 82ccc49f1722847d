package report

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// maxOutletRunes bounds the outlet part of a label.
const maxOutletRunes = 24

// SourceLabels returns a short label for each article, in the order
// given, for a reader to tell the sources apart: the outlet and the
// publication day ("City Wire 10 Mar", with the year when the dated
// articles span more than one) when the outlet is known, else the file
// name without its extension and without hash-like parts ("000" for
// 000_43a8eeb2a4dbee24.txt, "01-riverside-herald" for
// 01-riverside-herald.txt). Labels are unique: a label two articles
// share gets the publication time, then the longer file path, then a
// number (" (2)") to tell them apart. The result depends only on the
// articles, so it is the same on every run.
func SourceLabels(arts []Article) []string {
	years := map[string]bool{}
	for _, a := range arts {
		if a.Published != nil && len(*a.Published) >= 4 {
			years[(*a.Published)[:4]] = true
		}
	}
	withYear := len(years) > 1
	labels := make([]string, len(arts))
	for i, a := range arts {
		labels[i] = baseLabel(a, withYear)
	}
	// Articles sharing a label: an outlet's articles of one day are told
	// apart by their time, files by the rest of their path.
	for _, group := range sameLabel(labels) {
		for _, i := range group {
			a := arts[i]
			switch {
			case a.Outlet != "" && a.PublishedTime != "":
				labels[i] += " " + a.PublishedTime
			case a.Outlet == "":
				labels[i] = pathLabel(a.ID)
			}
		}
	}
	for _, group := range sameLabel(labels) {
		for k, i := range group[1:] {
			labels[i] += fmt.Sprintf(" (%d)", k+2)
		}
	}
	return labels
}

// sameLabel returns the indices of the labels that occur more than once,
// grouped by label (groups in order of their first index, indices
// ascending).
func sameLabel(labels []string) [][]int {
	by := map[string][]int{}
	var order []string
	for i, l := range labels {
		if len(by[l]) == 0 {
			order = append(order, l)
		}
		by[l] = append(by[l], i)
	}
	var out [][]int
	for _, l := range order {
		if len(by[l]) > 1 {
			out = append(out, by[l])
		}
	}
	return out
}

// baseLabel is an article's label before labels are made unique.
func baseLabel(a Article, withYear bool) string {
	outlet := textutil.OneSpace(a.Outlet)
	if outlet == "" {
		return fileLabel(a.ID)
	}
	outlet = clip(outlet, maxOutletRunes)
	if a.Published == nil {
		return outlet
	}
	t, err := time.Parse("2006-01-02", *a.Published)
	if err != nil {
		return outlet
	}
	if withYear {
		return outlet + " " + t.Format("2 Jan 2006")
	}
	return outlet + " " + t.Format("2 Jan")
}

// fileLabel is the file name of an article id without its extension and
// without hash-like parts; for a JSON Lines record ("feed.jsonl#17"), the
// file's label and the record's id ("feed#17").
func fileLabel(id string) string {
	file, rec, isRec := strings.Cut(id, "#")
	l := stem(path.Base(file))
	if isRec {
		l += "#" + clip(rec, 16)
	}
	return l
}

// pathLabel is the whole id without the file's extension, for files that
// share a file name in different folders.
func pathLabel(id string) string {
	file, rec, isRec := strings.Cut(id, "#")
	dir := path.Dir(file)
	l := stem(path.Base(file))
	if dir != "." {
		l = dir + "/" + l
	}
	if isRec {
		l += "#" + rec
	}
	return l
}

// stem drops a file name's extension and its hash-like parts (runs of 8
// or more hexadecimal digits with both digits and letters, as saved web
// pages and crawls name files); a name that is nothing but a hash keeps
// its first 8 characters.
func stem(name string) string {
	if ext := path.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	// Split into parts, each with the separator before it.
	type part struct{ sep, word string }
	var parts []part
	sep, word := "", ""
	for _, r := range name {
		if r == '_' || r == '-' || r == '.' || r == ' ' {
			if word != "" {
				parts = append(parts, part{sep, word})
				sep, word = "", ""
			}
			sep += string(r)
			continue
		}
		word += string(r)
	}
	if word != "" || sep != "" {
		parts = append(parts, part{sep, word})
	}
	var b strings.Builder
	firstHash := ""
	for _, p := range parts {
		if hashLike(p.word) {
			if firstHash == "" {
				firstHash = p.word
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteString(p.sep)
		}
		b.WriteString(p.word)
	}
	if b.Len() == 0 && firstHash != "" {
		return firstHash[:8]
	}
	if b.Len() == 0 {
		return name
	}
	return b.String()
}

// hashLike reports a run of 8 or more hexadecimal digits holding both a
// digit and a letter.
func hashLike(w string) bool {
	if len(w) < 8 {
		return false
	}
	digit, letter := false, false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r) && r < 128:
			digit = true
		case r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F':
			letter = true
		default:
			return false
		}
	}
	return digit && letter
}

// Labels returns each article's label by id: the labels the report
// carries (Article.Label), or, for a report made without them (an
// earlier version's JSON), SourceLabels.
func (r *Report) Labels() map[string]string {
	out := make(map[string]string, len(r.Articles))
	complete := true
	for _, a := range r.Articles {
		if a.Label == "" {
			complete = false
			break
		}
		out[a.ID] = a.Label
	}
	if complete {
		return out
	}
	for i, l := range SourceLabels(r.Articles) {
		out[r.Articles[i].ID] = l
	}
	return out
}

// LabelText replaces the article ids in s (a finding's message) by
// their labels.
func LabelText(labels map[string]string, s string) string { return newLabeller(labels).text(s) }

// labeller names articles by their labels in text meant for a reader.
type labeller struct {
	labels map[string]string
	// ids replaces every article id by its label, longest ids first so
	// that an id inside another is never replaced first.
	ids *strings.Replacer
}

func newLabeller(labels map[string]string) *labeller {
	ids := make([]string, 0, len(labels))
	for id := range labels {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if len(ids[i]) != len(ids[j]) {
			return len(ids[i]) > len(ids[j])
		}
		return ids[i] < ids[j]
	})
	pairs := make([]string, 0, 2*len(ids))
	for _, id := range ids {
		if id != labels[id] {
			pairs = append(pairs, id, labels[id])
		}
	}
	return &labeller{labels: labels, ids: strings.NewReplacer(pairs...)}
}

// of returns the label of an article id, or the id itself when it names
// no analysed article (an unreadable file's path).
func (l *labeller) of(id string) string {
	if s, ok := l.labels[id]; ok {
		return s
	}
	return id
}

// text replaces the article ids in a message by their labels.
func (l *labeller) text(s string) string { return l.ids.Replace(s) }

// list labels a list of article ids, joined by ", ".
func (l *labeller) list(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = l.of(id)
	}
	return strings.Join(out, ", ")
}
