/*
 * Segmentation of a document built by doc_build_text: paragraphs and their
 * kinds, the tense of each section (retrospective or plan), and articles
 * with the organisation and person who committed.
 *
 * Ownership: fills in d->paras (made by doc_build_text) and d->articles,
 * which doc_free releases.
 */
#ifndef EXTRACT_SEGMENT_H
#define EXTRACT_SEGMENT_H

#include "doc.h"

/* Segments d. Returns 0, or -1 when memory runs out. */
int doc_segment(struct doc *d);

/* Segments d in steps: doc_segment_start finds the articles, which for a
 * report takes only its front matter; then
 * doc_segment_upto gives paragraphs up to to their kind and tense, in
 * order (d->seg.done says how far it went). A page other than a report is
 * segmented whole by doc_segment_start. Returns 0, or -1 when memory runs
 * out. */
int doc_segment_start(struct doc *d);
void doc_segment_upto(struct doc *d, size_t to);

#endif
