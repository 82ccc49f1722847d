package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// seedGoldFile lists the people and organisations a careful reader names
// in the seed articles (format in its header).
const seedGoldFile = "../../testdata/seeds-entities.tsv"

// goldEntity is one line of seedGoldFile.
type goldEntity struct {
	typ      string // PERSON, ORG or "-" (names of no one)
	optional bool
	names    []string
}

// readSeedGold reads seedGoldFile.
func readSeedGold(t *testing.T) []goldEntity {
	t.Helper()
	f, err := os.Open(seedGoldFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldEntity
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		typ, names, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: no tab in %q", seedGoldFile, line)
		}
		g := goldEntity{typ: strings.TrimPrefix(typ, "?"), optional: strings.HasPrefix(typ, "?"), names: strings.Split(names, "|")}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// entityScore is the entity-level precision and recall of one type.
type entityScore struct {
	tp, fp, fn int
	notes      []string
}

func (s entityScore) p() float64  { return ratio(s.tp, s.tp+s.fp) }
func (s entityScore) r() float64  { return ratio(s.tp, s.tp+s.fn) }
func (s entityScore) f1() float64 { return ratio(2*s.tp, 2*s.tp+s.fp+s.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreSeedEntities scores the report's entities of type typ against
// gold: an entity named by a gold entity's name and of its type is a hit
// for the first entity naming it and a false positive for any further
// one (one entity split in two); an entity naming an optional gold
// entity of its type counts for nothing; every other entity of the type
// is a false positive, and every required gold entity of the type that
// no entity names is a miss.
func scoreSeedEntities(gold []goldEntity, ents []seedTypedEntity, typ string) entityScore {
	var s entityScore
	owner := map[string]int{} // name -> gold index
	for i, g := range gold {
		for _, n := range g.names {
			owner[n] = i
		}
	}
	found := map[int]bool{}
	for _, e := range ents {
		if e.Type != typ {
			continue
		}
		i, ok := owner[e.Name]
		switch {
		case ok && gold[i].typ == typ && gold[i].optional:
		case ok && gold[i].typ == typ && !found[i]:
			found[i] = true
			s.tp++
		case ok && gold[i].typ == typ:
			s.fp++
			s.notes = append(s.notes, fmt.Sprintf("false %s %q: a second entity of %q", typ, e.Name, gold[i].names[0]))
		default:
			s.fp++
			s.notes = append(s.notes, fmt.Sprintf("false %s %q", typ, e.Name))
		}
	}
	for i, g := range gold {
		if g.typ == typ && !g.optional && !found[i] {
			s.fn++
			s.notes = append(s.notes, fmt.Sprintf("missed %s %q", typ, g.names[0]))
		}
	}
	return s
}

type seedTypedEntity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// TestSeedsEntitiesF1: the report's people and organisations against
// what a careful reader lists (testdata/seeds-entities.tsv), F1 >= 0.90
// each, and no entity named by a word that names no one.
func TestSeedsEntitiesF1(t *testing.T) {
	r := seedJSON(t)
	var rep struct {
		Entities []seedTypedEntity `json:"entities"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	gold := readSeedGold(t)
	for _, typ := range []string{"PERSON", "ORG"} {
		s := scoreSeedEntities(gold, rep.Entities, typ)
		t.Logf("%s: P %.2f R %.2f F1 %.2f (%d hits, %d false, %d missed)", typ, s.p(), s.r(), s.f1(), s.tp, s.fp, s.fn)
		for _, n := range s.notes {
			t.Log("  " + n)
		}
		if s.f1() < 0.90 {
			t.Errorf("%s F1 %.2f, want >= 0.90", typ, s.f1())
		}
	}
	none := map[string]bool{}
	for _, g := range gold {
		if g.typ == "-" {
			for _, n := range g.names {
				none[n] = true
			}
		}
	}
	for _, e := range rep.Entities {
		if none[e.Name] {
			t.Errorf("entity %q (%s) names no one", e.Name, e.Type)
		}
	}
}

func TestScoreSeedEntities(t *testing.T) {
	gold := []goldEntity{
		{typ: "PERSON", names: []string{"Ada Quill", "Quill"}},
		{typ: "PERSON", names: []string{"Bo Lind"}},
		{typ: "ORG", names: []string{"Harbour Board"}},
		{typ: "PERSON", optional: true, names: []string{"Cy Tarn"}},
	}
	ents := []seedTypedEntity{
		{"Ada Quill", "PERSON"}, {"Quill", "PERSON"}, // one hit, one split
		{"Harbour Board", "PERSON"}, // wrong type
		{"Cy Tarn", "PERSON"},       // optional: neither
	}
	s := scoreSeedEntities(gold, ents, "PERSON")
	if s.tp != 1 || s.fp != 2 || s.fn != 1 {
		t.Errorf("tp %d fp %d fn %d, want 1 2 1; notes %v", s.tp, s.fp, s.fn, s.notes)
	}
	if got := s.f1(); got < 0.39 || got > 0.41 {
		t.Errorf("F1 %.3f, want 0.40", got)
	}
}
