/*
 * Indicator tables (专栏 主要指标) as text gives them: a header line whose
 * cells, set apart by runs of spaces, name a target column (2030年目标值,
 * or 2025年 beside 2020年), then one line per indicator — 指标（单位） 属性
 * 值. Each line whose target cell holds a number is a row: the metric
 * without its unit, the unit from its brackets, the comparator from the
 * signs around the number (5以上, ≥85, ＞100, 6.5左右), the period from the
 * header. Cells are counted from the line's end, since a category or a
 * row number is left out of lines after the first of a group.
 */
#define _GNU_SOURCE /* memmem */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <string.h>

#include "tables.h"

#include "../common/record.h"
#include "../common/utf8.h"
#include "numerals.h"

enum { CELLS_MAX = 16 };

struct cell {
	size_t a, b;
};

/* Splits s[a..b) into cells at runs of two or more spaces (a tab counts
 * as a run); a line that begins with such a run begins with an empty
 * cell. Returns the number of cells, at most max. */
static size_t
split_cells(const char *s, size_t a, size_t b, struct cell *c, size_t max)
{
	size_t n = 0, i = a, start = a;
	while (i < b) {
		if (s[i] != ' ' && s[i] != '\t') {
			i++;
			continue;
		}
		size_t run = i;
		while (run < b && (s[run] == ' ' || s[run] == '\t'))
			run++;
		if ((run - i >= 2 || s[i] == '\t') && n < max) {
			c[n++] = (struct cell){start, i};
			start = run;
		}
		i = run;
	}
	if (start < b && n < max)
		c[n++] = (struct cell){start, b};
	return n;
}

static int
cell_is(const char *s, const struct cell *c, const char *lit)
{
	size_t n = strlen(lit);
	return c->b - c->a == n && memcmp(s + c->a, lit, n) == 0;
}

static int
cell_has(const char *s, const struct cell *c, const char *lit)
{
	return memmem(s + c->a, c->b - c->a, lit, strlen(lit)) != NULL;
}

void
table_header(const struct doc *d, const struct para *p, struct table_run *t)
{
	const char *s = d->buf;
	struct cell c[CELLS_MAX];

	t->active = t->targets = 0;
	if (memmem(s + p->start, p->end - p->start, "指标", 6) == NULL)
		return;
	size_t n = split_cells(s, p->start, p->end, c, CELLS_MAX);
	int indicator = 0;
	for (size_t k = 0; k + 1 < n; k++)
		indicator |= cell_is(s, &c[k], "指标") ||
		    cell_is(s, &c[k], "指标名称");
	if (n < 3 || !indicator)
		return;
	/* A table of indicators: its lines are read by their columns, and
	 * give targets from its target column — the last that says 目标
	 * (2030年目标值) or names a year not before the document's (2025年
	 * beside 2020年) — unless its section is judged past. */
	t->active = 1;
	int review = 0; /* a column of results after it: 规划目标 2025年完成 */
	for (size_t k = n; k-- > 0 && !t->targets;) {
		int year = 0;
		for (size_t i = c[k].a; i + 4 <= c[k].b && year == 0; i++)
			year = numeral_year(s + i, 4);
		if (cell_has(s, &c[k], "完成") || cell_has(s, &c[k], "实际") ||
		    (year > 0 && d->year > 0 && year < d->year)) {
			review = 1;
			continue;
		}
		if (!cell_has(s, &c[k], "目标") && year == 0)
			continue;
		if (review || p->prior == TENSE_PAST)
			return;
		t->targets = 1;
		t->from_end = n - 1 - k;
		if (year > 0)
			snprintf(t->period, sizeof t->period, "%d年", year);
		else
			snprintf(t->period, sizeof t->period, "%s",
			    d->plan_period);
	}
}

/* Reads the value cell s[a..b): an optional sign, a number, an optional
 * 以上/以下/左右/以内, or a cumulative 〔20〕. Fills *value and *cmp;
 * returns 1, or 0 when the cell holds no such number (完成省定目标). */
static int
read_value(const char *s, size_t a, size_t b, char *value, int *cmp)
{
	static const struct {
		const char *sign;
		int cmp;
	} before[] = {
		{"≥", CMP_GE}, {">=", CMP_GE}, {"＞", CMP_GT}, {">", CMP_GT},
		{"≤", CMP_LE}, {"<=", CMP_LE}, {"＜", CMP_LT}, {"<", CMP_LT},
		{"〔", CMP_EQ}, {"[", CMP_EQ},
	}, after[] = {
		{"以上", CMP_GE}, {"以下", CMP_LE}, {"以内", CMP_LE},
		{"左右", CMP_APPROX}, {"〕", CMP_EQ}, {"]", CMP_EQ}, {"", CMP_EQ},
	};
	*cmp = CMP_EQ;
	for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
		size_t n = strlen(before[k].sign);
		if (b - a > n && memcmp(s + a, before[k].sign, n) == 0) {
			*cmp = before[k].cmp;
			a += n;
			break;
		}
	}
	struct numeral num;
	size_t used = numeral_parse(s + a, b - a, &num);
	if (used == 0 || num.kind != NUM_PLAIN || num.chinese ||
	    num.prefix[0] != '\0')
		return 0;
	a += used;
	for (size_t k = 0; k < sizeof after / sizeof after[0]; k++) {
		size_t n = strlen(after[k].sign);
		if (b - a == n && memcmp(s + a, after[k].sign, n) == 0) {
			if (after[k].cmp != CMP_EQ)
				*cmp = after[k].cmp;
			decimal_format(num.value, value);
			return 1;
		}
	}
	return 0;
}

/* The metric cell of a row: the last cell before the value that is text,
 * not the attribute (预期性, 约束性) nor a row number or a category. */
static const struct cell *
metric_cell(const char *s, const struct cell *c, size_t value)
{
	for (size_t k = value; k-- > 0;) {
		if (c[k].b == c[k].a || cell_is(s, &c[k], "预期性") ||
		    cell_is(s, &c[k], "约束性"))
			continue;
		size_t chars = utf8_count((const unsigned char *)s + c[k].a,
		    c[k].b - c[k].a);
		/* A category (经济强) has no unit; an indicator names one. */
		if (chars >= 3 && cell_has(s, &c[k], "（"))
			return &c[k];
		if (chars >= 4)
			return &c[k];
	}
	return NULL;
}

int
table_row(const struct doc *d, const struct para *p, struct table_run *t,
    struct table_cells *out)
{
	const char *s = d->buf;
	struct cell c[CELLS_MAX];

	if (!t->active)
		return 0;
	size_t n = split_cells(s, p->start, p->end, c, CELLS_MAX);
	if (n < 2) {
		/* A cell wrapped onto a line of its own (保持同步) keeps the
		 * table going; a note or a paragraph ends it. */
		size_t len = p->end - p->start;
		if (utf8_count((const unsigned char *)s + p->start, len) > 8 ||
		    (len >= 3 && memcmp(s + p->start, "注", 3) == 0))
			t->active = 0;
		return t->active ? 1 : 0;
	}
	if (!t->targets || n <= t->from_end + 1)
		return 1;
	size_t vk = n - 1 - t->from_end;
	const struct cell *v = &c[vk];
	if (!read_value(s, v->a, v->b, out->value, &out->cmp))
		return 1;
	const struct cell *m = metric_cell(s, c, vk);
	if (m == NULL)
		return 1;
	/* 地区生产总值（GDP）年均增长率（%）: the last brackets are the
	 * unit. */
	size_t ma = m->a, mb = m->b, ua = mb, ub = mb;
	if (mb - ma > 6 && memcmp(s + mb - 3, "）", 3) == 0) {
		for (size_t i = mb - 3; i > ma; i--)
			if (memcmp(s + i, "（", 3) == 0) {
				ua = i + 3;
				ub = mb - 3;
				mb = i;
				break;
			}
	}
	snprintf(out->metric, sizeof out->metric, "%.*s", (int)(mb - ma), s + ma);
	snprintf(out->unit, sizeof out->unit, "%.*s", (int)(ub - ua), s + ua);
	snprintf(out->period, sizeof out->period, "%s", t->period);
	out->quote_a = m->a;
	out->quote_b = p->end;
	out->value_a = v->a;
	out->value_b = v->b;
	return 2;
}
