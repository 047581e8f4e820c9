/*
 * Finding the numeric commitments of a segmented document.
 *
 * Ownership: match_doc appends records to out, which owns them; the doc is
 * only read.
 */
#ifndef EXTRACT_MATCH_H
#define EXTRACT_MATCH_H

#include "../common/record.h"
#include "doc.h"

/* The most threads match_doc uses. */
#define MAX_JOBS 8

/* Appends one record per commitment in d to out, in the order of the text;
 * source names the input in the records. A document of 1 MB or more is
 * matched by up to jobs threads; the rows do not depend on their number.
 * Returns the number of records added, or -1 when memory runs out. */
long match_doc(const struct doc *d, const char *source, int jobs,
    struct record_list *out);

#endif
