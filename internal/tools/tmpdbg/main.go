package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nerrun"
)

func main() {
	gl, pl := os.Args[1], os.Args[2] // gold label, predicted label ("" = missed)
	f, _ := os.Open("/work/shared/data/conll2003/eng.testa")
	docs, err := nerdata.ReadCoNLL(f)
	if err != nil {
		panic(err)
	}
	m, _ := ner.NewModel()
	ex, _ := m.NewExtractor()
	n := 0
	if gl == "doc" {
		for di := range docs {
			for _, s := range docs[di].Sents {
				if strings.Join(s.Tokens, " ") == pl {
					src := ""
					var sents []ner.Sentence
					for i := range docs[di].Sents {
						if i > 0 {
							src += "\n"
						}
						t, _, _ := nerrun.JoinTokens(docs[di].Sents[i].Tokens)
						sents = append(sents, ner.Sentence{Start: len(src), End: len(src) + len(t)})
						src += t
					}
					for _, m := range ex.Entities(src, sents) {
						fmt.Printf("%s/%s  ", m.Text, m.Type)
					}
					fmt.Println()
					return
				}
			}
		}
	}
	for di := range docs {
		preds := nerrun.Project(ex, "en", &docs[di])
		for si, s := range docs[di].Sents {
			text, starts, ends := nerrun.JoinTokens(s.Tokens)
			for _, g := range s.Gold {
				if g.Label != gl {
					continue
				}
				gs, ge := starts[g.Start], ends[g.End-1]
				found := ""
				for _, p := range preds[si] {
					if p.Start == gs && p.End == ge {
						found = p.Label + "/" + p.Raw
					}
				}
				if pl == "" && found == "" || pl != "" && strings.HasPrefix(found, pl+"/") {
					n++
					if n <= 60 {
						fmt.Printf("[%s] %s\n    %s\n", text[gs:ge], found, text)
					}
				}
			}
		}
	}
	fmt.Println("total", n)
}
