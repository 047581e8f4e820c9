/*
 * The classes of numbers that commit nothing, each a function named for
 * its class. They look at the number's neighbours and its clause only.
 */
#define _GNU_SOURCE /* memmem */
#include "exclude.h"

#include <string.h>

#include "../common/record.h"
#include "../common/utf8.h"
#include "clauses.h"
#include "fields.h"
#include "lexicon.h"
#include "numerals.h"
#include "patterns.h"
#include "tense.h"

static int
at(const char *s, size_t pos, size_t hi, const char *lit)
{
	size_t n = strlen(lit);
	return pos + n <= hi && memcmp(s + pos, lit, n) == 0;
}

/* The character after q, and its length. */
static uint32_t
after(const struct sentence *st, const struct quantity *q, size_t *len)
{
	return utf8_next(st->d->buf, q->end, st->se, len);
}

/* 第3, 届, G234, PM2.5, 1+2: an ordinal, a name or a code. */
static int
is_code(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t w = chars_before(s, st->ss, q->start, 4);
	return pat_find(PAT_NOT_BEFORE, s, q->start, w) == 1;
}

/* 零部件, 七台河, 一体化: the numeral is part of a word of the lexicon; 零
 * alone is never a target's value either. */
static int
in_word(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t a, b;
	if (!q->lo.chinese)
		return 0;
	if (q->lo.value.mant == 0 && !q->range)
		return 1;
	for (size_t from = chars_before(s, st->ss, q->start, 3);
	    from <= q->start; from++) {
		if (((unsigned char)s[from] & 0xC0) == 0x80)
			continue;
		if (pat_match_at(PAT_WORD_NUMERAL, s, st->se, from) == 1) {
			pat_span(0, &a, &b);
			if (a <= q->start && b > q->start)
				return 1;
		}
	}
	return 0;
}

/* A quoted slogan (“七个更”, ‘三项推选’, “3815”) holds q: a quote opened
 * at most four characters before it and closed within eight after it. A
 * longer quotation is someone's words, not a name; so is a share with
 * its bound. */
static int
in_quotes(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	uint32_t open = 0;
	size_t len, opened = 0;
	/* The marks the sentence's reading noted; all of them unless there
	 * were too many to keep. */
	size_t k = 0, p = st->ss;
	for (;;) {
		uint32_t cp;
		if (!st->quotes_full) {
			if (k == st->nquote || st->quote[k].at >= q->start)
				break;
			cp = st->quote[k].cp;
			p = st->quote[k++].at;
			len = cp == '"' ? 1 : 3;
		} else {
			if (p >= q->start)
				break;
			cp = utf8_next(s, p, q->start, &len);
		}
		if (cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == '"') {
			open = open == '"' && cp == '"' ? 0 : cp;
			opened = p + len;
		} else if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
			open = 0;
		p += len;
	}
	if (!open || utf8_count((const unsigned char *)s + opened,
	    q->start - opened) > 4)
		return 0;
	/* 目标“5%左右”, 提出“增长5%以上”: a target's words quoted, a share
	 * with its bound, not a name. */
	if (q->kind == U_PERCENT && q->cmp >= 0 &&
	    memchr(s + q->start, '%', q->end - q->start) != NULL)
		return 0;
	p = q->end;
	for (int i = 0; i < 8 && p < st->se; i++, p += len) {
		uint32_t cp = utf8_next(s, p, st->se, &len);
		if (cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == '"')
			return 1;
		if (is_clause_end(cp))
			break;
	}
	return 0;
}

/* 以高新区、经开区两个园区为龙头: a count inside a 以…为 frame names what
 * serves as something, it sets no target. */
static int
in_yi_wei_frame(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t p = q->start, at_, len;
	int yi = 0;
	while (p > st->ss && !yi) {
		uint32_t cp = utf8_prev(s, st->ss, p, &at_);
		if (is_clause_end(cp) && cp != 0x3001 /* 、 */)
			break;
		yi = cp == 0x4EE5 /* 以 */ &&
		    utf8_next(s, p, st->se, &len) != 0x4E0A /* 以上 */;
		p = at_;
	}
	if (!yi)
		return 0;
	for (p = q->end; p < st->se; p += len) {
		uint32_t cp = utf8_next(s, p, st->se, &len);
		if (is_clause_end(cp) && cp != 0x3001)
			return 0;
		if (cp == 0x4E3A /* 为 */)
			return 1;
	}
	return 0;
}

/* 实施榕聚千万人口行动计划, 百县千乡万村工程: a number in words inside the
 * name of a programme — the name runs on without a mark to 计划, 行动 or
 * 工程 within eight characters. */
static int
names_a_programme(const struct sentence *st, const struct quantity *q)
{
	static const char *const ends[] = {"计划", "行动", "工程"};
	const char *s = st->d->buf;
	size_t p = q->end, len;
	if (!q->lo.chinese)
		return 0;
	for (int k = 0; k < 8 && p < st->se; k++) {
		uint32_t cp = utf8_next(s, p, st->se, &len);
		if (!is_han(cp) || is_clause_end(cp))
			return 0;
		p += len;
		for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++)
			if (p >= strlen(ends[e]) && memcmp(s + p - strlen(ends[e]),
			    ends[e], strlen(ends[e])) == 0)
				return 1;
	}
	return 0;
}

/* A count of a named set or of areas: 促进民营经济健康发展18条、…等政策
 * 措施, 37条精准治理措施, 8个领域 — what is counted is no deliverable.
 * The set noun follows within four characters, in the clause. */
static int
counts_a_set(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t p = q->end, len;
	if (q->kind != U_COUNT || q->range)
		return 0;
	/* 8008户改造任务, 500人培训工程, 22.9万座户厕改造任务: people,
	 * homes and built things are what is counted, the task only named. */
	static const char *const counted[] = {"户", "人", "人次", "名", "套",
	    "户次", "座", "所", "栋", "幢", "间", "辆", "台", "口"};
	const char *unit = q->unit; /* 22.9万座: what is counted, less 万 */
	if (strncmp(unit, "万", 3) == 0 || strncmp(unit, "亿", 3) == 0)
		unit += 3;
	for (size_t k = 0; k < sizeof counted / sizeof counted[0]; k++)
		if (strcmp(unit, counted[k]) == 0)
			return 0;
	/* 整合建立18条标志性产业链: the count of what is made is a target. */
	size_t cs = sentence_clause_of(st, q);
	if (lex_suffix(LEX_CREATE, s + cs, q->start - cs) > 0)
		return 0;
	/* …18条、小微企业帮扶13条等政策措施: the list names its sets. */
	size_t ce = clause_end(s, q->end, st->se, 1);
	const char *etc = NULL;
	for (const char *x = s + q->end; (x = memmem(x, (size_t)(s + ce - x),
	    "等", 3)) != NULL; x += 3)
		etc = x;
	if (etc != NULL && lex_prefix(LEX_SET_NOUN, etc + 3,
	    (size_t)(s + ce - etc - 3)) > 0)
		return 1;
	for (int k = 0; k < 5 && p < st->se; k++) {
		if (lex_prefix(LEX_SET_NOUN, s + p, st->se - p) > 0)
			return 1;
		uint32_t cp = utf8_next(s, p, st->se, &len);
		/* 完成800户的改造任务: households counted, the task named. */
		if (is_clause_end(cp) || (cp >= '0' && cp <= '9') ||
		    cp == 0x7684 /* 的 */)
			break;
		p += len;
	}
	return 0;
}

/* A small count in Chinese numerals that names a slogan or a list (两个
 * 大局, 五篇大文章, 三件事), or 一个/一批 as an article. */
static int
is_slogan(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t len;
	if (in_quotes(st, q) || in_yi_wei_frame(st, q) || counts_a_set(st, q) ||
	    names_a_programme(st, q))
		return 1;
	if (!q->lo.chinese || q->range || q->lo.prefix[0] != '\0' ||
	    q->lo.value.scale != 0 || q->lo.value.mant > 10 ||
	    q->kind != U_COUNT)
		return 0;
	uint32_t next = after(st, q, &len);
	if (q->lo.value.mant == 1 && (is_han(next) || next == 0x201C))
		return 1;
	if (strcmp(q->unit, "批") == 0)
		return 1; /* 一批, 两批: some, never a count */
	/* 三件事：, 四个方面的工作 */
	if (next == 0xFF1A /* ： */ || next == 0x201C)
		return 1;
	return pat_match(PAT_SLOGAN_AFTER, s, st->se, q->end) == 1;
}

/* An enumeration mark: ⒈ … ⒛, ① … ⑳, ⑴ … ⒇. */
static int
enumeration_mark(uint32_t cp)
{
	return (cp >= 0x2460 && cp <= 0x249B);
}

/* 改革后国务院组成部委41个⒈…, 一、拟撤销的部7个 over ⒈…⒎: a count that
 * the numbered list right after it spells out is that list's length. */
/* How far after a count its list may be named (10个站点分别是…). */
enum { LIST_NAMED_REACH = 6 };

static int
heads_a_list(const struct sentence *st, const struct quantity *q)
{
	const struct doc *d = st->d;
	const char *s = d->buf;
	size_t len;
	if (q->kind != U_COUNT)
		return 0;
	if (enumeration_mark(utf8_next(s, q->end, st->p->end, &len)))
		return 1;
	/* 10个站点分别是成都东、简阳、…: the count of the list it names. */
	size_t near = q->end + 3 * LIST_NAMED_REACH < st->se ?
	    q->end + 3 * LIST_NAMED_REACH : st->se;
	const char *named = memmem(s + q->end, near - q->end, "分别是", 9);
	if (named == NULL)
		named = memmem(s + q->end, near - q->end, "分别为", 9);
	/* Not 建成3座公园，分别是…: what an action delivers stays its
	 * target. */
	size_t cs = sentence_clause_of(st, q);
	struct lex_hit act;
	if (named != NULL && memmem(named, (size_t)(s + st->se - named), "、",
	    3) != NULL && !has_digit(named, (size_t)(s + st->se - named)) &&
	    lex_scan(LEX_ACTION, s, cs, cs, q->start, q->start, &act, 1) == 0)
		return 1;
	size_t next = (size_t)(st->p - d->paras) + 1;
	return q->end == st->p->end && next < d->nparas &&
	    enumeration_mark(utf8_next(s, d->paras[next].start,
	    d->paras[next].end, &len));
}

/* 沪杭、浙赣、萧甬三条铁路: a count right after as many listed items
 * (without 等) counts the list, it sets no target. */
static int
is_list_count(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	if (q->kind != U_COUNT || q->range || q->lo.value.scale != 0 ||
	    q->lo.prefix[0] != '\0' || q->lo.value.mant < 2 ||
	    q->lo.value.mant > 20)
		return 0;
	size_t cs = sentence_clause_of(st, q), p = q->start, at_;
	uint32_t cp = utf8_prev(s, cs, p, &at_);
	if (!is_han(cp) || cp == 0x7B49 /* 等 */)
		return 0;
	unsigned items = 1, chars = 0;
	int pause = 0; /* a 、 was seen: a 和 before it joins the list
	                * to what came before, it ends the list */
	while (p > cs) {
		cp = utf8_prev(s, cs, p, &at_);
		if (cp == 0x3001 /* 、 */ || (!pause && is_conjunction(cp) &&
		    chars > 0)) {
			pause |= cp == 0x3001;
			items++;
			chars = 0;
			p = at_;
			continue;
		}
		/* A number before an item: values and items alternate
		 * (十亿元级企业11户、百亿元级企业2户), no list of names. */
		if ((cp >= '0' && cp <= '9') || numeral_is_part(cp))
			return 0;
		if (!is_han(cp) || is_conjunction(cp) || ++chars > 12)
			break;
		p = at_;
	}
	if (items < 2 || items != q->lo.value.mant)
		return 0;
	/* The list is what the clause speaks of (沪杭、浙赣、萧甬三条铁路…要抓紧
	 * 施工); a verb that delivers before it makes the count what the
	 * verb delivers (年内完成深圳、珠海…8个试点单位的…建设). */
	size_t a = cs, b = q->start;
	metric_trim(st, &a, &b);
	return lex_prefix(LEX_ACTION, s + a, b - a) == 0;
}

/* Whether an amount is spent on what follows it (计划投资1.5亿元新建3所
 * 幼儿园, 投资500亿元用于水利建设): an action or 用于 right after it, not
 * the size or class of what is named. */
static int
spent_on(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	/* 投资10亿元以上签约项目: a bound classes what follows. */
	return q->kind == U_MONEY && q->cmp != CMP_GE && q->cmp != CMP_LE &&
	    q->cmp != CMP_GT &&
	    (lex_prefix(LEX_ACTION, s + q->end, st->se - q->end) > 0 ||
	    at(s, q->end, st->se, "用于") || at(s, q->end, st->se, "办好"));
}

/* The size class of what is counted: 亿元级, 10亿元以上项目1个, 5000万元项目5
 * 个 — an amount or measure followed by a noun and another number in the
 * same clause. */
static int
is_size_class(const struct sentence *st, size_t i)
{
	const struct quantity *q = &st->q[i];
	const char *s = st->d->buf;
	size_t len;
	if (q->kind != U_COUNT && pat_match(PAT_SIZE_CLASS, s, st->se, q->end) == 1)
		return 1;
	/* 75%的村集体收入达到50万元: the level a share reaches defines the
	 * share, the share is the target. */
	if (i > 0 && st->q[i - 1].kind == U_PERCENT && q->kind != U_PERCENT &&
	    st->q[i - 1].end >= sentence_clause_of(st, q) &&
	    st->q[i - 1].end + 3 <= st->se &&
	    memcmp(s + st->q[i - 1].end, "的", 3) == 0 &&
	    memmem(s + st->q[i - 1].end, q->start - st->q[i - 1].end, "、",
	    3) == NULL)
		return 1;

	/* 4个超5000亿(的产业): the class of what the count just before it
	 * counts; not 10座96公里, two targets. */
	if (i > 0 && st->q[i - 1].kind == U_COUNT && (q->kind == U_MONEY ||
	    q->kind == U_SCALE || q->kind == U_NONE)) {
		/* The quantity may hold its 超 itself. */
		const char *g = s + st->q[i - 1].end;
		size_t gap = (size_t)(s + q->start - g) + (q->end - q->start);
		if (gap >= 3 && (memcmp(g, "超", 3) == 0 || (gap >= 6 &&
		    (memcmp(g, "超过", 6) == 0 || memcmp(g, "突破", 6) == 0))) &&
		    q->start - st->q[i - 1].end <= 6)
			return 1;
		/* 培育1家50亿元以上的龙头企业: an amount right after the
		 * count, before the noun counted. */
		uint32_t n = after(st, q, &len);
		if (q->start == st->q[i - 1].end && is_han(n) && !is_conjunction(n))
			return 1;
	}
	uint32_t next = after(st, q, &len);
	if (!((q->kind == U_MONEY || q->kind == U_MEASURE || q->cmp == CMP_GE ||
	    q->cmp == CMP_LE) && (is_han(next) || (next < 0x80 &&
	    ((next | 0x20) >= 'a' && (next | 0x20) <= 'z'))) &&
	    !is_conjunction(next)))
		return 0;
	if (lex_prefix(LEX_GROWTH, s + q->end, st->se - q->end) > 0 ||
	    lex_prefix(LEX_PERIOD, s + q->end, st->se - q->end) > 0 ||
	    spent_on(st, q))
		return 0;
	if (i + 1 < st->nq &&
	    st->q[i + 1].start < clause_end(s, q->end, st->se, 0))
		return 1;
	/* 41家年耗能5000吨标准煤以上重点耗能企业: a bound that qualifies
	 * the noun a count before it in the clause counts. */
	if (i == 0 || st->q[i - 1].kind != U_COUNT ||
	    (q->cmp != CMP_GE && q->cmp != CMP_LE) ||
	    st->q[i - 1].end < sentence_clause_of(st, q))
		return 0;
	/* A count right after a count (500个50户以上村寨) is its class; one
	 * after a list's item (100个以上团组、4000家以上企业) is not. */
	if (q->kind == U_COUNT)
		return q->start == st->q[i - 1].end;
	size_t gap = q->start - st->q[i - 1].end;
	return gap <= 4 * 3 && memmem(s + st->q[i - 1].end, gap, "、", 3) == NULL &&
	    memmem(s + st->q[i - 1].end, gap, "和", 3) == NULL;
}

/* A plant's or project's size in its name: 年产50万吨氨基酸项目, 10万千瓦
 * 光伏电站, 总投资120亿元的…项目 — not what is to be reached. A fund's
 * size is (设立总规模1亿元的引导资金). */
static int
is_capacity(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t len;
	if (q->kind != U_MEASURE && q->kind != U_MONEY && q->kind != U_COUNT)
		return 0;
	/* 年产12万套纯电动汽车动力电池: a count is a size only right after
	 * the capacity word. */
	if (q->kind == U_COUNT) {
		/* Of a plant's output (年产, 日产), not a herd's or a
		 * school's size (年出栏, 招生规模, 产能). */
		static const char *const rate[] = {"年产", "日产", "年加工",
		    "年生产"};
		size_t w = chars_before(s, st->ss, q->start, 4);
		for (size_t k = 0; k < sizeof rate / sizeof rate[0]; k++) {
			const char *r = memmem(s + w, q->start - w, rate[k],
			    strlen(rate[k]));
			if (r != NULL && pat_find(PAT_CAPACITY, s, q->start,
			    (size_t)(r - s)) == 1)
				return 1;
		}
		return 0;
	}
	/* 全长约165公里, 设计时速80公里: the figure a project is designed
	 * to, however it is worded after. */
	size_t cs = clause_start(s, st->ss, q->start, 0), b = q->start;
	static const char *const soft[] = {"约", "为", "达", "近"};
	for (size_t k = 0; k < sizeof soft / sizeof soft[0]; k++)
		if (b - cs >= 3 && memcmp(s + b - 3, soft[k], 3) == 0) {
			b -= 3;
			break;
		}
	if (q->kind == U_MEASURE && lex_suffix(LEX_DESIGN, s + cs, b - cs) > 0)
		return 1;
	uint32_t next = after(st, q, &len);
	/* PBT项目: a name may start in Latin letters. */
	int latin = next < 0x80 && (next | 0x20) >= 'a' && (next | 0x20) <= 'z';
	int named = (is_han(next) || latin) && !is_conjunction(next) &&
	    lex_prefix(LEX_GROWTH, s + q->end, st->se - q->end) == 0 &&
	    lex_prefix(LEX_PERIOD, s + q->end, st->se - q->end) == 0 &&
	    !at(s, q->end, st->se, "以") && !at(s, q->end, st->se, "左右") &&
	    !at(s, q->end, st->se, "目标") && !at(s, q->end, st->se, "任务") &&
	    !at(s, q->end, st->se, "大关") && !at(s, q->end, st->se, "台阶");
	if (!named || spent_on(st, q))
		return 0;
	size_t w = chars_before(s, st->ss, q->start, 8);
	if (pat_find(PAT_CAPACITY, s, q->start, w) == 1)
		return 1;
	/* The clause (、 going on: 百万吨乙烯、热塑性弹性体等10个…项目)
	 * names a facility or a fund after the number. */
	size_t ce = clause_end(s, q->end, st->se, 1);
	/* 完成3万亩退耕还林工程的补植、管护任务: the size of a task. */
	if (memmem(s + q->end, ce - q->end, "任务", strlen("任务")) != NULL)
		return 0;
	for (size_t p = q->end; p < ce; p += len) {
		utf8_next(s, p, ce, &len);
		if (lex_prefix(LEX_FUND, s + p, ce - p) > 0)
			return 0;
		if (lex_prefix(LEX_FACILITY, s + p, ce - p) > 0)
			return 1;
	}
	return 0;
}

/* A share that does something: 百分之十销售国际市场, 1%人口抽样调查 — a
 * percentage followed by a verb or noun, not by what qualifies it. */
static int
is_share(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t len;
	if (q->kind != U_PERCENT || q->range)
		return 0;
	uint32_t next = after(st, q, &len);
	if (!is_han(next) || is_conjunction(next))
		return 0;
	/* 尽快实现制造业企业100%使用清洁能源: a share to be reached. */
	size_t cs = sentence_clause_of(st, q);
	if (sentence_cue_before(st, CUE_MODAL, cs, q->start) != NULL ||
	    memmem(s + cs, q->start - cs, "实现", 6) != NULL ||
	    memmem(s + cs, q->start - cs, "达到", 6) != NULL)
		return 0;
	static const char *const allowed[] = {"以", "左右", "上下", "之", "的",
	    "至", "到", "目标", "为", "即", "和", "是", "增", "提", "降",
	    "左", "水平", "幅度", "增速", "阈值", "红线", "底线", "多",
	    /* 赤字率按4%左右安排, 取土地出让收入的0.5%以上作为专项经费:
	     * a rate a budget sets, a share it sets aside */
	    "安排", "作为", "用于"};
	for (size_t k = 0; k < sizeof allowed / sizeof allowed[0]; k++)
		if (at(s, q->end, st->se, allowed[k]))
			return 0;
	return 1;
}

/* What a change is measured from: 由380元提高到420元 (380), 比２０１０年的
 * １．０３４吨 (1.034), 在去年增长8%的基础上 (8%). */
static int
is_baseline(const struct sentence *st, size_t i)
{
	const struct quantity *q = &st->q[i];
	const char *s = st->d->buf;
	size_t cs = clause_start(s, st->ss, q->start, 0);
	size_t ce = clause_end(s, q->end, st->se, 0), p, len, at_;

	if (at(s, q->end, st->se, "的基础上") || at(s, q->end, st->se, "基础上") ||
	    at(s, q->end, st->se, "的基数"))
		return 1;
	/* 从…到, 由…到: the number after 从 with another after 到. */
	for (p = q->start; p > cs;) {
		uint32_t cp = utf8_prev(s, cs, p, &at_);
		p = at_;
		if (cp == 0x4ECE /* 从 */ || cp == 0x7531 /* 由 */) {
			for (size_t j = i + 1; j < st->nq && st->q[j].start < ce; j++) {
				size_t k = q->end;
				while (k < st->q[j].start) {
					if (at(s, k, st->q[j].start, "到") ||
					    at(s, k, st->q[j].start, "至"))
						return 1;
					utf8_next(s, k, st->q[j].start, &len);
					k += len;
				}
			}
			break;
		}
		/* 由1985年的101天: a year on the way is no other number. */
		if (cp == 0x5E74 /* 年 */)
			while (p > cs && s[p - 1] >= '0' && s[p - 1] <= '9')
				p--;
		else if (cp >= '0' && cp <= '9')
			break;
	}
	/* 相比去年2.7%的实际增速，…: a clause that is a comparison's
	 * other side. */
	p = cs;
	while (p < q->start && s[p] == ' ')
		p++;
	if (at(s, p, q->start, "相比") || at(s, p, q->start, "对比") ||
	    at(s, p, q->start, "比起") || at(s, p, q->start, "较之"))
		return 1;
	/* 比…的 right before the number. */
	if (!(q->start >= cs + 3 && at(s, q->start - 3, q->start, "的")))
		return 0;
	for (p = q->start - 3; p > cs;) {
		uint32_t cp = utf8_prev(s, cs, p, &at_);
		p = at_;
		if (cp == 0x6BD4 /* 比 */ || cp == 0x8F83 /* 较 */)
			return 1;
	}
	return 0;
}

/* Whether the quantity q follows a coordinator (和, 及, 与) that joins it
 * to a quantity right after the state cue c (有521家试点企业和500家协同
 * 企业), in one clause. */
static int
joined(const struct sentence *st, const struct quantity *q,
    const struct cue_hit *c)
{
	static const char *const words[] = {"和", "及", "与", "以及"};
	const char *s = st->d->buf;
	const struct quantity *first = NULL;
	for (size_t k = 0; k < st->nq && st->q[k].start < q->start; k++)
		if (st->q[k].start >= c->b) {
			first = &st->q[k];
			break;
		}
	if (first == NULL || utf8_count((const unsigned char *)s + c->b,
	    first->start - c->b) > 2 || utf8_count((const unsigned char *)s +
	    first->end, q->start - first->end) > 16 ||
	    memmem(s + first->end, q->start - first->end, "，", 3) != NULL)
		return 0;
	size_t pos = q->start;
	while (pos > first->end && s[pos - 1] == ' ')
		pos--;
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
		size_t n = strlen(words[k]);
		if (pos >= first->end + n && memcmp(s + pos - n, words[k], n) == 0)
			return 1;
	}
	return 0;
}

/* 以54家企业数量位居首位, 以1200亿元排名全省第三: a rank among
 * others, said with the number it ranks by. */
static int
is_ranking(const struct sentence *st, const struct quantity *q)
{
	static const char *const verbs[] = {"位居", "位列", "居全", "居首",
	    "排名", "排在", "名列"};
	const char *s = st->d->buf;
	size_t cs = sentence_clause_of(st, q);
	size_t ce = clause_end(s, q->end, st->se, 0);
	/* 1-2个开发区进入省级评价前30位: which places the count before it
	 * counts, not a number to reach (稳居全省前3位 is one). */
	if (q->start >= cs + 3 && memcmp(s + q->start - 3, "前", 3) == 0 &&
	    (strcmp(q->unit, "位") == 0 || strcmp(q->unit, "名") == 0)) {
		for (size_t j = 0; j < st->nq && st->q[j].start < q->start; j++)
			if (st->q[j].start >= cs && st->q[j].kind == U_COUNT)
				return 1;
	}
	if (!(q->start >= cs + 3 && memcmp(s + q->start - 3, "以", 3) == 0))
		return 0;
	for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (memmem(s + q->end, ce - q->end, verbs[k],
		    strlen(verbs[k])) != NULL)
			return 1;
	return 0;
}

/* 现有3120个, 只有867元: a state cue right before the number, with no
 * forward cue in the clause before it (要求年内有十个项目建成投产). */
static int
is_state(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t cs = sentence_clause_of(st, q);
	const struct cue_hit *c = sentence_cue_before(st, CUE_STATE, cs,
	    q->start);
	/* 在全市1021家企业中: the population a statement is about. */
	if (memmem(s + cs, q->start - cs, "在", 3) != NULL) {
		size_t ce = clause_end(s, q->end, st->se, 0);
		if (ce >= q->end + 3 && at(s, ce - 3, ce, "中"))
			return 1;
	}
	if (c == NULL)
		return 0;
	/* 有521家试点企业和500家协同企业: items joined to the stated one
	 * are stated too. */
	if (utf8_count((const unsigned char *)s + c->b, q->start - c->b) > 2 &&
	    !joined(st, q, c))
		return 0;
	/* 现有, 目前 say what is; 有 alone can be what is to be (要求年内有
	 * 十个项目建成投产, 今年将有86个项目开工). */
	if (c->b - c->a > 3)
		return 1;
	if (c->a >= 3 + st->ss && (memcmp(s + c->a - 3, "将", 3) == 0 ||
	    memcmp(s + c->a - 3, "会", 3) == 0))
		return 0;
	return sentence_cue_before(st, CUE_MODAL, cs, c->a) == NULL;
}

/* 预计全年增长6%: an estimate, unless a commitment cue comes between. */
static int
is_forecast(const struct sentence *st, const struct quantity *q)
{
	const struct cue_hit *f = sentence_cue_before(st, CUE_FORECAST, st->ss,
	    q->start);
	if (f == NULL || sentence_cue_before(st, CUE_MODAL, f->b,
	    q->start) != NULL)
		return 0;
	/* 预计到2025年…, 预计“十二五”开工建设3段: expected by a time still
	 * to come, a plan; 预计全年增长6% estimates the year going on. */
	for (size_t k = 0; k < st->ntime; k++) {
		const struct time_hit *t = &st->time[k];
		if (t->a >= f->b && t->b <= q->start && !t->this_year &&
		    time_tense(st->d->buf, t, st->d->year) == TENSE_FUTURE)
			return 0;
		/* “十二五”期间，…预计总投资规模1500亿~2000亿元: a sentence
		 * that opens with a span still to come plans. */
		if (t->b <= f->a && t->role == TIME_PERIOD && !t->this_year &&
		    (t->five_year || t->first > st->d->year) &&
		    time_tense(st->d->buf, t, st->d->year) == TENSE_FUTURE)
			return 0;
	}
	/* …预计总投资…，铁道部将对新疆投资3100亿元: a later clause with a
	 * future of its own is not what is expected. */
	const char *s = st->d->buf;
	size_t fce = clause_end(s, f->b, st->se, 0);
	if (fce < q->start && sentence_cue_before(st, CUE_FUTURE, fce,
	    q->start) != NULL)
		return 0;
	/* 《…行动计划》提出，…。预计到2022年，…达到4000亿元: what a plan
	 * the paragraph presents expects is its target. */
	struct lex_hit hit[8];
	size_t n = lex_scan(LEX_CUE, s, st->p->start, st->p->start, st->ss,
	    st->ss, hit, 8);
	for (size_t k = 0; k < n; k++)
		if (hit[k].e->flags & CUE_LEAD)
			return 0;
	return 1;
}

/* A company's own plan in a story of a government: a company named
 * before the number, as the one who speaks (XX公司负责人表示) or plans
 * (该公司计划, 电力公司要). A story about the company itself keeps it. */
static int
is_company_plan(const struct sentence *st, const struct quantity *q)
{
	const struct doc *d = st->d;
	const char *s = d->buf;
	const struct para *p = st->p;
	size_t pos = st->ss, a, b, len;
	if (d->genre != GENRE_NEWS || (p->article >= 0 &&
	    d->articles[p->article].company))
		return 0;
	while (pos < q->start && pat_find(PAT_COMPANY, s, q->start, pos) == 1) {
		pat_span(0, &a, &b);
		size_t end = b, k = 0;
		/* What the company does, within a few characters. */
		for (; k < 12 && end < q->start; k++) {
			if (lex_prefix(LEX_SPEECH, s + end, q->start - end) > 0)
				return 1;
			if (k < 4 && lex_match_at(LEX_CUE, s, st->ss, end,
			    q->start, &len) != NULL && (lex_match_at(LEX_CUE, s,
			    st->ss, end, q->start, &len)->flags & CUE_FUTURE))
				return 1;
			uint32_t cp = utf8_next(s, end, q->start, &len);
			if (is_clause_end(cp) && cp != 0x3001)
				break;
			end += len;
		}
		pos = b > a ? b : a + 1;
	}
	return 0;
}

/* Whether s[a..b) raises what a rule word named (补助标准提高30元,
 * 标准提高到每人每年500元): a standard raised is a target, one stated
 * (补助标准为500元) a rule. */
static int
raises(const char *s, size_t a, size_t b)
{
	static const char *const verb[] = {"提高", "提升", "上调", "增加"};
	for (size_t k = 0; k < sizeof verb / sizeof verb[0]; k++)
		if (b > a && memmem(s + a, b - a, verb[k], strlen(verb[k])) != NULL)
			return 1;
	return 0;
}

enum reason
exclude_check(const struct sentence *st, size_t i)
{
	const struct quantity *q = &st->q[i];
	const struct doc *d = st->d;
	const char *s = d->buf;
	size_t cs = clause_start(s, st->ss, q->start, 0);

	switch (st->p->kind) {
	case PARA_BODY:
	case PARA_HEADING:
		break;
	case PARA_GLOSSARY:
		return R_GLOSSARY;
	default:
		return R_NOT_BODY;
	}
	if (is_code(st, q))
		return R_CODE;
	/* 每销售一斤粮食, 每人: the unit a rate is counted per. */
	size_t near = chars_before(s, cs, q->start, 4);
	if (memmem(s + near, q->start - near, "每", 3) != NULL &&
	    q->lo.value.mant == 1 && q->lo.value.scale == 0)
		return R_RULE;
	/* 每百万人口, 每10万人: the population a rate is counted per. */
	if (q->start >= cs + 3 && memcmp(s + q->start - 3, "每", 3) == 0)
		return R_RULE;
	if (pat_match(PAT_TIME_AFTER, s, st->se, q->end) == 1)
		return R_TIME;
	if (in_word(st, q))
		return R_IN_WORD;
	/* 两个大局, 三件事 in a text that writes its numbers in digits; a
	 * change in percentage points (降低一个百分点) is still one. */
	if (d->digits && q->lo.chinese && q->lo.prefix[0] == '\0' &&
	    q->lo.kind == NUM_PLAIN && !q->range && q->kind != U_PERCENT)
		return R_WORDING;
	if (is_slogan(st, q))
		return R_SLOGAN;
	if (is_list_count(st, q) || heads_a_list(st, q))
		return R_LIST_COUNT;
	if (is_size_class(st, i))
		return R_SIZE_CLASS;
	if (is_capacity(st, q))
		return R_CAPACITY;
	if (is_share(st, q))
		return R_SHARE;
	if (is_baseline(st, i))
		return R_BASELINE;
	if (is_state(st, q))
		return R_STATE;
	if (is_ranking(st, q))
		return R_RANKING;
	if (is_forecast(st, q))
		return R_FORECAST;
	if (sentence_cue_before(st, CUE_CONDITION, st->ss, q->start) != NULL)
		return R_CONDITION;
	const struct cue_hit *rule = sentence_cue_before(st, CUE_RULE, cs,
	    q->start);
	if (rule != NULL && !raises(s, rule->b, q->start))
		return R_RULE;
	if (is_company_plan(st, q))
		return R_COMPANY;
	return R_ROW;
}
