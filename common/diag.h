/*
 * Diagnostics: one table of messages with their severities, printed to
 * stderr as "file:line:col: LEVEL: text" (columns count characters, from 1).
 * The worst level seen decides the exit status, as in mandoc.
 *
 * Ownership: nothing is allocated; the file name passed in is only read
 * while the message is printed.
 */
#ifndef COMMON_DIAG_H
#define COMMON_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_level {
	DIAG_NOTE,    /* informational; exit 0 */
	DIAG_WARNING, /* repaired, output complete; exit 0 */
	DIAG_ERROR,   /* some input not processed; exit 1 */
	DIAG_FATAL,   /* usage or system error, no output; exit 2 */
};

/* Every message either program prints. X(name, level, format). */
#define DIAG_TABLE \
	X(D_USAGE,          DIAG_FATAL,   "%s") \
	X(D_NO_INPUT,       DIAG_FATAL,   "no input files (try --help)") \
	X(D_OPEN,           DIAG_ERROR,   "cannot read: %s") \
	X(D_OUTPUT,         DIAG_FATAL,   "cannot write: %s") \
	X(D_SAME_FILE,      DIAG_FATAL,   "is also the input %s: refusing to write over it") \
	X(D_ALL_FAILED,     DIAG_FATAL,   "no input could be read; %s") \
	X(D_NO_NAME,        DIAG_FATAL,   "-o needs a file name") \
	X(D_NOMEM,          DIAG_FATAL,   "out of memory") \
	X(D_SYSTEM,         DIAG_FATAL,   "cannot read: %s (a limit of the system, not of this file)") \
	X(D_EMPTY,          DIAG_WARNING, "empty input: no rows") \
	X(D_BINARY,         DIAG_ERROR,   "not a text file (byte 0x%02X at byte offset %zu); skipped") \
	X(D_BAD_UTF8,       DIAG_WARNING, "invalid UTF-8 byte 0x%02X at byte offset %zu; replaced by U+FFFD") \
	X(D_BAD_BYTES_MORE, DIAG_WARNING, "%zu more invalid bytes not listed") \
	X(D_BAD_GB18030,    DIAG_WARNING, "invalid GB18030 byte 0x%02X at byte offset %zu; replaced by U+FFFD") \
	X(D_BAD_UTF16,      DIAG_WARNING, "invalid code unit at byte offset %zu; replaced by U+FFFD") \
	X(D_NUL,            DIAG_WARNING, "NUL byte at byte offset %zu; read as a space") \
	X(D_NUL_MORE,       DIAG_WARNING, "%zu more NUL bytes not listed") \
	X(D_GB18030,        DIAG_NOTE,    "not UTF-8; read as GB18030") \
	X(D_WIDE,           DIAG_NOTE,    "read as %s (byte order mark)") \
	X(D_BOM_GB18030,    DIAG_WARNING, "UTF-8 byte order mark, but the text is GB18030; read as GB18030") \
	X(D_MIXED,          DIAG_WARNING, "two encodings: GB18030 from byte offset %zu, UTF-8 from byte offset %zu; each part read in its own") \
	X(D_MIXED_BAD,      DIAG_WARNING, "%zu bytes valid in neither encoding, the first at or after byte offset %zu; replaced by U+FFFD") \
	X(D_TOO_LARGE,      DIAG_ERROR,   "larger than %zu bytes (raise with --max-input); skipped") \
	X(D_PATTERN,        DIAG_FATAL,   "internal pattern %s: %s at offset %zu") \
	X(D_MATCH_LIMIT,    DIAG_WARNING, "pattern %s gave up on this sentence (%s); sentence skipped") \
	X(D_SECTION,        DIAG_NOTE,    "section judged %s from here: %.*s") \
	X(D_NO_TARGETS,     DIAG_WARNING, "no targets found; %zu numbers judged past, %zu not commitments (--explain lists them)") \
	X(D_SENTENCE_PARTS, DIAG_WARNING, "sentence with more than %d numbers read in parts") \
	X(D_CSV_SYNTAX,     DIAG_ERROR,   "%s") \
	X(D_CSV_RAGGED,     DIAG_ERROR,   "row has %zu fields, the header has %zu") \
	X(D_CSV_NO_COLUMN,  DIAG_ERROR,   "no %s column (%s); file skipped") \
	X(D_CSV_UNKNOWN,    DIAG_NOTE,    "unknown column \"%s\" ignored") \
	X(D_CSV_DUP_COLUMN, DIAG_WARNING, "column \"%s\" appears twice; the first is used") \
	X(D_CSV_NUMBER,     DIAG_ERROR,   "%s \"%s\" is not a number") \
	X(D_CSV_PERCENT,    DIAG_ERROR,   "%s \"%s\" has a percent sign but the unit is \"%s\"") \
	X(D_CSV_RANGE,      DIAG_WARNING, "upper bound %s is below the value %s") \
	X(D_CSV_INEXACT,    DIAG_ERROR,   "%s \"%s\" cannot be printed exactly (more than 15 significant digits, or beyond 2^53 or below 1E-9)") \
	X(D_CSV_COMPARATOR, DIAG_ERROR,   "comparator \"%s\" is not one of 达到 以上 超过 左右 以内 低于 区间") \
	X(D_CSV_EMPTY_CELL, DIAG_ERROR,   "%s is empty") \
	X(D_CSV_NO_ROWS,    DIAG_WARNING, "no commitment rows") \
	X(D_MERGE_NO_ID,    DIAG_FATAL,   "no 编号/id column: rows cannot be matched; left as it was") \
	X(D_MERGE_CONFLICT, DIAG_WARNING, "row %s: edited here and changed in the text; this row is kept, the text's reading is in 备注") \
	X(D_MERGE_VANISHED, DIAG_WARNING, "row %s: no longer in the text; kept, flagged in 备注") \
	X(D_MERGE_SUMMARY,  DIAG_NOTE,    "merged: %zu updated from the text, %zu as edited here (%zu in conflict), %zu new, %zu deleted here stay deleted, %zu gone from the text, %zu added here") \
	X(D_PREVIOUS,       DIAG_WARNING, "the previous briefing's rows cannot be read; rows are not marked 新增/已修改") \
	X(D_FONT,           DIAG_FATAL,   "font %s: %s") \
	X(D_FONT_STAND_IN,  DIAG_WARNING, "no %s face is installed (%s, %s …): %s stands in (--font %s=FAMILY names one)") \
	X(D_FONT_TEMP,      DIAG_FATAL,   "font %s: temporary subset file %s: %s") \
	X(D_GLYPH,          DIAG_WARNING, "character U+%04X is in no configured font; drawn as %s") \
	X(D_GLYPH_MORE,     DIAG_WARNING, "%zu more uses of characters in no configured font, not listed; drawn as 〓") \
	X(D_PDF,            DIAG_FATAL,   "PDF library error 0x%04X (detail %u)") \
	X(D_STRICT,         DIAG_FATAL,   "--strict: %zu error(s) in the input; no PDF written")

enum diag_id {
#define X(name, level, fmt) name,
	DIAG_TABLE
#undef X
	DIAG_COUNT
};

/* Where a message points: file, 1-based line and column; 0 omits them. */
struct diag_loc {
	const char *file;
	size_t line;
	size_t col;
};

/* Prints message id at loc to stderr and records its level. */
void diag(enum diag_id id, const struct diag_loc *loc, ...);

/* The program name printed when loc has no file ("extract", "report"). */
void diag_set_program(const char *name);

/* The worst level printed so far, or -1 when nothing was printed. */
int diag_worst(void);

/* How many messages of level lvl were printed. */
size_t diag_count(enum diag_level lvl);

/* The exit status for the worst level: 0, 1 or 2. */
int diag_exit_status(void);

/* Resets the counters (used by tests and between runs). */
void diag_reset(void);

/* Suppresses notes unless verbose is set (the default prints them). */
void diag_set_quiet_notes(int quiet);

/* Sends messages to fp instead of stderr (NULL: back to stderr); the
 * fuzz targets silence them this way and keep stderr for libFuzzer. */
void diag_set_stream(FILE *fp);

/* Sends the calling thread's messages to fp (NULL: back to the common
 * stream), so that a file's messages can be printed in the order of the
 * files whatever thread extracted it. Levels are counted as usual. */
void diag_capture(FILE *fp);

/* The worst level and the counts so far, to be put back after work whose
 * messages do not count (report reading the previous briefing's rows,
 * which were reported the night they were briefed). Not for threads. */
struct diag_state {
	int worst;
	size_t counts[DIAG_FATAL + 1];
};
void diag_save(struct diag_state *st);
void diag_restore(const struct diag_state *st);

#endif
