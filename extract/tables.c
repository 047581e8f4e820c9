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

static int read_value(const char *s, size_t a, size_t b, char *value,
    int *cmp, char *unit, size_t ucap);

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

/* Trims spaces, full-width ones too, off both ends of s[*a..*b). */
static void
trim(const char *s, size_t *a, size_t *b)
{
	for (;;) {
		if (*a < *b && s[*a] == ' ')
			(*a)++;
		else if (*b > *a && s[*b - 1] == ' ')
			(*b)--;
		else if (*b - *a >= 3 && memcmp(s + *a, "　", 3) == 0)
			*a += 3;
		else if (*b - *a >= 3 && memcmp(s + *b - 3, "　", 3) == 0)
			*b -= 3;
		else
			return;
	}
}

/* Whether s[a..b) is lit once its spaces are left out (指  标). */
static int
squeezed_is(const char *s, size_t a, size_t b, const char *lit)
{
	size_t n = strlen(lit), k = 0;
	for (size_t i = a; i < b; i++) {
		if (s[i] == ' ')
			continue;
		if (i + 3 <= b && memcmp(s + i, "　", 3) == 0) {
			i += 2;
			continue;
		}
		if (k >= n || s[i] != lit[k])
			return 0;
		k++;
	}
	return k == n;
}

static int
attribute_cell(const char *s, size_t a, size_t b)
{
	return squeezed_is(s, a, b, "预期性") || squeezed_is(s, a, b, "约束性") ||
	    squeezed_is(s, a, b, "预期") || squeezed_is(s, a, b, "约束");
}

/* A header cell that is no column of values: 属性, 单位, 序号 … */
static int
other_column(const char *s, size_t a, size_t b)
{
	static const char *const other[] = {"属性", "指标属性", "单位", "类型",
	    "指标类型", "序号", "备注", "类别"};
	for (size_t k = 0; k < sizeof other / sizeof other[0]; k++)
		if (squeezed_is(s, a, b, other[k]))
			return 1;
	return 0;
}

/* Whether s[a..b) is a cell with no value in it: —, -, /. */
static int
blank_cell(const char *s, size_t a, size_t b)
{
	return squeezed_is(s, a, b, "—") || squeezed_is(s, a, b, "——") ||
	    squeezed_is(s, a, b, "-") || squeezed_is(s, a, b, "－") ||
	    squeezed_is(s, a, b, "/");
}

static int
value_line(const char *s, size_t a, size_t b)
{
	char value[32], unit[48];
	int cmp;
	trim(s, &a, &b);
	return blank_cell(s, a, b) || read_value(s, a, b, value, &cmp, unit,
	    sizeof unit);
}

/* A line of a stacked table that is no cell: a sentence or more. */
static int
ends_stack(const char *s, size_t a, size_t b)
{
	return utf8_count((const unsigned char *)s + a, b - a) > 40 ||
	    memmem(s + a, b - a, "。", 3) != NULL;
}

/* Opens a stacked table when paragraph p is a lone 指标 cell and the
 * short lines after it are the other header cells (2020年, 2025年, 属性):
 * its value columns are those not in other_column, its target the last
 * that says 目标 or names a year not before the document's. */
static int
stacked_header(const struct doc *d, const struct para *p, struct table_run *t)
{
	const char *s = d->buf;
	size_t a = p->start, b = p->end, at = (size_t)(p - d->paras);
	trim(s, &a, &b);
	if (!squeezed_is(s, a, b, "指标") && !squeezed_is(s, a, b, "指标名称") &&
	    !squeezed_is(s, a, b, "主要指标"))
		return 0;
	size_t columns = 0, target = (size_t)-1, end = at, review = 0;
	t->unit_column = 0;
	for (size_t i = at + 1; i < d->nparas && i <= at + 8; i++) {
		size_t ca = d->paras[i].start, cb = d->paras[i].end;
		trim(s, &ca, &cb);
		int year = 0;
		for (size_t k = ca; k + 4 <= cb && year == 0; k++)
			year = numeral_year(s + k, 4);
		if (cb == ca || utf8_count((const unsigned char *)s + ca,
		    cb - ca) > 10 || (year == 0 && value_line(s, ca, cb)))
			break;
		struct cell c = {ca, cb};
		int column = year > 0 || cell_has(s, &c, "目标") ||
		    cell_has(s, &c, "基期") || cell_has(s, &c, "现状") ||
		    cell_has(s, &c, "值");
		if (!column && !other_column(s, ca, cb))
			break;
		end = i;
		if (squeezed_is(s, ca, cb, "单位"))
			t->unit_column = 1;
		if (!column)
			continue;
		if (cell_has(s, &c, "完成") || cell_has(s, &c, "实际") ||
		    (year > 0 && d->year > 0 && year < d->year) ||
		    (year == 0 && !cell_has(s, &c, "目标")))
			review += target != (size_t)-1;
		else {
			target = columns;
			if (year > 0)
				snprintf(t->period, sizeof t->period, "%d年", year);
			else
				snprintf(t->period, sizeof t->period, "%s",
				    d->plan_period);
		}
		columns++;
	}
	if (columns < 1 || end == at)
		return 0;
	t->active = 1;
	t->stacked = 1;
	t->header_end = end;
	t->columns = columns;
	t->target = target;
	t->targets = target != (size_t)-1 && review == 0 &&
	    p->prior != TENSE_PAST;
	t->nlabel = t->nvalue = 0;
	return 1;
}

/* The metric and unit a stacked row's label gives, into out: the label
 * without its numbering (1.) and its unit's brackets ((%)); a short
 * part under 其中 (小学) is its parent's, in brackets. */
static void
stacked_metric(const char *s, size_t a, size_t b, size_t pa, size_t pb,
    struct table_cells *out)
{
	static const char *const part[] = {"其中：", "其中:"};
	trim(s, &a, &b);
	out->unit[0] = '\0';
	size_t k;
	for (k = 0; k < 2; k++)
		if (b - a > strlen(part[k]) && memcmp(s + a, part[k],
		    strlen(part[k])) == 0) {
			a += strlen(part[k]);
			break;
		}
	/* 1. 2、 (1) ① */
	size_t i = a;
	while (i < b && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i > a && i < b && (s[i] == '.' || memcmp(s + i, "、", 3) == 0 ||
	    memcmp(s + i, "．", 3) == 0))
		a = i + (s[i] == '.' ? 1 : 3);
	for (int round = 0; round < 2 && b - a > 6; round++) {
		int wide = memcmp(s + b - 3, "）", 3) == 0;
		if (!wide && s[b - 1] != ')')
			break;
		size_t close = wide ? b - 3 : b - 1, open = close;
		while (open > a && s[open] != '(' && memcmp(s + open, "（", 3) != 0)
			open--;
		if (open == a || close - open > 16)
			break;
		size_t ua = open + (s[open] == '(' ? 1 : 3);
		if (round == 0 && out->unit[0] == '\0')
			snprintf(out->unit, sizeof out->unit, "%.*s",
			    (int)(close - ua), s + ua);
		b = open;
		break;
	}
	size_t chars = utf8_count((const unsigned char *)s + a, b - a);
	if (chars <= 3 && pb > pa) {
		struct table_cells parent;
		stacked_metric(s, pa, pb, 0, 0, &parent);
		/* Whole or not at all: a cut would split a character. */
		size_t pl = strlen(parent.metric), ll = b - a, at = 0;
		if (pl + ll + 7 <= sizeof out->metric) {
			memcpy(out->metric, parent.metric, pl);
			at = pl;
			memcpy(out->metric + at, "（", 3);
			at += 3;
			memcpy(out->metric + at, s + a, ll);
			at += ll;
			memcpy(out->metric + at, "）", 4);
		} else
			snprintf(out->metric, sizeof out->metric, "%.*s",
			    (int)ll, s + a);
		if (out->unit[0] == '\0')
			snprintf(out->unit, sizeof out->unit, "%s", parent.unit);
		return;
	}
	snprintf(out->metric, sizeof out->metric, "%.*s", (int)(b - a), s + a);
}

/* Writes the targets of the row read so far and starts the next: with
 * R rows under one label each (the last R labels), the values come a
 * column at a time (R lines of 2020年, then R of 2025年). */
static void
stack_flush(const struct doc *d, struct table_run *t, struct table_cells *out,
    size_t max, size_t *nout)
{
	const char *s = d->buf;
	size_t rows = t->columns > 0 ? t->nvalue / t->columns : 0;
	/* A 单位 column's cell is the row's last label. */
	char column_unit[48] = "";
	if (t->unit_column && t->nlabel >= 2) {
		const struct para *u = &d->paras[t->label[--t->nlabel]];
		size_t ua = u->start, ub = u->end;
		trim(s, &ua, &ub);
		snprintf(column_unit, sizeof column_unit, "%.*s",
		    (int)(ub - ua), s + ua);
	}
	if (t->targets && rows > 0 && t->nvalue % t->columns == 0 &&
	    t->nlabel >= rows) {
		for (size_t r = 0; r < rows && *nout < max; r++) {
			const struct para *v = &d->paras[t->value[t->target *
			    rows + r]];
			const struct para *l = &d->paras[t->label[t->nlabel -
			    rows + r]];
			const struct para *parent = t->nlabel > rows ?
			    &d->paras[t->label[t->nlabel - rows - 1]] : NULL;
			struct table_cells *c = &out[*nout];
			size_t va = v->start, vb = v->end;
			char unit[48];
			trim(s, &va, &vb);
			if (blank_cell(s, va, vb) || !read_value(s, va, vb,
			    c->value, &c->cmp, unit, sizeof unit))
				continue;
			stacked_metric(s, l->start, l->end, parent ?
			    parent->start : 0, parent ? parent->end : 0, c);
			if (unit[0] != '\0' || column_unit[0] != '\0')
				snprintf(c->unit, sizeof c->unit, "%s",
				    unit[0] != '\0' ? unit : column_unit);
			snprintf(c->period, sizeof c->period, "%s", t->period);
			c->quote_a = va;
			c->quote_b = vb;
			c->value_a = va;
			c->value_b = vb;
			(*nout)++;
		}
	}
	t->nlabel = t->nvalue = 0;
}

/* A line of a stacked table: a label starts a row (ending the row
 * before, once that has values), values and the attribute go on it. */
static int
stacked_row(const struct doc *d, const struct para *p, struct table_run *t,
    struct table_cells *out, size_t max, size_t *nout)
{
	const char *s = d->buf;
	size_t at = (size_t)(p - d->paras), a = p->start, b = p->end;
	if (at <= t->header_end)
		return 1;
	trim(s, &a, &b);
	if (b == a)
		return 1;
	if (ends_stack(s, a, b)) {
		stack_flush(d, t, out, max, nout);
		t->active = t->stacked = 0;
		return 0;
	}
	if (attribute_cell(s, a, b)) {
		stack_flush(d, t, out, max, nout);
		return 1;
	}
	if (value_line(s, a, b)) {
		/* A number before any label is a row's 序号. */
		if (t->nlabel > 0 && t->nvalue < TABLE_STACK_VALUES)
			t->value[t->nvalue++] = at;
		return 1;
	}
	if (t->nvalue > 0)
		stack_flush(d, t, out, max, nout);
	if (t->nlabel == TABLE_STACK_LABELS) {
		memmove(t->label, t->label + 1, (TABLE_STACK_LABELS - 1) *
		    sizeof t->label[0]);
		t->nlabel--;
	}
	t->label[t->nlabel++] = at;
	return 1;
}

void
table_finish(const struct doc *d, struct table_run *t,
    struct table_cells *out, size_t max, size_t *nout)
{
	*nout = 0;
	if (t->active && t->stacked)
		stack_flush(d, t, out, max, nout);
	t->active = t->stacked = 0;
}

/* The longest header row, in bytes: 170 characters of CJK. */
enum { TABLE_HEADER_MAX = 512 };

void
table_header(const struct doc *d, const struct para *p, struct table_run *t)
{
	const char *s = d->buf;
	struct cell c[CELLS_MAX];

	t->active = t->targets = t->stacked = 0;
	/* A header row names its columns in a few words; a paragraph of
	 * prose is not searched for 指标 (1.3% of a night's time). */
	if (p->end - p->start > TABLE_HEADER_MAX)
		return;
	if (stacked_header(d, p, t) ||
	    memmem(s + p->start, p->end - p->start, "指标", 6) == NULL)
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
 * returns 1, or 0 when the cell holds no such number (完成省定目标). With
 * unit, a unit may follow the number (99%以上, 12.3年) and is written
 * there (capacity ucap); without, none may. */
static int
read_value(const char *s, size_t a, size_t b, char *value, int *cmp,
    char *unit, size_t ucap)
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
		if (b - a < n || memcmp(s + b - n, after[k].sign, n) != 0)
			continue;
		size_t ub = b - n;
		if (ub > a && (unit == NULL || ub - a >= ucap ||
		    utf8_count((const unsigned char *)s + a, ub - a) > 4))
			continue;
		for (size_t i = a; i < ub; i++)
			if ((s[i] >= '0' && s[i] <= '9') || s[i] == ' ')
				return 0;
		if (unit != NULL)
			snprintf(unit, ucap, "%.*s", (int)(ub - a), s + a);
		if (after[k].cmp != CMP_EQ)
			*cmp = after[k].cmp;
		decimal_format(num.value, value);
		return 1;
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
    struct table_cells *out, size_t max, size_t *nout)
{
	const char *s = d->buf;
	struct cell c[CELLS_MAX];

	*nout = 0;
	if (!t->active)
		return 0;
	if (t->stacked)
		return stacked_row(d, p, t, out, max, nout);
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
	if (!read_value(s, v->a, v->b, out->value, &out->cmp, NULL, 0))
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
	*nout = 1;
	return 2;
}
