package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

func TestDocCasing(t *testing.T) {
	src := "VALMORA NAMES NEW CAPTAIN\nThe club named Ria Stenholt as captain. Stenholt said the club was ready. STENHOLT."
	sents := []span.Span{{Start: 0, End: 25}, {Start: 26, End: 65}, {Start: 66, End: 99}, {Start: 100, End: len(src)}}
	got := docCasing(src, sents)
	for upper, want := range map[string]string{"STENHOLT": "Stenholt", "NAMED": "named", "CLUB": "club", "CAPTAIN": "captain", "RIA": "Ria"} {
		if got[upper] != want {
			t.Errorf("docCasing[%q] = %q, want %q", upper, got[upper], want)
		}
	}
	// Words only in capitals and sentence-initial words teach nothing.
	for _, upper := range []string{"VALMORA", "NAMES"} {
		if f, ok := got[upper]; ok {
			t.Errorf("docCasing[%q] = %q, want no entry", upper, f)
		}
	}
}

func TestTrueCase(t *testing.T) {
	e := &Extractor{lx: testLex} // no casing lexicon: unknown words of 4+ letters are capitalised
	for _, tc := range []struct {
		in     string
		casing map[string]string
		want   string
	}{
		{"SHEARER NAMED AS ENGLAND CAPTAIN .", map[string]string{"SHEARER": "Shearer", "NAMED": "named", "AS": "as", "CAPTAIN": "captain"},
			"Shearer named as England captain ."},
		{"AS US TALKS STALL , BOJ WAITS", map[string]string{"AS": "as", "US": "us", "TALKS": "talks", "STALL": "stall"},
			"As US talks stall , BOJ Waits"},
		{"MCCAGUE 5-68 ; O'BRIEN OUT", map[string]string{"MCCAGUE": "McCague", "BRIEN": "Brien", "OUT": "out"},
			"McCague 5-68 ; O'Brien out"},
		{"ÖSTERSUND VANN", nil, "Östersund Vann"},
		{"W L PCT GB", nil, "W L PCT GB"},
		{"US TROOPS LEAVE", map[string]string{"TROOPS": "troops", "LEAVE": "leave"}, "US troops leave"},
	} {
		b := []byte(tc.in)
		e.trueCase(b, tc.casing)
		if string(b) != tc.want {
			t.Errorf("trueCase(%q) = %q, want %q", tc.in, b, tc.want)
		}
	}
}

func FuzzTrueCase(f *testing.F) {
	for _, s := range []string{"SHEARER NAMED AS ENGLAND CAPTAIN .", "İSTANBUL ẞTRASSE ǅ", "\xff\xfeBROKEN UTF8", "O'BRIEN-SMITH 3-1"} {
		f.Add(s, "Shearer named İstanbul")
	}
	e := &Extractor{lx: testLex}
	f.Fuzz(func(t *testing.T, caps, text string) {
		src := text + "\n" + caps
		sents := []span.Span{{Start: 0, End: len(text)}, {Start: len(text) + 1, End: len(src)}}
		b := []byte(caps)
		e.trueCase(b, docCasing(src, sents))
		if len(b) != len(caps) {
			t.Fatalf("trueCase changed the length of %q to %q", caps, b)
		}
		// Only the case of letters may change.
		got, want := string(b), caps
		for len(want) > 0 {
			r1, n1 := utf8.DecodeRuneInString(got)
			r2, n2 := utf8.DecodeRuneInString(want)
			if n1 != n2 || r1 != r2 && unicode.ToUpper(r1) != unicode.ToUpper(r2) {
				t.Fatalf("trueCase(%q) = %q: %q is no case change of %q", caps, b, r1, r2)
			}
			got, want = got[n1:], want[n2:]
		}
		if strings.ToUpper(caps) == caps && utf8.ValidString(caps) && strings.ToUpper(string(b)) != caps {
			t.Fatalf("trueCase(%q) = %q does not upper-case back", caps, b)
		}
	})
}

func TestTrueCaseTitleLines(t *testing.T) {
	e := extractor(t)
	for _, tc := range []struct {
		name  string
		lines []string
		want  string // the first line as rewritten
	}{
		{"headline", []string{"Harbour Board Names Ada Quill Chair After Ferry Losses", "The board named Ada Quill as its chair after the losses."},
			"Harbour board names Ada Quill chair after ferry losses"},
		{"name the body writes", []string{"Harbour Rovers Nab Castell in Late Deal", "The Harbour Rovers signed Mark Castell late on Tuesday."},
			"Harbour Rovers nab Castell in late deal"},
		{"unknown word the body never capitalises", []string{"Ada Quill Outfoxes Rivals Again", "Quill won again."}, "Ada Quill outfoxes rivals again"},
		{"running text", []string{"Ada Quill checks into Harbour Clinic", "Quill is there."}, "Ada Quill checks into Harbour Clinic"},
		{"one ordinary word past the first sentence", []string{"Results.", "Tries : Bo Lind , Walter Little , Ada Quill ."}, "Results."},
		{"two-word heading", []string{"Prompt Service", "The fitters came on time and fixed the boiler."}, "Prompt service"},
		{"two-word name heading", []string{"Ada Quill", "Quill fixed the boiler."}, "Ada Quill"},
		{"short line without a body", []string{"Harbour Pump Works Museum"}, "Harbour Pump Works Museum"},
		{"a number opens the headline", []string{"3 Hurt, 1 Missing After Tarnby Ferry Fire", "Three people were hurt and one is missing after the fire on the Tarnby ferry."},
			"3 hurt, 1 missing after Tarnby ferry fire"},
		{"a hyphen's lower-case part", []string{"Quiet Tarnby Baker Hurts Co-workers", "A baker in Tarnby hurt two co-workers on Monday."},
			"Quiet Tarnby baker hurts co-workers"},
		{"long line without a body", []string{"Ada Quill Checks Into Harbour Clinic After Ferry Crash Near Tarnby Quay"}, "Ada Quill checks into harbour clinic after ferry crash near Tarnby Quay"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Join(tc.lines, "\n")
			var sents []span.Span
			at := 0
			for _, l := range tc.lines {
				sents = append(sents, span.Span{Start: at, End: at + len(l)})
				at += len(l) + 1
			}
			got := e.trueCaseTitleLines(src, sents, lowerWords(src, sents))
			if len(got) != len(src) {
				t.Fatalf("length %d, want %d", len(got), len(src))
			}
			if first := got[:len(tc.lines[0])]; first != tc.want {
				t.Errorf("first line %q, want %q", first, tc.want)
			}
			if rest := got[len(tc.lines[0]):]; rest != src[len(tc.lines[0]):] {
				t.Errorf("body changed: %q", rest)
			}
		})
	}
}

func TestTrueCaseCapitalAbbreviations(t *testing.T) {
	e := extractor(t)
	for in, want := range map[string]string{
		"ST. ELMSBY, May 4 - Quillco said": "St. ELMSBY, May 4 - Quillco said",
		"met MR. QUILL and DR. LIND":       "met Mr. QUILL and Dr. LIND",
		"FAST. Quill won":                  "FAST. Quill won",
		"ST. elms":                         "ST. elms",
		"USA. Quill won":                   "USA. Quill won",
		"at the ST.":                       "at the ST.",
		"St. Elmsby":                       "St. Elmsby",
		"ÅST. Quill":                       "ÅST. Quill",
		"MT. ELMS, Ore., March 4 -":        "Mt. ELMS, Ore., March 4 -",
		"FT. TARNLY":                       "Ft. TARNLY",
		"has MS. Her husband":              "has MS. Her husband",
		"WAS NO. THE BOARD":                "WAS NO. THE BOARD",
		"said ETC. THEN":                   "said ETC. THEN",
		"ST. A":                            "ST. A",
		"ST. LOUISé":                       "ST. LOUISé",
		"met MR. Quill":                    "met MR. Quill",
	} {
		got := e.trueCaseCapitalAbbreviations(in, nil, nil)
		if got != want || len(got) != len(in) {
			t.Errorf("trueCaseCapitalAbbreviations(%q) = %q, want %q", in, got, want)
		}
	}
}
