/*
 * The document as a whole: genre and year from its front matter, the
 * government and the official of a report, a plan's own period.
 */
#define _GNU_SOURCE /* memmem */
#include "docinfo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "layout.h"
#include "lexicon.h"
#include "numerals.h"
#include "patterns.h"

/* How far a report's front matter (title, session, speaker, salutation)
 * can reach: web copies put a dozen lines of page chrome first. */
enum { FRONT_MATTER = 30, TITLE_MAX_CHARS = 40 };

static const char *
ptext(const struct doc *d, const struct para *p, size_t *len)
{
	*len = p->end - p->start;
	return d->buf + p->start;
}

static int
contains(const char *s, size_t len, const char *lit)
{
	return memmem(s, len, lit, strlen(lit)) != NULL;
}

static int
matches(enum pattern_id id, const char *s, size_t len)
{
	return pat_match(id, s, len, 0) == 1;
}

/* The bytes of the first max characters of s[0..len). */
static size_t
chars_prefix(const char *s, size_t len, size_t max)
{
	size_t pos = 0, n;
	for (size_t k = 0; k < max && pos < len; k++) {
		utf8_next(s, pos, len, &n);
		pos += n ? n : 1;
	}
	return pos;
}

static size_t
front(const struct doc *d)
{
	return d->nparas < FRONT_MATTER ? d->nparas : FRONT_MATTER;
}

int
five_year_span(const char *s, size_t len, int *first, int *last)
{
	/* 十四五 or 第十四个五年: the n-th plan from the third on (1966)
	 * runs from 1951 + 5n: the 7th 1986–1990, the 11th 2006–2010, the
	 * 14th 2021–2025. */
	static const char digits[] = "一二三四五六七八九";
	const char *p = s, *end = s + len;
	while ((p = memmem(p, (size_t)(end - p), "十", 3)) != NULL) {
		p += 3;
		if (end - p < 6)
			break;
		const char *d = memmem(digits, sizeof digits - 1, p, 3);
		if (d == NULL || (d - digits) % 3 != 0)
			continue;
		const char *after = p + 3;
		if ((end - after >= 3 && memcmp(after, "五", 3) == 0) ||
		    (end - after >= 9 && memcmp(after, "个五年", 9) == 0)) {
			*first = 1951 + 5 * (11 + (int)((d - digits) / 3));
			*last = *first + 4;
			return 1;
		}
	}
	/* 第七个五年, 第十个五年: the sixth to the tenth written out. */
	for (p = s; (p = memmem(p, (size_t)(end - p), "个五年", 9)) != NULL;
	    p += 9) {
		if (p - s < 6 || memcmp(p - 6, "第", 3) != 0)
			continue;
		const char *d = memmem(digits, sizeof digits - 1, p - 3, 3);
		int n = d != NULL && (d - digits) % 3 == 0 ?
		    1 + (int)((d - digits) / 3) : memcmp(p - 3, "十", 3) == 0 ?
		    10 : 0;
		if (n < 6)
			continue;
		*first = 1951 + 5 * n;
		*last = *first + 4;
		return 1;
	}
	/* The sixth to the tenth: 六五 … 九五, 十五 (no numeral after 十). */
	for (p = s; (p = memmem(p, (size_t)(end - p), "五", 3)) != NULL; p += 3) {
		if (p - s < 3)
			continue;
		const char *d = memmem(digits, sizeof digits - 1, p - 3, 3);
		int n = d != NULL && (d - digits) % 3 == 0 ?
		    1 + (int)((d - digits) / 3) : memcmp(p - 3, "十", 3) == 0 ?
		    10 : 0;
		if (n < 6 || (p - s >= 6 && (memmem(digits, sizeof digits - 1,
		    p - 6, 3) != NULL || memcmp(p - 6, "十", 3) == 0)))
			continue;
		*first = 1951 + 5 * n;
		*last = *first + 4;
		return 1;
	}
	return 0;
}

/* The year s[0..len) speaks in: the first year it writes (2004年,
 * 二〇二五年), or the next when that follows it, as a title on a year's
 * review and the next year's plan names both (关于2024年…执行情况与2025年
 * …草案的报告); 0 for none. */
static int
first_year(const char *s, size_t len)
{
	size_t a, b;
	if (pat_find(PAT_YEAR, s, len, 0) != 1)
		return 0;
	pat_span(0, &a, &b);
	int first = numeral_year(s + a, b - a);
	for (size_t pos = b; first > 0 && pos < len &&
	    pat_find(PAT_YEAR, s, len, pos) == 1; pos = b) {
		pat_span(0, &a, &b);
		if (numeral_year(s + a, b - a) == first + 1)
			return first + 1;
	}
	return first;
}

/* A dated line's year: 2011-02-21 or 2023/01/05 in page chrome, or a
 * mail or feed date (Mon, 24 Jan 2022 23:40:04 GMT). */
static int
iso_date_year(const char *s, size_t len)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	for (size_t i = 0; i + 9 <= len; i++) {
		const unsigned char *u = (const unsigned char *)s + i;
		if (u[0] == ' ' && u[4] == ' ' && (u[5] == '1' || u[5] == '2') &&
		    u[6] >= '0' && u[6] <= '9' && u[7] >= '0' && u[7] <= '9' &&
		    u[8] >= '0' && u[8] <= '9' && (i + 9 == len || u[9] == ' ')) {
			for (size_t m = 0; m + 3 <= sizeof months - 1; m += 3)
				if (memcmp(u + 1, months + m, 3) == 0)
					return (u[5] - '0') * 1000 + (u[6] - '0') * 100 +
					    (u[7] - '0') * 10 + (u[8] - '0');
		}
	}
	for (size_t i = 0; i + 10 <= len; i++) {
		const unsigned char *u = (const unsigned char *)s + i;
		if ((u[0] == '1' || u[0] == '2') && u[1] >= '0' && u[1] <= '9' &&
		    u[2] >= '0' && u[2] <= '9' && u[3] >= '0' && u[3] <= '9' &&
		    (u[4] == '-' || u[4] == '/' || u[4] == '.') &&
		    u[5] >= '0' && u[5] <= '9' && (i == 0 || u[-1] < '0' ||
		    u[-1] > '9'))
			return (u[0] - '0') * 1000 + (u[1] - '0') * 100 +
			    (u[2] - '0') * 10 + (u[3] - '0');
	}
	return 0;
}

/* The year of a full date written in Chinese as a dateline writes it
 * (（2025年03月07日第 06 版）, 2011年3月24日 at the end), or 0; not an
 * event's day (2022年12月29日上午，…全会召开). *paper says whether a
 * paper's page follows it (第 06 版), which no body text writes. */
static int
cn_date_year(const char *s, size_t len, int *paper)
{
	int gyear = pat_group(PAT_DAY, "year");
	size_t pos = 0, a, b, ya, yb;
	while (pos < len && pat_find(PAT_DAY, s, len, pos) == 1) {
		pat_span(0, &a, &b);
		pat_span(gyear, &ya, &yb);
		pos = b;
		while (b < len && s[b] == ' ')
			b++;
		*paper = b + 3 <= len && memcmp(s + b, "第", 3) == 0;
		if (ya != (size_t)-1 && (b == len || s[b] == ')' || *paper ||
		    (b + 3 <= len && memcmp(s + b, "）", 3) == 0)))
			return numeral_year(s + ya, yb - ya);
	}
	return 0;
}

/* A report: a paragraph of its front matter opens with 各位代表, or its
 * title says 政府工作报告 and a short line names the session
 * (在…人民代表大会…会议上) or the report is made on behalf of the
 * government (我代表…人民政府). A story about a report has neither. */
static int
is_report(const struct doc *d)
{
	int titled = 0, session = 0;
	for (size_t i = 0; i < front(d); i++) {
		size_t len;
		const char *s = ptext(d, &d->paras[i], &len);
		if (matches(PAT_REPORT_MARK, s, len))
			return 1;
		if (d->paras[i].kind != PARA_BODY && contains(s, len, "政府工作报告"))
			titled = 1;
		/* A title that names whose report it is (高阳县2020年政府工作
		 *报告) needs no session line: a web copy of its targets
		 * section has none. */
		if (i == 0 && d->paras[i].kind != PARA_BODY &&
		    len < 4 * 40 && matches(PAT_TITLE_ORG, s, len))
			return 1;
		if ((len < 4 * 60 && contains(s, len, "人民代表大会") &&
		    contains(s, len, "会议")) || matches(PAT_DELEGATE_ORG, s, len))
			session = 1;
	}
	return titled && session;
}

/* A plan: its title (a paragraph before the body) names one. */
/* Whether a headline opens with an amount (4万亿资入“十二五”水利规划):
 * a story about a plan; a plan's title opens with whose it is or its
 * years (2021—2025年…规划). */
static int
opens_with_amount(const char *s, size_t len)
{
	struct numeral num;
	size_t k = numeral_parse(s, len, &num);
	if (k == 0 || num.digit_string)
		return 0;
	static const char *const years[] = {"年", "-", "—", "～", "至"};
	for (size_t i = 0; i < sizeof years / sizeof years[0]; i++) {
		size_t n = strlen(years[i]);
		if (k + n <= len && memcmp(s + k, years[i], n) == 0)
			return 0;
	}
	return 1;
}

static int
is_plan(const struct doc *d)
{
	for (size_t i = 0; i < front(d) && i < 8; i++) {
		const struct para *p = &d->paras[i];
		size_t len;
		const char *s = ptext(d, p, &len);
		len = chars_prefix(s, len, 60);
		size_t a, b;
		if ((p->kind == PARA_TITLE || i == 0) &&
		    pat_find(PAT_PLAN_TITLE, s, len, 0) == 1 &&
		    !contains(s, len, "报告") && !opens_with_amount(s, len)) {
			/* 综合工作方案出炉, 青岛公布十二五交通规划: a story
			 * about the plan. */
			pat_span(0, &a, &b);
			struct lex_hit rel;
			if (lex_scan(LEX_RELEASE, s, 0, 0, a, a, &rel, 1) > 0)
				return 0;
			while (b < len && (s[b] == ' ' || memcmp(s + b, "》", 3) == 0 ||
			    memcmp(s + b, "”", 3) == 0))
				b += s[b] == ' ' ? 1 : 3;
			return lex_prefix(LEX_RELEASE, s + b, len - b) == 0;
		}
		if (p->kind == PARA_BODY)
			break;
	}
	return 0;
}

/* The year a report or plan is for: the first year of its front matter,
 * or the next when it is dated in its last quarter (a report made in
 * December 2022 plans 2023). */
static int
front_matter_year(const struct doc *d)
{
	for (size_t i = 0; i < front(d); i++) {
		size_t len;
		const char *s = ptext(d, &d->paras[i], &len);
		int y = first_year(s, len);
		if (y > 0) {
			const char *m = memmem(s, len, "年", 3);
			if (m != NULL && m + 5 <= s + len && m[3] == '1' &&
			    m[4] >= '0' && m[4] <= '2' && memcmp(m + 5, "月", 3) == 0)
				y++;
		}
		if (y == 0 && d->paras[i].kind == PARA_META)
			y = iso_date_year(s, len);
		if (y > 0)
			return y;
		if (matches(PAT_REPORT_MARK, s, len))
			break;
	}
	return 0;
}

/* Whether the clause after a year at s[b..) sets a target for it
 * (2022年数字经济达5000亿元以上, 2025年占比突破50%). */
static int
target_clause(const char *s, size_t b, size_t len)
{
	static const char *const marks[] = {"目标", "以上", "突破", "超过",
	    "左右", "不低于", "控制在", "预算"};
	size_t end = b;
	for (int k = 0; k < 24 && end < len; k++) {
		size_t n;
		uint32_t cp = utf8_next(s, end, len, &n);
		if (cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || n == 0 ||
		    cp == '\n')
			break;
		end += n;
	}
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (memmem(s + b, end - b, marks[k], strlen(marks[k])) != NULL)
			return 1;
	return 0;
}

/* What the sentence around s[a..b) says of its time: its strong cue
 * words (lexicon.h), CUE_PAST or CUE_FUTURE or both, or 0. */
static unsigned
sentence_tense(const char *s, size_t len, size_t a, size_t b)
{
	size_t ss = a, se = b, at, n;
	while (ss > 0) {
		uint32_t cp = utf8_prev(s, 0, ss, &at);
		if (cp == 0x3002 || cp == '\n' || cp == 0xFF01 || cp == 0xFF1F)
			break;
		ss = at;
	}
	while (se < len) {
		uint32_t cp = utf8_next(s, se, len, &n);
		if (cp == 0x3002 || cp == '\n' || cp == 0xFF01 || cp == 0xFF1F ||
		    n == 0)
			break;
		se += n;
	}
	unsigned flags = 0;
	struct lex_hit hit[64];
	size_t nhit = lex_scan(LEX_CUE, s, 0, ss, se, se, hit, 64);
	for (size_t k = 0; k < nhit; k++) {
		if (!(hit[k].e->flags & CUE_WEAK))
			flags |= hit[k].e->flags & (CUE_PAST | CUE_FUTURE);
		/* 同比增长: a figure measured, so a result. */
		if (hit[k].e->flags & CUE_MEASURED)
			flags |= CUE_PAST;
	}
	return flags;
}

/* What a story says of one year: how often it sets targets for it, how
 * often it reports the whole year's results, how often it names it
 * without saying either. */
struct year_tally {
	int year;
	unsigned future, whole, neutral;
};

/* The tally of year y among *n (at most 16), added when new; NULL when
 * full. */
static struct year_tally *
tally_of(struct year_tally *t, size_t *n, int y)
{
	for (size_t k = 0; k < *n; k++)
		if (t[k].year == y)
			return &t[k];
	if (*n == 16)
		return NULL;
	t[*n] = (struct year_tally){y, 0, 0, 0};
	return &t[(*n)++];
}

/* The year a story speaks in: its dateline; else, from the years it
 * names and what their sentences say — results of years before its own,
 * targets of its own year and after: the earliest year it sets targets
 * for, or the latest other year it names when that is later. A story
 * that sets no year targets, names years without saying more, or
 * reports a whole year's results, and says 今年 (or 去年) speaks of the
 * year after them. A horizon (到2035年, 2035年远景目标),
 * a deadline (2025年前) or a document's span is no such year. */
static int
story_year(struct doc *d)
{
	int past = 0, future = 0, neutral = 0;
	struct year_tally tally[16];
	size_t ntally = 0;
	for (size_t i = 0; i < front(d) && i < 12; i++) {
		size_t len;
		const char *s = ptext(d, &d->paras[i], &len);
		/* A dateline (发布时间：2011-03-24, 《人民日报》（2025年03月07日
		 * 第 06 版）). */
		int paper = 0, y = iso_date_year(s, len);
		if (y == 0)
			y = cn_date_year(s, len, &paper);
		if (y > 0 && (d->paras[i].kind != PARA_BODY || paper)) {
			d->year_stated = 1;
			return y;
		}
	}
	const char *s = d->buf;
	size_t pos = 0, a, b;
	while (pos < d->len && pat_find(PAT_YEAR, s, d->len, pos) == 1) {
		pat_span(0, &a, &b);
		pos = b;
		int y = numeral_year(s + a, b - a);
		size_t at, after = b + (b < d->len && s[b] == ' ') + 3;
		uint32_t before = utf8_prev(s, 0, a, &at);
		/* Not a horizon (到2025年), the end of a span (2020—2025年)
		 * or a year in a document's title (规划（2020-2025年）). */
		/* Nor a baseline (比2020年下降13.5%, 由2020年的32.7%提高至…). */
		if (y == 0 || before == 0x5230 /* 到 */ || before == 0x81F3 /* 至 */ ||
		    before == 0x6BD4 /* 比 */ || before == 0x8F83 /* 较 */ ||
		    before == 0x7531 /* 由 */ || before == 0x4ECE /* 从 */ ||
		    before == '-' || before == 0x2014 || before == 0x2013 ||
		    before == 0xFF0D || before == '~' || before == 0xFF5E)
			continue;
		if (after + 3 <= d->len && (memcmp(s + after, "）", 3) == 0 ||
		    memcmp(s + after, "》", 3) == 0 || memcmp(s + after, "前", 3) == 0))
			continue;
		if (after + 6 <= d->len && (memcmp(s + after, "远景", 6) == 0 ||
		    memcmp(s + after, "以前", 6) == 0 ||
		    memcmp(s + after, "底前", 6) == 0))
			continue;
		unsigned t = sentence_tense(s, d->len, a, b);
		if (!(t & CUE_PAST) && target_clause(s, after, d->len))
			t |= CUE_FUTURE;
		struct year_tally *ty = tally_of(tally, &ntally, y);
		if ((t & CUE_FUTURE) && !(t & CUE_PAST)) {
			if (ty != NULL)
				ty->future++;
		} else if (t & CUE_PAST) {
			/* 2021年GDP达到… reports a whole year; 2022年上半年
			 * a part of one still running. */
			int part = after + 6 <= d->len &&
			    (memcmp(s + after, "上半", 6) == 0 ||
			    memcmp(s + after, "一季", 6) == 0 ||
			    memcmp(s + after, "前三", 6) == 0 ||
			    (s[after] >= '0' && s[after] <= '9'));
			if (y > past)
				past = y;
			if (ty != NULL && !part)
				ty->whole++;
		} else if (ty != NULL)
			ty->neutral++;
	}
	/* A year named without a tense is a candidate for now, unless it is
	 * later than the year after the latest result (要求“2035年基本实现
	 * 共同富裕” beside 2020年's figures is a horizon). */
	for (size_t k = 0; k < ntally; k++)
		if (tally[k].neutral > 0 && tally[k].year > neutral &&
		    (past == 0 || tally[k].year <= past + 1))
			neutral = tally[k].year;
	/* The earliest year it sets targets for; not one whose whole
	 * results it reports more often (进入2021年十强寄予厚望 beside
	 * 2021年GDP达到…, 2021年…GDP为…). */
	int past_whole = 0;
	for (size_t k = 0; k < ntally; k++) {
		int results = tally[k].whole > tally[k].future;
		if (tally[k].future > 0 && !results &&
		    (future == 0 || tally[k].year < future))
			future = tally[k].year;
		if (tally[k].year == past)
			past_whole = results;
	}
	int latest = past > neutral ? past : neutral;
	const char *now = memmem(s, d->len, "今年", 6);
	int this_year = now != NULL && !(now + 12 <= s + d->len &&
	    memcmp(now + 6, "以来", 6) == 0);
	int relative = this_year || memmem(s, d->len, "去年", 6) != NULL;
	/* A story that says 今年 or 去年 beside a past year's results
	 * speaks from the year after them at the latest: a target year
	 * later than that (要求“2035年基本实现…”) is a horizon. */
	if (future != 0 && relative && past > 0 && future > past + 1 &&
	    future > neutral)
		future = past + 1 > neutral ? past + 1 : neutral;
	if (future != 0)
		return future > latest ? future : latest;
	if (neutral > 0 && neutral >= past)
		return this_year ? neutral + 1 : neutral;
	/* The results of a whole year, in a story that also says 今年 or
	 * 去年 without naming it, are last year's: a story of January 2022
	 * on 2021's figures. */
	if (past > 0 && past_whole && relative)
		return past + 1;
	return latest;
}

/* The year a report's headings say it plans: a heading that looks back
 * on a year (2022年工作回顾) is followed by the next year's plan, one
 * that plans a year names it (2023年工作安排). Returns 0 when none
 * says. */
static int
heading_plan_year(const struct doc *d)
{
	int reviewed = 0, planned = 0;
	for (size_t i = 0; i < d->nparas; i++) {
		const struct para *p = &d->paras[i];
		size_t len, a, b, pos = 0;
		if (p->kind != PARA_HEADING || p->level != 1)
			continue;
		const char *s = ptext(d, p, &len);
		int past = pat_find(PAT_PAST_HEADING, s, len, 0) == 1;
		int plan = pat_find(PAT_FUTURE_HEADING, s, len, 0) == 1;
		if (past == plan)
			continue;
		/* The last year it names (2022年工作回顾和2023年工作安排 is
		 * neither, by the test above). */
		int y = 0;
		while (pos < len && pat_find(PAT_YEAR, s, len, pos) == 1) {
			pat_span(0, &a, &b);
			pos = b;
			/* Not a horizon: 2035年远景目标. */
			size_t after = b + (b < len && s[b] == ' ');
			if (after + 6 <= len && memcmp(s + after, "远景", 6) == 0)
				continue;
			y = numeral_year(s + a, b - a);
		}
		if (y == 0)
			continue;
		if (past && reviewed == 0)
			reviewed = y;
		if (plan && planned == 0)
			planned = y;
	}
	return planned ? planned : reviewed ? reviewed + 1 : 0;
}

/* Whether most numbers are written in digits: then a number written in
 * Chinese numerals is wording (两个大局, 三件事) unless it says more. */
static int
count_digit_runs(const struct doc *d, int enough)
{
	int runs = 0;
	const char *p = d->buf, *end = d->buf + d->len;
	while (runs < enough && p < end) {
		while (p < end && (*p < '0' || *p > '9'))
			p++;
		if (p == end)
			break;
		const char *run = p;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		/* Not the number of an item (1．, 2、 at a line's start): a text
		 * that writes its figures in Chinese numbers numbers its lists
		 * in digits too. */
		int item = (run == d->buf || run[-1] == '\n') && end - p >= 3 &&
		    (*p == '.' || memcmp(p, "．", 3) == 0 ||
		    memcmp(p, "、", 3) == 0);
		runs += !item;
	}
	return runs;
}

static char *
dup_span(const char *s, size_t a, size_t b)
{
	if (a == (size_t)-1 || b <= a)
		return NULL;
	return strndup(s + a, b - a);
}

/* Like dup_span, without the spaces that pad a short name (龚  正). */
static char *
dup_name(const char *s, size_t a, size_t b)
{
	char *name = dup_span(s, a, b), *o = name;
	if (name == NULL)
		return NULL;
	for (const char *c = name; *c != '\0'; c++)
		if (*c != ' ')
			*o++ = *c;
	*o = '\0';
	return name;
}

static int
add_article(struct doc *d, char *title, char *org, char *person)
{
	struct article *bigger = realloc(d->articles,
	    (d->narticles + 1) * sizeof *bigger);
	if (bigger == NULL) {
		free(title);
		free(org);
		free(person);
		return -1;
	}
	d->articles = bigger;
	d->articles[d->narticles++] = (struct article){title, org, person, 0};
	for (size_t i = 0; i < d->nparas; i++)
		d->paras[i].article = (int)d->narticles - 1;
	return 0;
}

/* Whether s ends with the post of a government's head (…市长, …省长). */
static int
ends_with_post(const char *s, size_t len)
{
	static const char *const posts[] = {"市长", "省长", "县长", "区长",
	    "州长", "盟长", "旗长", "主席", "总理"};
	for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++) {
		size_t n = strlen(posts[i]);
		if (len >= n && memcmp(s + len - n, posts[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Frees and clears *org when it names no place: 自治区 from
 * 在自治区第十三届人民代表大会, 省人民政府 from 我代表省人民政府. */
static void
drop_if_no_place(char **org)
{
	static const char *const bare[] = {"自治区", "自治州", "省", "市", "县",
	    "区", "州", "盟", "旗"};
	size_t n;

	if (*org == NULL)
		return;
	n = strlen(*org);
	if (n > strlen("人民政府") &&
	    strcmp(*org + n - strlen("人民政府"), "人民政府") == 0)
		n -= strlen("人民政府");
	for (size_t i = 0; i < sizeof bare / sizeof bare[0]; i++)
		if (strlen(bare[i]) == n && memcmp(*org, bare[i], n) == 0) {
			free(*org);
			*org = NULL;
			return;
		}
}

/* The government that reports: 长沙市人民政府 from 在长沙市第十二届人民代表大会,
 * else from the title or the speaker's line, else from 我代表…人民政府;
 * the speaker from 市长 谭仲池. */
static int
report_article(struct doc *d)
{
	char *title = NULL, *org = NULL, *person = NULL, *speaker_org = NULL;
	char *delegate_org = NULL, *session_org = NULL, *body_org = NULL;
	int gbody = pat_group(PAT_BODY_LINE, "org");
	int gentrusted = pat_group(PAT_ENTRUSTED, "org");
	int gdorg = pat_group(PAT_DELEGATE_ORG, "org");
	int gsession = pat_group(PAT_SESSION_ORG, "org");
	int gorg = pat_group(PAT_REPORT_ORG, "org");
	int gsorg = pat_group(PAT_REPORT_SPEAKER, "org");
	int gname = pat_group(PAT_REPORT_SPEAKER, "name");
	int gtitle = pat_group(PAT_REPORT_SPEAKER, "title");
	int gtorg = pat_group(PAT_TITLE_SPEAKER, "org");
	int gtitle_org = pat_group(PAT_TITLE_ORG, "org");
	int gtname = pat_group(PAT_TITLE_SPEAKER, "name");
	size_t a, b;

	for (size_t i = 0; i < d->nparas && i < FRONT_MATTER + 6; i++) {
		struct para *p = &d->paras[i];
		size_t len;
		const char *s = ptext(d, p, &len);
		size_t chars = len < 4 * 60 ? para_chars(d, p) : 61;
		/* The title names the report: 2004年政府工作报告, or the
		 * part before —— of 政府工作报告——2026年2月4日在…. */
		if (title == NULL && contains(s, len, "报告") &&
		    p->kind != PARA_BODY) {
			const char *dash = memmem(s, len, "——", 6);
			size_t tl = dash && dash > s ? (size_t)(dash - s) : len;
			if (chars <= TITLE_MAX_CHARS || dash)
				title = strndup(s, tl);
		}
		if (org == NULL && chars <= 60 && matches(PAT_REPORT_ORG, s, len)) {
			pat_span(gorg, &a, &b);
			org = dup_span(s, a, b);
		}
		/* A body that reports (国家发展和改革委员会 under the title,
		 * 受国务院委托，财政部…): a department's report on its plan or
		 * budget, which names no place of its own. */
		if (body_org == NULL && p->kind != PARA_BODY && chars <= 60 &&
		    matches(PAT_BODY_LINE, s, len)) {
			pat_span(gbody, &a, &b);
			body_org = dup_span(s, a, b);
		}
		if (body_org == NULL && matches(PAT_ENTRUSTED, s, len)) {
			pat_span(gentrusted, &a, &b);
			body_org = dup_span(s, a, b);
		}
		if (delegate_org == NULL && matches(PAT_DELEGATE_ORG, s, len)) {
			pat_span(gdorg, &a, &b);
			delegate_org = dup_span(s, a, b);
		}
		if (session_org == NULL && matches(PAT_SESSION_ORG, s, len)) {
			pat_span(gsession, &a, &b);
			session_org = dup_span(s, a, b);
		}
		if (speaker_org == NULL && p->kind != PARA_BODY &&
		    matches(PAT_TITLE_ORG, s, len)) {
			pat_span(gtitle_org, &a, &b);
			speaker_org = dup_span(s, a, b);
		}
		if (matches(PAT_TITLE_SPEAKER, s, len)) {
			if (speaker_org == NULL) {
				pat_span(gtorg, &a, &b);
				speaker_org = dup_span(s, a, b);
			}
			if (person == NULL) {
				pat_span(gtname, &a, &b);
				person = dup_span(s, a, b);
			}
		}
		if (person == NULL && chars <= 30 &&
		    matches(PAT_REPORT_SPEAKER, s, len)) {
			pat_span(gname, &a, &b);
			person = dup_name(s, a, b);
			pat_span(gsorg, &a, &b);
			char *o = dup_span(s, a, b);
			size_t ta, tb;
			pat_span(gtitle, &ta, &tb);
			if (o == NULL && tb - ta == strlen("总理") &&
			    memcmp(s + ta, "总理", tb - ta) == 0)
				o = strdup("国务院");
			if (o != NULL && speaker_org == NULL)
				speaker_org = o;
			else
				free(o);
		}
		/* A name alone on its line right under the session line
		 * (七台河: 李兵) or the post (东莞市人民政府市长⏎吕成蹊). */
		const struct para *before = i > 0 ? &d->paras[i - 1] : NULL;
		if (person == NULL && p->kind == PARA_TITLE && before != NULL &&
		    chars >= 2 && chars <= 4 &&
		    (contains(d->buf + before->start, before->end - before->start,
		    "会议") || ends_with_post(d->buf + before->start,
		    before->end - before->start))) {
			int han = 1;
			for (size_t k = 0; k < len; k++)
				if ((unsigned char)s[k] < 0x80)
					han = 0;
			if (han && !contains(s, len, "报告") &&
			    !contains(s, len, "代表"))
				person = strndup(s, len);
		}
		if (matches(PAT_REPORT_MARK, s, len) && org && person)
			break;
	}
	drop_if_no_place(&org);
	drop_if_no_place(&speaker_org);
	drop_if_no_place(&delegate_org);
	drop_if_no_place(&session_org);
	/* A session line cut at a line end names the tail of the place
	 * (治州 of 红河哈尼族彝族自治州): the title's fuller name wins. */
	if (org != NULL && speaker_org != NULL && strlen(speaker_org) >
	    strlen(org) && strcmp(speaker_org + strlen(speaker_org) -
	    strlen(org), org) == 0) {
		free(org);
		org = speaker_org;
		speaker_org = NULL;
	}
	if (org == NULL) {
		org = speaker_org;
		speaker_org = NULL;
	}
	if (org == NULL) {
		org = delegate_org;
		delegate_org = NULL;
	}
	if (org == NULL) {
		org = session_org;
		session_org = NULL;
	}
	free(speaker_org);
	free(delegate_org);
	free(session_org);
	if (org != NULL && strcmp(org, "国务院") != 0 &&
	    !contains(org, strlen(org), "政府")) {
		/* The government of the place. */
		size_t n = strlen(org);
		char *full = malloc(n + sizeof "人民政府");
		if (full == NULL) {
			free(org);
			free(title);
			free(person);
			free(body_org);
			return -1;
		}
		memcpy(full, org, n);
		memcpy(full + n, "人民政府", sizeof "人民政府");
		free(org);
		org = full;
	}
	/* A department's report (关于…预算执行情况与…预算草案的报告) is its
	 * own, though its session line names the congress's place. */
	if (body_org != NULL && (org == NULL || title == NULL ||
	    !contains(title, strlen(title), "政府工作报告"))) {
		free(org);
		org = body_org;
		body_org = NULL;
	}
	free(body_org);
	if (title == NULL)
		title = strdup("政府工作报告");
	return add_article(d, title, org, person);
}

/* A plan's article: its title, and the state or place it is for
 * (中华人民共和国…纲要, 邢台市…实施方案). */
static int
plan_article(struct doc *d)
{
	char *title = NULL, *org = NULL;
	for (size_t i = 0; i < front(d) && i < 8 && title == NULL; i++) {
		const struct para *p = &d->paras[i];
		size_t len;
		const char *s = ptext(d, p, &len);
		/* A title run into its text ends at the first mark. */
		const char *stop = memmem(s, len, "，", 3);
		if (stop != NULL)
			len = (size_t)(stop - s);
		len = chars_prefix(s, len, TITLE_MAX_CHARS * 2);
		if (pat_find(PAT_PLAN_TITLE, s, len, 0) != 1)
			continue;
		/* A title set on two lines (南京市国民经济和社会发展⏎第十五个
		 * 五年规划纲要): the line before is its start. */
		size_t plen = 0;
		const char *prev = i > 0 && d->paras[i - 1].kind == PARA_TITLE ?
		    ptext(d, &d->paras[i - 1], &plen) : NULL;
		if (prev != NULL && prev + plen <= s) {
			title = malloc(plen + len + 1);
			if (title != NULL) {
				memcpy(title, prev, plen);
				memcpy(title + plen, s, len);
				title[plen + len] = '\0';
			}
		} else
			title = strndup(s, len);
		if (title == NULL)
			break;
		const char *t = title;
		size_t tlen = strlen(title);
		/* The issuers of a document on a matter (中共中央 国务院关于
		 * …的意见, 江苏省人民政府关于…的通知). */
		const char *about = memmem(t, tlen, "关于", 6);
		if (about != NULL && about > t && (size_t)(about - t) <= 20 * 3 &&
		    lex_suffix(LEX_BODY_SUFFIX, t, (size_t)(about - t)) > 0)
			org = strndup(t, (size_t)(about - t));
		else if (contains(t, tlen, "中华人民共和国"))
			org = strdup("中华人民共和国");
		else {
			/* The place the title opens with. */
			size_t best = 0, pos = 0, n;
			for (int k = 0; k < 12 && pos < tlen; k++) {
				utf8_next(t, pos, tlen, &n);
				pos += n;
				if (lex_suffix(LEX_PLACE_SUFFIX, t, pos) > 0)
					best = pos;
			}
			if (best > 3)
				org = strndup(t, best);
		}
	}
	return add_article(d, title, org, NULL);
}

/* A plan's own period and year: the five-year plan its title names
 * (“十四五”时期, from 2021), or the time it gives (2021－2025年). */
static void
plan_period(struct doc *d)
{
	static const char *const nth[] = {"一", "二", "三", "四", "五", "六",
	    "七", "八", "九"};
	for (size_t i = 0; i < front(d) && i < 8; i++) {
		const struct para *p = &d->paras[i];
		size_t len, a, b;
		const char *s = ptext(d, p, &len);
		int first, last;
		if (p->kind == PARA_BODY && i > 0)
			break;
		len = chars_prefix(s, len, 60);
		if (five_year_span(s, len, &first, &last)) {
			/* The n-th plan: 六五 … 九五, 十五, then 十一五 on. */
			int n = (first - 1951) / 5;
			snprintf(d->plan_period, sizeof d->plan_period,
			    "“%s%s五”时期", n >= 10 ? "十" : "",
			    n == 10 ? "" : nth[(n - 1) % 10 % 9]);
			d->year = d->plan_first = first;
			d->plan_last = last;
			return;
		}
		if (pat_find(PAT_PERIOD, s, len, 0) == 1) {
			pat_span(0, &a, &b);
			if (b - a < sizeof d->plan_period) {
				memcpy(d->plan_period, s + a, b - a);
				d->plan_period[b - a] = '\0';
			}
			return;
		}
	}
}

int
docinfo_read(struct doc *d)
{
	d->digits = count_digit_runs(d, 8) >= 8;
	d->plan_period[0] = '\0';
	d->plan_first = d->plan_last = 0;
	if (is_report(d)) {
		d->genre = GENRE_REPORT;
		d->year = front_matter_year(d);
		/* The year its headings plan, when its front matter names none
		 * or the one before (a report of December plans the next). */
		int planned = heading_plan_year(d);
		if (planned > 0 && (d->year == 0 || (planned >= d->year &&
		    planned <= d->year + 1)))
			d->year = planned;
		d->year_stated = d->year > 0;
		return report_article(d);
	}
	if (is_plan(d)) {
		d->genre = GENRE_PLAN;
		d->year = front_matter_year(d);
		plan_period(d); /* a five-year plan's first year wins */
		d->year_stated = d->year > 0;
		return plan_article(d);
	}
	d->genre = GENRE_NEWS;
	d->year = story_year(d);
	d->report_story = memmem(d->buf, d->len, "政府工作报告", 18) != NULL;
	return 0;
}
