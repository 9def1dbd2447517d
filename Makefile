# Sociale Kaart. `make run` indexes the bundled corpus and runs an example search;
# `make test` runs every test. Both install missing system packages first.
SWIFT ?= swift
KAART_RELEASE := .build/release/kaart
KAART_DEBUG := .build/debug/kaart

.PHONY: run test setup build index check clean

setup:
	@scripts/setup-system

build: setup
	$(SWIFT) build -c release --product kaart

index: build
	$(KAART_RELEASE) index

## The main job: build, index Corpus/, and show what a search looks like.
run: index
	$(KAART_RELEASE) zoek lotgenoten --bij Arnhem

## Every test, then the real corpus must pass `kaart check` with zero errors.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(KAART_DEBUG) check --quiet

check: setup
	$(SWIFT) build --product kaart
	$(KAART_DEBUG) check

clean:
	rm -rf .build var
