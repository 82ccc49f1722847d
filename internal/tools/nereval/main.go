// Command nereval scores named-entity recognition on gold corpora:
// prose's default English model used raw, and the project's NER (the ner
// package, then entities.Resolve per document). It prints one Markdown
// table of entity-level exact-match precision, recall and F1 per label
// (PER, LOC, ORG) and micro-averaged over them.
//
//	go run ./internal/tools/nereval -data ../shared/data [-limit N] [-errors] [-errors-raw]
//
// Datasets are read in place from -data (see its README.md).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nerrun"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
	"github.com/nec-analyse/nec-analyse/internal/rules"
)

type dataset struct {
	name, path, lang string
	read             func(io.Reader) ([]Document, error)
	docs             string // how documents are formed
}

var datasets = []dataset{
	{"CoNLL-2003 eng.testb", "conll2003/eng.testb", "en", ReadCoNLL, "-DOCSTART- documents"},
	{"WikiANN en test", "wikiann/en/test", "en", ReadWikiANN, "one document per sentence"},
	{"Swedish NER corpus test", "swedish-ner-corpus/test_corpus.txt", "sv", ReadIO, "one document per sentence"},
	{"UNER sv_talbanken test", "uner/sv_talbanken/sv_talbanken-ud-test.iob2", "sv", ReadUNER, "# newdoc documents"},
	{"UNER en_ewt test", "uner/en_ewt/en_ewt-ud-test.iob2", "en", ReadUNER, "# newdoc documents"},
	{"WNUT-17 test", "wnut17/emerging.test.annotated", "en", ReadWNUT, "one document per sentence"},
	{"BTC test (section F)", "btc/train_dev_test_conll/btc.test", "en", ReadBTC, "one document per tweet"},
	{"wikigold held-out tenth", "wikigold/wikigold.conll.txt", "en", readWikigoldPart(nerdata.Test), "articles 10, 20, ... (index % 10 == 9)"},
}

// devDatasets are the splits to develop against (-split dev): rules are
// tuned on these, never on the test splits. The Swedish NER corpus has no
// dev split, so the tail of its train split that nertag's Swedish model
// holds out is measured (see nerdata.SwedishHeldOut).
var devDatasets = []dataset{
	{"CoNLL-2003 eng.testa (dev)", "conll2003/eng.testa", "en", ReadCoNLL, "-DOCSTART- documents"},
	{"WikiANN en dev", "wikiann/en/dev", "en", ReadWikiANN, "one document per sentence"},
	{"Swedish NER corpus train, held-out tail", "swedish-ner-corpus/train_corpus.txt", "sv", readSwedishHeldOut, "one document per sentence"},
	{"UNER sv_talbanken dev", "uner/sv_talbanken/sv_talbanken-ud-dev.iob2", "sv", ReadUNER, "# newdoc documents"},
	{"UNER en_ewt dev, odd documents", "uner/en_ewt/en_ewt-ud-dev.iob2", "en", readEWTDev, "# newdoc documents"},
	{"WNUT-17 dev", "wnut17/emerging.dev.conll", "en", ReadWNUT, "one document per sentence"},
	{"BTC dev (second half of section H)", "btc/train_dev_test_conll/btc.dev", "en", ReadBTC, "one document per tweet"},
	{"wikigold dev tenth", "wikigold/wikigold.conll.txt", "en", readWikigoldPart(nerdata.Dev), "articles 9, 19, ... (index % 10 == 8)"},
}

// englishModel is the -model flag: an English tagger file replacing the
// embedded model.
var englishModel string

// typerModel is the -typer flag: an English typing model file replacing
// the embedded one.
var typerModel string

// noRaw is the -noraw flag: skip prose raw (its rows score nothing).
var noRaw bool

// noTagger is the -notagger flag: skip the tagger alone (its rows score
// nothing).
var noTagger bool

// ablateOnly is the -ablate-only flag: with -ablate, the passes whose
// ID holds one of its comma-separated parts (all when empty).
var ablateOnly string

// ownText is the -owntext flag: a sentence whose corpus gives its own
// running text (UNER's "# text =") is read as that text; otherwise every
// sentence is its gold tokens joined by single spaces (the rows' default).
var ownText bool

// dropText forgets the sentences' own texts (without -owntext).
func dropText(docs []Document) {
	for i := range docs {
		for k := range docs[i].Sents {
			docs[i].Sents[k].Text = ""
		}
	}
}

// offList is the -off flag: passes switched off (dev splits only).
var offList string

// lexData is the -lexdata flag: a lexicon data folder read in place of
// the embedded lexicon (nil: the embedded one).
var lexData *lexicon.Lexicon

type result struct {
	ds             dataset
	sents          int
	docs           int
	gold           [nLabels]int
	excluded       int
	raw, proj, tag Counts
}

func main() {
	data := flag.String("data", "../shared/data", "folder holding the datasets (shared/data)")
	limit := flag.Int("limit", 0, "sentences per dataset (0 = all)")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "parallel workers")
	errs := flag.Bool("errors", false, "print an error analysis of the project's NER to stderr")
	errsRaw := flag.Bool("errors-raw", false, "also print an error analysis of raw prose to stderr")
	top := flag.Int("top", 12, "error patterns to print per dataset with -errors")
	only := flag.String("only", "", "run only datasets whose name contains this (case-insensitive; several, comma-separated: conll,en_ewt)")
	split := flag.String("split", "test", "test (report figures) or dev (develop rules against dev splits)")
	ablate := flag.Bool("ablate", false, "with -split dev: the change in F1 per dataset when each NER and entity pass alone is off")
	dumpPath := flag.String("dump", "", "with -split dev: write every sentence the project's NER gets wrong, gold against predicted, to this file")
	flag.BoolVar(&noRaw, "noraw", false, "skip prose raw (faster; its rows then score nothing)")
	flag.BoolVar(&noTagger, "notagger", false, "skip nertag alone (faster; its rows then score nothing)")
	flag.StringVar(&ablateOnly, "ablate-only", "", "with -ablate: only the passes whose ID contains this (case-insensitive; several, comma-separated: tagger,learnt)")
	flag.BoolVar(&ownText, "owntext", false, "read a sentence as its own running text where the corpus gives it (UNER's \"# text =\"; \"Britt's\", \"al-Sadr\") instead of its gold tokens joined by single spaces")
	flag.StringVar(&offList, "off", "", "with -split dev: comma-separated NER and entity pass IDs to switch off (ner/tagger-orgs)")
	flag.StringVar(&typerModel, "typer", "", "English typing model file to use instead of the embedded one (trainner -out), for ner/tagger-types; \"none\": the English tagger types too")
	mtsc := flag.Bool("newsmtsc", false, "instead of the NER sets: the recall of the people NewsMTSC's sentences of US political news are about (its named person targets), on its dev or test split; -dump (dev) lists the targets not found as people")
	flag.StringVar(&ewtSplit, "ewtsplit", "odd", "with -split dev: the UNER en_ewt dev documents scored: odd, first-half, second-half or genre:NAME (answers, email, newsgroup, reviews, weblog); give -model and -typer trained with trainner's same -ewtsplit, or the row is inflated")
	flag.StringVar(&englishModel, "model", "", "English nertag model file to use instead of the embedded one (trainner -out), in the project NER and alone")
	lexDir := flag.String("lexdata", "", "a lexicon data folder (laid out as internal/lexicon/data) the project NER reads in place of the embedded lexicon: for -ewtsplit, with the learnt lists rebuilt by trainner's same -ewtsplit (-lexdata DIR -namelex/-givenlex/-typedlex), so they have not read the documents scored")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file (go tool pprof)")
	flag.Parse()
	if *lexDir != "" {
		lx, err := lexicon.ReadDataDir(*lexDir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nereval: -lexdata:", err)
			os.Exit(2)
		}
		lexData = lx
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nereval:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "nereval:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	sets := datasets
	switch *split {
	case "test":
	case "dev":
		sets = devDatasets
		if ewtSplit != "odd" {
			if _, err := nerdata.SelectEWT(nil, ewtSplit, nerdata.Dev); err != nil {
				fmt.Fprintln(os.Stderr, "nereval:", err)
				os.Exit(2)
			}
			sets = slices.Clone(devDatasets)
			for i := range sets {
				if strings.HasPrefix(sets[i].name, "UNER en_ewt dev") {
					sets[i].name = "UNER en_ewt dev, " + ewtSplit + " documents"
				}
			}
		}
	default:
		fmt.Fprintf(os.Stderr, "nereval: -split must be test or dev, got %q\n", *split)
		os.Exit(2)
	}
	if ewtSplit != "odd" && *split != "dev" {
		fmt.Fprintln(os.Stderr, "nereval: -ewtsplit needs -split dev (en_ewt test is scored whole)")
		os.Exit(2)
	}
	if *ablate {
		if *split != "dev" {
			fmt.Fprintln(os.Stderr, "nereval: -ablate needs -split dev (rules are never chosen on test splits)")
			os.Exit(2)
		}
		if err := ablation(os.Stdout, os.Stderr, sets, *data, *limit, *workers, *only); err != nil {
			fmt.Fprintln(os.Stderr, "nereval:", err)
			os.Exit(1)
		}
		return
	}
	var dump io.Writer
	if *dumpPath != "" {
		if *split != "dev" {
			fmt.Fprintln(os.Stderr, "nereval: -dump needs -split dev (rules are never studied on test errors)")
			os.Exit(2)
		}
		f, err := os.Create(*dumpPath)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nereval:", err)
			os.Exit(1)
		}
		defer f.Close()
		dump = f
	}
	if offList != "" && *split != "dev" {
		fmt.Fprintln(os.Stderr, "nereval: -off needs -split dev (rules are never chosen on test splits)")
		os.Exit(2)
	}
	if *mtsc {
		pr, err := loadProject(*workers)
		if err == nil {
			err = scoreMTSC(os.Stdout, dump, pr.exs, *data, *split, entities.Options{Off: pr.off})
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "nereval:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(os.Stdout, os.Stderr, dump, sets, *data, *limit, *workers, *errs, *errsRaw, *top, *only); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}

func run(out, logw, dump io.Writer, sets []dataset, data string, limit, workers int, errs, errsRaw bool, top int, only string) error {
	t0 := time.Now()
	pr, err := loadProject(workers)
	if err != nil {
		return err
	}
	exs, taggers, off := pr.exs, pr.taggers, pr.off
	empty, err := prose.NewDocument("", prose.WithSegmentation(false))
	if err != nil {
		return err
	}
	rawModel := empty.Model
	fmt.Fprintf(logw, "models loaded in %s (%d workers)\n", time.Since(t0).Round(time.Millisecond), workers)

	var results []result
	var diags, rawDiags []*diag
	for _, ds := range sets {
		if !selected(ds.name, only) {
			continue
		}
		f, err := os.Open(filepath.Join(data, ds.path))
		if err != nil {
			return err
		}
		docs, err := ds.read(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", ds.path, err)
		}
		docs = nerdata.LimitSentences(docs, limit)
		if !ownText {
			dropText(docs)
		}
		res := result{ds: ds, docs: len(docs)}
		for _, d := range docs {
			for _, s := range d.Sents {
				res.sents++
				res.excluded += len(s.Excluded)
				for _, g := range s.Gold {
					res.gold[labelIndex(g.Label)]++
				}
			}
		}

		// (a) prose raw, one NewDocument per sentence.
		t := time.Now()
		rawPreds := make([][][]Pred, len(docs))
		parallel(len(docs), workers, func(_, i int) {
			rawPreds[i] = make([][]Pred, len(docs[i].Sents))
			for k, s := range docs[i].Sents {
				text, _, _ := nerrun.SentenceText(&s)
				if !noRaw {
					rawPreds[i][k] = rawProse(rawModel, text)
				}
			}
		})
		tRaw := time.Since(t)

		// (b) the project's NER, per document.
		t = time.Now()
		projPreds := make([][][]Pred, len(docs))
		parallel(len(docs), workers, func(w, i int) {
			projPreds[i] = nerrun.ProjectWith(exs[w], ds.lang, &docs[i], entities.Options{Off: off, Lexicon: lexData})
		})
		tProj := time.Since(t)

		// (c) the nertag tagger, per sentence (prose POS tags first for English).
		t = time.Now()
		tm := taggers[ds.lang]
		tagPreds := make([][][]Pred, len(docs))
		parallel(len(docs), workers, func(_, i int) {
			tagPreds[i] = make([][]Pred, len(docs[i].Sents))
			for k, s := range docs[i].Sents {
				if !noTagger {
					tagPreds[i][k] = tagSentence(tm, posModel(ds.lang, rawModel), s.Tokens)
				}
			}
		})
		tTag := time.Since(t)

		d, rd := newDiag(), newDiag()
		for i := range docs {
			for k := range docs[i].Sents {
				s := &docs[i].Sents[k]
				_, starts, ends := nerrun.SentenceText(s)
				res.raw.Add(scoreSentence(s, starts, ends, rawPreds[i][k]))
				res.proj.Add(scoreSentence(s, starts, ends, projPreds[i][k]))
				_, jstarts, jends := nerrun.JoinTokens(s.Tokens) // the tagger reads the tokens
				res.tag.Add(scoreSentence(s, jstarts, jends, tagPreds[i][k]))
				if errs {
					d.add(s, starts, ends, projPreds[i][k])
				}
				if dump != nil {
					dumpSentence(dump, ds.name, i, k, s, starts, ends, projPreds[i][k])
				}
				if errsRaw {
					rd.add(s, starts, ends, rawPreds[i][k])
				}
			}
		}
		fmt.Fprintf(logw, "%s: %d sentences, %d documents; prose raw %s, project %s, tagger %s\n",
			ds.name, res.sents, res.docs, tRaw.Round(time.Millisecond), tProj.Round(time.Millisecond), tTag.Round(time.Millisecond))
		results = append(results, res)
		diags = append(diags, d)
		rawDiags = append(rawDiags, rd)
	}
	writeTable(out, results, limit)
	for i := range results {
		if errsRaw {
			rawDiags[i].write(logw, "prose raw on "+results[i].ds.name, top)
		}
		if errs {
			diags[i].write(logw, "project NER on "+results[i].ds.name, top)
		}
	}
	fmt.Fprintf(logw, "total %s\n", time.Since(t0).Round(time.Millisecond))
	return nil
}

// parallel calls fn(worker, i) for i in [0, n) on the given number of
// goroutines.
func parallel(n, workers int, fn func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(w, i)
			}
		}()
	}
	wg.Wait()
}

func pct(x float64) string { return fmt.Sprintf("%.1f", 100*x) }

func writeTable(w io.Writer, results []result, limit int) {
	fmt.Fprintln(w, "| Dataset | System | PER P | PER R | PER F1 | LOC P | LOC R | LOC F1 | ORG P | ORG R | ORG F1 | Micro P | Micro R | Micro F1 |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, r := range results {
		for _, sys := range []struct {
			name string
			c    Counts
		}{{"prose raw", r.raw}, {"project NER", r.proj}, {"nertag alone", r.tag}} {
			cells := []string{
				fmt.Sprintf("%s (%d sent., gold %d/%d/%d)", r.ds.name, r.sents, r.gold[PER], r.gold[LOC], r.gold[ORG]),
				sys.name,
			}
			for l := 0; l < nLabels; l++ {
				p, rc, f := prf(sys.c.TP[l], sys.c.FP[l], sys.c.FN[l])
				cells = append(cells, pct(p), pct(rc), pct(f))
			}
			p, rc, f := prf(sys.c.Micro())
			cells = append(cells, pct(p), pct(rc), "**"+pct(f)+"**")
			fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
		}
	}
	fmt.Fprintln(w)
	if limit > 0 {
		fmt.Fprintf(w, "Quick run: first %d sentences of each dataset only.\n\n", limit)
	}
	fmt.Fprintln(w, "Entity-level exact match (same token span and same label), in %; gold counts are PER/LOC/ORG. "+
		"Sentences are their gold tokens joined by single spaces (with -owntext: their own running text where the corpus gives it, UNER's \"# text =\" lines, "+
		"when every gold token is found in it in order); the tagger alone reads the gold tokens; a predicted mention must start and end on token "+
		"boundaries, otherwise it is a false positive. prose raw: prose.NewDocument per sentence, doc.Entities(), "+
		"PERSON->PER, GPE/LOCATION/GSP/FACILITY->LOC, ORGANIZATION->ORG. Project NER: ner Entities (English: prose, "+
		"with nertag's ORG entities merged in) or Tagged(..., \"sv\") (Swedish: nertag) with each gold sentence as one span.Span, then entities.Resolve per "+
		"document; each mention takes its cluster's voted type, PERSON->PER, GPE/LOC/FAC->LOC, ORG->ORG; mentions "+
		"whose cluster type is MISC or empty are dropped (not scored, so they cost recall but not precision). "+
		"nertag: the averaged-perceptron tagger (nertag.English with prose POS tags of the gold tokens, or nertag.Swedish "+
		"on the tokens alone), per sentence, its IOB2 labels read as spans, without resolution.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "MISC is excluded from scoring on both sides, since neither system has a MISC label: gold MISC entities "+
		"(CoNLL-2003, Swedish NER corpus) are not gold, and a prediction on exactly a gold MISC span is ignored; "+
		"a prediction that only overlaps one is a false positive. WNUT-17's types are mapped person->PER, location->LOC, "+
		"group and corporation->ORG; product and creative-work are excluded as MISC is. wikigold's held-out tenth (articles with "+
		"0-based index % 10 == 9) and dev tenth (% 10 == 8) are never trained on; UNER en_ewt dev's odd documents are the dev "+
		"half (the typing model and make train-ner-honest's tagger train on the even ones; the embedded tagger reads all of "+
		"en_ewt dev, so its en_ewt dev row is inflated; en_ewt has no train split here).")
	fmt.Fprintln(w)
	strict := func(c Counts) string {
		tp, fp, fn := c.Micro()
		_, _, f := prf(tp, fp+c.Ignored, fn)
		return pct(f)
	}
	for _, r := range results {
		fmt.Fprintf(w, "- %s: %s; %d gold MISC excluded. prose raw: %d predictions ignored on MISC (micro F1 %s if they counted as false positives), %d off token boundaries. "+
			"Project: %d ignored on MISC (micro F1 %s if counted), %d off token boundaries, %d untyped dropped (%d of them exactly on a gold PER/LOC/ORG span).\n",
			r.ds.name, r.ds.docs, r.excluded, r.raw.Ignored, strict(r.raw), r.raw.OffGrid,
			r.proj.Ignored, strict(r.proj), r.proj.OffGrid, r.proj.Dropped, r.proj.DroppedHits)
	}
}

// selected reports whether the dataset name matches the -only flag: empty,
// or one of its comma-separated parts is in name (case-insensitive).
func selected(name, only string) bool {
	if only == "" {
		return true
	}
	for _, o := range strings.Split(only, ",") {
		if o != "" && strings.Contains(strings.ToLower(name), strings.ToLower(o)) {
			return true
		}
	}
	return false
}

// project is the project's NER as the flags set it: one extractor per
// worker (-model, -typer and -off applied), the taggers alone, the passes
// switched off.
type project struct {
	exs     []*ner.Extractor
	taggers map[string]*nertag.Model
	off     rules.Off
}

// loadProject loads the project's NER for workers workers.
func loadProject(workers int) (*project, error) {
	pm, err := ner.NewModel()
	if err != nil {
		return nil, err
	}
	taggers, err := loadTaggers(englishModel)
	if err != nil {
		return nil, err
	}
	pm = pm.WithEnglish(taggers["en"])
	if lexData != nil {
		pm = pm.WithLexicon(lexData)
	}
	if typerModel != "" {
		ty, err := loadModel(typerModel)
		if err != nil {
			return nil, err
		}
		pm = pm.WithTyper(ty)
	}
	off, err := rules.ParseOff(offList, append(ner.Rules(), entities.Rules()...))
	if err != nil {
		return nil, err
	}
	exs := make([]*ner.Extractor, workers)
	for i := range exs {
		if exs[i], err = pm.NewExtractor(); err != nil {
			return nil, err
		}
		exs[i].SetOff(off)
	}
	return &project{exs: exs, taggers: taggers, off: off}, nil
}
