# Briefings of numeric commitments: bin/extract (text -> CSV) and
# bin/report (CSV -> PDF). See README.md.

CC      ?= cc
# -O3 with link-time optimisation: the UTF-8 and pattern helpers are
# called across files in the hot loops (about 10% of extract's time).
CFLAGS  ?= -O3 -g -flto=auto
LDFLAGS ?= -flto=auto
# extract matches a large document with two threads.
LDLIBS_THREADS := -pthread
WARN    := -std=c17 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-missing-field-initializers
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -MMD -MP

# Debian packages the build, the tests and `make run` need; `make deps`
# installs whichever are missing.
DEB_BUILD := gcc make pkg-config libpcre2-dev libcsv-dev libhpdf-dev \
             libharfbuzz-dev libfontconfig-dev
DEB_FONTS := fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-microhei \
             fonts-arphic-uming fonts-liberation2
DEB_TEST  := python3 poppler-utils qpdf clang time libreoffice-calc-nogui
# The XeLaTeX peer: ctex with texlive-lang-chinese (xeCJK comes with it),
# fontspec and xcolor with texlive-latex-recommended; longtable, array,
# colortbl, geometry and fancyhdr are in texlive-latex-base, which
# texlive-xetex pulls in.
DEB_BENCH := pcre2-utils python3-reportlab time bc texlive-xetex \
             texlive-lang-chinese texlive-latex-recommended
DEB_PACKAGES := $(DEB_BUILD) $(DEB_FONTS) $(DEB_TEST)

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
HB_CFLAGS    := $(shell pkg-config --cflags harfbuzz-subset harfbuzz fontconfig 2>/dev/null)
HB_LIBS      := $(shell pkg-config --libs harfbuzz-subset harfbuzz fontconfig 2>/dev/null || echo -lharfbuzz-subset -lharfbuzz -lfontconfig)
# libhpdf-dev ships no .pc file.
HPDF_LIBS    := -lhpdf

BUILD ?= build/$(notdir $(CC))
BIN   ?= bin

COMMON_SRC  := common/record.c common/diag.c common/utf8.c common/decode.c \
               common/outfile.c common/parallel.c common/currency.c \
               common/proc.c common/strindex.c common/table.c
# In the order a document goes through them.
EXTRACT_SRC := extract/lexicon.c extract/patterns.c extract/numerals.c \
               extract/normalise.c extract/layout.c extract/docinfo.c \
               extract/attribution.c extract/clauses.c extract/quantity.c \
               extract/sentence.c extract/tense.c extract/exclude.c \
               extract/reason.c extract/period.c extract/modality.c \
               extract/comparator.c extract/metric.c extract/lists.c \
               extract/subjects.c extract/tables.c \
               extract/match.c extract/ids.c extract/explain.c \
               extract/prepare.c extract/csv_write.c
REPORT_SRC  := report/layout_model.c report/fonts.c report/pdf_fonts.c \
               report/pdf_device.c report/linebreak.c report/summary.c \
               report/briefing.c report/csv_read.c report/changes.c
COMMON_OBJ  := $(COMMON_SRC:%.c=$(BUILD)/%.o)
EXTRACT_OBJ := $(EXTRACT_SRC:%.c=$(BUILD)/%.o)
REPORT_OBJ  := $(REPORT_SRC:%.c=$(BUILD)/%.o)
MERGE_SRC   := merge/merge.c
MERGE_OBJ   := $(MERGE_SRC:%.c=$(BUILD)/%.o)

UNIT_TESTS := $(BIN)/test_numerals $(BIN)/test_patterns $(BIN)/test_rules \
              $(BIN)/test_pdf $(BIN)/test_csv_read $(BIN)/test_utf8

.PHONY: all deps deps-bench run test check regen bench clean objects asan tsan fuzz fuzz-syntax nightly
.DELETE_ON_ERROR:

all: $(BIN)/extract $(BIN)/report $(BIN)/merge

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -pthread $(PCRE2_CFLAGS) $(HB_CFLAGS) -c $< -o $@

$(BIN)/extract: $(BUILD)/extract/main.o $(EXTRACT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PCRE2_LIBS) -lcsv $(LDLIBS_THREADS)

$(BIN)/report: $(BUILD)/report/main.o $(REPORT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(HPDF_LIBS) $(HB_LIBS) -lcsv -lm $(LDLIBS_THREADS)

$(BIN)/merge: $(BUILD)/merge/main.o $(MERGE_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ -lcsv -lm $(LDLIBS_THREADS)

$(BIN)/test_numerals: $(BUILD)/tests/unit/test_numerals.o $(BUILD)/extract/numerals.o $(BUILD)/common/utf8.o
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@

$(BIN)/test_utf8: $(BUILD)/tests/unit/test_utf8.o $(BUILD)/common/utf8.o
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@

$(BIN)/test_patterns: $(BUILD)/tests/unit/test_patterns.o $(EXTRACT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PCRE2_LIBS) -lcsv $(LDLIBS_THREADS)

$(BIN)/test_rules: $(BUILD)/tests/unit/test_rules.o $(EXTRACT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PCRE2_LIBS) -lcsv $(LDLIBS_THREADS)

$(BIN)/test_csv_read: $(BUILD)/tests/unit/test_csv_read.o $(REPORT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(HPDF_LIBS) $(HB_LIBS) -lcsv -lm $(LDLIBS_THREADS)

$(BIN)/test_pdf: $(BUILD)/tests/unit/test_pdf.o $(REPORT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(BIN)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(HPDF_LIBS) $(HB_LIBS) -lcsv -lm $(LDLIBS_THREADS)

# Installs the Debian packages above that are missing (as root or with
# sudo); does nothing when all are there.
deps:
	@./tests/deps.sh $(DEB_PACKAGES)

deps-bench:
	@./tests/deps.sh $(DEB_PACKAGES) $(DEB_BENCH)

# The fault-injection shim the output tests load with LD_PRELOAD; built
# without sanitizers, which do not instrument it.
$(BIN)/faultshim.so: tests/tools/faultshim.c
	@mkdir -p $(BIN)
	$(CC) -std=c17 -Wall -Wextra -Werror -O1 -g -shared -fPIC $< -o $@ -ldl

# Runs the tool on samples/ and says where the results are.
run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p out
	$(BIN)/extract samples/*.txt -o out/samples.csv
	$(BIN)/report out/samples.csv -o out/samples.pdf
	@echo "CSV: out/samples.csv"
	@echo "PDF: out/samples.pdf"

# One night: make nightly IN=texts/ OUT=out/ [NIGHTLY_FLAGS=--all]. See
# nightly/nightly.1.
nightly: all
	@if [ -z "$(IN)" ] || [ -z "$(OUT)" ]; then \
		echo "usage: make nightly IN=DIR OUT=DIR [NIGHTLY_FLAGS=...]" >&2; exit 2; fi
	@nightly/nightly $(NIGHTLY_FLAGS) "$(IN)" "$(OUT)"

test: deps
	@$(MAKE) --no-print-directory check

check: all $(UNIT_TESTS) $(BIN)/faultshim.so
	@BIN=$(BIN) ./tests/run

# Every object, for a compiler's warnings alone (tests/run builds them with
# clang as well).
objects: $(COMMON_OBJ) $(EXTRACT_OBJ) $(REPORT_OBJ) $(MERGE_OBJ) \
    $(BUILD)/extract/main.o $(BUILD)/report/main.o $(BUILD)/merge/main.o

# The tests again on binaries built with AddressSanitizer and UBSan, kept
# apart in build/asan and bin/asan.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
             -fno-omit-frame-pointer
asan: deps
	@SANITIZED=1 $(MAKE) --no-print-directory BUILD=build/asan BIN=bin/asan \
	    CFLAGS="-O1 -g $(SAN_FLAGS)" LDFLAGS="$(SAN_FLAGS)" check

# The tests again under ThreadSanitizer, for the threads that read, fold
# and match a large input (the command-line tests give them 9 MB).
tsan: deps
	@$(MAKE) --no-print-directory BUILD=build/tsan BIN=bin/tsan \
	    CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread" check

# libFuzzer targets (clang): any bytes through extract, through report's
# CSV reader and layout, and through the numeral parser, FUZZ_SECONDS each;
# the grown corpus and any crash or timeout input are kept in build/fuzz.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer,address,undefined \
              -fno-sanitize-recover=undefined
FUZZ_TARGETS := bin/fuzz/extract bin/fuzz/csv_read bin/fuzz/numerals
bin/fuzz/extract: tests/fuzz/fuzz_extract.c $(EXTRACT_SRC) $(COMMON_SRC)
bin/fuzz/csv_read: tests/fuzz/fuzz_csv_read.c $(REPORT_SRC) $(COMMON_SRC)
bin/fuzz/numerals: tests/fuzz/fuzz_numerals.c extract/numerals.c common/utf8.c
$(FUZZ_TARGETS):
	@mkdir -p bin/fuzz
	clang $(WARN) -D_POSIX_C_SOURCE=200809L -pthread $(FUZZ_FLAGS) \
	    $(PCRE2_CFLAGS) $(HB_CFLAGS) $^ -o $@ $(PCRE2_LIBS) $(HPDF_LIBS) \
	    $(HB_LIBS) -lcsv -lm
# The fuzz targets' sources checked against today's headers (check runs
# it: a target that no longer builds is found the day its API changes).
fuzz-syntax:
	@for f in tests/fuzz/fuzz_*.c; do \
		clang $(WARN) -D_POSIX_C_SOURCE=200809L -fsyntax-only \
		    $(PCRE2_CFLAGS) $(HB_CFLAGS) $$f || exit 1; \
	done

fuzz: deps $(FUZZ_TARGETS)
	@mkdir -p build/fuzz
	@for t in $(FUZZ_TARGETS); do \
		n=$$(basename $$t); \
		mkdir -p build/fuzz/$$n; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
		$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
		    -artifact_prefix=build/fuzz/$$n- \
		    build/fuzz/$$n tests/fuzz/corpus >build/fuzz/$$n.log 2>&1 \
		    || { tail -n 30 build/fuzz/$$n.log; exit 1; }; \
		tail -n 1 build/fuzz/$$n.log; \
	done

# Shows how each golden file would change and asks before replacing it.
regen: all
	@./tests/regen

bench: deps-bench
	@$(MAKE) --no-print-directory all
	@./tests/bench.sh

clean:
	rm -rf build bin out tests/tmp

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
