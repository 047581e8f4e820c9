/*
 * Output that destroys nothing and is never half-written.
 *
 * A regular file (or a name that does not exist yet) is written to a
 * temporary file in the same folder, which replaces it by rename(2) only
 * once every byte has been written, flushed and synced; the old file's
 * mode and owner (where permitted) are kept, a symbolic link is written
 * through to the file it points to, and a file with other hard links is
 * rewritten in place from the finished temporary so that the links keep
 * it. Anything else — a character or block device, a FIFO, a socket,
 * standard output ("-") — is opened and written directly, every write
 * checked: renaming over it would replace the device. A folder is
 * refused at once. A signal that ends the run removes the temporary
 * (common/proc.c).
 *
 * Ownership: struct outfile owns its FILE (but stdout) and its path
 * copies; outfile_commit and outfile_abort release them, and exactly one
 * of them must be called.
 */
#ifndef COMMON_OUTFILE_H
#define COMMON_OUTFILE_H

#include <stdio.h>
#include <sys/stat.h>

struct outfile {
	FILE *fp;       /* write here */
	char *target;   /* the file written (links resolved); NULL for stdout */
	char *tmp;      /* the temporary file, NULL when writing directly */
	int slot;       /* the temporary's slot in proc.c, or -1 */
	int in_place;   /* a file of several links: copy into it at commit */
	int existed;    /* target existed; old holds what it was */
	struct stat old;
};

/* Opens path for writing (NULL or "-" is stdout). Returns 0, or -1 with
 * errno set (EISDIR for a folder, ENOENT for ""). Nothing is created or
 * changed where the target is but the temporary file. */
int outfile_open(struct outfile *o, const char *path);

/* Flushes, syncs and closes, then puts the temporary file in the target's
 * place. Returns 0, or -1 with errno set; on failure the target is left
 * as it was and the temporary file is removed. */
int outfile_commit(struct outfile *o);

/* Closes and removes the temporary file; the target is left as it was
 * (a file written directly keeps what was written to it). */
void outfile_abort(struct outfile *o);

/* Whether output and input name the same file (through links, hard or
 * symbolic; input "-" is whatever standard input was redirected from):
 * writing one would destroy the other. */
int outfile_same_file(const char *output, const char *input);

/* Flushes what was printed on standard output (--help, --explain,
 * --dump-layout) and reports it when that failed or standard output was
 * closed at start. Returns 0, or -1 after reporting. */
int outfile_finish_stdout(void);

/* The name to give in messages about path: "standard output" for NULL
 * or "-". */
const char *outfile_name(const char *path);

#endif
