/*
 * The comparator of a target: the word after its number (以上, 以内,
 * 左右), else the word before it (超过, 突破, 不低于, 控制在, 约), else the
 * word at the end of the 、 list it is in (分别达65%、60%以上: both 以上),
 * else 达到. 多 and 余 (6800多万) read as more than.
 */
#include <string.h>

#include "../common/record.h"
#include "clauses.h"
#include "fields.h"
#include "patterns.h"

/* The comparator a word before the number states, or -1. */
static int
comparator_before(const struct sentence *st, const struct quantity *q)
{
	static const char *const names[CMP_COUNT] = {
		[CMP_EQ] = "eq", [CMP_GE] = "ge", [CMP_GT] = "gt",
		[CMP_APPROX] = "approx", [CMP_LE] = "le", [CMP_LT] = "lt",
	};
	const char *s = st->d->buf;
	size_t cs = clause_start(s, st->ss, q->start, 0);
	size_t w = chars_before(s, cs, q->start, 6), a, b;
	if (pat_find(PAT_CMP_BEFORE, s, q->start, w) != 1)
		return -1;
	for (int c = 0; c < CMP_COUNT; c++) {
		if (names[c] == NULL)
			continue;
		pat_span(pat_group(PAT_CMP_BEFORE, names[c]), &a, &b);
		if (a != (size_t)-1)
			return c;
	}
	return -1;
}

/* Whether s[a..b) holds nothing but list separators (、 和 及 与). */
static int
only_separators(const char *s, size_t a, size_t b)
{
	static const char *const seps[] = {"、", "和", "及", "与", " "};
	while (a < b) {
		size_t k, n = 0;
		for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
			n = strlen(seps[k]);
			if (b - a >= n && memcmp(s + a, seps[k], n) == 0)
				break;
		}
		if (k == sizeof seps / sizeof seps[0])
			return 0;
		a += n;
	}
	return 1;
}

/* The suffix comparator that ends the 、 list holding quantity i: the
 * last quantity of its clause (、 and 和 keep a clause going), of the
 * same kind of unit, with 以上, 以内 or 左右. */
static int
list_suffix(const struct sentence *st, size_t i)
{
	size_t ca, cb, last = i;
	sentence_q_clause(st, i, &ca, &cb);
	for (size_t j = i + 1; j < st->nq && st->q[j].start < cb; j++) {
		/* A list whose other values say their own (1500家、30家以上、
		 * 5家以上) gives this one nothing. */
		if (last != i && st->q[last].cmp >= 0)
			return -1;
		last = j;
	}
	const struct quantity *l = &st->q[last];
	if (last == i || l->kind != st->q[i].kind || l->range)
		return -1;
	/* Values one after another (65%、60%以上) share it; a value with an
	 * item of its own between (高新技术企业15家、科技型中小企业30家、
	 * 专精特新企业10户以上) keeps its own. */
	for (size_t j = i + 1; j <= last; j++)
		if (!only_separators(st->d->buf, st->q[j - 1].end, st->q[j].start))
			return -1;
	return l->cmp == CMP_GE || l->cmp == CMP_LE || l->cmp == CMP_APPROX ?
	    l->cmp : -1;
}

/* The first quantity of the run of values that holds quantity i, one
 * after another with nothing but separators between (分别突破2500亿元、
 * 1800亿元和1000亿元), of one kind of unit. */
static size_t
run_start(const struct sentence *st, size_t i)
{
	size_t first = i;
	while (first > 0 && st->q[first - 1].kind == st->q[i].kind &&
	    st->q[first - 1].cmp < 0 &&
	    only_separators(st->d->buf, st->q[first - 1].end, st->q[first].start))
		first--;
	return first;
}

int
comparator_of(const struct sentence *st, size_t i)
{
	const struct quantity *q = &st->q[i];
	int cmp = q->cmp;
	if (cmp < 0 && q->approx_more)
		cmp = CMP_GT;
	if (cmp < 0) {
		/* The word before the first of its run speaks for them all. */
		int before = comparator_before(st, &st->q[run_start(st, i)]);
		int list = list_suffix(st, i);
		if (list >= 0 && (before < 0 || before == CMP_EQ))
			cmp = list;
		else
			cmp = before >= 0 ? before : CMP_EQ;
	}
	if (q->lo.approx && cmp == CMP_EQ)
		cmp = CMP_GT;
	return cmp;
}
