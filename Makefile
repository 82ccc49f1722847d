# nec-analyse — see README.md.
GO ?= go
BIN := bin/nec-analyse
NEC_SEEDS ?=

.PHONY: build test demo bench faults fmt-check vet fuzz copy-check clean eval-ner eval-real eval-fnc eval-quotes train-ner train-ner-honest train-ner-typing names-lexicon train-stance eval-stance eval-extract train-framing eval-framing

build:
	$(GO) build -o $(BIN) ./cmd/nec-analyse

## test: gofmt check, go vet, all tests with the race detector
test: fmt-check vet
	$(GO) test -race -count=1 -timeout 30m ./...

fmt-check:
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## demo: report on the bundled demo corpus
demo:
	$(GO) run ./cmd/nec-analyse report testdata/demo

## bench: words/s of the full analysis vs raw prose, and their ratio; peak RSS of one report -j 2
bench:
	bash scripts/bench.sh

## faults: fault injection against the built binary (cache contention and
## damage, special files, roots, write errors, signals); prints held/failed
faults:
	@GO=$(GO) bash scripts/faults.sh

## fuzz: run every fuzz target briefly, one after the other (CI's short
## run); FUZZTIME=10m make fuzz for the full run (10 minutes per target,
## about 5 hours for the 31 targets)
FUZZTIME ?= 15s
FUZZ_TARGETS := dates:FuzzFindAll dates:FuzzParse corpus:FuzzParse corpus:FuzzDecode corpus:FuzzSplitLongBlocks \
	corpus:FuzzHTML corpus:FuzzJSONL corpus:FuzzParseStamp quantity:FuzzFindAll quantity:FuzzParseNumber \
	quotes:FuzzExtract nerdata:FuzzReaders ner:FuzzEntities prosefast:FuzzAnnotate ner:FuzzTagged ner:FuzzTrueCase nertag:FuzzTag stance:FuzzExplain stance:FuzzParseLexicon \
	check:FuzzParseFacts check:FuzzParseAccepted yamlerr:FuzzLocate check:FuzzParseThreshold claims:FuzzLoadLexicon textutil:FuzzLower textutil:FuzzFoldAccents entities:FuzzRoles entities:FuzzResolveTexts claims:FuzzEventDate claims:FuzzExtract tools/copycheck:FuzzWildcard dateline:FuzzPlace lexicon:FuzzSingular
fuzz:
	@GO=$(GO) bash scripts/fuzz.sh $(FUZZTIME) $(FUZZ_TARGETS)

## copy-check: runs of 6 or more words a repository file shares with
## ../shared/data or ../shared/seeds (third-party text must not be copied
## in); exits 1 naming file, line and shared file for a run not in
## internal/tools/copycheck/allowed.txt (stock phrasing, names, licence
## texts); its wildcard mode also compares fixture and test text with names
## and numbers read as "*" (a real sentence with names swapped); about 9 s,
## 0.19 GB; .ci/run runs it
copy-check:
	$(GO) run ./internal/tools/copycheck -data ../shared/data -seeds ../shared/seeds

clean:
	rm -rf bin

## eval-ner: entity-level P/R/F1 of prose and the project's NER on the test
## splits in ../shared/data (EVAL_SPLIT=dev to develop against dev splits),
## then the recall of the people NewsMTSC's US political news is about
EVAL_SPLIT ?= test
eval-ner:
	$(GO) run ./internal/tools/nereval -data ../shared/data -split $(EVAL_SPLIT)
	$(GO) run ./internal/tools/nereval -data ../shared/data -split $(EVAL_SPLIT) -newsmtsc

## eval-real: the analysis on real multi-outlet news nobody here wrote
## (../shared/data/ecbplus-dev): gold person and organisation chains kept
## whole, split or merged; gold name mentions found (exact span, overlap)
## and typed right, with a confusion table; error and warning findings; contradictions and
## misspellings planted by ../shared/tools/plant.py (3 seeds) found or not
eval-real:
	$(GO) run ./internal/tools/evalreal -data ../shared/data -plant 3

## eval-fnc: the findings on 159 stories of real news no rule was chosen
## on (FNC-1's training bodies grouped by the claims they report, 3 to 12
## outlets each), by severity and kind, every error and warning listed to
## be judged by reading; about 15 minutes on two cores
eval-fnc:
	$(GO) run ./internal/tools/evalfnc -data ../shared/data -v

## eval-quotes: quotes found and speakers right, wrong or unknown against the
## gold quotes read in ../shared/data (internal/tools/evalquotes/gold.tsv)
eval-quotes:
	$(GO) run ./internal/tools/evalquotes -data ../shared/data

## train-ner: retrain the embedded nertag models (dev scores only; never a
## test split): the English tagger, the English typing model (prose's
## labels, hidden in half the sentences, lexicon and word classes as
## features; WikiANN, WNUT-17, BTC, wikigold, UNER en_ewt), the Swedish
## tagger; about 15 minutes (prose's tags of the training text are kept in
## bin/trainner-cache)
train-ner:
	mkdir -p bin
	$(GO) run ./internal/tools/trainner -data ../shared/data -lang en -ents=false -lexicon=false -classes 0 -extra ewtall -out internal/nertag/model/en.gob.gz
	$(GO) run ./internal/tools/trainner -data ../shared/data -lang en -entdrop 0.5 -cache bin/trainner-cache -out internal/nertag/model/en-typing.gob.gz
	$(GO) run ./internal/tools/trainner -data ../shared/data -lang sv -out internal/nertag/model/sv.gob.gz

## train-ner-honest: the English tagger as train-ner trains it, but on
## the even documents of UNER en_ewt dev only (-extra ewt), into bin/: the
## embedded one has read the odd documents the en_ewt dev row scores, so
## that row overstates it (BENCHMARKS.md, session 15, helper hJ); make dev
## choices on en_ewt with
## `go run ./internal/tools/nereval -split dev -model bin/nertag-en-even.gob.gz`
train-ner-honest:
	mkdir -p bin
	$(GO) run ./internal/tools/trainner -data ../shared/data -lang en -ents=false -lexicon=false -classes 0 -extra ewt -cache bin/trainner-cache -out bin/nertag-en-even.gob.gz

## train-ner-typing: train the English typing model into bin/, not
## embedded, to try other flags: score it with
## `go run ./internal/tools/nereval -split dev -typer bin/nertag-en-typing.gob.gz`
train-ner-typing:
	mkdir -p bin
	$(GO) run ./internal/tools/trainner -data ../shared/data -lang en -entdrop 0.5 -cache bin/trainner-cache -out bin/nertag-en-typing.gob.gz

## names-lexicon: regenerate the learnt person-name words
## (internal/lexicon/data/people/person_names_learned.txt) from the English
## training sets' person names and the unlabelled news (train parts only),
## the learnt given names (given_names_learned.txt) from the same sets'
## person names,
## then the learnt whole place and organisation names (places_learned,
## orgs_learned), which leave out the person-name words, and the company
## names and dateline places learnt from the Reuters news
## (orgs_learned_news, places_learned_news; each run reads the news once,
## and the later lists leave out the organisations the same run has just
## learnt, so one run settles), and the words the news capitalises
## mid-sentence (news_capitalised_words)
names-lexicon:
	$(GO) run ./internal/tools/trainner -data ../shared/data -namelex internal/lexicon/data/people/person_names_learned.txt
	$(GO) run ./internal/tools/trainner -data ../shared/data -givenlex internal/lexicon/data/people/given_names_learned.txt
	$(GO) run ./internal/tools/trainner -data ../shared/data -typedlex internal/lexicon/data
	$(GO) run ./internal/tools/trainner -data ../shared/data -capslex internal/lexicon/data/notnames/news_capitalised_words.txt

## train-stance: retrain the embedded stance model on FNC-1's training split
train-stance:
	$(GO) run ./internal/tools/trainstance -data ../shared/data

## eval-stance: FNC-1 score, confusion matrix, macro-F1 on the competition test set
eval-stance:
	$(GO) run ./internal/tools/trainstance -data ../shared/data -eval

## train-framing: retrain the embedded target-tone model on NewsMTSC's train split (choices on its dev splits)
train-framing:
	$(GO) run ./internal/tools/evalframing -data ../shared/data -train

## eval-framing: framing tone toward people, macro-F1 on NewsMTSC's dev and test splits, all-neutral baseline beside it
eval-framing:
	$(GO) run ./internal/tools/evalframing -data ../shared/data

## eval-extract: HTML extraction P/R/F1 against the benchmark's gold text
eval-extract:
	$(GO) run ./internal/tools/evalextract
