#include "summary.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/currency.h"

const char *
row_org(const struct commitment *c)
{
	const char *org = record_get(&c->rec, FIELD_ORG);
	return org[0] ? org : NO_ORG;
}

long double
money_scale(const char *unit, char currency[16])
{
	static const struct {
		const char *prefix;
		long double scale;
	} scales[] = {
		{"万亿", 1e12L}, {"千万", 1e7L}, {"百万", 1e6L}, {"亿", 1e8L},
		{"万", 1e4L}, {"千", 1e3L}, {"", 1},
	};
	for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++) {
		size_t n = strlen(scales[i].prefix);
		if (strncmp(unit, scales[i].prefix, n) != 0)
			continue;
		/* 人民币 and 元 are one currency (common/currency.c). */
		const char *c = currency_of(unit + n);
		if (c != NULL) {
			snprintf(currency, 16, "%s", c);
			return scales[i].scale;
		}
	}
	return 0;
}

void
format_money(long double amount, const char *currency, char *buf, size_t size)
{
	const char *scale = "";
	if (fabsl(amount) >= 1e8L) {
		amount /= 1e8L;
		scale = "亿";
	} else if (fabsl(amount) >= 1e4L) {
		amount /= 1e4L;
		scale = "万";
	}
	/* At most 15 significant digits (what a double holds; more would be
	 * noise) and four decimals, trailing zeros dropped. */
	long double mag = fabsl(amount);
	int whole = mag < 1 ? 1 : (int)floorl(log10l(mag)) + 1;
	int decimals = whole >= 15 ? 0 : 15 - whole > 4 ? 4 : 15 - whole;
	if (whole > 15) {
		long double unit = powl(10.0L, whole - 15);
		amount = roundl(amount / unit) * unit;
	}
	int n = snprintf(buf, size, "%.*Lf", decimals, amount);
	if (n < 0 || (size_t)n >= size) {
		buf[0] = '\0';
		return;
	}
	while (decimals > 0 && n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	snprintf(buf + n, size - (size_t)n, "%s%s", scale, currency);
}

/* A set of strings to the index of their first appearance, by open
 * addressing: organisations and cue words are looked up once a row, so a
 * list scan would make a night of 40,000 organisations quadratic. */
struct index {
	size_t *slot;   /* index + 1, or 0 when empty */
	size_t mask;
};

static int
index_init(struct index *x, size_t items)
{
	size_t size = 16;
	while (size < items * 2)
		size *= 2;
	x->slot = calloc(size, sizeof *x->slot);
	x->mask = size - 1;
	return x->slot == NULL ? -1 : 0;
}

static size_t
hash(const char *s)
{
	size_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The index of key among names[0..*n), adding it as *n when new. */
static size_t
index_find(struct index *x, const char *key, const char *(*name)(void *,
    size_t), void *names, size_t *n)
{
	size_t at = hash(key) & x->mask;
	while (x->slot[at] != 0) {
		size_t k = x->slot[at] - 1;
		if (strcmp(name(names, k), key) == 0)
			return k;
		at = (at + 1) & x->mask;
	}
	x->slot[at] = ++*n;
	return *n - 1;
}

static const char *
org_name(void *v, size_t k)
{
	return ((struct org_summary *)v)[k].org;
}

static const char *
cue_name(void *v, size_t k)
{
	return ((struct count *)v)[k].word;
}

int
summary_make(const struct commitment_list *l, struct summary *s)
{
	struct index orgs = {0}, cues = {0};
	size_t *org_of = NULL;

	memset(s, 0, sizeof *s);
	s->orgs = calloc(l->n + 1, sizeof *s->orgs);
	s->modality = calloc(l->n + 1, sizeof *s->modality);
	s->order = calloc(l->n + 1, sizeof *s->order);
	org_of = calloc(l->n + 1, sizeof *org_of);
	if (s->orgs == NULL || s->modality == NULL || s->order == NULL ||
	    org_of == NULL || index_init(&orgs, l->n) != 0 ||
	    index_init(&cues, l->n) != 0) {
		free(orgs.slot);
		free(cues.slot);
		free(org_of);
		summary_free(s);
		return -1;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct commitment *c = &l->v[i];
		const char *org = row_org(c);
		const char *person = record_get(&c->rec, FIELD_PERSON);
		const char *cue = record_get(&c->rec, FIELD_MODALITY);
		size_t k, was;

		s->rows++;
		if (c->problem != NULL)
			s->problems++;
		was = s->norgs;
		k = index_find(&orgs, org, org_name, s->orgs, &s->norgs);
		if (k == was)
			s->orgs[k] = (struct org_summary){org, person, 0, 0, 0, 0};
		org_of[i] = k;
		struct org_summary *o = &s->orgs[k];
		o->rows++;
		if (o->person[0] == '\0')
			o->person = person;
		was = s->nmodality;
		k = index_find(&cues, cue, cue_name, s->modality, &s->nmodality);
		if (k == was)
			s->modality[k] = (struct count){cue, 0};
		s->modality[k].n++;

		/* Money: rows read as numbers, in a currency unit. */
		char currency[16];
		long double scale = money_scale(record_get(&c->rec, FIELD_UNIT),
		    currency);
		if (scale == 0 || c->problem != NULL)
			continue;
		long double amount = (long double)c->value * scale;
		if (strcmp(currency, "元") == 0) {
			o->rmb += amount;
			o->rmb_rows++;
		}
		for (k = 0; k < s->nmoney && strcmp(s->money[k].currency, currency) != 0; k++)
			;
		if (k == s->nmoney) {
			if (s->nmoney == sizeof s->money / sizeof s->money[0])
				continue;
			memcpy(s->money[k].currency, currency, sizeof currency);
			s->nmoney++;
		}
		s->money[k].amount += amount;
		s->money[k].rows++;
	}
	/* Rows grouped by organisation, each group in the order of the CSV
	 * (a counting sort). */
	size_t at = 0;
	for (size_t k = 0; k < s->norgs; k++) {
		s->orgs[k].first = at;
		at += s->orgs[k].rows;
	}
	size_t *fill = calloc(s->norgs + 1, sizeof *fill);
	if (fill == NULL) {
		free(orgs.slot);
		free(cues.slot);
		free(org_of);
		summary_free(s);
		return -1;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct org_summary *o = &s->orgs[org_of[i]];
		s->order[o->first + fill[org_of[i]]++] = i;
	}
	free(fill);
	free(orgs.slot);
	free(cues.slot);
	free(org_of);
	return 0;
}

void
summary_free(struct summary *s)
{
	free(s->orgs);
	free(s->modality);
	free(s->order);
	memset(s, 0, sizeof *s);
}
