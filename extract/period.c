/*
 * The period of a target: the time phrase that governs it, from the
 * nearest to the farthest — its clause, its sentence, the sentences
 * before it in its paragraph, its section's heading or opening — and
 * then what the document is: a report's plan is for the report's year, a
 * plan for its own period. A five-year horizon is never carried out of
 * its section, and a year of a result or a baseline is no period.
 */
#include <stdio.h>
#include <string.h>

#include "docinfo.h"
#include "fields.h"
#include "lexicon.h"
#include "patterns.h"

/* Whether a time phrase can be a target's period: it names when
 * something is due, not a baseline, a span of results or a past year. */
static int
is_period(const struct doc *d, const struct time_hit *t)
{
	if (t->role != TIME_PERIOD)
		return 0;
	return t->this_year || d->year == 0 || t->first == 0 ||
	    t->last >= d->year;
}

/* Writes a time phrase: as written, with the years it means when it
 * names none in digits itself (全年（2026年）, 今后五年（2023—2027年）,
 * 一九九〇年（1990年）). */
static void
write_time(const struct doc *d, const char *s, size_t a, size_t b,
    const struct time_hit *t, char *out, size_t cap)
{
	int first, last;
	/* 五年内, 今后五年 in a five-year plan: the plan's own period. */
	if (t->relative && d->plan_first > 0 && t->first == d->plan_first &&
	    t->last == d->plan_last) {
		snprintf(out, cap, "%s", d->plan_period);
		return;
	}
	int n = snprintf(out, cap, "%.*s", (int)(b - a), s + a);
	if (n < 0 || (size_t)n >= cap) {
		out[0] = '\0';
		return;
	}
	/* A year in Chinese numerals (一九九〇年) gets its digits too. */
	size_t ya = 0, yb = 0;
	int has_year = pat_find(PAT_YEAR, s, b, a) == 1;
	if (has_year)
		pat_span(0, &ya, &yb);
	if (t->first == 0 || (has_year && s[ya] >= '0' && s[ya] <= '9') ||
	    (d->year == 0 && !has_year) ||
	    five_year_span(s + a, b - a, &first, &last))
		return;
	if (t->last > t->first)
		snprintf(out + n, cap - (size_t)n, "（%d—%d年）", t->first,
		    t->last);
	else
		snprintf(out + n, cap - (size_t)n, "（%d年）", t->first);
}

void
period_of(const struct sentence *st, size_t i, const struct field_run *run,
    char *out, size_t cap)
{
	const struct doc *d = st->d;
	const char *s = d->buf;
	const struct quantity *q = &st->q[i];
	const struct time_hit *best = NULL;
	size_t ca, cb;

	out[0] = '\0';
	sentence_q_clause(st, i, &ca, &cb);
	/* Its clause before it, nearest first; then after it (8个项目年内
	 * 开工); then the sentence before it. */
	for (size_t k = 0; k < st->ntime; k++) {
		const struct time_hit *t = &st->time[k];
		if (t->b <= q->start && is_period(d, t))
			best = t;
	}
	if (best == NULL || best->a < ca) {
		for (size_t k = 0; k < st->ntime; k++) {
			const struct time_hit *t = &st->time[k];
			if (t->a >= q->end && t->a < cb && is_period(d, t)) {
				best = t;
				break;
			}
		}
	}
	/* 1990年达到…，平均每年增长6.7%: a five-year plan's yearly average
	 * is over the plan's years, whichever of them the sentence names. */
	/* Not when a year comes between the average and the number
	 * (平均每年产量1,712万吨（其中1990年1,825万吨）: 1990年). */
	struct lex_hit avg;
	size_t from = best != NULL && best->b > ca && best->b <= q->start ?
	    best->b : ca;
	if (d->plan_first > 0 && (best == NULL || (best->first >= d->plan_first &&
	    best->last <= d->plan_last)) &&
	    lex_scan(LEX_ANNUAL_AVERAGE, s, ca, from, q->start, q->end, &avg,
	    1)) {
		snprintf(out, cap, "%s", d->plan_period);
		return;
	}
	if (best != NULL) {
		write_time(d, s, best->a, best->b, best, out, cap);
		return;
	}
	if (run->period.b > run->period.a) {
		struct time_hit t;
		time_classify(s, run->period.a, run->period.b, run->period.a,
		    run->period.b, d->year, &t);
		write_time(d, s, run->period.a, run->period.b, &t, out, cap);
		return;
	}
	const struct para *p = st->p;
	if (p->period.b > p->period.a) {
		struct time_hit t;
		time_classify(s, p->period.a, p->period.b, p->period.a,
		    p->period.b, d->year, &t);
		write_time(d, s, p->period.a, p->period.b, &t, out, cap);
		return;
	}
	/* A report's plan, or a story of one, is for the report's year. */
	if (((d->genre == GENRE_REPORT && p->prior == TENSE_FUTURE) ||
	    (d->genre == GENRE_NEWS && d->report_story)) && d->year > 0)
		snprintf(out, cap, "%d年", d->year);
	else if (d->genre == GENRE_PLAN)
		snprintf(out, cap, "%s", d->plan_period);
}

/* Whether the sentence is an item of a list set one a line, ending its
 * line with ； (主要预期目标是：\n地区生产总值增长7%；\n…): its lead-in
 * speaks for the items after it too. */
static int
list_item(const struct sentence *st)
{
	return st->se == st->p->end && st->se - st->ss >= 3 &&
	    memcmp(st->d->buf + st->se - 3, "；", 3) == 0;
}

void
fields_update(const struct sentence *st, struct field_run *run)
{
	for (size_t k = 0; k < st->ntime; k++)
		if (is_period(st->d, &st->time[k])) {
			run->period = (struct span){st->time[k].a, st->time[k].b};
			run->five_year = st->time[k].five_year;
		}
	/* A lead-in of targets that ends the sentence with its colon
	 * governs what follows: 主要预期目标是：; 要抓好以下工作： does
	 * not. */
	if (st->colon > st->ss &&
	    sentence_cue_before(st, CUE_LEAD, st->ss, st->colon) != NULL) {
		const struct cue_hit *c = sentence_cue_before(st, CUE_MODAL,
		    st->ss, st->colon);
		run->lead_cue = c ? (struct span){c->a, c->b} :
		    (struct span){0, 0};
		/* 主要预期目标是：地区生产总值增长3.5%左右。城乡…增长7%。
		 * — its items may go on as sentences of the paragraph. */
		run->lead_para = st->colon < st->se - 3 ? st->p : NULL;
	} else if (st->p != run->lead_para && (st->colon >= st->se - 3 ||
	    (st->nq > 0 && st->colon == st->ss)) && !list_item(st))
		run->lead_cue = (struct span){0, 0};
}
