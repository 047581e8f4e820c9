/*
 * The places a clause gives a target to: a round-up of places' targets
 * writes 海南为9.5%左右，江西、新疆为7%左右 — each place listed before the
 * verb that sets its value is the organisation of its own row, and the
 * measure is the one the story named with 目标 before the list
 * (从各地GDP目标来看).
 */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <string.h>

#include "../common/utf8.h"
#include "attribution.h"
#include "clauses.h"
#include "fields.h"
#include "lexicon.h"
#include "patterns.h"

/* What separates the places of a list (a comma ends it: 海南为9.5%左右，
 * 西藏为8% is two clauses); its length in bytes or 0. */
static size_t
list_separator(const char *s, size_t pos, size_t hi)
{
	static const char *const seps[] = {"、", "和", "及", "与"};
	for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
		size_t n = strlen(seps[k]);
		if (pos + n <= hi && memcmp(s + pos, seps[k], n) == 0)
			return n;
	}
	return 0;
}

/* The place at s[pos..hi): a provincial-level division by any of its
 * names, or a name ending in 省, 市, 县, 区 … Writes its full name to out
 * and returns its length in bytes, or 0. */
static size_t
place_at(const char *s, size_t pos, size_t hi, char *out, size_t cap)
{
	size_t used;
	const char *full = lex_province(s + pos, hi - pos, &used);
	if (full != NULL) {
		snprintf(out, cap, "%s", full);
		return used;
	}
	size_t a, b, n;
	/* A central body: 财政部, 国家铁路局 (2021年财政部…预算数…). */
	if ((n = lex_prefix(LEX_CENTRAL_BODY, s + pos, hi - pos)) > 0) {
		snprintf(out, cap, "%.*s", (int)n, s + pos);
		return n;
	}
	if (pat_match_at(PAT_PLACE_NAME, s, hi, pos) == 1) {
		pat_span(0, &a, &b);
		/* Not a word that goes on from the suffix: 中部省会, 资本市场. */
		size_t kind = lex_prefix(LEX_PLACE_KIND, s + b - 3, hi - (b - 3));
		/* Nor one that ends in a kind of place: 记者从全市, 部分地区. */
		if (a == pos && b > a && kind <= 3 &&
		    lex_suffix(LEX_PLACE_KIND, s + a, b - a) == 0) {
			snprintf(out, cap, "%.*s", (int)(b - a), s + a);
			return b - a;
		}
	}
	return 0;
}

/* A city or county written bare where its clause opens (郑州出台…,
 * 武汉国土空间规划显示) that the document also writes as a place's name
 * (郑州市): writes the full name to out and returns the bare name's
 * length in bytes, or 0. */
static size_t
bare_place_at(const struct doc *d, const struct para *para, size_t pos,
    size_t hi, char *out, size_t cap)
{
	static const char *const suffixes[] = {"市", "县"};
	const char *s = d->buf;
	for (size_t n = 9; n >= 6; n -= 3) {
		size_t len, k;
		/* Not one's own (全市, 我县) nor a count's (两市). */
		if (pos + n >= hi || memmem("全该我本各每其这那此两个多几", strlen(
		    "全该我本各每其这那此两个多几"), s + pos + n - 3, 3) != NULL)
			continue;
		for (k = pos; k < pos + n && is_han(utf8_next(s, k, hi, &len));
		    k += len)
			;
		if (k != pos + n || !is_han(utf8_next(s, k, hi, &len)))
			continue;
		/* Not a kind of place (工业大市, 中心城区). */
		const char *mine[2];
		size_t nmine = 0;
		for (size_t j = 0; j < sizeof suffixes / sizeof suffixes[0]; j++) {
			char name[16];
			memcpy(name, s + pos, n);
			memcpy(name + n, suffixes[j], 3);
			if (lex_suffix(LEX_PLACE_KIND, name, n + 3) == 0)
				mine[nmine++] = suffixes[j];
		}
		size_t j = place_suffix_near(d, (size_t)(para - d->paras),
		    s + pos, n, mine, nmine);
		if (j > 0) {
			snprintf(out, cap, "%.*s%s", (int)n, s + pos, mine[j - 1]);
			return n;
		}
	}
	return 0;
}

size_t
clause_subjects(const struct sentence *st, size_t i,
    char out[][FIELD_TEXT_MAX], size_t max)
{
	const char *s = st->d->buf;
	const struct quantity *q = &st->q[i];
	size_t ca, cb, pos, n = 0;

	sentence_q_clause(st, i, &ca, &cb);
	/* Cheap first: a verb that sets a value ends within two characters
	 * of the number (为, 均为, 锚定, 定在). */
	size_t at = q->start;
	int verb_near = 0;
	for (int k = 0; k < 3 && at > ca && !verb_near; k++) {
		uint32_t cp = utf8_prev(s, ca, at, &at);
		verb_near = cp == 0x4E3A /* 为 */ || cp == 0x5B9A /* 定 */ ||
		    cp == 0x5728 /* 在 */;
	}
	if (!verb_near)
		return 0;
	for (pos = ca; pos < q->start && s[pos] == ' '; pos++)
		;
	while (n < max && pos < q->start) {
		size_t len = place_at(s, pos, q->start, out[n], FIELD_TEXT_MAX);
		if (len == 0)
			return 0;
		pos += len;
		n++;
		size_t sep = list_separator(s, pos, q->start);
		if (sep == 0)
			break;
		pos += sep;
	}
	/* Then the verb that sets the value, right before the number. */
	size_t verb = lex_prefix(LEX_ASSIGN, s + pos, q->start - pos);
	if (verb == 0 || utf8_count((const unsigned char *)s + pos + verb,
	    q->start - pos - verb) > 2)
		return 0;
	return n;
}

/* The last lit in s[0..n), or NULL. */
static const char *
memrmem(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	for (size_t i = n; i >= k; i--)
		if (memcmp(s + i - k, lit, k) == 0)
			return s + i - k;
	return NULL;
}

/* A group of places opening s[0..len) (东部省份, 中部城市, 沿海地区):
 * up to four characters ending in a place kind; its length or 0. */
static size_t
group_of_places(const char *s, size_t len)
{
	static const char *const kinds[] = {"省份", "城市", "地区", "省区"};
	size_t best = 0;
	for (size_t end = 6; end <= 12 && end <= len; end += 3)
		for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (memcmp(s + end - 6, kinds[k], 6) == 0)
				best = end;
	return best;
}

/* The words right before a 目标 ending at s[end): the run of ideographs,
 * letters and digits back to punctuation, at most 12 characters, without
 * the places, counts, years and group words that open it (各地GDP → GDP,
 * 31个省区市2023年经济增长预期 → 经济增长). Writes "" when nothing is left. */
static void
measure_before(const char *s, size_t lo, size_t end, char *out, size_t cap)
{
	size_t a = end, at, chars = 0;
	while (a > lo && chars < 12) {
		uint32_t cp = utf8_prev(s, lo, a, &at);
		int letter = (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= 'a' && cp <= 'z');
		if (!letter && !is_han(cp))
			break;
		a = at;
		chars++;
	}
	for (;;) {
		size_t n = 0, used;
		if (lex_province(s + a, end - a, &used) != NULL)
			n = used;
		else if ((n = lex_prefix(LEX_TOPIC_OPENER, s + a, end - a)) > 0 ||
		    (n = group_of_places(s + a, end - a)) > 0)
			;
		else {
			/* A count or a year: 31个, 2023年. */
			size_t k = a;
			while (k < end && s[k] >= '0' && s[k] <= '9')
				k++;
			if (k > a && k + 3 <= end && (memcmp(s + k, "个", 3) == 0 ||
			    memcmp(s + k, "年", 3) == 0))
				n = k + 3 - a;
		}
		if (n == 0)
			break;
		a += n;
	}
	size_t b = end, tail;
	if (b - a > 6 && (tail = 6, memcmp(s + b - tail, "预期", 6) == 0))
		b -= tail;
	/* A lone character left (市 of 省区市) names no measure. */
	if (utf8_count((const unsigned char *)s + a, b - a) < 2)
		b = a;
	snprintf(out, cap, "%.*s", (int)(b - a), s + a);
}

void
topic_metric(const struct sentence *st, size_t before, char *out, size_t cap)
{
	const struct doc *d = st->d;
	const char *s = d->buf;
	size_t pi = (size_t)(st->p - d->paras);

	out[0] = '\0';
	/* Its paragraph up to the clause, then the paragraphs before, back
	 * to the heading of its section; the nearest 目标 first. */
	for (size_t look = 0; look < 12 && out[0] == '\0'; look++, pi--) {
		const struct para *p = &d->paras[pi];
		size_t hi = look == 0 ? before : p->end, at;
		while (hi > p->start && out[0] == '\0') {
			const char *m = memrmem(s + p->start, hi - p->start, "目标");
			if (m == NULL)
				break;
			at = (size_t)(m - s);
			measure_before(s, p->start, at, out, cap);
			hi = at;
		}
		if (p->kind == PARA_HEADING || pi == 0)
			break;
	}
}

/* Where the province a tour comes to starts, when a clause at s[a..)
 * opens as a stop of one (从经济大省广东, 到辽宁, 再到西藏): after 从, 到
 * or 再到 and perhaps a rank among places (经济大省); else 0. */
static size_t
tour_stop(const char *s, size_t a, size_t hi)
{
	static const char *const words[] = {"再到", "从", "到"};
	size_t k, used, n;
	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		n = strlen(words[k]);
		if (a + n <= hi && memcmp(s + a, words[k], n) == 0)
			break;
	}
	if (k == sizeof words / sizeof words[0])
		return 0;
	size_t at = a + n;
	for (int chars = 0; chars <= 4 && at < hi; chars++) {
		if (lex_province(s + at, hi - at, &used) != NULL &&
		    (at == a + n || lex_suffix(LEX_PLACE_KIND, s + a + n,
		    at - a - n) > 0))
			return at;
		size_t len;
		if (!is_han(utf8_next(s, at, hi, &len)))
			return 0;
		at += len;
	}
	return 0;
}

void
sentence_place(const struct sentence *st, size_t i, char *out, size_t cap)
{
	const char *s = st->d->buf;
	size_t pos = st->ss, len;

	out[0] = '\0';
	/* Each clause before the number's, and its own: the last that opens
	 * with a place (卫辉市提出的目标是：…, 辉县市围绕…，全年推进…). */
	while (pos < st->q[i].start) {
		size_t a = pos, ya, yb;
		while (a < st->se && s[a] == ' ')
			a++;
		/* The time the clause opens with (2021年财政部…, 今年水利部…). */
		if (pat_match_at(PAT_PERIOD, s, st->se, a) == 1) {
			pat_span(0, &ya, &yb);
			if (ya == a && yb > a)
				a = yb;
		}
		/* 据武汉国土空间规划显示: the place whose document speaks. */
		if (a + 3 <= st->se && memcmp(s + a, "据", 3) == 0)
			a += 3;
		char name[FIELD_TEXT_MAX];
		/* 从经济大省广东，…，到辽宁…，再到西藏…: a tour of provinces,
		 * each stop the subject of what follows it. */
		size_t stop = tour_stop(s, a, st->se);
		if (stop > 0) {
			size_t used;
			snprintf(out, cap, "%s", lex_province(s + stop,
			    st->se - stop, &used));
		}
		size_t n = stop > 0 ? 0 : place_at(s, a, st->se, name, sizeof name);
		/* 深圳安排市重大项目: a long name that opens with a city the
		 * story writes in full (深圳市) is that city and other words. */
		char bare[FIELD_TEXT_MAX];
		size_t nb = n == 0 || n > 12 ? bare_place_at(st->d, st->p, a, st->se,
		    bare, sizeof bare) : 0;
		if (nb > 0 && (n == 0 || nb + 3 < n)) {
			memcpy(name, bare, sizeof name);
			n = nb;
		}
		/* A place that is the clause's subject: a verb or a time
		 * after it, not a list of places or a phrase (北京路). */
		uint32_t after = n > 0 && a + n < st->se ?
		    utf8_next(s, a + n, st->se, &len) : 0;
		if (n > 0 && a + n < st->se && (is_han(after) ||
		    (after >= '0' && after <= '9')) &&
		    list_separator(s, a + n, st->se) == 0 &&
		    lex_prefix(LEX_ASSIGN, s + a + n, st->se - a - n) == 0 &&
		    lex_prefix(LEX_LEAD_VERB, s + a, n) == 0 &&
		    lex_prefix(LEX_ACTION, s + a, n) == 0 &&
		    lex_prefix(LEX_CUE, s + a, n) == 0 &&
		    lex_prefix(LEX_PLACE_KIND, s + a, n) != n)
			snprintf(out, cap, "%s", name);
		size_t e = clause_end(s, pos, st->se, 1);
		if (e >= st->se)
			break;
		utf8_next(s, e, st->se, &len);
		pos = e + (len ? len : 1);
	}
}

void
sentence_speaker(const struct sentence *st, size_t i, char *org,
    size_t ocap, char *person, size_t pcap)
{
	const char *s = st->d->buf;
	size_t len;
	org[0] = person[0] = '\0';
	/* 据 and a name of two to four characters, then the verb. */
	for (size_t pos = st->ss; pos + 3 < st->q[i].start; pos += len) {
		utf8_next(s, pos, st->q[i].start, &len);
		if (len == 0)
			return;
		size_t before;
		if (memcmp(s + pos, "据", 3) != 0 || (pos > st->ss &&
		    is_han(utf8_prev(s, st->ss, pos, &before))))
			continue;
		size_t name = pos + 3, end = name;
		for (int k = 0; k < 4 && end < st->q[i].start; k++) {
			if (k >= 2 && lex_prefix(LEX_SPEECH, s + end,
			    st->q[i].start - end) > 0)
				break;
			if (!is_han(utf8_next(s, end, st->q[i].start, &len)))
				return;
			end += len;
		}
		if (end - name < 6 || lex_prefix(LEX_SPEECH, s + end,
		    st->q[i].start - end) == 0)
			return;
		/* The name as the story introduced it, after a post. */
		const char *hay = s, *stop = s + st->ss, *hit;
		while ((hit = memmem(hay, (size_t)(stop - hay), s + name,
		    end - name)) != NULL) {
			size_t at = (size_t)(hit - s);
			if (lex_suffix(LEX_POST, s, at) > 0) {
				size_t from = chars_before(s, 0, at, 24);
				struct lex_hit body;
				if (lex_scan(LEX_CENTRAL_BODY, s, from, from, at, at,
				    &body, 1) == 1)
					snprintf(org, ocap, "%.*s", (int)(body.b -
					    body.a), s + body.a);
				snprintf(person, pcap, "%.*s", (int)(end - name),
				    s + name);
				return;
			}
			hay = hit + 1;
		}
		return;
	}
}
