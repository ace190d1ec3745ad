# citegraph — two commands do all the set-up on a fresh Debian machine:
#   make demo   reads Examples/corpus and writes Graphs/ and Reports/
#   make test   runs the test suite, less the slow tests (the CI command)
#   make test-all   runs every test, the slow ones too (a 50 MB file, 10,000 files)
SWIFT ?= swift
APT_PACKAGES = libgraphviz-dev graphviz pkg-config libpoppler-glib-dev
RELEASE_PACKAGES = libcurl4-openssl-dev
BIN = .build/debug/citegraph
DEMO_DB = .build/demo.sqlite

.PHONY: all deps install-packages release build test test-all demo clean-demo

all: build

# Installs the system libraries when missing (as root), or prints the command to run.
deps:
	@$(MAKE) -s --no-print-directory install-packages PACKAGES="$(APT_PACKAGES)"
	@# Graphviz finds its layout plugins through a config file that `dot -c` writes.
	@if [ "$$(id -u)" = "0" ]; then dot -c 2>/dev/null || true; fi

# The release build the benchmarks measure: the Swift runtime and Foundation linked into the
# binary (no symbol looked up among a hundred shared libraries as the program runs); static
# Foundation needs libcurl's development files.
release: deps
	@$(MAKE) -s --no-print-directory install-packages PACKAGES="$(RELEASE_PACKAGES)"
	$(SWIFT) build -c release --static-swift-stdlib --product citegraph

install-packages:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "citegraph needs:$$missing"; echo "run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build --product citegraph

# Tests tagged `.slow` run only when CITEGRAPH_SLOW_TESTS=1 (Tests/CLITests/SlowTests.swift).
test: deps
	$(SWIFT) test

test-all: deps
	CITEGRAPH_SLOW_TESTS=1 $(SWIFT) test

# The default run: ingest the bundled corpus into a fresh store, then write the diagrams and the report.
demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) ingest Examples/corpus --db $(DEMO_DB)
	@mkdir -p Graphs Reports
	$(BIN) render --db $(DEMO_DB) --top 40 --format dot -o Graphs/overview.dot
	$(BIN) render --db $(DEMO_DB) --top 40 --format svg -o Graphs/overview.svg
	@rm -f Graphs/series-*.dot Graphs/series-*.svg
	$(BIN) render --db $(DEMO_DB) --all-series --format svg -o Graphs
	$(BIN) render --db $(DEMO_DB) --series "S/RES/2493 (2019)" --format svg -o Graphs/wps.svg
	$(BIN) render --db $(DEMO_DB) --ego "S/RES/1325 (2000)" --format svg -o Graphs/ego-S_RES_1325_2000.svg
	$(BIN) rank --db $(DEMO_DB) --measure pagerank --top 10
	$(BIN) report --db $(DEMO_DB) -o Reports/examples --title "citegraph: the example corpus"
	@echo "demo: Graphs/ and Reports/ written"
