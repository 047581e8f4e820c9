/*
 * The commitment record shared by extract and report, and its CSV columns.
 *
 * Ownership: a struct record owns its field strings (NUL-terminated UTF-8,
 * kept one after another in one malloc'd block, so that a row costs one
 * allocation rather than one per cell); record_clear frees them and leaves
 * the record empty. A string from record_get stays valid until the record
 * is next set or cleared. The column table is static and never freed.
 */
#ifndef COMMON_RECORD_H
#define COMMON_RECORD_H

#include <stddef.h>

/* The CSV columns, in the order they are written. */
enum field {
	FIELD_ID,
	FIELD_SOURCE,
	FIELD_LINE,
	FIELD_ARTICLE,
	FIELD_ORG,
	FIELD_PERSON,
	FIELD_METRIC,
	FIELD_MODALITY,
	FIELD_COMPARATOR,
	FIELD_VALUE,
	FIELD_VALUE_MAX,
	FIELD_UNIT,
	FIELD_PERIOD,
	FIELD_QUOTE,
	FIELD_NOTE,
	FIELD_COUNT
};

struct column {
	const char *key;   /* English key, for --header=en */
	const char *label; /* Chinese label, the default header */
};

extern const struct column record_columns[FIELD_COUNT];

struct record {
	char *text;                 /* the set fields' strings; text[0] is '\0' */
	size_t used, cap;           /* bytes of text in use and allocated */
	unsigned at[FIELD_COUNT];   /* where field f starts in text; 0: unset */
};

/* Finds the column named by a header cell, Chinese label or English key
 * (case-insensitive for the key); returns the field or -1. */
int record_field_by_name(const char *name, size_t len);

/* Copies s[0..len) into field f, replacing what was there.
 * Returns 0, or -1 when memory runs out. */
int record_set(struct record *r, enum field f, const char *s, size_t len);

/* Like record_set for a NUL-terminated string (NULL clears the field). */
int record_set_str(struct record *r, enum field f, const char *s);

/* Makes room for bytes more bytes of fields, so that setting them
 * allocates no more. Returns 0, or -1 when memory runs out. */
int record_reserve(struct record *r, size_t bytes);

/* Returns field f, or "" when it is unset; never NULL. */
const char *record_get(const struct record *r, enum field f);

/* Whether field f was set (to a string, maybe empty). */
int record_has(const struct record *r, enum field f);

/* Frees every field; the record is then empty and reusable. */
void record_clear(struct record *r);

/* A growable list of records; it owns them. */
struct record_list {
	struct record *v;
	size_t n, cap;
};

/* Appends an empty record and returns it, or NULL when memory runs out. */
struct record *record_list_add(struct record_list *l);

/* Removes the last record (freeing its fields). */
void record_list_pop(struct record_list *l);

/* Frees every record and the list's storage. */
void record_list_free(struct record_list *l);

/* Whether a CSV cell starting with c would be run as a formula by a
 * spreadsheet (= + - @, tab, CR): the writer puts an apostrophe before
 * such a cell and the reader takes it off again. */
int cell_formula_lead(char c);

/* Comparators: the words written in the CSV and the signs a briefing prints. */
enum comparator {
	CMP_EQ,     /* 达到: 达到/达/为, or no qualifier */
	CMP_GE,     /* 以上: 以上/不低于/不少于 */
	CMP_GT,     /* 超过: 超/超过/突破/过 */
	CMP_APPROX, /* 左右: 左右/约 */
	CMP_LE,     /* 以内: 以内/不超过/控制在…以内 */
	CMP_LT,     /* 低于 */
	CMP_RANGE,  /* 区间: A–B */
	CMP_COUNT
};

/* The CSV word of a comparator (达到, 以上 …). */
const char *comparator_word(enum comparator c);

/* The sign a briefing prints before the value (≥, >, 约 …); "" for 达到. */
const char *comparator_sign(enum comparator c);

/* Parses a comparator cell: the CSV word, or the signs and ASCII forms a
 * clerk may type (>=, ≥, ~ …); an empty cell is 达到. Returns the comparator
 * or -1. */
int comparator_parse(const char *s, size_t len);

#endif
