/*
 * Finding the commitments of a prepared document (laid out, its genre,
 * year, articles and section priors known): every sentence with a number
 * is read, every number judged (exclude.c, then tense.c), and every
 * commitment made a row with its fields (fields.h) and stable id.
 *
 * Ownership: match_doc appends records to rows, which owns them; the doc
 * is only read. An observer is called for every number with the decision
 * taken; what it is given lives only during the call.
 */
#ifndef EXTRACT_MATCH_H
#define EXTRACT_MATCH_H

#include <stddef.h>

#include "../common/record.h"
#include "doc.h"
#include "reason.h"
#include "sentence.h"

/* What was decided about one number: quantity i of st, the reason, the
 * words that decided (why_a == why_b for none) and, for a row, the row
 * (the first when a list made several). */
struct decision {
	const struct sentence *st;
	size_t i;
	enum reason reason;
	size_t why_a, why_b;
	const struct record *row;
	/* A line of an indicator table has no sentence (st NULL): its
	 * document and the cell read, d->buf[cell_a..cell_b). */
	const struct doc *d;
	size_t cell_a, cell_b;
};

struct match_stats {
	size_t numbers, rows, past, wording;
};

/* Finds the commitments of d and appends them to rows; source names the
 * input in them. Calls seen(arg, decision) for every number when seen is
 * set. Returns 0, or -1 when memory runs out; stats counts what was
 * decided. */
int match_doc(const struct doc *d, const char *source,
    struct record_list *rows, struct match_stats *stats,
    void (*seen)(void *arg, const struct decision *dec), void *arg);

/* Prepares the tables matching uses; call once before threads match. */
void match_prepare(void);

#endif
