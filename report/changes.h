/*
 * What changed since the previous briefing: each row of this one is new
 * (its id was not in the previous briefing), changed (its id was, saying
 * something else) or as it was; and the previous rows whose id is gone.
 * Rows without an id (added by hand) are matched by what they say.
 *
 * Ownership: struct changes owns its arrays; changes_free releases them.
 * The marks are static strings.
 */
#ifndef REPORT_CHANGES_H
#define REPORT_CHANGES_H

#include <stddef.h>

#include "csv_read.h"

struct changes {
	const char **mark;  /* per row of now: "新增", "已修改" or NULL */
	size_t *gone;       /* indices into before of rows no longer there */
	size_t ngone, nnew, nchanged;
};

/* Compares now with before. Returns 0, or -1 when memory runs out. */
int changes_find(const struct commitment_list *now,
    const struct commitment_list *before, struct changes *ch);

void changes_free(struct changes *ch);

#endif
