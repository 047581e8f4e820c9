/*
 * Reading a sentence: one pass over its bytes finds where it ends and
 * where its numbers start; the cue and time patterns then run over it
 * once each, trying only the characters their words can start with.
 */
#define _GNU_SOURCE /* memmem */
#include "sentence.h"

#include <string.h>

#include "../common/utf8.h"
#include "clauses.h"
#include "docinfo.h"
#include "lexicon.h"
#include "numerals.h"
#include "patterns.h"

/* What the sentence scan notes of a BMP character: a full stop
 * (。！？), the start of a Chinese numeral, of a cue word, or a character
 * every time phrase holds one of. Most characters are none of these. */
enum {
	C_STOP = 1, C_NUMERAL = 2, C_CUE = 4, C_TIME = 8, C_QUOTE = 16,
	C_COLON = 32, C_MAGNITUDE = 64, /* 十百千万亿: 突破千亿元 */
};
static uint8_t char_class[0x10000];
/* One bit per code point: whether its class is not 0. The scan asks this
 * 8 KB map first, which stays in the first-level cache where the 64 KB
 * table does not. */
static uint64_t has_class[0x10000 / 64];

void
sentence_prepare(void)
{
	static int ready;
	static const uint32_t time_marks[] = {0x5E74 /* 年 */, 0x6708 /* 月 */,
	    0x5B63 /* 季 */, 0x4E94 /* 五 */};
	if (ready)
		return;
	for (uint32_t cp = 0; cp < 0x10000; cp++)
		char_class[cp] = (uint8_t)((numeral_is_start(cp) ? C_NUMERAL : 0) |
		    (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ? C_STOP : 0) |
		    (lex_starts(LEX_CUE, cp) ? C_CUE : 0));
	for (size_t k = 0; k < sizeof time_marks / sizeof time_marks[0]; k++)
		char_class[time_marks[k]] |= C_TIME;
	static const uint32_t quote_marks[] = {0x201C, 0x201D, 0x2018, 0x2019,
	    0x300C, 0x300D};
	for (size_t k = 0; k < sizeof quote_marks / sizeof quote_marks[0]; k++)
		char_class[quote_marks[k]] |= C_QUOTE;
	char_class[0xFF1A] |= C_COLON; /* ： */
	static const uint32_t magnitudes[] = {0x5341 /* 十 */, 0x767E /* 百 */,
	    0x5343 /* 千 */, 0x4E07 /* 万 */, 0x4EBF /* 亿 */};
	for (size_t k = 0; k < sizeof magnitudes / sizeof magnitudes[0]; k++)
		char_class[magnitudes[k]] |= C_MAGNITUDE;
	for (uint32_t cp = 0; cp < 0x10000; cp++)
		if (char_class[cp] != 0)
			has_class[cp / 64] |= (uint64_t)1 << (cp % 64);
	quantity_prepare();
	ready = 1;
}

/* Reads the quantity at pos into st. Returns its end, or 0 when none
 * starts there. */
static size_t
take_quantity(struct sentence *st, const char *s, size_t pos, size_t hi)
{
	if (!quantity_starts_at(s, st->ss, pos) ||
	    !quantity_read(s, st->ss, hi, pos, &st->q[st->nq]))
		return 0;
	return st->q[st->nq++].end;
}

/* Where a sentence that holds all the quantities it can ends early, its
 * next quantity starting at pos: after the last clause mark (，、；)
 * since its last quantity, else at pos. The rest is read as the next
 * sentence, so that no number is dropped. */
static size_t
part_end(const struct sentence *st, const char *s, size_t pos)
{
	size_t from = st->q[st->nq - 1].end;
	for (size_t at = pos; at >= from + 3; at--)
		if (memcmp(s + at - 3, "\xEF\xBC\x8C", 3) == 0 || /* ， */
		    memcmp(s + at - 3, "\xE3\x80\x81", 3) == 0 || /* 、 */
		    memcmp(s + at - 3, "\xEF\xBC\x9B", 3) == 0)   /* ； */
			return at;
	return pos;
}

/* Notes a quotation mark, for deciders that ask whether a number is
 * quoted (exclude.c), so that they need not read the sentence again. */
static void
note_quote(struct sentence *st, size_t at, uint32_t cp)
{
	if (st->nquote < SENTENCE_MAX_QUOTES)
		st->quote[st->nquote++] = (struct quote_mark){at, cp};
	else
		st->quotes_full = 1;
}

/* The end of the sentence from ss, reading its quantities and the end of
 * its lead-in (the first colon, ：or a : not after a digit as in 10:30) on
 * the way. A sentence ends after 。！？ (and a closing quote); a number
 * starts at a digit or a Chinese numeral. */
static size_t
scan(struct sentence *st, const char *s, size_t ss, size_t hi)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t pos = ss, end;

	while (pos < hi) {
		unsigned char b = u[pos];
		if (b < 0x80) {
			if (b >= '0' && b <= '9') {
				if (st->nq == SENTENCE_MAX_Q &&
				    quantity_starts_at(s, st->ss, pos)) {
					st->more_q = 1;
					return part_end(st, s, pos);
				}
				if ((end = take_quantity(st, s, pos, hi)) > 0) {
					pos = end;
					continue;
				}
			} else if (b == '!' || b == '?')
				return sentence_end(s, pos, hi);
			else if (b == ':' && st->colon == ss && !(pos > ss &&
			    u[pos - 1] >= '0' && u[pos - 1] <= '9'))
				st->colon = pos + 1;
			else if (b == '"')
				note_quote(st, pos, '"');
			pos++;
			continue;
		}
		if (b < 0xE0 || pos + 2 >= hi) {
			pos++;
			continue;
		}
		if (b >= 0xF0) {
			pos += 4; /* beyond the BMP: no numeral, no full stop */
			continue;
		}
		uint32_t cp = (uint32_t)(b & 0x0F) << 12 |
		    (uint32_t)(u[pos + 1] & 0x3F) << 6 | (u[pos + 2] & 0x3F);
		if (!(has_class[cp / 64] >> (cp % 64) & 1)) {
			pos += 3;
			continue;
		}
		unsigned c = char_class[cp];
		if (c & C_STOP)
			return sentence_end(s, pos, hi);
		if (c & C_TIME)
			st->time_mark = 1;
		if (c & C_QUOTE)
			note_quote(st, pos, cp);
		if ((c & C_COLON) && st->colon == ss)
			st->colon = pos + 3;
		if (c & C_CUE) {
			if (st->nstarts < SENTENCE_MAX_STARTS)
				st->starts[st->nstarts++] = pos;
			else
				st->starts_full = 1;
		}
		if ((c & C_NUMERAL) && st->nq == SENTENCE_MAX_Q &&
		    quantity_starts_at(s, st->ss, pos)) {
			st->more_q = 1;
			return part_end(st, s, pos);
		}
		if ((c & C_NUMERAL) && (end = take_quantity(st, s, pos, hi)) > 0) {
			pos = end;
			continue;
		}
		if ((c & C_MAGNITUDE) && st->nq < SENTENCE_MAX_Q &&
		    quantity_read_magnitude(s, st->ss, hi, pos, &st->q[st->nq])) {
			pos = st->q[st->nq++].end;
			continue;
		}
		pos += 3;
	}
	return hi;
}

/* The cue words of the sentence, tried only where the scan saw a
 * character one can start with (cue words hold no digits or quantities
 * the scan would have skipped over). */
static void
find_cues(struct sentence *st)
{
	const char *s = st->d->buf;
	if (st->starts_full) {
		struct lex_hit hit[SENTENCE_MAX_CUES];
		size_t n = lex_scan(LEX_CUE, s, 0, st->ss, st->se, st->se, hit,
		    SENTENCE_MAX_CUES);
		for (size_t k = 0; k < n; k++)
			st->cue[k] = (struct cue_hit){hit[k].a, hit[k].b,
			    hit[k].e->flags};
		st->ncue = n;
		return;
	}
	size_t next = st->ss, len;
	for (size_t k = 0; k < st->nstarts && st->ncue < SENTENCE_MAX_CUES; k++) {
		size_t pos = st->starts[k];
		if (pos < next)
			continue;
		const struct lex_entry *e = lex_match_at(LEX_CUE, s, 0, pos,
		    st->se, &len);
		if (e == NULL)
			continue;
		st->cue[st->ncue++] = (struct cue_hit){pos, pos + len, e->flags};
		next = pos + len;
	}
}

static int
at(const char *s, size_t pos, size_t hi, const char *lit)
{
	size_t n = strlen(lit);
	return pos + n <= hi && memcmp(s + pos, lit, n) == 0;
}

/* The years a time phrase at s[a..b) names, relative to year (the
 * document's). */
static void
time_years(struct time_hit *t, const char *s, size_t a, size_t b, int year)
{
	int first = 0, last = 0;
	size_t pos = a;
	t->first = t->last = t->this_year = t->five_year = t->relative = 0;
	/* Every year written in it: the first and the last. */
	while (pos < b && pat_find(PAT_YEAR, s, b, pos) == 1) {
		size_t ya, yb;
		pat_span(0, &ya, &yb);
		int y = numeral_year(s + ya, yb - ya);
		if (y > 0) {
			if (first == 0)
				first = y;
			last = y;
		}
		pos = yb;
	}
	if (first == 0 && five_year_span(s + a, b - a, &first, &last))
		t->five_year = 1;
	if (first == 0) {
		/* Spans counted from now: 今后五年, 两年内, 明年; else the
		 * year itself (全年, 年内, 年底前, 上半年). */
		t->relative = 1;
		static const char *const spans[] = {"一", "两", "二", "三", "四",
		    "五"};
		static const int years[] = {1, 2, 2, 3, 4, 5};
		int n = 0;
		for (size_t k = 0; k < 6 && n == 0; k++)
			for (size_t p = a; p + 3 <= b; p += 3)
				if (memcmp(s + p, spans[k], strlen(spans[k])) == 0 &&
				    at(s, p + strlen(spans[k]), b, "年"))
					n = years[k];
		for (size_t p = a; p < b && n == 0; p++)
			if (s[p] >= '1' && s[p] <= '5' && (at(s, p + 1, b, "年") ||
			    at(s, p + 2, b, "年")))
				n = s[p] - '0';
		if (n > 1) {
			t->five_year = 1;
			first = year;
			last = year ? year + n - 1 : 0;
		} else if (memmem(s + a, b - a, "明年", 6) != NULL) {
			first = last = year ? year + 1 : 0;
		} else {
			t->this_year = 1;
			first = last = year;
		}
	}
	t->first = first;
	t->last = last;
	if (last > first)
		t->five_year = 1;
}

/* What a time phrase at s[a..b) is for: a period, or a baseline (比2010年,
 * 在2020年基础上), the span of a result (2020年以来) or a date. */
static enum time_role
time_role(const char *s, size_t ss, size_t a, size_t b, size_t se)
{
	size_t p, n;
	uint32_t before = utf8_prev(s, ss, a, &p);
	/* 高于“十三五”时期, 低于2020年: the time compared with. */
	if (before == 0x4E8E /* 于 */) {
		uint32_t verb = utf8_prev(s, ss, p, &p);
		if (verb == 0x9AD8 /* 高 */ || verb == 0x4F4E /* 低 */ ||
		    verb == 0x591A /* 多 */ || verb == 0x5C11 /* 少 */ ||
		    verb == 0x5FEB /* 快 */ || verb == 0x6162 /* 慢 */)
			return TIME_BASELINE;
	}
	if (before == 0x6BD4 /* 比 */ || before == 0x8F83 /* 较 */ ||
	    before == 0x540C /* 同 */ || before == 0x4E0E /* 与 */ ||
	    before == 0x4ECE /* 从 */ || before == 0x7531 /* 由 */ ||
	    before == 0x6309 /* 按 */ || before == 0x4EE5 /* 以 */ ||
	    before == 0x5BF9 /* 对 */)
		return TIME_BASELINE;
	/* 剔除2023年增发国债结转至2024年资金因素后: a clause that says what
	 * a figure leaves out says how it is measured, as a baseline does. */
	size_t cs = clause_start(s, ss, a, 0);
	if (at(s, cs, se, "剔除") || at(s, cs, se, "扣除"))
		return TIME_BASELINE;
	size_t q = b;
	while (q < se && s[q] == ' ')
		q++;
	/* 1至6月, 今年1—10月, 2023年前两个月: counted so far. */
	if (pat_match(PAT_MONTHS_TO_DATE, s, se, a) == 1 ||
	    pat_match(PAT_MONTHS_TO_DATE, s, se, q) == 1)
		return TIME_SINCE;
	if (at(s, q, se, "以来") || at(s, q, se, "来，") ||
	    at(s, q, se, "至今") || at(s, q, se, "以后") ||
	    at(s, q, se, "末以来"))
		return TIME_SINCE;
	if (at(s, q, se, "基础上") || at(s, q, se, "相比") ||
	    at(s, q, se, "价格") || at(s, q, se, "不变价") ||
	    at(s, q, se, "为基") || at(s, q, se, "同期"))
		return TIME_BASELINE;
	/* 2025年第一批…项目开工动员会, 2025年首场: the year names an
	 * edition of something, not a time to reach a target by. */
	if (b - a == 7 && s[a] >= '1' && s[a] <= '2' && at(s, a + 4, b, "年") &&
	    (at(s, q, se, "第") || at(s, q, se, "首")))
		return TIME_DATE;
	/* 2023年1月4日, 2023年9月: a day or a month of a date line. */
	uint32_t c = utf8_next(s, q, se, &n);
	if (c >= '0' && c <= '9') {
		size_t r = q;
		while (r < se && s[r] >= '0' && s[r] <= '9')
			r++;
		if (at(s, r, se, "月"))
			return TIME_DATE;
	}
	return TIME_PERIOD;
}

/* Whether the time at s[a..) is one a plan is to be done in (将在2025年
 * 上半年落实到位, 力争于一季度): 在 or 于 right after a cue word of intent
 * or estimate. */
static int
deadline(const char *s, size_t ss, size_t a)
{
	size_t p, at, len;
	uint32_t prep = utf8_prev(s, ss, a, &p);
	if (prep != 0x5728 /* 在 */ && prep != 0x4E8E /* 于 */)
		return 0;
	/* The cue words of one or two characters that end before 在. */
	for (size_t back = p, k = 0; k < 2 && back > ss; k++) {
		utf8_prev(s, ss, back, &at);
		back = at;
		const struct lex_entry *e = lex_match_at(LEX_CUE, s, ss, at, p,
		    &len);
		if (e != NULL && at + len == p && (e->flags & (CUE_MODAL |
		    CUE_FUTURE | CUE_FORECAST)))
			return 1;
	}
	return 0;
}

void
time_classify(const char *s, size_t ss, size_t se, size_t a, size_t b,
    int year, struct time_hit *t)
{
	t->a = a;
	t->b = b;
	time_years(t, s, a, b, year);
	t->role = time_role(s, ss, a, b, se);
	/* 2022年上半年 in a text of 2022: the part of this year gone by,
	 * as 今年上半年. */
	if (t->role == TIME_PERIOD && year != 0 && t->first == year &&
	    t->last == year && (at(s, b, se, "上半年") ||
	    at(s, b, se, "一季度") || at(s, b, se, "第一季度") ||
	    at(s, b, se, "前三季度")) && !deadline(s, ss, a))
		t->role = TIME_SINCE;
}

static void
find_times(struct sentence *st)
{
	const char *s = st->d->buf;
	size_t pos = st->ss, a, b;
	/* Every time phrase holds 年, 月, 季 or 五 (十四五); most
	 * sentences hold none. */
	if (!st->time_mark)
		return;
	while (st->ntime < SENTENCE_MAX_TIMES &&
	    pat_find(PAT_PERIOD, s, st->se, pos) == 1) {
		pat_span(0, &a, &b);
		time_classify(s, st->ss, st->se, a, b, st->d->year,
		    &st->time[st->ntime++]);
		pos = b > a ? b : a + 1;
	}
}

size_t
sentence_read(struct sentence *st, const struct doc *d, const struct para *p,
    size_t ss, size_t hi, int cues)
{
	const char *s = d->buf;
	st->d = d;
	st->p = p;
	st->ss = ss;
	st->nq = st->ncue = st->ntime = st->nstarts = 0;
	st->more_q = st->starts_full = st->time_mark = 0;
	st->nquote = 0;
	st->quotes_full = 0;
	st->colon = ss;
	st->se = scan(st, s, ss, hi);
	if (st->colon > st->se) /* past the end of a sentence read in parts */
		st->colon = ss;
	if (cues || st->nq > 0) {
		find_cues(st);
		find_times(st);
	}
	/* Each quantity's clause; quantities of one clause share it. */
	for (size_t i = 0; i < st->nq; i++) {
		if (i > 0 && st->q[i].start < st->qcb[i - 1]) {
			st->qca[i] = st->qca[i - 1];
			st->qcb[i] = st->qcb[i - 1];
		} else
			sentence_clause(st, st->q[i].start, &st->qca[i],
			    &st->qcb[i]);
	}
	return st->se;
}

void
sentence_clause(const struct sentence *st, size_t pos, size_t *ca, size_t *cb)
{
	*ca = clause_start(st->d->buf, st->ss, pos, 1);
	*cb = clause_end(st->d->buf, pos, st->se, 1);
}

size_t
sentence_clause_of(const struct sentence *st, const struct quantity *q)
{
	if (q >= st->q && q < st->q + st->nq)
		return st->qca[q - st->q];
	return clause_start(st->d->buf, st->ss, q->start, 1);
}

const struct cue_hit *
sentence_cue_before(const struct sentence *st, unsigned flags, size_t from,
    size_t pos)
{
	const struct cue_hit *last = NULL;
	for (size_t i = 0; i < st->ncue && st->cue[i].a < pos; i++)
		if ((st->cue[i].flags & flags) && st->cue[i].a >= from &&
		    st->cue[i].b <= pos)
			last = &st->cue[i];
	return last;
}

const struct cue_hit *
sentence_cue_in(const struct sentence *st, unsigned flags, size_t from,
    size_t to)
{
	for (size_t i = 0; i < st->ncue; i++)
		if ((st->cue[i].flags & flags) && st->cue[i].a >= from &&
		    st->cue[i].a < to)
			return &st->cue[i];
	return NULL;
}
