/*
 * Numbers that are no commitment whatever the sentence's time: numerals
 * inside words, slogans, the count of a list, codes, durations, size
 * classes, plant capacities, shares doing something, baselines, present
 * states, estimates, conditions and rules.
 *
 * Ownership: nothing is allocated.
 */
#ifndef EXTRACT_EXCLUDE_H
#define EXTRACT_EXCLUDE_H

#include <stddef.h>

#include "reason.h"
#include "sentence.h"

/* Why quantity i of st is no commitment, or R_ROW when nothing here
 * rules it out. */
enum reason exclude_check(const struct sentence *st, size_t i);

#endif
