/*
 * Segmentation of a document built by doc_build_text: paragraphs and their
 * kinds, the tense of each section (retrospective or plan), and articles
 * with the organisation and person who committed.
 *
 * Ownership: fills d->paras and d->articles, which
 * doc_free releases.
 */
#ifndef EXTRACT_SEGMENT_H
#define EXTRACT_SEGMENT_H

#include "doc.h"

/* Segments d. Returns 0, or -1 when memory runs out. */
int doc_segment(struct doc *d);

#endif
