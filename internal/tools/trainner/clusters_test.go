package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestWordClasses(t *testing.T) {
	var sents [][]string
	for _, s := range []string{"the cat ran home", "the dog ran home", "the cat sat home", "the dog sat home", "a Cat ran away", "a dog sat away"} {
		for range 3 {
			sents = append(sents, strings.Fields(s))
		}
	}
	o := classOptions{vocab: 8, contexts: 6, classes: 2, iters: 5, minCount: 2}
	got := wordClasses(sents, o, 2)
	if got["cat"] != got["dog"] || got["ran"] != got["sat"] || got["cat"] == got["ran"] {
		t.Errorf("classes %v: want cat with dog, ran with sat, apart", got)
	}
	if again := wordClasses(sents, o, 1); !reflect.DeepEqual(got, again) {
		t.Errorf("not deterministic: %v then %v", got, again)
	}
}
