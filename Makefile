# Sociale Kaart. `make run` builds, indexes the bundled corpus and serves it on
# http://127.0.0.1:8080; `make test` runs every test. Both install missing system packages first.
SWIFT ?= swift
KAART_RELEASE := .build/release/kaart
KAART_DEBUG := .build/debug/kaart

.PHONY: run test setup build index search check contract bench clean

setup:
	@scripts/setup-system

build: setup
	$(SWIFT) build -c release --product kaart

index: build
	$(KAART_RELEASE) index

## The main job: build, index Corpus/, show one search, then serve the page and the API.
run: index
	$(KAART_RELEASE) zoek lotgenoten --bij Arnhem
	$(KAART_RELEASE) serve --host 127.0.0.1 --port 8080

## Just search from the terminal, without serving.
search: index
	$(KAART_RELEASE) zoek lotgenoten --bij Arnhem

## Every test (the store tests against SQLite and a throwaway PostgreSQL cluster that
## scripts/with-postgres starts and stops), the API contract against the running server, the
## real corpus with zero errors, the judged search set above its floor (docs/search.md) and a
## small benchmark.
test: setup
	$(SWIFT) build --build-tests
	scripts/with-postgres $(SWIFT) test --skip-build --skip SharedDatabaseTests
	# Alone: 1,000 reports through two servers load both cores, and other store tests have deadlines.
	scripts/with-postgres $(SWIFT) test --skip-build --filter SharedDatabaseTests
	scripts/contract-test
	$(KAART_DEBUG) check --quiet
	KAART_TODAY=2026-11-24 $(KAART_DEBUG) index --quiet --corpus Tests/KaartTests/Fixtures/judged/Corpus --index .build/judged.sqlite
	KAART_TODAY=2026-11-24 $(KAART_DEBUG) beoordeel Tests/KaartTests/Fixtures/judged/queries.yaml --index .build/judged.sqlite
	$(KAART_DEBUG) bench --records 1000 --quick

contract: setup
	scripts/contract-test

## The full benchmark at 1,000, 10,000 and 100,000 records (docs/benchmark.md); takes minutes.
bench: build
	$(KAART_RELEASE) bench

check: setup
	$(SWIFT) build --product kaart
	$(KAART_DEBUG) check

clean:
	rm -rf .build var
