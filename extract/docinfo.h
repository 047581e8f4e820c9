/*
 * What a laid-out document is as a whole: a government work report, a
 * plan or a news story (d->genre); the year it speaks in (d->year), from
 * its title, session or date line, or the years it names; whether it
 * writes numbers in digits (d->digits); a plan's own period; and, for a
 * report or a plan, the one article with the government and the official
 * who reports.
 *
 * Ownership: the article's strings go to d->articles, freed by doc_free.
 */
#ifndef EXTRACT_DOCINFO_H
#define EXTRACT_DOCINFO_H

#include "doc.h"

/* Finds genre, year, digits and plan period of d; for a report or plan,
 * adds its article and gives it every paragraph. Returns 0, or -1 when
 * memory runs out. */
int docinfo_read(struct doc *d);

/* The first and last year of a five-year plan named at s[0..len) (十四五:
 * 2021 and 2025); returns 0 when s names none. */
int five_year_span(const char *s, size_t len, int *first, int *last);

#endif
