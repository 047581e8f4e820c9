#include "cues.h"

#include "../common/utf8.h"
#include "numerals.h"
#include "patterns.h"

static const enum pattern_id patterns[CUE_KINDS] = {
	[CUE_MODALITY] = PAT_CUE,
	[CUE_FUTURE] = PAT_FUTURE_CUE,
	[CUE_PAST] = PAT_PAST_CUE,
	[CUE_PERIOD] = PAT_PERIOD,
	[CUE_OLD_YEAR] = PAT_YEAR,
};

/* Whether a year at s[a..b) is before doc_year and no baseline (比2020年,
 * 较上年, 从1998年). */
static int
old_year(const char *s, size_t ss, size_t a, size_t b, int doc_year)
{
	size_t at;
	uint32_t before = utf8_prev(s, ss, a, &at);
	return doc_year > 0 && numeral_year(s + a, b - a) < doc_year &&
	    before != 0x6BD4 /* 比 */ && before != 0x8F83 /* 较 */ &&
	    before != 0x540C /* 同 */ && before != 0x4ECE /* 从 */ &&
	    before != 0x4E0E /* 与 */;
}

static void
add(struct cues *c, size_t a, size_t b, enum cue_kind kind)
{
	if (c->n == CUES_MAX)
		return;
	/* Insertion keeps the cues ordered by start. */
	size_t i = c->n++;
	while (i > 0 && c->v[i - 1].a > a) {
		c->v[i] = c->v[i - 1];
		i--;
	}
	c->v[i] = (struct cue){a, b, kind};
}

void
cues_init(struct cues *c, const char *s, size_t ss, size_t se, size_t limit,
    int doc_year)
{
	c->s = s;
	c->ss = ss;
	c->se = se;
	c->limit = limit;
	c->doc_year = doc_year;
	c->scanned = 0;
	c->n = 0;
}

/* The kinds of cue that can start with cp, one bit each, from what the
 * patterns have learnt of their first characters. */
static unsigned
kinds_starting(uint32_t cp)
{
	uint64_t ids = 0;
	for (int k = 0; k < CUE_KINDS; k++)
		ids |= 1ULL << patterns[k];
	uint64_t yes = pat_starting(ids, cp);
	unsigned mask = 0;
	for (int k = 0; k < CUE_KINDS; k++)
		mask |= (unsigned)(yes >> patterns[k] & 1) << k;
	return mask;
}

/* Finds the cues of the kinds in mask that start in [from, to), in one
 * pass over the characters: a pattern runs only where its cue can begin,
 * and a kind's next cue only after its last. */
static void
scan(struct cues *c, size_t from, size_t to, unsigned mask)
{
	const char *s = c->s;
	size_t next_free[CUE_KINDS] = {0}, len, a, b;

	if (c->doc_year == 0)
		mask &= ~(1u << CUE_OLD_YEAR);
	for (size_t pos = from; pos < to; pos += len) {
		unsigned here = kinds_starting(utf8_valid_at(s, pos, &len)) & mask;
		while (here != 0) {
			int k = __builtin_ctz(here);
			here &= here - 1;
			if (pos < next_free[k] ||
			    pat_match_at(patterns[k], s, c->se, pos) != 1)
				continue;
			pat_span(0, &a, &b);
			next_free[k] = b;
			if (k != CUE_OLD_YEAR)
				add(c, a, b, (enum cue_kind)k);
			else if (old_year(s, c->ss, a, b, c->doc_year)) {
				/* The year's own 年底 is no forward cue. */
				size_t end = b + 3 <= c->se ? b + 3 : b;
				add(c, a, end, CUE_OLD_YEAR);
			}
		}
	}
}

/* Looks for the cues of kind, once: every kind before the limit in one
 * pass, forward cues after it when asked. */
static void
need(struct cues *c, enum cue_kind kind)
{
	const unsigned all = (1u << CUE_KINDS) - 1, tail = 1u << CUE_KINDS;

	if (!(c->scanned & all)) {
		scan(c, c->ss, c->limit, all);
		c->scanned |= all;
	}
	if (kind == CUE_FUTURE && !(c->scanned & tail)) {
		scan(c, c->limit, c->se, 1u << CUE_FUTURE);
		c->scanned |= tail;
	}
}

const struct cue *
cues_last(struct cues *c, enum cue_kind kind, size_t pos)
{
	const struct cue *last = NULL;
	need(c, kind);
	for (size_t i = 0; i < c->n && c->v[i].a < pos; i++)
		if (c->v[i].kind == kind && c->v[i].b <= pos)
			last = &c->v[i];
	return last;
}

int
cues_any(struct cues *c, enum cue_kind kind, size_t from, size_t to)
{
	need(c, kind);
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].kind == kind && c->v[i].a >= from && c->v[i].a < to)
			return 1;
	return 0;
}

int
cues_past_at(struct cues *c, size_t pos)
{
	size_t past_end = 0;
	int past = 0;

	need(c, CUE_PAST);
	need(c, CUE_OLD_YEAR);
	for (size_t i = 0; i < c->n && c->v[i].a < pos; i++) {
		const struct cue *k = &c->v[i];
		if (k->kind == CUE_PAST || k->kind == CUE_OLD_YEAR) {
			past = 1;
			if (k->b > past_end)
				past_end = k->b;
		}
	}
	return past && !cues_any(c, CUE_FUTURE, past_end, pos);
}

const struct cue *
cues_wording(struct cues *c, size_t from, size_t to)
{
	need(c, CUE_MODALITY);
	need(c, CUE_PERIOD);
	for (size_t i = 0; i < c->n; i++)
		if ((c->v[i].kind == CUE_MODALITY || c->v[i].kind == CUE_PERIOD) &&
		    c->v[i].a >= from && c->v[i].a < to && c->v[i].b <= to)
			return &c->v[i];
	return NULL;
}
