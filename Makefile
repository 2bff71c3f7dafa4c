# deid: the two commands a new machine needs are `make demo` (run the main
# job on its embedded default) and `make test` (the whole suite, with the
# servers it needs). Everything else here is for developers.
GO ?= go
PKGS := ./...

.PHONY: duckdb demo test fuzz vet fmt-check tools postgres bench bench-instr bench-pipeline bench-stream load eval eval-dev e2e-corpora lexicon clinical-words fixtures clean

## demo: the main job on its embedded default: the batch pipeline on the bundled
## conversations, local files in and out, in-process Prism runner, one-run key
demo:
	$(GO) run ./cmd/deid batch --input fixtures/testdata/conversations.jsonl --output out/export \
		--quarantine out/onprem --ephemeral-key

## test: vet, format check, test servers (built once into .bin/), every test,
## then a short fuzzing budget on the scan, a conversation's scan, the record parser, redaction and
## the fingerprint canonicaliser
test: vet fmt-check tools postgres duckdb
	$(GO) test -count=1 $(PKGS)
	$(MAKE) fuzz

## fuzz: a budget of executions per target (about 10 s each on a 2-core machine), or
## FUZZTIME for all (a count such as 50000x, or a duration); a failing input is written
## under the package's testdata/fuzz/ and fails the run. Counts, not durations, by
## default: with a duration Go 1.26's fuzzing coordinator can fail a run that found
## nothing with "context deadline exceeded" when a loaded machine delays a worker at
## the deadline (go.dev/issue/75804, fixed in Go 1.27); a count has no deadline to race.
FUZZTIME ?=
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzScan$$' -fuzztime $(or $(FUZZTIME),12000x) ./deid/
	$(GO) test -run '^$$' -fuzz '^FuzzScanConversation$$' -fuzztime $(or $(FUZZTIME),8000x) ./deid/
	$(GO) test -run '^$$' -fuzz '^FuzzParseConversation$$' -fuzztime $(or $(FUZZTIME),25000x) ./deid/
	$(GO) test -run '^$$' -fuzz '^FuzzRedact$$' -fuzztime $(or $(FUZZTIME),20000x) ./deid/redact/
	$(GO) test -run '^$$' -fuzz '^FuzzCanonicalJSON$$' -fuzztime $(or $(FUZZTIME),3000x) ./export/

vet:
	$(GO) vet $(PKGS)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## duckdb: install DuckDB from npm (@duckdb/node-api, pinned in tools/duckdb) for the test
## that reads the Parquet export with a real reader; without node that test is skipped
duckdb:
	@if command -v npm >/dev/null 2>&1; then cd tools/duckdb && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "duckdb: npm not found, the DuckDB read test will be skipped"; fi

## tools: build the pinned test servers (versitygw, fake-gcs-server, prism) into .bin/
tools:
	scripts/tools.sh

## postgres: PostgreSQL 15 from Debian's packages, unpacked into .bin/postgres
## (no root, once) for the tests of the PostgreSQL linkage store
postgres:
	scripts/postgres.sh

## bench: engine and redact throughput on one core, as a table with the targets
bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./deid/ ./deid/redact/ | $(GO) run ./internal/benchtable

# Instructions per op of the engine's main benchmarks under cachegrind (needs
# valgrind): the cost of a change, whatever the host's load.
bench-instr:
	scripts/bench-instr.sh $(BENCH)

## bench-pipeline: the batch pipeline against the engine alone, and its peak memory at 10x and 100x
bench-pipeline:
	$(GO) build -o .bin/pipebench ./internal/pipebench && .bin/pipebench

## bench-stream: deid stream at steady arrival rates: p50/p95 latency from a file's arrival
## to its window's manifest, records/s, memory per window; and the batch pipeline for reference
bench-stream:
	$(GO) build -o .bin/streambench ./internal/streambench && .bin/streambench

## load: 1,000,000 generated conversation records (LOAD_N) through deid batch on
## every core: records/s, MB/s, CPU, peak RSS and the RSS along the run, and the
## reconciliation (generated = exported + quarantined + rejected). Long: not in make test.
LOAD_N ?= 1000000
load:
	$(GO) build -o .bin/deid ./cmd/deid
	$(GO) run ./internal/loadrun -deid .bin/deid -n $(LOAD_N)

## eval: precision, recall and F2 of the engine on every committed gold set
eval:
	@for f in fixtures/testdata/gold*.jsonl; do echo "== $$f"; $(GO) run ./cmd/deid eval --gold $$f; done

## eval-dev: recall, precision, false positives per 1k tokens and speed on the real
## development corpora in ../shared/eval-dev (text and gold written elsewhere), scored
## by their own score.py; VERBOSE=1 adds recall per type and the most frequent misses
## and false positives. These corpora are read in place, never copied here.
EVAL_DEV ?= ../shared/eval-dev
eval-dev:
	@test -f $(EVAL_DEV)/score.py || { echo "eval-dev: $(EVAL_DEV)/score.py not found (set EVAL_DEV=DIR)"; exit 2; }
	$(GO) build -o .bin/deid ./cmd/deid
	python3 $(EVAL_DEV)/score.py --deid .bin/deid $(if $(VERBOSE),--verbose) $(if $(SETS),--sets $(SETS))

## e2e-corpora: `deid batch` end to end on every conversation corpus of ../shared (PriMock57,
## MTS-Dialog converted on the fly, ACI) with a one-run key: each run must commit and reconcile.
## Needs the shared folder (SHARED=DIR elsewhere), so it is not part of `make test`.
SHARED ?= ../shared
e2e-corpora:
	$(GO) vet -tags corpora ./cmd/deid
	DEID_SHARED=$(abspath $(SHARED)) $(GO) test -count=1 -tags corpora -run '^TestCorpora$$' -v ./cmd/deid

## lexicon: recompile deid/lexicon.bin from ../shared/data (needs Debian's scowl package)
lexicon:
	$(GO) run ./deid/internal/lexgen -shared ../shared/data -out deid/lexicon.bin

## clinical-words: rebuild the clinical abbreviation short forms the engine embeds
## (deid/internal/lang/en/clinical_abbrev.txt) from ../shared/data
CLINICAL_TSV ?= ../shared/data/clinical-abbreviations/abbreviations.tsv
CLINICAL_OUT := deid/internal/lang/en/clinical_abbrev.txt
CLINICAL_TERMS_OUT := deid/internal/lang/en/clinical_terms.txt
clinical-words:
	@test -f $(CLINICAL_TSV) || { echo "clinical-words: $(CLINICAL_TSV) not found"; exit 2; }
	{ echo "# Clinical abbreviation short forms (lower case, letters and digits), one a line."; \
	  echo "# From the clinical abbreviation meta-inventory, Grossman Liu et al., Scientific Data 8:149 (2021),"; \
	  echo "# github.com/lisavirginia/clinical-abbreviations, CC BY 4.0 (see LICENSES). Rebuilt by 'make clinical-words'."; \
	  awk -F'\t' 'NR>1{print tolower($$1)}' $(CLINICAL_TSV) | grep -E '^[a-z][a-z0-9]+$$' | LC_ALL=C sort -u; } > $(CLINICAL_OUT)
	{ echo "# Words of five letters or more of the clinical abbreviation long forms (lower case), one a line:"; \
	  echo "# clinical vocabulary (drugs, organisms, anatomy, syndromes) that a cue such as 'called' does not make a name."; \
	  echo "# From the clinical abbreviation meta-inventory, Grossman Liu et al., Scientific Data 8:149 (2021),"; \
	  echo "# github.com/lisavirginia/clinical-abbreviations, CC BY 4.0 (see LICENSES). Rebuilt by 'make clinical-words'."; \
	  awk -F'\t' 'NR>1{print tolower($$2)}' $(CLINICAL_TSV) | tr -c 'a-z\n' '\n' | grep -E '^[a-z]{5,}$$' | LC_ALL=C sort -u; } > $(CLINICAL_TERMS_OUT)

## fixtures: regenerate the synthetic fixtures and gold sets
fixtures:
	$(GO) run ./fixtures/cmd/genfixtures -seed 1 -out fixtures/testdata

clean:
	rm -rf out
