package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// benchParas writes n invented paragraphs: quotes with named, pronoun
// and role attributions between unquoted sentences naming people.
func benchParas(n int) []string {
	var ps []string
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0:
			ps = append(ps, fmt.Sprintf("Ada Quill spoke at the harbour on day %d. \"We will mend pier %d before the storms,\" she said. Bram Tolland listened.", i, i))
		case 1:
			ps = append(ps, fmt.Sprintf("\"The tide rose by %d centimetres,\" said Bram Tolland. He added: \"The pier held.\"", i))
		case 2:
			ps = append(ps, fmt.Sprintf("The mayor said: \"Pier %d opens next week.\" Council leader Ada Quill agreed and Bram Tolland left.", i))
		case 3:
			ps = append(ps, fmt.Sprintf("A port spokesman denied the report on crane %d. \"We are ready,\" he said.", i))
		default:
			ps = append(ps, fmt.Sprintf("Ferry crews waited for the 'quiet' hours of night %d while Mr Tolland counted boats.", i))
		}
	}
	return ps
}

// BenchmarkExtractLongArticle extracts the quotes of invented articles
// of growing length: time per paragraph stays flat when the stage is
// linear in the article.
func BenchmarkExtractLongArticle(b *testing.B) {
	for _, n := range []int{100, 400, 1600, 6400} {
		src, ps, ss, ms := build(benchParas(n), person("Ada Quill", ""), person("Bram Tolland", ""), person("Mr Tolland", "Bram Tolland"))
		var roles []Role
		for from := 0; ; {
			k := strings.Index(src[from:], "Council leader")
			if k < 0 {
				break
			}
			roles = append(roles, Role{Entity: "Ada Quill", Text: "Council leader", Start: from + k, End: from + k + len("Council leader")})
			from += k + 1
		}
		b.Run(fmt.Sprintf("paras=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ExtractWith(src, ps, ss, ms, "en", Options{Roles: roles})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/para")
		})
	}
}
