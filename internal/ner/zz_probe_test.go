package ner

import (
	"fmt"
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	e := extractor(t)
	b, err := os.ReadFile(os.Getenv("PROBE"))
	if err != nil {
		t.Skip()
	}
	src := string(b)
	for _, m := range e.Entities(src, e.Segment(src, whole(src))) {
		fmt.Printf("%d\t%s\t%s\n", m.Start, m.Type, m.Text)
	}
}
