/*
 * A CSV as a clerk's spreadsheet left it: every cell as text, the header
 * as written (Chinese labels, English keys or columns of the clerk's own,
 * in any order), and the form of the file — encoding, byte order mark,
 * line ends, delimiter — so that it can be written back the same way.
 * merge reads three of these; report reads its commitments with its own,
 * checking reader (report/csv_read.c).
 *
 * Ownership: a struct table owns its cells; table_free releases them.
 */
#ifndef COMMON_TABLE_H
#define COMMON_TABLE_H

#include <stddef.h>
#include <stdio.h>

#include "decode.h"
#include "record.h"

struct table_form {
	enum text_encoding enc; /* written back in it (mixed: UTF-8) */
	int bom;                /* a byte order mark was there */
	int crlf;               /* records end with CR LF */
	char delim;             /* ',' or '\t' */
};

struct table {
	size_t ncols;
	char **header;          /* ncols cells */
	int field_col[FIELD_COUNT]; /* the column of each field, or -1 */
	size_t nrows;
	char ***rows;           /* nrows rows of ncols cells (short rows are
	                         * padded with empty cells) */
	size_t *line;           /* the text line each row starts on */
	struct table_form form;
};

/* The delimiter of the header line that text starts with: a tab when it
 * has tabs outside quotes and no comma (Excel's "Unicode text" save),
 * else a comma. */
char table_delimiter(const char *text);

/* Reads the CSV at path into t. Returns 0, or -1 after reporting why
 * (path:line:column for a syntax error); nothing is left to free then. */
int table_read(const char *path, struct table *t);

/* Writes t to fp in t->form. Returns 0, or -1 with errno set. */
int table_write(const struct table *t, FILE *fp);

/* Appends a row at the end: cells[0..ncells) copied, NULL cells and the
 * columns past ncells empty. Returns 0, or -1 when memory runs out. */
int table_add_row(struct table *t, char *const *cells, size_t ncells,
    size_t line);

/* The cell of field f in row r, or "" when the table has no such column. */
const char *table_get(const struct table *t, size_t r, enum field f);

void table_free(struct table *t);

#endif
