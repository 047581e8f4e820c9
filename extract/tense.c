/*
 * Section priors and the time of each number.
 *
 * A report opens with its review (past) and goes on to its plan; where a
 * section begins is told by its heading (一、2022年工作回顾, 三、2023年工作
 * 安排), by a paragraph that opens the plan (2023年是…, 今年政府工作的总体
 * 要求是), or, for a heading that says neither (三、鼓足干劲奋进新征程) or a
 * report without headings, by what its sentences say: counted cue words
 * and years. A plan looks ahead throughout; a story is neutral, each
 * sentence speaking for itself.
 */
#define _GNU_SOURCE /* memmem */
#include "tense.h"

#include <string.h>

#include "../common/utf8.h"
#include "clauses.h"
#include "layout.h"
#include "lexicon.h"
#include "numerals.h"
#include "patterns.h"

static int
matches(enum pattern_id id, const char *s, size_t len)
{
	return pat_match(id, s, len, 0) == 1;
}

enum tense
time_tense(const char *s, const struct time_hit *t, int year)
{
	if (t->role == TIME_SINCE)
		return TENSE_PAST;
	/* A span counted from now (两年时间, 一年内) says how long, not
	 * when: 今后, 未来 and 明年 are cue words of their own. */
	if (t->role != TIME_PERIOD || t->this_year || t->relative)
		return TENSE_NEUTRAL;
	if (year != 0 && t->first != 0 && t->last < year)
		return TENSE_PAST;
	if (memcmp(s + t->a, "到", 3) == 0 || memcmp(s + t->a, "至", 3) == 0)
		return TENSE_FUTURE;
	if (year == 0 || t->first == 0)
		return TENSE_NEUTRAL;
	return TENSE_FUTURE;
}

/* Evidence in a stretch of text: strong cue words and years of each
 * tense, counted. */
struct tally {
	unsigned past, future;
};

static void
count_evidence(const struct doc *d, const struct para *p, struct tally *t)
{
	const char *s = d->buf;
	struct lex_hit hit[64];
	size_t pos = p->start;
	/* The paragraph's cue words, 64 at a time. */
	while (pos < p->end) {
		size_t n = lex_scan(LEX_CUE, s, 0, pos, p->end, p->end, hit, 64);
		for (size_t k = 0; k < n; k++) {
			unsigned f = hit[k].e->flags;
			if (f & CUE_WEAK)
				continue;
			t->past += (f & CUE_PAST) != 0;
			t->future += (f & CUE_FUTURE) != 0;
		}
		if (n < 64)
			break;
		pos = hit[n - 1].b;
	}
	/* Its years against the document's. */
	size_t a, b;
	for (pos = p->start; d->year > 0 && pos < p->end &&
	    pat_match(PAT_YEAR, s, p->end, pos) == 1; pos = b) {
		pat_span(0, &a, &b);
		int y = numeral_year(s + a, b - a);
		size_t at;
		uint32_t before = utf8_prev(s, p->start, a, &at);
		if (y == 0 || before == 0x6BD4 /* 比 */ || before == 0x8F83 /* 较 */)
			continue;
		t->past += y < d->year;
		t->future += y >= d->year;
	}
}

/* What a tally says: a clear majority, or neutral. */
static enum tense
tally_tense(const struct tally *t)
{
	if (t->future >= 3 && 2 * t->future >= 3 * t->past)
		return TENSE_FUTURE;
	if (t->past >= 3 && 2 * t->past >= 3 * t->future)
		return TENSE_PAST;
	return TENSE_NEUTRAL;
}

/* A word of table t in s[0..len) with flags, or 0. */
static int
heading_word(enum lex_table t, const char *s, size_t len, unsigned flags)
{
	struct lex_hit hit[16];
	size_t n = lex_scan(t, s, 0, 0, len, len, hit, 16);
	for (size_t k = 0; k < n; k++)
		if ((hit[k].e->flags & flags) == flags)
			return 1;
	return 0;
}

/* The strong words a heading of level 2 or below may switch on. */
static int
strong_heading_word(const char *s, size_t len, enum tense *t)
{
	if (heading_word(LEX_PAST_HEADING, s, len, HEADING_STRONG)) {
		*t = TENSE_PAST;
		return 1;
	}
	if (heading_word(LEX_FUTURE_HEADING, s, len, HEADING_STRONG)) {
		*t = TENSE_FUTURE;
		return 1;
	}
	return 0;
}

/* Whether a heading is about targets (目标, 预期目标) rather than
 * their being met (目标完成情况, 实现目标). */
static int
target_heading(const char *s, size_t len)
{
	return memmem(s, len, "目标", 6) != NULL &&
	    !heading_word(LEX_PAST_HEADING, s, len, 0) &&
	    memmem(s, len, "完成", 6) == NULL && memmem(s, len, "实现", 6) == NULL;
}

/* What a heading says of its section, and the period it names (*period
 * set, *five_year saying whether it spans years). TENSE_NEUTRAL when it
 * says nothing. */
static enum tense
heading_tense(const struct doc *d, size_t a, size_t b, int level,
    struct span *period, int *five_year, int *strong)
{
	const char *s = d->buf + a;
	size_t len = b - a, pos = 0, ta, tb;
	int past_year = 0, future_year = 0;
	struct span horizon_span = {0, 0};

	period->a = period->b = 0;
	*five_year = 0;
	while (pos < len && pat_find(PAT_PERIOD, s, len, pos) == 1) {
		pat_span(0, &ta, &tb);
		struct time_hit t;
		time_classify(s, 0, len, ta, tb, d->year, &t);
		enum tense tt = time_tense(s, &t, d->year);
		/* 今后五年 in a heading is its section's horizon, though as a
		 * span counted from now it says no tense of its own. */
		int horizon = t.role == TIME_PERIOD && t.relative &&
		    t.five_year && d->year > 0 && t.first >= d->year;
		if (tt == TENSE_PAST)
			past_year = 1;
		else if (horizon && period->b == 0 && horizon_span.b == 0)
			horizon_span = (struct span){a + ta, a + tb};
		else if (tt == TENSE_FUTURE || (t.role == TIME_PERIOD &&
		    t.this_year)) {
			future_year = 1;
			/* “十五五”时期主要目标和2026年重点工作: its parts
			 * are the year's work, so the year is its time. */
			if (period->b == 0 || (*five_year && !t.five_year)) {
				*period = (struct span){a + ta, a + tb};
				*five_year = t.five_year;
			}
		}
		pos = tb > ta ? tb : ta + 1;
	}
	/* A heading of both (今后五年的目标任务和2023年工作安排) leaves the
	 * year's plan its year: the horizon only when it names no other. */
	if (period->b == 0 && horizon_span.b > 0) {
		*period = horizon_span;
		*five_year = 1;
		future_year = 1;
	}
	int past_word = heading_word(LEX_PAST_HEADING, s, len, 0);
	int future_word = heading_word(LEX_FUTURE_HEADING, s, len, 0);
	enum tense ignored;
	*strong = past_year || future_year || strong_heading_word(s, len,
	    &ignored);
	if (level >= 2) {
		enum tense t;
		if (past_year != future_year)
			return past_year ? TENSE_PAST : TENSE_FUTURE;
		return strong_heading_word(s, len, &t) ? t : TENSE_NEUTRAL;
	}
	if (past_year && !future_year)
		return TENSE_PAST;
	if (future_year && !past_year)
		return past_word && !future_word ? TENSE_PAST : TENSE_FUTURE;
	if (past_word != future_word)
		return past_word ? TENSE_PAST : TENSE_FUTURE;
	return TENSE_NEUTRAL;
}

/* What a paragraph that opens a part of a report says: 2023年是…, 今年政
 * 府工作的总体要求是 (the plan) or 2022年是… (the review); neutral when it
 * opens nothing. Sets *period to the time it names. */
static enum tense
opening_tense(const struct doc *d, const struct para *p, struct span *period,
    int *five_year)
{
	size_t len = p->end - p->start, a, b;
	const char *s = d->buf + p->start;
	if (pat_match(PAT_PLAN_OPENING, s, len, 0) != 1)
		return TENSE_NEUTRAL;
	static const char *const groups[] = {"year", "year2", "year3"};
	int year = 0;
	for (size_t k = 0; k < 3 && year == 0; k++) {
		pat_span(pat_group(PAT_PLAN_OPENING, groups[k]), &a, &b);
		if (a != (size_t)-1)
			year = numeral_year(s + a, b - a);
	}
	if (year != 0 && d->year != 0 && year < d->year)
		return TENSE_PAST;
	/* The time it names: the first period phrase of its first clause. */
	period->a = period->b = 0;
	*five_year = 0;
	size_t ce = clause_end(s, 0, len, 0);
	if (pat_find(PAT_PERIOD, s, ce, 0) == 1) {
		struct time_hit t;
		pat_span(0, &a, &b);
		time_classify(s, 0, len, a, b, d->year, &t);
		if (t.role == TIME_PERIOD) {
			*period = (struct span){p->start + a, p->start + b};
			*five_year = t.five_year;
		}
	}
	return TENSE_FUTURE;
}

/* The tally of paragraphs [from, to). */
static enum tense
section_evidence(const struct doc *d, size_t from, size_t to)
{
	struct tally t = {0, 0};
	for (size_t i = from; i < to; i++)
		if (d->paras[i].kind == PARA_BODY)
			count_evidence(d, &d->paras[i], &t);
	return tally_tense(&t);
}

/* The end of the section a level-1 heading at i opens. */
static size_t
section_end(const struct doc *d, size_t i)
{
	size_t j = i + 1;
	while (j < d->nparas && !(d->paras[j].kind == PARA_HEADING &&
	    d->paras[j].level == 1))
		j++;
	return j;
}

/* A report without headings: where its review ends and its plan begins,
 * by the paragraph that best splits past evidence before from future
 * evidence after. Returns the first paragraph of the plan, or nparas. */
static size_t
change_point(const struct doc *d, size_t from)
{
	size_t n = d->nparas;
	long best, score;
	size_t at = n;
	/* score(k) = sum over i<k of (past-future) + sum over i>=k of
	 * (future-past); start with k = n and move k down. */
	long total = 0;
	struct tally t;
	for (size_t i = from; i < n; i++) {
		t.past = t.future = 0;
		if (d->paras[i].kind == PARA_BODY)
			count_evidence(d, &d->paras[i], &t);
		total += (long)t.past - (long)t.future;
	}
	score = total;
	best = total;
	for (size_t k = n; k-- > from;) {
		t.past = t.future = 0;
		if (d->paras[k].kind == PARA_BODY)
			count_evidence(d, &d->paras[k], &t);
		/* Paragraph k moves to the plan's side. */
		score += 2 * ((long)t.future - (long)t.past);
		if (score > best) {
			best = score;
			at = k;
		}
	}
	return at;
}

void
tense_priors(struct doc *d, void (*note)(const struct doc *d, size_t para,
    enum tense t, const char *why))
{
	enum tense section = TENSE_NEUTRAL, sub = TENSE_NEUTRAL;
	struct span period = {0, 0}, sub_period = {0, 0};
	int five = 0, sub_five = 0, sub_level = 0, in_sub = 0;
	int report = d->genre == GENRE_REPORT, headed = 0, heading_said = 0;
	int said_strongly = 0; /* the last section heading named its time */
	/* An unnumbered heading that said its tense opened the section (1),
	 * and the numbered headings after it count from 一 (2): they are
	 * its parts. */
	int unnumbered_said = 0;
	int body_since = 1;    /* text came after it */
	size_t plan_from = (size_t)-1;

	if (d->genre == GENRE_PLAN)
		section = TENSE_FUTURE;
	if (report) {
		for (size_t i = 0; i < d->nparas; i++)
			headed |= d->paras[i].kind == PARA_HEADING &&
			    d->paras[i].level == 1;
	}
	for (size_t i = 0; i < d->nparas; i++) {
		struct para *p = &d->paras[i];
		size_t len = p->end - p->start;
		const char *s = d->buf + p->start;
		enum tense before = in_sub ? sub : section;

		if (report && matches(PAT_REPORT_MARK, s, len) &&
		    section == TENSE_NEUTRAL && plan_from == (size_t)-1) {
			/* After the salutation the review begins; a report
			 * without headings is split where its evidence
			 * turns. */
			section = TENSE_PAST;
			if (!headed)
				plan_from = change_point(d, i + 1);
		}
		if (i == plan_from) {
			section = TENSE_FUTURE;
			in_sub = 0;
		}
		int level = p->kind == PARA_HEADING ? p->level : p->level;
		size_t hb = p->kind == PARA_HEADING ? p->end : p->head_end;
		if (level > 0 && (p->kind == PARA_HEADING || hb > p->start)) {
			struct span hp;
			int hf;
			int strong;
			enum tense t = heading_tense(d, p->start, hb, level, &hp,
			    &hf, &strong);
			/* 回顾2022年工作 over 我们锚定目标团结奋进…: a heading
			 * right under a heading that named its time, with no
			 * text between, is its subtitle, not a new section. */
			int numbered = level == 1 && matches(PAT_HEADING,
			    d->buf + p->start, hb - p->start);
			/* 2024年重点工作 ⏎ 一、始终把…: numbering that
			 * starts again under an unnumbered heading counts its
			 * parts; 一年来的主要工作： under 一、… counts none. */
			if (numbered && unnumbered_said == 1)
				unnumbered_said = hb - p->start >= 6 &&
				    memcmp(d->buf + p->start, "一、", 6) == 0 ? 2 : 0;
			/* Its parts plan or review as it does, unless one
			 * says otherwise as a subheading would, by a year or
			 * a strong word (四、…推动重大项目取得新进展 is still
			 * the plan's). */
			int part = numbered && unnumbered_said == 2 &&
			    d->genre != GENRE_NEWS;
			if (part)
				t = heading_tense(d, p->start, hb, 2, &hp, &hf,
				    &strong);
			if (level == 1 && !strong && said_strongly && !body_since)
				;
			else if (part && t == TENSE_NEUTRAL) {
				body_since = 0;
				in_sub = 0;
			} else if (level == 1) {
				if (!numbered)
					unnumbered_said = t != TENSE_NEUTRAL;
				said_strongly = strong;
				body_since = 0;
				in_sub = 0;
				heading_said = t != TENSE_NEUTRAL;
				/* A story's headline-like subheadings name topics
				 * as often as times; one on targets (多数省份GDP
				 * 目标高于5%) still says its section plans, and so
				 * does a numbered one that names the time it plans
				 * for, as a reprinted plan's do (三、2026年…计划的
				 * 主要任务). */
				if (d->genre == GENRE_NEWS && !(t == TENSE_FUTURE &&
				    (target_heading(d->buf + p->start, hb - p->start) ||
				    (hp.b > 0 && matches(PAT_HEADING, d->buf + p->start,
				    hb - p->start)))))
					t = TENSE_NEUTRAL;
				else if (t == TENSE_NEUTRAL && report)
					t = section_evidence(d, i + 1,
					    section_end(d, i));
				else if (t == TENSE_NEUTRAL)
					t = section;
				section = t;
				period = hp;
				five = hf;
			} else if (!in_sub || level <= sub_level) {
				in_sub = t != TENSE_NEUTRAL || hp.b > 0;
				sub = t != TENSE_NEUTRAL ? t : section;
				sub_period = hp;
				sub_five = hf;
				sub_level = level;
			}
		} else if (p->kind == PARA_BODY && d->genre != GENRE_NEWS &&
		    !heading_said) {
			/* An opening paragraph (2023年是…, 今年政府工作的总体要
			 * 求是) sets the time of a section its heading said
			 * nothing of; a review's own 今年是… (written the
			 * year it looks back on) does not turn it. */
			struct span op;
			int of;
			enum tense t = opening_tense(d, p, &op, &of);
			if (t != TENSE_NEUTRAL) {
				section = t;
				in_sub = 0;
				if (t == TENSE_FUTURE && op.b > 0) {
					period = op;
					five = of;
				}
			}
		}
		body_since |= p->kind == PARA_BODY;
		p->prior = in_sub ? sub : section;
		if (in_sub && sub_period.b > 0) {
			p->period = sub_period;
			p->five_year = sub_five;
		} else {
			p->period = period;
			p->five_year = five;
		}
		if (note != NULL && p->prior != before && p->kind != PARA_META)
			note(d, i, p->prior, s);
	}
}

/* Evidence of a number's time: what it says, where, and the reason a
 * past one gives. */
struct evidence {
	enum tense t;
	size_t a, b;
	enum reason why;
};

/* A perfective 了 after a verb in [a, b) (组织了, 建成了): a result.
 * Not 为了, 除了, 了解, 了不起. Returns the end of the 了 or 0. */
static size_t
perfective(const char *s, size_t a, size_t b)
{
	size_t p = a, len, at;
	while (p < b) {
		uint32_t cp = utf8_next(s, p, b, &len);
		if (cp == 0x4E86 /* 了 */ && p > a) {
			uint32_t before = utf8_prev(s, a, p, &at);
			uint32_t next = utf8_next(s, p + len, b, &at);
			if (is_han(before) && before != 0x4E3A /* 为 */ &&
			    before != 0x9664 /* 除 */ && before != 0x7F62 /* 罢 */ &&
			    next != 0x89E3 /* 解 */ && next != 0x4E0D /* 不 */ &&
			    next != 0x7ED3 /* 结 */)
				return p + len;
		}
		p += len ? len : 1;
	}
	return 0;
}

/* Whether the word lit starts at s + pos. */
static int
at_word(const char *s, size_t pos, const char *lit)
{
	return memcmp(s + pos, lit, strlen(lit)) == 0;
}

/* Where a day that opens a sentence at ss (1月2日，, 2025年3月5日上午，)
 * ends, or 0 when it does not open with one. */
static size_t
opening_day(const char *s, size_t ss, size_t se)
{
	size_t a, b;
	if (pat_match_at(PAT_DAY, s, se, ss) != 1)
		return 0;
	pat_span(0, &a, &b);
	return b + 3 <= se && memcmp(s + b, "，", 3) == 0 ? b : 0;
}

enum reason
tense_decide(const struct sentence *st, size_t i, struct tense_run *run,
    size_t *why_a, size_t *why_b)
{
	const struct quantity *q = &st->q[i];
	const struct doc *d = st->d;
	const char *s = d->buf;
	size_t pos = q->start, ca, cb;
	/* The nearest time evidence before the number (a time word or a
	 * year: it speaks for its sentence), and verb evidence (in the
	 * number's own clause, or anywhere before it where the section's
	 * prior does not say otherwise). */
	struct evidence time = {TENSE_NEUTRAL, 0, 0, R_ROW};
	struct evidence own_past = time, wide_past = time, measured = time;
	int since = 0; /* the time is a span up to now */
	size_t own_fut_a = 0, own_fut_b = 0;
	size_t fut_a = 0, fut_b = 0, weak_a = 0, weak_b = 0;

	*why_a = *why_b = 0;
	sentence_q_clause(st, i, &ca, &cb);
	enum tense prior = st->p->prior;
	for (size_t k = 0; k < st->ncue && st->cue[k].a < pos; k++) {
		const struct cue_hit *c = &st->cue[k];
		if ((c->flags & CUE_MEASURED) && c->a >= ca && c->b <= pos)
			measured = (struct evidence){TENSE_PAST, c->a, c->b,
			    R_PAST_CUE};
		if (c->b > pos || !(c->flags & (CUE_PAST | CUE_FUTURE)))
			continue;
		int past = (c->flags & CUE_PAST) != 0;
		if (c->flags & CUE_TIME) {
			if (c->b > time.b) {
				time = (struct evidence){past ? TENSE_PAST : TENSE_FUTURE,
				    c->a, c->b, R_PAST_CUE};
				since = (c->flags & CUE_SINCE) != 0;
			}
			continue;
		}
		if (past && c->a >= ca)
			own_past = (struct evidence){TENSE_PAST, c->a, c->b,
			    R_PAST_CUE};
		else if (past && prior != TENSE_FUTURE)
			wide_past = (struct evidence){TENSE_PAST, c->a, c->b,
			    R_PAST_CUE};
		else if (!past && (c->flags & CUE_WEAK)) {
			weak_a = c->a;
			weak_b = c->b;
		}
		else if (!past && ((c->flags & CUE_LEAD) || c->a >= ca ||
		    prior != TENSE_PAST)) {
			fut_a = c->a;
			fut_b = c->b;
			if (c->a >= ca) {
				own_fut_a = c->a;
				own_fut_b = c->b;
			}
		}
	}
	for (size_t k = 0; k < st->ntime && st->time[k].a < pos; k++) {
		const struct time_hit *t = &st->time[k];
		enum tense tt = time_tense(s, t, d->year);
		if (t->b > pos || tt == TENSE_NEUTRAL || t->b <= time.b)
			continue;
		since = t->role == TIME_SINCE;
		time = (struct evidence){tt, t->a, t->b,
		    since ? R_SO_FAR : R_PAST_YEAR};
	}
	/* 把目标定在了…, 提出了…的目标 (任务): setting a target is no result;
	 * 设置了28项主要指标 describes a plan. */
	size_t perf = perfective(s, ca, pos);
	if (perf > 0 && (memmem(s + ca, cb - ca, "目标", 6) != NULL ||
	    memmem(s + ca, cb - ca, "任务", 6) != NULL))
		perf = 0;
	if (perf > 0 && own_past.t == TENSE_NEUTRAL)
		own_past = (struct evidence){TENSE_PAST, perf - 6, perf,
		    R_PAST_CUE};
	/* A result's own verb (已建成, 完成了) decides, whatever time word
	 * follows it in the clause (全面完成了今年4155户的搬迁任务); then the
	 * time its sentence speaks of (一九八四年…争取增长百分之六 is a past
	 * year's plan); then verbs. */
	if (own_past.t == TENSE_PAST) {
		*why_a = own_past.a;
		*why_b = own_past.b;
		return own_past.why;
	}
	/* 102个中央部门全部说明了…: the number's own clause reports what
	 * was done, after it, and nothing before it in the clause plans. */
	size_t done = own_fut_b == 0 ? perfective(s, q->end, cb) : 0;
	if (done > 0 && !(time.t == TENSE_FUTURE && time.a >= ca)) {
		*why_a = done - 6;
		*why_b = done;
		return R_PAST_CUE;
	}
	/* 今年以来…，全年要培训干部二千人: after a span up to now, the
	 * number's own clause may plan the rest. */
	if (time.t == TENSE_PAST && since && own_fut_b > time.b) {
		*why_a = own_fut_a;
		*why_b = own_fut_b;
		return R_ROW;
	}
	if (time.t == TENSE_PAST) {
		*why_a = time.a;
		*why_b = time.b;
		return time.why;
	}
	/* 2022年上半年，GDP同比增长6.3%: measured against last year, a
	 * result, unless a cue of its sentence (力争同比增长8%, 年度计划
	 * 完成…，同比增长6.3%) or its plan section says otherwise. */
	if (measured.t == TENSE_PAST && fut_b == 0 && prior != TENSE_FUTURE) {
		*why_a = measured.a;
		*why_b = measured.b;
		return measured.why;
	}
	if (time.t == TENSE_FUTURE) {
		*why_a = time.a;
		*why_b = time.b;
		return R_ROW;
	}
	/* 1月2日，省委、省政府举行…开工动员会: a sentence that opens with a
	 * day reports what happened on it, unless it plans. */
	size_t day_end = opening_day(s, st->ss, st->se);
	if (day_end > 0 && fut_b == 0 && weak_b == 0 && own_fut_b == 0) {
		*why_a = st->ss;
		*why_b = day_end;
		return R_PAST_CUE;
	}
	/* An item of a lead-in of targets before it (主要预期目标是：⏎
	 * 地区生产总值增长7%；), in a review's section or not. */
	if (run->lead_b > 0 && wide_past.t == TENSE_NEUTRAL) {
		*why_a = run->lead_a;
		*why_b = run->lead_b;
		return R_ROW;
	}
	if (wide_past.t == TENSE_PAST && wide_past.b > fut_b) {
		*why_a = wide_past.a;
		*why_b = wide_past.b;
		return wide_past.why;
	}
	if (fut_b > 0) {
		*why_a = fut_a;
		*why_b = fut_b;
		return R_ROW;
	}
	/* What comes after it in its clause: 8个项目年内开工. */
	for (size_t k = 0; k < st->ncue; k++)
		if (st->cue[k].a >= q->end && st->cue[k].a < cb &&
		    (st->cue[k].flags & CUE_FUTURE)) {
			*why_a = st->cue[k].a;
			*why_b = st->cue[k].b;
			return R_ROW;
		}
	for (size_t k = 0; k < st->ntime; k++)
		if (st->time[k].a >= q->end && st->time[k].a < cb &&
		    st->time[k].role == TIME_PERIOD && (st->time[k].this_year ||
		    time_tense(s, &st->time[k], d->year) == TENSE_FUTURE)) {
			*why_a = st->time[k].a;
			*why_b = st->time[k].b;
			return R_ROW;
		}
	if (weak_b > 0 && (prior == TENSE_FUTURE || (run->tense == TENSE_FUTURE &&
	    prior != TENSE_PAST) ||
	    (run->tense == TENSE_NEUTRAL && prior == TENSE_NEUTRAL))) {
		*why_a = weak_a;
		*why_b = weak_b;
		return R_ROW;
	}
	/* What the sentences before said: results run on anywhere, plans
	 * not into a review (…将在今年8月底入户。安全生产事故…下降20.3%). */
	if (run->tense == TENSE_FUTURE && prior != TENSE_PAST) {
		*why_a = run->a;
		*why_b = run->b;
		return R_ROW;
	}
	/* 我们将…, 安徽将…: a sentence that opens with its subject and 将
	 * plans, whatever the sentences before it reported. */
	if (weak_b > 0 && prior != TENSE_PAST && at_word(s, weak_a, "将") &&
	    utf8_count((const unsigned char *)s + st->ss, weak_a - st->ss) <= 4) {
		*why_a = weak_a;
		*why_b = weak_b;
		return R_ROW;
	}
	if (run->tense == TENSE_PAST) {
		*why_a = run->a;
		*why_b = run->b;
		return R_PAST_CONTEXT;
	}
	if (prior == TENSE_FUTURE)
		return R_ROW;
	if (prior == TENSE_PAST)
		return R_PAST_SECTION;
	/* A story's paragraph that speaks of plans only after this number
	 * (覃伟中表示，…推动…等20个…园区建设提速。2022年，力争…). */
	if (!run->counted) {
		struct tally t = {0, 0};
		count_evidence(d, st->p, &t);
		run->whole = t.future > t.past ? TENSE_FUTURE :
		    t.past > t.future ? TENSE_PAST : TENSE_NEUTRAL;
		run->counted = 1;
	}
	return run->whole == TENSE_FUTURE ? R_ROW : R_NO_CUE;
}

void
tense_update(const struct sentence *st, struct tense_run *run)
{
	const char *s = st->d->buf;
	enum tense prior = st->p->prior;
	size_t last = 0;
	/* A sentence that ends with a lead-in of targets and its colon. */
	if (st->colon > st->ss && st->colon >= st->se - 3) {
		const struct cue_hit *c = sentence_cue_before(st, CUE_LEAD,
		    st->ss, st->colon);
		if (c != NULL) {
			run->lead_a = c->a;
			run->lead_b = c->b;
		}
	}
	for (size_t k = 0; k < st->ncue; k++) {
		const struct cue_hit *c = &st->cue[k];
		if (c->b <= last)
			continue;
		/* A weak cue (将, 全年) sets the time of a story's sentences
		 * after it only where nothing was said yet. */
		if ((c->flags & CUE_WEAK) && !(prior == TENSE_NEUTRAL &&
		    run->tense == TENSE_NEUTRAL && (c->flags & CUE_FUTURE)))
			continue;
		/* A verb against its section's prior speaks for its clause
		 * only, not for the sentences after it. */
		if (!(c->flags & (CUE_TIME | CUE_LEAD)) &&
		    ((prior == TENSE_PAST && (c->flags & CUE_FUTURE)) ||
		    (prior == TENSE_FUTURE && (c->flags & CUE_PAST))))
			continue;
		if (c->flags & (CUE_PAST | CUE_FUTURE)) {
			run->tense = (c->flags & CUE_PAST) ? TENSE_PAST :
			    TENSE_FUTURE;
			run->a = c->a;
			run->b = c->b;
			last = c->b;
		}
	}
	for (size_t k = 0; k < st->ntime; k++) {
		const struct time_hit *t = &st->time[k];
		enum tense tt = time_tense(s, t, st->d->year);
		if (tt == TENSE_NEUTRAL || t->b <= last)
			continue;
		run->tense = tt;
		run->a = t->a;
		run->b = t->b;
		last = t->b;
	}
}
