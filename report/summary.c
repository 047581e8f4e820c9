#include "summary.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/currency.h"
#include "../common/strindex.h"

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

int
summary_make(const struct commitment_list *l, struct summary *s)
{
	struct strindex orgs = {0}, cues = {0};
	size_t *org_of = NULL;

	memset(s, 0, sizeof *s);
	s->orgs = calloc(l->n + 1, sizeof *s->orgs);
	s->modality = calloc(l->n + 1, sizeof *s->modality);
	s->order = calloc(l->n + 1, sizeof *s->order);
	org_of = calloc(l->n + 1, sizeof *org_of);
	if (s->orgs == NULL || s->modality == NULL || s->order == NULL ||
	    org_of == NULL || strindex_init(&orgs, l->n) != 0 ||
	    strindex_init(&cues, l->n) != 0) {
		goto nomem;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct commitment *c = &l->v[i];
		const char *org = row_org(c);
		const char *person = record_get(&c->rec, FIELD_PERSON);
		const char *cue = record_get(&c->rec, FIELD_MODALITY);
		size_t k;

		s->rows++;
		if (c->problem != NULL)
			s->problems++;
		/* Organisations and cue words in order of first appearance. */
		k = strindex_add(&orgs, org, s->norgs);
		if (k == s->norgs)
			s->orgs[s->norgs++] = (struct org_summary){org, person, 0, 0};
		org_of[i] = k;
		struct org_summary *o = &s->orgs[k];
		o->rows++;
		if (o->person[0] == '\0')
			o->person = person;
		k = strindex_add(&cues, cue, s->nmodality);
		if (k == s->nmodality)
			s->modality[s->nmodality++] = (struct count){cue, 0};
		s->modality[k].n++;

		/* Money: rows read as numbers, in a currency unit. */
		char currency[16];
		long double scale = money_scale(record_get(&c->rec, FIELD_UNIT),
		    currency);
		if (scale == 0 || c->problem != NULL)
			continue;
		long double amount = (long double)c->value * scale;
		for (k = 0; k < s->nmoney && strcmp(s->money[k].currency, currency) != 0; k++)
			;
		if (k == s->nmoney) {
			if (s->nmoney == sizeof s->money / sizeof s->money[0])
				continue;
			memcpy(s->money[k].currency, currency, sizeof currency);
			s->money[k].metric = record_get(&c->rec, FIELD_METRIC);
			s->money[k].one_metric = 1;
			s->nmoney++;
		}
		s->money[k].amount += amount;
		s->money[k].rows++;
		if (strcmp(s->money[k].metric, record_get(&c->rec,
		    FIELD_METRIC)) != 0)
			s->money[k].one_metric = 0;
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
		goto nomem;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct org_summary *o = &s->orgs[org_of[i]];
		s->order[o->first + fill[org_of[i]]++] = i;
	}
	free(fill);
	strindex_free(&orgs);
	strindex_free(&cues);
	free(org_of);
	return 0;
nomem:
	strindex_free(&orgs);
	strindex_free(&cues);
	free(org_of);
	summary_free(s);
	return -1;
}

void
summary_free(struct summary *s)
{
	free(s->orgs);
	free(s->modality);
	free(s->order);
	memset(s, 0, sizeof *s);
}
