# The two commands of the README: `make demo` and `make test`. Both install
# whatever Debian package is missing, configure and build in Release, then
# run the demo or the whole suite.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_PROFILE ?= examples/profiles/semh-two-cycles.yaml
DEMO_RULES ?= rules/examples/ordinarily-available.yaml

PACKAGES := cmake make g++ libyaml-cpp-dev libboost-dev libfmt-dev catch2 \
            libcli11-dev nlohmann-json3-dev

.PHONY: all deps configure build demo test clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release > $(BUILD).configure.log 2>&1 || \
	  { cat $(BUILD).configure.log; exit 1; }

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./$(BUILD)/apdr eval --rules $(DEMO_RULES) $(DEMO_PROFILE)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(BUILD).configure.log
