/*
 * Commitment matching: walk each sentence of the plan and news paragraphs,
 * read its quantities, keep those that are forward-looking targets, and
 * describe each (metric, cue, comparator, period, quote, line).
 *
 * A sentence without a number costs one pass over its bytes; its cue words
 * are looked for only when it has one.
 */
#include "match.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "clauses.h"
#include "cues.h"
#include "numerals.h"
#include "patterns.h"
#include "quantity.h"

/* Longest quote kept whole (longer sentences are cut to the clauses around
 * the number), longest metric, most quantities read in one sentence. */
enum { QUOTE_MAX_CHARS = 100, METRIC_MAX_CHARS = 30, SENTENCE_MAX_Q = 64 };

/* Documents at least this long are matched by several threads. */
#define THREAD_MIN_BYTES (1 << 20)

/* Group numbers of PAT_CMP_BEFORE, looked up once (with stop_bits, below,
 * before the first document is matched). */
static int cmp_group[CMP_COUNT];
static int tables_ready;

static void
lookup_cmp_groups(void)
{
	static const char *const names[CMP_COUNT] = {
		[CMP_EQ] = "eq", [CMP_GE] = "ge", [CMP_GT] = "gt",
		[CMP_APPROX] = "approx", [CMP_LE] = "le", [CMP_LT] = "lt",
	};
	for (int c = 0; c < CMP_COUNT; c++)
		cmp_group[c] = names[c] ? pat_group(PAT_CMP_BEFORE, names[c]) : -1;
}

/* Whether q sits in a 以…为 frame of one clause (以高新区、经开区两个园区为
 * 龙头): 以 before it and 为 after it. */
static int
in_yi_wei_frame(const char *s, size_t ss, size_t se, const struct quantity *q)
{
	size_t p = q->start, at, len;
	int yi = 0;
	while (p > ss && !yi) {
		uint32_t cp = utf8_prev(s, ss, p, &at);
		if (is_clause_end(cp) && cp != 0x3001 /* 、 */)
			break;
		yi = cp == 0x4EE5 /* 以 */ &&
		    utf8_next(s, p, se, &len) != 0x4E0A /* 以上 */;
		p = at;
	}
	if (!yi)
		return 0;
	for (p = q->end; p < se; p += len) {
		uint32_t cp = utf8_next(s, p, se, &len);
		if (is_clause_end(cp) && cp != 0x3001)
			return 0;
		if (cp == 0x4E3A /* 为 */)
			return 1;
	}
	return 0;
}

/* Whether a quoted slogan (“七个更”, ‘三项推选’) holds q: a quote opened
 * before it and closed within eight characters after it. */
static int
in_slogan(const char *s, size_t ss, size_t se, const struct quantity *q)
{
	uint32_t open = 0;
	size_t len;
	for (size_t p = ss; p < q->start; p += len) {
		uint32_t cp = utf8_next(s, p, q->start, &len);
		if (cp == 0x201C || cp == 0x2018 || cp == 0x300C)
			open = cp;
		else if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
			open = 0;
	}
	if (!open)
		return 0;
	size_t p = q->end;
	for (int i = 0; i < 8 && p < se; i++, p += len) {
		uint32_t cp = utf8_next(s, p, se, &len);
		if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
			return 1;
		if (is_clause_end(cp))
			break;
	}
	return 0;
}

/* Quantities that are not commitments whatever the sentence says; next is
 * the quantity after q in the sentence, or NULL. */
static int
excluded(const char *s, struct cues *cu, const struct quantity *q,
    const struct quantity *next)
{
	size_t ss = cu->ss, se = cu->se, len;
	size_t w = chars_before(s, ss, q->start, 4);

	/* 第3, 届, G234, PM2.5, 1+2: ordinals, names and codes. These
	 * patterns end at the number; pat_find tries them only where one of
	 * their words begins, which is cheaper than PCRE2 trying every
	 * place. */
	if (pat_find(PAT_NOT_BEFORE, s, q->start, w) == 1)
		return 1;
	/* 每人平均只有867元, 企业有322个: a state, unless a forward cue in the
	 * clause makes it a target (要求年内有十个项目建成投产). */
	if (pat_find(PAT_STATE_BEFORE, s, q->start, w) == 1 &&
	    !cues_any(cu, CUE_FUTURE, clause_start(s, ss, q->start, 0), q->start))
		return 1;
	/* 一个项目, 一批: an article; 七个方面, 十项举措: wording. A small
	 * count of something concrete stays (十个项目建成投产, 项目一个). */
	if (q->kind == U_COUNT && q->lo.chinese && !q->range &&
	    q->lo.value.scale == 0 && q->lo.prefix[0] == '\0' &&
	    q->lo.value.mant <= 10) {
		uint32_t after = utf8_next(s, q->end, se, &len);
		int noun_follows = (is_han(after) && after != 0x4EE5 /* 以上 */) ||
		    after == 0x201C || after == 0x2018;
		/* 一批 is "some", never a count. */
		int vague = strcmp(q->unit, "批") == 0;
		if ((q->lo.value.mant == 1 && (noun_follows || vague)) ||
		    pat_match(PAT_WORDING_AFTER, s, se, q->end) == 1)
			return 1;
	}
	/* 5年, 3月: a duration or a date. */
	if (pat_match(PAT_TIME_AFTER, s, se, q->end) == 1)
		return 1;
	if (in_slogan(s, ss, se, q) || in_yi_wei_frame(s, ss, se, q))
		return 1;
	/* A size class: 亿元级, 10亿元以上项目1个, 5000万元项目5个. */
	if (q->kind != U_COUNT &&
	    pat_match(PAT_SIZE_CLASS, s, se, q->end) == 1)
		return 1;
	uint32_t after = utf8_next(s, q->end, se, &len);
	if ((q->kind == U_MONEY || q->kind == U_MEASURE || q->cmp == CMP_GE ||
	    q->cmp == CMP_LE) && is_han(after) && !is_conjunction(after) &&
	    next != NULL && next->start < clause_end(s, q->end, se))
		return 1;
	return 0;
}

/* The comparator a word before the number states (超过700, 控制在5%),
 * or -1. */
static int
comparator_before(const char *s, size_t cs, size_t pos)
{
	size_t w = chars_before(s, cs, pos, 6), a, b;
	if (pat_find(PAT_CMP_BEFORE, s, pos, w) != 1)
		return -1;
	for (int c = 0; c < CMP_COUNT; c++) {
		if (cmp_group[c] <= 0)
			continue;
		pat_span(cmp_group[c], &a, &b);
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

/* The metric: the clause before the number without its opening connectors,
 * cue and period words, and without the verb of attainment before the
 * number (达到, 突破 …). Returns where it starts. */
static size_t
metric_text(const char *s, struct cues *cu, size_t cs, size_t pos,
    char *out, size_t cap)
{
	size_t a = cs, b = pos, ma, mb;

	out[0] = '\0';
	/* Only the end of a long clause can be kept; trim no more of it. */
	size_t w = chars_before(s, a, b, METRIC_MAX_CHARS + 10);
	a = w > a ? w : a;
	for (int guard = 0; guard < 8 && a < b; guard++) {
		if (pat_match(PAT_METRIC_TRIM_HEAD, s, b, a) != 1)
			break;
		pat_span(0, &ma, &mb);
		if (mb == a)
			break;
		a = mb;
	}
	/* Strip the words of attainment at the end (达到, 突破 …), the
	 * longest first: none is longer than four characters. */
	for (int guard = 0; guard < 8 && b > a; guard++) {
		size_t from = chars_before(s, a, b, 4), at;
		while (from < b && pat_match(PAT_METRIC_TRIM_TAIL, s, b, from) != 1) {
			utf8_next(s, from, b, &at);
			from += at;
		}
		if (from >= b)
			break;
		b = from;
	}
	w = chars_before(s, a, b, METRIC_MAX_CHARS);
	a = w > a ? w : a;
	/* Leave out cue and period words inside (能源消耗要下降: 能源消耗下降). */
	size_t start = a;
	const struct cue *k;
	while (a < b && (k = cues_wording(cu, a, b)) != NULL) {
		append(out, cap, s, a, k->a);
		a = k->b;
	}
	append(out, cap, s, a, b);
	return start;
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

/* For a count followed by its noun (8家亿元企业), the noun up to the end
 * of the clause. */
static void
counted_noun(const char *s, size_t end, size_t se, char *out, size_t cap)
{
	size_t ce = clause_end(s, end, se), len;
	uint32_t cp = utf8_next(s, end, ce, &len);
	out[0] = '\0';
	/* 16个和…: the noun was named before the number. */
	if ((!is_han(cp) && cp != 0x201C) || is_conjunction(cp))
		return;
	size_t w = end, at;
	for (int n = 0; w < ce && n < 12; n++) {
		cp = utf8_next(s, w, ce, &len);
		if (cp >= '0' && cp <= '9')
			break;
		w += len;
	}
	/* Not up to an opening quote or bracket (试点开展“12345+”): the noun
	 * ends before it. */
	while (w > end && ((cp = utf8_prev(s, end, w, &at)) == 0x201C ||
	    cp == 0x2018 || cp == 0xFF08 || cp == 0x300A || cp == '('))
		w = at;
	append(out, cap, s, end, w);
}

/* The quote: the sentence, cut to the clauses around the number when it is
 * longer than QUOTE_MAX_CHARS (chars is the sentence's length). */
static void
quote_span(const char *s, size_t ss, size_t se, size_t chars,
    const struct quantity *q, size_t *qa, size_t *qb)
{
	size_t a = ss, b = se, len;
	while (a < b && s[a] == ' ')
		a++;
	if (chars <= QUOTE_MAX_CHARS) {
		*qa = a;
		*qb = b;
		return;
	}
	/* Grow from the number's clause outwards, a clause at a time. */
	size_t ca = clause_start(s, a, q->start, 0), cb = clause_end(s, q->end, b);
	if (cb < b) {
		utf8_next(s, cb, b, &len);
		cb += len;
	}
	size_t n = utf8_count((const unsigned char *)s + ca, cb - ca);
	for (int turn = 0; turn < 40 && !(ca == a && cb == b); turn++) {
		size_t na = ca, nb = cb, at;
		if (turn % 2 == 0 && ca > a) {
			utf8_prev(s, a, ca, &at);
			na = clause_start(s, a, at, 0);
		} else if (cb < b) {
			nb = clause_end(s, cb, b);
			if (nb < b) {
				utf8_next(s, nb, b, &len);
				nb += len;
			}
		} else
			continue;
		size_t grown = n + utf8_count((const unsigned char *)s + na,
		    ca - na) + utf8_count((const unsigned char *)s + cb, nb - cb);
		if (grown > QUOTE_MAX_CHARS)
			break;
		ca = na;
		cb = nb;
		n = grown;
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

/* Writes v in decimal into buf (room for 21 bytes); returns buf. Rows are
 * many, and snprintf costs as much as the rest of the id. */
static char *
decimal_text(uint64_t v, char *buf)
{
	char tmp[20];
	size_t n = 0, i = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		buf[i++] = tmp[--n];
	buf[i] = '\0';
	return buf;
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

/* How often each content hash has been seen in the current document, so
 * that identical commitments (a report that repeats a paragraph) get
 * distinct ids. Open addressing; key 0 marks a free slot. A slot holds its
 * key and count together: the table outgrows the caches, and a lookup
 * should miss them once. */
struct seen_slot {
	uint64_t key;
	uint64_t count;
};

struct seen {
	struct seen_slot *slot;
	size_t cap, n;
};

/* Counts one more sighting of key; returns how many came before it, or -1
 * when memory runs out. */
static long
seen_count(struct seen *t, uint64_t key)
{
	if (key == 0)
		key = 1;
	if (2 * (t->n + 1) > t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 1024;
		struct seen_slot *slot = calloc(cap, sizeof *slot);
		if (slot == NULL)
			return -1;
		for (size_t i = 0; i < t->cap; i++) {
			if (t->slot[i].key == 0)
				continue;
			size_t j = t->slot[i].key & (cap - 1);
			while (slot[j].key != 0)
				j = (j + 1) & (cap - 1);
			slot[j] = t->slot[i];
		}
		free(t->slot);
		t->slot = slot;
		t->cap = cap;
	}
	size_t j = key & (t->cap - 1);
	while (t->slot[j].key != 0 && t->slot[j].key != key)
		j = (j + 1) & (t->cap - 1);
	if (t->slot[j].key == 0) {
		t->slot[j].key = key;
		t->n++;
	}
	return (long)t->slot[j].count++;
}

/* Asks the cache for key's slot ahead of seen_count. */
static void
seen_prefetch(const struct seen *t, uint64_t key)
{
	if (t->cap > 0)
		__builtin_prefetch(&t->slot[(key ? key : 1) & (t->cap - 1)]);
}

/* The hash of what a row says, from which its id is made: of its source's
 * base name, quote, metric, value and unit. Rows of one sentence share
 * their quote, so the hash up to the quote is kept in *after_quote for a
 * row whose quote equals *quote (FNV-1a takes a few cycles a byte, and
 * quotes are most of the bytes). */
static uint64_t
content_hash(const struct record *r, const char *source, const char **quote,
    uint64_t *after_quote)
{
	const char *q = record_get(r, FIELD_QUOTE);
	uint64_t h;
	if (*quote != NULL && strcmp(*quote, q) == 0)
		h = *after_quote;
	else {
		const char *base = strrchr(source, '/');
		h = fnv1a(14695981039346656037ULL, base ? base + 1 : source);
		h = fnv1a(h, q);
		*quote = q;
		*after_quote = h;
	}
	h = fnv1a(h, record_get(r, FIELD_METRIC));
	h = fnv1a(h, record_get(r, FIELD_VALUE));
	return fnv1a(h, record_get(r, FIELD_UNIT));
}

/* Gives r its id from its content hash h, the occurrence-th row of the
 * document with that hash. A content-derived id: the same commitment in
 * the same source gets the same id on every run, whatever rows come before
 * it. It starts with a letter so that no spreadsheet reads it as a number.
 * Returns 0, or -1 when memory runs out. */
static int
set_id(struct record *r, uint64_t h, long occurrence)
{
	char buf[32], occ[24];
	h = fnv1a(h, decimal_text((uint64_t)occurrence, occ));
	/* c and twelve hex digits: the low 48 bits of the hash. */
	buf[0] = 'c';
	for (int i = 12; i >= 1; i--, h >>= 4)
		buf[i] = "0123456789abcdef"[h & 0xF];
	buf[13] = '\0';
	return record_set_str(r, FIELD_ID, buf);
}

/* One chunk of a document: paragraphs [from, to), and the rows found in
 * them, in order. */
struct context {
	const struct doc *d;
	const char *source;
	size_t from, to;
	struct record_list rows;
	uint64_t *hash;          /* content hash of each row, once matched */
	void *made;              /* what the output's format made of rows */
	size_t prev_ss, prev_se; /* the sentence before, in this paragraph */
	int failed;             /* memory ran out */
	/* The period named by the heading last asked about (1 + its
	 * paragraph, 0 for none yet): every row under it asks again. */
	int period_heading;
	size_t period_a, period_b; /* its span; empty when it names none */
};

/* The sentence being matched: its cues, length and the metric of its
 * previous row (for 分别增长4.2%左右、5.9%左右). */
struct sentence {
	const struct para *p;
	struct cues cues;
	size_t chars;
	size_t prev_end;        /* end of the last target read, or 0 */
	char prev_metric[256];
};

/* Builds the record of quantity q. Returns 0, or -1 when memory runs
 * out. */
static int
emit(struct context *c, struct sentence *st, const struct quantity *q)
{
	const struct doc *d = c->d;
	const struct para *p = st->p;
	const char *s = d->buf;
	size_t ss = st->cues.ss, se = st->cues.se;
	size_t cs = clause_start(s, ss, q->start, 0);
	char num[64], metric[256], noun[128], line[24];
	const struct cue *k;
	int ok = 1;

	struct record *r = record_list_add(&c->rows);
	/* Room for the quote and the short cells, the id among them. */
	if (r == NULL || record_reserve(r, se - ss + 768) != 0)
		return -1;

	/* Comparator: stated after the number, else before it. */
	int cmp = q->cmp;
	if (cmp < 0 && q->approx_more)
		cmp = CMP_GT;
	if (cmp < 0) {
		int before = comparator_before(s, cs, q->start);
		cmp = before >= 0 ? before : CMP_EQ;
	}
	if (q->lo.approx && cmp == CMP_EQ)
		cmp = CMP_GT;

	/* Metric: from the clause start, or after an earlier target of the
	 * clause (增长5%和8%), or up to the 由 of 由380元提高到420元. */
	size_t from = from_word(s, cs, q->start), mstart;
	if (from > cs)
		mstart = metric_text(s, &st->cues, cs, from, metric, sizeof metric);
	else
		mstart = metric_text(s, &st->cues,
		    st->prev_end > cs ? st->prev_end : cs, q->start, metric,
		    sizeof metric);
	if (metric[0] == '\0' && st->prev_metric[0])
		strcpy(metric, st->prev_metric);
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
	strcpy(st->prev_metric, metric);

	/* Modality and period: the nearest before the number in its sentence;
	 * else the period the plan's heading names (三、2026年主要工作). */
	if ((k = cues_last(&st->cues, CUE_MODALITY, q->start)) != NULL)
		ok &= record_set(r, FIELD_MODALITY, s + k->a, k->b - k->a) == 0;
	if ((k = cues_last(&st->cues, CUE_PERIOD, q->start)) != NULL)
		ok &= record_set(r, FIELD_PERIOD, s + k->a, k->b - k->a) == 0;
	else if (p->period_para >= 0) {
		if (c->period_heading != p->period_para + 1) {
			const struct para *h = &d->paras[p->period_para];
			c->period_heading = p->period_para + 1;
			c->period_a = c->period_b = 0;
			if (pat_match(PAT_PERIOD, s, h->end, h->start) == 1)
				pat_span(0, &c->period_a, &c->period_b);
		}
		if (c->period_b > c->period_a)
			ok &= record_set(r, FIELD_PERIOD, s + c->period_a,
			    c->period_b - c->period_a) == 0;
	}

	const struct article *art = p->article >= 0 ?
	    &d->articles[p->article] : NULL;
	ok &= record_set_str(r, FIELD_SOURCE, c->source) == 0;
	ok &= record_set_str(r, FIELD_LINE,
	    decimal_text(doc_line_of(d, mstart), line)) == 0;
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
	quote_span(s, ss, se, st->chars, q, &qa, &qb);
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
	return ok ? 0 : -1;
}

/* The BMP characters next_sentence stops at: full stops (。！？) and those
 * a Chinese numeral starts with. Filled before matching starts. */
static uint8_t stop_bits[0x10000 / 8];

static void
fill_stop_bits(void)
{
	for (uint32_t cp = 0; cp < 0x10000; cp++)
		if (numeral_is_start(cp) || cp == 0x3002 || cp == 0xFF01 ||
		    cp == 0xFF1F)
			stop_bits[cp / 8] |= (uint8_t)(1u << (cp % 8));
}

/* Reads the next sentence of [ss, hi) and its quantities into qs (at most
 * SENTENCE_MAX_Q). One pass over the bytes: a sentence ends after 。！？
 * (and a closing quote), a number starts at a digit or a Chinese numeral.
 * Sets *count and returns the sentence's end. */
static size_t
next_sentence(const char *s, size_t ss, size_t hi, struct quantity *qs,
    size_t *count)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = 0, pos = ss;

	while (pos < hi) {
		unsigned char b = u[pos];
		if (b < 0x80) {
			if (b >= '0' && b <= '9') {
				if (n < SENTENCE_MAX_Q &&
				    quantity_starts_at(s, ss, pos) &&
				    quantity_read(s, ss, hi, pos, &qs[n])) {
					pos = qs[n++].end;
					continue;
				}
			} else if (b == '!' || b == '?')
				return *count = n, sentence_end(s, pos, hi);
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
		/* The text is valid UTF-8: a three-byte character's code
		 * point is its low bits. Most are neither a numeral nor a
		 * full stop, which one look at a table tells. */
		uint32_t cp = (uint32_t)(b & 0x0F) << 12 |
		    (uint32_t)(u[pos + 1] & 0x3F) << 6 | (u[pos + 2] & 0x3F);
		if (!(stop_bits[cp / 8] >> (cp % 8) & 1)) {
			pos += 3;
			continue;
		}
		if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F)
			return *count = n, sentence_end(s, pos, hi);
		if (numeral_is_start(cp) && n < SENTENCE_MAX_Q &&
		    quantity_starts_at(s, ss, pos) &&
		    quantity_read(s, ss, hi, pos, &qs[n])) {
			pos = qs[n++].end;
			continue;
		}
		pos += 3;
	}
	*count = n;
	return hi;
}

/* Matches the sentence [ss, se) of paragraph p, whose quantities are
 * qs[0..n). Returns 0, or -1 when memory runs out. */
static int
match_sentence(struct context *c, const struct para *p, size_t ss, size_t se,
    const struct quantity *qs, size_t n)
{
	const char *s = c->d->buf;
	size_t prev_ss = c->prev_ss, prev_se = c->prev_se;

	c->prev_ss = ss;
	c->prev_se = se;
	if (n == 0)
		return 0;
	struct sentence st;
	st.p = p;
	st.prev_end = 0;
	st.prev_metric[0] = '\0';
	st.chars = utf8_count((const unsigned char *)s + ss, se - ss);
	cues_init(&st.cues, s, ss, se, qs[n - 1].start, c->d->year);
	/* In a neutral section (a news page) a sentence needs a forward cue,
	 * or must go on with one that had it (其中，…). */
	if (p->tense != TENSE_FUTURE && !cues_any(&st.cues, CUE_FUTURE, ss, se) &&
	    !(prev_se == ss && pat_match(PAT_CONTINUATION, s, se, ss) == 1 &&
	    pat_match(PAT_FUTURE_CUE, s, prev_se, prev_ss) == 1))
		return 0;
	for (size_t i = 0; i < n; i++) {
		const struct quantity *q = &qs[i];
		if (excluded(s, &st.cues, q, i + 1 < n ? &qs[i + 1] : NULL) ||
		    cues_past_at(&st.cues, q->start))
			continue;
		if (emit(c, &st, q) != 0)
			return -1;
		/* A size class stays part of the next metric (10亿元以上项目1个),
		 * so only targets move the start of the next one. */
		st.prev_end = q->end;
	}
	return 0;
}

/* Matches the paragraphs [c->from, c->to) into c->rows. */
static void
match_paras(struct context *c)
{
	const struct doc *d = c->d;

	for (size_t i = c->from; i < c->to && !c->failed; i++) {
		const struct para *p = &d->paras[i];
		if (p->tense == TENSE_PAST || (p->kind != PARA_BODY &&
		    p->kind != PARA_HEADING && p->kind != PARA_SUBHEADING))
			continue;
		c->prev_ss = c->prev_se = p->start;
		for (size_t ss = p->start; ss < p->end && !c->failed;) {
			struct quantity qs[SENTENCE_MAX_Q];
			size_t n, se = next_sentence(d->buf, ss, p->end, qs, &n);
			c->failed = match_sentence(c, p, ss, se, qs, n) != 0;
			ss = se;
		}
	}
}

/* Hashes the content of each row of c, as the thread that matched them:
 * only the count of earlier equal rows waits for the rows before. */
static void
hash_rows(struct context *c)
{
	if (c->failed || c->rows.n == 0)
		return;
	c->hash = malloc(c->rows.n * sizeof *c->hash);
	if (c->hash == NULL) {
		c->failed = 1;
		return;
	}
	const char *quote = NULL;
	uint64_t after_quote = 0;
	for (size_t i = 0; i < c->rows.n; i++)
		c->hash[i] = content_hash(&c->rows.v[i], c->source, &quote,
		    &after_quote);
}

/* Gives each row of chunk c its id, in order: a row's id depends on how
 * many identical rows came before it in the document, which seen counts.
 * The slots are asked for first, so that their cache misses overlap.
 * Returns 0, or -1 when memory runs out. */
static int
assign_ids(struct context *c, struct seen *seen)
{
	for (size_t i = 0; i < c->rows.n; i++)
		seen_prefetch(seen, c->hash[i]);
	for (size_t i = 0; i < c->rows.n; i++) {
		long occurrence = seen_count(seen, c->hash[i]);
		if (occurrence < 0 ||
		    set_id(&c->rows.v[i], c->hash[i], occurrence) != 0)
			return -1;
	}
	return 0;
}

/* A document cut into chunks of whole paragraphs (paragraphs are matched
 * independently), matched by a pool of threads and handed to the sink in
 * order by the calling thread. Workers stay at most WINDOW chunks ahead
 * of the sink, so memory holds a few chunks' rows, not the document's. */
enum { CHUNK_BYTES = 256 * 1024, WINDOW = 16 };

struct pool {
	struct context *chunk;  /* one per chunk, in order */
	unsigned char *done;    /* chunk k matched */
	size_t n;               /* chunks */
	size_t ready;           /* chunks [0, ready) are prepared */
	match_prepare prepare;  /* makes chunks ready, or NULL */
	void *prepare_arg;
	const struct match_output *out;
	size_t next;            /* first chunk nobody has claimed */
	size_t handed;          /* chunks given to the sink so far */
	int stop;               /* the sink stopped or memory ran out */
	pthread_mutex_t mu;
	pthread_cond_t cv;      /* a chunk was matched or handed on */
};

/* Claims the next chunk when it is ready and within the window; returns
 * its index, or n when there is none to claim now. Called with mu held. */
static size_t
claim(struct pool *pl)
{
	if (pl->stop || pl->next >= pl->ready || pl->next >= pl->handed + WINDOW)
		return pl->n;
	return pl->next++;
}

/* Matches chunk k and says so. */
static void
match_chunk(struct pool *pl, size_t k)
{
	struct context *c = &pl->chunk[k];
	match_paras(c);
	hash_rows(c);
	if (!c->failed && pl->out->format != NULL &&
	    pl->out->format(pl->out->arg, &c->rows, &c->made) != 0)
		c->failed = 1;
	pthread_mutex_lock(&pl->mu);
	pl->done[k] = 1;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
}

/* A worker: claims and matches chunks until none are left. */
static void *
worker(void *arg)
{
	struct pool *pl = arg;

	pthread_mutex_lock(&pl->mu);
	for (;;) {
		size_t k = claim(pl);
		if (k < pl->n) {
			pthread_mutex_unlock(&pl->mu);
			match_chunk(pl, k);
			pthread_mutex_lock(&pl->mu);
		} else if (pl->stop || pl->next >= pl->n)
			break;
		else
			pthread_cond_wait(&pl->cv, &pl->mu);
	}
	pthread_mutex_unlock(&pl->mu);
	patterns_thread_end();
	return NULL;
}

/* Waits until chunk k is matched; meanwhile the caller prepares chunks
 * within the window, so that the other threads have work, or else matches
 * chunks nobody has claimed, so that it works rather than waits. */
static void
await_chunk(struct pool *pl, size_t k)
{
	pthread_mutex_lock(&pl->mu);
	while (!pl->done[k]) {
		if (pl->ready < pl->n && pl->ready < pl->handed + WINDOW &&
		    !pl->stop) {
			size_t r = pl->ready;
			pthread_mutex_unlock(&pl->mu);
			pl->prepare(pl->prepare_arg, pl->chunk[r].to);
			pthread_mutex_lock(&pl->mu);
			pl->ready = r + 1;
			pthread_cond_broadcast(&pl->cv);
			continue;
		}
		size_t mine = claim(pl);
		if (mine < pl->n) {
			pthread_mutex_unlock(&pl->mu);
			match_chunk(pl, mine);
			pthread_mutex_lock(&pl->mu);
		} else
			pthread_cond_wait(&pl->cv, &pl->mu);
	}
	pthread_mutex_unlock(&pl->mu);
}

/* Cuts d's paragraphs into chunks of up to about CHUNK_BYTES (a longer
 * paragraph is a chunk of its own). Returns 0, or -1 when memory runs
 * out. */
static int
make_chunks(struct pool *pl, const struct doc *d, const char *source)
{
	/* Every chunk holds at least one paragraph; an empty document is
	 * one empty chunk. Bytes would not bound the count: chunks stop
	 * short of CHUNK_BYTES, by up to a paragraph. */
	size_t cap = d->nparas + 1;

	pl->chunk = calloc(cap, sizeof *pl->chunk);
	pl->done = calloc(cap, 1);
	if (pl->chunk == NULL || pl->done == NULL)
		return -1;
	size_t from = 0;
	while (from < d->nparas || pl->n == 0) {
		size_t to = from;
		while (to < d->nparas && (to == from || d->paras[to].end -
		    d->paras[from].start < CHUNK_BYTES))
			to++;
		pl->chunk[pl->n++] = (struct context){.d = d, .source = source,
		    .from = from, .to = to};
		from = to;
	}
	return 0;
}

long
match_doc_stream(const struct doc *d, const char *source, int jobs,
    match_prepare prepare, void *prepare_arg, const struct match_output *out)
{
	struct pool pl = {0};
	pthread_t thread[MAX_JOBS];
	int threads = 0;
	long rows = 0, rc = 0;
	struct seen seen = {0};

	if (!tables_ready) {
		lookup_cmp_groups();
		fill_stop_bits();
		tables_ready = 1;
	}
	quantity_prepare();
	pthread_mutex_init(&pl.mu, NULL);
	pthread_cond_init(&pl.cv, NULL);
	if (make_chunks(&pl, d, source) != 0)
		rc = MATCH_NOMEM;
	pl.prepare = prepare;
	pl.prepare_arg = prepare_arg;
	pl.out = out;
	pl.ready = prepare ? 0 : pl.n;
	/* The calling thread matches too; a small document needs no more. */
	int want = d->len >= THREAD_MIN_BYTES ? jobs - 1 : 0;
	for (; rc == 0 && threads < want && threads < MAX_JOBS; threads++)
		if (pthread_create(&thread[threads], NULL, worker, &pl) != 0)
			break;
	for (size_t k = 0; rc == 0 && k < pl.n; k++) {
		struct context *c = &pl.chunk[k];
		await_chunk(&pl, k);
		if (c->failed || assign_ids(c, &seen) != 0)
			rc = MATCH_NOMEM;
		else {
			void *made = c->made;
			c->made = NULL;
			if (out->sink(out->arg, &c->rows, made) != 0)
				rc = MATCH_STOPPED;
			else
				rows += (long)c->rows.n;
		}
		record_list_free(&c->rows);
		free(c->hash);
		c->hash = NULL;
		pthread_mutex_lock(&pl.mu);
		pl.handed = k + 1;
		if (rc != 0)
			pl.stop = 1;
		pthread_cond_broadcast(&pl.cv);
		pthread_mutex_unlock(&pl.mu);
	}
	for (int t = 0; t < threads; t++)
		pthread_join(thread[t], NULL);
	for (size_t k = 0; k < pl.n; k++) {
		record_list_free(&pl.chunk[k].rows);
		free(pl.chunk[k].hash);
		if (pl.chunk[k].made != NULL)
			out->discard(pl.chunk[k].made);
	}
	free(pl.chunk);
	free(pl.done);
	free(seen.slot);
	pthread_cond_destroy(&pl.cv);
	pthread_mutex_destroy(&pl.mu);
	return rc != 0 ? rc : rows;
}

/* The sink of match_doc: moves the rows to the end of the list arg. */
static int
append_rows(void *arg, struct record_list *rows, void *made)
{
	(void)made;
	struct record_list *to = arg;
	for (size_t i = 0; i < rows->n; i++) {
		struct record *r = record_list_add(to);
		if (r == NULL)
			return -1;
		*r = rows->v[i];
		memset(&rows->v[i], 0, sizeof rows->v[i]);
	}
	return 0;
}

long
match_doc(const struct doc *d, const char *source, int jobs,
    struct record_list *out)
{
	const struct match_output to_list = {.sink = append_rows, .arg = out};
	long rc = match_doc_stream(d, source, jobs, NULL, NULL, &to_list);
	return rc == MATCH_STOPPED ? MATCH_NOMEM : rc;
}
