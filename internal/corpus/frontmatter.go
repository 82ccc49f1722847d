package corpus

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter holds the fields of a Markdown file's YAML front matter that
// the tool honours.
type frontMatter struct {
	Title, Outlet, URL, Published string
}

// splitFrontMatter finds YAML front matter opened by a first line "---"
// and closed by a line "---" or "...". It returns the fields, the offset
// where the body starts (0 without front matter) and an error for front
// matter that does not parse; the body offset is valid even then.
func splitFrontMatter(src string) (frontMatter, int, error) {
	var fm frontMatter
	first, rest, ok := strings.Cut(src, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return fm, 0, nil
	}
	pos := len(first) + 1
	for pos <= len(rest)+len(first) {
		nl := strings.IndexByte(src[pos:], '\n')
		end := len(src)
		if nl >= 0 {
			end = pos + nl
		}
		l := strings.TrimRight(src[pos:end], " \t\r")
		if l == "---" || l == "..." {
			body := end
			if nl >= 0 {
				body = end + 1
			}
			err := fm.parse(src[len(first)+1 : pos])
			return fm, body, err
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return fm, 0, fmt.Errorf("front matter: no closing ---")
}

func (fm *frontMatter) parse(y string) error {
	var raw map[string]any
	if err := yaml.Unmarshal([]byte(y), &raw); err != nil {
		return fmt.Errorf("front matter: %w", err)
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			switch v := raw[k].(type) {
			case string:
				return strings.TrimSpace(v)
			case time.Time:
				return v.Format("2006-01-02")
			case nil:
			default:
				return strings.TrimSpace(fmt.Sprint(v))
			}
		}
		return ""
	}
	// A title or outlet is one line however the YAML wraps it.
	fm.Title = normSpace(get("title"))
	fm.Outlet = normSpace(get("outlet", "site", "source", "publisher"))
	fm.URL = get("url", "link")
	fm.Published = get("published", "date")
	return nil
}
