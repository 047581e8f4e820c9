/*
 * Indicator tables (专栏 主要指标) laid out in text with runs of spaces:
 * a header whose last column is the target (2030年目标值) opens a table,
 * and each line after it gives an indicator's target. The run is the
 * caller's; nothing is allocated.
 */
#ifndef EXTRACT_TABLES_H
#define EXTRACT_TABLES_H

#include <stddef.h>

#include "doc.h"
#include "fields.h"

enum { TABLE_STACK_LABELS = 4, TABLE_STACK_VALUES = 12 };

/* A table being read: whether one is open, whether its last column is
 * a target, and the period that column names. A stacked table (one cell
 * per line, as a web page's table comes out as text) also keeps where
 * its header ends, its value columns and the lines of the row read so
 * far. */
struct table_run {
	int active, targets;
	size_t from_end;   /* the target column, counted from the last */
	char period[64];
	int stacked, unit_column;
	size_t header_end; /* the header's last paragraph */
	size_t columns, target;
	size_t label[TABLE_STACK_LABELS], nlabel;
	size_t value[TABLE_STACK_VALUES], nvalue;
};

/* One indicator's target as its line gives it; the quote is
 * buf[quote_a..quote_b). */
struct table_cells {
	char metric[FIELD_TEXT_MAX];
	char unit[48];
	char value[32];
	char period[64];
	int cmp;
	size_t quote_a, quote_b;
	size_t value_a, value_b; /* the target's cell */
};

/* Opens a table in t when paragraph p is the header of a table of
 * indicators (a cell 指标 among three or more), of targets when a column
 * is one (2030年目标值, or a year not before the document's) in a section
 * not judged past; else closes any. */
void table_header(const struct doc *d, const struct para *p,
    struct table_run *t);

/* Reads paragraph p as a line of the open table t: 0 when no table is
 * open or the line ends it, 1 when it is a table line with no target
 * (a review's table, 完成省定目标, a wrapped cell), 2 when out[0] holds
 * its target. A stacked table's row is complete only at its last cell:
 * the targets of the row p completes (or, when p ends the table, of the
 * row before it) are written to out[0..*nout), at most max, whatever is
 * returned. */
int table_row(const struct doc *d, const struct para *p, struct table_run *t,
    struct table_cells *out, size_t max, size_t *nout);

/* At the end of the document: the targets of a stacked table's last
 * row, as table_row writes them. */
void table_finish(const struct doc *d, struct table_run *t,
    struct table_cells *out, size_t max, size_t *nout);

#endif
