/*
 * Stable row ids: a row's id is made from what it commits to (its
 * source's base name, organisation, metric and unit) and from how many
 * rows of the same document committed to the same before it, so that the
 * same commitment of the same source gets the same id on every run,
 * whatever rows come before it, and keeps it when the text changes its
 * value or its sentence. merge matches the clerk's edits to rows by it.
 *
 * Ownership: a struct ids owns its table; ids_free releases it.
 */
#ifndef EXTRACT_IDS_H
#define EXTRACT_IDS_H

#include <stddef.h>
#include <stdint.h>

#include "../common/record.h"

struct ids {
	struct ids_slot *slot;
	size_t cap, n;
};

/* Gives every record of rows its id, counting repeats in t (one table per
 * document). Returns 0, or -1 when memory runs out. */
int ids_assign(struct ids *t, struct record_list *rows, const char *source);

void ids_free(struct ids *t);

#endif
