/*
 * --explain: one line for every number of the input, with the decision
 * taken and why, so that a clerk or a developer can see why a target is
 * missing:
 *
 *     report.txt:33:12: past-cue 去年: 5.2% 「去年全市地区生产总值增长5.2%」
 *     report.txt:61:20: row: 8个 新开工亿元以上项目 达到 8 个 2023年
 *
 * Ownership: nothing is kept between calls.
 */
#ifndef EXTRACT_EXPLAIN_H
#define EXTRACT_EXPLAIN_H

#include <stdio.h>

#include "match.h"

/* The observer of match_doc that prints to the FILE * arg. */
void explain_decision(void *arg, const struct decision *dec);

#endif
