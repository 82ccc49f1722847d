package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

func main() {
	m, err := ner.NewModel()
	if err != nil {
		panic(err)
	}
	e, _ := m.NewExtractor()
	grep := os.Getenv("GREP")
	for _, f := range os.Args[1:] {
		b, _ := os.ReadFile(f)
		src := string(b)
		var spans []span.Span
		st := 0
		for st < len(src) {
			k := strings.Index(src[st:], "\n\n")
			end := len(src)
			if k >= 0 {
				end = st + k
			}
			if strings.TrimSpace(src[st:end]) != "" {
				spans = append(spans, span.Span{Start: st, End: end})
			}
			st = end + 2
		}
		sents := e.Segment(src, spans)
		for _, x := range e.Entities(src, sents) {
			if grep != "" && !strings.Contains(x.Text, grep) {
				continue
			}
			lo := max(0, x.Start-40)
			hi := min(len(src), x.End+30)
			fmt.Printf("%s\t%s\t%q\t%q\n", f[strings.LastIndex(f, "/")+1:], x.Type, x.Text, strings.ReplaceAll(src[lo:hi], "\n", " "))
		}
	}
}
