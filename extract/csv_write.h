/*
 * The CSV serialisation of records, written with libcsv: RFC 4180, UTF-8
 * with a BOM and CRLF by default (what Excel on Chinese Windows opens
 * correctly), Chinese or English header.
 *
 * Ownership: nothing is kept; the records and the stream are the caller's.
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

/* Writes the header and every record of l to fp. A text cell that begins
 * with = + - @ or a tab gets a leading apostrophe, so that no spreadsheet
 * runs it as a formula. Returns 0, or -1 when a write failed. */
int csv_write_records(FILE *fp, const struct record_list *l,
    const struct csv_options *o);

#endif
