#include "changes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/strindex.h"

/* What a row is matched by: its id, or for a row added by hand without
 * one, its source, organisation, metric, value and unit. Returns a
 * malloc'd key, or NULL. */
static char *
key_of(const struct commitment *c)
{
	const char *id = record_get(&c->rec, FIELD_ID);
	if (id[0] != '\0')
		return strdup(id);
	const enum field parts[] = {FIELD_SOURCE, FIELD_ORG, FIELD_METRIC,
	    FIELD_VALUE, FIELD_UNIT};
	size_t size = 8;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		size += strlen(record_get(&c->rec, parts[i])) + 1;
	char *key = malloc(size);
	if (key == NULL)
		return NULL;
	strcpy(key, "\x1f");
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		strcat(key, record_get(&c->rec, parts[i]));
		strcat(key, "\x1f");
	}
	return key;
}

/* Whether two rows of one id say the same: the briefing prints these. */
static int
same(const struct commitment *a, const struct commitment *b)
{
	const enum field text[] = {FIELD_ORG, FIELD_PERSON, FIELD_METRIC,
	    FIELD_MODALITY, FIELD_UNIT, FIELD_PERIOD};
	for (size_t i = 0; i < sizeof text / sizeof text[0]; i++)
		if (strcmp(record_get(&a->rec, text[i]),
		    record_get(&b->rec, text[i])) != 0)
			return 0;
	return a->value == b->value && a->value_max == b->value_max &&
	    a->cmp == b->cmp && (a->problem == NULL) == (b->problem == NULL);
}

static void
free_keys(char **keys, size_t n)
{
	for (size_t i = 0; keys != NULL && i < n; i++)
		free(keys[i]);
	free(keys);
}

int
changes_find(const struct commitment_list *now,
    const struct commitment_list *before, struct changes *ch)
{
	struct strindex was = {0}, is = {0};
	char **before_keys = calloc(before->n + 1, sizeof *before_keys);
	char **now_keys = calloc(now->n + 1, sizeof *now_keys);
	int failed = 0;

	memset(ch, 0, sizeof *ch);
	ch->mark = calloc(now->n + 1, sizeof *ch->mark);
	ch->gone = calloc(before->n + 1, sizeof *ch->gone);
	if (before_keys == NULL || now_keys == NULL || ch->mark == NULL ||
	    ch->gone == NULL || strindex_init(&was, before->n) != 0 ||
	    strindex_init(&is, now->n) != 0)
		goto nomem;
	for (size_t i = 0; i < before->n; i++) {
		if ((before_keys[i] = key_of(&before->v[i])) == NULL)
			goto nomem;
		strindex_add(&was, before_keys[i], i);
	}
	for (size_t i = 0; i < now->n; i++) {
		if ((now_keys[i] = key_of(&now->v[i])) == NULL)
			goto nomem;
		strindex_add(&is, now_keys[i], i);
		size_t k = strindex_get(&was, now_keys[i]);
		if (k == STRINDEX_NONE) {
			ch->mark[i] = "新增";
			ch->nnew++;
		} else if (!same(&now->v[i], &before->v[k])) {
			ch->mark[i] = "已修改";
			ch->nchanged++;
		}
	}
	for (size_t i = 0; i < before->n; i++)
		if (strindex_get(&is, before_keys[i]) == STRINDEX_NONE)
			ch->gone[ch->ngone++] = i;
	goto done;
nomem:
	failed = 1;
	changes_free(ch);
done:
	strindex_free(&was);
	strindex_free(&is);
	free_keys(before_keys, before->n);
	free_keys(now_keys, now->n);
	return failed ? -1 : 0;
}

void
changes_free(struct changes *ch)
{
	free(ch->mark);
	free(ch->gone);
	memset(ch, 0, sizeof *ch);
}
