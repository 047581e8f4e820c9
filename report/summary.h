/*
 * What the briefing's summary says: how many commitments, by organisation
 * and by cue word, and the money targets added up per currency.
 *
 * Ownership: a struct summary owns its arrays; the strings in them point
 * into the commitments, which must outlive it. summary_free releases it.
 */
#ifndef REPORT_SUMMARY_H
#define REPORT_SUMMARY_H

#include <stddef.h>

#include "csv_read.h"

/* Rows without an organisation are grouped under this name. */
#define NO_ORG "未注明单位"

struct org_summary {
	const char *org;
	const char *person;   /* the first person named for it, or "" */
	size_t rows;
	size_t first;         /* its rows are order[first .. first + rows) */
};

struct count {
	const char *word;     /* a cue word, or "" for none */
	size_t n;
};

struct money {
	char currency[16];    /* 元, 美元, 欧元 … */
	long double amount;   /* in that currency's base unit */
	size_t rows;
	const char *metric;   /* the metric of its first row */
	int one_metric;       /* every row measures that metric: the amount
	                       * is a total a reader may quote */
};

struct summary {
	size_t rows, problems;
	struct org_summary *orgs; /* in order of first appearance */
	size_t norgs;
	size_t *order;            /* row indices, grouped by organisation */
	struct count *modality;   /* in order of first appearance */
	size_t nmodality;
	struct money money[8];
	size_t nmoney;
};

/* Adds up the rows of l, in time linear in their number. Returns 0, or -1
 * when memory runs out. */
int summary_make(const struct commitment_list *l, struct summary *s);

void summary_free(struct summary *s);

/* The organisation a row belongs to (NO_ORG when it names none). */
const char *row_org(const struct commitment *c);

/* Splits a unit into its scale and currency: 亿元 gives 1e8 and 元,
 * 万美元 1e4 and 美元. Returns 0 when the unit is no currency. */
long double money_scale(const char *unit, char currency[16]);

/* Formats an amount of a currency in readable units: 717.2亿元, 2000万美元,
 * 850元. */
void format_money(long double amount, const char *currency, char *buf,
    size_t size);

#endif
