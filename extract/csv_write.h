/*
 * The CSV serialisation of records, written with libcsv: RFC 4180, UTF-8
 * with a BOM and CRLF by default (what Excel on Chinese Windows opens
 * correctly), Chinese or English header. Rows are written a document at a
 * time, so that memory does not grow with the number of inputs.
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

/* Starts a writer of rows on fp, writing nothing yet. */
void csv_writer_init(struct csv_writer *w, FILE *fp,
    const struct csv_options *o);

/* Starts a CSV on fp: the byte order mark and the header. Returns 0, or -1
 * when a write failed. */
int csv_write_header(struct csv_writer *w, FILE *fp,
    const struct csv_options *o);

void csv_writer_free(struct csv_writer *w);

/* Writes every record of l, one line each. A text cell that begins with
 * = + - @ or a tab gets a leading apostrophe, so that no spreadsheet runs
 * it as a formula. Returns 0, or -1 when a write failed or memory ran
 * out. */
int csv_write_rows(struct csv_writer *w, const struct record_list *l);

#endif
