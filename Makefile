# Thin wrapper over CMake. `make run` and `make test` do all the set-up on a
# fresh Debian 12 machine (see README.md).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 10
FUZZ_LONG_SECONDS ?= 1800
EXAMPLE ?= examples/harbor-bridge

.PHONY: all deps build run test unit-test asan-test fuzz-build fuzz-test fuzz-long bench deb format clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/precis summarize $(EXAMPLE) --words 100

unit-test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan-test: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -LE slow

fuzz-build: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRECIS_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers

fuzz-test: fuzz-build
	bash scripts/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# Every fuzzer for FUZZ_LONG_SECONDS (default 30 minutes) with inputs up to 1 MB.
fuzz-long: fuzz-build
	FUZZ_MAX_LEN=1048576 bash scripts/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_LONG_SECONDS)

test: unit-test asan-test fuzz-test

# Every part leaves its figures in $(BENCH_OUT); the run ends with the one
# table of issue 10's measures (scripts/bench-summary.py), kept in the README.
BENCH_OUT ?= $(BUILD)/bench-results
bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target precis_bench
	@rm -rf $(BENCH_OUT) && mkdir -p $(BENCH_OUT)
	./$(BUILD)/precis_bench --benchmark_min_time=0.2 --benchmark_repetitions=3 \
	  --benchmark_report_aggregates_only=true \
	  --benchmark_out=$(BENCH_OUT)/precis_bench.json --benchmark_out_format=json
	PRECIS_BENCH_RESULTS=$(BENCH_OUT)/results.jsonl python3 scripts/bench-startup.py $(BUILD)
	PRECIS_BENCH_RESULTS=$(BENCH_OUT)/results.jsonl python3 scripts/bench-rouge.py $(BUILD) 21
	PRECIS_BENCH_RESULTS=$(BENCH_OUT)/results.jsonl bash scripts/bench-datasets.sh $(BUILD)
	python3 scripts/bench-serve.py $(BUILD)
	python3 scripts/bench-store.py $(BUILD)
	python3 scripts/bench-store.py $(BUILD) --postgres --articles 6000
	@echo
	@echo "== Summary (issue 10's measures; $(BENCH_OUT))"
	@python3 scripts/bench-summary.py $(BENCH_OUT)/results.jsonl $(BENCH_OUT)/precis_bench.json

# A Debian package (precis_<version>_<arch>.deb in $(BUILD)): the binaries, the public headers,
# libprecis (static and shared), precis.pc, the CMake package, the man page, bash completion
# and the Python module.
deb: build
	cd $(BUILD) && cpack -G DEB

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
