/*
 * Work on a large input cut into parts, one thread per part. The caller
 * owns everything the parts touch; nothing here allocates but threads.
 */
#ifndef COMMON_PARALLEL_H
#define COMMON_PARALLEL_H

#include <stddef.h>

/* Sets how many threads a job may use (1 to 8; the default is 1). */
void parallel_set_jobs(int jobs);

/* How many parts a job over bytes bytes is worth: one per PARALLEL_MIN
 * bytes, at most the jobs set, at least 1. */
enum { PARALLEL_MIN = 4 << 20, PARALLEL_MAX = 8 };
int parallel_parts(size_t bytes);

/* Runs fn(arg, part) for part 0..parts-1, each but part 0 on a thread of
 * its own, and returns when all have returned. A part whose thread cannot
 * start runs on the caller. */
void parallel_run(int parts, void (*fn)(void *arg, int part), void *arg);

/* Where part k of parts starts when [0, n) is cut evenly. */
static inline size_t
parallel_cut(size_t n, int part, int parts)
{
	size_t k = (size_t)part, m = (size_t)parts;
	return n / m * k + n % m * k / m;
}

#endif
