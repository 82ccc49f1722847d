package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nerrun"
)

// NewsMTSC (Hamborg & Donnay 2021, MIT) labels the people that sentences
// of US political news (AllSides, POLUSA) are about: its targets are the
// people mentioned, by name or by pronoun, but not every person a sentence
// names. So it measures the recall of people on news from outlets and
// years nobody here tuned to, and how often a person is typed as
// something else; it cannot measure precision.

// mtscFiles are the files of each split (rw and mt, both kept).
var mtscFiles = map[string][]string{
	"dev":  {"newsmtsc/rw/dev.jsonl", "newsmtsc/mt/dev.jsonl"},
	"test": {"newsmtsc/rw/test.jsonl", "newsmtsc/mt/test.jsonl"},
}

// mtscLine is one line of a NewsMTSC file.
type mtscLine struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From    int    `json:"from"`
		To      int    `json:"to"`
		Mention string `json:"mention"`
	} `json:"targets"`
}

// mtscTarget is one named person target: byte offsets into its sentence.
type mtscTarget struct {
	sent       int
	start, end int
	text       string
}

// readMTSC reads NewsMTSC lines: the sentences, one document each, and
// the targets that are names (capitalised, no pronoun).
func readMTSC(r io.Reader, lx *lexicon.Lexicon, sents *[]string, targets *[]mtscTarget) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var l mtscLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		runes := []rune(l.Sentence)
		si := len(*sents)
		*sents = append(*sents, l.Sentence)
		for _, t := range l.Targets {
			if t.From < 0 || t.To > len(runes) || t.From >= t.To || !namedTarget(lx, t.Mention) {
				continue
			}
			start := len(string(runes[:t.From]))
			end := start + len(string(runes[t.From:t.To]))
			*targets = append(*targets, mtscTarget{sent: si, start: start, end: end, text: t.Mention})
		}
	}
	return sc.Err()
}

// namedTarget reports a target that names someone: its last word is
// capitalised and it is no pronoun nor possessive determiner ("President
// Trump", not "He", "His" or "his").
func namedTarget(lx *lexicon.Lexicon, m string) bool {
	f := strings.Fields(m)
	if len(f) == 0 {
		return false
	}
	last := strings.TrimRight(f[len(f)-1], ".,;:")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		last = strings.TrimSuffix(last, suf)
	}
	r, _ := utf8.DecodeRuneInString(last)
	if !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(last)
	return len(f) > 1 || !lx.Has(lexicon.SubjectPronounsEnSv, lw) && !lx.Has(lexicon.PronounsThirdPersonEnSv, lw) && !lx.Has(lexicon.PronounsSelfEnSv, lw) &&
		!lx.Has(lexicon.PossessiveDeterminersEnSv, lw)
}

// mtscScore counts the named targets by what the project's NER made of
// them.
type mtscScore struct {
	targets, person, other, missed int
	byType                         map[string]int
}

// scoreMTSC runs the project's NER on each sentence (one document each,
// as written) and scores the targets: found when a mention typed a person
// overlaps the target (targets may hold more than the name: "Greg Quill
// of the Tarnby Post"); other when only mentions of other types do;
// missed otherwise. dump, when set, gets every target not found.
func scoreMTSC(out, dump io.Writer, exs []*ner.Extractor, data, split string, eopts entities.Options) error {
	lx := lexicon.Default()
	var sents []string
	var targets []mtscTarget
	files, ok := mtscFiles[split]
	if !ok {
		return fmt.Errorf("newsmtsc: no split %q (dev or test)", split)
	}
	for _, p := range files {
		f, err := os.Open(filepath.Join(data, p))
		if err != nil {
			return err
		}
		err = readMTSC(f, lx, &sents, &targets)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	preds := make([][]nerrun.Pred, len(sents))
	parallel(len(sents), len(exs), func(w, i int) {
		d := nerdata.Document{ID: fmt.Sprint(i), Sents: []nerdata.Sentence{{Tokens: []string{sents[i]}}}}
		preds[i] = nerrun.ProjectWith(exs[w], "en", &d, eopts)[0]
	})
	s := mtscScore{byType: map[string]int{}}
	for _, t := range targets {
		s.targets++
		got := ""
		for _, p := range preds[t.sent] {
			if p.Start < t.end && t.start < p.End {
				got = p.Raw
				if p.Label == "PER" {
					break
				}
			}
		}
		switch {
		case got == "":
			s.missed++
		case nerrun.Label(got) == "PER":
			s.person++
			continue
		default:
			s.other++
			s.byType[got]++
		}
		if dump != nil {
			what := "missed"
			if got != "" {
				what = "typed " + got
			}
			fmt.Fprintf(dump, "%s %q [%s]: %s\n", what, t.text, split, sents[t.sent])
		}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(s.targets, 1)) }
	fmt.Fprintf(out, "| NewsMTSC %s (rw+mt), %d sentences | %d named person targets | person %.1f%% | other type %.1f%% %v | missed %.1f%% |\n",
		split, len(sents), s.targets, pct(s.person), pct(s.other), s.byType, pct(s.missed))
	return nil
}
