/*
 * The CSV serialisation of records, written with libcsv: RFC 4180, UTF-8
 * with a BOM and CRLF by default (what Excel on Chinese Windows opens
 * correctly), Chinese or English header. Rows are written as they come, so
 * that memory does not grow with the number of inputs.
 *
 * Ownership: a struct csv_writer owns its line buffer (csv_writer_free
 * releases it); the stream and the records are the caller's.
 */
#ifndef EXTRACT_CSV_WRITE_H
#define EXTRACT_CSV_WRITE_H

#include <stdio.h>

#include "../common/record.h"

struct csv_options {
	int bom;     /* write a UTF-8 byte order mark */
	int crlf;    /* end records with CR LF, not LF */
	int english; /* header of English keys, not Chinese labels */
};

struct csv_writer {
	FILE *fp;
	struct csv_options opt;
	char *line;  /* one record, built before it is written */
	size_t cap;
};

/* Starts a CSV on fp: the byte order mark and the header. Returns 0, or -1
 * when a write failed. */
int csv_write_header(struct csv_writer *w, FILE *fp,
    const struct csv_options *o);

void csv_writer_free(struct csv_writer *w);

/* The cells of rows but their ids, formatted ahead of writing (by the
 * thread that found the rows, while the writer gives ids in order): each
 * cell after its comma, row after row.
 * A struct csv_cells owns text and end; csv_cells_free releases them. */
struct csv_cells {
	char *text;
	size_t len, cap;
	size_t *end;         /* end[i]: where the cells of row i end */
	size_t n, ends_cap;
};

/* Appends the cells of the records of l but their ids. A text cell that
 * begins with = + - @ or a tab gets a leading apostrophe, so that no
 * spreadsheet runs it as a formula. Returns 0, or -1 when memory runs
 * out. */
int csv_cells_add(struct csv_cells *c, const struct record_list *l);

void csv_cells_free(struct csv_cells *c);

/* Writes the records of l, each one's id followed by its cells from c
 * (added for the records of l, in order). Returns 0, or -1 when a write
 * failed or memory ran out. */
int csv_write_cells(struct csv_writer *w, const struct record_list *l,
    const struct csv_cells *c);

/* Writes every record of l: csv_cells_add, then csv_write_cells. Returns
 * 0, or -1 when a write failed or memory ran out. */
int csv_write_rows(struct csv_writer *w, const struct record_list *l);

#endif
