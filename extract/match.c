/*
 * Commitment matching: find each number with its unit, decide whether it is
 * a forward-looking target, and describe it (metric, cue, comparator,
 * period, quote, line).
 */
#include "match.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "numerals.h"
#include "patterns.h"

/* Longest quote kept whole; longer sentences are cut to the clauses around
 * the number. Longest metric kept. */
enum { QUOTE_MAX_CHARS = 160, METRIC_MAX_CHARS = 30, UNIT_MAX = 48 };

enum unit_kind { U_NONE, U_PERCENT, U_MONEY, U_MEASURE, U_COUNT, U_SCALE };

struct quantity {
	size_t start, end;      /* number start, end of unit and suffix */
	struct numeral lo, hi;  /* hi only for ranges */
	int range;
	char unit[UNIT_MAX];
	enum unit_kind kind;
	int cmp;                /* enum comparator, or -1 when not stated */
	int approx_more;        /* 多 or 余: more than the value */
};

/* Group numbers, looked up once. */
static struct {
	int unit_approx, unit_scale, unit_suffix;
	int unit_kind[5]; /* pct money measure count, in enum order from 1 */
	int bare_suffix;
	int cmp[CMP_COUNT];
} g;
static int groups_ready;

static void
lookup_groups(void)
{
	static const char *const kinds[] = {"pct", "money", "measure", "count"};
	g.unit_approx = pat_group(PAT_UNIT, "approx");
	g.unit_scale = pat_group(PAT_UNIT, "scale");
	g.unit_suffix = pat_group(PAT_UNIT, "suffix");
	for (int k = 0; k < 4; k++)
		g.unit_kind[k] = pat_group(PAT_UNIT, kinds[k]);
	g.bare_suffix = pat_group(PAT_BARE_SUFFIX, "suffix");
	g.cmp[CMP_EQ] = pat_group(PAT_CMP_BEFORE, "eq");
	g.cmp[CMP_GE] = pat_group(PAT_CMP_BEFORE, "ge");
	g.cmp[CMP_GT] = pat_group(PAT_CMP_BEFORE, "gt");
	g.cmp[CMP_APPROX] = pat_group(PAT_CMP_BEFORE, "approx");
	g.cmp[CMP_LE] = pat_group(PAT_CMP_BEFORE, "le");
	g.cmp[CMP_LT] = pat_group(PAT_CMP_BEFORE, "lt");
	g.cmp[CMP_RANGE] = -1;
	groups_ready = 1;
}

static int
is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* The code point before pos (not before lo); sets *at to its start. */
static uint32_t
prev_cp(const char *s, size_t lo, size_t pos, size_t *at)
{
	uint32_t cp = 0;
	size_t p = pos;
	if (p <= lo) {
		*at = lo;
		return 0;
	}
	do
		p--;
	while (p > lo && is_cont((unsigned char)s[p]));
	if (utf8_decode((const unsigned char *)s + p, pos - p, &cp) == 0)
		cp = 0;
	*at = p;
	return cp;
}

static uint32_t
next_cp(const char *s, size_t pos, size_t hi, size_t *len)
{
	uint32_t cp = 0;
	if (pos >= hi) {
		*len = 0;
		return 0;
	}
	*len = utf8_decode((const unsigned char *)s + pos, hi - pos, &cp);
	if (*len == 0) {
		*len = 1;
		return 0xFFFD;
	}
	return cp;
}

/* A sentence ends at 。！？; a semicolon only ends a clause, so that the
 * cue of 今年，A；B reaches B. */
static int
is_sentence_end(uint32_t cp)
{
	return cp == 0x3002 /* 。 */ || cp == 0xFF01 /* ！ */ ||
	    cp == 0xFF1F /* ？ */ || cp == '!' || cp == '?';
}

static int
is_clause_end(uint32_t cp)
{
	return is_sentence_end(cp) || cp == 0xFF0C /* ， */ ||
	    cp == 0x3001 /* 、 */ || cp == 0xFF1A /* ： */ ||
	    cp == 0xFF1B /* ； */ || cp == ',' || cp == ':' || cp == ';';
}

static int
is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* Sentence around pos within [lo, hi): starts after the previous 。！？；
 * and ends after the next one (with a closing quote that follows it). */
static void
sentence_bounds(const char *s, size_t lo, size_t hi, size_t pos,
    size_t *ss, size_t *se)
{
	size_t p = pos, at, len;
	uint32_t cp;

	while (p > lo) {
		cp = prev_cp(s, lo, p, &at);
		if (is_sentence_end(cp))
			break;
		p = at;
	}
	*ss = p;
	p = pos;
	while (p < hi) {
		cp = next_cp(s, p, hi, &len);
		p += len;
		if (is_sentence_end(cp)) {
			/* Keep a closing quote: 。” */
			cp = next_cp(s, p, hi, &len);
			if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
				p += len;
			break;
		}
	}
	*se = p;
}

/* Start of the clause holding pos: after the last ，、：；. */
static size_t
clause_start(const char *s, size_t ss, size_t pos)
{
	size_t p = pos, at;
	while (p > ss) {
		uint32_t cp = prev_cp(s, ss, p, &at);
		if (is_clause_end(cp))
			break;
		p = at;
	}
	return p;
}

/* End of the clause holding pos: before the next ，、：；。. */
static size_t
clause_end(const char *s, size_t pos, size_t se)
{
	size_t p = pos, len;
	while (p < se) {
		uint32_t cp = next_cp(s, p, se, &len);
		if (is_clause_end(cp))
			break;
		p += len;
	}
	return p;
}

/* Window of at most max_chars characters before pos, not before lo. */
static size_t
window_start(const char *s, size_t lo, size_t pos, int max_chars)
{
	size_t p = pos, at;
	for (int i = 0; i < max_chars && p > lo; i++) {
		prev_cp(s, lo, p, &at);
		p = at;
	}
	return p;
}

static int
numeral_char_before(const char *s, size_t lo, size_t pos)
{
	size_t at;
	uint32_t cp = prev_cp(s, lo, pos, &at);
	if (cp >= '0' && cp <= '9')
		return 1;
	if (cp == '.' || cp == ',') {
		uint32_t c2 = prev_cp(s, lo, at, &at);
		return c2 >= '0' && c2 <= '9';
	}
	/* Inside a Chinese numeral: 二百二十 starts at 二, not at 十. */
	struct numeral n;
	char tmp[4];
	size_t k = utf8_encode(cp, tmp);
	return cp >= 0x80 && (numeral_is_start(cp) ||
	    cp == 0x4E07 /* 万 */ || cp == 0x4EBF /* 亿 */ ||
	    cp == 0x70B9 /* 点 */) && numeral_parse(tmp, k, &n) > 0;
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
		if (pat_match(PAT_BARE_SUFFIX, s, hi, pos, 1) == 1) {
			size_t end;
			pat_span(0, &a, &end);
			pat_span(g.bare_suffix, &a, &b);
			if (a != (size_t)-1) {
				q->cmp = b - a == 6 && memcmp(s + a, "以上", 6) == 0 ?
				    CMP_GE : (memcmp(s + a, "左右", 6) == 0 ||
				    memcmp(s + a, "上下", 6) == 0) ? CMP_APPROX :
				    CMP_LE;
				return end;
			}
		}
		return pos;
	}
	if (pat_match(PAT_UNIT, s, hi, pos, 1) == 1) {
		size_t end, len = strlen(n->prefix);
		pat_span(0, &a, &end);
		memcpy(q->unit, n->prefix, len);
		pat_span(g.unit_scale, &a, &b);
		if (a != (size_t)-1) {
			if (len > 0)
				return 0; /* 二亿 万元: two scales, no reading */
			memcpy(q->unit + len, s + a, b - a);
			len += b - a;
		}
		q->kind = U_NONE;
		for (int k = 0; k < 4; k++) {
			pat_span(g.unit_kind[k], &a, &b);
			if (a != (size_t)-1) {
				if (len + (b - a) >= UNIT_MAX)
					return 0;
				memcpy(q->unit + len, s + a, b - a);
				len += b - a;
				q->kind = (enum unit_kind)(k + 1);
			}
		}
		q->unit[len] = '\0';
		pat_span(g.unit_approx, &a, &b);
		if (a != (size_t)-1)
			q->approx_more = 1;
		pat_span(g.unit_suffix, &a, &b);
		if (a != (size_t)-1) {
			if (memcmp(s + a, "以上", 6) == 0)
				q->cmp = CMP_GE;
			else if (memcmp(s + a, "左右", 6) == 0 ||
			    memcmp(s + a, "上下", 6) == 0)
				q->cmp = CMP_APPROX;
			else
				q->cmp = CMP_LE;
		}
		return end;
	}
	/* A number with only a scale: 贫困人口减少6800多万。 */
	if (n->prefix[0] != '\0' &&
	    pat_match(PAT_BARE_SUFFIX, s, hi, pos, 1) == 1) {
		size_t end;
		pat_span(0, &a, &end);
		strcpy(q->unit, n->prefix);
		q->kind = U_SCALE;
		pat_span(g.bare_suffix, &a, &b);
		if (a != (size_t)-1)
			q->cmp = memcmp(s + a, "以上", 6) == 0 ? CMP_GE :
			    (memcmp(s + a, "左右", 6) == 0 ||
			    memcmp(s + a, "上下", 6) == 0) ? CMP_APPROX : CMP_LE;
		return end;
	}
	return 0;
}

/* Reads a number and its unit at pos; handles ranges (6%—7%, 6~7%,
 * 二百九十亿到三百亿斤) and 保六争八. Returns 1 with q filled. */
static int
read_quantity(const char *s, size_t lo, size_t hi, size_t pos,
    struct quantity *q)
{
	memset(q, 0, sizeof *q);
	q->start = pos;
	size_t n1 = numeral_parse(s + pos, hi - pos, &q->lo);
	if (n1 == 0)
		return 0;
	if (q->lo.digit_string && q->lo.value.scale == 0)
		return 0; /* 二〇二三: a year written digit by digit */
	size_t after = pos + n1;
	size_t uend = read_unit(s, after, hi, &q->lo, q);

	/* A second number after a dash, wave or 至/到 makes a range. */
	size_t join_from = uend ? uend : after;
	if (pat_match(PAT_RANGE_JOIN, s, hi, join_from, 1) == 1) {
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
	if (uend == 0 && prev_cp(s, lo, pos, &at) == 0x4FDD /* 保 */ &&
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
	if (uend == 0)
		return 0;
	q->end = uend;
	return 1;
}

static int
is_candidate_start(const char *s, size_t lo, size_t pos, uint32_t *cpout)
{
	unsigned char c = (unsigned char)s[pos];
	uint32_t cp;
	if (c >= '0' && c <= '9')
		cp = c;
	else if (c >= 0xE0 && !is_cont(c)) {
		if (utf8_decode((const unsigned char *)s + pos, 4, &cp) == 0 ||
		    !numeral_is_start(cp))
			return 0;
	} else
		return 0;
	*cpout = cp;
	return !numeral_char_before(s, lo, pos);
}

/* Whether a quantity starts in s[from..to). */
static int
another_quantity(const char *s, size_t lo, size_t from, size_t to)
{
	uint32_t cp;
	struct quantity q;
	for (size_t p = from; p < to; p++)
		if (is_candidate_start(s, lo, p, &cp) &&
		    read_quantity(s, lo, to, p, &q))
			return 1;
	return 0;
}

/* Whether q sits in a 以…为 frame of one clause: 以 before it and 为 after
 * it, with no ，；。 between. */
static int
in_yi_wei_frame(const char *s, size_t ss, size_t se, const struct quantity *q)
{
	size_t p = q->start, at, len;
	int yi = 0;
	while (p > ss && !yi) {
		uint32_t cp = prev_cp(s, ss, p, &at);
		if (is_clause_end(cp) && cp != 0x3001 /* 、 */)
			break;
		yi = cp == 0x4EE5 /* 以 */ && next_cp(s, p, se, &len) != 0x4E0A
		    /* 以上 */;
		p = at;
	}
	if (!yi)
		return 0;
	for (p = q->end; p < se; p += len) {
		uint32_t cp = next_cp(s, p, se, &len);
		if (is_clause_end(cp) && cp != 0x3001)
			return 0;
		if (cp == 0x4E3A /* 为 */)
			return 1;
	}
	return 0;
}

/* Quantities that are not commitments whatever the sentence says. */
static int
excluded(const char *s, size_t ss, size_t se, const struct quantity *q)
{
	size_t w = window_start(s, ss, q->start, 4), len;

	/* 第3, 届, G234, PM2.5, 1+2: ordinals, names and codes. */
	if (pat_match(PAT_NOT_BEFORE, s, q->start, w, 0) == 1)
		return 1;
	/* 每人平均只有867元, 企业有322个: a state, not a target, unless a
	 * cue in the clause makes it one (要求年内有十个项目建成投产). */
	size_t cs = clause_start(s, ss, q->start);
	if (pat_match(PAT_STATE_BEFORE, s, q->start, w, 0) == 1 &&
	    pat_match(PAT_FUTURE_CUE, s, q->start, cs, 0) != 1)
		return 1;
	/* 一个项目, 一批: an article, not a count; 七个方面, 十项举措:
	 * wording. A small count of something concrete stays (十个项目建成投产,
	 * 项目一个). */
	if (q->kind == U_COUNT && q->lo.chinese && !q->range &&
	    q->lo.value.scale == 0 && q->lo.prefix[0] == '\0' &&
	    q->lo.value.mant <= 10) {
		uint32_t after = next_cp(s, q->end, se, &len);
		int noun_follows = (is_han(after) && after != 0x4EE5 /* 以上 */) ||
		    after == 0x201C || after == 0x2018;
		if ((q->lo.value.mant == 1 && noun_follows) ||
		    pat_match(PAT_WORDING_AFTER, s, se, q->end, 1) == 1)
			return 1;
	}
	/* 5年, 3月: a duration or a date. */
	if (pat_match(PAT_TIME_AFTER, s, se, q->end, 1) == 1)
		return 1;
	/* “七个更”, ‘三项推选’: a number inside a short quoted slogan. */
	uint32_t open = 0;
	for (size_t p = ss; p < q->start;) {
		uint32_t cp = next_cp(s, p, q->start, &len);
		if (cp == 0x201C || cp == 0x2018 || cp == 0x300C)
			open = cp;
		else if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
			open = 0;
		p += len;
	}
	if (open) {
		size_t p = q->end;
		for (int i = 0; i < 8 && p < se; i++) {
			uint32_t cp = next_cp(s, p, se, &len);
			if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
				return 1;
			if (is_clause_end(cp))
				break;
			p += len;
		}
	}
	/* 以高新区、经开区两个园区为龙头: a number inside 以…为 names the
	 * means, not a target. */
	if (in_yi_wei_frame(s, ss, se, q))
		return 1;
	/* A size class: 亿元级, 10亿元以上项目1个, 5000万元项目5个. */
	if (q->kind != U_COUNT &&
	    pat_match(PAT_SIZE_CLASS, s, se, q->end, 1) == 1)
		return 1;
	uint32_t next = next_cp(s, q->end, se, &len);
	/* 和, 与, 及, 或 join two targets (143亿元和958亿元). */
	int conjunction = next == 0x548C || next == 0x4E0E || next == 0x53CA ||
	    next == 0x6216;
	if ((q->kind == U_MONEY || q->kind == U_MEASURE || q->cmp == CMP_GE ||
	    q->cmp == CMP_LE) && is_han(next) && !conjunction &&
	    another_quantity(s, ss, q->end, clause_end(s, q->end, se)))
		return 1;
	return 0;
}

/* Whether the sentence reads as a result rather than a target: a past cue
 * before the number with no forward cue between it and the number. */
static int
reads_past(const struct doc *d, size_t ss, size_t pos)
{
	const char *s = d->buf;
	size_t a, b, fa, fb, past_end = 0;
	int past = pat_last(PAT_PAST_CUE, s + ss, pos - ss, &a, &b);

	if (past)
		past_end = b;
	/* A year before the report's own (到一九八一年底 in a 1982 report),
	 * unless it is a baseline (比2020年翻一番). */
	for (size_t from = ss; d->year > 0 && from < pos;) {
		if (pat_match(PAT_YEAR, s, pos, from, 0) != 1)
			break;
		size_t ya, yb, at;
		pat_span(0, &ya, &yb);
		uint32_t before = prev_cp(s, ss, ya, &at);
		if (numeral_year(s + ya, yb - ya) < d->year &&
		    before != 0x6BD4 /* 比 */ && before != 0x8F83 /* 较 */ &&
		    before != 0x540C /* 同 */ && before != 0x4ECE /* 从 */ &&
		    before != 0x4E0E /* 与 */) {
			past = 1;
			/* The year's own 年底 is no forward cue. */
			size_t end = yb + strlen("年");
			if (end > pos)
				end = pos;
			if (end - ss > past_end)
				past_end = end - ss;
		}
		from = yb;
	}
	if (!past)
		return 0;
	if (pat_last(PAT_FUTURE_CUE, s + ss, pos - ss, &fa, &fb) &&
	    fa >= past_end)
		return 0;
	return 1;
}

/* Whether a sentence of a neutral section (a news page) states a target:
 * a forward cue in it, or in the sentence before when this one goes on
 * with it (今年计划实施项目500个。其中，新开工项目200个). */
static int
reads_future(const char *s, size_t lo, size_t ss, size_t se)
{
	if (pat_match(PAT_FUTURE_CUE, s, se, ss, 0) == 1)
		return 1;
	if (ss <= lo || pat_match(PAT_CONTINUATION, s, se, ss, 1) != 1)
		return 0;
	size_t pss, pse;
	sentence_bounds(s, lo, ss, ss - 1, &pss, &pse);
	return pat_match(PAT_FUTURE_CUE, s, ss, pss, 0) == 1;
}

/* The comparator a word before the number states (超过700, 控制在5%). */
static int
comparator_before(const char *s, size_t cs, size_t pos)
{
	size_t w = window_start(s, cs, pos, 6), a, b;
	if (pat_match(PAT_CMP_BEFORE, s, pos, w, 0) != 1)
		return -1;
	for (int c = 0; c < CMP_COUNT; c++) {
		if (g.cmp[c] <= 0)
			continue;
		pat_span(g.cmp[c], &a, &b);
		if (a != (size_t)-1)
			return c;
	}
	return -1;
}

/* Appends s[a..b) to buf (capacity cap) unless it would overflow. */
static void
append(char *buf, size_t cap, const char *s, size_t a, size_t b)
{
	size_t n = strlen(buf);
	if (b > a && n + (b - a) < cap) {
		memcpy(buf + n, s + a, b - a);
		buf[n + b - a] = '\0';
	}
}

/* Appends s[a..b) to out without the cue and period words in it
 * (能源消耗要下降 gives 能源消耗下降). */
static void
append_without_cues(char *out, size_t cap, const char *s, size_t a, size_t b)
{
	while (a < b) {
		size_t ca = b, cb = b, pa, pb;
		if (pat_match(PAT_CUE, s, b, a, 0) == 1)
			pat_span(0, &ca, &cb);
		if (pat_match(PAT_PERIOD, s, b, a, 0) == 1) {
			pat_span(0, &pa, &pb);
			if (pa < ca) {
				ca = pa;
				cb = pb;
			}
		}
		append(out, cap, s, a, ca);
		if (cb <= a)
			break;
		a = cb;
	}
}

/* The metric: the clause before the number without its opening connectors,
 * cue and period words, and without the verb of attainment before the
 * number (达到, 突破 …). Returns where it starts. */
static size_t
metric_text(const char *s, size_t cs, size_t pos, char *out, size_t cap)
{
	size_t a = cs, b = pos, ma, mb;

	out[0] = '\0';
	for (int guard = 0; guard < 8 && a < b; guard++) {
		if (pat_match(PAT_METRIC_TRIM_HEAD, s, b, a, 1) != 1)
			break;
		pat_span(0, &ma, &mb);
		if (mb == a)
			break;
		a = mb;
	}
	for (int guard = 0; guard < 8 && b > a; guard++) {
		if (pat_match(PAT_METRIC_TRIM_TAIL, s + a, b - a, 0, 0) != 1)
			break;
		pat_span(0, &ma, &mb);
		if (ma == mb)
			break;
		b = a + ma;
	}
	/* Keep the last METRIC_MAX_CHARS characters. */
	size_t w = window_start(s, a, b, METRIC_MAX_CHARS);
	a = w > a ? w : a;
	append_without_cues(out, cap, s, a, b);
	return a;
}

/* Where a from-to phrase starts (财政补助由380元提高到420元): the 从 or 由
 * before an earlier number of the clause, or 0. */
static size_t
from_word(const char *s, size_t cs, size_t pos)
{
	size_t p = pos, at;
	int number_seen = 0;
	while (p > cs) {
		uint32_t cp = prev_cp(s, cs, p, &at);
		if (cp >= '0' && cp <= '9')
			number_seen = 1;
		if ((cp == 0x4ECE /* 从 */ || cp == 0x7531 /* 由 */) && number_seen)
			return at;
		p = at;
	}
	return 0;
}

/* The metric of the number at pos: from the clause start, or from the end
 * of an earlier number in the clause (增长5%和8%), or up to the 从 of a
 * from-to phrase. Returns where the metric starts. */
static size_t
metric_for(const char *s, size_t cs, size_t prev_end, size_t pos, char *out,
    size_t cap)
{
	size_t from = from_word(s, cs, pos);
	if (from > cs)
		return metric_text(s, cs, from, out, cap);
	if (prev_end > cs && prev_end <= pos)
		cs = prev_end;
	return metric_text(s, cs, pos, out, cap);
}

/* For a count followed by its noun (8家亿元企业), the noun up to the end
 * of the clause. */
static void
counted_noun(const char *s, size_t end, size_t se, char *out, size_t cap)
{
	size_t ce = clause_end(s, end, se), len;
	uint32_t cp = next_cp(s, end, ce, &len);
	out[0] = '\0';
	/* 16个和…: a conjunction, the noun was named before the number. */
	if ((!is_han(cp) && cp != 0x201C) || cp == 0x548C || cp == 0x4E0E ||
	    cp == 0x53CA || cp == 0x6216)
		return;
	size_t w = end, n = 0;
	while (w < ce && n < 12) {
		cp = next_cp(s, w, ce, &len);
		if (cp >= '0' && cp <= '9')
			break;
		w += len;
		n++;
	}
	append(out, cap, s, end, w);
}

/* The quote: the sentence, cut to the clauses around the number when it is
 * longer than QUOTE_MAX_CHARS. */
static void
quote_span(const char *s, size_t ss, size_t se, const struct quantity *q,
    size_t *qa, size_t *qb)
{
	size_t a = ss, b = se, len;
	/* Drop leading blanks. */
	while (a < b && s[a] == ' ')
		a++;
	if (utf8_count((const unsigned char *)s + a, b - a) <= QUOTE_MAX_CHARS) {
		*qa = a;
		*qb = b;
		return;
	}
	/* Grow from the number's clause outwards, a clause at a time. */
	size_t ca = clause_start(s, a, q->start), cb = clause_end(s, q->end, b);
	if (cb < b) {
		next_cp(s, cb, b, &len);
		cb += len;
	}
	for (int turn = 0; turn < 40; turn++) {
		size_t na = ca, nb = cb, at;
		if (turn % 2 == 0 && ca > a) {
			prev_cp(s, a, ca, &at);
			na = clause_start(s, a, at);
		} else if (cb < b) {
			nb = clause_end(s, cb, b);
			if (nb < b) {
				next_cp(s, nb, b, &len);
				nb += len;
			}
		}
		if (utf8_count((const unsigned char *)s + na, nb - na) >
		    QUOTE_MAX_CHARS)
			break;
		ca = na;
		cb = nb;
		if (ca == a && cb == b)
			break;
	}
	*qa = ca;
	*qb = cb;
}

/* Sets a field from s[a..b) without its outer blanks. */
static int
set_text(struct record *r, enum field f, const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	return record_set(r, f, s + a, b - a);
}

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

/* A content-derived id: the same commitment in the same source gets the
 * same id on every run, whatever rows come before it. It starts with a
 * letter so that no spreadsheet reads it as a number. */
static int
set_id(struct record *r, const char *source, int occurrence)
{
	const char *base = strrchr(source, '/');
	char buf[32], occ[16];
	uint64_t h = 14695981039346656037ULL;
	h = fnv1a(h, base ? base + 1 : source);
	h = fnv1a(h, record_get(r, FIELD_QUOTE));
	h = fnv1a(h, record_get(r, FIELD_METRIC));
	h = fnv1a(h, record_get(r, FIELD_VALUE));
	h = fnv1a(h, record_get(r, FIELD_UNIT));
	snprintf(occ, sizeof occ, "%d", occurrence);
	h = fnv1a(h, occ);
	snprintf(buf, sizeof buf, "c%012llx",
	    (unsigned long long)(h & 0xFFFFFFFFFFFFULL));
	return record_set_str(r, FIELD_ID, buf);
}

struct context {
	const struct doc *d;
	const char *source;
	struct record_list *out;
	size_t first_row;       /* rows of this document start here */
	char prev_metric[256];  /* metric of the previous row in the sentence */
	size_t prev_sentence;
};

static int
occurrence_of(const struct context *c, const struct record *r)
{
	int n = 0;
	for (size_t i = c->first_row; i + 1 < c->out->n; i++) {
		const struct record *o = &c->out->v[i];
		if (strcmp(record_get(o, FIELD_QUOTE), record_get(r, FIELD_QUOTE)) == 0 &&
		    strcmp(record_get(o, FIELD_METRIC), record_get(r, FIELD_METRIC)) == 0 &&
		    strcmp(record_get(o, FIELD_VALUE), record_get(r, FIELD_VALUE)) == 0 &&
		    strcmp(record_get(o, FIELD_UNIT), record_get(r, FIELD_UNIT)) == 0)
			n++;
	}
	return n;
}

/* Builds the record of quantity q in paragraph p. Returns 0, or -1 when
 * memory runs out. */
static int
emit(struct context *c, const struct para *p, size_t ss, size_t se,
    size_t prev_end, const struct quantity *q)
{
	const struct doc *d = c->d;
	const char *s = d->buf;
	struct record *r = record_list_add(c->out);
	char num[64], metric[256], noun[128], line[24];
	size_t ma, mb, cs = clause_start(s, ss, q->start);
	int ok = 1;

	if (r == NULL)
		return -1;

	/* Comparator: stated after the number, else before it. */
	int cmp = q->cmp;
	if (cmp < 0 && q->approx_more)
		cmp = CMP_GT;
	if (cmp < 0 || cmp == CMP_LE) {
		int before = comparator_before(s, cs, q->start);
		if (cmp < 0)
			cmp = before >= 0 ? before : CMP_EQ;
	}
	if (q->lo.approx && cmp == CMP_EQ)
		cmp = CMP_GT;

	/* Metric, falling back to the previous row's in a list (分别增长
	 * 4.2%左右、5.9%左右), and naming what a count counts. */
	size_t mstart = metric_for(s, cs, prev_end, q->start, metric,
	    sizeof metric);
	if (metric[0] == '\0' && c->prev_sentence == ss && c->prev_metric[0])
		strcpy(metric, c->prev_metric);
	if (q->kind == U_COUNT) {
		counted_noun(s, q->end, se, noun, sizeof noun);
		size_t ml = strlen(metric);
		if (ml >= 3 && strcmp(metric + ml - 3, "等") == 0)
			metric[0] = '\0'; /* 新培育A、B、C等8家亿元企业 */
		if (noun[0] && strlen(metric) + strlen(noun) < sizeof metric)
			strcat(metric, noun);
	}
	if (metric[0] == '\0')
		mstart = q->start;
	strcpy(c->prev_metric, metric);
	c->prev_sentence = ss;

	/* Modality and period: the nearest cue and period word before the
	 * number in its sentence. */
	if (pat_last(PAT_CUE, s + ss, q->start - ss, &ma, &mb))
		ok &= record_set(r, FIELD_MODALITY, s + ss + ma, mb - ma) == 0;
	if (pat_last(PAT_PERIOD, s + ss, q->start - ss, &ma, &mb))
		ok &= record_set(r, FIELD_PERIOD, s + ss + ma, mb - ma) == 0;
	else if (p->period_para >= 0) {
		/* The plan's heading names it: 三、2026年主要工作. */
		const struct para *h = &d->paras[p->period_para];
		if (pat_match(PAT_PERIOD, s, h->end, h->start, 0) == 1) {
			pat_span(0, &ma, &mb);
			ok &= record_set(r, FIELD_PERIOD, s + ma, mb - ma) == 0;
		}
	}

	const struct article *art = p->article >= 0 ?
	    &d->articles[p->article] : NULL;
	ok &= record_set_str(r, FIELD_SOURCE, c->source) == 0;
	snprintf(line, sizeof line, "%zu", doc_line_of(d, mstart));
	ok &= record_set_str(r, FIELD_LINE, line) == 0;
	if (art != NULL) {
		ok &= record_set_str(r, FIELD_ARTICLE, art->title) == 0;
		ok &= record_set_str(r, FIELD_ORG, art->org) == 0;
		ok &= record_set_str(r, FIELD_PERSON, art->person) == 0;
	}
	ok &= record_set_str(r, FIELD_METRIC, metric) == 0;
	ok &= record_set_str(r, FIELD_COMPARATOR, comparator_word(cmp)) == 0;
	decimal_format(q->lo.value, num);
	ok &= record_set_str(r, FIELD_VALUE, num) == 0;
	if (q->range) {
		decimal_format(q->hi.value, num);
		ok &= record_set_str(r, FIELD_VALUE_MAX, num) == 0;
	}
	ok &= record_set_str(r, FIELD_UNIT, q->unit) == 0;
	size_t qa, qb;
	quote_span(s, ss, se, q, &qa, &qb);
	ok &= set_text(r, FIELD_QUOTE, s, qa, qb) == 0;

	/* Notes for the clerk: what was read from words, not digits. */
	char note[192] = "";
	if (q->lo.chinese || q->lo.kind != NUM_PLAIN || q->range) {
		strcpy(note, "原文：");
		append(note, sizeof note, s, q->start, q->end);
	}
	if (q->lo.approx || q->approx_more)
		append(note, sizeof note, "（约数）", 0, strlen("（约数）"));
	if (note[0])
		ok &= record_set_str(r, FIELD_NOTE, note) == 0;
	ok &= set_id(r, c->source, occurrence_of(c, r)) == 0;
	return ok ? 0 : -1;
}

/* Scans one paragraph for commitments. */
static int
scan_paragraph(struct context *c, const struct para *p)
{
	const char *s = c->d->buf;
	size_t pos = p->start, prev_end = 0;
	uint32_t cp;

	while (pos < p->end) {
		unsigned char byte = (unsigned char)s[pos];
		/* Fast skip: most bytes start no number. ASCII other than
		 * digits, and the continuation bytes of characters. */
		if (byte < 0x80 ? (byte < '0' || byte > '9') : (byte < 0xE0 || is_cont(byte))) {
			pos++;
			continue;
		}
		if (!is_candidate_start(s, p->start, pos, &cp)) {
			pos += byte < 0x80 ? 1 : 3;
			continue;
		}
		struct quantity q;
		if (!read_quantity(s, p->start, p->end, pos, &q)) {
			pos += byte < 0x80 ? 1 : 3;
			continue;
		}
		size_t ss, se;
		sentence_bounds(s, p->start, p->end, q.start, &ss, &se);
		int take = !excluded(s, ss, se, &q);
		if (take) {
			if (p->tense == TENSE_FUTURE)
				take = !reads_past(c->d, ss, q.start);
			else
				take = reads_future(s, p->start, ss, se) &&
				    !reads_past(c->d, ss, q.start);
		}
		if (take && emit(c, p, ss, se, prev_end >= ss ? prev_end : 0,
		    &q) != 0)
			return -1;
		/* A size class stays part of the next metric (10亿元以上项目1个). */
		if (take)
			prev_end = q.end;
		pos = q.end > pos ? q.end : pos + 1;
	}
	return 0;
}

long
match_doc(const struct doc *d, const char *source, struct record_list *out)
{
	struct context c = {d, source, out, out->n, "", (size_t)-1};

	if (!groups_ready)
		lookup_groups();
	for (size_t i = 0; i < d->nparas; i++) {
		const struct para *p = &d->paras[i];
		if (p->tense == TENSE_PAST)
			continue;
		if (p->kind != PARA_BODY && p->kind != PARA_HEADING &&
		    p->kind != PARA_SUBHEADING)
			continue;
		if (scan_paragraph(&c, p) != 0)
			return -1;
	}
	return (long)(out->n - c.first_row);
}
