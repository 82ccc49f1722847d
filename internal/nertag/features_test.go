package nertag

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"strings"
	"testing"
)

// entSent builds a sentence from "word/LABEL/ENT" triples: ENT is prose's
// label given to the tagger as a feature.
func entSent(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		out.Tokens = append(out.Tokens, Token{Text: p[0], Ent: p[2]})
		out.Labels = append(out.Labels, p[1])
	}
	return out
}

// TestEntityFeature: words the tagger has never seen are typed from
// prose's label when training taught it that prose is right there.
func TestEntityFeature(t *testing.T) {
	var data []Sentence
	for _, s := range []string{
		"Zorb/B-PER/B-PERSON met/O/O Quix/B-PER/B-PERSON ./O/O",
		"Blat/B-LOC/B-GPE is/O/O near/O/O Frum/B-LOC/B-GPE ./O/O",
		"Snib/B-ORG/B-ORGANIZATION hired/O/O Wemp/B-PER/B-PERSON ./O/O",
		"Gorp/B-LOC/B-GPE and/O/O Hask/B-PER/B-PERSON ./O/O",
	} {
		data = append(data, entSent(s))
	}
	m := Train(data, TrainOptions{Epochs: 10, Seed: 1, MinCasing: 1})
	got := m.Tag([]Token{{Text: "Vell", Ent: "B-GPE"}, {Text: "saw", Ent: "O"}, {Text: "Dran", Ent: "B-PERSON"}, {Text: ".", Ent: "O"}})
	if strings.Join(got, " ") != "B-LOC O B-PER O" {
		t.Errorf("Tag = %v, want B-LOC O B-PER O", got)
	}
}

// TestLexiconAndClassesRoundTrip: a model with lexicon and word-class
// features tags the same after WriteTo and Read, and keeps both.
func TestLexiconAndClassesRoundTrip(t *testing.T) {
	classes := map[string]string{"volvo": "0", "saab": "0", "gothenburg": "1", "stockholm": "1", "malmo": "1"}
	m := Train(toyData, TrainOptions{Epochs: 5, Seed: 1, MinCasing: 1, Lexicon: true, LexNames: true, Clusters: classes})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !m2.lexicon || !m2.lexNames || len(m2.clusters) != len(classes) || m2.clusters["malmo"] != "1" {
		t.Fatalf("after round trip: lexicon %v, classes %v", m2.lexicon, m2.clusters)
	}
	for _, in := range []string{"Lena Berg works for Saab Group in Malmo .", "Mr Smith of London"} {
		if a, b := m.Tag(words(in)), m2.Tag(words(in)); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: before %v, after round trip %v", in, a, b)
		}
	}
}

func TestLexClasses(t *testing.T) {
	toks := words("Mr John Smith of Acme Inc visited New York and France")
	tests := []struct {
		i    int
		want byte
	}{{0, lexPersonCue}, {1, lexGiven}, {2, 0}, {7, lexPlace}, {8, lexPlace}, {10, lexPlace}}
	all := lexClasses(toks, false)
	for _, tt := range tests {
		if got := all[tt.i]; got&tt.want != tt.want || tt.want == 0 && got != 0 {
			t.Errorf("lexClasses(%q) = %b, want bits %b", toks[tt.i].Text, got, tt.want)
		}
	}
	// With the learnt person-name words, "Smith" is one; "John" stays a
	// given name only.
	if got := lexClasses(toks, true); got[2] != lexNameWord || got[1] != lexGiven {
		t.Errorf("lexClasses with names: Smith %b, John %b; want %b, %b", got[2], got[1], lexNameWord, lexGiven)
	}
}

// TestFeatureHashesKept pins the features a model with prose's labels,
// lexicon classes, word classes and a casing lexicon (as the embedded
// typing model) computes for a sentence and for a headline: their number
// and a digest of their hashes in order. A change of a template byte or
// of a feature's strings changes the digest, and the embedded models would
// no longer find their weights. The figures are those of the code before
// session 13 removed the document, wide and second-class features.
func TestFeatureHashesKept(t *testing.T) {
	m := &Model{
		casing:   map[string]byte{"maria": caseUpper, "of": caseLower, "coastal": caseMixed, "union": caseMostly, "in": caseLower},
		entities: true, lexicon: true,
		clusters: map[string]string{"maria": "3", "lindqvist": "3", "of": "0", "union": "7", "gothenburg": "12", ".": "1"},
	}
	for _, tt := range []struct {
		toks   []Token
		n      int
		digest uint64
	}{
		{[]Token{
			{"Maria", "NNP", "B-PERSON"}, {"Lindqvist", "NNP", "I-PERSON"}, {"of", "IN", "O"}, {"Coastal", "NNP", "B-ORGANIZATION"},
			{"Union", "NNP", "I-ORGANIZATION"}, {"in", "IN", "O"}, {"Gothenburg", "NNP", "B-GPE"}, {".", ".", "O"},
		}, 394, 0x5a2d0dae9aa8026f},
		{[]Token{{Text: "MARIA", POS: "NNP"}, {Text: "LINDQVIST", POS: "NNP"}, {Text: "SPEAKS", POS: "VBZ"}}, 138, 0x22b4b8a2e163f867},
	} {
		s := m.prepare(tt.toks)
		h, n := uint64(fnvOffset), 0
		for i := range s.info {
			for _, f := range append(s.feats[i], dynamic(nil, &s.info[i], lBPER, lO)...) {
				h = (h ^ f) * fnvPrime
				n++
			}
		}
		if n != tt.n || h != tt.digest {
			t.Errorf("%s ...: %d features, digest %#x; want %d, %#x", tt.toks[0].Text, n, h, tt.n, tt.digest)
		}
	}
}

// TestRefusesRetiredFeatures: a model file marked with a feature set
// this code no longer computes is refused, not run without it.
func TestRefusesRetiredFeatures(t *testing.T) {
	for _, f := range []file{{Version: fileVersion, DocFeats: true}, {Version: fileVersion, Wide: true}, {Version: fileVersion, Clusters2: [][]string{{"word"}}}} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		if err := gob.NewEncoder(zw).Encode(&f); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(&buf); err == nil || !strings.Contains(err.Error(), "no longer computes") {
			t.Errorf("file %+v: err %v, want a refusal", f, err)
		}
	}
}

func TestRetiredTemplateBytes(t *testing.T) {
	// Bytes 48 to 64 held retired templates: a live one never reuses them.
	if fLive > 48 || fNext != 65 {
		t.Errorf("live templates end at %d, fNext %d: the retired template bytes 48 to 64 would be reused", fLive, fNext)
	}
}
