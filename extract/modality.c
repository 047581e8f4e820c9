/*
 * The modality of a target: the cue word (确保, 力争, 预期 …) that governs
 * its clause — before it in the clause, where a 、 list keeps one clause
 * going — or the lead-in of a list (主要预期目标是：…). A cue before a
 * comma does not reach the next clause, and a noun (成长计划) is no cue:
 * the lexicon's contexts keep it out.
 */
#include <string.h>

#include "../common/utf8.h"
#include "fields.h"
#include "lexicon.h"

/* How many paragraphs back the heading of a paragraph's part is looked
 * for: a part's items are a few lines each. */
enum { HEADING_REACH = 40 };

/* The cue of targets that the heading over st's paragraph names
 * ((二）主要预期目标。 ⏎ ——国内生产总值增长4.5%—5%), when it is a
 * heading of targets alone: its items have that modality. Sets *a, *b,
 * or leaves them. */
static void
heading_cue(const struct sentence *st, size_t *a, size_t *b)
{
	const struct doc *d = st->d;
	const char *s = d->buf;
	size_t at = (size_t)(st->p - d->paras);
	for (size_t k = 0; k < HEADING_REACH && at-- > 0;) {
		const struct para *h = &d->paras[at];
		if (h->kind == PARA_META)
			continue;
		k++;
		if (h->kind != PARA_HEADING)
			continue;
		struct lex_hit hit[4];
		size_t n = lex_scan(LEX_CUE, s, h->start, h->start, h->end,
		    h->end, hit, 4);
		/* The heading is on targets alone: 目标 ends it (but for
		 * its stop), not 预期目标和重点工作. */
		size_t end = h->end;
		if (end >= h->start + 3 && (memcmp(s + end - 3, "。", 3) == 0 ||
		    memcmp(s + end - 3, "：", 3) == 0))
			end -= 3;
		for (size_t j = 0; j < n; j++)
			if ((hit[j].e->flags & CUE_MODAL) &&
			    hit[j].b + 6 == end &&
			    memcmp(s + hit[j].b, "目标", 6) == 0) {
				*a = hit[j].a;
				*b = hit[j].b;
			}
		return;
	}
}

void
modality_of(const struct sentence *st, size_t i, const struct field_run *run,
    size_t *a, size_t *b)
{
	const struct quantity *q = &st->q[i];
	size_t ca, cb;
	const struct cue_hit *c;

	sentence_q_clause(st, i, &ca, &cb);
	if ((c = sentence_cue_before(st, CUE_MODAL, ca, q->start)) != NULL) {
		*a = c->a;
		*b = c->b;
		return;
	}
	/* A clause with no subject of its own goes on with the one
	 * before (力争实现工业增加值320亿元，增长15%): so does its cue. */
	const char *s = st->d->buf;
	size_t pa = ca, pb = q->start, at;
	metric_trim(st, &pa, &pb);
	if (ca > st->ss && (lex_prefix(LEX_GROWTH, s + pa, q->start - pa) > 0 ||
	    (q->start - pa >= 3 && (memcmp(s + pa, "比", 3) == 0 ||
	    memcmp(s + pa, "较", 3) == 0)))) {
		utf8_prev(s, st->ss, ca, &at);
		size_t pca, pcb;
		sentence_clause(st, at, &pca, &pcb);
		if ((c = sentence_cue_before(st, CUE_MODAL, pca, at)) != NULL) {
			*a = c->a;
			*b = c->b;
			return;
		}
	}
	/* The lead-in of this sentence, up to its colon. */
	if (st->colon > st->ss && st->colon <= q->start &&
	    (c = sentence_cue_before(st, CUE_MODAL, st->ss, st->colon)) != NULL) {
		*a = c->a;
		*b = c->b;
		return;
	}
	/* The lead-in of the sentence or paragraph before, ending in a
	 * colon. */
	*a = run->lead_cue.a;
	*b = run->lead_cue.b;
	if (*b == 0)
		heading_cue(st, a, b);
}
