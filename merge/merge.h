/*
 * The three-way merge of a clerk's CSV with a new extraction, by the
 * stable 编号 (id) of each row:
 *
 * - a row the clerk left as the last extraction gave it takes the new
 *   extraction's cells (the text changed, or its line moved);
 * - a row the clerk edited keeps the clerk's cells; when the text changed
 *   it too, the new reading goes into 备注 and the row is a conflict;
 * - a row the clerk deleted stays deleted;
 * - a row new in the text is added, after the row before it in the text;
 * - a row gone from the text is kept and flagged in 备注;
 * - rows the clerk added (no id, or an id no extraction gave) and the
 *   clerk's own columns are kept as they are.
 *
 * Without a base (the last extraction is unknown) every row the clerk has
 * counts as edited by the clerk.
 *
 * Ownership: merge_tables fills out with cells of its own; the inputs are
 * the caller's and are not changed.
 */
#ifndef MERGE_MERGE_H
#define MERGE_MERGE_H

#include "../common/table.h"

struct merge_stats {
	size_t updated;   /* unedited rows that took the new reading */
	size_t kept;      /* rows the clerk edited, kept */
	size_t conflicts; /* of those, rows the text changed too */
	size_t added;     /* rows new in the text */
	size_t deleted;   /* rows the clerk deleted that stay deleted */
	size_t vanished;  /* rows gone from the text, kept and flagged */
	size_t own;       /* rows the clerk added */
};

/* Merges clerk (the CSV as the clerk left it), base (the extraction the
 * clerk started from, or NULL) and fresh (the new extraction) into out,
 * in clerk's columns and form; clerk_path names the clerk's file in
 * messages. Returns 0, or -1 after reporting (no 编号 column; memory). */
int merge_tables(const struct table *base, const struct table *clerk,
    const struct table *fresh, const char *clerk_path, struct table *out,
    struct merge_stats *stats);

#endif
