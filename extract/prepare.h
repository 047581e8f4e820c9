/*
 * The stages that prepare a built document for matching, in order:
 * layout (paragraph kinds), docinfo (genre, year, a report's or plan's
 * government), attribution (a story's articles) and tense (each
 * section's prior and period).
 *
 * Ownership: what the stages make belongs to the doc.
 */
#ifndef EXTRACT_PREPARE_H
#define EXTRACT_PREPARE_H

#include "doc.h"

/* Prepares d; note is told where a section's prior changes (NULL for
 * silence). Returns 0, or -1 when memory runs out. */
int doc_prepare(struct doc *d, void (*note)(const struct doc *d,
    size_t para, enum tense t, const char *why));

#endif
