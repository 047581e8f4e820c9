/*
 * Reading quantities: the numeral (numerals.c), then the unit, comparator
 * suffix and a second number of a range (patterns.c).
 */
#define _GNU_SOURCE /* memmem */
#include "quantity.h"

#include <string.h>

#include "../common/record.h"
#include "../common/utf8.h"
#include "clauses.h"
#include "lexicon.h"
#include "patterns.h"

/* Group numbers of PAT_UNIT and PAT_BARE_SUFFIX, looked up once: the
 * suffix groups give the comparator (以上, 以内, 左右). */
static struct {
	int ready;
	int approx, scale, per;
	int suffix[3], bare_suffix[3]; /* in the order of suffix_cmp */
	int kind[4]; /* pct money measure count, in enum unit_kind order from 1 */
	int jiao, fen;
} g;

static const int suffix_cmp[3] = {CMP_GE, CMP_LE, CMP_APPROX};

void
quantity_prepare(void)
{
	static const char *const kinds[] = {"pct", "money", "measure", "count"};
	static const char *const suffixes[] = {"sge", "sle", "sapprox"};
	if (g.ready)
		return;
	g.approx = pat_group(PAT_UNIT, "approx");
	g.scale = pat_group(PAT_UNIT, "scale");
	g.per = pat_group(PAT_UNIT, "per");
	for (int k = 0; k < 3; k++) {
		g.suffix[k] = pat_group(PAT_UNIT, suffixes[k]);
		g.bare_suffix[k] = pat_group(PAT_BARE_SUFFIX, suffixes[k]);
	}
	for (int k = 0; k < 4; k++)
		g.kind[k] = pat_group(PAT_UNIT, kinds[k]);
	g.jiao = pat_group(PAT_JIAO_FEN, "jiao");
	g.fen = pat_group(PAT_JIAO_FEN, "fen");
	g.ready = 1;
}

/* The comparator of the suffix group of the last match that is set
 * (groups[3], in the order of suffix_cmp), or -1. */
static int
suffix_comparator(const int groups[3])
{
	size_t a, b;
	for (int k = 0; k < 3; k++) {
		pat_span(groups[k], &a, &b);
		if (a != (size_t)-1)
			return suffix_cmp[k];
	}
	return -1;
}

/* A rate per so many people after a number: 12/10万, 3.2/千人, 8/万人口.
 * Returns the end of its unit, or 0. */
static size_t
per_population(const char *s, size_t pos, size_t hi)
{
	if (pos >= hi || s[pos] != '/')
		return 0;
	size_t p = pos + 1;
	while (p < hi && s[p] >= '0' && s[p] <= '9')
		p++;
	size_t n = lex_prefix(LEX_SCALE, s + p, hi - p);
	if (n == 0 && hi - p >= 3 && memcmp(s + p, "千", 3) == 0)
		n = 3;
	if (n == 0)
		return 0;
	p += n;
	if (hi - p >= 6 && memcmp(s + p, "人口", 6) == 0)
		p += 6;
	else if (hi - p >= 3 && memcmp(s + p, "人", 3) == 0)
		p += 3;
	return p;
}

/* The comparator after a rate ending at pos (5%以上, 12/10万以下) into
 * q->cmp. Returns the end of the rate with its suffix. */
static size_t
rate_suffix(const char *s, size_t pos, size_t hi, struct quantity *q)
{
	size_t a, end;
	if (pat_match(PAT_BARE_SUFFIX, s, hi, pos) == 1) {
		pat_span(0, &a, &end);
		if ((q->cmp = suffix_comparator(g.bare_suffix)) >= 0)
			return end;
	}
	return pos;
}

/* Reads the unit after a number ending at pos: scale, unit word, suffix.
 * Fills q->unit (prefix of the numeral included), q->kind and q->cmp, and
 * returns the end of the unit, or 0. */
static size_t
read_unit(const char *s, size_t pos, size_t hi, const struct numeral *n,
    struct quantity *q)
{
	size_t a, b;

	q->cmp = -1;
	if (n->kind != NUM_PLAIN) {
		strcpy(q->unit, n->kind == NUM_PERMILLE ? "‰" : "%");
		q->kind = U_PERCENT;
		return rate_suffix(s, pos, hi, q);
	}
	/* 孕产妇死亡率12/10万以下: a rate, like a per mille. */
	size_t rate = per_population(s, pos, hi);
	if (rate > 0 && n->prefix[0] == '\0' && rate - pos < UNIT_MAX) {
		memcpy(q->unit, s + pos, rate - pos);
		q->unit[rate - pos] = '\0';
		q->kind = U_PERCENT;
		return rate_suffix(s, rate, hi, q);
	}
	size_t clen;
	uint32_t next = utf8_next(s, pos, hi, &clen);
	if (clen > 0 && pat_can_start(PAT_UNIT, next) &&
	    pat_match(PAT_UNIT, s, hi, pos) == 1) {
		size_t end, len = strlen(n->prefix);
		pat_span(0, &a, &end);
		memcpy(q->unit, n->prefix, len);
		pat_span(g.scale, &a, &b);
		if (a != (size_t)-1) {
			if (len > 0)
				return 0; /* 二亿 万元: two scales, no reading */
			memcpy(q->unit + len, s + a, b - a);
			len += b - a;
		}
		q->kind = U_NONE;
		for (int k = 0; k < 4; k++) {
			pat_span(g.kind[k], &a, &b);
			/* 方 is cubic metres after 万 or 亿 (350亿方), a party
			 * or a side after a count (三方, 双方). */
			if (a != (size_t)-1 && b - a == 3 &&
			    memcmp(s + a, "方", 3) == 0 && (len < 3 ||
			    (memcmp(q->unit + len - 3, "万", 3) != 0 &&
			    memcmp(q->unit + len - 3, "亿", 3) != 0)))
				return 0;
			if (a != (size_t)-1) {
				if (len + (b - a) >= UNIT_MAX)
					return 0;
				memcpy(q->unit + len, s + a, b - a);
				len += b - a;
				q->kind = (enum unit_kind)(k + 1);
			}
		}
		pat_span(g.per, &a, &b);
		if (a != (size_t)-1 && q->kind != U_NONE) {
			if (len + (b - a) >= UNIT_MAX)
				return 0;
			memcpy(q->unit + len, s + a, b - a);
			len += b - a;
		}
		q->unit[len] = '\0';
		pat_span(g.approx, &a, &b);
		if (a != (size_t)-1)
			q->approx_more = 1;
		q->cmp = suffix_comparator(g.suffix);
		return end;
	}
	/* A number with only a scale: 贫困人口减少6800多万。 */
	if (n->prefix[0] != '\0' &&
	    pat_match(PAT_BARE_SUFFIX, s, hi, pos) == 1) {
		size_t end;
		pat_span(0, &a, &end);
		strcpy(q->unit, n->prefix);
		q->kind = U_SCALE;
		q->cmp = suffix_comparator(g.bare_suffix);
		return end;
	}
	return 0;
}

/* The value of the one-digit numeral at s[a..b). */
static uint64_t
digit_at(const char *s, size_t a, size_t b)
{
	struct numeral n;
	return numeral_parse(s + a, b - a, &n) > 0 ? n.value.mant : 0;
}

/* 一百十一元五角: jiao and fen after a sum in 元 are its decimals. Adds them
 * to q and returns the end of the quantity. */
static size_t
jiao_fen(const char *s, size_t hi, size_t end, struct quantity *q)
{
	size_t a, b, jend;
	if (strcmp(q->unit, "元") != 0 || q->lo.value.scale != 0 ||
	    pat_match(PAT_JIAO_FEN, s, hi, end) != 1)
		return end;
	pat_span(0, &a, &jend);
	pat_span(g.jiao, &a, &b);
	uint64_t cents = digit_at(s, a, b) * 10;
	pat_span(g.fen, &a, &b);
	if (a != (size_t)-1)
		cents += digit_at(s, a, b);
	int ok = 1;
	struct decimal sum = decimal_add(q->lo.value,
	    (struct decimal){cents, 2}, &ok);
	if (!ok)
		return end;
	q->lo.value = sum;
	return jend;
}

/* 受教育年限提高到11.3年, 人均预期寿命提高1岁, 空气优良天数达到350天:
 * years or days measure a span of life or schooling or a count of days,
 * not a date, after a word of the lexicon's (年限, 寿命, 天数) in the ten
 * characters before the number. Fills q and returns 1, or returns 0. */
static int
duration_measure(const char *s, size_t lo, size_t pos, size_t after,
    size_t hi, struct quantity *q)
{
	static const char *const spans[] = {"年限", "寿命", "年龄", "工龄",
	    "学制"};
	size_t n;
	uint32_t cp = utf8_next(s, after, hi, &n);
	int days = cp == 0x5929 /* 天 */;
	if (cp != 0x5E74 /* 年 */ && cp != 0x5C81 /* 岁 */ && !days)
		return 0;
	/* Days count from a 天数 anywhere before in the sentence (周转天数，
	 * 由…的101天下降到…的96天). */
	size_t from = days ? lo : pos;
	for (int k = 0; k < 10 && from > lo; k++) {
		size_t at;
		utf8_prev(s, lo, from, &at);
		from = at;
	}
	for (size_t k = 0; k < (days ? 1 : sizeof spans / sizeof spans[0]); k++)
		if (memmem(s + from, pos - from, days ? "天数" : spans[k],
		    days ? strlen("天数") : strlen(spans[k]))) {
			memcpy(q->unit, s + after, n);
			q->unit[n] = '\0';
			q->kind = U_MEASURE;
			q->cmp = -1;
			q->end = after + n;
			return 1;
		}
	return 0;
}

/* 利用系数提高到0.6, 指数达到85: a ratio measured by a bare number,
 * right after 到 or 为 with 系数 or 指数 in the ten characters before.
 * Fills q (no unit) and returns 1, or returns 0. */
static int
bare_ratio(const char *s, size_t lo, size_t pos, size_t after, size_t hi,
    struct quantity *q)
{
	size_t at, n;
	uint32_t before = utf8_prev(s, lo, pos, &at);
	uint32_t next = utf8_next(s, after, hi, &n);
	if ((before != 0x5230 /* 到 */ && before != 0x4E3A /* 为 */) ||
	    (next >= '0' && next <= '9') || next == '.' || next == '/')
		return 0;
	size_t from = at;
	for (int k = 0; k < 10 && from > lo; k++)
		utf8_prev(s, lo, from, &from);
	struct lex_hit hit;
	if (lex_scan(LEX_RATIO_NOUN, s, lo, from, at, hi, &hit, 1) == 0)
		return 0;
	q->unit[0] = '\0';
	q->kind = U_NONE;
	q->cmp = -1;
	q->end = after;
	return 1;
}

/* Reads a number and its unit at pos; handles ranges (6%—7%, 6~7%,
 * 二百九十亿到三百亿斤) and 保六争八. Returns 1 with q filled. */
int
quantity_read(const char *s, size_t lo, size_t hi, size_t pos,
    struct quantity *q)
{
	memset(q, 0, sizeof *q);
	q->start = pos;
	size_t n1 = numeral_parse(s + pos, hi - pos, &q->lo);
	if (n1 == 0)
		return 0;
	if (q->lo.digit_string && q->lo.value.scale == 0)
		return 0; /* 二〇二三: a year written digit by digit */
	/* 2024/1/8: a date's day and month, no fraction. */
	size_t before;
	if (q->lo.slash && pos > lo && (utf8_prev(s, lo, pos, &before) == '/' ||
	    (s[pos - 1] >= '0' && s[pos - 1] <= '9')))
		return 0;
	size_t after = pos + n1;
	size_t uend = read_unit(s, after, hi, &q->lo, q);
	if (uend > 0)
		uend = jiao_fen(s, hi, uend, q);

	/* A second number after a dash, wave or 至/到 makes a range. */
	size_t join_from = uend ? uend : after;
	if (pat_match(PAT_RANGE_JOIN, s, hi, join_from) == 1) {
		size_t a, jend;
		pat_span(0, &a, &jend);
		struct quantity q2;
		memset(&q2, 0, sizeof q2);
		size_t n2 = numeral_parse(s + jend, hi - jend, &q2.lo);
		if (n2 > 0 && !q2.lo.digit_string) {
			size_t u2 = read_unit(s, jend + n2, hi, &q2.lo, &q2);
			int same = uend == 0 || (u2 > 0 &&
			    (strcmp(q->unit, q2.unit) == 0 ||
			    strcmp(q->unit, "") == 0));
			if (u2 > 0 && same &&
			    decimal_cmp(q->lo.value, q2.lo.value) < 0) {
				if (uend == 0) {
					/* 6~7%: the low end takes the unit. */
					strcpy(q->unit, q2.unit);
					q->kind = q2.kind;
				}
				q->hi = q2.lo;
				q->range = 1;
				q->cmp = CMP_RANGE;
				q->end = u2;
				return 1;
			}
		}
	}
	/* 保六争八: keep six, strive for eight (percent of growth). */
	size_t at;
	if (uend == 0 && utf8_prev(s, lo, pos, &at) == 0x4FDD /* 保 */ &&
	    hi - after >= 3 && memcmp(s + after, "争", 3) == 0) {
		struct numeral hi_n;
		size_t n2 = numeral_parse(s + after + 3, hi - after - 3, &hi_n);
		if (n2 > 0 && decimal_cmp(q->lo.value, hi_n.value) < 0) {
			q->hi = hi_n;
			q->range = 1;
			q->cmp = CMP_RANGE;
			strcpy(q->unit, "%");
			q->kind = U_PERCENT;
			q->start = at;
			q->end = after + 3 + n2;
			return 1;
		}
	}
	if (uend == 0 && duration_measure(s, lo, pos, after, hi, q))
		return 1;
	if (uend == 0 && bare_ratio(s, lo, pos, after, hi, q))
		return 1;
	if (uend == 0)
		return 0;
	q->end = uend;
	return 1;
}


int
quantity_read_magnitude(const char *s, size_t lo, size_t hi, size_t pos,
    struct quantity *q)
{
	/* Only after a comparator: 突破千亿元, 达到万亿元, 超过百家; not 千亿
	 * 级产业集群, 百万亩 in a name, 万元以上 of a size class. */
	static const enum lex_table cmps[] = {LEX_CMP_GT, LEX_CMP_GE,
	    LEX_CMP_EQ, LEX_CMP_APPROX};
	size_t k;
	for (k = 0; k < sizeof cmps / sizeof cmps[0]; k++)
		if (lex_suffix(cmps[k], s + lo, pos - lo) > 0)
			break;
	if (k == sizeof cmps / sizeof cmps[0])
		return 0;
	static const struct { const char *word; uint64_t value; } counts[] = {
		{"十", 10}, {"百", 100}, {"千", 1000},
	};
	static const char *const scales[] = {"万亿", "万", "亿"};
	memset(q, 0, sizeof *q);
	q->start = pos;
	q->lo.value.mant = 1;
	q->lo.prefix = "";
	q->lo.kind = NUM_PLAIN;
	size_t at = pos;
	for (k = 0; k < sizeof counts / sizeof counts[0]; k++)
		if (at + 3 <= hi && memcmp(s + at, counts[k].word, 3) == 0) {
			q->lo.value.mant = counts[k].value;
			at += 3;
			break;
		}
	for (k = 0; k < sizeof scales / sizeof scales[0]; k++) {
		size_t n = strlen(scales[k]);
		if (at + n <= hi && memcmp(s + at, scales[k], n) == 0) {
			q->lo.prefix = scales[k];
			at += n;
			break;
		}
	}
	if (at == pos || (q->lo.value.mant == 1 && q->lo.prefix[0] == '\0'))
		return 0;
	size_t end = read_unit(s, at, hi, &q->lo, q);
	if (end == 0 || q->kind == U_PERCENT)
		return 0;
	/* An amount ends its clause (突破千亿元，; a bound after it is the
	 * unit's), a quote or bracket, or a milestone follows; before a noun
	 * or a count it is a class of size (超百亿元工业企业, 超亿元10户,
	 * 近万家企业, 千亿级). */
	static const char *const milestones[] = {"大关", "台阶", "关口"};
	size_t len;
	uint32_t next = end < hi ? utf8_next(s, end, hi, &len) : 0;
	int ends = end >= hi || is_clause_end(next) || next == 0xFF09 /* ） */ ||
	    next == 0x201D /* ” */;
	for (k = 0; k < sizeof milestones / sizeof milestones[0] && !ends; k++)
		ends = end + 6 <= hi && memcmp(s + end, milestones[k], 6) == 0;
	if (!ends)
		return 0;
	q->end = end;
	return 1;
}

int
quantity_starts_at(const char *s, size_t lo, size_t pos)
{
	unsigned char c = (unsigned char)s[pos];
	uint32_t cp, before;
	size_t at, len;

	if (c >= '0' && c <= '9') {
		before = utf8_prev(s, lo, pos, &at);
		if (before == '.' || before == ',') /* 1,200 and 5.5 */
			before = utf8_prev(s, lo, at, &at);
		/* 示范点17个: 点 is a decimal point only after a numeral. */
		if (before == 0x70B9 /* 点 */ &&
		    !numeral_is_part(utf8_prev(s, lo, at, &at)))
			return 1;
		return !numeral_is_part(before);
	}
	if (c < 0xE0 || (c & 0xC0) == 0x80)
		return 0;
	cp = utf8_next(s, pos, pos + 4, &len);
	if (!numeral_is_start(cp))
		return 0;
	/* 二百二十 starts at 二, not at 十. */
	return !numeral_is_part(utf8_prev(s, lo, pos, &at));
}
