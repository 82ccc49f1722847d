// Command trainner trains the nertag named-entity tagger and prints its
// scores on the dev splits (never on a test split, never on CoNLL-2003
// except its dev split, which is scored but not trained on).
//
//	go run ./internal/tools/trainner -data ../shared/data -lang en -out internal/nertag/model/en.gob.gz
//
// English: WikiANN en train (sentences whose names hold lower-case words
// or brackets left out), WNUT-17 train, the Broad Twitter Corpus train
// split, wikigold without its dev and test tenths (nerdata.WikigoldPart)
// and the even documents of UNER en_ewt dev (nerdata.EWTDevPart; there is
// no en_ewt train split here), plus 50,000 sentences of unlabelled news
// whose lower-case words are labelled O. Each token carries prose's
// part-of-speech tag and prose's entity label (-ents), so the tagger
// learns when to trust prose (-entdrop hides the labels in a fraction of
// the sentences, so it learns to type names without them too: the
// embedded typing model takes 0.5; make train-ner); lexicon classes (-lexicon) and 256
// distributional word classes learnt from all of news-throughput's English
// news (-classes) are features too (the news is read once and shared by
// the steps that need it); -selfembedded (session 12, not used by the
// embedded models) labels the unlabelled news with the project's NER as
// embedded and trains on those labels beside the labelled sets. Dev
// scores on CoNLL-2003 eng.testa,
// WikiANN en dev, the odd documents of UNER en_ewt dev, WNUT-17 dev, BTC
// dev and wikigold's dev tenth. Swedish: the Swedish NER corpus train
// split except its last nerdata.SwedishHeldOut sentences, plus UNER
// sv_talbanken train; dev scores on those held-out sentences and UNER
// sv_talbanken dev. The same inputs and flags give the same Swedish model
// bytes; English models can differ slightly, because prose's
// part-of-speech tagger breaks near-ties in map order. -cache keeps
// prose's tags of every sentence between runs (prose's classifier over the
// training text takes about ten minutes on two busy cores).
//
// -namelex and -typedlex write the learnt lexicon lists instead of a
// model (make names-lexicon); -typedlex's later lists leave out the
// organisations its earlier ones have just learnt, so one run settles.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/nerdata"
	"github.com/nec-analyse/nec-analyse/internal/nertag"
)

type options struct {
	data, lang, out string
	opts            nertag.TrainOptions
	noPOS           bool
	news            int
	self            bool
	selfEmbedded    bool
	clean           bool
	workers         int
	ents            bool
	extra           string
	cache           string
	classes         int
	namelex         string
	typedlex        string
	capslex         string
	givenlex        string
	givendev        bool
	recase          string
}

func main() {
	var o options
	flag.StringVar(&o.data, "data", "../shared/data", "folder holding the datasets (shared/data)")
	flag.StringVar(&o.lang, "lang", "en", "en or sv")
	flag.StringVar(&o.out, "out", "", "where to write the model (none if empty)")
	flag.IntVar(&o.opts.Epochs, "epochs", 10, "training epochs")
	flag.Uint64Var(&o.opts.Seed, "seed", 1, "shuffling seed")
	flag.Float64Var(&o.opts.UpperFrac, "upper", 0.1, "fraction of sentences added again in upper case")
	pruneF := flag.Float64("prune", 0, "drop features whose averaged weights are all below this")
	flag.BoolVar(&o.noPOS, "nopos", false, "English: train without part-of-speech tags")
	flag.IntVar(&o.news, "news", 50000, "English: unlabelled news sentences added with their lower-case words labelled O")
	flag.BoolVar(&o.selfEmbedded, "selfembedded", false, "English: label the news sentences with the project's NER as embedded (its English tagger and typing model) and train once on those labels beside the labelled sets")
	flag.BoolVar(&o.self, "self", false, "English: label the news sentences with the project's NER (using a first tagger trained without them) and train again on those labels")
	flag.BoolVar(&o.clean, "clean", true, "English: drop WikiANN sentences whose entities hold lower-case words or brackets")
	flag.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "parallel workers for POS tagging")
	flag.BoolVar(&o.ents, "ents", true, "English: give the tagger prose's entity label of each token as features (prose's classifier runs on every training sentence)")
	flag.BoolVar(&o.opts.Lexicon, "lexicon", true, "English: lexicon-class features (given names, places, organisation and person words)")
	flag.BoolVar(&o.opts.LexNames, "lexnames", false, "English, with -lexicon: the learnt person-name words (person_names_learned) are a lexicon class too")
	flag.StringVar(&o.extra, "extra", "wnut,btc,wikigold,ewt", "English: comma-separated extra training sets among wnut (WNUT-17 train), btc (BTC train), wikigold (its train part), ewt (UNER en_ewt dev, even documents), ewtall (all of UNER en_ewt dev, as the embedded model was trained: its odd documents are then no dev set); name*N adds a set N times (wikiann*0 leaves WikiANN out)")
	flag.Float64Var(&o.opts.EntDrop, "entdrop", 0, "English: fraction of training sentences whose prose entity labels are hidden (the model learns to type names without copying prose)")
	flag.IntVar(&o.classes, "classes", 256, "English: distributional word classes learnt from all of news-throughput's English news (0 = no class features)")
	flag.StringVar(&o.cache, "cache", "", "English: folder to keep prose-tagged training tokens in between runs (none if empty)")
	flag.StringVar(&o.namelex, "namelex", "", "English: write the lexicon file of person-name words learnt from the training sets and the news to this file, and train nothing")
	flag.StringVar(&o.typedlex, "typedlex", "", "English: write the lexicon files of whole place and organisation names learnt from the training sets (places/places_learned.txt, organisations/orgs_learned.txt) and of the company names and dateline places learnt from the Reuters news (organisations/orgs_learned_news.txt, places/places_learned_news.txt) under this lexicon data folder, and train nothing; the later lists leave out the organisations the earlier ones have just learnt, so one run settles")
	flag.StringVar(&o.capslex, "capslex", "", "English: write the lexicon file of words the news capitalises mid-sentence (news_capitalised_words) to this file, and train nothing")
	flag.StringVar(&o.givenlex, "givenlex", "", "English: write the lexicon file of given names learnt from the training sets' person names (given_names_learned) to this file, and train nothing")
	flag.BoolVar(&o.givendev, "givendev", false, "English: print how the given names learnt with thresholds around -givenlex's fare on the dev parts, and train nothing")
	flag.StringVar(&o.recase, "recase", "", "English: read this model, rebuild its casing lexicon from the text training would read (-extra, -news), keep its weights and write it to -out, and train nothing")
	lexDir := flag.String("lexdata", "", "English: read the lexicon from this data folder (laid out as internal/lexicon/data) in place of the embedded one; with -ewtsplit and -namelex/-givenlex/-typedlex writing into the same folder, the learnt lists of a dev proxy fold (nereval -lexdata): never for an embedded lexicon file")
	flag.StringVar(&ewtSplit, "ewtsplit", "odd", "English: how UNER en_ewt dev is cut into the documents trained on (-extra ewt) and scored: odd (the embedded typing model's: even trained on, odd scored), first-half, second-half or genre:NAME (the named part scored, the rest trained on; a dev proxy for nereval's same -ewtsplit, never for an embedded model or a lexicon file)")
	flag.Parse()
	if *lexDir != "" {
		lx, err := lexicon.ReadDataDir(*lexDir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "trainner: -lexdata:", err)
			os.Exit(2)
		}
		lexOverride = lx
	}
	if _, err := nerdata.SelectEWT(nil, ewtSplit, nerdata.Dev); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(2)
	}
	if ewtSplit != "odd" {
		ewtTrain.name = "UNER en_ewt dev, all but " + ewtSplit
		ewtDev.name = "UNER en_ewt dev, " + ewtSplit
	}
	o.opts.Prune = float32(*pruneF)
	if o.lang != "en" && o.lang != "sv" {
		fmt.Fprintf(os.Stderr, "trainner: -lang must be en or sv, got %q\n", o.lang)
		os.Exit(2)
	}
	if err := englishOnlyLexicon(&o, setFlags()); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(2)
	}
	// The modes that write a lexicon file or a report and train nothing,
	// in order of precedence; training is the default.
	mode := func() error { return run(os.Stdout, o) }
	for _, m := range []struct {
		on  bool
		run func() error
	}{
		{o.typedlex != "", func() error { return writeTypedFiles(o) }},
		{o.capslex != "", func() error { return writeCapsFile(o) }},
		{o.givendev, func() error { return givenDev(os.Stdout, o) }},
		{o.givenlex != "", func() error { return writeGivenFile(o) }},
		{o.recase != "", func() error { return recase(o) }},
		{o.namelex != "", func() error { return writeNameFile(o) }},
	} {
		if m.on {
			mode = m.run
			break
		}
	}
	if err := mode(); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

type corpus struct {
	name, path string
	read       func(io.Reader) ([]nerdata.Document, error)
}

func load(data string, c corpus) ([]nerdata.Document, error) {
	f, err := os.Open(filepath.Join(data, c.path))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := c.read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.path, err)
	}
	return docs, nil
}

var (
	wikiTrain = corpus{"WikiANN en train", "wikiann/en/train", nerdata.ReadWikiANN}
	wikiDev   = corpus{"WikiANN en dev", "wikiann/en/dev", nerdata.ReadWikiANN}
	ewtTrain  = corpus{"UNER en_ewt dev, even documents", "uner/en_ewt/en_ewt-ud-dev.iob2", ewtPart(nerdata.Train)}
	ewtAll    = corpus{"UNER en_ewt dev, all documents", "uner/en_ewt/en_ewt-ud-dev.iob2", nerdata.ReadUNER}
	ewtDev    = corpus{"UNER en_ewt dev, odd documents", "uner/en_ewt/en_ewt-ud-dev.iob2", ewtPart(nerdata.Dev)}
	wnutTrain = corpus{"WNUT-17 train", "wnut17/wnut17train.conll", nerdata.ReadWNUT}
	wnutDev   = corpus{"WNUT-17 dev", "wnut17/emerging.dev.conll", nerdata.ReadWNUT}
	btcTrain  = corpus{"BTC train", "btc/train_dev_test_conll/btc.train", nerdata.ReadBTC}
	btcDev    = corpus{"BTC dev", "btc/train_dev_test_conll/btc.dev", nerdata.ReadBTC}
	wgTrain   = corpus{"wikigold train part", "wikigold/wikigold.conll.txt", part(nerdata.ReadWikigold, nerdata.WikigoldPart, nerdata.Train)}
	wgDev     = corpus{"wikigold dev tenth", "wikigold/wikigold.conll.txt", part(nerdata.ReadWikigold, nerdata.WikigoldPart, nerdata.Dev)}
	conllDev  = corpus{"CoNLL-2003 eng.testa", "conll2003/eng.testa", nerdata.ReadCoNLL}
	snerTrain = corpus{"Swedish NER corpus train", "swedish-ner-corpus/train_corpus.txt", nerdata.ReadIO}
	svTrain   = corpus{"UNER sv_talbanken train", "uner/sv_talbanken/sv_talbanken-ud-train.iob2", nerdata.ReadUNER}
	svDev     = corpus{"UNER sv_talbanken dev", "uner/sv_talbanken/sv_talbanken-ud-dev.iob2", nerdata.ReadUNER}
)

// lexOverride is the lexicon -lexdata read (nil: the embedded one).
var lexOverride *lexicon.Lexicon

// trainLex is the lexicon the lexicon-writing modes read: -lexdata's, or
// the embedded one.
func trainLex() *lexicon.Lexicon {
	if lexOverride != nil {
		return lexOverride
	}
	return lexicon.Default()
}

// ewtSplit is the -ewtsplit flag: how UNER en_ewt dev is cut into the
// part trained on (-extra ewt) and the part scored (nerdata.SelectEWT).
var ewtSplit = "odd"

// ewtPart reads UNER en_ewt dev and keeps part p of -ewtsplit.
func ewtPart(p nerdata.Part) func(io.Reader) ([]nerdata.Document, error) {
	return func(r io.Reader) ([]nerdata.Document, error) {
		docs, err := nerdata.ReadUNER(r)
		if err != nil {
			return nil, err
		}
		return nerdata.SelectEWT(docs, ewtSplit, p)
	}
}

// part reads a corpus and keeps one fixed part of its documents.
func part(read func(io.Reader) ([]nerdata.Document, error), of func(int) nerdata.Part, p nerdata.Part) func(io.Reader) ([]nerdata.Document, error) {
	return func(r io.Reader) ([]nerdata.Document, error) {
		docs, err := read(r)
		if err != nil {
			return nil, err
		}
		return nerdata.SelectPart(docs, of, p), nil
	}
}

// extraTimes reads the -extra list: how many times each English training
// set is added (WikiANN once unless listed).
func extraTimes(list string) map[string]int {
	extra := map[string]int{"wikiann": 1}
	for _, e := range strings.Split(list, ",") {
		name, times, ok := strings.Cut(strings.TrimSpace(e), "*")
		n, err := strconv.Atoi(times)
		if !ok || err != nil || n < 0 {
			n = 1
		}
		extra[name] = n
	}
	return extra
}

// addEnglish adds the English training sets of the -extra list and every
// English dev set.
func addEnglish(list string, add func(c corpus, isTrain bool) error) error {
	extra := extraTimes(list)
	for _, c := range []struct {
		c    corpus
		name string
	}{{wikiTrain, "wikiann"}, {ewtTrain, "ewt"}, {wnutTrain, "wnut"}, {btcTrain, "btc"}, {wgTrain, "wikigold"}, {ewtAll, "ewtall"}} {
		for range extra[c.name] {
			if err := add(c.c, true); err != nil {
				return err
			}
		}
	}
	for _, c := range []corpus{conllDev, wikiDev, ewtDev, wnutDev, btcDev, wgDev} {
		if err := add(c, false); err != nil {
			return err
		}
	}
	return nil
}

// addSwedish adds the Swedish NER corpus train split without its
// held-out tail (to fit), the tail (to held) and UNER sv_talbanken train
// and dev.
func addSwedish(data string, add func(c corpus, isTrain bool) error, held, fit func([]nerdata.Document)) error {
	docs, err := load(data, snerTrain)
	if err != nil {
		return err
	}
	f, h := nerdata.SplitSwedishHeldOut(docs)
	fit(f)
	held(h)
	if err = add(svTrain, true); err != nil {
		return err
	}
	return add(svDev, false)
}

// newTokeniser builds the tokeniser of the options: prose's tagger (and
// its entity classifier with -ents) for English, reading the -cache
// folder; plain tokens for Swedish or -nopos.
func newTokeniser(o options) (*tokeniser, error) {
	tagPOS := o.lang == "en" && !o.noPOS
	pm := &tokeniser{ents: tagPOS && o.ents}
	if !tagPOS {
		return pm, nil
	}
	// The entity classifier is loaded only when the model is built with
	// extraction on.
	empty, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(pm.ents))
	if err != nil {
		return nil, err
	}
	pm.pm = empty.Model
	if o.cache != "" {
		if err := pm.load(o.cache); err != nil {
			return nil, err
		}
	}
	return pm, nil
}

// evalSet is a dev set: its name and documents.
type evalSet struct {
	name string
	docs []nerdata.Document
}

func run(w io.Writer, o options) error {
	t0 := time.Now()
	lx := trainLex()
	var train []nerdata.Document
	var dev []evalSet
	add := func(c corpus, isTrain bool) error {
		docs, err := load(o.data, c)
		if err != nil {
			return err
		}
		if isTrain && o.clean && c.path == wikiTrain.path {
			docs = slices.DeleteFunc(docs, func(d nerdata.Document) bool { return noisy(lx, d) })
		}
		if isTrain {
			train = append(train, docs...)
		} else {
			dev = append(dev, evalSet{c.name, docs})
		}
		return nil
	}
	var err error
	if o.lang == "en" {
		if err = addEnglish(o.extra, add); err != nil {
			return err
		}
	} else if err = addSwedish(o.data, add, func(held []nerdata.Document) {
		dev = append(dev, evalSet{"Swedish NER corpus train, held-out tail", held})
	}, func(fit []nerdata.Document) { train = append(train, fit...) }); err != nil {
		return err
	}

	pm, err := newTokeniser(o)
	if err != nil {
		return err
	}
	if pm.pm != nil && o.cache != "" {
		defer func() {
			if err := pm.save(o.cache); err != nil {
				fmt.Fprintln(os.Stderr, "trainner: token cache:", err)
			}
		}()
	}
	sents, err := toSentences(pm, train, o.workers)
	if err != nil {
		return err
	}
	var news *newsCorpus // read once, for the news sentences and the word classes
	if o.lang == "en" && (o.news > 0 || o.classes > 0) {
		n := o.news // the classes read all of it
		if o.classes > 0 {
			n = math.MaxInt
		}
		if news, err = readNewsCorpus(lx, o.data, newsDirs, n); err != nil {
			return err
		}
	}
	var newsDocs []nerdata.Document
	var pseudoFrom int // index in sents of the first news sentence
	if news != nil && o.news > 0 {
		var extra []nertag.Sentence
		newsDocs = news.docs(newsDirs, o.news)
		if extra, err = newsSentences(pm, &o, newsDocs); err != nil {
			return err
		}
		pseudoFrom = len(sents)
		sents = append(sents, extra...)
	}
	if news != nil && o.classes > 0 {
		o.opts.Clusters = newsClasses(news.docs(newsDirs, math.MaxInt), o.classes, o.workers)
	}
	fmt.Fprintf(os.Stderr, "%d training sentences prepared in %s\n", len(sents), time.Since(t0).Round(time.Millisecond))

	t := time.Now()
	m := nertag.Train(sents, o.opts)
	fmt.Fprintf(os.Stderr, "trained in %s: %s\n", time.Since(t).Round(time.Millisecond), m)

	if o.self && len(newsDocs) > 0 {
		for _, ds := range dev {
			c, err := evaluate(m, pm, ds.docs, o.workers)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "%-40s %s (before self-training)\n", ds.name, c)
		}
		t = time.Now()
		labels, err := pseudoLabels(m, newsDocs, o.workers)
		if err != nil {
			return err
		}
		for i := range labels {
			sents[pseudoFrom+i].Labels = labels[i]
		}
		m = nertag.Train(sents, o.opts)
		fmt.Fprintf(os.Stderr, "self-trained in %s: %s\n", time.Since(t).Round(time.Millisecond), m)
	}

	for _, ds := range dev {
		c, err := evaluate(m, pm, ds.docs, o.workers)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-40s %s\n", ds.name, c)
	}
	if o.out != "" {
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			return err
		}
		if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write model: %w", err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", o.out, buf.Len())
	}
	return nil
}

// newsSentences gives the sentences of the unlabelled news newsDocs
// prose's tokens: lower-case words labelled O and the rest left open, or,
// with -selfembedded, every word labelled by the project's NER as
// embedded. The news becomes the casing lexicon's text too
// (o.opts.CasingText).
func newsSentences(pm *tokeniser, o *options, newsDocs []nerdata.Document) ([]nertag.Sentence, error) {
	news := newsTokens(newsDocs)
	lower := lowerWords(news)
	extra := make([]nertag.Sentence, len(news))
	err := parallel(len(news), o.workers, func(i int) error {
		toks, err := tokens(pm, news[i])
		extra[i] = nertag.Sentence{Tokens: toks, Labels: partialLabels(news[i], lower)}
		return err
	})
	if err != nil {
		return nil, err
	}
	if o.selfEmbedded {
		labels, err := pseudoLabels(nil, newsDocs, o.workers)
		if err != nil {
			return nil, err
		}
		for i := range labels {
			extra[i].Labels = labels[i]
		}
	}
	o.opts.CasingText = news
	return extra, nil
}

// newsClasses learns that many word classes (-classes) from the news
// docs (all of news-throughput's English news).
func newsClasses(docs []nerdata.Document, classes, workers int) map[string]string {
	t := time.Now()
	c := wordClasses(newsTokens(docs), classOptions{vocab: 30000, contexts: 300, classes: classes, iters: 8, minCount: 5}, workers)
	fmt.Fprintf(os.Stderr, "%d words in %d classes in %s\n", len(c), classes, time.Since(t).Round(time.Millisecond))
	return c
}

// toSentences turns gold sentences into training sentences, tagging parts
// of speech when pm is not nil.
func toSentences(pm *tokeniser, docs []nerdata.Document, workers int) ([]nertag.Sentence, error) {
	var gold []*nerdata.Sentence
	for i := range docs {
		for k := range docs[i].Sents {
			gold = append(gold, &docs[i].Sents[k])
		}
	}
	out := make([]nertag.Sentence, len(gold))
	err := parallel(len(gold), workers, func(i int) error {
		toks, err := tokens(pm, gold[i].Tokens)
		out[i] = nertag.Sentence{Tokens: toks, Labels: gold[i].IOB2()}
		return err
	})
	return out, err
}

// tokens makes tagger tokens of words, with prose's POS tags (and entity
// labels) when the tokeniser has a prose model.
func tokens(pm *tokeniser, words []string) ([]nertag.Token, error) {
	if pm.pm != nil {
		return pm.tokens(words)
	}
	toks := make([]nertag.Token, len(words))
	for i, w := range words {
		toks[i].Text = w
	}
	return toks, nil
}

// parallel calls fn(i) for i in [0, n) on workers goroutines and returns
// the first error.
func parallel(n, workers int, fn func(i int) error) error {
	var mu sync.Mutex
	var first error
	var wg sync.WaitGroup
	next := 0
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				if err := fn(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return first
}

// setFlags returns the names of the flags set on the command line.
func setFlags() map[string]bool {
	set := map[string]bool{}
	flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// englishOnlyLexicon switches the lexicon features off for a language
// other than English (the lexicon classes are English word lists; the
// embedded Swedish model has none), and refuses them when set is asked
// for them explicitly.
func englishOnlyLexicon(o *options, set map[string]bool) error {
	if o.lang == "en" {
		return nil
	}
	for _, f := range []string{"lexicon", "lexnames"} {
		if set[f] {
			return fmt.Errorf("-%s is English only (-lang %s)", f, o.lang)
		}
	}
	o.opts.Lexicon, o.opts.LexNames = false, false
	return nil
}
