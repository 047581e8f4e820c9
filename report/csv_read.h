/*
 * Reading the commitments CSV as people hand it back: written by extract,
 * then opened and saved by a clerk in Excel, WPS or LibreOffice (UTF-8 with
 * or without BOM, GB18030, CRLF or LF, columns reordered, extra columns,
 * numbers as 7E+10 or 1,200, rows added by hand).
 *
 * Ownership: a struct commitment_list owns its commitments and every string
 * in them; commitment_list_free releases them. file is borrowed from the
 * caller and must outlive the list.
 */
#ifndef REPORT_CSV_READ_H
#define REPORT_CSV_READ_H

#include <stddef.h>

#include "../common/record.h"

struct commitment {
	struct record rec;   /* cells as written (guard apostrophes removed) */
	const char *file;    /* the CSV it came from */
	size_t row;          /* its record number in the CSV, the header is 1 */
	double value;        /* parsed 目标值; 0 when the row has a problem */
	double value_max;    /* parsed 上限, or the value when there is none */
	int cmp;             /* enum comparator */
	char *problem;       /* why the row is marked in the briefing, or NULL */
};

struct commitment_list {
	struct commitment *v;
	size_t n, cap;
};

/* Appends the rows of the CSV at path ("-" is stdin) to out. Problems of a
 * row (a cell that is not a number, a ragged row) are reported as
 * path:ROW:FIELD: error and the row is kept with problem set, so that the
 * briefing shows it as written. Returns the number of rows with problems,
 * or -1 when the file cannot be read or parsed at all (reported; nothing
 * of it is appended). */
long csv_read_file(const char *path, struct commitment_list *out);

void commitment_list_free(struct commitment_list *l);

#endif
