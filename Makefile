# nec-analyse — see README.md.
GO ?= go
BIN := bin/nec-analyse
NEC_SEEDS ?=

.PHONY: build test demo bench fmt-check vet fuzz clean

build:
	$(GO) build -o $(BIN) ./cmd/nec-analyse

## test: gofmt check, go vet, all tests with the race detector
test: fmt-check vet
	$(GO) test -race -count=1 ./...

fmt-check:
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## demo: report on the bundled demo corpus
demo:
	$(GO) run ./cmd/nec-analyse report testdata/demo

## bench: words/s of the full analysis vs raw prose, and their ratio
bench:
	bash scripts/bench.sh

## fuzz: run every fuzz target briefly (FUZZTIME=30s to change)
FUZZTIME ?= 15s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzFindAll$$' -fuzztime $(FUZZTIME) ./internal/dates
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/dates
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/corpus
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./internal/corpus
	$(GO) test -run '^$$' -fuzz '^FuzzEntities$$' -fuzztime $(FUZZTIME) ./internal/ner

clean:
	rm -rf bin
