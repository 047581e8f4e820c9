# Briefings of numeric commitments: bin/extract (text -> CSV) and
# bin/report (CSV -> PDF). See README.md.

CC      ?= cc
CFLAGS  ?= -O2 -g
# extract matches a large document with two threads.
LDLIBS_THREADS := -pthread
WARN    := -std=c17 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-missing-field-initializers
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -MMD -MP

# Debian packages the build, the tests and `make run` need; `make deps`
# installs whichever are missing.
DEB_BUILD := gcc make pkg-config libpcre2-dev libcsv-dev libhpdf-dev \
             libharfbuzz-dev
DEB_FONTS := fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-microhei \
             fonts-arphic-uming
DEB_TEST  := python3 poppler-utils qpdf clang
DEB_BENCH := pcre2-utils python3-reportlab time bc
DEB_PACKAGES := $(DEB_BUILD) $(DEB_FONTS) $(DEB_TEST)

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
HB_CFLAGS    := $(shell pkg-config --cflags harfbuzz-subset harfbuzz 2>/dev/null)
HB_LIBS      := $(shell pkg-config --libs harfbuzz-subset harfbuzz 2>/dev/null || echo -lharfbuzz-subset -lharfbuzz)
# libhpdf-dev ships no .pc file.
HPDF_LIBS    := -lhpdf

BUILD := build/$(notdir $(CC))

COMMON_SRC  := common/record.c common/diag.c common/utf8.c common/decode.c \
               common/outfile.c
EXTRACT_SRC := extract/numerals.c extract/normalise.c extract/segment.c \
               extract/patterns.c extract/clauses.c extract/quantity.c \
               extract/cues.c extract/match.c extract/csv_write.c
REPORT_SRC  := report/layout_model.c report/fonts.c report/pdf_fonts.c \
               report/pdf_device.c report/linebreak.c report/summary.c \
               report/briefing.c report/csv_read.c
COMMON_OBJ  := $(COMMON_SRC:%.c=$(BUILD)/%.o)
EXTRACT_OBJ := $(EXTRACT_SRC:%.c=$(BUILD)/%.o)
REPORT_OBJ  := $(REPORT_SRC:%.c=$(BUILD)/%.o)

UNIT_TESTS := bin/test_numerals bin/test_patterns bin/test_pdf \
              bin/test_csv_read

.PHONY: all deps deps-bench run test check regen bench clean
.DELETE_ON_ERROR:

all: bin/extract bin/report

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -pthread $(PCRE2_CFLAGS) $(HB_CFLAGS) -c $< -o $@

bin/extract: $(BUILD)/extract/main.o $(EXTRACT_OBJ) $(COMMON_OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PCRE2_LIBS) -lcsv $(LDLIBS_THREADS)

bin/report: $(BUILD)/report/main.o $(REPORT_OBJ) $(COMMON_OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(HPDF_LIBS) $(HB_LIBS) -lcsv -lm

bin/test_numerals: $(BUILD)/tests/unit/test_numerals.o $(BUILD)/extract/numerals.o $(BUILD)/common/utf8.o
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@

bin/test_patterns: $(BUILD)/tests/unit/test_patterns.o $(EXTRACT_OBJ) $(COMMON_OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PCRE2_LIBS) -lcsv $(LDLIBS_THREADS)

bin/test_csv_read: $(BUILD)/tests/unit/test_csv_read.o $(REPORT_OBJ) $(COMMON_OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(HPDF_LIBS) $(HB_LIBS) -lcsv -lm

bin/test_pdf: $(BUILD)/tests/unit/test_pdf.o $(REPORT_OBJ) $(COMMON_OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(HPDF_LIBS) $(HB_LIBS) -lcsv -lm

# Installs the Debian packages above that are missing (as root or with
# sudo); does nothing when all are there.
deps:
	@./tests/deps.sh $(DEB_PACKAGES)

deps-bench:
	@./tests/deps.sh $(DEB_PACKAGES) $(DEB_BENCH)

# Runs the tool on samples/ and says where the results are.
run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p out
	bin/extract samples/*.txt -o out/samples.csv
	bin/report out/samples.csv -o out/samples.pdf
	@echo "CSV: out/samples.csv"
	@echo "PDF: out/samples.pdf"

test: deps
	@$(MAKE) --no-print-directory check

check: all $(UNIT_TESTS)
	@./tests/run

# Shows how each golden file would change and asks before replacing it.
regen: all
	@./tests/regen

bench: deps-bench
	@$(MAKE) --no-print-directory all
	@./tests/bench.sh

clean:
	rm -rf build bin out tests/tmp

-include $(shell find build -name '*.d' 2>/dev/null)
