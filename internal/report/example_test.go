package report_test

import (
	"os"

	"github.com/nec-analyse/nec-analyse/internal/report"
)

func ExampleRenderJSON() {
	r := report.New("example")
	pub := "2024-05-07"
	r.Articles = append(r.Articles, report.Article{
		ID: "ferry.txt", Path: "news/ferry.txt", Title: "Ferry route approved", Language: "en",
		Published: &pub, Encoding: "utf-8", Format: "text", Words: 42, Sentences: 3, NER: "prose-en", Removed: []report.Removed{},
	})
	report.RenderJSON(os.Stdout, r, report.Options{})
	// Output:
	// {
	//   "schema_version": 1,
	//   "tool_version": "example",
	//   "articles": [
	//     {
	//       "id": "ferry.txt",
	//       "path": "news/ferry.txt",
	//       "title": "Ferry route approved",
	//       "language": "en",
	//       "published": "2024-05-07",
	//       "encoding": "utf-8",
	//       "format": "text",
	//       "words": 42,
	//       "sentences": 3,
	//       "ner": "prose-en",
	//       "removed": []
	//     }
	//   ],
	//   "entities": [],
	//   "claims": [],
	//   "quotes": [],
	//   "stance": [],
	//   "framing": [],
	//   "findings": []
	// }
}
