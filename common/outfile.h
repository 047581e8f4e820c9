/*
 * Output that is never half-written: data goes to a temporary file beside
 * the target, which replaces the target by rename(2) only once every byte
 * has been written, flushed and synced. "-" (or no path) is stdout.
 *
 * Ownership: struct outfile owns its FILE and path copies; outfile_commit
 * and outfile_abort release them, and exactly one of them must be called.
 */
#ifndef COMMON_OUTFILE_H
#define COMMON_OUTFILE_H

#include <stdio.h>

struct outfile {
	FILE *fp;      /* write here */
	char *path;    /* the target, NULL for stdout */
	char *tmp;     /* the temporary file, NULL for stdout */
};

/* Opens a temporary file for path (NULL or "-" is stdout).
 * Returns 0, or -1 with errno set. */
int outfile_open(struct outfile *o, const char *path);

/* Flushes, syncs and closes, then renames the temporary file over the
 * target. Returns 0, or -1 with errno set; on failure the target is left
 * as it was and the temporary file is removed. */
int outfile_commit(struct outfile *o);

/* Closes and removes the temporary file; the target is left as it was. */
void outfile_abort(struct outfile *o);

#endif
