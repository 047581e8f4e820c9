/*
 * Lists that share items out among values:
 *   资产、净资产、营业收入分别超过2400亿元、1000亿元和160亿元
 *     — a 分别 (依次) list pairs its items with its values in order;
 *   新增城镇就业、转移农村劳动力就业各1万人, 化肥、农药使用量均减少2%
 *     — one value under 各 or 均 (or 分别) holds for every item;
 *   化学需氧量和二氧化硫排放总量分别控制在…
 *     — what the last item ends with (排放总量) belongs to every item;
 *   …分别控制在2347.6万吨、2086.4万吨，分别比2010年下降8%
 *     — a 分别 with no items of its own takes those of the one before.
 * When items and values differ in number they are paired as far as they
 * go and the row says so in its note.
 */
#include <stdio.h>
#include <string.h>

#include "../common/utf8.h"
#include "clauses.h"
#include "fields.h"
#include "lexicon.h"

enum { ITEMS_MAX = 16 };

static int
at(const char *s, size_t pos, size_t hi, const char *lit)
{
	size_t n = strlen(lit);
	return pos + n <= hi && memcmp(s + pos, lit, n) == 0;
}

/* Whether a list word (分别, 依次, 各, 均) starts at pos; returns its
 * length in bytes or 0. 各 and 均 count only before a number or a verb
 * of change or attainment (各1万人, 均减少), never in 各类 or 年均. */
static size_t
list_word(const struct sentence *st, size_t pos)
{
	const char *s = st->d->buf;
	size_t at_;
	if (at(s, pos, st->se, "分别") || at(s, pos, st->se, "依次"))
		return 6;
	if (!at(s, pos, st->se, "各") && !at(s, pos, st->se, "均"))
		return 0;
	uint32_t before = utf8_prev(s, st->ss, pos, &at_);
	if (before == 0x5E74 /* 年 */ || before == 0x4EBA /* 人 */ ||
	    before == 0x5E73 /* 平 */ || before == 0x4EA9 /* 亩 */ ||
	    before == 0x6237 /* 户 */ || before == 0x65E5 /* 日 */)
		return 0;
	size_t next = pos + 3, len;
	uint32_t cp = utf8_next(s, next, st->se, &len);
	if ((cp >= '0' && cp <= '9') ||
	    lex_prefix(LEX_GROWTH, s + next, st->se - next) > 0 ||
	    lex_prefix(LEX_ATTAIN, s + next, st->se - next) > 0 ||
	    lex_prefix(LEX_CMP_EQ, s + next, st->se - next) > 0 ||
	    lex_prefix(LEX_CMP_GE, s + next, st->se - next) > 0 ||
	    lex_prefix(LEX_CMP_LE, s + next, st->se - next) > 0 ||
	    lex_prefix(LEX_CMP_GT, s + next, st->se - next) > 0 ||
	    at(s, next, st->se, "比") || at(s, next, st->se, "较"))
		return 3;
	return 0;
}

/* The list word that governs a number at pos: the nearest before it in
 * its clause; sets *w to its length. Returns its start, or (size_t)-1. */
static size_t
governing_word(const struct sentence *st, size_t from, size_t pos, size_t *w)
{
	size_t found = (size_t)-1, len;
	for (size_t p = from; p < pos; p += len) {
		size_t k = list_word(st, p);
		if (k > 0 && p + k <= pos) {
			found = p;
			*w = k;
		}
		utf8_next(st->d->buf, p, pos, &len);
		if (len == 0)
			break;
	}
	return found;
}

/* Splits the items of [a, b) at 、 and, unless only_comma, at 和 与 及
 * 以及 (outside brackets and quotes) into item[]; returns their number. */
static size_t
split_items(const struct sentence *st, size_t a, size_t b,
    char item[][FIELD_TEXT_MAX], int only_comma)
{
	const char *s = st->d->buf;
	size_t n = 0, start = a, p = a, len;
	int depth = 0;
	while (p <= b && n < ITEMS_MAX) {
		uint32_t cp = p < b ? utf8_next(s, p, b, &len) : 0;
		if (cp == 0xFF08 || cp == '(' || cp == 0x201C || cp == 0x300A)
			depth++;
		else if ((cp == 0xFF09 || cp == ')' || cp == 0x201D ||
		    cp == 0x300B) && depth > 0)
			depth--;
		size_t sep = 0;
		if (p == b)
			sep = 1;
		else if (depth == 0 && (cp == 0x3001 /* 、 */ || (!only_comma &&
		    (cp == 0x548C /* 和 */ || cp == 0x4E0E /* 与 */ ||
		    cp == 0x53CA /* 及 */))))
			sep = len;
		if (depth == 0 && !only_comma && at(s, p, b, "以及"))
			sep = 6;
		if (sep) {
			item[n][0] = '\0';
			size_t ia = start, ib = p;
			metric_trim(st, &ia, &ib);
			if (ib > ia)
				metric_words(st, ia, ib, item[n], FIELD_TEXT_MAX);
			if (item[n][0] != '\0')
				n++;
			if (p == b)
				break;
			p += sep;
			start = p;
			continue;
		}
		p += len;
	}
	return n;
}

/* Characters in s. */
static size_t
chars(const char *s)
{
	return utf8_count((const unsigned char *)s, strlen(s));
}

/* The bytes of the first n characters of s. */
static size_t
prefix_bytes(const char *s, size_t n)
{
	size_t pos = 0, len = strlen(s), k;
	for (size_t i = 0; i < n && pos < len; i++) {
		utf8_next(s, pos, len, &k);
		pos += k ? k : 1;
	}
	return pos;
}

/* What the items of a list share, written once after the last item:
 *   城市居民和农村居民人均可支配收入 — an item as long as the last one's
 *   head and ending like it (居民), or a qualifier (城镇), takes the rest
 *   of the last item (人均可支配收入);
 *   化学需氧量和二氧化硫排放总量 — else an item takes what the last
 *   ends with of the words that name a measure (排放总量). */
static void
share_tail(char item[][FIELD_TEXT_MAX], size_t n)
{
	if (n < 2)
		return;
	const char *last = item[n - 1];
	/* …挥发性有机物排放总量比2020年: the measure before the comparison,
	 * and the comparison, are shared. */
	size_t core = strlen(last);
	for (const char *cmp = last; (cmp = strstr(cmp, "比")) != NULL; cmp += 3)
		if (cmp > last && compares_at(last, (size_t)(cmp - last), core)) {
			core = (size_t)(cmp - last);
			break;
		}
	size_t lc = chars(last), k = lex_suffix(LEX_MEASURE_NOUN, last, core);
	if (k > 0)
		k += strlen(last) - core;
	for (size_t j = 0; j + 1 < n; j++) {
		size_t m = strlen(item[j]), jc = chars(item[j]);
		if (lex_suffix(LEX_MEASURE_NOUN, item[j], m) > 0 || jc >= lc)
			continue;
		size_t head = prefix_bytes(last, jc), at, at_j;
		uint32_t end_j = utf8_prev(item[j], 0, m, &at_j);
		uint32_t end_h = utf8_prev(last, 0, head, &at);
		const char *tail = NULL, *same;
		char end[16];
		size_t from = jc >= 2 ? at_j : m; /* its last two characters */
		if (jc >= 2)
			utf8_prev(item[j], 0, at_j, &from);
		memcpy(end, item[j] + from, m - from);
		end[m - from] = '\0';
		if (end_j == end_h || lex_lookup(LEX_QUALIFIER, item[j], m))
			tail = last + head;
		/* 国控及以上断面、省控断面水质优良比例: the item ends with two
		 * characters of the last one (断面), and takes what follows. */
		else if (end[0] != '\0' && (same = strstr(last, end)) != NULL &&
		    same[strlen(end)] != '\0' && (size_t)(same - last) < core)
			tail = same + strlen(end);
		else if (k > 0 && k < strlen(last))
			tail = last + strlen(last) - k;
		if (tail != NULL && m + strlen(tail) < FIELD_TEXT_MAX)
			strcat(item[j], tail);
	}
}

/* The subject of the clause [ca, cb): from its start to its first
 * number or list word. */
static size_t
subject_end(const struct sentence *st, size_t ca, size_t cb)
{
	size_t end = cb, w;
	for (size_t j = 0; j < st->nq; j++)
		if (st->q[j].start >= ca && st->q[j].start < end) {
			end = st->q[j].start;
			break;
		}
	size_t lw = governing_word(st, ca, end, &w);
	return lw != (size_t)-1 ? lw : end;
}

/* Whether the numbers j..k of the clause follow one another joined only
 * by 、 和 及 与 (143亿元和958亿元): a list of values. */
static int
joined_values(const struct sentence *st, size_t j, size_t k)
{
	const char *s = st->d->buf;
	for (size_t m = j; m < k; m++) {
		size_t p = st->q[m].end, e = st->q[m + 1].start, len;
		int joins = 0;
		while (p < e) {
			uint32_t cp = utf8_next(s, p, e, &len);
			if (cp == 0x3001 || is_conjunction(cp))
				joins++;
			else if (cp != ' ')
				return 0;
			p += len;
		}
		if (joins != 1)
			return 0;
	}
	return 1;
}

/* 旅游接待总人数、旅游总收入增长15%以上: items joined by 、 before one
 * verb of change and its only value all change by it, one row each
 * (the metric names the item and the verb). */
static void
shared_change(const struct sentence *st, size_t i, size_t ca,
    char metric[][FIELD_TEXT_MAX], size_t max, size_t *n)
{
	const struct quantity *q = &st->q[i];
	const char *s = st->d->buf;
	char item[ITEMS_MAX][FIELD_TEXT_MAX], verb[FIELD_TEXT_MAX] = "";
	size_t vb = q->start, g = 0;
	/* The verb right before the number: 增长, 下降, 提高. */
	for (size_t back = 3; back <= 9 && back <= vb - ca && g == 0; back += 3)
		if (lex_prefix(LEX_GROWTH, s + vb - back, back) == back)
			g = back;
	if (g == 0)
		return;
	size_t ia = ca, ib = vb - g;
	int seps = 0;
	for (size_t p = ia; p + 3 <= ib; p++)
		if (memcmp(s + p, "、", 3) == 0)
			seps++;
	if (seps == 0 || seps > 3)
		return;
	size_t nitems = split_items(st, ia, ib, item, 0);
	if (nitems != (size_t)seps + 1 || nitems > max)
		return;
	for (size_t k = 0; k < nitems; k++)
		if (chars(item[k]) < 2)
			return;
	share_tail(item, nitems);
	/* 生猪、肉牛、肉羊屠宰量: a word of two characters takes what the
	 * last item measures after its own first two. */
	size_t last = strlen(item[nitems - 1]);
	for (size_t k = 0; k + 1 < nitems; k++)
		if (chars(item[k]) == 2 && chars(item[nitems - 1]) > 3 &&
		    strlen(item[k]) + last < FIELD_TEXT_MAX)
			strcat(item[k], item[nitems - 1] + prefix_bytes(
			    item[nitems - 1], 2));
	snprintf(verb, sizeof verb, "%.*s", (int)g, s + vb - g);
	for (size_t k = 0; k < nitems; k++)
		utf8_join(metric[k], FIELD_TEXT_MAX, item[k], verb);
	*n = nitems;
}

void
list_metrics(const struct sentence *st, size_t i,
    char metric[][FIELD_TEXT_MAX], size_t max, size_t *n, int *mismatch)
{
	const struct quantity *q = &st->q[i];
	const char *s = st->d->buf;
	char item[ITEMS_MAX][FIELD_TEXT_MAX];
	size_t ca, cb, w = 0, at;

	*n = 0;
	*mismatch = 0;
	sentence_q_clause(st, i, &ca, &cb);
	size_t lw = governing_word(st, ca, q->start, &w);
	size_t nitems = 0;
	if (lw == (size_t)-1) {
		/* 完成农业总产值、乡镇企业产值143亿元和958亿元: as many
		 * values joined by 、 or 和 as the subject lists items. */
		size_t first = st->nq, last = 0;
		for (size_t j = 0; j < st->nq; j++)
			if (st->q[j].start >= ca && st->q[j].start < cb) {
				if (first == st->nq)
					first = j;
				last = j;
			}
		if (first == st->nq || i < first)
			return;
		if (last == first) {
			shared_change(st, i, ca, metric, max, n);
			return;
		}
		if (!joined_values(st, first, last))
			return;
		nitems = split_items(st, ca, st->q[first].start, item, 0);
		if (nitems != last - first + 1)
			return;
		share_tail(item, nitems);
		snprintf(metric[0], FIELD_TEXT_MAX, "%s", item[i - first]);
		*n = max > 0;
		return;
	}
	/* No number between the list word and the items. */
	for (size_t j = 0; j < st->nq; j++)
		if (st->q[j].start >= ca && st->q[j].start < lw)
			return;
	size_t ia = ca, ib = lw;
	nitems = split_items(st, ia, ib, item, 0);
	if (nitems == 0 && ca > st->ss) {
		/* …，分别增长5%和14%: the items of the clause before. */
		utf8_prev(s, st->ss, ca, &at);
		size_t pa, pb;
		sentence_clause(st, at, &pa, &pb);
		ia = pa;
		ib = subject_end(st, pa, pb);
		nitems = split_items(st, ia, ib, item, 0);
	}
	if (nitems < 2)
		return;
	share_tail(item, nitems);
	/* The values of the list: the numbers after the word in the clause. */
	size_t first = st->nq, nvalues = 0, k = 0;
	for (size_t j = 0; j < st->nq; j++)
		if (st->q[j].start > lw && st->q[j].start < cb) {
			if (first == st->nq)
				first = j;
			if (j == i)
				k = nvalues;
			nvalues++;
		}
	/* What stands between the word and the first value, when it says
	 * more than attainment: 增长, 比2010年下降. */
	char verb[FIELD_TEXT_MAX] = "";
	size_t va = lw + w, vb = st->q[first].start;
	metric_trim(st, &va, &vb);
	if (vb > va)
		metric_words(st, va, vb, verb, sizeof verb);
	if (nvalues == 1) {
		for (size_t j = 0; j < nitems && j < max; j++)
			utf8_join(metric[j], FIELD_TEXT_MAX, item[j], verb);
		*n = nitems < max ? nitems : max;
		return;
	}
	/* 乘用车、光伏、半导体及集成电路产业链产值分别突破…: when the
	 * items split at 、 alone are as many as the values, 及 and 和
	 * join words of one item. */
	if (nvalues != nitems && nvalues > 1) {
		char whole[ITEMS_MAX][FIELD_TEXT_MAX];
		size_t nwhole = split_items(st, ia, ib, whole, 1);
		if (nwhole == nvalues) {
			share_tail(whole, nwhole);
			memcpy(item, whole, sizeof whole);
			nitems = nwhole;
		}
	}
	if (nvalues != nitems)
		*mismatch = 1;
	if (k < nitems && max > 0) {
		utf8_join(metric[0], FIELD_TEXT_MAX, item[k], verb);
		*n = 1;
	}
}
