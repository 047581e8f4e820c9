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

/* Appends one record per commitment in d to out; source names the input in
 * the records. Returns the number of records added, or -1 when memory runs
 * out. */
long match_doc(const struct doc *d, const char *source,
    struct record_list *out);

#endif
