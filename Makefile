# pyco — build, run and test.
#
#   make            build ./pyco (objects and generated C go to build/)
#   make run        build, then start the REPL (make run FILE=examples/01_generator.py runs a file)
#   make test       build, then run every test in tests/ (and check them against python3)
#   make test-asan  the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make test-gcstress  the same with a collection at every safe point
#   make bench      time tests/bench/ against CPython (and Lua where a twin exists)
#   make install PREFIX=/usr/local DESTDIR=
#   make clean

CC      ?= cc
CFLAGS  ?= -O2 -g
override CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Isrc -Ibuild/gen
# libtommath is linked statically when its archive is there: one shared library fewer to map
# at every start (b7 measures start-up). libedit is not linked at all: the REPL dlopens it.
TOMMATH_STATIC := -Wl,-Bstatic -ltommath -Wl,-Bdynamic
TOMMATH := $(if $(wildcard /usr/lib/*/libtommath.a /usr/lib/libtommath.a),$(TOMMATH_STATIC),-ltommath)
LDLIBS  += $(TOMMATH) -ldl -lpthread -lm
PREFIX  ?= /usr/local

BUILD   ?= build
GEN     := build/gen
SOURCES := $(wildcard src/*.c)
OBJECTS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SOURCES)) $(BUILD)/obj/lexer_gen.o $(BUILD)/obj/parser_gen.o

# The binary goes to ./pyco for the default build, to $(BUILD)/pyco for the sanitizer and
# GC-stress builds (which set BUILD so that their objects never mix with the default ones).
ifeq ($(BUILD),build)
TARGET  := pyco
else
TARGET  := $(BUILD)/pyco
endif

# Debian packages that provide the build tools and libraries.
TOOLS_OK := $(shell command -v re2c >/dev/null && command -v lemon >/dev/null && test -f /usr/include/tommath.h && ls /usr/lib/*/libedit.so.2 >/dev/null 2>&1 && echo yes)
PACKAGES := re2c lemon libtommath-dev libedit2

.PHONY: all run test test-asan test-gcstress bench install clean tools

all: tools $(TARGET)

tools:
ifneq ($(TOOLS_OK),yes)
	@if [ "$$(id -u)" = 0 ]; then \
		echo "installing build tools: $(PACKAGES)"; \
		if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGES) >/dev/null 2>&1; then \
			echo "first attempt failed: running apt-get update, then retrying"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGES); \
		fi; \
	else \
		echo "pyco needs: $(PACKAGES). Install them with:"; \
		echo "    sudo apt-get update && sudo apt-get install -y $(PACKAGES)"; exit 1; \
	fi
endif

pyco $(BUILD)/pyco: $(OBJECTS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJECTS) $(LDLIBS)

$(GEN)/lexer_gen.c: grammar/lexer.re $(GEN)/parser.h | $(GEN)
	re2c -W --no-generation-date -c -o $@ $<

$(GEN)/parser.c $(GEN)/parser.h: grammar/parser.y | $(GEN)
	cp grammar/parser.y $(GEN)/parser.y
	lemon -q -T/usr/share/lemon/lempar.c -d$(GEN) $(GEN)/parser.y
	touch $(GEN)/parser.c $(GEN)/parser.h

$(BUILD)/obj/lexer_gen.o: $(GEN)/lexer_gen.c | $(BUILD)/obj
	$(CC) $(CFLAGS) -Wno-unused-function -c -o $@ $<

$(BUILD)/obj/parser_gen.o: $(GEN)/parser.c | $(BUILD)/obj
	$(CC) $(CFLAGS) -Wno-unused-function -Wno-unused-variable -c -o $@ $<

# The bytecode loop: keep one indirect jump per instruction (better branch
# prediction) and stop GCC packing pc and sp into vector registers.
$(BUILD)/obj/vm.o: CFLAGS += --param max-goto-duplication-insns=100 -fno-tree-slp-vectorize

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) $(GEN)/parser.h | $(BUILD)/obj
	$(CC) $(CFLAGS) -c -o $@ $<

$(GEN) $(BUILD)/obj:
	mkdir -p $@

run: all
	./pyco $(FILE)

# ---- tests -----------------------------------------------------------------------------------
# TESTS=tests/basics restricts the run to some folders or files; PYCO=... selects the binary
# that `make test` and `make bench` run (e.g. PYCO=build/asan/pyco after a test-asan build).
PYCO    ?= ./pyco
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

test: all
	PYCO=$(PYCO) tests/run.sh $(TESTS)

test-asan: tools
	$(MAKE) BUILD=build/asan CFLAGS='$(SAN_FLAGS)' LDFLAGS='-fsanitize=address,undefined' build/asan/pyco
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		TIMEOUT=60 PYCO=build/asan/pyco tests/run.sh $(TESTS)

test-gcstress: tools
	$(MAKE) BUILD=build/gcstress CFLAGS='-O1 -g -DGC_STRESS' build/gcstress/pyco
	TIMEOUT=60 PYCO=build/gcstress/pyco tests/run.sh $(TESTS)

bench: all
	PYCO=$(PYCO) tests/bench/run.sh $(BENCH)

# ---- install ---------------------------------------------------------------------------------
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pyco
	install -m 755 pyco $(DESTDIR)$(PREFIX)/bin/pyco
	cd stdlib && find . -type f -name '*.py' | while read -r f; do \
		install -D -m 644 "$$f" "$(DESTDIR)$(PREFIX)/lib/pyco/$$f"; done

clean:
	rm -rf build pyco
