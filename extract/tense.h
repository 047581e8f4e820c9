/*
 * Time: whether a number speaks of what is to be done or of what was
 * done. Each section of a document gives its numbers a prior (a report's
 * review looks back, its plan ahead; a story says nothing), and each
 * sentence its own evidence — cue words (力争, 去年), years against the
 * document's own, what the sentences before it in the paragraph said. A
 * number's own evidence always wins over the prior.
 *
 * Ownership: tense_priors writes into d->paras; nothing is allocated but
 * for a moment while a section's evidence is counted.
 */
#ifndef EXTRACT_TENSE_H
#define EXTRACT_TENSE_H

#include <stddef.h>

#include "doc.h"
#include "reason.h"
#include "sentence.h"

/* Gives every paragraph of a laid-out document its prior and the period
 * its section names. Calls note for every change of prior (where it
 * happened and the words that made it). */
void tense_priors(struct doc *d, void (*note)(const struct doc *d,
    size_t para, enum tense t, const char *why));

/* What the sentences of a paragraph have said so far, and what the
 * whole paragraph says (counted when first needed). */
struct tense_run {
	enum tense tense; /* TENSE_NEUTRAL: nothing yet */
	size_t a, b;      /* the words that said it */
	int counted;      /* whole is known */
	enum tense whole; /* the paragraph's cue words, counted */
	size_t lead_a, lead_b; /* a lead-in of targets (主要预期目标是：)
	                        * whose items follow, or 0 */
};

/* Why quantity i of st is no commitment by its time, or R_ROW. Sets
 * *why_a, *why_b to the words that decided (or leaves them empty). */
/* What a time phrase t of s says of the time of the words near it, in a
 * document of year (0: unknown): past, future or neutral. */
enum tense time_tense(const char *s, const struct time_hit *t, int year);

enum reason tense_decide(const struct sentence *st, size_t i,
    struct tense_run *run, size_t *why_a, size_t *why_b);

/* Carries what sentence st said of its time into run. */
void tense_update(const struct sentence *st, struct tense_run *run);

#endif
