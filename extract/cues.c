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

/* Looks for the cues of kind in the sentence, once. */
static void
need(struct cues *c, enum cue_kind kind)
{
	const char *s = c->s;
	size_t pos = c->ss, se = kind == CUE_FUTURE ? c->se : c->limit, a, b;

	if (c->scanned & 1u << kind)
		return;
	c->scanned |= 1u << kind;
	if (kind == CUE_OLD_YEAR && c->doc_year == 0)
		return;
	while (pos < se && pat_find(patterns[kind], s, se, pos) == 1) {
		pat_span(0, &a, &b);
		if (kind != CUE_OLD_YEAR)
			add(c, a, b, kind);
		else if (old_year(s, c->ss, a, b, c->doc_year)) {
			/* The year's own 年底 is no forward cue. */
			size_t end = b + 3 <= se ? b + 3 : b;
			add(c, a, end, CUE_OLD_YEAR);
		}
		pos = b > a ? b : b + 1;
		while (pos < se && ((unsigned char)s[pos] & 0xC0) == 0x80)
			pos++;
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
