# Makefile — the set-up a new user runs; a thin layer over scripts/install-deps, CMake and ctest.
#   make demo   install what is missing, build, build the database from the corpus, print
#               the overview and write the overview report out/overzicht.html (CORPUS=DIR to
#               use another corpus folder)
#   make test   install what is missing, build, run every test through ctest
#   make bench  build, run every benchmark (ingest, rows, export, relations, start-up, matcher)
#               and write the Markdown table out/bench/results.md (ratios against references
#               measured in the same run: the sqlite3 shell, LuaSQL, raw C++ loops)
#   make sanitize  the whole test suite built and run under ASan, UBSan and LSan (build-asan)
#   make fuzz   build the libFuzzer targets with clang (build-fuzz) and fuzz each for
#               FUZZ_SECONDS (default 60)
#   make docs   build, regenerate docs/lua-api.md and docs/lua/cdb.lua from the Lua API registry
CORPUS ?= ../shared/corpus
BUILD_DIR ?= build
WERROR ?= ON
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CONCEPTDB := $(BUILD_DIR)/conceptdb
MAKEFLAGS += --no-print-directory

.PHONY: all deps configure build demo test bench sanitize fuzz docs format clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCONCEPTDB_WERROR=$(WERROR) \
	  -DCONCEPTDB_CORPUS_DIR="$(abspath $(CORPUS))" >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	$(CONCEPTDB) build --corpus "$(CORPUS)"
	$(CONCEPTDB) run scripts/overview.lua
	$(CONCEPTDB) run scripts/report.lua

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

bench: build
	BENCH_BUILD_DIR=$(BUILD_DIR) CONCEPTDB_CORPUS_DIR="$(abspath $(CORPUS))" tests/bench/run

sanitize: deps
	CORPUS="$(abspath $(CORPUS))" JOBS=$(JOBS) tests/sanitize.sh

FUZZ_SECONDS ?= 60
fuzz: deps
	tests/fuzz/run.sh $(FUZZ_SECONDS)

# Written to a temporary file first, so that a failing binary leaves the docs as they were.
docs: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target conceptdb
	$(CONCEPTDB) help --markdown > docs/lua-api.md.tmp && mv docs/lua-api.md.tmp docs/lua-api.md
	@mkdir -p docs/lua
	$(CONCEPTDB) help --luals > docs/lua/cdb.lua.tmp && mv docs/lua/cdb.lua.tmp docs/lua/cdb.lua

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
