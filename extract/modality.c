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
}
