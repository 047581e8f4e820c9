/*
 * Finding the numeric commitments of a segmented document.
 *
 * Ownership: the rows handed to a sink belong to match_doc_stream, which
 * frees them when the sink returns (a sink may move them out); what an
 * output's format made is the sink's once handed to it; match_doc appends
 * records to out, which owns them. The doc is only read.
 */
#ifndef EXTRACT_MATCH_H
#define EXTRACT_MATCH_H

#include "../common/record.h"
#include "doc.h"

/* The most threads match_doc uses. */
#define MAX_JOBS 8

/* What match_doc_stream returns instead of a count. */
#define MATCH_NOMEM   (-1L) /* memory ran out */
#define MATCH_STOPPED (-2L) /* the sink returned non-zero */

/* Where match_doc_stream sends the rows of each stretch of a document.
 * format, when set, is called by the thread that matched the rows, before
 * they have ids, to make ahead what sink will need of them (for a CSV,
 * every cell but the id); it returns 0, or -1 when memory runs out. sink
 * receives the rows with their ids, in the order of the text, with what
 * format made (NULL without format), which it then owns; it may move
 * records out of rows (leaving them zeroed), and whatever is left is freed
 * when it returns. It returns 0 to go on, non-zero to stop. discard frees
 * what format made for rows that never reach sink. */
struct match_output {
	int (*format)(void *arg, const struct record_list *rows, void **made);
	int (*sink)(void *arg, struct record_list *rows, void *made);
	void (*discard)(void *made);
	void *arg;
};

/* Makes paragraphs [0, upto) of the document ready to match: gives them
 * their kind and tense. Called with growing upto, on the thread that
 * called match_doc_stream, while other threads match what is ready. */
typedef void (*match_prepare)(void *arg, size_t upto);

/* Finds the commitments of d and hands them to out, a stretch at a time
 * and in the order of the text; source names the input in the records.
 * With prepare, paragraphs are matched as prepare makes them ready;
 * without, all of them are ready. A document of 1 MB or more is matched
 * by up to jobs threads (the calling one among them); the rows do not
 * depend on their number. Returns the number of rows, MATCH_NOMEM or
 * MATCH_STOPPED. */
long match_doc_stream(const struct doc *d, const char *source, int jobs,
    match_prepare prepare, void *prepare_arg, const struct match_output *out);

/* Like match_doc_stream, appending the rows to out. Returns their number,
 * or -1 when memory runs out. */
long match_doc(const struct doc *d, const char *source, int jobs,
    struct record_list *out);

#endif
