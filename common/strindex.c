#include "strindex.h"

#include <stdlib.h>
#include <string.h>

int
strindex_init(struct strindex *x, size_t items)
{
	size_t size = 16;
	while (size < items * 2 + 1)
		size *= 2;
	x->key = calloc(size, sizeof *x->key);
	x->value = calloc(size, sizeof *x->value);
	x->mask = size - 1;
	x->n = 0;
	if (x->key == NULL || x->value == NULL) {
		strindex_free(x);
		return -1;
	}
	return 0;
}

static size_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)h;
}

/* The slot of key, or the empty slot where it would go. */
static size_t
slot_of(const struct strindex *x, const char *key)
{
	size_t at = hash(key) & x->mask;
	while (x->key[at] != NULL && strcmp(x->key[at], key) != 0)
		at = (at + 1) & x->mask;
	return at;
}

size_t
strindex_add(struct strindex *x, const char *key, size_t value)
{
	size_t at = slot_of(x, key);
	if (x->key[at] == NULL) {
		x->key[at] = key;
		x->value[at] = value;
		x->n++;
	}
	return x->value[at];
}

size_t
strindex_get(const struct strindex *x, const char *key)
{
	size_t at = slot_of(x, key);
	return x->key[at] == NULL ? STRINDEX_NONE : x->value[at];
}

void
strindex_free(struct strindex *x)
{
	free(x->key);
	free(x->value);
	memset(x, 0, sizeof *x);
}
