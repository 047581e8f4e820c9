/*
 * The metric of a target: what its number measures. The clause before the
 * number, less what opens a clause (其中, 全市, 一是), the cue and time
 * words in it (确保, 全年) and the verb of attainment before the number
 * (达到, 突破, 控制在); a verb of change stays (工业增加值增长). A count
 * takes the noun after it (8家亿元企业); a clause with no subject of its
 * own takes the subject of the clause before (实现工业增加值320亿元，增长
 * 15%: 工业增加值增长).
 */
#include <stdio.h>
#include <string.h>

#include "../common/utf8.h"
#include "clauses.h"
#include "fields.h"
#include "lexicon.h"
#include "patterns.h"

enum { METRIC_MAX_CHARS = 30, SUBJECT_MAX_CHARS = 24, NOUN_MAX_CHARS = 12 };

/* Appends s[a..b) to out (capacity cap) unless it would overflow. */
static void
append(char *out, size_t cap, const char *s, size_t a, size_t b)
{
	size_t n = strlen(out);
	if (b > a && n + (b - a) < cap) {
		memcpy(out + n, s + a, b - a);
		out[n + b - a] = '\0';
	}
}

/* Whether a cue or time phrase of st starts at pos; sets *end. */
static int
word_at(const struct sentence *st, size_t pos, size_t *end)
{
	for (size_t k = 0; k < st->ncue; k++)
		if (st->cue[k].a == pos && (st->cue[k].flags & (CUE_MODAL |
		    CUE_FUTURE | CUE_WEAK | CUE_FORECAST))) {
			*end = st->cue[k].b;
			return 1;
		}
	for (size_t k = 0; k < st->ntime; k++)
		if (st->time[k].a == pos) {
			*end = st->time[k].b;
			return 1;
		}
	return 0;
}

/* The start of a cue or time word of st ending at b after a, or 0. */
static size_t
word_ending(const struct sentence *st, size_t a, size_t b)
{
	for (size_t k = 0; k < st->ncue; k++)
		if (st->cue[k].b == b && st->cue[k].a > a && (st->cue[k].flags &
		    (CUE_MODAL | CUE_FUTURE | CUE_WEAK | CUE_FORECAST)))
			return st->cue[k].a;
	for (size_t k = 0; k < st->ntime; k++)
		if (st->time[k].b == b && st->time[k].a > a)
			return st->time[k].a;
	return 0;
}

void
metric_trim(const struct sentence *st, size_t *a, size_t *b)
{
	const char *s = st->d->buf;
	size_t end, k;
	for (int guard = 0; guard < 12 && *a < *b; guard++) {
		if (strchr(" =+@#*-\"'", s[*a]) != NULL && s[*a] != '\0') {
			(*a)++;
			continue;
		}
		if ((k = lex_prefix(LEX_OPENER, s + *a, *b - *a)) > 0) {
			*a += k;
			continue;
		}
		if (word_at(st, *a, &end) && end <= *b) {
			*a = end;
			continue;
		}
		if ((pat_match(PAT_SUBHEADING, s, *b, *a) == 1 ||
		    pat_match(PAT_MINOR_HEADING, s, *b, *a) == 1 ||
		    pat_match(PAT_HEADING, s, *b, *a) == 1)) {
			size_t ma, mb;
			pat_span(0, &ma, &mb);
			if (mb > *a && mb <= *b) {
				*a = mb;
				continue;
			}
		}
		break;
	}
	for (int guard = 0; guard < 8 && *b > *a; guard++) {
		if (s[*b - 1] == ' ') {
			(*b)--;
			continue;
		}
		if ((k = lex_suffix(LEX_ATTAIN, s + *a, *b - *a)) > 0) {
			*b -= k;
			continue;
		}
		if ((k = word_ending(st, *a, *b)) > 0) {
			*b = k;
			continue;
		}
		break;
	}
}

void
metric_words(const struct sentence *st, size_t a, size_t b, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	size_t p = a, end, len;
	while (p < b) {
		if (p > a && word_at(st, p, &end) && end <= b) {
			append(out, cap, s, a, p);
			a = p = end;
			continue;
		}
		utf8_next(s, p, b, &len);
		p += len ? len : 1;
	}
	append(out, cap, s, a, b);
}

/* Where a from-to phrase starts (财政补助由380元提高到420元): the 从 or 由
 * before an earlier number of the clause, or 0. */
static size_t
from_word(const char *s, size_t cs, size_t pos)
{
	size_t p = pos, at;
	int number_seen = 0;
	while (p > cs) {
		uint32_t cp = utf8_prev(s, cs, p, &at);
		if (cp >= '0' && cp <= '9')
			number_seen = 1;
		if ((cp == 0x4ECE /* 从 */ || cp == 0x7531 /* 由 */) && number_seen)
			return at;
		p = at;
	}
	return 0;
}

/* For a count followed by its noun (8家亿元企业, 12个老旧小区改造), the
 * noun up to the end of the clause, at most NOUN_MAX_CHARS, not into a
 * number or an opening quote. */
static void
counted_noun(const struct sentence *st, const struct quantity *q, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	size_t ce = clause_end(s, q->end, st->se, 0), len, w = q->end, at;
	uint32_t cp = utf8_next(s, q->end, ce, &len);
	if ((!is_han(cp) && cp != 0x201C) || is_conjunction(cp))
		return;
	for (int n = 0; w < ce && n < NOUN_MAX_CHARS; n++) {
		cp = utf8_next(s, w, ce, &len);
		if ((cp >= '0' && cp <= '9') || cp == 0xFF08 || cp == '(')
			break;
		w += len;
	}
	while (w > q->end && ((cp = utf8_prev(s, q->end, w, &at)) == 0x201C ||
	    cp == 0x2018 || cp == 0xFF08 || cp == 0x300A || cp == '('))
		w = at;
	append(out, cap, s, q->end, w);
}

/* Whether out is no subject: empty, a bare verb of change (增长), or a
 * comparison that names none (比“十一五”末降低). */
static int
lacks_subject(const char *m)
{
	size_t n = strlen(m);
	if (n == 0)
		return 1;
	if (strncmp(m, "比", 3) == 0 || strncmp(m, "较", 3) == 0 ||
	    strncmp(m, "同比", 6) == 0)
		return 1;
	size_t k = lex_prefix(LEX_GROWTH, m, n);
	return k == n;
}

/* The subject of the clause before the one starting at cs, when it holds
 * no number: 单位工业增加值能耗（含二氧化碳排放量），要比…降低16%. */
static void
previous_clause_subject(const struct sentence *st, size_t cs, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	size_t at;
	out[0] = '\0';
	if (cs <= st->ss)
		return;
	utf8_prev(s, st->ss, cs, &at);
	size_t pa = clause_start(s, st->ss, at, 0), pb = at;
	for (size_t k = 0; k < st->nq; k++)
		if (st->q[k].start >= pa && st->q[k].start < pb)
			return;
	metric_trim(st, &pa, &pb);
	if (pb > pa && utf8_count((const unsigned char *)s + pa, pb - pa) <=
	    SUBJECT_MAX_CHARS)
		metric_words(st, pa, pb, out, cap);
}

/* The subject a metric passes on: the metric less a verb of change at its
 * end (工业增加值增长: 工业增加值). */
static void
subject_of(const char *metric, char *out, size_t cap)
{
	size_t n = strlen(metric), k;
	out[0] = '\0';
	if ((k = lex_suffix(LEX_GROWTH, metric, n)) > 0)
		n -= k;
	if (n < cap) {
		memcpy(out, metric, n);
		out[n] = '\0';
	}
}

size_t
metric_of(const struct sentence *st, size_t i, size_t from, const char *prev,
    char *out, size_t cap)
{
	const struct quantity *q = &st->q[i];
	const char *s = st->d->buf;
	size_t cs = clause_start(s, st->ss, q->start, 0);
	size_t a = from > cs && from <= q->start ? from : cs, b = q->start;
	size_t f = from_word(s, a, q->start);
	char left[FIELD_TEXT_MAX] = "", noun[FIELD_TEXT_MAX] = "";

	out[0] = '\0';
	if (f > a)
		b = f;
	/* Only the end of a long clause can be kept. */
	size_t w = chars_before(s, a, b, METRIC_MAX_CHARS + 10);
	a = w > a ? w : a;
	metric_trim(st, &a, &b);
	size_t start = a < b ? a : q->start;
	if (b > a)
		metric_words(st, a, b, left, sizeof left);
	if (q->kind == U_COUNT) {
		counted_noun(st, q, noun, sizeof noun);
		size_t ll = strlen(left);
		/* 新培育A、B、C等8家亿元企业: the list's names are no part of
		 * what is counted. */
		if (noun[0] && ll >= 3 && strcmp(left + ll - 3, "等") == 0)
			left[0] = '\0';
	}
	if (lacks_subject(left) && !(q->kind == U_COUNT && noun[0])) {
		char subject[FIELD_TEXT_MAX];
		if (left[0] == '\0' && prev[0] != '\0' && cs == a) {
			/* 分别增长4.2%、5.9%: the second value's metric is
			 * the first's. */
			snprintf(out, cap, "%s", prev);
			return start;
		}
		if (prev[0] != '\0')
			subject_of(prev, subject, sizeof subject);
		else
			previous_clause_subject(st, cs, subject, sizeof subject);
		snprintf(out, cap, "%s%s", subject, left);
	} else
		snprintf(out, cap, "%s", left);
	size_t n = strlen(out);
	if (noun[0] && n + strlen(noun) < cap)
		strcat(out, noun);
	/* At most METRIC_MAX_CHARS, keeping the end. */
	n = strlen(out);
	size_t keep = chars_before(out, 0, n, METRIC_MAX_CHARS);
	if (keep > 0)
		memmove(out, out + keep, n - keep + 1);
	return start;
}
