/*
 * A set of strings, each with a number (the index of its first
 * appearance, say), by open addressing: looked up once a row, so that a
 * night of 40,000 organisations or a CSV of thousands of ids stays linear.
 *
 * Ownership: the index keeps the key pointers, not copies; the strings
 * must outlive it. strindex_free releases the table.
 */
#ifndef COMMON_STRINDEX_H
#define COMMON_STRINDEX_H

#include <stddef.h>
#include <stdint.h>

#define STRINDEX_NONE SIZE_MAX

struct strindex {
	const char **key;
	size_t *value;
	size_t mask, n;
};

/* Makes an index for up to items keys. Returns 0, or -1 (no memory). */
int strindex_init(struct strindex *x, size_t items);

/* The number of key; when key is new it is added with value. */
size_t strindex_add(struct strindex *x, const char *key, size_t value);

/* The number of key, or STRINDEX_NONE. */
size_t strindex_get(const struct strindex *x, const char *key);

void strindex_free(struct strindex *x);

#endif
