# The two commands of the README: `make demo` and `make test`. Both install
# whatever Debian package is missing, configure and build in Release, then
# run the demo or the whole suite.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_PROFILE ?= examples/profiles/semh-two-cycles.yaml
DEMO_RULES ?= rules/examples/ordinarily-available.yaml

PACKAGES := cmake make g++ libyaml-cpp-dev libboost-dev libfmt-dev catch2 \
            libcli11-dev nlohmann-json3-dev libsimdjson-dev
# The HTML report is tested in a real browser (tests/browser).
TEST_PACKAGES := chromium python3 python3-jsonschema python3-yaml time
# Only `make bench` needs these; `make test` never builds a benchmark.
BENCH_PACKAGES := libbenchmark-dev python3

.PHONY: all deps configure build demo test bench clean test-sanitize fuzz fuzz-deps test-deps package

all: build

# $(call install_missing,PACKAGES): apt-get installs those of PACKAGES that
# dpkg does not list as installed (with sudo unless already root).
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef

deps:
	$(call install_missing,$(PACKAGES))

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release > $(BUILD).configure.log 2>&1 || \
	  { cat $(BUILD).configure.log; exit 1; }

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./$(BUILD)/apdr eval --rules $(DEMO_RULES) $(DEMO_PROFILE)

# The browser and schema tests need these; if they cannot be installed, those
# tests skip (and say so) rather than stopping the rest of the suite.
test-deps:
	-$(call install_missing,$(TEST_PACKAGES))

test: build test-deps
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, in
# its own build folder. -O1 keeps the run short; any report fails the test.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
                UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

test-sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAPDR_SANITIZE=ON \
	  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" > $(SANITIZE_BUILD).configure.log 2>&1 || \
	  { cat $(SANITIZE_BUILD).configure.log; exit 1; }
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	$(SANITIZE_ENV) ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

# libFuzzer targets (tests/fuzz/), built with clang in their own folder and
# run for FUZZ_SECONDS each from a seed corpus of the shipped files. New
# inputs go to $(FUZZ_BUILD)/corpus/<target>; a crash is written to
# $(FUZZ_BUILD)/crashes/ and stops the run: copy it into
# tests/fuzz/regressions/<target>/ once fixed. An input may take 30 s before
# it counts as a hang: a rule set that runs in 0.2 s alone was once timed out
# at 10 s on a loaded machine.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz_expression fuzz_rule_set fuzz_profile fuzz_rule_test fuzz_column_map fuzz_json_row
FUZZ_PACKAGES := clang libclang-rt-dev

fuzz-deps: deps
	$(call install_missing,$(FUZZ_PACKAGES))

fuzz: fuzz-deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DAPDR_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" \
	  > $(FUZZ_BUILD).configure.log 2>&1 || { cat $(FUZZ_BUILD).configure.log; exit 1; }
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS)
	@mkdir -p $(FUZZ_BUILD)/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  tests/fuzz/build_corpus.sh $$t $(FUZZ_BUILD)/seeds/$$t || exit 1; \
	  echo "== $$t for $(FUZZ_SECONDS)s"; \
	  ./$(FUZZ_BUILD)/tests/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=2048 \
	    -max_len=65536 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- \
	    -dict=tests/fuzz/$$t.dict $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/seeds/$$t \
	    tests/fuzz/regressions/$$t || exit 1; \
	done

# The benchmarks of docs/performance.md, in one run: Google Benchmark for
# evaluation (engine against hand-written C++), batch throughput and compile
# time, then eval with process start and batch on a generated cohort.
bench:
	@$(MAKE) --no-print-directory deps PACKAGES="$(PACKAGES) $(BENCH_PACKAGES)"
	@cmake -S bench -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release > $(BUILD)-bench.configure.log 2>&1 || \
	  { cat $(BUILD)-bench.configure.log; exit 1; }
	cmake --build $(BUILD)-bench -j $(JOBS) --target apdr_bench apdr
	./$(BUILD)-bench/apdr_bench --benchmark_counters_tabular=true
	python3 bench/process_bench.py ./$(BUILD)-bench/apdr/apdr

# A .deb of apdr, its rule sets and man page, built with CPack.
package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) $(BUILD).configure.log $(BUILD)-bench $(BUILD)-bench.configure.log
