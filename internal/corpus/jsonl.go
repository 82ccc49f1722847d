package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// JSONLFields names the JSON fields read from each line of a JSON Lines
// file. An empty name takes the default (the field's own name in lower
// case: "text", "id", "title", "outlet", "url", "published", "language").
// A dotted name is not a path: names are matched as written.
type JSONLFields struct {
	Text, ID, Title, Outlet, URL, Published, Language string
}

// DefaultJSONLFields returns the field names used when none are
// configured.
func DefaultJSONLFields() JSONLFields {
	return JSONLFields{
		Text: "text", ID: "id", Title: "title", Outlet: "outlet", URL: "url",
		Published: "published", Language: "language",
	}
}

func (f JSONLFields) withDefaults() JSONLFields {
	d := DefaultJSONLFields()
	set := func(v *string, def string) {
		if *v == "" {
			*v = def
		}
	}
	set(&f.Text, d.Text)
	set(&f.ID, d.ID)
	set(&f.Title, d.Title)
	set(&f.Outlet, d.Outlet)
	set(&f.URL, d.URL)
	set(&f.Published, d.Published)
	set(&f.Language, d.Language)
	return f
}

// Errors for malformed JSON Lines records.
var (
	ErrBadRecord = errors.New("malformed record")
	ErrNoRecords = errors.New("no records (every line blank)")
)

// ParseJSONL reads a JSON Lines file: one JSON object per line, blank lines
// ignored. Each object with a non-blank text field becomes an Article whose
// ID is fileID + "#" + the record's id when it has one, else fileID + "#" +
// the 1-based line number; Path is path (a record's id is never used as a
// file path). Source is the record's text, preceded by its title and a
// blank line when the text does not already start with the title, so that
// the headline is analysed as in a text file. Title, outlet, URL,
// publication date and language from the record override what cleaning
// finds. A malformed line (bad JSON, not an object, no text, a field of
// the wrong type, an id already used in the file, including a record id
// equal to an earlier line's number) is an *ArticleError with
// Path path and an error starting "line N: " wrapping ErrBadRecord or
// ErrDuplicateID; the other lines are still read. A file that cannot be
// decoded at all returns its Decode error as the only error.
func ParseJSONL(fileID, path string, raw []byte, fields JSONLFields) ([]Article, []*ArticleError) {
	return parseJSONL(cleanerFor(nil), fileID, path, raw, fields)
}

// parseJSONL is ParseJSONL with the cleaning rules of c.
func parseJSONL(c *cleaner, fileID, path string, raw []byte, fields JSONLFields) ([]Article, []*ArticleError) {
	fields = fields.withDefaults()
	src, enc, err := Decode(raw)
	if err != nil {
		return nil, []*ArticleError{{Path: path, Err: err}}
	}
	var arts []Article
	var errs []*ArticleError
	seen := map[string]int{} // id after "#" -> line
	lineNo := 0
	for len(src) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			line, src = src, ""
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		a, rid, err := parseRecord(c, line, fields)
		if err == nil {
			key := strconv.Itoa(lineNo)
			if rid != "" {
				key = rid
			}
			// A record id may also equal another line's number.
			if first, dup := seen[key]; dup {
				err = fmt.Errorf("%w %q (also line %d)", ErrDuplicateID, key, first)
			} else {
				seen[key] = lineNo
				a.ID = fileID + "#" + key
			}
		}
		if err != nil {
			errs = append(errs, &ArticleError{Path: path, Err: fmt.Errorf("line %d: %w", lineNo, err)})
			continue
		}
		a.Path = path
		a.Encoding = enc
		arts = append(arts, a)
	}
	if len(arts) == 0 && len(errs) == 0 {
		errs = append(errs, &ArticleError{Path: path, Err: ErrNoRecords})
	}
	return arts, errs
}

// parseRecord parses one JSON object into an article and the record's
// own id ("" when it has none).
func parseRecord(c *cleaner, line string, f JSONLFields) (Article, string, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		return Article{}, "", fmt.Errorf("%w: %v", ErrBadRecord, jsonErr(err))
	}
	if obj == nil {
		return Article{}, "", fmt.Errorf("%w: not a JSON object", ErrBadRecord)
	}
	if _, err := dec.Token(); err == nil {
		return Article{}, "", fmt.Errorf("%w: more than one JSON value on the line", ErrBadRecord)
	}
	str := func(name string, allowNumber bool) (string, error) {
		v, ok := obj[name]
		if !ok || v == nil {
			return "", nil
		}
		switch v := v.(type) {
		case string:
			return v, nil
		case json.Number:
			if allowNumber {
				return v.String(), nil
			}
		}
		return "", fmt.Errorf("%w: field %q is not a string", ErrBadRecord, name)
	}
	text, err := str(f.Text, false)
	if err != nil {
		return Article{}, "", err
	}
	if strings.TrimSpace(text) == "" {
		if _, ok := obj[f.Text]; !ok {
			return Article{}, "", fmt.Errorf("%w: no %q field", ErrBadRecord, f.Text)
		}
		return Article{}, "", fmt.Errorf("%w: field %q is empty", ErrBadRecord, f.Text)
	}
	var vals [6]string
	for i, name := range []string{f.ID, f.Title, f.Outlet, f.URL, f.Published, f.Language} {
		if vals[i], err = str(name, i == 0); err != nil {
			return Article{}, "", err
		}
	}
	id, title, outlet, url, published, lang := strings.TrimSpace(vals[0]), vals[1], vals[2], vals[3], strings.TrimSpace(vals[4]), strings.ToLower(strings.TrimSpace(vals[5]))
	if strings.IndexFunc(id, unicode.IsControl) >= 0 {
		return Article{}, "", fmt.Errorf("%w: id %q holds control characters", ErrBadRecord, id)
	}
	if _, _, err := finish(text, ""); err != nil {
		return Article{}, "", fmt.Errorf("%w: text: %v", ErrBadRecord, err)
	}
	src := composeSource(title, text)
	a := parseDecoded(c, "", "", src, "", false)
	a.Format = FormatJSONL
	a.applyMeta(title, outlet, url, published)
	if isLangCode(lang) {
		a.Language = lang
	} else if lang != "" {
		a.Problems = append(a.Problems, fmt.Errorf("language %q is not an ISO 639 code; detected %s", vals[5], a.Language))
	}
	return a, id, nil
}

// isLangCode reports whether s looks like an ISO 639-1 or 639-3 code.
func isLangCode(s string) bool {
	if len(s) != 2 && len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// jsonErr shortens encoding/json's messages.
func jsonErr(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "not a JSON object"
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "truncated JSON"
	}
	return err.Error()
}
