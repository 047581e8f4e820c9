/*
 * Who committed, for a page or story that is not a report or a plan:
 * articles from interview lines (——访…), officials named in the text
 * (高邮镇党委书记张中斌), speaker lines (工业和信息化部部长肖亚庆：), one
 * place's part of a story (长沙：…) and the body a story's headline opens
 * with (南方电网…).
 *
 * Ownership: articles go to d->articles, freed by doc_free.
 */
#ifndef EXTRACT_ATTRIBUTION_H
#define EXTRACT_ATTRIBUTION_H

#include "doc.h"

/* Finds the articles of a laid-out story and gives each paragraph its
 * article. Returns 0, or -1 when memory runs out. */
int attribution_read(struct doc *d);

/* Whether the story writes the place s[0..len) with one of
 * suffixes[0..nsuffixes) within a few hundred paragraphs of paragraph para
 * (长沙市 near 长沙), no word going on from the suffix there (长沙市场):
 * the first such suffix's index plus 1, or 0. Reads a window of paragraphs,
 * not the whole input, so that a long input is read in linear time. */
size_t place_suffix_near(const struct doc *d, size_t para, const char *s,
    size_t len, const char *const *suffixes, size_t nsuffixes);

#endif
