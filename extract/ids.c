#include "ids.h"

#include <stdlib.h>
#include <string.h>

/* How often each content hash has been seen in the current document.
 * Open addressing; key 0 marks a free slot. */
struct ids_slot {
	uint64_t key;
	uint64_t count;
};

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	h ^= 0xFF; /* field separator */
	h *= 1099511628211ULL;
	return h;
}

/* Counts one more sighting of key; returns how many came before it, or -1
 * when memory runs out. */
static long
seen_count(struct ids *t, uint64_t key)
{
	if (key == 0)
		key = 1;
	if (2 * (t->n + 1) > t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 256;
		struct ids_slot *slot = calloc(cap, sizeof *slot);
		if (slot == NULL)
			return -1;
		for (size_t i = 0; i < t->cap; i++) {
			if (t->slot[i].key == 0)
				continue;
			size_t j = t->slot[i].key & (cap - 1);
			while (slot[j].key != 0)
				j = (j + 1) & (cap - 1);
			slot[j] = t->slot[i];
		}
		free(t->slot);
		t->slot = slot;
		t->cap = cap;
	}
	size_t j = key & (t->cap - 1);
	while (t->slot[j].key != 0 && t->slot[j].key != key)
		j = (j + 1) & (t->cap - 1);
	if (t->slot[j].key == 0) {
		t->slot[j].key = key;
		t->n++;
	}
	return (long)t->slot[j].count++;
}

int
ids_assign(struct ids *t, struct record_list *rows, const char *source)
{
	const char *base = strrchr(source, '/');
	uint64_t seed = fnv1a(14695981039346656037ULL, base ? base + 1 : source);
	for (size_t i = 0; i < rows->n; i++) {
		struct record *r = &rows->v[i];
		/* Not the value nor the sentence: when the text says 10 where
		 * it said 8, it is the same commitment, changed. */
		uint64_t h = fnv1a(seed, record_get(r, FIELD_ORG));
		h = fnv1a(h, record_get(r, FIELD_METRIC));
		h = fnv1a(h, record_get(r, FIELD_UNIT));
		long occurrence = seen_count(t, h);
		if (occurrence < 0)
			return -1;
		/* The occurrence as decimal digits, as the hash's last field. */
		char occ[24], buf[16];
		size_t n = 0;
		unsigned long v = (unsigned long)occurrence;
		do
			occ[n++] = (char)('0' + v % 10);
		while ((v /= 10) > 0);
		for (size_t k = 0; k < n / 2; k++) {
			char c = occ[k];
			occ[k] = occ[n - 1 - k];
			occ[n - 1 - k] = c;
		}
		occ[n] = '\0';
		h = fnv1a(h, occ);
		/* c and twelve hex digits: it starts with a letter so that no
		 * spreadsheet reads it as a number. */
		buf[0] = 'c';
		for (int k = 12; k >= 1; k--, h >>= 4)
			buf[k] = "0123456789abcdef"[h & 0xF];
		buf[13] = '\0';
		if (record_set_str(r, FIELD_ID, buf) != 0)
			return -1;
	}
	return 0;
}

void
ids_free(struct ids *t)
{
	free(t->slot);
	memset(t, 0, sizeof *t);
}
